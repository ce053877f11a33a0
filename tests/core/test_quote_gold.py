"""The quote-attribution gold (tests/data/gold): it is well formed and fits
the articles it points into, the scorer counts what it says it counts,
and attribution does not get worse than measured on it. The held-out
gold of each language is checked for form, fit and selection only: no
score floors, it is for reporting figures, not for tuning against. So are
the second to ninth Dutch development sets (quotes-nl-dev2.json to
quotes-nl-dev9.json) and the first
held-out sets, now development gold (quotes-*-heldout1.json), which have no
score floors yet."""

import json
import random
import re

import pytest

from reader.core.analysis import Actor, Analysis, PipelineInfo, Quote, Speaker
from reader.core.article import Article, Block
from reader.core.training.entities_gold import gold_path as entity_gold_path
from reader.core.training.entities_gold import read_gold as read_entity_gold
from reader.core.training.quotes_eval import (
    Scores,
    evaluate_quotes,
    figures,
    matches,
    pair,
    score_article,
    table,
)
from reader.core.training.quotes_gold import (
    SOURCES,
    GoldArticle,
    GoldQuote,
    GoldSpeaker,
    Negative,
    conll_document,
    documents,
    gold_path,
    problems,
    read_gold,
    span_hash,
)

from ..conftest import SHARED

LANGS = ["nl", "en"]

#: What `python benchmarks/quotes.py --lang nl|en` measured when the gold
#: was made (bundled models). A change that makes attribution worse fails
#: here; raise these as attribution improves. The issue's bars: local and
#: context (found with the speaker right) 0.85 and 0.60, bad speakers 0,
#: names/titles/scare quotes reported as quotes at most 0.125 an article.
TOLERANCE = 0.015
MEASURED = {
    "nl": {"recall": 0.929, "precision": 0.996, "speaker_right": 0.949, "local_right": 0.889, "context_right": 0.867},
    "en": {"recall": 0.970, "precision": 1.000, "speaker_right": 1.000, "local_right": 0.978, "context_right": 0.962},
}
#: Counts that must not grow: bad speakers (bare pronouns and non-persons),
#: false name/title/scare quotes per article, and the share of quotes found
#: with a wrong speaker (a wrong speaker misleads more than a missing one).
MEASURED_AT_MOST = {
    "nl": {"bad_speakers": 0, "false_negatives_per_article": 0.0, "speaker_wrong": 0.004 + TOLERANCE},
    "en": {"bad_speakers": 0, "false_negatives_per_article": 0.0, "speaker_wrong": 0.000 + TOLERANCE},
}


def needs_source(lang):
    if not (SHARED / SOURCES[lang]).exists():
        pytest.skip(f"shared/{SOURCES[lang]} is not beside the checkout")


def _assert_well_formed(gold):
    assert len({article.id for article in gold}) == len(gold)
    for article in gold:
        assert article.quotes or article.id, "every article is listed with its id"
        for quote in article.quotes:
            assert 0 <= quote.start < quote.end <= article.length
            assert quote.kind in ("direct", "reported")
            assert quote.scope in ("local", "context", "none")
            assert (quote.scope == "none") == (quote.speaker.type == "unknown")
            assert quote.speaker.type in ("actor", "description", "pronoun", "unknown")
            assert bool(quote.speaker.spans) == (quote.speaker.type != "unknown")
            assert (quote.speaker.pronoun is not None) == (quote.speaker.type == "pronoun")
            if quote.speaker.type == "pronoun":
                assert quote.scope == "context"
        assert all(n.kind in ("name", "title", "scare") for n in article.negatives)


@pytest.mark.parametrize("lang", LANGS)
def test_gold_files_are_well_formed(lang):
    gold = read_gold(lang)
    assert len(gold) >= 25
    _assert_well_formed(gold)
    assert sum(len(article.quotes) for article in gold) >= 150


@pytest.mark.parametrize("lang", LANGS)
def test_gold_offsets_fit_the_articles(lang):
    needs_source(lang)
    assert problems(read_gold(lang), documents(lang, SHARED)) == []


#: How many held-out articles have statements at least (the selection
#: keeps at most 3 Dutch and 2 English articles without any).
HELDOUT_WITH_STATEMENTS = {"nl": 12, "en": 13}


