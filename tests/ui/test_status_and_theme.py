"""The status line and the dark theme: a long line about the caret gives way
to the counts at its right, and the dark theme reaches every part of the
window, not only the text."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMenu

from reader.ui.view.theme import DARK, LIGHT

from .conftest import open_and_wait
from .test_theme import contrast, luminance

LONG = " · ".join(["Karin Vos van Infrastructuur en Waterstaat", "person", "minister", "3 mentions"] * 6)


def test_a_long_caret_line_does_not_run_into_the_counts(qtbot, window, seed_article_path):
    assert open_and_wait(qtbot, window, seed_article_path) == 0
    window.resize(900, 700)
    window._show_progress("Highlighting", 0.5)  # the progress takes room too
    window.say(LONG)
    qtbot.waitUntil(lambda: window.caret.geometry().right() < window.status.geometry().left())
    # The counts keep their whole text; the caret line is cut, and says so.
    qtbot.waitUntil(lambda: window.status.width() >= window.status.sizeHint().width())
    assert window.caret.text() == LONG
    shown = window.caret.shown_text()
    assert shown.endswith("…") and len(shown) < len(LONG)
    assert window.caret.toolTip() == LONG
    # With room again, the whole line shows.
    window.say("Direct quote · Jan Bakker (aldus)")
    qtbot.waitUntil(lambda: window.caret.shown_text() == "Direct quote · Jan Bakker (aldus)")


def colour_roles():
    return [
        role
        for name, role in QPalette.ColorRole.__members__.items()
        if name not in ("NoRole", "NColorRoles")
    ]


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_every_palette_role_belongs_to_the_theme(theme):
    """No role keeps Qt's light default: in the dark theme those show as
    white bevels and frames in menus, dialogs and the status bar, and links
    in a dark blue that cannot be read on the dark page."""
    palette = theme.palette()
    for group in (QPalette.Active, QPalette.Inactive):
        for role in colour_roles():
            assert palette.isBrushSet(group, role), (group, role)
        assert contrast(palette.color(group, QPalette.Link).name(), theme.page) >= 4.5
        assert contrast(palette.color(group, QPalette.Text).name(), palette.color(group, QPalette.Base).name()) >= 7
    if theme is DARK:
        for role in (QPalette.Light, QPalette.Midlight, QPalette.Button, QPalette.AlternateBase):
            assert luminance(palette.color(role).name()) < 0.2, role


def test_switching_to_dark_reaches_menus_status_bar_and_dialogs(qtbot, window, seed_article_path):
    window.settings.theme = "light"
    window.apply_theme()
    window.registry.run("view.theme")  # light -> dark
    assert window.settings.theme == "dark"
    window.registry.run("app.palette")
    dialog = window.palette_dialog
    qtbot.waitUntil(dialog.isVisible)
    menu = window.menuBar().findChildren(QMenu)[0]
    parts = (window.menuBar(), window.statusBar(), menu, dialog)
    # The new palette reaches the widgets through posted events.
    qtbot.waitUntil(lambda: all(part.palette().color(QPalette.Window).name() == DARK.window for part in parts))
    for widget in parts:
        image = widget.grab().toImage()
        # The background at a corner, where no text is drawn.
        assert luminance(image.pixelColor(2, image.height() - 2).name()) < 0.05, widget
        # Bevels and frame lines are shades of the dark window, not Qt's white.
        assert luminance(widget.palette().color(QPalette.Light).name()) < 0.2, widget
    dialog.reject()
    assert QApplication.palette().color(QPalette.Window).name() == DARK.window
