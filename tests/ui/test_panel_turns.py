"""Side panels get a new analysis a slice per turn of the event loop
(`reader.ui.panels.turns`), never an analysis a newer one replaced, and
all of them before the open counts as done."""

from reader.ui.panels.turns import PanelTurns
from reader.ui.turns import Turns


class Panel:
    def __init__(self, log, name):
        self.log, self.name = log, name

    def show_analysis(self, analysis):
        self.log.append((self.name, analysis))


def test_panels_fill_one_per_turn_and_skip_a_replaced_analysis(qtbot):
    log, shown = [], ["first"]
    turns = PanelTurns(lambda: shown[0], Turns())
    actors, quotes = Panel(log, "actors"), Panel(log, "quotes")
    turns.show("first", [actors, quotes])
    assert log == []  # not in the turn that brought the analysis
    qtbot.waitUntil(lambda: len(log) == 2)
    assert log == [("actors", "first"), ("quotes", "first")]

    log.clear()
    turns.show("second", [actors, quotes])
    shown[0] = "third"  # a newer analysis came in before the panels' turns
    qtbot.wait(50)
    assert log == []


def test_finish_fills_every_waiting_panel_at_once(qtbot):
    log = []
    turns = PanelTurns(lambda: "only", Turns())
    turns.show("only", [Panel(log, "actors"), Panel(log, "quotes")])
    turns.finish()
    assert log == [("actors", "only"), ("quotes", "only")]
    qtbot.wait(20)
    assert len(log) == 2  # nothing filled twice


def test_a_quote_row_shows_the_start_of_a_long_quote_on_one_line():
    from reader.ui.panels.quotes import one_line

    assert one_line("Kort\n  en   goed.") == "Kort en goed."
    long = "woord \n\n" * 10_000  # pages of one quote: only the start is looked at
    assert one_line(long) == ("woord " * 24)[:139] + "…"
    assert len(one_line(long, 600)) == 600 and one_line(long, 600).endswith("…")
    spaced = "a" + " " * 1000 + "b"  # cut before the end of the text: still marked as cut
    assert one_line(spaced, 10) == "a…"


def test_the_quotes_panel_fills_its_rows_a_slice_at_a_time_and_stops_when_filled_anew(
    qtbot, analyzer, seed_article_path, monkeypatch
):
    from reader.core.loading import load_article
    from reader.ui.panels import quotes as module

    analysis = analyzer.analyze(load_article(seed_article_path))
    assert len(analysis.quotes) >= 3
    monkeypatch.setattr(module, "ROWS_PER_SLICE", 1)
    panel = module.QuotesPanel()
    qtbot.addWidget(panel)
    slices = panel.fill_in_slices(analysis)
    next(slices)
    assert panel.tree.topLevelItemCount() == 1
    next(slices)
    assert panel.tree.topLevelItemCount() == 2
    panel.toggle_grouping()  # filled anew, grouped by speaker, at once
    assert next(slices, None) is None  # the slices stop: no row twice
    rows = sum(panel.tree.topLevelItem(i).childCount() for i in range(panel.tree.topLevelItemCount()))
    assert rows == len(analysis.quotes)

    panel.toggle_grouping()
    assert list(panel.fill_in_slices(analysis)) and panel.tree.topLevelItemCount() == len(analysis.quotes)
