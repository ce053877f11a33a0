"""A piece of a clause found next to a cue is no speaker
(`speaker_checks._a_clause`), with the real bundled models' tags."""

import pytest

from reader.core.attribution.speaker_checks import _a_clause
from reader.core.nlp.pipeline import Pipelines


@pytest.fixture(scope="module")
def parse():
    pipelines = Pipelines()
    return lambda text, lang: pipelines.get(pipelines.spec_for(lang))(text)


def span(doc, words: str):
    start = next(t.i for t in doc if doc[t.i : t.i + len(words.split())].text == words)
    return doc[start : start + len(words.split())]


def test_an_expletive_a_verb_first_or_a_verb_with_its_pronoun_is_no_speaker(parse):
    doc = parse("Volgens de peiling groeit bovendien de groep die het te ver vindt gaan.", "nl")
    assert _a_clause(span(doc, "groeit bovendien de groep"))
    doc = parse("Na de verkiezingen kunnen we toch zeggen dat het klimaat belangrijk is.", "nl")
    assert _a_clause(span(doc, "de verkiezingen kunnen we toch"))
    doc = parse("In de woestijn wordt er volgens de plannen landbouwgrond gemaakt.", "nl")
    assert _a_clause(span(doc, "er"))


def test_a_phrase_for_someone_stays_a_speaker(parse):
    doc = parse("De man die het ongeluk zag, zegt dat de auto te hard reed.", "nl")
    assert not _a_clause(span(doc, "De man die het ongeluk zag"))
    doc = parse("The spokesman declined further comment.", "en")
    assert not _a_clause(span(doc, "The spokesman declined further"))
    doc = parse("A police spokeswoman said two men were held.", "en")
    assert not _a_clause(span(doc, "A police spokeswoman"))


def test_a_source_in_the_clause_before_a_colon_speaks(analyzer):
    from .test_quotes import quotes_of

    cases = [
        ("Volgens Piet Jansen is het simpel: 'We moeten gewoon beter ons best doen.'", "Piet Jansen"),
        ("Het is volgens Piet Jansen heel simpel: 'We moeten gewoon beter ons best doen.'", "Piet Jansen"),
        (
            "Van Lindert juicht de concurrentie toe. Wel moet er volgens hem nog veel gebeuren voor er overeenstemming "
            "is: \"Duidelijkheid over de prijs per laadsessie.\"",
            "hem",
        ),
    ]
    for text, speaker in cases:
        quotes, _ = quotes_of(analyzer, text, "nl")
        # the clause before the colon may be a statement of its own too ("Volgens X is het simpel")
        assert [q[3] for q in quotes if q[0] == "direct"] == [speaker], text


def test_a_heading_run_into_a_question_is_no_speaker(analyzer):
    from .test_quotes import quotes_of

    text = (
        "Joost Winkel, Leeuwarden Demoniseren Hoezo 'demoniseren'? Waarom zouden we de dingen niet bij de naam "
        "noemen? Mart Graef, Eindhoven Oudhollands gezegde Is dit Oudhollandse gezegde onbekend bij Baudets "
        "aanhang: 'Elk meent zijn uil een valk te zijn'? Zoals de volksdichter Jacob Cats schreef: 'Elck acht "
        "sijn uyl een valck.' Rik Seur, Haarlem"
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == [None, "de volksdichter Jacob Cats"]


def test_a_subheading_word_before_the_article_of_the_speaker_is_left_out(analyzer):
    from .test_quotes import quotes_of

    text = (
        "De huurder bleef maar praten. Bedrog Een woordvoerder van wethouder Laurens Ivens (Wonen) zegt dat de "
        "gemeente handhaaft op de afspraken."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[3] for q in quotes] == ["Een woordvoerder van wethouder Laurens Ivens"]
    # one name with an article inside stays whole
    quotes, _ = quotes_of(analyzer, "Kasteel De Haar meldt dat het museum dicht blijft.", "nl")
    assert [q[3] for q in quotes] == ["Kasteel De Haar"]


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        (
            "China benadert ze als ontwikkelingslanden, meent Matt Ferchen van de Tsinghua Universiteit en "
            "gespecialiseerd in China's relatie met opkomende landen.",
            "nl",
            "Matt Ferchen van de Tsinghua Universiteit",
        ),
        ("Het is een goed plan, zei Jan de Vries en hij vertrok.", "nl", "Jan de Vries"),
        # a second phrase for someone stays: a group of two
        ("It is a good plan, said OSCE and independent monitors.", "en", "OSCE and independent monitors"),
    ],
)
def test_a_speaker_phrase_ends_before_and_going_on_with_the_sentence(analyzer, text, lang, speaker):
    from .test_quotes import quotes_of

    quotes, _ = quotes_of(analyzer, text, lang)
    assert [q[3] for q in quotes] == [speaker]


def test_a_speaker_phrase_ends_before_a_relative_pronoun_that_runs_into_the_verb(analyzer):
    from .test_quotes import quotes_of

    text = "It was an official of the Miss Venezuela Organisation who first said Machado had been told to lose weight fast."
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[3] for q in quotes] == ["an official of the Miss Venezuela Organisation"]
