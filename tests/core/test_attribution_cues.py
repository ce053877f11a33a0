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
