"""The actors panel: every actor grouped by label with mention and quote
counts, filtered by typing, sortable; an actor expands to its appearances,
each with a line of context. A group heading shows its label's colour in
the text (a legend) and, while filtering, how many of its actors are shown.

Appearances are built when an actor is first expanded, so a long article
with thousands of mentions fills the panel at once. An appearance spans the
whole row and starts a few words before the name, so the name stays in view
however narrow the panel; the rest of the line is elided on the right.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QIcon,
    QKeyEvent,
    QPainter,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QProxyStyle,
    QStyle,
    QStyleOptionHeader,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core.analysis import Actor, Analysis
from ...core.labels import LABEL_TITLES, READER_LABELS
from ..view.describe import YOUR_RULE
from ..view.theme import LIGHT, Theme
from .focus_ring import FocusRing

LABEL_ORDER = list(READER_LABELS)

KIND_ROLE = Qt.UserRole + 1  # "group", "actor", "appearance" or "pending"
VALUE_ROLE = Qt.UserRole + 2  # label, actor id, or (start, end)
SEARCH_ROLE = Qt.UserRole + 3  # what typing in the filter matches
BEFORE_CHARS = 24  # context before a name: a few words, so the name shows
LEAD_CHARS = 36  # that context and the name together: a long name gets less
AFTER_CHARS = 64  # after it: what the row has room for (the rest is elided)
TIP_CHARS = 160  # either side, in the tooltip
SWATCH_SIZE = 12


def snippet(text: str, start: int, end: int, before: int = BEFORE_CHARS, after: int = AFTER_CHARS) -> str:
    """One line of context around text[start:end]: at most `before`
    characters before it, starting at a word, and `after` after it."""
    head = max(0, start - before)
    lead = text[head:start]
    if head > 0 and not text[head - 1].isspace():  # cut inside a word: start at the next one
        lead = lead[next((i for i, char in enumerate(lead) if char.isspace()), len(lead)) :]
    line = f"{'…' if head > 0 else ''}{lead.lstrip()}«{text[start:end]}»{text[end : end + after]}"
    return " ".join((line + ("…" if end + after < len(text) else "")).split())


def swatch(colour: str) -> QIcon:
    """A small square of `colour` (the label's fill in the text), outlined
    so a pale fill still shows on a pale panel."""
    pixmap = QPixmap(SWATCH_SIZE, SWATCH_SIZE)
    pixmap.fill(QColor(colour).darker(160))
    painter = QPainter(pixmap)
    painter.fillRect(1, 1, SWATCH_SIZE - 2, SWATCH_SIZE - 2, QColor(colour))
    painter.end()
    return QIcon(pixmap)


class _SortArrows(QProxyStyle):
    """Fusion draws Qt's convention, an arrow down for ascending (A to Z,
    fewest first) and up for descending; a reader takes the arrow's wide end
    for the large end, so "most mentioned first" must point down. Only the
    drawing is turned: the header's sortIndicatorOrder stays the true order."""

    FLIPPED = {
        QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
        QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
    }

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element == QStyle.PE_IndicatorHeaderArrow and isinstance(option, QStyleOptionHeader):
            option = QStyleOptionHeader(option)
            option.sortIndicator = self.FLIPPED.get(option.sortIndicator, option.sortIndicator)
        super().drawPrimitive(element, option, painter, widget)


class _Sorter(QSortFilterProxyModel):
    """Sorts actors by the chosen column; groups keep label order."""

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        first, second = left.siblingAtColumn(0), right.siblingAtColumn(0)
        kind = first.data(KIND_ROLE)
        if kind == "group":
            a, b = LABEL_ORDER.index(first.data(VALUE_ROLE)), LABEL_ORDER.index(second.data(VALUE_ROLE))
        elif kind == "appearance":
            a, b = first.data(VALUE_ROLE)[0], second.data(VALUE_ROLE)[0]
        else:
            return super().lessThan(left, right)
        return a < b if self.sortOrder() == Qt.AscendingOrder else a > b


