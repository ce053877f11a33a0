"""The notes panel: the article's notes in text order (detached ones last)
and the editor for the chosen note, with the passage a detached note was
written on and a warning for a damaged one above it. There is no save
button: what is typed is saved after a short pause, so a crash loses at
most about a second."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ...core.notes.store import Note

#: Pause in typing after which the note is written (well under a second).
SAVE_DELAY_MS = 400
TARGET_NAMES = {"article": "Article", "passage": "Passage", "quote": "Quote", "actor": "Actor"}


def state_text(note: Note | None) -> str:
    """Above the editor: the passage a detached note was written on (it is
    no longer in the article, so the text shows no mark for it), and a
    warning for a note whose stored text no longer matches what was written."""
    if note is None:
        return ""
    lines = []
    if note.damaged:
        lines.append("Damaged: this note no longer matches what was written; the text below may be garbled.")
    if note.detached:
        lines.append("Detached: its passage is no longer in the article.")
        if note.exact:
            lines.append(f"Written on: «{' '.join(note.exact.split())}»")
    return "\n".join(lines)


def summary(note: Note) -> str:
    first = note.body.strip().splitlines()[0] if note.body.strip() else "(empty note)"
    where = TARGET_NAMES.get(note.target, note.target)
    if note.exact:
        where += f" «{' '.join(note.exact.split())[:60]}»"
    if note.detached:
        where = "Detached · " + where
    if note.damaged:
        where = "Damaged · " + where
    tags = " ".join(f"#{tag}" for tag in note.tags)
    return f"{first}\n{where}{'  ' + tags if tags else ''}"


class NotesPanel(QWidget):
    note_chosen = Signal(str)  # note id
    edited = Signal(str, str, list)  # note id, body, tags: time to save

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Notes panel")
        self.list = QListWidget(self)
        self.list.setAccessibleName("Notes")
        self.list.setWordWrap(True)
        self.body = QPlainTextEdit(self)
        self.body.setAccessibleName("Note text")
        self.body.setPlaceholderText("Write your note (Markdown)…")
        # Tab goes on to the tags (a tab in a note only spoils its export).
        self.body.setTabChangesFocus(True)
        self.tags = QLineEdit(self)
        self.tags.setAccessibleName("Note tags")
        self.tags.setPlaceholderText("Tags, separated by spaces")
        self.state = QLabel(self)
        self.state.setAccessibleName("Note saved state")
        self.passage = QLabel(self)
        self.passage.setAccessibleName("Note passage")
        self.passage.setWordWrap(True)
        self.passage.setTextFormat(Qt.PlainText)
        self.passage.hide()
        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.passage)
        editor_layout.addWidget(self.body, 1)
        editor_layout.addWidget(self.tags)
        editor_layout.addWidget(self.state)
        split = QSplitter(Qt.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        QWidget.setTabOrder(self.list, self.body)
        QWidget.setTabOrder(self.body, self.tags)
        self.current: str | None = None
        self.notes: list[Note] = []
        self._loading = False
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.body.textChanged.connect(self._typed)
        self.tags.textChanged.connect(self._typed)
        self.list.currentItemChanged.connect(self._chosen)
        self.list.itemActivated.connect(lambda item: self.note_chosen.emit(item.data(Qt.UserRole)))
        self._set_editor_enabled(False)

    def show_notes(self, notes: list[Note], current: str | None = None) -> None:
        self.flush()
        self.notes = sorted(notes, key=lambda n: (n.detached, n.start if n.start is not None else -1, n.created))
        self._loading = True
        self.list.clear()
        for note in self.notes:
            item = QListWidgetItem(summary(note))
            item.setData(Qt.UserRole, note.id)
            item.setToolTip(note.body or "(empty note)")
            self.list.addItem(item)
        self._loading = False
        self.select(current if current in {n.id for n in self.notes} else None)

    def select(self, ident: str | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.UserRole) == ident:
                self.list.setCurrentRow(row)
                return
        self.list.setCurrentRow(-1)
        self._load(None)

    def note(self, ident: str) -> Note | None:
        return next((n for n in self.notes if n.id == ident), None)

    def _chosen(self, item: QListWidgetItem | None, _previous) -> None:
        if self._loading:
            return
        self.flush()
        self._load(item.data(Qt.UserRole) if item else None)

    def _load(self, ident: str | None) -> None:
        self.current = ident
        note = self.note(ident) if ident else None
        self._loading = True
        self.body.setPlainText(note.body if note else "")
        self.tags.setText(" ".join(note.tags) if note else "")
        self._loading = False
        self.state.setText("")
        self.passage.setText(state_text(note))
        self.passage.setVisible(bool(self.passage.text()))
        self._set_editor_enabled(note is not None)

    def _set_editor_enabled(self, enabled: bool) -> None:
        self.body.setEnabled(enabled)
        self.tags.setEnabled(enabled)

    def _typed(self) -> None:
        if self._loading or self.current is None:
            return
        self.state.setText("Editing…")
        self._dirty = True
        self._timer.start()

    def flush(self) -> None:
        """Save what is typed now (also before switching notes or closing)."""
        self._timer.stop()
        if not self._dirty or self.current is None:
            return
        self._dirty = False
        body, tags = self.body.toPlainText(), self.tags.text().split()
        note = self.note(self.current)
        if note is not None:
            note.body, note.tags = body, tags
            row = next(r for r in range(self.list.count()) if self.list.item(r).data(Qt.UserRole) == note.id)
            self.list.item(row).setText(summary(note))
        self.edited.emit(self.current, body, tags)

    def edit(self, ident: str) -> None:
        """Choose a note and put the cursor in its text."""
        self.select(ident)
        self.body.setFocus()
        self.body.moveCursor(self.body.textCursor().MoveOperation.End)
