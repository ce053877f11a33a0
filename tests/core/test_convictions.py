"""Dutch convictions said with a noun or an adjective and their "dat"
("heeft er geen vertrouwen in dat", "is er zeker van dat") and an opinion
whose judging word the tagger takes for a noun ("vindt het plan
laakbaar"), with the real bundled model, on sentences of our own."""

from .test_reported_dutch import reported


def test_trust_that_is_a_conviction(analyzer):
    found = reported(analyzer, "De bond heeft er geen vertrouwen in dat het kabinet de lonen verhoogt.")
    assert found == [("het kabinet de lonen verhoogt", "vertrouwen", "De bond")]
    found = reported(analyzer, "De trainer heeft het volste vertrouwen dat de ploeg in de eredivisie blijft.")
    assert found == [("de ploeg in de eredivisie blijft", "vertrouwen", "De trainer")]


def test_the_convinced_after_the_verb(analyzer):
    # inverted: the phrase between "heeft" and "er", not "… van de kiezers er geen"
    text = "Ook heeft 53 procent van de kiezers er geen vertrouwen in dat de belasting voor burgers wordt verlaagd."
    assert [speaker for _, _, speaker in reported(analyzer, text)] == ["53 procent van de kiezers"]


def test_being_sure_that_is_a_conviction(analyzer):
    found = reported(analyzer, "De burgemeester is er zeker van dat de brug op tijd klaar is.")
    assert found == [("de brug op tijd klaar is", "zeker", "De burgemeester")]


def test_trust_and_certainty_without_a_statement(analyzer):
    assert reported(analyzer, "Het vertrouwen in de politiek is het afgelopen jaar gedaald.") == []
    assert reported(analyzer, "De spelers hebben er vertrouwen in.") == []
    assert reported(analyzer, "De burgemeester is zeker van zijn zaak.") == []
    assert reported(analyzer, "Dat is zeker van belang voor de buurt.") == []


def test_a_judging_word_the_tagger_takes_for_a_noun(analyzer):
    found = reported(analyzer, "Derksen vindt zo'n meldpunt laakbaar en onaanvaardbaar.")
    assert found == [("zo'n meldpunt laakbaar en onaanvaardbaar", "vindt", "Derksen")]
    found = reported(analyzer, "De directeur vindt de nieuwe regels onwerkbaar.")
    assert found == [("de nieuwe regels onwerkbaar", "vindt", "De directeur")]


def test_finding_a_thing_is_no_opinion(analyzer):
    assert reported(analyzer, "De politie vond het lichaam in een sloot bij Zwolle.") == []
    assert reported(analyzer, "Jansen vond het document uiteindelijk terug.") == []
