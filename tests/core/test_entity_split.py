"""Names the model ran together are split again (issue 15): an adjective
of nationality before a firm's one-word name, a common word opening a
sentence before a person's name, a listed body and the place it belongs
to. Made-up sentences with the bundled Dutch model's tokenizer and word
lists; the model's bounds are given by hand."""

import pytest

from reader.core.attribution.spans import split_names


@pytest.fixture(scope="module")
def dutch():
    import spacy

    from reader.core.nlp.pipeline import bundled_models

    return spacy.load(bundled_models()["nl"])


def split(nlp, text, name, label):
    doc = nlp.make_doc(text)
    start = next(i for i, token in enumerate(doc) if text[token.idx :].startswith(name))
    end = start + len(nlp.make_doc(name))
    return [(doc[s:e].text, found) for s, e, found, _ in split_names(doc, [[start, end, label, label]])]


def test_an_adjective_of_nationality_before_a_firms_name_is_its_own_name(dutch):
    text = "Het Amerikaanse Xandrix bouwt een fabriek in Polen."
    assert split(dutch, text, "Amerikaanse Xandrix", "ORG") == [("Amerikaanse", "MISC"), ("Xandrix", "ORG")]
    # A name that goes on with a common word stays whole.
    text = "De Europese Unie wil nieuwe regels."
    assert split(dutch, text, "Europese Unie", "ORG") == [("Europese Unie", "ORG")]
    text = "De Vlaamse Gemeenschapscommissie vergadert vandaag."
    assert split(dutch, text, "Vlaamse Gemeenschapscommissie", "ORG") == [("Vlaamse Gemeenschapscommissie", "ORG")]


def test_a_common_word_opening_a_line_is_no_part_of_a_persons_name(dutch):
    text = "Column\nColumn Thomas Verbeek schrijft elke week."
    assert split(dutch, text, "Column Thomas Verbeek", "PER") == [("Thomas Verbeek", "PER")]


def test_a_body_and_the_place_it_belongs_to_are_two_names(dutch):
    text = "De Eerste Kamer van Marokko stemde in met de wet."
    assert split(dutch, text, "Eerste Kamer van Marokko", "MISC") == [("Eerste Kamer", "ORG"), ("Marokko", "LOC")]
    text = "De Raad van State gaf een negatief advies."
    assert split(dutch, text, "Raad van State", "ORG") == [("Raad van State", "ORG")]


def test_a_verb_and_its_object_are_no_part_of_a_name(dutch):
    text = "Rijkswaterstaat sloot de Maeslantkering gisteravond al."
    assert split(dutch, text, "Rijkswaterstaat sloot de Maeslantkering", "MISC") == [
        ("Rijkswaterstaat", "MISC"),
        ("Maeslantkering", "MISC"),
    ]
    # Words that belong inside names stay.
    text = "De Partij voor de Dieren won een zetel."
    assert split(dutch, text, "Partij voor de Dieren", "ORG") == [("Partij voor de Dieren", "ORG")]


def test_an_article_before_a_common_word_ends_the_name(dutch):
    text = "Toen premier Rutte de CO2-heffing aankondigde, was de zaal stil."
    assert split(dutch, text, "Rutte de CO2-heffing", "MISC") == [("Rutte", "PER")]
    text = "Volgens Jan de Vries en de Partij voor de Dieren is het te laat."
    assert split(dutch, text, "Jan de Vries", "PER") == [("Jan de Vries", "PER")]
    assert split(dutch, text, "Partij voor de Dieren", "ORG") == [("Partij voor de Dieren", "ORG")]


def test_a_body_and_a_persons_first_name_after_van_are_two_names(dutch):
    text = "Dat geldt ook voor het CDA van Marianne van der Sloot, die vertrouwen heeft."
    assert split(dutch, text, "CDA van Marianne", "ORG") == [("CDA", "ORG"), ("Marianne van der Sloot", "PER")]
    # a place after "van" is no person
    text = "De Universiteit van Amsterdam opent een nieuw gebouw."
    assert split(dutch, text, "Universiteit van Amsterdam", "ORG") == [("Universiteit van Amsterdam", "ORG")]


def test_a_school_named_after_a_person_is_an_organisation(dutch):
    from reader.core.attribution.organisations import organisation_rules

    doc = dutch.make_doc("De rel rond het Cornelius Haga Lyceum in Amsterdam gaat door.")
    bounds = organisation_rules(doc, [[4, 7, "PER", "PER"]])
    assert [(doc[s:e].text, label) for s, e, label, _ in bounds] == [("Cornelius Haga Lyceum", "ORG")]


def test_a_name_and_the_medium_it_spoke_on_are_two_names(dutch):
    text = "Dat meldde Youth for Climate op Instagram."
    assert split(dutch, text, "Youth for Climate op Instagram", "MISC") == [("Youth for Climate", "MISC"), ("Instagram", "ORG")]
    # a name with "op" inside it and no medium after stays whole
    assert split(dutch, "Dat zei Dokter op Zondag.", "Dokter op Zondag", "ORG") == [("Dokter op Zondag", "ORG")]


def test_a_subheading_word_and_a_title_before_a_surname_the_model_called_misc(dutch):
    """ "Wachtlijst Dokter Verhagen", one MISC name to the model: a section
    heading, a title and the surname of the Tim Verhagen named before."""
    from reader.core.attribution.titles import subheading_words

    text = "Tim Verhagen twittert. Het duurt lang. Wachtlijst Dokter Verhagen heeft geen idee."
    doc = dutch.make_doc(text)
    first = [0, 2, "PER", "PER"]
    run_on = next([i, i + 3, "MISC", "MISC"] for i, t in enumerate(doc) if t.text == "Wachtlijst")
    found = subheading_words(doc, [first, run_on])
    assert [(doc[s:e].text, label) for s, e, label, _ in found] == [("Tim Verhagen", "PER"), ("Verhagen", "PER")]


def test_a_body_of_a_person_in_english_is_split_at_of():
    import spacy

    from reader.core.nlp.pipeline import bundled_models

    english = spacy.load(bundled_models()["en"])
    text = "In Germany, the CDU of Friedrich Merz won the election."
    assert split(english, text, "CDU of Friedrich Merz", "ORG") == [("CDU", "ORG"), ("Friedrich Merz", "PER")]
    assert split(english, "The Bank of England raised rates.", "Bank of England", "ORG") == [("Bank of England", "ORG")]
