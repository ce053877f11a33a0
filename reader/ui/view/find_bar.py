"""The find bar under the text: type to find as you type, Enter for the
next match, Shift+Enter for the previous one, Esc to go back to the text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget


class FindBar(QWidget):
    changed = Signal(str)  # find as you type, from the current match on
    step = Signal(bool)  # next (True) or previous match

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Find in text")
        self.field = QLineEdit(self)
        self.field.setPlaceholderText("Find in text")
        self.field.setAccessibleName("Find in text")
        self.field.setClearButtonEnabled(True)
        self.result = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(QLabel("Find:", self))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.result)
        self.field.textChanged.connect(self.changed)
        self.field.installEventFilter(self)
        self.hide()

    def open(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def text(self) -> str:
        return self.field.text()

    def show_result(self, found: bool) -> None:
        self.result.setText("" if found or not self.field.text() else "not found")

    def eventFilter(self, watched, event) -> bool:
        if watched is self.field and event.type() == event.Type.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.step.emit(not (event.modifiers() & Qt.ShiftModifier))
            return True
        return super().eventFilter(watched, event)
