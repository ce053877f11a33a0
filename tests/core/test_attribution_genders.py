"""A pronoun is not given to a person whose first name is of the other
gender (the bundled list `resources/names/first-name-genders.json.gz`);
sentences written for these tests."""

import gzip
import json

import pytest

from reader.core.attribution.genders import gender_of, may_stand_for
from reader.core.config.resources import resources_dir

from .test_quotes import quotes_of


def test_the_bundled_list_is_there_and_names_its_source():
    data = json.loads(gzip.decompress((resources_dir() / "names" / "first-name-genders.json.gz").read_bytes()))
    assert data["source"]["license"] == "GFDL 1.2"
    assert len(data["female"]) > 10_000 and len(data["male"]) > 10_000
    assert not set(data["female"]) & set(data["male"])


@pytest.mark.parametrize(
    "name, gender",
    [
        ("Mark Rutte", "male"),
        ("Willeke Dost", "female"),
        ("Marie-Louise van Dam", "female"),  # each part a woman's name
        ("Rutte", None),  # a surname alone says nothing
        ("Ursula", "female"),  # a first name alone does ("zijn vrouw Ursula")
        ("Andrea Pirlo", None),  # a man's name in Italy, a woman's elsewhere: no guess
        ("Kim Jong-un", None),
        ("Piet Bos", "male"),  # only "mostly" a man's name in the list, so in the Netherlands
        ("Femke Halsema", "female"),
        ("Glyn Davies", None),  # only "mostly" a woman's name, in Britain: no guess
    ],
)
def test_gender_of_a_name_only_when_its_first_name_is_one_gender(name, gender):
    assert gender_of(name) == gender


def test_a_pronoun_may_not_stand_for_the_other_gender():
    assert not may_stand_for("He", "Alicia Machado")
    assert not may_stand_for("ze", "Mark Rutte")  # Dutch "ze" is she or they, never one man
    assert may_stand_for("she", "Alicia Machado") and may_stand_for("hij", "Andrea Pirlo")


def test_english_he_after_a_woman_is_unknown_not_her(analyzer):
    text = (
        "Alicia Machado won the title last year and has gained weight since. \"The problem is they travel so "
        "much that exercise is hard,\" he said."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert len(quotes) == 1 and quotes[0][4] is None
    # the same with "she" is her
    quotes, _ = quotes_of(analyzer, text.replace("he said", "she said"), "en")
    assert [q[4] for q in quotes] == ["Alicia Machado"]


def test_dutch_hij_after_a_woman_is_unknown_not_her(analyzer):
    text = "Willeke Dost woont al jaren in het dorp. Hij zegt dat de boerderij nooit is onderzocht."
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert len(quotes) == 1 and quotes[0][4] is None
    quotes, _ = quotes_of(analyzer, text.replace("Hij zegt", "Ze zegt"), "nl")
    assert [q[4] for q in quotes] == ["Willeke Dost"]


def test_a_pronoun_of_the_other_gender_goes_to_the_one_who_spoke_just_before(analyzer):
    text = (
        "Martin Brooks, president of Miss Universe Inc, said he spoke with Alicia Machado to assure her that "
        'organisers were not putting pressure on her.\n\n"She is fine with it. There is no problem whatsoever," '
        "he told Reuters."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[4] for q in quotes] == ["Martin Brooks", "Martin Brooks"]


def test_a_pronoun_goes_past_people_of_the_other_gender_to_the_one_it_fits(analyzer):
    text = (
        "Sarah Brady, whose husband was disabled, took centre stage on Monday night to praise President Bill "
        "Clinton's gun control efforts.\n\nWith her husband James sitting in a wheelchair, Mrs. Brady called the "
        "bill that Clinton signed in 1994 a major step.\n\nBut she said more had to be done."
    )
    quotes, _ = quotes_of(analyzer, text, "en")
    assert [q[4] for q in quotes] == ["Sarah Brady"]
    # someone described by a noun in between: not clear whom "she" means
    quotes, _ = quotes_of(analyzer, text.replace("But she said", "The woman stood up. But she said"), "en")
    assert [q[4] for q in quotes] == [None]


def test_a_first_name_alone_has_its_gender_too(analyzer):
    text = (
        "Politicoloog Bassam Tibi woont in Duitsland, waar hij zich vestigde voor zijn vrouw Ursula. "
        "Het tij begint te keren, zegt hij."
    )
    quotes, _ = quotes_of(analyzer, text, "nl")
    assert [q[4] for q in quotes] != ["Ursula"]


def test_a_speakers_she_is_not_the_man_named_just_before_her_in_a_portrait():
    # the main person's last words were said by "ze" with a man named just before
    # it; she, not he, is whom the next quote in her voice goes on with
    from reader.core.attribution.found import Found
    from reader.core.attribution.intervals import Intervals
    from reader.core.attribution.interview import own_voice

    class Person:
        def __init__(self, name):
            self.name = name

    anna, piet = Person("Anna de Wit"), Person("Piet Bos")
    text = (
        "Anna de Wit werkt er al lang. Anna de Wit is boos. Haar collega Piet Bos ook. "
        ",,Het is zwaar werk'', zegt ze. De Wit blijft. Het ziekenhuis ligt aan de rand van de stad. ,,Ik sta vaak alleen.''"
    )
    mentions = [(text.index(n, start), text.index(n, start) + len(n), p) for n, start, p in (
        ("Anna de Wit", 0, anna), ("Anna de Wit", 20, anna), ("Piet Bos", 0, piet), ("De Wit", 100, anna))]
    persons = Intervals((s, e, (s, e, p)) for s, e, p in mentions)
    said = Found(text.index("Het is"), text.index("'', zegt"), "direct", "zegt", None)
    she = text.index("ze.")
    said.speaker, said.pronoun = (she, she + 2), True
    alone = Found(text.index("Ik sta"), text.rindex("''"), "direct", None, None)
    own_voice([said, alone], persons, text, Intervals([]))
    assert alone.speaker is not None and persons.overlapping(*alone.speaker)[0][2] is anna
