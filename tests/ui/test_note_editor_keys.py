"""The notes panel and the notes search from the keyboard alone: Tab and
Shift+Tab move between the fields (the note text keeps no tab), in the
order they stand on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from ..conftest import SAMPLES
from .conftest import open_and_wait

HARBOUR = SAMPLES / "harbour-floating-solar.txt"


def add_note(qtbot, window, body: str) -> None:
    window.view.select_range(0, 0)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_N)
    qtbot.waitUntil(window.notes.body.hasFocus)  # at once, or once the database is open
    QTest.keyClicks(window.notes.body, body)


def tab_stops(panel: QWidget) -> set[QWidget]:
    """What in `panel` takes the focus by Tab and can have it now."""
    return {
        widget
        for widget in panel.findChildren(QWidget)
        if widget.focusPolicy() & Qt.TabFocus and widget.isVisibleTo(panel) and widget.isEnabled()
        and widget.focusProxy() is None
    }


def test_tab_leaves_the_note_text_for_the_tags_and_shift_tab_comes_back(qtbot, window, tmp_path):
    assert open_and_wait(qtbot, window, HARBOUR) == 0
    notes = window.notes
    add_note(qtbot, window, "capacity")
    QTest.keyClick(notes.body, Qt.Key_Tab)
    assert notes.tags.hasFocus()
    assert "\t" not in notes.body.toPlainText()
    QTest.keyClicks(notes.tags, "energy")
    QTest.keyClick(notes.tags, Qt.Key_Backtab, Qt.ShiftModifier)
    assert notes.body.hasFocus()
    QTest.keyClick(notes.body, Qt.Key_Backtab, Qt.ShiftModifier)
    assert notes.list.hasFocus()
    assert "\t" not in notes.body.toPlainText()
    notes.flush()
    out = tmp_path / "notes.md"
    window.notes_ctl.export_to(out, window.notes_ctl.article_id)
    exported = out.read_text(encoding="utf-8")
    assert "capacity" in exported and "energy" in exported and "\t" not in exported


def test_tab_reaches_every_field_of_the_notes_panel_in_screen_order(qtbot, window):
    assert open_and_wait(qtbot, window, HARBOUR) == 0
    notes = window.notes
    add_note(qtbot, window, "a note")
    notes.list.setFocus()
    reached = [QApplication.focusWidget()]
    for _ in range(len(tab_stops(notes)) - 1):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [notes.list, notes.body, notes.tags]
    assert set(reached) == tab_stops(notes)
    for widget in reversed(reached[:-1]):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Backtab, Qt.ShiftModifier)
        assert QApplication.focusWidget() is widget
    assert notes.body.toPlainText() == "a note"


def test_the_notes_search_goes_from_the_field_to_the_results_by_tab(qtbot, window):
    assert open_and_wait(qtbot, window, HARBOUR) == 0
    add_note(qtbot, window, "fishermen")
    window.notes.flush()
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)
    dialog = window.search_dialog
    qtbot.waitUntil(dialog.field.hasFocus)
    QTest.keyClicks(dialog.field, "fishermen")
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    QTest.keyClick(dialog.field, Qt.Key_Tab)
    assert dialog.results.hasFocus()
    assert set(tab_stops(dialog)) == {dialog.field, dialog.results}
    QTest.keyClick(dialog.results, Qt.Key_Backtab, Qt.ShiftModifier)
    assert dialog.field.hasFocus()
    dialog.reject()


def test_n_pressed_while_the_notes_database_opens_opens_the_note_once_it_is_open(qtbot, window, monkeypatch):
    """Under load the first open of the database (migration, start-up
    backup) can take longer than reading the article: N pressed meanwhile
    is kept and the editor opens when the database does, not dropped with
    "Open an article first"."""
    import threading

    from reader.ui.notes import controller

    release = threading.Event()
    real_open = controller.open_database

    def slow_open():
        assert release.wait(600)
        return real_open()

    monkeypatch.setattr(controller, "open_database", slow_open)
    said: list[str] = []
    monkeypatch.setattr(window, "say", lambda text: said.append(text))
    finished: list[int] = []
    window.finished_callbacks.append(finished.append)
    window.open_path(HARBOUR)
    qtbot.waitUntil(lambda: window.article is not None, timeout=60_000)
    assert window.notes_ctl._opening  # the database is still opening
    window.view.select_range(0, 0)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_N)
    assert not window.notes.body.hasFocus()
    assert any("still opening" in text for text in said)
    assert not any("Open an article first" in text for text in said)
    release.set()
    qtbot.waitUntil(window.notes.body.hasFocus, timeout=30_000)
    QTest.keyClicks(window.notes.body, "kept")
    window.notes.flush()
    notes = window.notes_ctl.store.notes(window.notes_ctl.article_id)
    assert [note.body for note in notes] == ["kept"]
    # The analysis still runs: let it end here, not in the next test's window.
    qtbot.waitUntil(lambda: bool(finished), timeout=180_000)
