"""Corrections in a real window, from the keyboard: each becomes a rule in
the notes database, the article is analysed again with it, the next article
opened gets it too, undo takes it back, and the rules list shows and
deletes rules."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.core.config.keymap import load_keymap
from reader.core.labels import LABEL_NOUNS
from reader.core.loading import load_article

from ..conftest import SAMPLES
from .conftest import open_and_wait
from .test_window import fill_at

ROTTERDAM = SAMPLES / "rotterdam-haven.txt"
OTHER = (
    "Vissers uit Stellendam ongerust\n\n"
    "Vissers uit Stellendam en Scheveningen vrezen dat de panelen in de weg liggen. "
    "Jan Bakker van VisNed zegt dat niemand hen iets heeft gevraagd. Rijkswaterstaat onderzoekt de plannen.\n"
)


def analysed_again(qtbot, window, act) -> None:
    """Do `act` (keys that make a correction) and wait until the article is
    analysed again and highlighted."""
    codes: list[int] = []
    window.finished_callbacks.append(codes.append)
    act()
    qtbot.waitUntil(lambda: bool(codes), timeout=120_000)
    window.finished_callbacks.remove(codes.append)
    assert codes == [0]


def keys_to_window(qtbot, window) -> None:
    """The window active again and the text focused (the offscreen platform
    leaves no window active when a dialog closes; a desktop gives the
    activation back to the window)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()


def dialog_open(qtbot, window, name: str = "correction"):
    """The dialog a command opened, once it shows and has the keys."""
    qtbot.waitUntil(lambda: window.dialogs.get(name) is not None)
    dialog = window.dialogs[name]
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()  # as a desktop does (see keys_to_window)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def caret_on(window, text: str):
    entity = next(e for e in window.analysis.entities if e.text == text)
    window.view.select_range(entity.start, entity.start)
    window.view.setFocus()
    return entity


def entity(window, text: str):
    return next((e for e in window.analysis.entities if e.text == text), None)


def choose(qtbot, window, typed: str, here_only: bool = False) -> None:
    dialog = dialog_open(qtbot, window)
    if here_only:
        QTest.keyClick(dialog.filter, Qt.Key_O, Qt.AltModifier)
        qtbot.waitUntil(lambda: dialog.here_only)  # a mnemonic clicks a moment later
    QTest.keyClicks(dialog.filter, typed)
    QTest.keyClick(dialog.filter, Qt.Key_Return)


def test_a_label_corrected_in_one_article_applies_to_the_next_and_undo_takes_it_back(qtbot, window, tmp_path, analyzer):
    first = tmp_path / "rotterdam.txt"
    shutil.copy(ROTTERDAM, first)
    second = tmp_path / "stellendam.txt"
    second.write_text(OTHER, encoding="utf-8")
    alone = analyzer.analyze(load_article(second))  # the model alone, outside the window
    model_second = next(e for e in alone.entities if e.text == "Stellendam")
    assert open_and_wait(qtbot, window, first) == 0
    before = caret_on(window, "Stellendam")
    assert before.rule is None
    target = next(label for label in ("LOC", "ORG", "MISC", "PER") if label not in (before.label, model_second.label))

    analysed_again(
        qtbot, window, lambda: (QTest.keyClick(window.view, Qt.Key_L), choose(qtbot, window, LABEL_NOUNS[target]))
    )
    corrected = entity(window, "Stellendam")
    assert corrected.label == target and corrected.rule is not None
    assert "your rule" in window.view.describe_position(corrected.start + 1)
    rules = window.notes_ctl.store.rules.in_force()
    assert [(r.kind, r.text, r.value, r.article_id) for r in rules] == [("label", "Stellendam", target, None)]

    # A second article with the same name, opened in the window, gets the rule.
    assert open_and_wait(qtbot, window, second) == 0
    assert all(e.label == target and e.rule == rules[0].id for e in window.analysis.entities if e.text == "Stellendam")

    # Undo (the correction was made on the first article) deletes the rule
    # and the article is analysed again: the model's label is back.
    keys_to_window(qtbot, window)
    analysed_again(qtbot, window, lambda: QTest.keyClick(window.view, Qt.Key_Z))
    back = entity(window, "Stellendam")
    assert back.label == model_second.label and back.rule is None
    assert window.notes_ctl.store.rules.in_force() == []
    # Redo puts it back.
    analysed_again(qtbot, window, lambda: QTest.keyClick(window.view, Qt.Key_Z, Qt.ShiftModifier))
    assert entity(window, "Stellendam").label == target


