"""Search every note (bodies, tags, quoted passages) as you type, and
choose one to open its article at it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from ..panels.notes import summary

if TYPE_CHECKING:
    from ...core.notes.store import NoteStore


class NoteSearch(QDialog):
    """Search every note (bodies, tags, quoted passages) as you type."""

    def __init__(self, parent, store: NoteStore):
        super().__init__(parent)
        self.setWindowTitle("Search notes")
        self.setAccessibleName("Search notes")
        self.store = store
        self.chosen: str | None = None
        self.field = QLineEdit(self)
        self.field.setPlaceholderText("Search all notes")
        self.field.setAccessibleName("Search all notes")
        self.results = QListWidget(self)
        self.results.setAccessibleName("Notes found")
        self.results.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.results)
        self.setTabOrder(self.field, self.results)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # search once typing pauses
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(self._timer.start)
        self.field.returnPressed.connect(self._take)
        self.results.itemActivated.connect(lambda _item: self._take())
        self.resize(620, 460)

    def run(self) -> None:
        self.results.clear()
        titles = {}
        for note in self.store.search(self.field.text(), limit=200):
            if note.article_id not in titles:
                row = self.store.article(note.article_id)
                titles[note.article_id] = row["title"] if row else ""
            item = QListWidgetItem(f"{summary(note)}\n— {titles[note.article_id]}")
            item.setData(Qt.UserRole, note.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _take(self) -> None:
        self._timer.stop()
        if not self.results.count():
            self.run()
        item = self.results.currentItem()
        if item is not None:
            self.chosen = item.data(Qt.UserRole)
            self.accept()
