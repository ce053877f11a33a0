"""A keyboard chooser: type to narrow a list, arrows to move, Enter to take.

The command palette (every command by name, with its keys) and the recent
files list are both this dialog with different entries. What matches in
the title comes first (see `rank`); the details (keys, folder) stand in a
column of their own on the right, so they line up whatever the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: Room either side of a detail in its column, in pixels.
DETAIL_MARGIN = 12


@dataclass
class Choice:
    label: str
    detail: str  # shown on the right (keys, folder)
    value: Any
    search_text: str = ""  # more words to match besides the label


def rank(choice: Choice, text: str) -> int | None:
    """How well `choice` matches what is typed, best first: 0 the title
    itself, 1 the start of the title, 2 the start of words of the title,
    3 anywhere in the title, 4 only in the other words (name,
    description); None when some typed word is in neither."""
    words = text.lower().split()
    title = " ".join(choice.label.lower().rstrip("…").split())
    if not all(word in f"{title} {choice.search_text.lower()}" for word in words):
        return None
    phrase = " ".join(words)
    if title == phrase:
        return 0
    if title.startswith(phrase):
        return 1
    title_words = re.findall(r"\w+", title)
    if all(any(part.startswith(word) for part in title_words) for word in words):
        return 2
    return 3 if all(word in title for word in words) else 4


class Chooser(QDialog):
    def __init__(self, parent: QWidget, title: str, choices: list[Choice], placeholder: str = "Type to filter"):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.choices = choices
        self.chosen: Any = None
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(placeholder)
        self.filter.setAccessibleName(f"{title}: filter")
        self.list = self._build_list(title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.setTabOrder(self.filter, self.list)
        self.filter.textChanged.connect(self._narrow)
        self.filter.returnPressed.connect(self._take)
        self.list.itemActivated.connect(lambda _item, _column: self._take())
        self.filter.installEventFilter(self)
        self.list.viewport().installEventFilter(self)  # its width caps the details'
        self.resize(560, 420)
        self._narrow("")

    def _build_list(self, title: str) -> QTreeWidget:
        """Two columns, the label and its detail; no header, no tree."""
        view = QTreeWidget(self)
        view.setAccessibleName(title)
        view.setColumnCount(2)
        view.setHeaderHidden(True)
        view.setRootIsDecorated(False)
        view.setUniformRowHeights(True)
        view.setAllColumnsShowFocus(True)
        view.setTextElideMode(Qt.ElideMiddle)  # a long folder keeps both ends
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.Fixed)
        return view

    def _narrow(self, text: str) -> None:
        ranks = [rank(choice, text) for choice in self.choices]
        # Best rank first; within a rank, the order they were given in.
        order = sorted((r, position) for position, r in enumerate(ranks) if r is not None)
        self.list.clear()
        dim = self.palette().color(QPalette.PlaceholderText)
        for _rank, position in order:
            choice = self.choices[position]
            item = QTreeWidgetItem([choice.label, choice.detail])
            item.setData(0, Qt.UserRole, choice)
            item.setToolTip(0, choice.search_text or choice.label)
            item.setTextAlignment(1, Qt.AlignRight | Qt.AlignVCenter)
            item.setForeground(1, dim)
            self.list.addTopLevelItem(item)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The detail column as wide as the widest detail of all choices (so
        it stays put while typing), at most half the list."""
        metrics = self.list.fontMetrics()
        widest = max((metrics.horizontalAdvance(choice.detail) for choice in self.choices), default=0)
        width = min(widest + 2 * DETAIL_MARGIN, self.list.viewport().width() // 2)
        self.list.header().resizeSection(1, max(width, 0))

    def visible_choices(self) -> list[Choice]:
        return [self.list.topLevelItem(row).data(0, Qt.UserRole) for row in range(self.list.topLevelItemCount())]

    def eventFilter(self, watched, event) -> bool:
        if watched is self.list.viewport() and event.type() == QEvent.Resize:
            self._fit_columns()
        # Arrows and page keys in the filter field move through the list.
        if watched is self.filter and event.type() == event.Type.KeyPress:
            if event.key() in (Qt.Key_Up, Qt.Key_Down, Qt.Key_PageUp, Qt.Key_PageDown):
                self.list.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)

    def _take(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = item.data(0, Qt.UserRole).value
            self.accept()
