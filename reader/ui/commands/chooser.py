"""A keyboard chooser: type to narrow a list, arrows to move, Enter to take.

The command palette (every command by name, with its keys) and the recent
files list are both this dialog with different entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass
class Choice:
    label: str
    detail: str  # shown on the right (keys, folder)
    value: Any
    search_text: str = ""  # more words to match besides the label


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
        self.list = QListWidget(self)
        self.list.setAccessibleName(title)
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._narrow)
        self.filter.returnPressed.connect(self._take)
        self.list.itemActivated.connect(lambda _item: self._take())
        self.filter.installEventFilter(self)
        self.resize(560, 420)
        self._narrow("")

    def _narrow(self, text: str) -> None:
        words = text.lower().split()
        self.list.clear()
        for choice in self.choices:
            haystack = f"{choice.label} {choice.search_text}".lower()
            if all(word in haystack for word in words):
                item = QListWidgetItem(f"{choice.label}\t{choice.detail}" if choice.detail else choice.label)
                item.setData(Qt.UserRole, choice)
                item.setToolTip(choice.search_text or choice.label)
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def visible_choices(self) -> list[Choice]:
        return [self.list.item(row).data(Qt.UserRole) for row in range(self.list.count())]

    def eventFilter(self, watched, event) -> bool:
        # Arrows and page keys in the filter field move through the list.
        if watched is self.filter and event.type() == event.Type.KeyPress:
            if event.key() in (Qt.Key_Up, Qt.Key_Down, Qt.Key_PageUp, Qt.Key_PageDown):
                self.list.keyPressEvent(event)
                return True
        return super().eventFilter(watched, event)

    def _take(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = item.data(Qt.UserRole).value
            self.accept()
