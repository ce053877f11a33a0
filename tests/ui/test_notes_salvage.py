"""What the window shows when notes were damaged or lost their place: the
salvage of a damaged database, notes that no longer match what was
written, and a detached note that shows its own passage and marks nothing."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtTest import QTest

from reader.core.loading import load_article
from reader.core.notes.store import NoteStore, default_path

from ..conftest import SAMPLES
from ..core.damage import crash, overwrite_header, two_sessions
from .conftest import open_and_wait

HARBOUR = SAMPLES / "harbour-floating-solar.txt"
GONE = "Nobody asked us anything"


def wavy_marks(window) -> list[tuple[int, int]]:
    return [
        (s.cursor.selectionStart(), s.cursor.selectionEnd())
        for s in window.view.extraSelections()
        if s.format.underlineStyle() == QTextCharFormat.WaveUnderline
    ]


def test_a_detached_note_shows_its_passage_and_marks_nothing(qtbot, window, tmp_path):
    copy = tmp_path / "harbour.txt"
    shutil.copy(HARBOUR, copy)
    assert open_and_wait(qtbot, window, copy) == 0
    start = window.article.text.index(GONE)
    window.view.select_range(start, start + len(GONE))
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_N)
    QTest.keyClicks(window.notes.body, "the fishermen were not consulted")
    window.notes.flush()
    # The article is rewritten: the sentence is gone and new text in front
    # puts unrelated words where it was.
    text = HARBOUR.read_text(encoding="utf-8")
    copy.write_text("Correction, Thursday: an earlier version misquoted the chairman.\n\n" + text.replace(f'"{GONE}," Bakker told reporters.', ""), encoding="utf-8")
    assert open_and_wait(qtbot, window, copy) == 0
    note = window.notes.notes[0]
    assert note.detached and note.exact == GONE
    assert wavy_marks(window) == [], "no mark at the old offsets, which now fall on other words"
    window.view.select_range(0, 0)
    window.notes.list.setFocus()
    window.notes.list.setCurrentRow(0)
    QTest.keyClick(window.notes.list, Qt.Key_Return)
    assert window.view.textCursor().selectionStart() == window.view.textCursor().selectionEnd() == 0
    assert "detached" in window.caret.text()
    assert window.notes.passage.isVisible()
    assert f"«{GONE}»" in window.notes.passage.text() and "no longer in the article" in window.notes.passage.text()
    assert window.notes.list.item(0).text().splitlines()[1].startswith("Detached")


def test_the_window_says_what_was_salvaged_from_a_damaged_database(qtbot, window):
    made = two_sessions(default_path())
    overwrite_header(default_path())
    assert open_and_wait(qtbot, window, HARBOUR) == 0
    qtbot.waitUntil(lambda: "damaged" in window.message.text())
    message = window.message.text()
    assert "18 notes were salvaged from the damaged file" in message
    assert "Every note listed in the damaged file could be read" in message
    with NoteStore() as store:
        assert {n.id for n in store.notes()} == made.ids


def test_a_note_that_no_longer_matches_is_marked_damaged_and_counted(qtbot, window):
    store = NoteStore()
    ident = store.remember(load_article(HARBOUR))
    text = store.article(ident)["text"]
    at = text.index("Fishermen worried")
    store.add_note(ident, "meeting at nine", target="passage", start=at, end=at + 17)
    store.add_note(ident, "fine as it is")
    crash(store, in_log=False)
    data = default_path().read_bytes()
    default_path().write_bytes(data.replace(b"meeting at nine[", b"meeting at nane["))
    assert open_and_wait(qtbot, window, HARBOUR) == 0
    qtbot.waitUntil(lambda: window.notes.list.count() == 2)
    summaries = [window.notes.list.item(row).text() for row in range(2)]
    assert [s.splitlines()[1].startswith("Damaged") for s in summaries].count(True) == 1
    assert "1 of this article's notes no longer matches what was written" in window.message.text()
    damaged = next(row for row, s in enumerate(summaries) if "Damaged" in s)
    window.notes.list.setCurrentRow(damaged)
    assert window.notes.passage.isVisible() and "Damaged" in window.notes.passage.text()