def _tuned_on(lang):
    """The ids the rules were tuned on: the development gold's (and for
    Dutch the entity gold's)."""
    ids = {article.id for article in read_gold(lang)}
    return ids | {article.id for article in read_entity_gold()} if lang == "nl" else ids


def _is_table(text):
    """An English held-out candidate passed over as a table: fewer than 30%
    of its tokens are words of small letters (results, standings)."""
    tokens = text.split()
    return sum(1 for token in tokens if re.fullmatch(r"[a-z]+", token)) < 0.3 * len(tokens)


@pytest.mark.parametrize("lang", LANGS)
def test_the_first_heldout_gold_is_well_formed_and_apart_from_the_development_gold(lang):
    gold = read_gold(lang, gold_set="heldout1")
    _assert_well_formed(gold)
    with_statements = sum(bool(article.quotes) for article in gold)
    assert len(gold) >= 12 and with_statements >= HELDOUT_WITH_STATEMENTS[lang]
    assert not {article.id for article in gold} & _tuned_on(lang)


@pytest.mark.parametrize("lang", LANGS)
def test_the_first_heldout_gold_fits_the_articles(lang):
    needs_source(lang)
    assert problems(read_gold(lang, gold_set="heldout1"), documents(lang, SHARED)) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_first_heldout_articles_are_the_ones_its_selection_gives(lang):
    """A shuffle of the source's other ids with a fixed seed, taken in order,
    less the articles without statements skipped (listed in the file) and,
    in English, the tables passed over (listed too)."""
    needs_source(lang)
    data = json.loads(gold_path(lang, "heldout1").read_text(encoding="utf-8"))
    texts = documents(lang, SHARED)
    tuned_on = _tuned_on(lang)
    rest = [number for number in texts if number not in tuned_on]
    order = random.Random(2026).sample(rest, len(rest))
    passed = set(data["skipped"]) | set(data.get("tables", []))
    taken = [number for number in order if number not in passed][: len(data["articles"])]
    assert [article["id"] for article in data["articles"]] == taken
    assert all(order.index(number) < order.index(taken[-1]) for number in passed)
    before_last = order[: order.index(taken[-1]) + 1]
    tables = [number for number in before_last if lang == "en" and _is_table(texts[number])]
    assert data.get("tables", []) == tables
    assert sum(not article["quotes"] for article in data["articles"]) <= len(taken) - HELDOUT_WITH_STATEMENTS[lang]


def _first_heldout_ids(lang):
    return {article.id for article in read_gold(lang, gold_set="heldout1")}


def _entity_heldout_ids():
    return {article.id for article in read_entity_gold(entity_gold_path("heldout"))}


#: The second Dutch development set prefers articles with a quotation mark
#: (not an apostrophe inside a word) or a speech verb (README).
DEV2_PREFERRED = re.compile(
    r",,|[\"\u201c\u201d\u2018\u2019]|(?<!\w)'|'(?!\w)|\b(zegt|zei|zeggen|zeiden|volgens|aldus|laat weten|laten weten|liet weten)\b",
    re.IGNORECASE,
)


def test_the_second_dutch_development_gold_is_well_formed_and_apart_from_the_other_sets():
    gold = read_gold("nl", gold_set="dev2")
    _assert_well_formed(gold)
    assert len(gold) >= 12 and sum(bool(article.quotes) for article in gold) >= 12
    assert not {article.id for article in gold} & (_tuned_on("nl") | _first_heldout_ids("nl") | _entity_heldout_ids())
    assert gold_path("nl", "dev2").name == "quotes-nl-dev2.json" and not gold_path("en", "dev2").exists()


def test_the_second_dutch_development_gold_fits_the_articles():
    needs_source("nl")
    assert problems(read_gold("nl", gold_set="dev2"), documents("nl", SHARED)) == []


def test_the_second_dutch_development_articles_are_the_ones_its_selection_gives():
    """A shuffle of the ids in no other gold set with a fixed seed, taken in
    order, passing over the articles without a quotation mark or speech
    verb (listed in the file)."""
    needs_source("nl")
    data = json.loads(gold_path("nl", "dev2").read_text(encoding="utf-8"))
    texts = documents("nl", SHARED)
    other = _tuned_on("nl") | _first_heldout_ids("nl") | _entity_heldout_ids()
    rest = [number for number in texts if number not in other]
    order = random.Random(20261130).sample(rest, len(rest))
    taken = [article["id"] for article in data["articles"]]
    last = order.index(taken[-1])
    assert taken == [number for number in order[: last + 1] if DEV2_PREFERRED.search(texts[number])]
    assert data["passed_over"] == [number for number in order[:last] if number not in taken]


