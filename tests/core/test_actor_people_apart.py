"""Two actors for two entities (issue 15): a mention the model made of two
people, or of a nationality and a name, is two mentions. Made-up
sentences through the real bundled Dutch model, as `reader analyze` runs
it."""

import pytest

from reader.core.training.quotes_eval import bundled_analyzer

from .test_actor_identity import analyse, labelled_actors


@pytest.fixture(scope="module")
def analyzer():
    return bundled_analyzer("nl")


def test_two_people_named_in_one_mention_are_two_actors(analyzer):
    # The model reads "Netanyahu zei Trump" as one name (MISC).
    text = "Donald Trump en Benjamin Netanyahu. Netanyahu zei Trump dat hij moest komen."
    assert labelled_actors(analyse(analyzer, text)) == {
        ("Donald Trump", "PER"): ["Donald Trump", "Trump"],
        ("Benjamin Netanyahu", "PER"): ["Benjamin Netanyahu", "Netanyahu"],
    }
    # Two surnames side by side, in Dutch word order: one person each.
    text = "Thierry Baudet en Ruben Oppenheimer. De tekening waarin Oppenheimer Baudet in een bruin uniform toont."
    assert labelled_actors(analyse(analyzer, text)) == {
        ("Thierry Baudet", "PER"): ["Thierry Baudet", "Baudet"],
        ("Ruben Oppenheimer", "PER"): ["Ruben Oppenheimer", "Oppenheimer"],
    }


def test_a_name_with_a_particle_inside_stays_whole(analyzer):
    text = "Mohammed bin Salman was er. Bin Salman zei niets."
    assert labelled_actors(analyse(analyzer, text)) == {("Mohammed bin Salman", "PER"): ["Mohammed bin Salman", "Bin Salman"]}
    # A firm named after two people is no two people.
    text = "Kim Jansen werkt bij Jansen & Janssen. Jansen zei dat."
    assert labelled_actors(analyse(analyzer, text))[("Jansen & Janssen", "ORG")] == ["Jansen & Janssen"]


def test_a_nationality_before_a_brand_is_no_part_of_its_name(analyzer):
    text = "Er zijn zorgen over software van het Chinese Huawei, zeggen de diensten."
    entities = [(e.text, e.label) for e in analyse(analyzer, text).entities]
    assert ("Chinese", "MISC") in entities and ("Huawei", "ORG") in entities
