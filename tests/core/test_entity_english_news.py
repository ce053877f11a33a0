"""English news names that Dutch-minded rules cut (issue 15): a name that
opens with a word of the language-detection lists ("NEW YORK" in a
dateline, "New Zealand", "All Blacks"), "Labor Day" (no demonym of "Labo"
and a person "Day"), and a place after an age ("a 27-year-old West Bank
labourer"). With the real bundled model, as `reader analyze` runs it."""

import pytest

from .test_entity_spans import analyse, labelled


@pytest.fixture(scope="module")
def analyzers():
    from reader.core.training.quotes_eval import bundled_analyzer

    return {"en": bundled_analyzer("en")}


def found(analyzers, text):
    return labelled(analyse(analyzers, text, "en"))


def test_a_name_opening_with_new_or_all_stays_whole(analyzers):
    assert ("NEW YORK", "LOC") in found(analyzers, "Oil prices rose.\n\nNEW YORK 1996-08-30\n\nTraders said more.")
    assert ("New Zealand", "LOC") in found(analyzers, "Cricket.\n\nNew Zealand win test series 2-1.")
    assert ("All Blacks", "ORG") in found(analyzers, "Rugby.\n\nAll Blacks beat Australia in Sydney.")


def test_labor_day_is_no_person(analyzers):
    assert ("Day", "PER") not in found(analyzers, "Markets.\n\nNYMEX will be closed Monday due to Labor Day.")


def test_a_place_after_an_age_stays_a_place(analyzers):
    text = "News.\n\nA 27-year-old West Bank labourer was arrested on Monday."
    assert ("West Bank", "LOC") in found(analyzers, text)
    assert ("Tiger Woods", "PER") in found(analyzers, "Golf.\n\nThe 20-year-old Tiger Woods won again.")


def test_brexit_is_an_event(analyzers):
    # the model of 1996 news calls it a body; CoNLL marks events MISC
    assert ("Brexit", "MISC") in found(analyzers, "Talks.\n\nBrexit negotiator Michel Barnier arrived in London.")
    assert ("Post-Brexit", "MISC") in found(analyzers, "Trade.\n\nPost-Brexit trade talks resumed on Monday.")
