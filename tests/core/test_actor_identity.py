"""One actor per person (issue 15): a possessive or genitive form is the
person (``Ruttes``, ``Bidens``), a first name alone is the one person named
in full with it, a title stays out of the name, one label per actor, and
two different people are never merged. Made-up sentences through the real
bundled Dutch model, as `reader analyze` runs it, and the label rules on
mentions made by hand."""

import pytest

from reader.core.analysis import Entity
from reader.core.article import Article
from reader.core.attribution.actors import group_actors
from reader.core.loading.blocks import segment
from reader.core.training.quotes_eval import bundled_analyzer


@pytest.fixture(scope="module")
def analyzer():
    return bundled_analyzer("nl")


def analyse(analyzer, text):
    found = segment(text)
    article = Article(path="", text=text, blocks=found.blocks, title=found.title, language="nl")
    (analysis,) = analyzer.analyze_batch([article])
    return analysis


def actors_of(analysis):
    """Each actor's name with the text of its mentions."""
    text = analysis.article.text
    return {actor.name: [text[s:e] for s, e in actor.mentions] for actor in analysis.actors}


def labelled_actors(analysis):
    """Each actor's name and label with the text of its mentions."""
    text = analysis.article.text
    return {(actor.name, actor.label): [text[s:e] for s, e in actor.mentions] for actor in analysis.actors}


def test_a_dutch_genitive_is_the_person(analyzer):
    text = "Premier Mark Rutte sprak dinsdag in Den Haag. Ruttes plan werd goed ontvangen. Volgens Rutte is er geen alternatief."
    assert actors_of(analyse(analyzer, text))["Mark Rutte"] == ["Mark Rutte", "Ruttes", "Rutte"]
    # Also when the model calls him something else, and with the genitive first.
    text = "Bidens plan is klaar. Volgens Biden helpt het plan. Biden zei dat het werkt."
    analysis = analyse(analyzer, text)
    assert actors_of(analysis) == {"Biden": ["Bidens", "Biden", "Biden"]}
    assert analysis.actors[0].label == "PER"
    text = "Rutte sprak dinsdag. Volgens Rutte is er geen alternatief. Ruttes plan werd goed ontvangen."
    assert actors_of(analyse(analyzer, text)) == {"Rutte": ["Rutte", "Ruttes"]}


def test_a_first_name_alone_is_the_one_person_named_in_full_with_it(analyzer):
    text = "André Garenfeld werkte dertig jaar bij Philips. Nu heeft André een patent gekregen op zijn uitvinding."
    assert actors_of(analyse(analyzer, text))["André Garenfeld"] == ["André Garenfeld", "André"]
    text = "Renske Groenendijk vond het beeld in de bosjes. Renske was trots op haar vondst."
    assert actors_of(analyse(analyzer, text)) == {"Renske Groenendijk": ["Renske Groenendijk", "Renske"]}


def test_two_people_with_one_first_name_are_not_merged(analyzer):
    text = "Jan de Vries en Jan Smit kwamen samen aan. Jan zei dat het goed ging."
    assert actors_of(analyse(analyzer, text)) == {"Jan de Vries": ["Jan de Vries"], "Jan Smit": ["Jan Smit"], "Jan": ["Jan"]}


def test_a_title_with_its_article_stays_out_of_the_name(analyzer):
    text = "Prigozjin leidde de opstand. De Wagnerbaas Prigozjin trok naar Moskou."
    assert actors_of(analyse(analyzer, text))["Prigozjin"] == ["Prigozjin", "Prigozjin"]


def made(text, *names):
    """Mentions of `names` ((surface, label), each at its next occurrence)."""
    mentions, position = [], 0
    for name, label in names:
        start = text.index(name, position)
        mentions.append(Entity(start, start + len(name), name, label, label))
        position = start + len(name)
    return mentions


def test_one_label_per_actor_decided_by_its_mentions():
    # A name the model calls a person less often than a place is a place,
    # at every mention, and one actor.
    text = "In Bakker wonen velen. Bakker ligt aan zee. Bakker zei niets."
    actors = group_actors(made(text, ("Bakker", "LOC"), ("Bakker", "LOC"), ("Bakker", "PER")))
    assert [(a.name, a.label, len(a.mentions)) for a in actors] == [("Bakker", "LOC", 3)]
    # On a tie a one-word name is not a person without more evidence ...
    text = "De strijd in Donbass gaat door. Donbass zei niets."
    actors = group_actors(made(text, ("Donbass", "LOC"), ("Donbass", "PER")))
    assert [(a.name, a.label) for a in actors] == [("Donbass", "LOC")]
    # ... a full name is.
    text = "Ellen Jansen kwam. Ellen Jansen ging."
    actors = group_actors(made(text, ("Ellen Jansen", "LOC"), ("Ellen Jansen", "PER")))
    assert [(a.name, a.label) for a in actors] == [("Ellen Jansen", "PER")]
    # Organisation and place mentions of one name are one actor, labelled by the majority.
    text = "Bij Spui waren agenten. Op het Spui werd gestolen. Het Spui is druk."
    actors = group_actors(made(text, ("Spui", "ORG"), ("Spui", "LOC"), ("Spui", "LOC")))
    assert [(a.name, a.label, len(a.mentions)) for a in actors] == [("Spui", "LOC", 3)]


def test_a_name_a_title_made_a_person_is_a_person_at_every_mention():
    # "premier Rutte": a rule made the model's MISC a person; two more bare MISC mentions do not outvote it
    text = "Hij sprak met premier Rutte. Volgens Rutte kan het. Rutte zei niets."
    mentions = made(text, ("Rutte", "PER"), ("Rutte", "MISC"), ("Rutte", "MISC"))
    mentions[0].model_label = "MISC"
    actors = group_actors(mentions)
    assert [(a.name, a.label, len(a.mentions)) for a in actors] == [("Rutte", "PER", 3)]
    # the model's own person label is one vote like any other
    mentions = made(text, ("Rutte", "PER"), ("Rutte", "MISC"), ("Rutte", "MISC"))
    assert [(a.name, a.label) for a in group_actors(mentions)] == [("Rutte", "MISC")]


def test_a_name_broken_at_the_end_of_a_line_is_the_same_person(analyzer):
    text = "Cartoonist Ruben Oppen-heimer tekende het. Later zei Ruben Oppenheimer dat hij boos was. Oppenheimer deed aangifte."
    actors = labelled_actors(analyse(analyzer, text))
    assert actors[("Ruben Oppenheimer", "PER")] == ["Ruben Oppen-heimer", "Ruben Oppenheimer", "Oppenheimer"]
    # A hyphen between capitals is the name's own: two people.
    text = "Jean-Pierre Dumont kwam. Pierre Dumont bleef thuis. Jean-Pierre Dumont zei niets."
    assert len([a for a in analyse(analyzer, text).actors if a.label == "PER"]) == 2
