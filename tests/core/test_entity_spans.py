"""A name's span holds the name only (issue 15): no title or role in front
of a person's name, no preposition or article at the end, no full stop the
tokenizer left on the last word, and the particle of a surname that the
model left out taken in. Made-up sentences through the real bundled
models, through the analysis as `reader analyze` runs it."""

import pytest
from spacy.tokens import Span

from reader.core.article import Article
from reader.core.attribution.mentions import (
    is_role,
    model_mentions,
    place_by_form,
    without_full_stop,
)
from reader.core.loading.blocks import segment
from reader.core.nlp.pipeline import PipelineSpec, bundled_models, load_pipeline
from reader.core.training.quotes_eval import bundled_analyzer


@pytest.fixture(scope="module")
def analyzers():
    return {"nl": bundled_analyzer("nl"), "en": bundled_analyzer("en")}


def analyse(analyzers, text, lang):
    found = segment(text)
    article = Article(path="", text=text, blocks=found.blocks, title=found.title, language=lang)
    (analysis,) = analyzers[lang].analyze_batch([article])
    return analysis


def names(analysis):
    return [entity.text for entity in analysis.entities]


def labelled(analysis):
    return [(entity.text, entity.label) for entity in analysis.entities]


def test_a_preposition_or_article_at_the_end_is_left_out(analyzers):
    text = "Vroeger stuurde de Marine Inlichtingendienst de gegevens door naar Den Haag."
    assert names(analyse(analyzers, text, "nl")) == ["Marine Inlichtingendienst", "Den Haag"]
    text = "Wanneer het Uitvoerend Comité van het IOC een besluit neemt, is nog niet bekend."
    assert names(analyse(analyzers, text, "nl")) == ["Uitvoerend Comité", "IOC"]


def test_a_full_stop_left_on_the_last_word_is_left_out(analyzers):
    text = 'Dat meldt de krant The Daily Herald. "We gaan door," zei de burgemeester.'
    analysis = analyse(analyzers, text, "nl")
    assert names(analysis) == ["The Daily Herald"]
    assert [actor.name for actor in analysis.actors] == ["The Daily Herald"]


def test_initials_and_abbreviations_keep_their_full_stop():
    assert without_full_stop("Jansen.") == "Jansen"
    assert without_full_stop("The New Zealand Herald.") == "The New Zealand Herald"
    for name in ("Gökmen T.", "T.", "Acme Inc.", "Holding B.V.", "J.R.R.", "Martin Luther King Jr."):
        assert without_full_stop(name) == name


def test_a_title_in_front_of_a_name_is_left_out(analyzers):
    analysis = analyse(analyzers, "Mayor Sadiq Khan opened the bridge.", "en")
    assert names(analysis) == ["Sadiq Khan"]
    assert analysis.actors[0].name == "Sadiq Khan"
    # A title the model took for a name of its own, in front of a name, is none.
    analysis = analyse(analyzers, "Spokeswoman Karin Jean-Pierre declined to comment.", "en")
    assert names(analysis) == ["Karin Jean-Pierre"]


def test_what_counts_as_a_title():
    for word in ("Trainer", "Hoogleraar", "minister", "President", "Politierechter", "Mayor", "Kamerlid"):
        assert is_role(word), word
    for word in ("Utrechter", "Jansen", "Rechtermans", "Amsterdam"):
        assert not is_role(word), word


def test_the_particle_of_a_surname_belongs_to_the_name(analyzers):
    text = "Hoogleraar Piet de Vries van de Universiteit Utrecht zei dat hij verrast was. De Vries werkt daar al twintig jaar."
    analysis = analyse(analyzers, text, "nl")
    assert names(analysis) == ["Piet de Vries", "Universiteit Utrecht", "De Vries"]
    assert analysis.entities[0].actor == analysis.entities[2].actor


def test_a_known_name_the_model_cut_short_is_the_whole_name(analyzers):
    # The model finds "Bree" (as an organisation) in "Van Bree"; the article
    # names Rob van Bree, so it is his surname, and him.
    text = "Van Bree zei dat de politie snel was. Rob van Bree is politiechef in Utrecht."
    analysis = analyse(analyzers, text, "nl")
    people = [(e.text, e.label) for e in analysis.entities if e.label == "PER"]
    assert people == [("Van Bree", "PER"), ("Rob van Bree", "PER")]
    assert analysis.entities[0].actor == analysis.entities[1].actor