def test_not_a_name_here_only_and_a_name_from_the_selection(qtbot, window, tmp_path):
    first = tmp_path / "rotterdam.txt"
    shutil.copy(ROTTERDAM, first)
    assert open_and_wait(qtbot, window, first) == 0
    false = caret_on(window, "CC0")

    def not_a_name() -> None:
        QTest.keyClick(window.view, Qt.Key_X)
        dialog = dialog_open(qtbot, window)
        assert dialog.focusWidget() is dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        QTest.keyClick(dialog.focusWidget(), Qt.Key_O, Qt.AltModifier)  # only in this article
        qtbot.waitUntil(lambda: dialog.here_only)  # a mnemonic clicks a moment later
        QTest.keyClick(dialog.focusWidget(), Qt.Key_Return)

    assert fill_at(window.view, false.start).style() != Qt.NoBrush
    analysed_again(qtbot, window, not_a_name)
    assert entity(window, "CC0") is None
    assert window.view.entity_at(false.start) is None
    assert fill_at(window.view, false.start).style() == Qt.NoBrush  # its fill is gone from the text
    (rule,) = window.notes_ctl.store.rules.in_force()
    assert rule.kind == "not-entity" and rule.article_id == window.notes_ctl.article_id

    # VisNed is no name to the model: select it and mark it an organisation.
    text = window.article.text
    start = text.index("VisNed")
    assert window.view.entity_at(start) is None
    keys_to_window(qtbot, window)
    window.view.select_range(start, start + len("VisNed"))
    analysed_again(
        qtbot, window, lambda: (QTest.keyClick(window.view, Qt.Key_L, Qt.ShiftModifier), choose(qtbot, window, "organ"))
    )
    added = entity(window, "VisNed")
    assert added is not None and added.label == "ORG" and added.rule is not None
    mark = QTextCursor(window.view.document())
    mark.setPosition(added.start + 1)
    assert mark.charFormat().underlineStyle() == QTextCharFormat.DotLine  # the reader's own, not the model's

    # Undo takes back the last correction only.
    keys_to_window(qtbot, window)
    analysed_again(qtbot, window, lambda: QTest.keyClick(window.view, Qt.Key_Z))
    assert entity(window, "VisNed") is None and entity(window, "CC0") is None

    # The article-only rule leaves another article alone.
    second = tmp_path / "other.txt"
    second.write_text(OTHER.replace("Rijkswaterstaat", "CC0"), encoding="utf-8")
    assert open_and_wait(qtbot, window, second) == 0
    assert not any(e.rule for e in window.analysis.entities)


def test_merge_and_rename_actors_from_the_keyboard(qtbot, window, tmp_path):
    first = tmp_path / "rotterdam.txt"
    shutil.copy(ROTTERDAM, first)
    assert open_and_wait(qtbot, window, first) == 0
    mentions = {(e.start, e.end) for e in window.analysis.entities if e.text.startswith("Havenbedrijf")}
    assert len({e.actor for e in window.analysis.entities if e.text.startswith("Havenbedrijf")}) == 2
    caret_on(window, "Havenbedrijf")
    analysed_again(
        qtbot, window, lambda: (QTest.keyClick(window.view, Qt.Key_G), choose(qtbot, window, "Havenbedrijf Rotterdam"))
    )
    merged = next(a for a in window.analysis.actors if a.name == "Havenbedrijf Rotterdam")
    assert mentions <= set(merged.mentions) and merged.rules
    tips = [  # the panel's tooltips say whose it is
        window.actors.proxy.index(r, 0, window.actors.proxy.index(g, 0)).data(Qt.ToolTipRole)
        for g in range(window.actors.proxy.rowCount())
        for r in range(window.actors.proxy.rowCount(window.actors.proxy.index(g, 0)))
    ]
    assert any(tip.startswith("Havenbedrijf Rotterdam") and "your rule" in tip for tip in tips)
    qtbot.waitUntil(lambda: window.actors.current_actor() == merged.id)  # chosen in the panel

    # Rename, from the actors panel: F2 on the chosen actor.
    keys_to_window(qtbot, window)
    window.actors.tree.setFocus()

    def rename() -> None:
        QTest.keyClick(window.actors.tree, Qt.Key_F2)
        dialog = dialog_open(qtbot, window)
        assert dialog.name.hasFocus() and dialog.name.text() == "Havenbedrijf Rotterdam"
        dialog.name.selectAll()
        QTest.keyClicks(dialog.name, "Port of Rotterdam")
        QTest.keyClick(dialog.name, Qt.Key_Return)

    analysed_again(qtbot, window, rename)
    renamed = next(a for a in window.analysis.actors if a.name == "Port of Rotterdam")
    assert mentions <= set(renamed.mentions)
    kinds = sorted((r.kind, r.text, r.value) for r in window.notes_ctl.store.rules.in_force())
    assert kinds == [
        ("same-as", "Havenbedrijf", "Havenbedrijf Rotterdam"),
        ("same-as", "Havenbedrijf Rotterdam", "Port of Rotterdam"),
    ]


