"""One actor per person, one label per actor (issue 15): the forms news
writes one person's name in (the end of a longer name, a genitive of a
full name, a title or demonym in front) and the words that tell a place
from a person. Made-up sentences through the real bundled Dutch model,
as `reader analyze` runs it."""

import pytest

from reader.core.training.quotes_eval import bundled_analyzer

from .test_actor_identity import analyse, labelled_actors


@pytest.fixture(scope="module")
def analyzer():
    return bundled_analyzer("nl")


def test_the_last_two_words_of_a_longer_name_are_that_person(analyzer):
    text = "Wethouder Rutger Groot Wassink wil meer opvang. Groot Wassink zegt dat het moet."
    assert labelled_actors(analyse(analyzer, text)) == {
        ("Rutger Groot Wassink", "PER"): ["Rutger Groot Wassink", "Groot Wassink"]
    }


def test_a_full_name_s_genitive_is_the_person_named_by_the_surname(analyzer):
    text = "Anders is Ed Husains verhaal. Op de campus van Husains universiteit was onrust. Husain werd adviseur."
    assert list(labelled_actors(analyse(analyzer, text)).values()) == [["Ed Husains", "Husains", "Husain"]]


def test_a_surname_ending_in_s_is_no_genitive_of_another_s(analyzer):
    text = "Leon Meijer en Josan Meijers spraken. Meijer zei ja. Meijers zei nee."
    assert labelled_actors(analyse(analyzer, text)) == {
        ("Leon Meijer", "PER"): ["Leon Meijer", "Meijer"],
        ("Josan Meijers", "PER"): ["Josan Meijers", "Meijers"],
    }


def test_a_demonym_or_title_in_front_is_no_part_of_the_name(analyzer):
    # The model calls "Oekraïner Zelensky" and "Imam Said" MISC, and
    # keeps "Ds." in the name: each is the person named in full.
    text = "Volodymyr Zelensky was in Kiev. De Oekraïner Zelensky sprak met Joe Biden."
    assert labelled_actors(analyse(analyzer, text))[("Volodymyr Zelensky", "PER")] == ["Volodymyr Zelensky", "Zelensky"]
    text = "Dominee Jan de Vries preekt. Ds. De Vries is boos. Imam Ahmed Said sprak ook. Imam Said zei niets."
    assert labelled_actors(analyse(analyzer, text)) == {
        ("Jan de Vries", "PER"): ["Jan de Vries", "De Vries"],
        ("Ahmed Said", "PER"): ["Ahmed Said", "Said"],
    }
    # A first name that ends like a demonym stays (Adria is a place).
    text = "Adriaan van Dis schreef een boek. Van Dis zei dat."
    assert labelled_actors(analyse(analyzer, text)) == {("Adriaan van Dis", "PER"): ["Adriaan van Dis", "Van Dis"]}


def test_a_region_is_no_person(analyzer):
    text = "Het leger rukt op in de oostelijke regio Donbass. Rusland wil Donbass inlijven."
    assert labelled_actors(analyse(analyzer, text))[("Donbass", "LOC")] == ["Donbass", "Donbass"]
    text = "In de provincie Loehansk wordt gevochten."
    assert [(e.text, e.label) for e in analyse(analyzer, text).entities] == [("Loehansk", "LOC")]


def test_a_name_cut_to_its_head_is_the_organisation(analyzer):
    text = "Het Europees Hof oordeelde dinsdag. Volgens het Hof is de wet ongeldig."
    assert labelled_actors(analyse(analyzer, text)) == {("Europees Hof", "ORG"): ["Europees Hof", "Hof"]}


def test_an_acronym_with_its_particles_letters_is_the_organisation(analyzer):
    text = "Forum voor Democratie won de verkiezingen. FvD kreeg twaalf zetels."
    assert labelled_actors(analyse(analyzer, text)) == {("Forum voor Democratie", "ORG"): ["Forum voor Democratie", "FvD"]}


def made(text, *names):
    """Mentions of `names` ((surface, label), each at its next occurrence)."""
    from reader.core.analysis import Entity

    mentions, position = [], 0
    for name, label in names:
        start = text.index(name, position)
        mentions.append(Entity(start, start + len(name), name, label, label))
        position = start + len(name)
    return mentions


def test_a_full_name_the_model_calls_misc_is_the_person_its_surname_names():
    from reader.core.attribution.actors import group_actors

    text = "Dictator Moammar Khaddafi regeerde lang. Khaddafi werd gedood. Khaddafi was 69."
    actors = group_actors(made(text, ("Moammar Khaddafi", "MISC"), ("Khaddafi", "PER"), ("Khaddafi", "PER")))
    assert [(a.name, a.label, len(a.mentions)) for a in actors] == [("Moammar Khaddafi", "PER", 3)]
    # Not when the last word is also something else alone (a firm).
    text = "Jansen Holding groeit. Jansen zei dat. Jansen is een bedrijf."
    actors = group_actors(made(text, ("Jansen Holding", "ORG"), ("Jansen", "PER"), ("Jansen", "ORG")))
    assert actors[0].label == "ORG" and actors[0].name == "Jansen Holding"


