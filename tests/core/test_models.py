"""The shipped models: size, recorded scores, and a real development-set check."""

import json
from pathlib import Path

import pytest
import spacy
import srsly

from reader.core.nlp.pipeline import PipelineSpec, bundled_models, load_pipeline
from reader.core.nlp.tokenization import adapt_tokenizer

from ..conftest import SHARED

#: Development-set F1 targets, end to end on detokenised text (the
#: entity-accuracy issue's bars); no label may fall below MIN_LABEL_F1.
TARGETS = {"nl": 0.75, "en": 0.89}
MIN_LABEL_F1 = 0.65
MAX_MB = 30
#: F1 on sentences from the news of 2020-2026 (tests/data/todays_news), the
#: issue's bar for English news of 2020.
TODAY_TARGET = 0.72
#: The same sentences each analysed as an article by the reader, its rules
#: included (0.912 Dutch, 0.894 English when set); the lists behind some
#: rules were extended with names these sentences taught, so this floor
#: says the rules keep working, not how well they carry to unseen names.
TODAY_READER_FLOOR = 0.87
TODAY = Path(__file__).parent.parent / "data" / "todays_news"
DEV = {"nl": SHARED / "data" / "conll2002" / "ned.testa", "en": SHARED / "data" / "conll2003" / "eng.testa"}


def folder_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1024 / 1024


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_model_is_small_and_records_scores_and_provenance(lang):
    folder = bundled_models()[lang]
    assert folder_mb(folder) < MAX_MB
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    assert meta["lang"] == lang
    assert meta["sources"] and meta["notes"]
    scores = meta["reader"]["scores"]
    assert scores["end_to_end"]["all"]["f"] >= TARGETS[lang]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_model_reaches_its_target_on_the_development_set(lang):
    if not DEV[lang].exists():
        pytest.skip("shared/data is not beside the checkout")
    from reader.core.training.evaluate import evaluate_model

    scores = evaluate_model(bundled_models()[lang], DEV[lang], lang)
    assert scores["end_to_end"]["all"]["f"] >= TARGETS[lang]
    # Whole documents through the reader's analysis, as the window shows them.
    assert scores["articles"]["all"]["f"] >= TARGETS[lang]
    # and each sentence alone through the reader, as `reader analyze` on a file of one sentence
    assert scores["sentences_by_reader"]["all"]["f"] >= TARGETS[lang]
    assert scores["gold_tokens"]["all"]["f"] >= TARGETS[lang]
    for label in ("PER", "ORG", "LOC", "MISC"):
        assert scores["end_to_end"][label]["f"] >= MIN_LABEL_F1, label
        assert scores["articles"][label]["f"] >= MIN_LABEL_F1, label


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_model_finds_the_names_of_todays_news(lang):
    """Fifty hand-annotated sentences per language with people, parties,
    firms and places the 1996/2000 training data never saw."""
    from reader.core.training.evaluate import evaluate_marked

    scores = evaluate_marked(bundled_models()[lang], TODAY / f"{lang}.txt", lang)
    assert scores["entities"] > 120
    assert scores["all"]["f"] >= TODAY_TARGET
    assert scores["reader"]["all"]["f"] >= max(TODAY_READER_FLOOR, scores["all"]["f"])


@pytest.fixture(scope="module")
def nl():
    return load_pipeline(PipelineSpec(str(bundled_models()["nl"]), "bundled", "nl"))


@pytest.fixture(scope="module")
def en():
    return load_pipeline(PipelineSpec(str(bundled_models()["en"]), "bundled", "en"))


def ents(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents]


@pytest.mark.parametrize(
    "ascii_text",
    [
        "Dat meldt 'NBC News'. Volgens Zelensky's adviseur is dat \"niet realistisch\".",
        "De minister Sergej Lavrov zei in Moskou dat \"de VS niet betrokken\" waren.",
    ],
)
def test_dutch_typographic_quotes_tag_like_ascii(nl, ascii_text):
    typographic = (
        ascii_text.replace("'NBC News'", "‘NBC News’").replace("Zelensky's", "Zelensky’s")
    )
    opened = False
    chars = []
    for ch in typographic:
        if ch == '"':
            chars.append("”" if opened else "“")
            opened = not opened
        else:
            chars.append(ch)
    typographic = "".join(chars)
    assert len(nl(ascii_text)) == len(nl(typographic))
    normal = [(t.replace("'", "’"), label) for t, label in ents(nl, ascii_text)]
    assert normal == ents(nl, typographic)
    assert normal  # something was found at all


def test_english_possessive_with_typographic_apostrophe(en):
    ascii_ents = ents(en, "Biden's plan was backed by Germany, a spokesman for the White House said.")
    typo_ents = ents(en, "Biden’s plan was backed by Germany, a spokesman for the White House said.")
    assert ascii_ents == typo_ents
    assert ("Biden", "PER") in ascii_ents


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_full_stop_after_a_camel_case_name_ends_the_sentence(nl, en, lang):
    nlp = nl if lang == "nl" else en
    words = [token.text for token in nlp.tokenizer("Hij stemde op GroenLinks-PvdA. Zij op de PvdA.")]
    assert words == ["Hij", "stemde", "op", "GroenLinks-PvdA", ".", "Zij", "op", "de", "PvdA", "."]
    # Abbreviations and initials keep their full stop.
    assert [t.text for t in nlp.tokenizer("Mr. A. Smith and the U.S. met.")][:4] == ["Mr.", "A.", "Smith", "and"]


