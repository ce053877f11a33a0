"""The agent of a Dutch passive report speaks ("Er werd door de politie
bevestigd dat …"); a cause after "door", a negated report and one without
its "dat" do not. With the real bundled model, on sentences of our own."""

from .test_reported_dutch import reported


def test_the_agent_of_a_passive_report_is_the_speaker(analyzer):
    found = reported(analyzer, "Er werd door de politie bevestigd dat de man is aangehouden.")
    assert found == [("de man is aangehouden", "bevestigd", "de politie")]
    found = reported(analyzer, "Door de burgemeester werd gezegd dat de weg dicht blijft.")
    assert found == [("de weg dicht blijft", "gezegd", "de burgemeester")]
    found = reported(analyzer, "De bewoners werden door de gemeente gewaarschuwd dat het water vies is.")
    assert found == [("het water vies is", "gewaarschuwd", "de gemeente")]


def test_no_agent_no_report(analyzer):
    assert reported(analyzer, "Door de drukte werd gemeld dat de weg dicht blijft.") == []
    assert reported(analyzer, "Er werd door de politie niet bevestigd dat de man is aangehouden.") == []
    assert reported(analyzer, "Het nieuws werd door een woordvoerder van de club bevestigd.") == []
