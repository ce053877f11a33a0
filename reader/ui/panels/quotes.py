"""The quotes panel: every quote with its speaker and cue, in text order or
grouped by speaker; choosing one jumps to it. A quote the reader's own
correction made, moved or attributed has its speaker underlined and says
"your rule" in its tooltips."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.analysis import Analysis, Quote
from ..view.describe import YOUR_RULE
from .focus_ring import FocusRing

QUOTE_ROLE = Qt.UserRole + 1  # index into Analysis.quotes
UNKNOWN = "Speaker unknown"
#: Rows made per turn of the event loop: about 10 ms.
ROWS_PER_SLICE = 300


def one_line(text: str, limit: int = 140) -> str:
    # Only what can be shown is joined: a quote may run over pages, and a
    # long article has thousands of rows.
    cut = len(text) > 4 * limit
    line = " ".join(text[: 4 * limit].split())
    return line if len(line) <= limit and not cut else line[: limit - 1] + "…"


class QuotesPanel(QWidget):
    quote_chosen = Signal(int)  # index into Analysis.quotes

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Quotes panel")
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName("Quotes")
        self.tree.setHeaderLabels(["Quote", "Speaker", "Cue"])
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.tree.setColumnWidth(1, 130)
        self.tree.setColumnWidth(2, 80)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)
        self.setFocusProxy(self.tree)  # showing the panel focuses the list
        self.tree.itemActivated.connect(self._activated)
        self.ring = FocusRing(self.tree, self._first_quote_index)
        self.analysis: Analysis | None = None
        self._names: dict[str, str] = {}  # actor id -> name
        self.grouped = False
        self._filling: object | None = None  # the fill in slices under way

    def show_analysis(self, analysis: Analysis | None) -> None:
        for _ in self.fill_in_slices(analysis):
            pass

    def fill_in_slices(self, analysis: Analysis | None) -> Iterator[None]:
        """`show_analysis` a slice of rows per step (the window's turns): a
        long article's thousands of rows took 0.05–0.1 s in one."""
        self.analysis = analysis
        self._names = {actor.id: actor.name for actor in analysis.actors} if analysis else {}
        if self.grouped or analysis is None:
            self._fill()
            return
        self.tree.clear()
        self.tree.setRootIsDecorated(False)
        self._filling = filling = object()
        quotes = analysis.quotes
        for at in range(0, len(quotes), ROWS_PER_SLICE):
            if self._filling is not filling:
                return  # filled anew since (grouped, another analysis)
            rows = quotes[at : at + ROWS_PER_SLICE]
            self.tree.addTopLevelItems([self._row(index, quote) for index, quote in enumerate(rows, at)])
            yield

    def speaker_name(self, quote: Quote) -> str:
        if quote.speaker is None:
            return UNKNOWN
        return self._names.get(quote.speaker.actor or "", quote.speaker.text)

    def _row(self, index: int, quote: Quote) -> QTreeWidgetItem:
        tip = one_line(quote.text, 600)
        item = QTreeWidgetItem([one_line(tip), self.speaker_name(quote), quote.cue or ""])
        item.setData(0, QUOTE_ROLE, index)
        item.setToolTip(0, tip)
        if quote.kind != "direct":
            item.setToolTip(2, "reported speech")
        if quote.rule:  # the reader's own correction, not the model's
            font = item.font(1)
            font.setUnderline(True)
            item.setFont(1, font)
            item.setToolTip(0, f"{item.toolTip(0)} · {YOUR_RULE}")
            item.setToolTip(1, f"{self.speaker_name(quote)} · {YOUR_RULE}")
        return item

    def _fill(self) -> None:
        self._filling = None  # a fill in slices stops
        self.tree.clear()
        if self.analysis is None:
            return
        quotes = list(enumerate(self.analysis.quotes))
        if not self.grouped:
            self.tree.setRootIsDecorated(False)
            self.tree.addTopLevelItems([self._row(index, quote) for index, quote in quotes])
            return
        self.tree.setRootIsDecorated(True)
        groups: dict[str, list[tuple[int, Quote]]] = {}
        for index, quote in quotes:
            groups.setdefault(self.speaker_name(quote), []).append((index, quote))
        # Most quoted first; the unknown speaker last.
        order = sorted(groups, key=lambda name: (name == UNKNOWN, -len(groups[name]), name))
        for name in order:
            group = QTreeWidgetItem([f"{name} ({len(groups[name])})", "", ""])
            group.addChildren([self._row(index, quote) for index, quote in groups[name]])
            self.tree.addTopLevelItem(group)
        self.tree.expandAll()

    def toggle_grouping(self) -> None:
        current = self.current_quote()
        self.grouped = not self.grouped
        self._fill()
        if current is not None:
            self.select_quote(current)  # the chosen quote stays chosen

    def _items(self):
        """Every quote's row, in the order shown."""
        for top in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(top)
            if item.data(0, QUOTE_ROLE) is not None:
                yield item
            for child in range(item.childCount()):
                yield item.child(child)

    def _first_quote_index(self) -> QModelIndex | None:
        item = next(self._items(), None)
        return self.tree.indexFromItem(item) if item is not None else None

    def select_quote(self, index: int | None) -> None:
        """Make the row of quote `index` current and selected and scroll to
        it, without taking the focus; None chooses no row."""
        item = next((item for item in self._items() if item.data(0, QUOTE_ROLE) == index), None)
        if item is None or index is None:
            self.tree.clearSelection()
            self.tree.setCurrentItem(None)
            return
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)

    def current_quote(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, QUOTE_ROLE) if item is not None else None

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        index = item.data(0, QUOTE_ROLE)
        if index is not None:
            self.quote_chosen.emit(index)
