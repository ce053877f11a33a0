"""A capitalised name right after a title in lower case is a person, when
the model missed it (issue 15): ``minister Hols``. Made-up sentences with
the bundled Dutch model's tokenizer and word lists."""

import pytest

from reader.core.attribution.titles import titled_names


@pytest.fixture(scope="module")
def dutch():
    import spacy

    from reader.core.nlp.pipeline import bundled_models

    return spacy.load(bundled_models()["nl"])


def found(nlp, text, bounds=()):
    doc = nlp.make_doc(text)
    return [(doc[s:e].text, label) for s, e, label, _ in titled_names(doc, [list(b) for b in bounds])]


def test_a_name_after_a_title_is_a_person(dutch):
    assert found(dutch, "Volgens minister Hols moet het anders.") == [("Hols", "PER")]
    assert found(dutch, "Het voorstel van staatssecretaris Van der Wiel kreeg steun.") == [("Van der Wiel", "PER")]
    assert found(dutch, "De burgemeester Brekelmans opende het zwembad.") == [("Brekelmans", "PER")]


def test_what_the_model_found_stays_as_it_is(dutch):
    # "Brekelmans" (tokens 2-3) is already a name the model found (after a role that is no office: as it said).
    assert found(dutch, "De woordvoerder Brekelmans opende het zwembad.", [(2, 3, "ORG", "ORG")]) == [
        ("Brekelmans", "ORG")
    ]


def test_no_person_after_a_title_when_a_bodys_name_goes_on_or_a_place_follows(dutch):
    assert found(dutch, "De brief ging naar voorzitter Commissie voor Cultuur en Erfgoed.") == []
    assert found(dutch, "Hij werd later premier Frankrijk noemde hem een vriend.") == []
    assert found(dutch, "Het hoofd Communicatie gaf geen antwoord.") == []


def test_no_person_after_a_title_and_a_lower_case_particle(dutch):
    # "van" after a title says of whom; a surname alone opens with "Van".
    assert found(dutch, "Dat zegt een woordvoerder van Natuurbeheer, de eigenaar van het bos.") == []
    assert found(dutch, "Dat zegt woordvoerder Van Dijk van de politie.") == [("Van Dijk", "PER")]


def test_a_first_name_and_more_after_a_title_is_a_person_whatever_the_model_said(dutch):
    # "Mona Keijzer" (tokens 4-6) the model took for MISC: a title and a first name make her a person
    text = "Vorig jaar kondigde staatssecretaris Mona Keijzer een nieuwe norm aan."
    assert found(dutch, text, [(4, 6, "MISC", "MISC")]) == [("Mona Keijzer", "PER")]
    # a surname alone the model called a body is the person after an office one person holds ("Minister
    # Hoekstra"); after another role it may be the body ("woordvoerder Defensie"), and so may initials
    assert found(dutch, "De burgemeester Brekelmans opende het zwembad.", [(2, 3, "ORG", "ORG")]) == [("Brekelmans", "PER")]
    assert found(dutch, "Minister Hoekstra reist volgende week af.", [(1, 2, "ORG", "ORG")]) == [("Hoekstra", "PER")]
    assert found(dutch, "Een woordvoerder Defensie bevestigt dat.", [(2, 3, "ORG", "ORG")]) == [("Defensie", "ORG")]
    assert found(dutch, "Volgens minister OCW is dat zo.", [(2, 3, "ORG", "ORG")]) == [("OCW", "ORG")]
    # but one word the model called MISC is the person, unless it is a place
    text = "Sinds premier Rutte vorige week het plan bekendmaakte, is men positiever."
    assert found(dutch, text, [(2, 3, "MISC", "MISC")]) == [("Rutte", "PER")]
    assert found(dutch, "Hij werd later premier Frankrijk.", [(4, 5, "MISC", "MISC")]) == [("Frankrijk", "MISC")]
    # a title that opens the sentence is capitalised
    text = "Burgemeester Fränzel spreekt van een menselijke fout."
    assert found(dutch, text, [(1, 2, "MISC", "MISC")]) == [("Fränzel", "PER")]


def test_a_first_name_and_particles_before_what_the_model_took_after_a_title_join_it(dutch):
    # "Roos van den | Munckhof": the model took the surname (as ORG); the title, also a compound, tells
    for title in ("Rechter", "Politierechter"):
        text = f"{title} Roos van den Munckhof zegt dat de man schuldig is."
        assert found(dutch, text, [(4, 5, "ORG", "ORG")]) == [("Roos van den Munckhof", "PER")]
    # without a title the model's name stays
    assert found(dutch, "Toen zei Roos van den Munckhof iets.", [(5, 6, "ORG", "ORG")]) == [("Munckhof", "ORG")]


def test_a_name_after_kamerlid_spelt_with_its_capital_is_a_person(dutch):
    assert found(dutch, "De oplossing is duidelijk, aldus Kamerlid Hilde Brons.") == [("Hilde Brons", "PER")]


def test_a_first_name_after_a_title_that_opens_the_sentence_is_a_person(dutch):
    # the model may take "Ben" (also "am") for a verb and miss the name
    assert found(dutch, "Topman Ben van Beurden zei dat het goed ging.") == [("Ben van Beurden", "PER")]
    assert found(dutch, "Trainer Ellen vraagt het aan haar spelers.") == [("Ellen", "PER")]
    # only a known first name: a capitalised title may open a sentence about something else
    assert found(dutch, "Directeur Financiën wordt een nieuwe functie.") == []
    # or after an office one person holds, a word that is no everyday word and no place
    assert found(dutch, "President Macron ontving de premier.") == [("Macron", "PER")]
    assert found(dutch, "President Frankrijk is een vreemde kop.") == []
    assert found(dutch, "Minister Wet is aangenomen.") == []


def test_a_name_after_a_title_in_a_compound_is_a_person(dutch):
    # "Shell-topman" (the name and the title in one word) is the model's MISC; the name after it is a person
    text = "Volgens Shell-topman Ben van Beurden gaat het goed."
    assert found(dutch, text, [(1, 2, "MISC", "MISC")]) == [("Shell-topman", "MISC"), ("Ben van Beurden", "PER")]
    # a form of address is no title of a compound
    assert found(dutch, "Het Jansen-dr Ben stuk.") == []
