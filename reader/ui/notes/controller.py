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

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog

from ...core.analysis import Quote
from ...core.article import Article
from ..commands.registry import Entry
from ..desk import Desk
from ..panels.notes import NotesPanel
from ..tasks import run_task
from .search import NoteSearch

if TYPE_CHECKING:
    # The store (sqlite-utils) loads with the first article, not at start.
    from ...core.notes.store import Note, NoteStore

MENU = "notes"


def store_errors() -> tuple[type[Exception], ...]:
    """What the notes database can raise that the user should be told."""
    from ...core.notes.store import StoreError

    return (StoreError, sqlite3.Error, ValueError, OSError)


def open_database() -> NoteStore:
    from ...core.notes.store import NoteStore

    return NoteStore()


class NotesController(QObject):
    """Between the notes panel, the text (through the `Desk`) and the
    database; what the window shows besides the panel comes as signals."""

    marks_changed = Signal(list)  # (start, end) of every passage with a note
    counted = Signal(int)  # notes of the article shown
    wants_panel = Signal()  # bring the notes panel to the front
    store_ready = Signal()  # the database opened, or could not be: `store` says which

    def __init__(self, panel: NotesPanel, desk: Desk, parent: QObject | None = None):
        super().__init__(parent)
        self.desk = desk
        self.panel = panel
        self.store: NoteStore | None = None
        self.article_id: str | None = None
        self._add_when_open = False  # N was pressed while the database opened
        self.deleted: list[str] = []  # undo stack of deleted note ids
        self._after_open: str | None = None  # a note to show once its article is open
        self._pending: Article | None = None  # an article waiting for the database
        self._opening = self._closed = self._unavailable = False
        self._recovered: str | None = None  # shown until the first article's notes are
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
            self.store_ready.emit()
            pending, self._pending = self._pending, None
            if pending is not None:
                self.article_opened(pending)
            if self._add_when_open:
                self._add_when_open = False
                self.add()

        def failed(error: Exception) -> None:
            self._opening = False
            self._unavailable_because(error)
            self.store_ready.emit()

        run_task(open_database, opened, failed)

    def _adopt(self, store: NoteStore) -> None:
        self.store = store
        if store.recovered:  # a damaged database: what was restored and salvaged
            self._recovered = store.recovered
            self.desk.show_message(store.recovered)

    def _unavailable_because(self, error: Exception) -> None:
        self._unavailable = True  # the reader still reads without notes
        self.desk.show_message(f"Notes are unavailable: {error}")

    @property
    def opening(self) -> bool:
        """The database is being opened on a worker."""
        return self._opening

    def open_store(self) -> NoteStore | None:
        if self._opening:
            self.desk.say("The notes database is still opening")
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
            self.desk.show_message(f"Could not load the notes of {article.path}: {error}")
            return
        target, self._after_open = self._after_open, None
        self._show(notes, target)
        self._tell_damaged(notes)
        if target:
            self.go_to(target)

    def _tell_damaged(self, notes: list[Note]) -> None:
        """Notes whose stored text no longer matches what was written are
        marked in the panel and counted here (after what a recovery said)."""
        recovered, self._recovered = self._recovered, None
        damaged = sum(note.damaged for note in notes)
        if not damaged:
            return
        told = (
            f"{damaged} of this article's notes no longer match what was written (the stored text changed); "
            "they are marked damaged in the notes panel." if damaged > 1 else
            "1 of this article's notes no longer matches what was written (the stored text changed); "
            "it is marked damaged in the notes panel."
        )
        self.desk.show_message(f"{recovered} {told}" if recovered else told)

    def _show(self, notes: list[Note], current: str | None = None) -> None:
        self.panel.show_notes(notes, current)
        self.marks_changed.emit(
            [(n.start, n.end) for n in notes if n.start is not None and n.end is not None and not n.detached]
        )
        self.counted.emit(len(notes))

    def refresh(self, current: str | None = None) -> None:
        if self.store is not None and self.article_id is not None:
            self._show(self.store.notes(self.article_id), current)

    # -- commands ---------------------------------------------------------

    def add(self) -> None:
        """A note on the actor or quote chosen in its panel (when that has
        the focus), else on what is selected or under the caret in the text.
        The editor opens on it."""
        if self._opening and self.desk.article is not None:
            # N pressed while the database still opens: the note opens then.
            self._add_when_open = True
            self.desk.say("The notes database is still opening: your note opens in a moment")
            return
        if self.desk.article is None or self.open_store() is None or self.article_id is None:
            self.desk.say("Open an article first")
            return
        fields = self._target_from_panels() or self._target_in_text()
        note = self.store.add_note(self.article_id, "", **fields)
        self.wants_panel.emit()  # in front of the quotes it shares a place with
        self.refresh(note.id)
        self.panel.edit(note.id)

    def _actors(self) -> dict:
        analysis = self.desk.analysis
        return {a.id: a for a in analysis.actors} if analysis else {}

    def _target_from_panels(self) -> dict | None:
        """Standing on an actor or a quote in its panel: a note on that."""
        chosen = self.desk.chosen_in_panels()
        if chosen is None:
            return None
        if isinstance(chosen, Quote):
            return self._quote_fields(chosen)
        return {"target": "actor", "actor": chosen.name}

    def _quote_fields(self, quote) -> dict:
        fields = {"target": "quote", "start": quote.start, "end": quote.end}
        if quote.speaker is not None:
            speaker = self._actors().get(quote.speaker.actor or "")
            fields["speaker"] = speaker.name if speaker else quote.speaker.text
        return fields

    def _target_in_text(self) -> dict:
        """The selection (a quote or a name when it is exactly one), else
        the quote or name at the caret, else the whole article."""
        start, end = self.desk.selection()
        entity, quote = self.desk.at(start)
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
            self.desk.show_message(f"Could not save the note: {error}")
            return
        self.panel.state.setText("Saved")

    def go_to(self, ident: str, focus: bool = True) -> None:
        note = self.panel.note(ident)
        if note is None:
            return
        if self.panel.current != ident:
            self.panel.select(ident)
        if note.detached:
            # Its passage is gone from the article: nothing to go to (the
            # panel shows the passage it was written on).
            self.desk.say("This note is detached: its passage is no longer in the article")
        elif note.start is not None:
            self.desk.select_range(note.start, note.end)
        if focus:
            self.desk.focus_text()

    def step(self, forward: bool) -> None:
        placed = [n for n in self.panel.notes if n.start is not None and not n.detached]
        if not placed:
            self.desk.say("No notes in this article")
            return
        position = self.desk.selection()[0]
        if forward:
            target = next((n for n in placed if n.start > position), placed[0])
        else:
            target = next((n for n in reversed(placed) if n.start < position), placed[-1])
        self.go_to(target.id)

    def delete(self) -> None:
        ident = self.panel.current
        if ident is None or self.store is None:
            self.desk.say("Choose a note to delete")
            return
        self.panel.flush()
        self.store.delete_note(ident)
        self.deleted.append(ident)
        self.refresh()
        undo = self.desk.key_text("notes.undo")
        self.desk.say(f"Note deleted ({undo} brings it back)")

    def undo(self) -> None:
        if not self.deleted or self.store is None:
            self.desk.say("Nothing to undo")
            return
        ident = self.deleted.pop()
        self.store.delete_note(ident, deleted=False)
        note = self.store.note(ident)
        if note.article_id == self.article_id:
            self.refresh(ident)
        self.desk.say("Note restored")

    # -- across articles --------------------------------------------------

    def search(self) -> None:
        if self.open_store() is None:
            return
        dialog = NoteSearch(self.desk.dialog_parent(), self.store)
        dialog.accepted.connect(lambda: dialog.chosen and self.open_note(dialog.chosen))
        self.desk.open_dialog("search", dialog)

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
            self.desk.open_path(paths[0])
        else:
            from ...core.notes.store import stored_article

            self.desk.show_article(stored_article(self.store, note.article_id))

    def export(self, everything: bool = False) -> None:
        from ...core.notes import export

        if self.open_store() is None:
            return
        article = self.desk.article
        name = "notes" if everything or article is None else Path(article.path).stem + "-notes"
        path, _ = QFileDialog.getSaveFileName(
            self.desk.dialog_parent(), "Export notes", str(Path.home() / f"{name}.md"),
            ";;".join(f"{title} (*.{suffix})" for suffix, title in export.FORMAT_TITLES.items()),
        )
        if path:
            self.export_to(Path(path), None if everything else self.article_id)

    def import_notes(self) -> None:
        if self.open_store() is None:
            return
        path, _ = QFileDialog.getOpenFileName(self.desk.dialog_parent(), "Import notes", str(Path.home()), "Reader notes (*.json)")
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        """Put back notes exported as JSON (from this or another computer)."""
        from ...core.notes import export

        try:
            count = export.import_json(self.store, path.read_text(encoding="utf-8"))
        except (*store_errors(), UnicodeDecodeError, KeyError, TypeError) as error:
            self.desk.show_message(f"Could not import {path}: {error}")
            return
        self.refresh(self.panel.current)
        self.desk.say(f"{count} notes imported from {path}")

    def export_to(self, path: Path, article: str | None) -> None:
        from ...core.notes import export

        exporter = export.EXPORTERS[export.format_for(path)]
        try:
            path.write_text(exporter(self.store, article), encoding="utf-8")
        except OSError as error:
            self.desk.show_message(f"Could not export to {path}: {error}")
            return
        damaged = sum(n.damaged for n in self.store.notes(article))
        self.desk.say(f"Notes exported to {path}" + (f" ({damaged} marked damaged)" if damaged else ""))


COMMANDS = (
    Entry("notes.add", "Add a note", "Note on the selection, or on the quote, actor or article at the caret",
          NotesController.add),
    Entry("notes.next", "Next note", "Go to the next note in the text", NotesController.step, (True,)),
    Entry("notes.previous", "Previous note", "Go to the previous note in the text", NotesController.step, (False,)),
    Entry("notes.delete", "Delete the note", "Delete the chosen note (undo brings it back)", NotesController.delete),
    Entry("notes.undo", "Undo delete", "Bring back the last deleted note", NotesController.undo),
    Entry("notes.search", "Search notes…", "Search the notes of every article", NotesController.search),
    Entry("notes.export", "Export this article's notes…", "Save this article's notes as Markdown, CSV or JSON",
          NotesController.export, (False,)),
    Entry("notes.export_all", "Export all notes…", "Save every note as Markdown, CSV or JSON",
          NotesController.export, (True,)),
    Entry("notes.import", "Import notes…", "Add the notes from a JSON export", NotesController.import_notes),
)
