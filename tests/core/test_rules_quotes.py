"""Corrections of quotes: rules kept with one article (schema 5), applied
by the analyser after attribution, moved with the article's text when its
file changes (dropped where they no longer fit), and through `reader
analyze`, `reader rules list|delete|export|import` as a user runs them."""

import json
import shutil
import sqlite3

import pytest

from reader.core.analyzer import Analyzer
from reader.core.loading import load_article
from reader.core.notes.quote_rules import speaker_value
from reader.core.notes.rules import Rule, export_rules, parse_rules
from reader.core.notes.schema import MIGRATIONS, statements
from reader.core.notes.store import SCHEMA_VERSION, NoteStore, StoreError, article_id
from reader.core.rules import RuleSet

from ..conftest import SAMPLES
from .test_rules_cli import analyses, reader

NIEMAND = "“Niemand heeft ons iets gevraagd”"
RESULTS = "de eerste resultaten na de zomer"


@pytest.fixture
def haven():
    return load_article(SAMPLES / "rotterdam-haven.txt")


def quote_rule(ident: str, kind: str, text: str, words: str, value: str | None = None, nth: int = 0) -> Rule:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    rule = Rule(ident, kind, words, value, article_id(text))
    rule.start, rule.end = start, start + len(words)
    return rule


def by_text(analysis, words: str):
    return next((q for q in analysis.quotes if q.text == words), None)


def speaker_name(analysis, quote) -> str | None:
    if quote.speaker is None:
        return None
    actors = {a.id: a.name for a in analysis.actors}
    return actors.get(quote.speaker.actor or "", quote.speaker.text)


def test_a_database_of_schema_4_keeps_its_rules_and_takes_quote_corrections(tmp_path, haven):
    path = tmp_path / "notes.db"
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:4]:
        for statement in statements(migration):
            conn.execute(statement)
    old = Rule("r1", "label", "Donbass", "LOC", created="2026-01-01", updated="2026-01-01")
    row = old.to_row()  # as schema 4 kept it: no offsets, the checksum of then
    del row["start"], row["end"]
    conn.execute(f"INSERT INTO rules ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})", tuple(row.values()))
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()

    with NoteStore(path) as store:
        assert store.version == SCHEMA_VERSION == 5
        (kept,) = store.rules.all()
        assert (kept.id, kept.kind, kept.text, kept.value, kept.damaged) == ("r1", "label", "Donbass", "LOC", False)
        key = store.remember(haven)
        start = haven.text.index(NIEMAND)
        rule = store.rules.add("quote-speaker", NIEMAND, speaker_value("Karin Vos"), key, start, start + len(NIEMAND))
        assert store.rules.get(rule.id).start == start and not store.rules.get(rule.id).damaged
        with pytest.raises(StoreError, match="do not cover"):
            store.rules.add("not-quote", NIEMAND, None, key, start, start + 3)
        with pytest.raises(StoreError, match="kept with its article"):
            store.rules.add("not-quote", NIEMAND, None, None, start, start + len(NIEMAND))
    assert list((tmp_path / "backups").glob("*before-v5*")), "a copy of schema 4 is made before migrating"