def test_the_rules_list_turns_off_and_deletes_a_rule_from_the_keyboard(qtbot, window, tmp_path):
    first = tmp_path / "rotterdam.txt"
    shutil.copy(ROTTERDAM, first)
    assert open_and_wait(qtbot, window, first) == 0
    caret_on(window, "Rijkswaterstaat")
    model_label = entity(window, "Rijkswaterstaat").label
    target = "ORG" if model_label != "ORG" else "MISC"
    analysed_again(
        qtbot, window, lambda: (QTest.keyClick(window.view, Qt.Key_L), choose(qtbot, window, LABEL_NOUNS[target]))
    )
    assert entity(window, "Rijkswaterstaat").label == target

    keys_to_window(qtbot, window)
    QTest.keyClick(window.view, Qt.Key_R, Qt.ControlModifier | Qt.ShiftModifier)
    rules = dialog_open(qtbot, window, "rules")
    assert rules.list.hasFocus()
    noun = "an organisation" if target == "ORG" else "another kind of name"
    assert rules.shown() == [(f"“Rijkswaterstaat” is {noun}", "every article", "on")]
    # Every field by Tab, in order, and back round.
    reached = [QApplication.focusWidget()]
    for _ in range(4):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [rules.list, rules.toggle_button, rules.delete_button, rules.close_button, rules.list]

    # Space turns it off: the model's label is back.
    analysed_again(qtbot, window, lambda: QTest.keyClick(rules.list, Qt.Key_Space))
    assert rules.shown()[0][2] == "off"
    assert entity(window, "Rijkswaterstaat").label == model_label
    analysed_again(qtbot, window, lambda: QTest.keyClick(rules.list, Qt.Key_Space))
    assert entity(window, "Rijkswaterstaat").label == target

    # Delete deletes it.
    analysed_again(qtbot, window, lambda: QTest.keyClick(rules.list, Qt.Key_Delete))
    assert rules.shown() == []
    assert window.notes_ctl.store.rules.all() == []
    assert entity(window, "Rijkswaterstaat").label == model_label
    QTest.keyClick(rules.list, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not rules.isVisible())
    # Undo brings the deleted rule back.
    keys_to_window(qtbot, window)
    analysed_again(qtbot, window, lambda: QTest.keyClick(window.view, Qt.Key_Z))
    assert entity(window, "Rijkswaterstaat").label == target


def test_the_corrections_are_commands_with_keys_in_the_key_map(window):
    keymap, problems = load_keymap()
    assert problems == []
    expected = {
        "rules.label": ["L"],
        "rules.not_entity": ["X"],
        "rules.add_entity": ["Shift+L"],
        "rules.rename_actor": ["F2"],
        "rules.merge_actors": ["G"],
        "rules.undo": ["Z"],
        "rules.redo": ["Shift+Z"],
        "rules.list": ["Ctrl+Shift+R"],
    }
    for name, keys in expected.items():
        assert keymap[name] == keys
        assert window.registry[name].keys == keys
        assert window.registry[name].menu == "rules"
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&Corrections" in titles


def test_a_correction_without_an_article_or_a_name_says_why(qtbot, window):
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_L)
    assert "Open an article first" in window.caret.text()
    assert window.dialogs.get("correction") is None
