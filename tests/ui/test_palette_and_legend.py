"""The command palette ranks what matches the title first and lines its
keys up in one column; the View menu and the keys overlay say what each
colour means."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QTextCharFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.core.labels import LABEL_TITLES, READER_LABELS
from reader.ui.commands.view import TOGGLES, refresh_legend
from reader.ui.view.reading_view import QUOTES
from reader.ui.view.theme import DARK, LIGHT, resolve


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


# -- the legend: View menu toggles and the keys overlay ----------------------


def icon_colour(action, size: int = 16, state=QIcon.On) -> str | None:
    """The colour most opaque pixels of the action's icon have (drawn
    checked, unless `state` says otherwise); None when none is opaque."""
    assert not action.icon().isNull(), f"{action.objectName()} has no icon"
    image = action.icon().pixmap(size, size, QIcon.Normal, state).toImage()
    colours = Counter(
        image.pixelColor(x, y).name()
        for x in range(size)
        for y in range(size)
        if image.pixelColor(x, y).alpha() == 255
    )
    return colours.most_common(1)[0][0] if colours else None


def legend_colours(theme) -> dict[str, str]:
    return {name: (theme.quote if kind == QUOTES else theme.labels[kind]).lower() for name, kind in TOGGLES.items()}


def test_view_menu_toggles_carry_a_check_mark_that_follows_key_menu_and_palette(qtbot, window):
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    for name in TOGGLES:
        action = window.registry[name].action
        assert action in view_menu.actions()
        assert action.isCheckable() and action.isChecked(), f"{name} shows a check while its kind is shown"
    people, quotes = window.registry["view.toggle_people"].action, window.registry["view.toggle_quotes"].action
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_1)  # by key
    assert "PER" in window.view.hidden and not people.isChecked()
    QTest.keyClick(window.view, Qt.Key_5)
    assert QUOTES in window.view.hidden and not quotes.isChecked()
    people.trigger()  # by the menu
    assert "PER" not in window.view.hidden and people.isChecked()
    palette = open_palette(window)  # by the palette
    QTest.keyClicks(palette.filter, "show or hide people")
    QTest.keyClick(palette.filter, Qt.Key_Return)
    qtbot.waitUntil(lambda: "PER" in window.view.hidden)
    assert not people.isChecked() and not quotes.isChecked()
    window.view.set_visible("PER", True)  # not by a command: right when the menu opens
    view_menu.aboutToShow.emit()
    assert people.isChecked()


def test_legend_icons_take_the_colours_of_any_theme(qtbot, window):
    for theme in (LIGHT, DARK):
        refresh_legend(window.registry, theme)
        for name, colour in legend_colours(theme).items():
            assert icon_colour(window.registry[name].action) == colour, name
            assert icon_colour(window.registry[name].action, 32) == colour, name
            assert icon_colour(window.registry[name].action, state=QIcon.Off) is None, f"{name}: faint when hidden"


def test_legend_icons_follow_the_theme_in_force(qtbot, window):
    """Needs the window to call refresh_legend from apply_theme."""
    assert {name: icon_colour(window.registry[name].action) for name in TOGGLES} == legend_colours(
        resolve(window.settings.theme)
    )
    window.settings.theme = "light"
    window.registry.run("view.theme")  # light -> dark
    assert {name: icon_colour(window.registry[name].action) for name in TOGGLES} == legend_colours(DARK)


def overlay_formats(window) -> dict[str, QTextCharFormat]:
    """Each piece of text in the keys overlay with its format (the first
    piece of each text)."""
    found: dict[str, QTextCharFormat] = {}
    block = window.help.text.document().begin()
    while block.isValid():
        pieces = block.begin()
        while not pieces.atEnd():
            found.setdefault(pieces.fragment().text(), pieces.fragment().charFormat())
            pieces += 1
        block = block.next()
    return found


def assert_legend_in(window, theme) -> None:
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_F1)
    assert window.help.isVisible()
    formats = overlay_formats(window)
    for label in READER_LABELS:
        sample = formats[LABEL_TITLES[label]]
        assert sample.background().color().name() == theme.labels[label].lower(), label
    direct, reported = formats["“direct quote”"], formats["reported speech"]
    assert direct.foreground().color().name() == reported.foreground().color().name() == theme.quote.lower()
    assert direct.fontItalic() and not reported.fontItalic()
    note = formats["a passage with a note"]
    assert note.underlineStyle() == QTextCharFormat.WaveUnderline
    assert note.underlineColor().name() == theme.accent.lower()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Escape)
    assert not window.help.isVisible()


def test_keys_overlay_has_a_legend_of_the_colours_and_marks(qtbot, window):
    assert_legend_in(window, resolve(window.settings.theme))
    shown = window.help.text.toPlainText()
    assert window.registry["view.toggle_people"].key_text in shown.split("People", 1)[1]


def test_keys_overlay_legend_follows_the_theme(qtbot, window):
    """Needs the window to call help.set_theme from apply_theme."""
    window.settings.theme = "light"
    window.registry.run("view.theme")  # light -> dark
    assert_legend_in(window, DARK)


def test_a_shown_kind_has_a_tick_in_its_menu_icon_and_a_hidden_one_not(qtbot, window):
    """Styles draw no check box beside an icon, so the icon carries the tick:
    the checked icon of a light fill has dark tick pixels the unchecked lacks."""
    action = window.registry["view.toggle_people"].action
    size = 32

    def dark_pixels(state) -> int:
        image = action.icon().pixmap(size, size, QIcon.Normal, state).toImage()
        return sum(
            1
            for x in range(size)
            for y in range(size)
            if image.pixelColor(x, y).alpha() > 200 and image.pixelColor(x, y).lightness() < 80
        )

    assert dark_pixels(QIcon.On) > size  # a tick's stroke, not a stray pixel
    assert dark_pixels(QIcon.Off) == 0
