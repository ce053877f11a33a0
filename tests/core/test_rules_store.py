"""Rules in the notes database: schema 4, its migration from 3, salvage,
checksums and the version an analysis cache can key on; and the rules
applied by the analyser through its spaCy pipeline."""

import sqlite3

import pytest

from reader.core.analyzer import Analyzer
from reader.core.article import Article, Block
from reader.core.loading import load_article
from reader.core.notes.rules import Rule, version
from reader.core.notes.schema import MIGRATIONS, statements
from reader.core.notes.store import SCHEMA_VERSION, NoteStore, StoreError, article_id
from reader.core.rules import RuleSet
from reader.core.rules.ruler import NAME as RULER

from ..conftest import SAMPLES
from .damage import article, crash, cut_in_half, overwrite_header, overwrite_page


def test_a_database_of_schema_3_keeps_every_note_and_gains_rules(tmp_path):
    path = tmp_path / "notes.db"
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:3]:
        for statement in statements(migration):
            conn.execute(statement)
    text = article(1).text
    conn.execute(
        "INSERT INTO articles (id, title, text, added) VALUES (?, 'Oud', ?, '2026-01-01')", (article_id(text), text)
    )
    for n in range(5):
        conn.execute(
            'INSERT INTO notes (id, article_id, target, start, "end", exact, body, tags, created, updated) '
            "VALUES (?, ?, 'passage', ?, ?, ?, ?, '[\"t\"]', '2026-01-01', '2026-01-01')",
            (f"n{n}", article_id(text), n, n + 9, text[n : n + 9], f"note {n}"),
        )
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    notes = [(f"n{n}", f"note {n}", text[n : n + 9], ["t"]) for n in range(5)]

    with NoteStore(path) as store:
        assert store.version == SCHEMA_VERSION
        assert [(n.id, n.body, n.exact, n.tags) for n in store.notes()] == notes
        assert [n.id for n in store.search("note")] and store.article(article_id(text))["text"] == text
        assert not any(n.damaged for n in store.notes())
        assert store.rules.all() == [] and store.rules.version() == ""
        rule = store.rules.add("label", "Donbass", "LOC")
        assert [r.id for r in store.rules.all()] == [rule.id]
    assert list((tmp_path / "backups").glob("*before-v4*")), "a copy of schema 3 is made before migrating"


def test_a_database_of_a_newer_schema_is_still_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    with NoteStore(path) as store:
        store.rules.add("label", "Donbass", "LOC")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match=f"schema {SCHEMA_VERSION + 1}, this reader knows {SCHEMA_VERSION}"):
        NoteStore(path)
    assert path.read_bytes() == before


def rules_in_two_sessions(path, in_log=False):
    """Session 1 adds rules and closes (a backup); session 2 adds more,
    deletes one of the first and crashes (with `in_log`, before its writes
    left the write-ahead log)."""
    with NoteStore(path) as store:
        ident = store.remember(article(1))
        store.add_note(ident, "a note, so there is something besides rules")
        first = [store.rules.add("label", f"Plaats{n}", "LOC") for n in range(4)]
    store = NoteStore(path)
    second = [store.rules.add("same-as", f"Alias{n}", f"Naam {n}") for n in range(3)]
    second.append(store.rules.add("not-entity", "KIJK", article_id=ident))
    store.rules.delete(first[0].id)
    crash(store, in_log=in_log)
    return first, second


def over_the_note(path):
    overwrite_page(path, "a note, so there")


@pytest.mark.parametrize(
    "damage, in_log",
    [(overwrite_header, False), (over_the_note, False), (cut_in_half, True)],
    ids=["header", "page-of-the-note", "cut-in-half-rules-in-the-log"],
)
def test_salvage_brings_back_rules_written_since_the_backup(tmp_path, damage, in_log):
    path = tmp_path / "notes.db"
    first, second = rules_in_two_sessions(path, in_log)
    damage(path)
    with NoteStore(path) as store:
        assert store.recovered and store.salvage.backup is not None
        back = {r.id: r for r in store.rules.all(include_deleted=True)}
        assert store.salvage.rules == 5 and "5 rules were salvaged" in store.recovered
    assert set(back) == {r.id for r in first + second}
    assert back[first[0].id].deleted, "a deletion after the backup is salvaged too"
    assert [(back[r.id].kind, back[r.id].text, back[r.id].value, back[r.id].article_id) for r in second] == [
        (r.kind, r.text, r.value, r.article_id) for r in second
    ]
    assert not any(r.damaged for r in back.values())


