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


def _mentions(text, names):
    from reader.core.analysis import Entity

    out, at = [], 0
    for name, label in names:
        start = text.index(name, at)
        out.append(Entity(start, start + len(name), name, label, label))
        at = start + len(name)
    return out


def test_a_place_and_a_firm_side_by_side_are_two_names():
    from reader.core.attribution.together import separate_people

    # Dutch verb-final order puts subject and object side by side; the
    # model's bounds (given here) run them into one name.
    text = "Europa praat met Xandrix. China vindt het slecht als Europa Xandrix uitsluit. Xandrix zwijgt."
    found = separate_people(_mentions(text, [("Europa", "LOC"), ("Xandrix", "ORG"), ("Europa Xandrix", "LOC"), ("Xandrix", "ORG")]))
    assert [(m.text, m.label) for m in found] == [
        ("Europa", "LOC"), ("Xandrix", "ORG"), ("Europa", "LOC"), ("Xandrix", "ORG"), ("Xandrix", "ORG")
    ]
    # An organisation with its town is one name, and so is a whole named elsewhere.
    text = "Feyenoord won in Rotterdam. Feyenoord Rotterdam is blij."
    found = separate_people(_mentions(text, [("Feyenoord", "ORG"), ("Rotterdam", "LOC"), ("Feyenoord Rotterdam", "ORG")]))
    assert [m.text for m in found][-1] == "Feyenoord Rotterdam"
    text = "Europa praat met Xandrix. Europa Xandrix is een fonds. Het fonds Europa Xandrix groeit."
    names = [("Europa", "LOC"), ("Xandrix", "ORG"), ("Europa Xandrix", "ORG"), ("Europa Xandrix", "ORG")]
    assert [m.text for m in separate_people(_mentions(text, names))][2:] == ["Europa Xandrix", "Europa Xandrix"]


def test_a_first_name_and_a_surname_named_apart_are_still_one_person():
    from reader.core.attribution.together import separate_people

    text = "Ellen van Dijk traint een team. Trainer Ellen lacht. Volgens Van Dijk is het team sterk."
    names = [("Ellen van Dijk", "PER"), ("Ellen", "PER"), ("Van Dijk", "PER")]
    assert [m.text for m in separate_people(_mentions(text, names))] == ["Ellen van Dijk", "Ellen", "Van Dijk"]