def _ids(gold_set):
    return {article.id for article in read_gold("nl", gold_set=gold_set)}


#: The later Dutch development sets: each chosen among the ids of no gold
#: file made before it, with its own seed.
LATER_SETS = {
    "dev3": (20261202, ("dev2", "heldout")),
    "dev4": (20261203, ("dev2", "heldout", "dev3")),
    "dev5": (20261204, ("dev2", "heldout", "dev3", "dev4")),
    "dev6": (20261205, ("dev2", "heldout", "dev3", "dev4", "dev5")),
    "dev7": (20261206, ("dev2", "heldout", "dev3", "dev4", "dev5", "dev6")),
    "dev8": (20261207, ("dev2", "heldout", "dev3", "dev4", "dev5", "dev6", "dev7")),
    "dev9": (20261208, ("dev2", "heldout", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8")),
}


@pytest.mark.parametrize("gold_set", LATER_SETS)
def test_the_later_dutch_development_gold_is_well_formed_and_apart_from_the_other_sets(gold_set):
    gold = read_gold("nl", gold_set=gold_set)
    _assert_well_formed(gold)
    # taken for a quotation mark, an article may hold none but a name in quotes (dev5: a photo caption; dev6: a list of rages;
    # dev7: a reader's letter with a cited headline)
    assert len(gold) == 15 and sum(bool(article.quotes) for article in gold) >= 14
    others = set().union(*(_ids(other) for other in LATER_SETS[gold_set][1]))
    assert not _ids(gold_set) & (_tuned_on("nl") | _first_heldout_ids("nl") | _entity_heldout_ids() | others)
    assert not gold_path("en", gold_set).exists()


@pytest.mark.parametrize("gold_set", LATER_SETS)
def test_the_later_dutch_development_gold_fits_the_articles(gold_set):
    needs_source("nl")
    assert problems(read_gold("nl", gold_set=gold_set), documents("nl", SHARED)) == []


@pytest.mark.parametrize("gold_set", LATER_SETS)
def test_the_later_dutch_development_articles_are_the_ones_their_selection_gives(gold_set):
    """Like the second set's: a shuffle (another seed) of the ids in no
    gold file made before, taken in order, passing over those without a
    quotation mark or speech word."""
    needs_source("nl")
    seed, before = LATER_SETS[gold_set]
    data = json.loads(gold_path("nl", gold_set).read_text(encoding="utf-8"))
    texts = documents("nl", SHARED)
    other = _every_development_id("nl") | set().union(*(_ids(earlier) for earlier in before))
    rest = [number for number in texts if number not in other]
    order = random.Random(seed).sample(rest, len(rest))
    taken = [article["id"] for article in data["articles"]]
    last = order.index(taken[-1])
    assert taken == [number for number in order[: last + 1] if DEV2_PREFERRED.search(texts[number])]
    assert data["passed_over"] == [number for number in order[:last] if number not in taken]


#: The fresh held-out sets prefer, like the second development set, a
#: document with a quotation mark or a speech word (README, Held-out gold);
#: English passes over tables first.
HELDOUT_PREFERRED = {"nl": DEV2_PREFERRED, "en": re.compile(r'"|\b(said|says|told|according to|quoted)\b', re.IGNORECASE)}


def _every_development_id(lang):
    ids = _tuned_on(lang) | _first_heldout_ids(lang)
    return ids | {a.id for a in read_gold("nl", gold_set="dev2")} | _entity_heldout_ids() if lang == "nl" else ids


@pytest.mark.parametrize("lang", LANGS)
def test_the_heldout_gold_is_well_formed_and_apart_from_every_development_set(lang):
    gold = read_gold(lang, gold_set="heldout")
    _assert_well_formed(gold)
    assert len(gold) == 15 and sum(bool(article.quotes) for article in gold) >= 12
    assert not {article.id for article in gold} & _every_development_id(lang)


@pytest.mark.parametrize("lang", LANGS)
def test_the_heldout_gold_fits_the_articles(lang):
    needs_source(lang)
    assert problems(read_gold(lang, gold_set="heldout"), documents(lang, SHARED)) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_heldout_articles_are_the_ones_its_selection_gives(lang):
    """A shuffle of the ids in no development set with a fixed seed, taken
    in order, passing over (in English) tables and documents without a
    quotation mark or speech word, each listed in the file."""
    needs_source(lang)
    data = json.loads(gold_path(lang, "heldout").read_text(encoding="utf-8"))
    texts = documents(lang, SHARED)
    other = _every_development_id(lang)
    order = random.Random(20261201).sample([n for n in texts if n not in other], len(texts) - len(other & set(texts)))
    taken = [article["id"] for article in data["articles"]]
    before = order[: order.index(taken[-1])]
    tables = [n for n in before if lang == "en" and _is_table(texts[n])]
    assert taken == [n for n in order[: len(before) + 1] if n not in tables and HELDOUT_PREFERRED[lang].search(texts[n])]
    assert data.get("tables", []) == tables
    assert data["passed_over"] == [n for n in before if n not in taken and n not in tables]


def test_a_changed_article_or_span_is_caught():
    text = "De brug is open, zei de wethouder."
    quote = GoldQuote(0, 15, span_hash(text[0:15]), "reported", (17, 20), GoldSpeaker("description", [(21, 33)]), "local")
    gold = [GoldArticle("1", len(text), span_hash(text), [quote], [])]
    assert problems(gold, {"1": text}) == []
    assert problems(gold, {"1": text.replace("open", "dicht")})  # the article changed
    assert problems(gold, {}) == ["1: no such document"]
    quote.start = 1  # the span moved
    assert problems(gold, {"1": text})


def test_conll_documents_keep_quotations_whole():
    sentences = [
        ['"', "We", "won", "."],
        ["It", "was", "hard", ",", '"', "he", "said", ".", '"'],  # CoNLL leaves the next quote's mark here
        ["Next", "year", "'s", "team", "is", "better", "."],
        ['"', "More", "to", "come", ".", '"'],  # a quotation continued in a new paragraph
        ["Fans", "cheered", "."],
    ]
    assert conll_document(sentences) == (
        '"We won. It was hard," he said.\n\n"Next year\'s team is better.\n\n"More to come."\n\nFans cheered.'
    )


def test_spans_match_when_they_overlap_by_half_of_the_shorter():
    assert matches((0, 10), (5, 30))
    assert not matches((0, 10), (6, 30))
    assert matches((10, 20), (0, 100))  # a prediction running far past its quote still matches
    # One to one: a prediction covering two gold quotes takes the one it overlaps most.
    assert pair([(0, 10), (12, 40)], [(0, 40)]) == {1: 0}
    # Of equal overlaps, the closest spans: a direct quote inside the reported
    # statement that names it pairs with its own gold quote, not the wider one.
    assert pair([(0, 60), (40, 57)], [(40, 57)]) == {1: 0}


def test_a_predicted_direct_quote_is_paired_without_its_marks():
    from reader.core.analysis import Quote
    from reader.core.training.quotes_eval import _between_the_marks

    text = "Hij zei dat zijn partijgenoot het eerder ,,een stapel stenen'' had genoemd."
    start = text.index(",,")
    end = text.index("''") + 2
    direct = Quote(start, end, text[start:end], "direct", "genoemd", None)
    assert _between_the_marks(direct, text) == (start + 2, end - 2)
    reported = Quote(start, end, text[start:end], "reported", "zei", None)
    assert _between_the_marks(reported, text) == (start, end)


def _span(text, part, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def _hand_made():
    """Sentences written for this test, their gold and a made-up analysis."""
    text = (
        "Nieuwe brug\n\n"
        '"De brug is klaar," zei Anna de Vries. Volgens haar kost de brug te veel. '
        "De wethouder zegt dat het budget klopt. 'Wat mooi,' riep een voorbijganger in Utrecht. "
        "Morgen gaat de brug open, meldt de gemeente. Het boek 'De Brug' ligt in de winkel. "
        "Piet Jansen noemde het een 'wonder'."
    )
    s = lambda part, n=0: _span(text, part, n)
    anna = GoldSpeaker("actor", [s("Anna de Vries")])
    gold_quotes = [
        GoldQuote(*s("De brug is klaar,"), "", "direct", s("zei"), anna, "local"),
        GoldQuote(*s("kost de brug te veel"), "", "reported", s("Volgens"), GoldSpeaker("pronoun", anna.spans, s("haar")), "context"),
        GoldQuote(*s("het budget klopt"), "", "reported", s("zegt"), GoldSpeaker("description", [s("De wethouder")]), "local"),
        GoldQuote(*s("Wat mooi,"), "", "direct", s("riep"), GoldSpeaker("description", [s("een voorbijganger")]), "local"),
        GoldQuote(*s("Morgen gaat de brug open"), "", "reported", s("meldt"), GoldSpeaker("description", [s("de gemeente")]), "local"),
    ]
    negatives = [Negative(*s("De Brug"), "", "title"), Negative(*s("wonder"), "", "scare")]
    gold = GoldArticle("test", len(text), span_hash(text), gold_quotes, negatives)

    actors = [
        Actor("a1", "Anna de Vries", "PER", mentions=[s("Anna de Vries")]),
        Actor("a2", "Piet Jansen", "PER", mentions=[s("Piet Jansen")]),
        Actor("a3", "Utrecht", "LOC", mentions=[s("Utrecht")]),
    ]

    def quote(part, speaker=None, actor=None, n=0):
        start, end = s(part, n)
        said = Speaker(text[slice(*s(speaker))], *s(speaker), actor) if speaker else None
        return Quote(start, end, text[start:end], "direct", None, said)

    predicted = [
        quote('"De brug is klaar,"', "Anna de Vries", "a1"),  # right
        quote("kost de brug te veel", "haar"),  # a bare pronoun: missing, and a bad speaker
        quote("het budget klopt", "De wethouder"),  # right: the described speaker, no actor
        quote("'Wat mooi,'", "Utrecht", "a3"),  # wrong, and a place as speaker
        quote("'De Brug'"),  # a title reported as a quote
        quote("'wonder'", "Piet Jansen", "a2"),  # a scare quote reported as a quote
        quote("ligt in de winkel", "Het boek"),  # a false quote whose speaker is no person
    ]
    article = Article(path="", text=text, blocks=[Block(0, len(text), "paragraph")], language="nl")
    analysis = Analysis(article, PipelineInfo("test", "0", "bundled"), actors=actors, quotes=predicted)
    return gold, analysis


def test_the_scorer_counts_a_hand_made_example():
    gold, analysis = _hand_made()
    scores = Scores()
    score_article(gold, analysis, scores)
    assert (scores.articles, scores.gold, scores.found, scores.predicted, scores.real) == (1, 5, 4, 7, 4)
    assert scores.speakers == {"right": 2, "wrong": 1, "missing": 1}
    assert scores.cells == {
        ("direct", "local"): [2, 2, 1],
        ("reported", "context"): [1, 1, 0],
        ("reported", "local"): [2, 1, 1],
    }
    assert scores.false == {"title": 1, "scare": 1, "other": 1}
    assert scores.bad == {"pronoun": 1, "non-person": 2}
    assert scores.sprawling == 0
    numbers = figures(scores)
    assert numbers["recall"] == pytest.approx(0.8)
    assert numbers["precision"] == pytest.approx(4 / 7)
    assert numbers["speaker_right"] == pytest.approx(0.5)
    assert numbers["local_right"] == pytest.approx(0.5)
    assert numbers["context_right"] == 0
    assert numbers["false_negatives_per_article"] == pytest.approx(2.0)
    assert "| quotes found (recall) | 0.800 (4/5) |" in table(scores)


@pytest.mark.parametrize("lang", LANGS)
def test_attribution_does_not_get_worse_on_the_gold(lang):
    needs_source(lang)
    numbers = figures(evaluate_quotes(lang, SHARED))
    for name, measured in MEASURED[lang].items():
        assert numbers[name] >= measured - TOLERANCE, f"{lang} {name}: {numbers[name]:.3f}, measured {measured}"
    for name, measured in MEASURED_AT_MOST[lang].items():
        assert numbers[name] <= measured + 1e-9, f"{lang} {name}: {numbers[name]}, measured {measured}"
