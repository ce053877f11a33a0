"""Notes in the window, against a real notes database in a temporary
folder: one key to add, saved while typing, marked in the text, jumped
between, deleted with undo, found across articles, exported."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtTest import QTest

from reader.core.notes.store import NoteStore

from ..conftest import SAMPLES
from .conftest import open_and_wait

HARBOUR = SAMPLES / "harbour-floating-solar.txt"
ROTTERDAM = SAMPLES / "rotterdam-haven.txt"


def note_on(window, passage: str, body: str) -> int:
    """Select the first `passage` in the text, press N and type `body`;
    returns where the passage starts."""
    start = window.article.text.index(passage)
    window.view.select_range(start, start + len(passage))
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_N)
    QTest.keyClicks(window.notes.body, body)
    return start


def stored_notes():
    """What another process would read from the database file now."""
    with NoteStore() as store:
        return store.notes()


def test_a_note_on_the_selection_is_saved_while_typing_and_marked(qtbot, window):
    assert open_and_wait(qtbot, window, HARBOUR) == 0
    text = window.article.text
    start = text.index("floating solar")
    window.view.select_range(start, start + len("floating solar"))
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_N)
    qtbot.waitUntil(window.notes.body.hasFocus)  # at once, or once the database is open
    QTest.keyClicks(window.notes.body, "Check the capacity figure")
    QTest.keyClicks(window.notes.tags, "energy port")
    # No save button: within about a second it is in the file.
    qtbot.waitUntil(lambda: [n.body for n in stored_notes()] == ["Check the capacity figure"], timeout=1500)
    note = stored_notes()[0]
    assert (note.target, note.start, note.exact) == ("passage", start, "floating solar")
    assert note.tags == ["energy", "port"]
    marks = [s for s in window.view.extraSelections() if s.format.underlineStyle() == QTextCharFormat.WaveUnderline]
    assert [(m.cursor.selectionStart(), m.cursor.selectionEnd()) for m in marks] == [(start, start + 14)]


def test_closing_the_window_saves_what_was_just_typed(qtbot, window):
    assert open_and_wait(qtbot, window, HARBOUR) == 0
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_N)
    QTest.keyClicks(window.notes.body, "last words")
    window.close()  # before the pause that would save it
    assert [n.body for n in stored_notes()] == ["last words"]


def test_a_note_at_a_quote_or_a_name_takes_it_as_target(qtbot, window):
    assert open_and_wait(qtbot, window, HARBOUR) == 0
    quote = next(q for q in window.analysis.quotes if q.speaker and q.speaker.actor)
    view = window.view
    view.select_range(quote.start + 2, quote.start + 2)
    view.setFocus()
    QTest.keyClick(view, Qt.Key_N)
    person = next(e for e in window.analysis.entities if e.label == "PER" and e.actor)
    view.select_range(person.start, person.start)
    view.setFocus()
    QTest.keyClick(view, Qt.Key_N)
    quote_note, actor_note = sorted(stored_notes(), key=lambda n: n.created)
    assert quote_note.target == "quote" and (quote_note.start, quote_note.end) == (quote.start, quote.end)
    assert quote_note.speaker
    actor = next(a for a in window.analysis.actors if a.id == person.actor)
    assert actor_note.target == "actor" and actor_note.actor == actor.name


def test_next_and_previous_note_keys_and_undoable_delete(qtbot, window):
    assert open_and_wait(qtbot, window, HARBOUR) == 0
    text = window.article.text
    positions = [text.index("Port of Rotterdam", 1), text.index("Nobody asked us")]
    for position in positions:
        window.view.select_range(position, position + 8)
        window.view.setFocus()
        QTest.keyClick(window.view, Qt.Key_N)
    view = window.view
    view.select_range(0, 0)
    view.setFocus()
    QTest.keyClick(view, Qt.Key_BracketRight)
    assert view.textCursor().selectionStart() == positions[0]
    QTest.keyClick(view, Qt.Key_BracketRight)
    assert view.textCursor().selectionStart() == positions[1]
    QTest.keyClick(view, Qt.Key_BracketLeft)
    assert view.textCursor().selectionStart() == positions[0]
    assert window.notes.current is not None
    QTest.keyClick(view, Qt.Key_D, Qt.ControlModifier)
    assert window.notes.list.count() == 1 and len(stored_notes()) == 1
    QTest.keyClick(view, Qt.Key_Z, Qt.ControlModifier)
    assert window.notes.list.count() == 2 and len(stored_notes()) == 2


def test_search_opens_the_article_at_the_note_even_when_the_file_is_gone(qtbot, window, tmp_path):
    copy = tmp_path / "harbour.txt"
    shutil.copy(HARBOUR, copy)
    assert open_and_wait(qtbot, window, copy) == 0
    start = note_on(window, "Nobody asked us", "fishermen were not consulted")
    assert open_and_wait(qtbot, window, ROTTERDAM) == 0
    copy.unlink()
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)
    dialog = window.search_dialog
    QTest.keyClicks(dialog.field, "consulted")
    codes: list[int] = []
    window.finished_callbacks.append(codes.append)
    QTest.keyClick(dialog.field, Qt.Key_Return)
    qtbot.waitUntil(lambda: bool(codes), timeout=120_000)
    assert "Nobody asked us" in window.view.toPlainText()
    assert "is gone" in window.message.text()
    assert window.view.textCursor().selectionStart() == start
    assert window.notes.note(window.notes.current).body == "fishermen were not consulted"


def test_export_writes_the_notes_with_their_passage(qtbot, window, tmp_path):
    assert open_and_wait(qtbot, window, HARBOUR) == 0
    note_on(window, "Nobody asked us", "a fair point")
    window.notes.flush()
    out = tmp_path / "notes.md"
    window.notes_ctl.export_to(out, window.notes_ctl.article_id)
    exported = out.read_text(encoding="utf-8")
    assert "a fair point" in exported and "> Nobody asked us" in exported


def test_import_in_another_database_brings_the_notes_back(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window()
    assert open_and_wait(qtbot, window, HARBOUR) == 0
    start = note_on(window, "Nobody asked us", "carried over")
    window.notes.flush()
    out = tmp_path / "everything.json"
    window.notes_ctl.export_to(out, None)
    window.close()

    monkeypatch.setenv("READER_HOME", str(tmp_path / "another-computer"))
    other = make_window()
    assert open_and_wait(qtbot, other, HARBOUR) == 0
    qtbot.waitUntil(lambda: other.notes_ctl.store is not None)
    assert other.notes.list.count() == 0
    other.notes_ctl.import_from(out)
    assert [n.body for n in other.notes.notes] == ["carried over"]
    assert other.notes.notes[0].start == start

    broken = tmp_path / "broken.json"
    broken.write_text("{}")
    other.notes_ctl.import_from(broken)
    assert str(broken) in other.message.text() and "not a reader notes export" in other.message.text()


def test_a_note_on_the_actor_or_quote_chosen_in_its_panel(qtbot, window, seed_article_path):
    assert open_and_wait(qtbot, window, seed_article_path) == 0
    lavrov = next(a for a in window.analysis.actors if a.name == "Sergej Lavrov")
    window.actors.select_actor(lavrov.id)
    window.actors.tree.setFocus()
    QTest.keyClick(window.actors.tree, Qt.Key_N)
    window.quotes.tree.setFocus()
    window.quotes.tree.setCurrentItem(window.quotes.tree.topLevelItem(2))
    QTest.keyClick(window.quotes.tree, Qt.Key_N)
    actor_note, quote_note = sorted(stored_notes(), key=lambda n: n.created)
    assert (actor_note.target, actor_note.actor, actor_note.start) == ("actor", "Sergej Lavrov", None)
    quote = window.analysis.quotes[2]
    assert (quote_note.target, quote_note.start, quote_note.end) == ("quote", quote.start, quote.end)


def test_a_notes_database_from_a_newer_reader_leaves_reading_working(qtbot, window):
    import sqlite3

    from reader.core.config import paths

    path = paths.ensure(paths.data_dir()) / "notes.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    assert open_and_wait(qtbot, window, HARBOUR) == 0
    qtbot.waitUntil(lambda: "Notes are unavailable" in window.message.text())
    assert "newer version" in window.message.text()
    assert window.analysis.entities  # the article is read and analysed all the same
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_N)  # no crash, no note
    assert window.notes.list.count() == 0
