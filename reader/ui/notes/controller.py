"""Notes in the window: add on the selection (or the quote, actor or
article under the caret), edit beside the text with autosave, marks in the
text, next/previous, undoable delete, search across articles, export.

The database is opened on the first article, so starting the reader costs
nothing; if it cannot be opened the reader still reads, and says why.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from ...core.article import Article
from ..panels.notes import summary
from ..panels.quotes import QUOTE_ROLE
from ..tasks import run_task

if TYPE_CHECKING:
    # The store (sqlite-utils) loads with the first article, not at start.
    from ...core.notes.store import Note, NoteStore
    from ..window import ReaderWindow



def store_errors() -> tuple[type[Exception], ...]:
    """What the notes database can raise that the user should be told."""
    from ...core.notes.store import StoreError

    return (StoreError, sqlite3.Error, ValueError, OSError)


def open_database() -> NoteStore:
    from ...core.notes.store import NoteStore

    return NoteStore()


class NotesController:
    def __init__(self, window: ReaderWindow):
        self.window = window
        self.panel = window.notes
        self.store: NoteStore | None = None
        self.article_id: str | None = None
        self.deleted: list[str] = []  # undo stack of deleted note ids
        self._after_open: str | None = None  # a note to show once its article is open
        self._pending: Article | None = None  # an article waiting for the database
        self._opening = self._closed = self._unavailable = False
        self.panel.edited.connect(self._save)
        self.panel.note_chosen.connect(self.go_to)
        self.panel.list.currentItemChanged.connect(
            lambda item, _old: item is not None and self.go_to(item.data(Qt.UserRole), focus=False)
        )

    def open_in_background(self, article: Article) -> None:
        """Open the database on a worker thread (the first open imports
        sqlite-utils, migrates and may back up), then show `article`'s notes."""
        self._pending = article
        if self._opening:
            return
        self._opening = True

        def opened(store) -> None:
            self._opening = False
            if self._closed:
                store.close()
                return
            self._adopt(store)
            pending, self._pending = self._pending, None
            if pending is not None:
                self.article_opened(pending)

        def failed(error: Exception) -> None:
            self._opening = False
            self._unavailable_because(error)

        run_task(open_database, opened, failed)

    def _adopt(self, store: NoteStore) -> None:
        self.store = store
        if store.recovered:
            self.window.show_message(store.recovered)

    def _unavailable_because(self, error: Exception) -> None:
        self._unavailable = True  # the reader still reads without notes
        self.window.show_message(f"Notes are unavailable: {error}")

    def open_store(self) -> NoteStore | None:
        if self._opening:
            self.window.caret.setText("The notes database is still opening")
            return None
        if self.store is None:
            try:
                self._adopt(open_database())
            except store_errors() as error:
                self._unavailable_because(error)
                return None
        return self.store

    def close(self) -> None:
        self._closed = True
        self.panel.flush()
        if self.store is not None:
            self.store.close()
            self.store = None

    # -- the open article -------------------------------------------------

    def article_opened(self, article: Article) -> None:
        self.panel.flush()
        self.article_id = None
        if self.store is None:
            if not self._unavailable:
                self.open_in_background(article)
            return
        store = self.store
        try:
            self.article_id, notes = store.open_article(article)
        except store_errors() as error:
            self.window.show_message(f"Could not load the notes of {article.path}: {error}")
            return
        target, self._after_open = self._after_open, None
        self._show(notes, target)
        if target:
            self.go_to(target)

    def _show(self, notes: list[Note], current: str | None = None) -> None:
        self.panel.show_notes(notes, current)
        self.window.view.set_note_marks(
            [(n.start, n.end) for n in notes if n.start is not None and n.end is not None and not n.detached]
        )
        self.window.notes_dock.setWindowTitle(f"Notes ({len(notes)})")

    def refresh(self, current: str | None = None) -> None:
        if self.store is not None and self.article_id is not None:
            self._show(self.store.notes(self.article_id), current)

    # -- commands ---------------------------------------------------------

    def add(self) -> None:
        """A note on the actor or quote chosen in its panel (when that has
        the focus), else on what is selected or under the caret in the text.
        The editor opens on it."""
        window = self.window
        if window.article is None or self.open_store() is None or self.article_id is None:
            window.caret.setText("Open an article first")
            return
        fields = self._target_from_panels() or self._target_in_text()
        note = self.store.add_note(self.article_id, "", **fields)
        window.notes_dock.show()
        window.notes_dock.raise_()  # in front of the quotes it shares a place with
        self.refresh(note.id)
        self.panel.edit(note.id)

    def _actors(self) -> dict:
        analysis = self.window.analysis
        return {a.id: a for a in analysis.actors} if analysis else {}

    def _target_from_panels(self) -> dict | None:
        """Standing on an actor or a quote in its panel: a note on that."""
        window = self.window
        if window.actors.tree.hasFocus() and window.actors.current_actor():
            actor = self._actors().get(window.actors.current_actor())
            if actor is not None:
                return {"target": "actor", "actor": actor.name}
        item = window.quotes.tree.currentItem() if window.quotes.tree.hasFocus() else None
        index = item.data(0, QUOTE_ROLE) if item is not None else None
        if index is not None and window.analysis is not None:
            quote = window.analysis.quotes[index]
            return self._quote_fields(quote)
        return None

    def _quote_fields(self, quote) -> dict:
        fields = {"target": "quote", "start": quote.start, "end": quote.end}
        if quote.speaker is not None:
            speaker = self._actors().get(quote.speaker.actor or "")
            fields["speaker"] = speaker.name if speaker else quote.speaker.text
        return fields

    def _target_in_text(self) -> dict:
        """The selection (a quote or a name when it is exactly one), else
        the quote or name at the caret, else the whole article."""
        view = self.window.view
        cursor = view.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        quote, entity = view.quote_at(start), view.entity_at(start)
        actors = self._actors()
        actor = actors.get(entity.actor or "") if entity is not None else None
        if end > start:
            if quote is not None and (quote.start, quote.end) == (start, end):
                return self._quote_fields(quote)
            if actor is not None and (entity.start, entity.end) == (start, end):
                return {"target": "actor", "start": start, "end": end, "actor": actor.name}
            return {"target": "passage", "start": start, "end": end}
        if quote is not None:
            return self._quote_fields(quote)
        if actor is not None:
            return {"target": "actor", "start": entity.start, "end": entity.end, "actor": actor.name}
        return {"target": "article"}

    def _save(self, ident: str, body: str, tags: list[str]) -> None:
        if self.store is None:
            return
        try:
            self.store.update_note(ident, body=body, tags=tags)
        except store_errors() as error:
            self.panel.state.setText("Not saved")
            self.window.show_message(f"Could not save the note: {error}")
            return
        self.panel.state.setText("Saved")

    def go_to(self, ident: str, focus: bool = True) -> None:
        note = self.panel.note(ident)
        if note is None:
            return
        if self.panel.current != ident:
            self.panel.select(ident)
        if note.start is not None and not note.detached:
            self.window.view.select_range(note.start, note.end)
        if focus:
            self.window.view.setFocus()

    def step(self, forward: bool) -> None:
        placed = [n for n in self.panel.notes if n.start is not None and not n.detached]
        if not placed:
            self.window.caret.setText("No notes in this article")
            return
        position = self.window.view.textCursor().selectionStart()
        if forward:
            target = next((n for n in placed if n.start > position), placed[0])
        else:
            target = next((n for n in reversed(placed) if n.start < position), placed[-1])
        self.go_to(target.id)

    def delete(self) -> None:
        ident = self.panel.current
        if ident is None or self.store is None:
            self.window.caret.setText("Choose a note to delete")
            return
        self.panel.flush()
        self.store.delete_note(ident)
        self.deleted.append(ident)
        self.refresh()
        undo = self.window.registry["notes.undo"].key_text
        self.window.caret.setText(f"Note deleted ({undo} brings it back)")

    def undo(self) -> None:
        if not self.deleted or self.store is None:
            self.window.caret.setText("Nothing to undo")
            return
        ident = self.deleted.pop()
        self.store.delete_note(ident, deleted=False)
        note = self.store.note(ident)
        if note.article_id == self.article_id:
            self.refresh(ident)
        self.window.caret.setText("Note restored")

    # -- across articles --------------------------------------------------

    def search(self) -> None:
        if self.open_store() is None:
            return
        dialog = NoteSearch(self.window, self.store)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: dialog.chosen and self.open_note(dialog.chosen))
        self.window.search_dialog = dialog
        dialog.open()

    def open_note(self, ident: str) -> None:
        """Show note `ident` in its article: the file where it still is,
        else the copy of the text kept with the notes."""
        note = self.store.note(ident)
        if note.article_id == self.article_id:
            self.refresh(ident)
            self.go_to(ident)
            return
        self._after_open = ident
        paths = [p for p in self.store.paths_of(note.article_id) if Path(p).exists()]
        if paths:
            self.window.open_path(paths[0])
        else:
            from ...core.notes.store import stored_article

            self.window.show_article(stored_article(self.store, note.article_id))

    def export(self, everything: bool = False) -> None:
        from ...core.notes import export

        if self.open_store() is None:
            return
        name = "notes" if everything or self.window.article is None else Path(self.window.article.path).stem + "-notes"
        path, _ = QFileDialog.getSaveFileName(
            self.window, "Export notes", str(Path.home() / f"{name}.md"),
            ";;".join(f"{title} (*.{suffix})" for suffix, title in export.FORMAT_TITLES.items()),
        )
        if path:
            self.export_to(Path(path), None if everything else self.article_id)

    def import_notes(self) -> None:
        if self.open_store() is None:
            return
        path, _ = QFileDialog.getOpenFileName(self.window, "Import notes", str(Path.home()), "Reader notes (*.json)")
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        """Put back notes exported as JSON (from this or another computer)."""
        from ...core.notes import export

        try:
            count = export.import_json(self.store, path.read_text(encoding="utf-8"))
        except (*store_errors(), UnicodeDecodeError, KeyError, TypeError) as error:
            self.window.show_message(f"Could not import {path}: {error}")
            return
        self.refresh(self.panel.current)
        self.window.caret.setText(f"{count} notes imported from {path}")

    def export_to(self, path: Path, article: str | None) -> None:
        from ...core.notes import export

        exporter = export.EXPORTERS[export.format_for(path)]
        try:
            path.write_text(exporter(self.store, article), encoding="utf-8")
        except OSError as error:
            self.window.show_message(f"Could not export to {path}: {error}")
            return
        self.window.caret.setText(f"Notes exported to {path}")


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