def test_a_street_or_neighbourhood_is_a_place_not_a_person(analyzers):
    analysis = analyse(analyzers, "Agenten zagen op de Marco Pololaan een gewonde vrouw in een auto.", "nl")
    assert [(e.text, e.label) for e in analysis.entities] == [("Marco Pololaan", "LOC")]
    analysis = analyse(analyzers, "De overval vond plaats op de Albert Cuypmarkt.", "nl")
    assert [(e.text, e.label) for e in analysis.entities] == [("Albert Cuypmarkt", "LOC")]
    # Surnames that end like a place, or are one, stay people's.
    assert place_by_form("Renske Groenendijk", "PER") == "PER"
    assert place_by_form("Wim van der Laan", "PER") == "PER"
    assert place_by_form("Apollobuurt", "ORG") == "LOC"
    assert place_by_form("Baker Street", "PER") == "LOC"
    assert place_by_form("Wall Street", "ORG") == "ORG"


def test_words_in_front_of_a_surname_with_a_capital_particle_are_no_first_names(analyzers):
    nlp = load_pipeline(PipelineSpec(str(bundled_models()["nl"]), "bundled", "nl"))
    doc = nlp.make_doc("Utrechter Van Schie las het verhaal, net als Karel De Gucht en H. Van der Plancken.")
    doc.ents = [
        Span(doc, 0, 3, label="PER"),  # what the model made of it in a real article
        Span(doc, 9, 12, label="PER"),
        Span(doc, 13, 17, label="PER"),
    ]
    assert [m.text for m in model_mentions(doc)] == ["Van Schie", "Karel De Gucht", "H. Van der Plancken"]


def test_a_first_name_the_model_took_alone_opens_the_name_after_it(analyzers):
    text = "Fred van Engelen, vader van een van de meisjes, is overdonderd door alle reacties."
    analysis = analyse(analyzers, text, "nl")
    assert [(e.text, e.label) for e in analysis.entities] == [("Fred van Engelen", "PER")]
    # A nationality the word list also knows as a first name is not joined to the name.
    analysis = analyse(analyzers, "Maar in 1983 deed de Brit John Watson het nog beter.", "nl")
    assert "John Watson" in names(analysis)


def test_a_square_named_after_a_date_keeps_its_day(analyzers):
    text = "De aanslag op het 24 Oktoberplein in Utrecht kostte drie mensen het leven."
    analysis = analyse(analyzers, text, "nl")
    assert [(e.text, e.label) for e in analysis.entities] == [("24 Oktoberplein", "LOC"), ("Utrecht", "LOC")]


def test_a_compound_title_with_its_article_is_no_name(analyzers):
    text = "Jevgeni Prigozjin kwam in opstand. De Wagnerbaas wordt niet vervolgd. Volgens De Koning is dat vreemd."
    analysis = analyse(analyzers, text, "nl")
    assert names(analysis) == ["Jevgeni Prigozjin", "De Koning"]  # De Koning is a surname


def test_a_role_and_a_first_name_the_model_called_a_place_make_a_person(analyzers):
    # the model reads "Nobelprijswinnaar Gerard 't Hooft" as one place
    text = "Mars One heeft pleitbezorgers, onder wie de Nederlandse natuurkundige en Nobelprijswinnaar Gerard 't Hooft en de auteur Mary Roach."
    assert ("Gerard 't Hooft", "PER") in labelled(analyse(analyzers, text, "nl"))


def test_a_name_after_an_age_is_a_person(analyzers):
    # the model calls "Tiger Woods" an organisation; the age says a person, and his surname is found again
    text = "Nolan Henke fired a 62 as 20-year-old Tiger Woods shot 67 in his debut.\n\nWoods almost eagled the 18th hole."
    assert labelled(analyse(analyzers, text, "en")) == [("Nolan Henke", "PER"), ("Tiger Woods", "PER"), ("Woods", "PER")]
    # one word after an age is a description ("the 21-year-old German"), no one's name
    text = "The 21-year-old German won in three sets."
    assert [label for _, label in labelled(analyse(analyzers, text, "en"))] != ["PER"]
