"""The bundled parse run only on the sentences attribution reads
(`reader.core.attribution.parsing`): those sentences get exactly the parse they
get on their own, the others none, and an official pipeline is left
alone."""

import functools

import pytest

from reader.core.article import Article, Block
from reader.core.attribution.parsing import cue_hashes, parse_sentences
from reader.core.nlp.pipeline import (
    ARTICLE_COMPONENTS,
    PARSE_COMPONENTS,
    PipelineSpec,
    bundled_models,
    load_pipeline,
    sentence_parse,
)

# Made-up news text: one sentence with a reporting verb between two without.
TEXT = (
    "Het water in de haven stond dinsdag hoger dan ooit. "
    "Burgemeester Jansen zegt dat de dijken het houden. "
    "Morgen gaan de sluizen weer open."
)


@functools.cache
def dutch():
    return load_pipeline(PipelineSpec(str(bundled_models()["nl"]), "bundled", "nl"), parse=True)


def entities_only(nlp, text):
    with nlp.select_pipes(disable=[*PARSE_COMPONENTS, *ARTICLE_COMPONENTS]):
        return nlp(text)


def test_only_sentences_with_a_cue_word_are_parsed_as_they_would_be_alone():
    nlp = dutch()
    doc = entities_only(nlp, TEXT)
    parse = sentence_parse(nlp)
    assert parse == list(PARSE_COMPONENTS)
    parse_sentences(nlp, [doc], cue_hashes(nlp.vocab, nlp.get_pipe("reader_quotes").cues), parse)
    first, second, third = (doc.char_span(*span) for span in ((0, 51), (52, 102), (103, len(TEXT))))
    assert second.text.startswith("Burgemeester") and second.text.endswith("houden.")
    assert all(t.dep_ == "" and t.pos_ == "" for t in (*first, *third))
    with nlp.select_pipes(disable=list(ARTICLE_COMPONENTS)):
        alone = nlp(second.text)
    assert [(t.pos_, t.tag_, str(t.morph), t.dep_, t.head.i - t.i) for t in second] == [
        (t.pos_, t.tag_, str(t.morph), t.dep_, t.head.i - t.i) for t in alone
    ]
    assert any(t.dep_ == "nsubj" for t in second)


def test_a_text_without_cues_is_not_parsed():
    nlp = dutch()
    doc = entities_only(nlp, "Het water stond hoog. De sluizen gaan open.")
    parse_sentences(nlp, [doc], cue_hashes(nlp.vocab, nlp.get_pipe("reader_quotes").cues), sentence_parse(nlp))
    assert not doc.has_annotation("DEP")


def test_parse_switched_off_or_an_official_pipeline_is_not_parsed_apart():
    off = load_pipeline(PipelineSpec(str(bundled_models()["nl"]), "bundled", "nl"), parse=False)
    assert sentence_parse(off) == []
    spacy = pytest.importorskip("spacy")
    official = spacy.blank("nl")
    official.add_pipe("tagger")
    official.add_pipe("parser")
    assert sentence_parse(official) == []


def test_analysis_finds_the_speaker_through_the_sentence_parse(analyzer):
    article = Article(path="", text=TEXT, blocks=[Block(0, len(TEXT), "paragraph")], language="nl")
    (quote,) = analyzer.analyze(article).quotes
    assert quote.text == "de dijken het houden"
    assert quote.speaker is not None and quote.speaker.text.endswith("Jansen")
