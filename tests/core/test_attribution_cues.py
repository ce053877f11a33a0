"""Dutch reporting verbs of issue 14 (rulings, requests, admissions,
estimates, separable "hield vol" and "geeft toe"); sentences written for
these tests."""

import pytest

from .test_quotes import quotes_of


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("De rechtbank oordeelde dat de boete veel te hoog was.", "oordeelde", "de boete veel te hoog was"),
        ("Minister Anna Visser hield vol dat het plan betaalbaar blijft.", "hield", "het plan betaalbaar blijft"),
        ("Wethouder Kees Smit geeft toe dat de aanpak niet werkte.", "geeft", "de aanpak niet werkte"),
        ("Deskundigen schatten dat de schade in de miljoenen loopt.", "schatten", "de schade in de miljoenen loopt"),
    ],
)
def test_dutch_reporting_verbs(analyzer, text, cue, content):
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [(q[0], q[2], q[1]) for q in quotes] == [("reported", cue, content)]


def test_hield_without_its_particle_is_no_cue(analyzer):
    quotes, _ = quotes_of(analyzer, "Minister Anna Visser hield een toespraak over de plannen die zij heeft.", "nl")
    assert quotes == []


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the ministry declined comment on the new figures.",
        "Minister John Harper promised an amnesty to the striking workers.",
        "The agency denied the application for a new licence last week.",
    ],
)
def test_english_speech_verb_with_only_an_object_is_no_report(analyzer, text):
    quotes, _ = quotes_of(analyzer, text, "en")
    assert quotes == []


def test_english_said_without_that_still_reports(analyzer):
    quotes, _ = quotes_of(analyzer, "Minister John Harper said the strike would end on Friday.", "en")
    assert [(q[0], q[1]) for q in quotes] == [("reported", "the strike would end on Friday")]
