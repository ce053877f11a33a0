"""Actor grouping: rules on hand-made mentions, then the component with the
real bundled models on text."""

import pytest

from reader.core.analysis import Entity
from reader.core.article import Article, Block
from reader.core.attribution.actors import group_actors


def mentions(text, *specs):
    """specs: (surface, label[, occurrence])"""
    found = []
    for spec in specs:
        surface, label = spec[0], spec[1]
        occurrence = spec[2] if len(spec) > 2 else 0
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(surface, start + 1)
        found.append(Entity(start, start + len(surface), surface, label, label))
    return sorted(found, key=lambda m: m.start)


def by_name(actors):
    return {a.name: a for a in actors}


def test_surname_joins_full_name_and_first_names_do_not_merge():
    text = "Sergej Lavrov sprak met Sergej Narysjkin. Later zei Lavrov dat Narysjkin gelijk had."
    actors = by_name(group_actors(mentions(text, ("Sergej Lavrov", "PER"), ("Sergej Narysjkin", "PER"), ("Lavrov", "PER", 1), ("Narysjkin", "PER", 1))))
    assert set(actors) == {"Sergej Lavrov", "Sergej Narysjkin"}
    assert actors["Sergej Lavrov"].aliases == ["Sergej Lavrov", "Lavrov"]
    assert len(actors["Sergej Narysjkin"].mentions) == 2


def test_possessives_and_labels_are_made_consistent():
    text = "Volodymyr Zelensky sprak. Zelensky’s plan en Zelensky's team; Zelensky zweeg."
    found = mentions(text, ("Volodymyr Zelensky", "PER"), ("Zelensky’s", "MISC"), ("Zelensky's", "ORG"), ("Zelensky", "PER", 3))
    actors = group_actors(found)
    assert len(actors) == 1
    assert actors[0].name == "Volodymyr Zelensky" and actors[0].label == "PER"
    assert {m.label for m in found} == {"PER"}
    assert {m.actor for m in found} == {actors[0].id}


def test_surname_with_particle_joins_even_when_the_model_said_organisation():
    text = "Marieke de Wit leidt het bedrijf. De Wit verwacht resultaten."
    actors = group_actors(mentions(text, ("Marieke de Wit", "PER"), ("De Wit", "ORG")))
    assert len(actors) == 1 and actors[0].label == "PER" and len(actors[0].mentions) == 2


def test_acronyms_short_forms_and_known_pairs():
    text = "De VS en de Verenigde Staten; NBC News en NBC; de NAVO en de Noord-Atlantische Verdragsorganisatie; the CIA and the Central Intelligence Agency."
    actors = by_name(group_actors(mentions(
        text,
        ("VS", "ORG"), ("Verenigde Staten", "LOC"), ("NBC News", "ORG"), ("NBC", "ORG", 1),
        ("NAVO", "ORG"), ("Noord-Atlantische Verdragsorganisatie", "ORG"),
        ("CIA", "ORG"), ("Central Intelligence Agency", "ORG"),
    )))
    assert set(actors) == {"Verenigde Staten", "NBC News", "Noord-Atlantische Verdragsorganisatie", "Central Intelligence Agency"}
    assert actors["Verenigde Staten"].label == "LOC"
    assert set(actors["Verenigde Staten"].aliases) == {"VS", "Verenigde Staten"}


def test_different_names_sharing_a_first_word_stay_apart():
    text = "Het Witte Huis en de Witte Zee; New York en New Jersey."
    actors = group_actors(mentions(text, ("Witte Huis", "ORG"), ("Witte Zee", "LOC"), ("New York", "LOC"), ("New Jersey", "LOC")))
    assert len(actors) == 4


def test_ambiguous_surname_goes_to_the_nearest_person_before_it():
    text = "Joe Biden en Hunter Biden. Hunter Biden vertrok. Toen zei Biden niets."
    found = mentions(text, ("Joe Biden", "PER"), ("Hunter Biden", "PER"), ("Hunter Biden", "PER", 1), ("Biden", "PER", 3))
    actors = by_name(group_actors(found))
    assert len(actors["Hunter Biden"].mentions) == 3
    assert len(actors["Joe Biden"].mentions) == 1


