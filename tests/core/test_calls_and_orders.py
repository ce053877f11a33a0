"""Calls, warnings and orders with their "om … te" (Dutch) or "that"
content: more verbs that take it ("waarschuwt X om", "maant", "spoort …
aan"), a statement noun carried by a light verb ("deed de oproep om …",
"gaf X de opdracht … te stemmen", "issued a warning that"), and a call
negated before its particle; with the real bundled models."""

from .test_reported_dutch import reported


def test_warning_and_urging_with_om(analyzer):
    found = reported(analyzer, "De politie waarschuwt automobilisten om voorzichtig te rijden.")
    assert found == [("om voorzichtig te rijden", "waarschuwt", "De politie")]
    found = reported(analyzer, "De trainer maant zijn spelers om rustig te blijven.")
    assert found == [("om rustig te blijven", "maant", "De trainer")]
    found = reported(analyzer, "Het kabinet spoort de gemeenten aan meer woningen te bouwen.")
    assert found == [("meer woningen te bouwen", "spoort", "Het kabinet")]


def test_months_are_no_urging(analyzer):
    text = "De gemeente liet de bezwaren vijf maanden liggen en de bewoners begonnen te klagen."
    assert reported(analyzer, text) == []


def test_a_call_negated_before_its_particle(analyzer):
    assert reported(analyzer, "De gemeente spoort haar inwoners niet per se aan om overtreders aan te spreken.") == []
    assert reported(analyzer, "De bond roept de leden niet op om te staken.") == []
    # "sluit niet uit" states with its negation
    found = reported(analyzer, "De voorzitter sluit niet uit een nieuwe coalitie te gaan vormen.")
    assert [cue for _, cue, _ in found] == ["sluit"]


def test_a_statement_noun_carried_by_a_light_verb(analyzer):
    found = reported(analyzer, "De minister deed de oproep om thuis te blijven.")
    assert found == [("om thuis te blijven", "oproep", "De minister")]
    found = reported(analyzer, "De premier gaf haar partijgenoten maandag de opdracht tegen het amendement te stemmen.")
    assert found == [("tegen het amendement te stemmen", "opdracht", "De premier")]


def test_commissioned_is_no_order(analyzer):
    assert reported(analyzer, "Dat blijkt uit onderzoek in opdracht van dagblad AD dat gisteren verscheen.") == []


def test_an_english_light_verb(analyzer):
    found = reported(analyzer, "The ministry issued a warning that the river could flood.", "en")
    assert found == [("the river could flood", "warning", "The ministry")]


def test_heeding_a_call_is_not_making_it(analyzer):
    text = "Het kabinet gaf gehoor aan de oproep om de grenzen te sluiten."
    assert reported(analyzer, text) == []  # the call is someone else's, not the cabinet's