def test_the_analyser_applies_the_quote_corrections_of_that_article_only(analyzer, haven):
    text = haven.text
    model = analyzer.analyze(haven)
    first = model.quotes[0]
    assert speaker_name(model, by_text(model, NIEMAND)) == "Jan Bakker"
    rules = [
        quote_rule("r1", "quote-speaker", text, NIEMAND, speaker_value("Karin Vos van Infrastructuur")),
        quote_rule("r2", "not-quote", text, first.text),
        quote_rule("r3", "add-quote", text, RESULTS, speaker_value("Marieke de Wit")),
        quote_rule("r4", "quote-speaker", text, "zijn leden pas vorige week over de plannen hoorden", "said:een visser"),
        quote_rule("r5", "quote-span", text, "dat zijn leden pas vorige week over de plannen hoorden"),
        quote_rule("r6", "quote-speaker", text, "zij de proef met belangstelling volgt", "unknown"),
        quote_rule("r7", "not-quote", text, "Het Havenbedrijf"),  # no quote there: nothing happens
    ]
    corrected = Analyzer(analyzer.pipelines, rules=RuleSet(rules)).analyze(haven)
    said = by_text(corrected, NIEMAND)
    assert speaker_name(corrected, said) == "Karin Vos van Infrastructuur" and said.rule == "r1"
    assert by_text(corrected, first.text) is None
    added = by_text(corrected, RESULTS)
    assert added.rule == "r3" and speaker_name(corrected, added) == "Marieke de Wit" and added.kind == "reported"
    moved = by_text(corrected, "dat zijn leden pas vorige week over de plannen hoorden")
    assert moved.rule == "r5" and moved.speaker.text == "een visser" and moved.speaker.actor is None
    assert by_text(corrected, "zij de proef met belangstelling volgt").speaker is None
    for quote in corrected.quotes:
        assert text[quote.start : quote.end] == quote.text
    assert [q.start for q in corrected.quotes] == sorted(q.start for q in corrected.quotes)
    for actor in corrected.actors:  # the actors' quotes follow
        assert actor.quotes == [n for n, q in enumerate(corrected.quotes) if q.speaker and q.speaker.actor == actor.id]
    de_wit = next(a for a in corrected.actors if a.name == "Marieke de Wit")
    assert corrected.quotes.index(added) in de_wit.quotes
    # Another article, and the model alone, are untouched.
    other = load_article(SAMPLES / "rotterdam-haven.txt")
    other.text = text.replace("Rotterdam", "Rotterdam ", 1)
    assert not any(q.rule for q in Analyzer(analyzer.pipelines, rules=RuleSet(rules)).analyze(other).quotes)
    assert [(q.start, q.end, q.rule) for q in analyzer.analyze(haven).quotes] == [
        (q.start, q.end, None) for q in model.quotes
    ]


def test_a_changed_file_keeps_the_corrections_that_still_fit_and_drops_the_others(tmp_path, analyzer):
    path = tmp_path / "haven.txt"
    shutil.copy(SAMPLES / "rotterdam-haven.txt", path)
    with NoteStore(tmp_path / "notes.db") as store:
        old = load_article(path)
        key, _ = store.open_article(old)
        niemand = old.text.index(NIEMAND)
        kept = store.rules.add("quote-speaker", NIEMAND, "said:een visser", key, niemand, niemand + len(NIEMAND))
        first = analyzer.analyze(old).quotes[0]
        dropped = store.rules.add("not-quote", first.text, None, key, first.start, first.end)

        # A line added at the top moves every offset; the first quote's words change.
        changed = "Bijgewerkt\n\n" + old.text.replace("begint dit voorjaar", "begint deze zomer")
        path.write_text(changed, encoding="utf-8")
        new = load_article(path)
        new_key, _ = store.open_article(new)
        assert new_key != key
        moved = store.rules.get(kept.id)
        assert moved.article_id == new_key and new.text[moved.start : moved.end] == NIEMAND and not moved.damaged
        assert store.rules.get(dropped.id).article_id == key  # with the old text, where it fits
        analysis = Analyzer(analyzer.pipelines, rules=RuleSet(store.rules.in_force())).analyze(new)
    said = by_text(analysis, NIEMAND)
    assert said.speaker.text == "een visser" and said.rule == kept.id
    assert any(q.text.startswith("Het Havenbedrijf Rotterdam begint deze zomer") for q in analysis.quotes)


def test_quote_corrections_survive_export_and_import_and_a_bad_one_is_refused(haven):
    rules = [
        quote_rule("r1", "quote-speaker", haven.text, NIEMAND, "said:een visser"),
        quote_rule("r2", "add-quote", haven.text, RESULTS, "actor:Marieke de Wit"),
    ]
    back = parse_rules(export_rules(rules))
    assert [(r.id, r.kind, r.text, r.value, r.article_id, r.start, r.end) for r in back] == [
        (r.id, r.kind, r.text, r.value, r.article_id, r.start, r.end) for r in rules
    ]
    data = json.loads(export_rules(rules))
    data["rules"][0]["end"] += 1
    with pytest.raises(StoreError, match="rule 1: the offsets"):
        parse_rules(json.dumps(data))
    data["rules"][0].pop("start")
    with pytest.raises(StoreError, match="rule 1: a quote-speaker rule needs the start and end"):
        parse_rules(json.dumps(data))


