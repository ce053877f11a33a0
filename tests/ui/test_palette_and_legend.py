"""The command palette ranks what matches the title first and lines its
keys up in one column; the View menu and the keys overlay say what each
colour means."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def open_palette(window):
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_K, Qt.ControlModifier)
    palette = window.palette_dialog
    assert palette is not None and palette.isVisible()
    return palette


def titles_for(palette, text: str) -> list[str]:
    palette.filter.clear()
    QTest.keyClicks(palette.filter, text)
    return [choice.label for choice in palette.visible_choices()]


def test_palette_puts_matches_in_the_title_before_matches_in_the_description(qtbot, window):
    palette = open_palette(window)
    titles = titles_for(palette, "switch")
    assert titles[0] == "Switch theme"
    assert "Show or hide people" in titles  # "switch" is in its description: still found, later
    assert titles_for(palette, "quit")[0] == "Quit"
    # "next": the titles that start with it, in menu order, then "next" as a
    # word of the title, then only in the name or description.
    titles = titles_for(palette, "next")
    registry = [command.title for command in window.registry]
    starts = [title for title in registry if title.lower().startswith("next")]
    words = [title for title in registry if "next" in title.lower().split() and title not in starts]
    assert len(starts) > 1 and words
    assert titles[: len(starts) + len(words)] == starts + words
    assert all("next" not in title.lower() for title in titles[len(starts) + len(words):])
    QTest.keyClick(palette.filter, Qt.Key_Return)  # the best match runs
    qtbot.waitUntil(lambda: window.palette_dialog is None or not window.palette_dialog.isVisible())


def test_palette_keys_stand_in_one_column_on_the_right(qtbot, window):
    palette = open_palette(window)
    view = palette.list
    model = view.model()
    assert model.columnCount() == 2, "the keys have a column of their own"
    lefts, rights = set(), set()
    widest = 0
    for row, choice in enumerate(palette.visible_choices()):
        command = window.registry[choice.value]
        title, keys = model.index(row, 0), model.index(row, 1)
        assert (title.data(), keys.data()) == (command.title, command.key_text)
        assert keys.data(Qt.TextAlignmentRole) & Qt.AlignRight
        rect = view.visualRect(keys)
        lefts.add(rect.left())
        rights.add(rect.right())
        widest = max(widest, view.fontMetrics().horizontalAdvance(command.key_text))
    assert len(lefts) == len(rights) == 1, "every row's keys at the same x"
    assert rights.pop() >= view.viewport().width() - 2  # at the right edge
    assert view.header().sectionSize(1) >= widest  # no key cut off
    palette.reject()


def test_tab_goes_from_the_palette_filter_to_the_list_and_back(qtbot, window):
    palette = open_palette(window)
    qtbot.waitUntil(palette.filter.hasFocus)
    QTest.keyClick(palette.filter, Qt.Key_Tab)
    assert palette.list.hasFocus()
    QTest.keyClick(palette.list, Qt.Key_Backtab, Qt.ShiftModifier)
    assert palette.filter.hasFocus()
    palette.reject()