def article(text, lang):
    return Article(path="mem.txt", text=text, blocks=[Block(0, len(text), "paragraph")], language=lang)


def test_component_adds_missed_surnames_and_roles_dutch(analyzer):
    text = (
        "De Russische minister van Buitenlandse Zaken Sergej Lavrov was in New York. "
        "Volgens de krant sprak Lavrov daar urenlang. Lavrov’s woordvoerder zweeg. "
        "Directeur William Burns van de CIA belde met Sergej Narysjkin, het hoofd van de Russische inlichtingendienst SVR."
    )
    analysis = analyzer.analyze(article(text, "nl"))
    actors = by_name(analysis.actors)
    lavrov = actors["Sergej Lavrov"]
    assert len(lavrov.mentions) == 3
    assert lavrov.role == "Russische minister van Buitenlandse Zaken"
    assert actors["William Burns"].role == "Directeur van de CIA"
    assert actors["Sergej Narysjkin"].role == "hoofd van de Russische inlichtingendienst SVR"
    for entity in analysis.entities:
        assert text[entity.start : entity.end] == entity.text
        assert entity.actor in {a.id for a in analysis.actors}


def test_component_english_roles_and_appositions(analyzer):
    text = (
        "Dutch infrastructure minister Karin Vos visited Rotterdam on Monday. "
        "Jan Bakker, chairman of the fishing association VisNed, said his members were worried. "
        "Vos said the trial would go on, and Bakker disagreed."
    )
    actors = by_name(analyzer.analyze(article(text, "en")).actors)
    assert actors["Karin Vos"].role == "Dutch infrastructure minister"
    assert actors["Jan Bakker"].role == "chairman of the fishing association VisNed"
    assert len(actors["Karin Vos"].mentions) == 2 and len(actors["Jan Bakker"].mentions) == 2


def test_actors_across_paragraphs_of_one_article(analyzer):
    text = "President Joe Biden spoke in Washington on Monday.\n\nLater that day Biden met reporters in the White House."
    doc = Article(
        path="mem.txt", text=text, language="en",
        blocks=[Block(0, text.index("\n"), "paragraph"), Block(text.index("Later"), len(text), "paragraph")],
    )
    analysis = analyzer.analyze(doc)
    biden = by_name(analysis.actors)["Joe Biden"]
    assert [text[s:e] for s, e in biden.mentions] == ["Joe Biden", "Biden"]


def test_punctuation_at_the_edge_of_an_entity_is_left_out():
    import spacy
    from spacy.tokens import Doc, Span

    from reader.core.attribution.mentions import model_mentions as _model_mentions

    doc = Doc(spacy.blank("en").vocab, words=["the", "BBC", ",", "said", "“", "Reuters", "”"])
    doc.ents = [Span(doc, 1, 3, label="ORG"), Span(doc, 4, 7, label="ORG")]
    assert [(m.text, m.label) for m in _model_mentions(doc)] == [("BBC", "ORG"), ("Reuters", "ORG")]


def test_brackets_inside_a_name_stay_and_brackets_around_it_go():
    import spacy
    from spacy.tokens import Doc, Span

    from reader.core.attribution.mentions import model_mentions as _model_mentions

    words = ["Mladost", "(", "L", ")", "beat", "(", "BBC", ")", "and", "Vitesse", "("]
    spaces = [True, False, False, True, True, False, False, True, True, True, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, 0, 4, label="ORG"), Span(doc, 5, 8, label="ORG"), Span(doc, 9, 11, label="ORG")]
    assert [m.text for m in _model_mentions(doc)] == ["Mladost (L)", "BBC", "Vitesse"]


