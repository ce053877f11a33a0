"""Statements whose cue is a noun for something said
(`reader.core.attribution.noun_cues`): the owner in the genitive or after
"van"/"of" speaks, the "dat"/"that" clause or "om … te" is the content.
Made-up sentences through the real bundled models."""

import pytest

from .test_reported_dutch import reported


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Vooral politici uit het noorden zullen gevoelig zijn voor Jansens argument dat het plan snel een feit moet zijn.",
            "nl",
            ("het plan snel een feit moet zijn", "argument", "Jansen"),
        ),
        (
            "De oproep van de Iraanse leider Khamenei aan alle gelovigen om de schrijver te doden is niet vergeten.",
            "nl",
            ("om de schrijver te doden", "oproep", "de Iraanse leider Khamenei"),
        ),
        # The initials "OM" do not end the speaker as "om" would; the
        # content ends where the main clause's verb follows a comma.
        (
            "De eis van het OM dat de agenten worden ontslagen, werd afgewezen.",
            "nl",
            ("de agenten worden ontslagen", "eis", "het OM"),
        ),
        (
            "Analysts doubted the minister's claim that the economy would grow by three percent.",
            "en",
            ("the economy would grow by three percent", "claim", "the minister"),
        ),
    ],
)
def test_a_noun_for_a_statement_with_its_owner(analyzer, text, lang, expected):
    assert reported(analyzer, text, lang) == [expected]


@pytest.mark.parametrize(
    "text, lang",
    [
        # A report, not a person, and a noun that is no statement.
        ("De conclusie van het rapport dat de dijk te zwak is, verraste niemand.", "nl"),
        ("De vraag van de buurman of de weg dichtgaat, bleef onbeantwoord.", "nl"),
        # A noun with no clause after it says nothing.
        ("The call by President Smith for talks was welcomed.", "en"),
    ],
)
def test_no_statement_without_a_speaker_or_content(analyzer, text, lang):
    assert reported(analyzer, text, lang) == []


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "De Kamer besprak een voorstel van Kamerlid Jan de Vries om de belasting te verlagen.",
            "nl",
            ("om de belasting te verlagen", "voorstel", "Kamerlid Jan de Vries"),
        ),
        ("Het advies van de GGD om thuis te blijven werd genegeerd.", "nl", ("om thuis te blijven", "advies", "de GGD")),
        ("Smith rejected Jones's suggestion that the deal was dead.", "en", ("the deal was dead", "suggestion", "Jones")),
    ],
)
def test_a_proposal_advice_or_suggestion_with_its_owner(analyzer, text, lang, expected):
    """ "een voorstel van X om …" is a statement (gold README), as are
    advice and a suggestion with their owner."""
    assert reported(analyzer, text, lang) == [expected]


def test_a_statement_noun_as_subject_ends_before_the_main_verb(analyzer):
    # the parse makes "claim" the subject of "wrong": "was wrong" is no part of the claim
    found = reported(analyzer, "The minister's claim that taxes would fall was wrong.", "en")
    assert found == [("taxes would fall", "claim", "The minister")]
