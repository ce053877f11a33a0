"""Every command has a key that works and a palette entry; keys are data
the user can change; help lists them all."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.core.config import paths
from reader.core.config.keymap import load_keymap

from .conftest import open_and_wait


def test_every_command_has_a_working_key_and_a_palette_entry(qtbot, window):
    registry = window.registry
    keymap, problems = load_keymap()
    assert problems == []
    assert set(keymap) == set(registry.commands), "keys.json and the registry name the same commands"
    window.registry.run("app.palette")
    palette = window.palette_dialog
    listed = {choice.value for choice in palette.visible_choices()}
    palette.reject()
    hits: list[str] = []
    for command in registry:
        assert command.keys, f"{command.name} has no key"
        assert command.name in listed, f"{command.name} is not in the palette"
        command.handler = lambda name=command.name: hits.append(name)
    for command in registry:
        for key in command.keys:
            window.view.setFocus()
            before = len(hits)
            QTest.keySequence(window.view, QKeySequence(key))
            assert hits[before:] == [command.name], f"{key} did not run {command.name}"


def test_palette_runs_a_command_by_name(qtbot, window, seed_article_path):
    assert open_and_wait(qtbot, window, seed_article_path) == 0
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)
    palette = window.palette_dialog
    assert palette is not None and palette.isVisible()
    QTest.keyClicks(palette.filter, "next quote")
    assert [choice.value for choice in palette.visible_choices()][0] == "go.next_quote"
    QTest.keyClick(palette.filter, Qt.Key_Return)
    first = min(window.analysis.quotes, key=lambda q: q.start)
    qtbot.waitUntil(lambda: window.view.textCursor().selectionStart() == first.start)


def test_help_overlay_shows_the_keys_in_force(qtbot, window):
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_F1)
    assert window.help.isVisible()
    shown = window.help.text.toPlainText()
    for command in window.registry:
        assert command.title in shown and command.name in shown
    assert window.registry["file.open"].key_text in shown
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Escape)
    assert not window.help.isVisible()


def test_user_keys_override_the_defaults_and_clashes_are_reported(qtbot, make_window):
    user_keys = paths.ensure(paths.config_dir()) / "keys.json"
    # "E" is next entity's default key: the user's binding wins it.
    user_keys.write_text(json.dumps({"go.next_quote": "E", "go.previous_quote": ["E", "Shift+X"], "no.such": "Y"}))
    window = make_window()
    assert window.registry["go.next_quote"].keys == ["E"]
    assert window.registry["go.previous_quote"].keys == ["Shift+X"]  # E was taken
    assert window.registry["go.next_entity"].keys == []
    message = window.message.text()
    assert "already bound" in message and "no.such" in message and window.message.isVisible()
    hits = []
    window.registry["go.next_quote"].handler = lambda: hits.append(1)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_E)
    assert hits == [1]


def test_a_damaged_user_key_file_falls_back_to_the_defaults(qtbot, make_window):
    user_keys = paths.ensure(paths.config_dir()) / "keys.json"
    user_keys.write_text("{not json")
    window = make_window()
    assert window.registry["file.open"].keys == ["Ctrl+O"]
    assert str(user_keys) in window.message.text()


def test_focus_moves_through_the_panes(qtbot, window):
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_F6)
    assert window.actors.tree.hasFocus()
    QTest.keyClick(window.actors.tree, Qt.Key_F6)
    assert window.quotes.tree.hasFocus()
    QTest.keyClick(window.quotes.tree, Qt.Key_F6)
    assert window.notes.list.hasFocus()  # its tab came to the front
    assert not window.notes_dock.visibleRegion().isEmpty()
    QTest.keyClick(window.notes.list, Qt.Key_F6)
    assert window.view.hasFocus()
    QTest.keyClick(window.view, Qt.Key_F6, Qt.ShiftModifier)
    assert window.notes.list.hasFocus()


def test_theme_switch_recolours_the_text_and_is_remembered(qtbot, window, seed_article_path):
    from reader.core.config.settings import load_settings
    from reader.ui.view.theme import DARK

    assert open_and_wait(qtbot, window, seed_article_path) == 0
    window.settings.theme = "light"
    window.registry.run("view.theme")  # light -> dark
    assert window.view.theme is DARK
    qtbot.waitUntil(lambda: not window.view.highlighting)
    person = next(e for e in window.analysis.entities if e.label == "PER")
    from .test_window import fill_at

    assert fill_at(window.view, person.start).color().name().lower() == DARK.labels["PER"].lower()
    assert window.view.palette().base().color().name().lower() == DARK.page.lower()
    assert load_settings()[0].theme == "dark"


def test_zoom_keys_change_the_text_size(qtbot, window):
    size = window.view.document().defaultFont().pointSizeF()
    window.view.setFocus()
    QTest.keySequence(window.view, QKeySequence("Ctrl++"))
    assert window.view.document().defaultFont().pointSizeF() == size + 1
    QTest.keySequence(window.view, QKeySequence("Ctrl+0"))
    assert window.view.document().defaultFont().pointSizeF() == size


def test_scroll_keys_move_the_text(qtbot, window, seed_article_path):
    assert open_and_wait(qtbot, window, seed_article_path) == 0
    bar = window.view.verticalScrollBar()
    assert bar.maximum() > 0
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_J)
    after_line = bar.value()
    assert after_line > 0
    QTest.keyClick(window.view, Qt.Key_Space)
    assert bar.value() > after_line
    QTest.keyClick(window.view, Qt.Key_K)
    QTest.keyClick(window.view, Qt.Key_Space, Qt.ShiftModifier)
    assert bar.value() < after_line


def test_the_readme_lists_every_command_with_its_default_keys(window):
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for command in window.registry:
        keys = ", ".join(f"`{key}`" for key in command.keys)
        assert f"| {keys} | {command.title} | `{command.name}` |" in readme, command.name


def test_the_empty_window_says_how_to_start_with_the_keys_in_force(window):
    hint = window.view.placeholderText()
    assert window.registry["file.open"].first_key_text in hint and window.registry["app.help"].first_key_text in hint
