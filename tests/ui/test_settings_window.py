"""The window and settings.json: wrong values are a message, never a crash;
the zoom is kept between sessions without changing the default text size."""

from __future__ import annotations

import json

from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from reader.core.config import paths
from reader.core.config.settings import load_settings


def write_settings(data: dict) -> None:
    path = paths.ensure(paths.config_dir()) / "settings.json"
    path.write_text(json.dumps(data), encoding="utf-8")


def text_size(window) -> float:
    return window.view.document().defaultFont().pointSizeF()


def test_the_window_starts_with_wrong_settings_and_says_what_is_wrong(qtbot, make_window):
    write_settings({"text_size": "large", "theme": "purple"})
    window = make_window()
    assert window.message.isVisible()
    message = window.message.text()
    assert "text_size" in message and "default, 13" in message
    assert "theme" in message and '"purple"' in message and 'default, "system"' in message
    assert text_size(window) == 13
    assert window.view.theme.name in ("light", "dark")


def test_zoom_survives_a_restart_and_the_reset_key_goes_back_to_the_text_size(qtbot, make_window):
    write_settings({"text_size": 15})
    window = make_window()
    assert text_size(window) == 15
    window.view.setFocus()
    QTest.keySequence(window.view, QKeySequence("Ctrl++"))
    QTest.keySequence(window.view, QKeySequence("Ctrl++"))
    assert text_size(window) == 17
    window.close()

    again = make_window()
    assert text_size(again) == 17  # zoomed as it was left
    again.view.setFocus()
    QTest.keySequence(again.view, QKeySequence("Ctrl+0"))
    assert text_size(again) == 15  # the user's text size, not the zoomed one
    settings, problems = load_settings()
    assert (settings.text_size, settings.zoom, problems) == (15, 0, [])
