"""The panels menu: moving the focus between the text and the panels,
filtering and sorting actors, grouping quotes, showing or hiding a panel.
`Panes` is the code these commands run."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from ..panels.actors import ActorsPanel
from ..panels.quotes import QuotesPanel
from .registry import Entry

MENU = "panels"


class Panes:
    def __init__(
        self,
        text: QWidget,
        actors: ActorsPanel,
        quotes: QuotesPanel,
        docks: dict[str, tuple[QDockWidget, QWidget]],
        say: Callable[[str], None],
    ):
        """`docks`: each panel's dock and the widget in it that takes the
        focus, in the order F6 visits them after the text."""
        self.text = text
        self.actors = actors
        self.quotes = quotes
        self.docks = docks
        self.say = say

    def visible(self) -> list[QWidget]:
        return [self.text] + [widget for dock, widget in self.docks.values() if dock.isVisible()]

    def cycle_focus(self, step: int) -> None:
        order = self.visible()
        focused = QApplication.focusWidget()
        current = next((i for i, pane in enumerate(order) if pane is focused or pane.isAncestorOf(focused)), -1)
        if focused is self.actors.filter:
            current = order.index(self.actors.tree) if self.actors.tree in order else -1
        target = order[(current + step) % len(order)]
        for dock, _widget in self.docks.values():
            if dock.isAncestorOf(target):
                dock.raise_()  # a tabbed panel comes to the front
        target.setFocus()
        self.say(target.accessibleName())

    def filter_actors(self) -> None:
        self.docks["actors"][0].show()
        self.actors.filter.setFocus()
        self.actors.filter.selectAll()

    def sort_actors(self) -> None:
        self.actors.toggle_sort()
        by_name = self.actors.tree.header().sortIndicatorSection() == 0
        self.say("Actors by name" if by_name else "Actors by mentions, most first")

    def group_quotes(self) -> None:
        self.quotes.toggle_grouping()

    def flip(self, name: str) -> None:
        dock = self.docks[name][0]
        dock.setVisible(not dock.isVisible())
        if dock.isVisible():
            dock.raise_()  # in front of the panel it shares a place with
            dock.widget().setFocus()


COMMANDS = (
    Entry("panels.focus_next", "Next pane", "Move the focus to the next pane (text, actors, quotes)",
          Panes.cycle_focus, (1,)),
    Entry("panels.focus_previous", "Previous pane", "Move the focus to the previous pane", Panes.cycle_focus, (-1,)),
    Entry("panels.filter_actors", "Filter actors", "Type to narrow the actors panel", Panes.filter_actors),
    Entry("panels.sort_actors", "Sort actors", "Sort actors by mentions or by name", Panes.sort_actors),
    Entry("panels.group_quotes", "Group quotes by speaker", "List quotes in text order or grouped by speaker",
          Panes.group_quotes),
    *(
        Entry(f"panels.{name}", f"Show or hide the {name} panel", f"Show or hide the {name} panel", Panes.flip, (name,))
        for name in ("actors", "quotes", "notes")
    ),
)
