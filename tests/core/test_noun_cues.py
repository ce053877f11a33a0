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