def test_a_common_dutch_word_keeps_no_full_stop_of_an_abbreviation(nl):
    # spaCy lists "dat.", "al." and "ver." as abbreviations; in news they end sentences.
    words = [token.text for token in nl.tokenizer("Ze wisten het al. Vrienden zeggen dat. Het gaat te ver. Dr. Jansen komt.")]
    assert words[3:5] == ["al", "."] and words[7:9] == ["dat", "."] and words[12:14] == ["ver", "."]
    assert "Dr." in words


def test_the_dutch_tokenizer_keeps_no_law_report_abbreviations(nl):
    # spaCy's 1,400 Belgian law report abbreviations never occur in news and took
    # a third of the model's load: the adjustments drop them, and the saved
    # tokenizer holds none (dropping them at load would cost as much again).
    law = {"Rev.dr.ulb.", "ANN.DR.SC.POL.", "Acc.act.", "A.hosp."}
    kept = {"o.a.", "d.w.z.", "i.p.v.", "N.V.", "bijv.", "prof."}
    default = spacy.blank("nl")
    assert law <= default.tokenizer.rules.keys()
    assert not law & adapt_tokenizer(default).tokenizer.rules.keys()
    saved = srsly.msgpack_loads((bundled_models()["nl"] / "tokenizer").read_bytes())["exceptions"]
    assert not law & saved.keys() and kept <= saved.keys()
    words = [token.text for token in nl.tokenizer("Het gaat o.a. om Philips N.V. en zo d.w.z. de rest.")]
    assert words[2] == "o.a." and words[5] == "N.V." and words[8] == "d.w.z."


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("nl", "De Oekraïense president Volodymyr Zelensky sprak maandag met premier Keir Starmer in Londen.",
         [("Volodymyr Zelensky", "PER"), ("Keir Starmer", "PER"), ("Londen", "LOC")]),
        ("nl", "Jevgeni Prigozjin, de baas van de Wagner Groep, trok op naar Moskou.",
         [("Jevgeni Prigozjin", "PER"), ("Moskou", "LOC")]),
        ("nl", "De Belarussische president Aleksander Loekasjenko bemiddelde tussen Oekraïne en Rusland.",
         [("Aleksander Loekasjenko", "PER"), ("Oekraïne", "LOC"), ("Rusland", "LOC")]),
        ("en", "Ukrainian President Volodymyr Zelensky met Prime Minister Keir Starmer in London on Monday.",
         [("Volodymyr Zelensky", "PER"), ("Keir Starmer", "PER"), ("London", "LOC")]),
        ("en", "Kamala Harris and Donald Trump debated in Philadelphia.",
         [("Kamala Harris", "PER"), ("Donald Trump", "PER"), ("Philadelphia", "LOC")]),
    ],
)
def test_todays_names(nl, en, lang, text, expected):
    """Names the 1996/2000 training data never saw."""
    found = ents(nl if lang == "nl" else en, text)
    for entity in expected:
        assert entity in found


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_saved_tokenizer_is_adapted_and_loads_lean_with_the_same_tokens(lang):
    # A bundled model is loaded with an empty tokenizer that its saved one
    # fills (half of the Dutch model's load time went to building the
    # default first); that only works when the saved one is complete and
    # already has the reader's adjustments.
    folder = bundled_models()[lang]
    default = spacy.load(folder, exclude=["tok2vec", "ner", "parse_tok2vec", "tagger", "morphologizer", "parser"])
    saved = (default.tokenizer.infix_finditer, default.tokenizer.suffix_search, dict(default.tokenizer.rules))
    adapt_tokenizer(default)
    assert (default.tokenizer.infix_finditer, default.tokenizer.suffix_search, dict(default.tokenizer.rules)) == saved
    lean = load_pipeline(PipelineSpec(str(folder), "bundled", lang))
    text = "Zelensky’s plan: GroenLinks-PvdA. Mr. A. Smith, dr. Jansen en de U.S. (o.a. 12,5%) — zie https://example.org/a?b=1."
    assert [t.text for t in lean.tokenizer(text)] == [t.text for t in default.tokenizer(text)]
    assert len(lean.tokenizer.rules) == len(default.tokenizer.rules) > 1000


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_bundled_model_keeps_only_the_strings_its_components_show(lang):
    # spaCy saved every string of the training data (71,245 in Dutch), built
    # in one 94 ms call that held the window while the model loaded; a
    # token's own strings are made again as the text is read.
    folder = bundled_models()[lang]
    assert len(json.loads((folder / "vocab" / "strings.json").read_text(encoding="utf-8"))) < 1_000
    nlp = load_pipeline(PipelineSpec(str(folder), "bundled", lang))
    text = {
        "nl": "Premier Mark Rutte zei dinsdag in Den Haag dat de regering de plannen van Shell steunt.",
        "en": "Prime Minister Theresa May told reporters in London on Tuesday that BP would stay.",
    }[lang]
    doc = nlp(text)
    shown = [(t.tag_, str(t.morph), t.dep_, t.pos_, t.norm_, t.shape_) for t in doc] + [e.label_ for e in doc.ents]
    assert all(t.tag_ and t.dep_ for t in doc) and doc.ents and shown  # every label read back as text