def test_an_initial_and_a_surname_are_the_person_named_in_full(analyzer):
    text = "Mark Rutte sprak in Brussel. Volgens M. Rutte is er geen alternatief."
    assert labelled_actors(analyse(analyzer, text))[("Mark Rutte", "PER")] == ["Mark Rutte", "M. Rutte"]


def test_a_part_of_a_double_surname_is_the_person(analyzer):
    # The model misses "Borst"; the reader finds it as Els Borst-Eilers.
    text = "Minister Els Borst-Eilers sprak. Borst zei dat het goed ging."
    assert labelled_actors(analyse(analyzer, text)) == {("Els Borst-Eilers", "PER"): ["Els Borst-Eilers", "Borst"]}


def test_a_first_name_the_model_calls_misc_is_the_one_person_named_in_full_with_it():
    from reader.core.attribution.actors import group_actors

    text = "Renske Groenendijk vond het beeld. Renske was trots. In Brabant is het stil."
    actors = group_actors(made(text, ("Renske Groenendijk", "PER"), ("Renske", "MISC"), ("Brabant", "LOC")))
    assert [(a.name, a.label, len(a.mentions)) for a in actors] == [("Renske Groenendijk", "PER", 2), ("Brabant", "LOC", 1)]
    # Not when two people named in full share it.
    text = "Jan Smit en Jan de Vries kwamen. Jan was er ook."
    actors = group_actors(made(text, ("Jan Smit", "PER"), ("Jan de Vries", "PER"), ("Jan", "MISC")))
    assert [a.label for a in actors] == ["PER", "PER", "MISC"]


def test_a_short_form_the_model_calls_a_person_is_the_organisation():
    from reader.core.attribution.actors import group_actors

    text = "De Tweede Kamer stemde. Volgens de Kamer is het klaar. Het Forum voor Democratie en FvD zwegen."
    actors = group_actors(
        made(text, ("Tweede Kamer", "ORG"), ("de Kamer", "PER"), ("Forum voor Democratie", "ORG"), ("FvD", "PER"))
    )
    assert [(a.name, a.label, len(a.mentions)) for a in actors] == [
        ("Tweede Kamer", "ORG", 2),
        ("Forum voor Democratie", "ORG", 2),
    ]
    # Not the surname of a person named in full.
    text = "Het Europees Hof oordeelde. Anna Hof zei dat. Hof was blij."
    actors = group_actors(made(text, ("Europees Hof", "ORG"), ("Anna Hof", "PER"), ("Hof", "PER")))
    assert [(a.name, a.label, len(a.mentions)) for a in actors] == [("Europees Hof", "ORG", 1), ("Anna Hof", "PER", 2)]


@pytest.mark.parametrize("demonym", ["Hagenaar", "Groesbekenaar", "Leidenaar"])
def test_a_dutch_townsman_in_front_is_no_first_name(analyzer, demonym):
    # "-(e)naar" makes a townsman of a town, whose long vowel is written
    # single when the syllable opens (Den Haag: Hagenaar)
    text = f"{demonym} Piet Meulman (62) loopt door het bos. Later zegt {demonym} Meulman dat het voorbij is."
    assert labelled_actors(analyse(analyzer, text)).get(("Piet Meulman", "PER")) == ["Piet Meulman", "Meulman"]


def test_a_sentence_s_article_before_a_region_is_no_part_of_its_name(analyzer):
    """ "De Donbass is …" after "in de Donbass": the capital article opens
    the sentence, not the name, which is one actor and never a person;
    "De Boer" after "Jan de Boer" keeps its particle."""
    text = "In de Donbass wordt nog altijd gevochten. De Donbass is een regio in het oosten van Oekraïne."
    actors = labelled_actors(analyse(analyzer, text))
    assert [names for (name, label), names in actors.items() if "Donbass" in name] == [["Donbass", "Donbass"]]
    assert all(label != "PER" for name, label in actors if "Donbass" in name)
    people = labelled_actors(analyse(analyzer, "Jan de Boer won de wedstrijd. De Boer was blij met de zege."))
    assert people == {("Jan de Boer", "PER"): ["Jan de Boer", "De Boer"]}


def test_a_dutch_genitive_the_model_missed_is_the_person(analyzer):
    text = "President Joe Biden sprak gisteren in Warschau. Bidens toespraak was kort."
    assert labelled_actors(analyse(analyzer, text))[("Joe Biden", "PER")] == ["Joe Biden", "Bidens"]