def test_rules_changed_since_the_backup_make_a_backup_at_the_next_start(tmp_path):
    path = tmp_path / "notes.db"
    with NoteStore(path) as store:
        store.rules.add("label", "Donbass", "LOC")
    made = sorted((tmp_path / "backups").glob("*.db"))
    assert made, "a session that only changed rules ends with a backup"
    with sqlite3.connect(made[-1]) as copy:
        assert copy.execute("SELECT text FROM rules").fetchall() == [("Donbass",)]


def test_the_version_follows_what_the_rules_in_force_say(tmp_path):
    with NoteStore(tmp_path / "notes.db") as store:
        assert store.rules.version() == ""
        rule = store.rules.add("label", "Donbass", "loc")
        assert rule.value == "LOC"
        one = store.rules.version()
        other = store.rules.add("not-entity", "KIJK")
        two = store.rules.version()
        store.rules.enable(other.id, False)
        assert store.rules.version() == one != two
        store.rules.enable(other.id)
        assert store.rules.version() == two
        store.rules.delete(other.id)
        assert store.rules.version() == one
    same = [Rule("x", "label", "Donbass", "LOC")]
    assert version(same) == one, "the same rules, whatever their ids"


def test_a_rule_changed_under_the_reader_is_damaged_and_not_applied(tmp_path):
    path = tmp_path / "notes.db"
    with NoteStore(path) as store:
        rule = store.rules.add("label", "Donbass", "LOC")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE rules SET value = 'PER' WHERE id = ?", (rule.id,))
    conn.commit()
    conn.close()
    with NoteStore(path) as store:
        assert store.rules.get(rule.id).damaged
        assert store.rules.in_force() == [] and RuleSet(store.rules.all()).version == ""


@pytest.fixture(scope="module")
def haven():
    return load_article(SAMPLES / "rotterdam-haven.txt")


def entities_of(analysis, text):
    return [(e.label, e.rule, e.model_label) for e in analysis.entities if e.text == text]


def test_the_analyser_applies_rules_in_its_pipeline_and_the_model_alone_without(analyzer, haven):
    model = analyzer.analyze(haven)
    assert entities_of(model, "Stellendam")
    # A label the analysis does not give it, which the rule must win with.
    target = "MISC" if entities_of(model, "Stellendam")[0][0] == "LOC" else "LOC"
    name = next(e.text for e in model.entities if e.text not in ("Stellendam", "Scheveningen"))
    rules = [
        Rule("r1", "label", "Stellendam", target),
        Rule("r2", "not-entity", name),
        Rule("r3", "label", "Scheveningen", "ORG", article_id="someone else's"),
        Rule("r4", "label", "Maasvlakte", "MISC", enabled=False),
    ]
    corrected = Analyzer(analyzer.pipelines, rules=RuleSet(rules)).analyze(haven)
    nlp = analyzer.pipelines.get(analyzer.pipelines.spec_for("nl"))
    assert nlp.pipe_names.index(RULER) == nlp.pipe_names.index("ner") + 1
    assert entities_of(corrected, "Stellendam") == [(target, "r1", None)]
    assert entities_of(corrected, name) == []
    assert entities_of(corrected, "Scheveningen") == entities_of(model, "Scheveningen")
    assert entities_of(corrected, "Maasvlakte") == entities_of(model, "Maasvlakte")
    ids = {a.id for a in corrected.actors}
    assert all(e.actor in ids for e in corrected.entities)
    assert [a.id for a in corrected.actors] == [f"a{n}" for n in range(1, len(corrected.actors) + 1)]

    scoped = [Rule("r5", "label", "Scheveningen", "ORG", article_id=article_id(haven.text))]
    assert entities_of(Analyzer(analyzer.pipelines, rules=RuleSet(scoped)).analyze(haven), "Scheveningen") == [
        ("ORG", "r5", None)
    ]
    again = analyzer.analyze(haven)  # the same pipeline, without rules
    assert [(e.text, e.label, e.rule) for e in again.entities] == [(e.text, e.label, e.rule) for e in model.entities]