def test_reader_analyze_applies_a_quote_correction_and_the_rules_commands_handle_it(tmp_path, monkeypatch):
    path = tmp_path / "haven.txt"
    shutil.copy(SAMPLES / "rotterdam-haven.txt", path)
    article = load_article(path)
    with NoteStore() as store:
        key = store.remember(article)
        start = article.text.index(NIEMAND)
        rule = store.rules.add("quote-speaker", NIEMAND, "said:een visser", key, start, start + len(NIEMAND))
    data = analyses(path)["haven.txt"]
    (quote,) = [q for q in data["quotes"] if q["text"] == NIEMAND]
    assert quote["speaker"]["text"] == "een visser" and quote["rule"] == rule.id
    alone = analyses("--no-rules", path)["haven.txt"]
    assert [q["speaker"]["text"] for q in alone["quotes"] if q["text"] == NIEMAND] == ["Bakker"]
    listed = reader("rules", "list").stdout
    assert rule.id in listed and "was said by “een visser”" in listed
    # The file changes: reader analyze moves the correction to its new text first.
    path.write_text("Bijgewerkt\n\n" + article.text, encoding="utf-8")
    (moved,) = [q for q in analyses(path)["haven.txt"]["quotes"] if q["text"] == NIEMAND]
    assert moved["speaker"]["text"] == "een visser" and moved["start"] == start + len("Bijgewerkt\n\n")

    exported = tmp_path / "rules.json"
    assert reader("rules", "export", "-o", exported).returncode == 0
    monkeypatch.setenv("READER_HOME", str(tmp_path / "fresh"))
    assert reader("rules", "import", exported).returncode == 0
    (again,) = [q for q in analyses(path)["haven.txt"]["quotes"] if q["text"] == NIEMAND]
    assert again["speaker"]["text"] == "een visser" and again["rule"] == rule.id
    assert reader("rules", "delete", rule.id).returncode == 0
    (gone,) = [q for q in analyses(path)["haven.txt"]["quotes"] if q["text"] == NIEMAND]
    assert gone["speaker"]["text"] == "Bakker" and gone["rule"] is None


def test_a_mention_split_out_of_its_actor_takes_its_quotes_along(analyzer, haven):
    text = haven.text
    model = analyzer.analyze(haven)
    de_wit = next(a for a in model.actors if a.name == "Marieke de Wit")
    volgens = text.index("Volgens De Wit") + len("Volgens ")
    assert (volgens, volgens + 6) in de_wit.mentions
    own = quote_rule("s1", "split-mention", text, "De Wit")
    assert own.start == volgens
    split = Analyzer(analyzer.pipelines, rules=RuleSet([own])).analyze(haven)
    alone = next(a for a in split.actors if a.mentions == [(volgens, volgens + 6)])
    kept = next(a for a in split.actors if a.name == "Marieke de Wit")
    assert alone.name == "De Wit" and alone.rules == ["s1"] and "s1" in kept.rules
    assert (volgens, volgens + 6) not in kept.mentions and "De Wit" in kept.aliases  # a later "De Wit" is still hers
    assert [split.quotes[n].speaker.text for n in alone.quotes] == ["De Wit"]
    assert len(kept.quotes) == len(de_wit.quotes) - 1
    assert next(e for e in split.entities if e.start == volgens).actor == alone.id
    assert [a.id for a in split.actors] == [f"a{n}" for n in range(1, len(split.actors) + 1)]

    # Into another actor of the article, by its name.
    into = Rule("s2", "split-mention", "De Wit", "Jan Bakker", article_id(text))
    into.start, into.end = volgens, volgens + 6
    moved = Analyzer(analyzer.pipelines, rules=RuleSet([into])).analyze(haven)
    bakker = next(a for a in moved.actors if a.name == "Jan Bakker")
    assert (volgens, volgens + 6) in bakker.mentions and "De Wit" in bakker.aliases
