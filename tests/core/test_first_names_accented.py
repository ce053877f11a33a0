"""A first name written with a diaeresis or accent that the bundled list
has only without it ("Gabriël" for "Gabriel") is still a first name, so
the person is a person and their surname alone is found after it (issue
15); a place so written stays a place. The real bundled Dutch model."""

import pytest

from reader.core.nlp.lexicon import FLAGS
from reader.core.nlp.pipeline import PipelineSpec, bundled_models, load_pipeline

from .test_entity_spans import analyse, labelled
from .test_statements_in_passing import quotes


@pytest.fixture(scope="module")
def nl():
    return load_pipeline(PipelineSpec(str(bundled_models()["nl"]), "bundled", "nl"))


@pytest.fixture(scope="module")
def analyzers():
    from reader.core.training.quotes_eval import bundled_analyzer

    return {"nl": bundled_analyzer("nl")}


def test_the_flag_reads_the_name_without_its_diaeresis(nl):
    flag = FLAGS["first_name"]
    assert nl.vocab["Gabriel"].check_flag(flag)  # as listed
    assert nl.vocab["Gabriël"].check_flag(flag) and nl.vocab["Chloë"].check_flag(flag)
    assert not nl.vocab["Israël"].check_flag(flag)  # a place
    assert not nl.vocab["Oekraïne"].check_flag(flag)


def test_the_person_and_their_surname_alone(analyzers, analyzer):
    text = (
        "Het bronzen paard van kunstenaar Gabriël Groen werd twee weken geleden gestolen. "
        "Gabriël Groen, die in Frankrijk woont, is opgelucht. "
        "Het idee om de vinder geld te bieden, was een val, aldus Groen."
    )
    assert labelled(analyse(analyzers, text, "nl")) == [
        ("Gabriël Groen", "PER"), ("Gabriël Groen", "PER"), ("Frankrijk", "LOC"), ("Groen", "PER")
    ]
    assert [(cue, speaker) for _, _, cue, speaker in quotes(analyzer, text)] == [("aldus", "Groen")]
