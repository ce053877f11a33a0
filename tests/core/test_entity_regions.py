"""Regions are places (issue 15): the subdivisions of countries and the
regions the news names, which the model calls a person, an organisation
or MISC, or misses; not a word, a first name or a person's surname that
is also a region's name. With the real bundled models, on sentences of
our own."""

import gzip
import json

import pytest

from reader.core.config.resources import resources_dir

from .test_entity_spans import analyse
from .test_entity_spans import labelled as _labelled


@pytest.fixture(scope="module")
def analyzers():
    from reader.core.training.quotes_eval import bundled_analyzer

    return {"nl": bundled_analyzer("nl"), "en": bundled_analyzer("en")}


def labelled(analyzers, text, lang="nl"):
    return _labelled(analyse(analyzers, text, lang))


@pytest.fixture(scope="module")
def regions_file():
    return json.loads(gzip.decompress((resources_dir() / "names" / "regions.json.gz").read_bytes()))


def test_the_list_names_its_source_and_both_languages(regions_file):
    assert "iso-codes" in regions_file["source"]["url"]
    assert {"Beieren", "Tsjetsjenië", "Californië", "Donbass"} <= set(regions_file["nl"])
    assert {"Bavaria", "Chechnya", "California", "West Bank"} <= set(regions_file["en"])
    # the language's own name only: "Bayern" in a Dutch text is the club
    assert "Bayern" not in regions_file["nl"] and "Bayern" not in regions_file["en"]


def test_regions_the_model_takes_for_people_or_misses(analyzers):
    found = labelled(analyzers, "Tsjetsjenië en Dagestan liggen in de Kaukasus.")
    assert ("Tsjetsjenië", "LOC") in found and ("Dagestan", "LOC") in found and ("Kaukasus", "LOC") in found
    found = labelled(analyzers, "De boeren in Brabant en Limburg protesteren.")
    assert ("Brabant", "LOC") in found
    found = labelled(analyzers, "Vlaanderen wil meer macht, Wallonië niet.")
    assert ("Wallonië", "LOC") in found


def test_a_region_opening_a_sentence(analyzers):
    # not "Don" and "bass", two common words; the capitalised article is no part of the name
    assert ("Donbass", "LOC") in labelled(analyzers, "Donbass blijft het zwaartepunt van de oorlog.")
    assert labelled(analyzers, "De Krim werd in 2014 ingelijfd.") == [("Krim", "LOC")]


def test_an_organisation_is_a_place_only_after_in(analyzers):
    found = labelled(analyzers, "Montferland stopt als derde gemeente in de Achterhoek met het fonds.")
    assert ("Achterhoek", "LOC") in found


def test_words_first_names_and_surnames_stay(analyzers):
    assert labelled(analyzers, "De Komen en gaan van toeristen.") == []
    found = labelled(analyzers, "Denzel Washington speelt mee. Washington is blij met de rol.")
    assert ("Washington", "LOC") not in found
    assert ("Victoria", "LOC") not in labelled(analyzers, "Victoria zegt dat het goed gaat.")


def test_english_regions(analyzers):
    assert ("West Bank", "LOC") in labelled(analyzers, "Settlers in the West Bank clashed with police.", "en")
    assert ("Chechnya", "LOC") in labelled(analyzers, "The governor met officials from Chechnya.", "en")


def test_countries_of_more_than_one_word(analyzers, regions_file):
    assert {"Sierra Leone", "Nieuw-Zeeland", "Saoedi-Arabië"} <= set(regions_file["nl"])
    assert "Europese Unie" not in regions_file["nl"] and "European Union" not in regions_file["en"]  # a body
    found = labelled(analyzers, "De troepen trokken zich terug uit Sierra Leone.")
    assert ("Sierra Leone", "LOC") in found
    # an atoll's name that is a person's too, with nothing to say it is the place: as the model said
    assert ("Diego Garcia", "PER") in labelled(analyzers, "Diego Garcia scoorde twee keer.")



def test_without_word_lists_only_the_hand_listed_single_words():
    # an official pipeline has no lists of common words and first names to tell "Komen" from a region
    import spacy

    from reader.core.attribution.regions import regions

    doc = spacy.blank("nl")("De Komen en gaan van toeristen in Tsjetsjenië.")
    assert [doc[s:e].text for s, e, label, _ in regions(doc, []) if label == "LOC"] == ["Tsjetsjenië"]


def test_a_name_ending_in_republic_or_kingdom_is_a_country(analyzers):
    # The model called the first an organisation; CoNLL marks countries as places.
    text = "Dat is minder dan in de parlementen van Kenia en de Centraal Afrikaanse Republiek."
    assert ("Centraal Afrikaanse Republiek", "LOC") in labelled(analyzers, text)
    text = "Hij sprak met het Verenigd Koninkrijk en de Dominicaanse Republiek."
    assert labelled(analyzers, text) == [("Verenigd Koninkrijk", "LOC"), ("Dominicaanse Republiek", "LOC")]


def test_a_country_that_is_also_a_first_name_is_a_place_in_a_list_of_places(analyzers):
    # "Iran" and "Mali" are in the list of first names too; the model called them people.
    assert labelled(analyzers, "De spanningen tussen Iran en Irak nemen toe.") == [("Iran", "LOC"), ("Irak", "LOC")]
    text = "Dat is minder dan in de parlementen van Mali en de Centraal Afrikaanse Republiek."
    assert labelled(analyzers, text) == [("Mali", "LOC"), ("Centraal Afrikaanse Republiek", "LOC")]
    # a person named in full stays a person
    assert ("Iran Jansen", "PER") in labelled(analyzers, "Iran Jansen en Parijs.")