def test_same_as_merges_an_alias_into_the_actor_and_its_quotes_follow(analyzer, haven):
    model = analyzer.analyze(haven)
    names = {a.name: a for a in model.actors}
    assert {"Jan Bakker", "Marieke de Wit"} <= set(names)
    bakker = names["Jan Bakker"]
    rules = [
        Rule("r1", "same-as", "Jan Bakker", "Marieke de Wit"),
        Rule("r2", "same-as", "Maasvlakte", "Maasvlakte II"),
    ]
    merged = Analyzer(analyzer.pipelines, rules=RuleSet(rules)).analyze(haven)
    actors = {a.name: a for a in merged.actors}
    assert "Jan Bakker" not in actors and actors["Marieke de Wit"].rules == ["r1"]
    de_wit = actors["Marieke de Wit"]
    assert set(bakker.mentions) <= set(de_wit.mentions) and "Jan Bakker" in de_wit.aliases
    assert set(bakker.quotes) <= set(de_wit.quotes)
    for index in de_wit.quotes:
        assert merged.quotes[index].speaker.actor == de_wit.id
    assert actors["Maasvlakte II"].rules == ["r2"] and "Maasvlakte" in actors["Maasvlakte II"].aliases
    assert len(merged.actors) == len(model.actors) - 1


def test_same_as_merges_every_actor_the_alias_names_into_the_canonical_one():
    from reader.core.analysis import Actor, Entity, Quote, Speaker
    from reader.core.rules.merge import merge

    entities = [
        Entity(0, 15, "Vladimir Poetin", "PER", "PER", "a1"),
        Entity(20, 26, "Poetin", "PER", "PER", "a1"),
        Entity(40, 49, "Kremlin", "ORG", "ORG", "a2"),
        Entity(60, 66, "Poetin", "ORG", "ORG", "a3"),
    ]
    actors = [
        Actor("a1", "Vladimir Poetin", "PER", ["Vladimir Poetin", "Poetin"], [(0, 15), (20, 26)], quotes=[0]),
        Actor("a2", "Kremlin", "ORG", ["Kremlin"], [(40, 49)]),
        Actor("a3", "Poetin", "ORG", ["Poetin"], [(60, 66)], quotes=[1]),
    ]
    quotes = [
        Quote(30, 38, "x", "direct", None, Speaker("Poetin", 20, 26, "a1")),
        Quote(70, 78, "y", "direct", None, Speaker("Poetin", 60, 66, "a3")),
    ]
    rules = RuleSet([Rule("r1", "same-as", "Poetin", "Vladimir Poetin")]).for_key(None)
    merged = merge(rules, entities, actors, quotes)
    assert [(a.id, a.name, a.rules) for a in merged] == [("a1", "Vladimir Poetin", ["r1"]), ("a2", "Kremlin", [])]
    assert merged[0].mentions == [(0, 15), (20, 26), (60, 66)] and merged[0].quotes == [0, 1]
    assert [(e.actor, e.label) for e in entities] == [("a1", "PER"), ("a1", "PER"), ("a2", "ORG"), ("a1", "PER")]
    assert [q.speaker.actor for q in quotes] == ["a1", "a1"]


def test_the_notes_json_export_carries_the_rules_and_its_import_restores_them(tmp_path):
    from reader.core.notes.export import import_json, to_json

    with NoteStore(tmp_path / "one.db") as store:
        ident = store.remember(article(1))
        store.add_note(ident, "a note")
        store.rules.add("label", "Donbass", "LOC")
        store.rules.add("not-entity", "KIJK", article_id=ident)
        exported = to_json(store)
        rules = store.rules.all()
    with NoteStore(tmp_path / "two.db") as other:
        assert import_json(other, exported) == 1
        assert other.rules.all() == rules
        assert to_json(other) == exported
    broken = exported.replace('"kind": "label"', '"kind": "colour"')
    with NoteStore(tmp_path / "three.db") as third, pytest.raises(ValueError, match="rule 1: unknown kind of rule"):
        import_json(third, broken)


def test_a_label_rule_wins_over_the_readers_own_lists(analyzer):
    # The NOS is on the built-in list of media (an organisation); the user's
    # rule says otherwise, and the user has the last word.
    text = "De NOS meldde dinsdag dat de brug dicht blijft. Volgens de NOS duurt het weken."
    article = Article(path="", text=text, blocks=[Block(0, len(text), "paragraph")], language="nl")
    assert {e.label for e in analyzer.analyze(article).entities if e.text == "NOS"} == {"ORG"}
    ruled = Analyzer(analyzer.pipelines, rules=RuleSet([Rule("r1", "label", "NOS", "MISC")])).analyze(article)
    assert {(e.label, e.rule) for e in ruled.entities if e.text == "NOS"} == {("MISC", "r1")}