def test_people_are_settled_per_article_other_labels_stay_the_models():
    text = "Ajax won in Amsterdam. Amsterdam sprak. De raad van Amsterdam. Bakker zei. Bakker lachte. Bakker Inc."
    found = mentions(
        text,
        ("Amsterdam", "LOC"), ("Amsterdam", "ORG", 1), ("Amsterdam", "LOC", 2),
        ("Bakker", "PER"), ("Bakker", "ORG", 1), ("Bakker", "PER", 2),
    )
    group_actors(found)
    # A person at least as often as anything else is a person everywhere...
    assert [m.label for m in found if m.text == "Bakker"] == ["PER", "PER", "PER"]
    # ...but a city that is also a team (or council) keeps each label.
    assert [m.label for m in found if m.text == "Amsterdam"] == ["LOC", "ORG", "LOC"]


def test_components_run_inside_the_pipeline_itself():
    """nlp(text) alone fills the Doc: the components work in any pipeline run."""
    from reader.core.nlp.pipeline import Pipelines

    pipelines = Pipelines()
    nlp = pipelines.get(pipelines.spec_for("en"))
    doc = nlp("Prime Minister Keir Starmer visited Kyiv. \"We stand with Ukraine,\" Starmer said.")
    actors = {a.name: a for a in doc._.reader_actors}
    assert len(actors["Keir Starmer"].mentions) == 2
    assert [q.speaker.text for q in doc._.reader_quotes] == ["Starmer"]
    assert {span.label_ for span in doc.spans["reader_mentions"]} >= {"PER", "LOC"}
    assert [span.label_ for span in doc.spans["reader_quotes"]] == ["direct"]
    assert all(span.kb_id_ for span in doc.spans["reader_mentions"])


@pytest.mark.parametrize(
    "text, lang, name, role",
    [
        # the clause before the role word is no part of the role
        ("Dat soort gedrag fascineert psycholoog Paul Smit al jaren.", "nl", "Paul Smit", "psycholoog"),
        ("Gisteren stapte burgemeester Femke de Wit op de fiets.", "nl", "Femke de Wit", "burgemeester"),
        # the role word nearest the name: the spokesperson is someone else
        ("Een woordvoerder van wethouder Jan de Boer wilde niets kwijt.", "nl", "Jan de Boer", "wethouder"),
        # adjectives before it stay
        ("Zij sprak met de voormalige Russische senator Igor Petrov over de oorlog.", "nl", "Igor Petrov", "voormalige Russische senator"),
        ("The king will meet Serbian President Slobodan Milosevic on Friday.", "en", "Slobodan Milosevic", "Serbian President"),
    ],
)
def test_a_role_is_the_role_word_with_its_adjectives_not_the_clause_before_it(analyzer, text, lang, name, role):
    actors = by_name(analyzer.analyze(article(text, lang)).actors)
    assert actors[name].role == role


def test_a_role_before_another_persons_name_is_not_given_to_the_name_after_it():
    import spacy
    from spacy.tokens import Span

    from reader.core.attribution.roles import Roles

    doc = spacy.blank("nl")("Dat zei directeur Robert Claasen van Chemelot gisteren.")
    doc.ents = [Span(doc, 3, 5, "PER"), Span(doc, 6, 7, "PER")]  # the model took the firm for a person
    assert Roles().find(doc, doc[3:5]) == "directeur"
    assert Roles().find(doc, doc[6:7]) is None


def test_ambiguous_surname_far_from_the_last_full_name_goes_to_the_one_named_most():
    filler = "Het bedrijf verkocht jarenlang potten, pannen en glazen in honderden winkels door het hele land. " * 4
    text = (
        "Nieuwe eigenaar is Michiel Witteveen. Witteveen kreeg de opdracht. Ook zijn vader Joop Witteveen bouwde "
        "een imperium op. " + filler + "Witteveen vertelde dat de transformatie verkeerd is uitgepakt."
    )
    found = mentions(
        text, ("Michiel Witteveen", "PER"), ("Witteveen", "PER", 1), ("Joop Witteveen", "PER"), ("Witteveen", "PER", 3)
    )
    actors = by_name(group_actors(found))
    assert len(actors["Michiel Witteveen"].mentions) == 3
    assert len(actors["Joop Witteveen"].mentions) == 1