class ActorsPanel(QWidget):
    actor_selected = Signal(object)  # actor id, or None
    appearance_chosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Actors panel")
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter actors")
        self.filter.setAccessibleName("Filter actors")
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(["Actor", "Mentions", "Quotes"])
        self.proxy = _Sorter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)  # a matching actor keeps its appearances
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.proxy.setSortRole(Qt.DisplayRole)
        self.tree = QTreeView(self)
        self._build_tree()
        self.setFocusProxy(self.tree)  # showing the panel (Ctrl+Shift+A) focuses the list
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self._enter_tree)
        self.filter.installEventFilter(self)  # Down and Page Down go to the list
        self.tree.expanded.connect(self._fill_appearances)
        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.proxy.rowsInserted.connect(self._span_appearances)
        self.ring = FocusRing(self.tree, self.first_actor_index)
        self.analysis: Analysis | None = None
        self.theme: Theme = LIGHT
        self._by_id: dict[str, Actor] = {}

    def _build_tree(self) -> None:
        tree = self.tree
        tree.setAccessibleName("Actors")
        tree.setModel(self.proxy)
        tree.setSortingEnabled(True)
        tree.sortByColumn(1, Qt.DescendingOrder)
        tree.setUniformRowHeights(True)
        tree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        tree.setAllColumnsShowFocus(True)
        tree.setTextElideMode(Qt.ElideRight)  # an appearance's end gives way, never its start
        header = tree.header()
        self._arrows = _SortArrows("Fusion")  # the header does not own its style: the panel does
        self._arrows.setParent(self)
        header.setStyle(self._arrows)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)

    def show_analysis(self, analysis: Analysis | None) -> None:
        self.analysis = analysis
        self._by_id = {actor.id: actor for actor in analysis.actors} if analysis else {}
        self.model.removeRows(0, self.model.rowCount())
        if analysis is None:
            return
        self.tree.setSortingEnabled(False)
        for label in LABEL_ORDER:
            members = [actor for actor in analysis.actors if actor.label == label]
            if not members:
                continue
            group = QStandardItem()
            group.setData("group", KIND_ROLE)
            group.setData(label, VALUE_ROLE)
            group.setData(swatch(self.theme.labels[label]), Qt.DecorationRole)
            counts = [QStandardItem(), QStandardItem()]
            for actor in members:
                group.appendRow(self._actor_row(actor))
            self.model.appendRow([group, *counts])
        self.tree.setSortingEnabled(True)
        self._count_groups()
        self.tree.expandToDepth(0)

    def set_theme(self, theme: Theme) -> None:
        """The group headings' swatches in `theme`'s label colours."""
        self.theme = theme
        for row in range(self.model.rowCount()):
            group = self.model.item(row)
            group.setData(swatch(theme.labels[group.data(VALUE_ROLE)]), Qt.DecorationRole)

    def _count_groups(self) -> None:
        """Each heading with its count of actors, and while filtering how
        many of them are shown: "People (11)", "People (1 of 11)"."""
        filtering = bool(self.proxy.filterRegularExpression().pattern())
        for row in range(self.model.rowCount()):
            group = self.model.item(row)
            total = group.rowCount()
            title = LABEL_TITLES[group.data(VALUE_ROLE)]
            if filtering:
                shown_group = self.proxy.mapFromSource(group.index())  # invalid when none is shown
                shown = self.proxy.rowCount(shown_group) if shown_group.isValid() else 0
                group.setText(f"{title} ({shown} of {total})")
            else:
                group.setText(f"{title} ({total})")

    def _actor_row(self, actor: Actor) -> list[QStandardItem]:
        name = QStandardItem(actor.name)
        name.setData("actor", KIND_ROLE)
        name.setData(actor.id, VALUE_ROLE)
        name.setData(" ".join([actor.name, *actor.aliases, actor.role or ""]), SEARCH_ROLE)
        tip = [actor.name]
        if actor.role:
            tip.append(actor.role)
        if actor.aliases:
            tip.append("also: " + ", ".join(actor.aliases))
        if actor.rules:
            tip.append(YOUR_RULE)  # merged or named by the reader's own rule
        name.setToolTip(" · ".join(tip))
        mentions, quotes = QStandardItem(), QStandardItem()
        mentions.setData(len(actor.mentions), Qt.DisplayRole)
        quotes.setData(len(actor.quotes), Qt.DisplayRole)
        if actor.mentions:
            pending = QStandardItem("…")
            pending.setData("pending", KIND_ROLE)
            name.appendRow(pending)
        return [name, mentions, quotes]

    def _fill_appearances(self, proxy_index: QModelIndex) -> None:
        item = self.model.itemFromIndex(self.proxy.mapToSource(proxy_index))
        if item is None or item.data(KIND_ROLE) != "actor" or self.analysis is None:
            return
        if not (item.rowCount() == 1 and item.child(0).data(KIND_ROLE) == "pending"):
            return
        actor = self.actor(item.data(VALUE_ROLE))
        text = self.analysis.article.text
        rows = []
        for start, end in actor.mentions:
            before = max(0, min(BEFORE_CHARS, LEAD_CHARS - (end - start)))
            line = QStandardItem(snippet(text, start, end, before))
            line.setData("appearance", KIND_ROLE)
            line.setData((start, end), VALUE_ROLE)
            line.setToolTip(snippet(text, start, end, TIP_CHARS, TIP_CHARS))
            rows.append([line, QStandardItem(), QStandardItem()])
        item.removeRow(0)
        for row in rows:
            item.appendRow(row)

    def _span_appearances(self, parent: QModelIndex, first: int, last: int) -> None:
        """An appearance's line takes the whole row (its count columns are
        empty), also when a filter or a sort puts it back."""
        for row in range(first, last + 1):
            index = self.proxy.index(row, 0, parent)
            if index.data(KIND_ROLE) == "appearance":
                self.tree.setFirstColumnSpanned(row, parent, True)
            elif self.proxy.rowCount(index):
                self._span_appearances(index, 0, self.proxy.rowCount(index) - 1)

    def actor(self, actor_id: str) -> Actor:
        return self._by_id[actor_id]

    # -- choosing --------------------------------------------------------

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._count_groups()
        self.tree.expandToDepth(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.filter
            and event.type() == QEvent.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key_Down, Qt.Key_PageDown)
            and event.modifiers() == Qt.NoModifier
        ):
            self._enter_tree()
            return True
        return super().eventFilter(watched, event)

    def _enter_tree(self) -> None:
        first = self.first_actor_index()
        if first is not None:
            self.tree.setCurrentIndex(first)
        self.tree.setFocus(Qt.OtherFocusReason)

    def first_actor_index(self) -> QModelIndex | None:
        for group in range(self.proxy.rowCount()):
            parent = self.proxy.index(group, 0)
            if self.proxy.rowCount(parent):
                return self.proxy.index(0, 0, parent)
        return None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        index = current.siblingAtColumn(0)
        kind = index.data(KIND_ROLE)
        if kind == "actor":
            self.actor_selected.emit(index.data(VALUE_ROLE))
        elif kind == "appearance":
            self.actor_selected.emit(index.parent().data(VALUE_ROLE))
        else:
            self.actor_selected.emit(None)

    def _activated(self, index: QModelIndex) -> None:
        index = index.siblingAtColumn(0)
        kind = index.data(KIND_ROLE)
        if kind == "appearance":
            start, end = index.data(VALUE_ROLE)
            self.appearance_chosen.emit(start, end)
        elif kind == "actor":
            actor = self.actor(index.data(VALUE_ROLE))
            if actor.mentions:
                self.appearance_chosen.emit(*actor.mentions[0])

    def select_actor(self, actor_id: str | None) -> None:
        """Make `actor_id` the current, selected row and scroll to it, without
        taking the focus (clearing the filter if it hides the actor). None, or
        an id the panel does not list, leaves no actor chosen."""
        index = self._actor_index(actor_id) if actor_id is not None else None
        if index is None and actor_id is not None and self.filter.text():
            self.filter.clear()
            index = self._actor_index(actor_id)
        if index is None:
            self.tree.clearSelection()
            self.tree.setCurrentIndex(QModelIndex())
            return
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def _actor_index(self, actor_id: str) -> QModelIndex | None:
        for group in range(self.proxy.rowCount()):
            parent = self.proxy.index(group, 0)
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if index.data(VALUE_ROLE) == actor_id:
                    return index
        return None

    def current_actor(self) -> str | None:
        index = self.tree.currentIndex().siblingAtColumn(0)
        kind = index.data(KIND_ROLE)
        if kind == "actor":
            return index.data(VALUE_ROLE)
        if kind == "appearance":
            return index.parent().data(VALUE_ROLE)
        return None

    def visible_rows(self) -> list[tuple[str, str, int, int]]:
        """(label, name, mentions, quotes) of the actors shown, in order."""
        rows = []
        for group in range(self.proxy.rowCount()):
            parent = self.proxy.index(group, 0)
            label = parent.data(VALUE_ROLE)
            for row in range(self.proxy.rowCount(parent)):
                rows.append(
                    (
                        label,
                        self.proxy.index(row, 0, parent).data(),
                        self.proxy.index(row, 1, parent).data(),
                        self.proxy.index(row, 2, parent).data(),
                    )
                )
        return rows

    def toggle_sort(self) -> None:
        """Between most mentioned first and alphabetical."""
        header = self.tree.header()
        if header.sortIndicatorSection() == 1:
            self.tree.sortByColumn(0, Qt.AscendingOrder)
        else:
            self.tree.sortByColumn(1, Qt.DescendingOrder)
