"""Corrections of quotes in a real window, from the keyboard: who said a
quote, not a quote, a quote's span, a quote added from the selection. Each
is a rule kept with the article in the notes database: it shows in the
quotes panel as the reader's own, survives reopening the article and
`reader analyze` of the same file, and undo takes it back."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from reader.core.config.keymap import load_keymap

from ..conftest import SAMPLES
from ..core.test_rules_cli import analyses
from .conftest import open_and_wait
from .test_corrections import analysed_again, dialog_open, keys_to_window

NIEMAND = "“Niemand heeft ons iets gevraagd”"
RESULTS = "de eerste resultaten na de zomer"


def quote(window, words: str):
    return next((q for q in window.analysis.quotes if q.text == words), None)


def panel_row(window, words: str) -> tuple[str, str]:
    """The quotes panel's speaker and speaker tooltip for the quote with these words."""
    panel = window.quotes
    for item in panel._items():
        if panel.analysis.quotes[item.data(0, Qt.UserRole + 1)].text == words:
            return item.text(1), item.toolTip(1) or ""
    raise AssertionError(f"{words!r} is not in the quotes panel")


def caret_in(window, words: str) -> None:
    start = window.article.text.index(words)
    window.view.select_range(start + 2, start + 2)
    window.view.setFocus()


def select(window, words: str) -> None:
    start = window.article.text.index(words)
    window.view.select_range(start, start + len(words))
    window.view.setFocus()


def speaker(qtbot, window, key, typed: str, modifier=Qt.NoModifier) -> None:
    """Press `key` and choose the speaker by typing."""

    def act() -> None:
        QTest.keyClick(window.view, key, modifier)
        dialog = dialog_open(qtbot, window)
        QTest.keyClicks(dialog.filter, typed)
        QTest.keyClick(dialog.filter, Qt.Key_Return)

    analysed_again(qtbot, window, act)


def test_a_speaker_set_in_the_window_shows_survives_reopening_and_reader_analyze(qtbot, window, tmp_path):
    path = tmp_path / "haven.txt"
    shutil.copy(SAMPLES / "rotterdam-haven.txt", path)
    assert open_and_wait(qtbot, window, path) == 0
    assert panel_row(window, NIEMAND)[0] == "Jan Bakker"
    caret_in(window, NIEMAND)
    speaker(qtbot, window, Qt.Key_W, "Karin")
    said = quote(window, NIEMAND)
    assert said.rule is not None and said.speaker.actor is not None
    shown, tip = panel_row(window, NIEMAND)
    assert shown.startswith("Karin Vos") and "your rule" in tip
    (rule,) = window.notes_ctl.store.rules.in_force()
    assert (rule.kind, rule.text, rule.article_id) == ("quote-speaker", NIEMAND, window.notes_ctl.article_id)

    # A description: what is typed, when it names no actor.
    keys_to_window(qtbot, window)
    caret_in(window, "zij de proef met belangstelling volgt")
    speaker(qtbot, window, Qt.Key_W, "een woordvoerster van het ministerie")
    assert panel_row(window, "zij de proef met belangstelling volgt")[0] == "een woordvoerster van het ministerie"

    assert open_and_wait(qtbot, window, path) == 0  # reopened
    assert panel_row(window, NIEMAND)[0].startswith("Karin Vos")
    data = analyses(path)["haven.txt"]
    (niemand,) = [q for q in data["quotes"] if q["text"] == NIEMAND]
    assert niemand["speaker"]["text"] != "Bakker" and niemand["rule"] == rule.id

    # The file changes: the quote whose words stand keeps its speaker, the
    # one whose words changed loses its correction; nothing breaks.
    text = path.read_text(encoding="utf-8")
    path.write_text("Bijgewerkt\n\n" + text.replace("met belangstelling", "met grote belangstelling"), encoding="utf-8")
    assert open_and_wait(qtbot, window, path) == 0
    assert panel_row(window, NIEMAND)[0].startswith("Karin Vos")
    assert not any(q.rule for q in window.analysis.quotes if "belangstelling" in q.text)


def test_not_a_quote_undo_a_span_and_a_quote_added_from_the_selection(qtbot, window, tmp_path):
    path = tmp_path / "haven.txt"
    shutil.copy(SAMPLES / "rotterdam-haven.txt", path)
    assert open_and_wait(qtbot, window, path) == 0
    first = window.analysis.quotes[0]
    caret_in(window, first.text)
    analysed_again(qtbot, window, lambda: QTest.keyClick(window.view, Qt.Key_X, Qt.ShiftModifier))
    assert quote(window, first.text) is None
    keys_to_window(qtbot, window)
    analysed_again(qtbot, window, lambda: QTest.keyClick(window.view, Qt.Key_Z))
    assert quote(window, first.text) is not None and quote(window, first.text).rule is None
    assert window.notes_ctl.store.rules.in_force() == []

    # The reported quote gains its "dat": select the longer span, B.
    longer = "dat zijn leden pas vorige week over de plannen hoorden"
    keys_to_window(qtbot, window)
    select(window, longer)
    analysed_again(qtbot, window, lambda: QTest.keyClick(window.view, Qt.Key_B))
    assert quote(window, longer) is not None and quote(window, longer).rule is not None
    assert quote(window, longer[4:]) is None

    # A quote the model missed, with its speaker.
    assert quote(window, RESULTS) is None
    keys_to_window(qtbot, window)
    select(window, RESULTS)
    speaker(qtbot, window, Qt.Key_W, "Marieke", Qt.ShiftModifier)
    added = quote(window, RESULTS)
    assert added is not None and added.rule is not None
    de_wit = next(a for a in window.analysis.actors if a.name == "Marieke de Wit")
    assert added.speaker.actor == de_wit.id and window.analysis.quotes.index(added) in de_wit.quotes
    assert panel_row(window, RESULTS)[0] == "Marieke de Wit"
    kinds = sorted(r.kind for r in window.notes_ctl.store.rules.in_force())
    assert kinds == ["add-quote", "quote-span"]


def test_the_quote_corrections_are_commands_with_keys(window):
    keymap, problems = load_keymap()
    assert problems == []
    expected = {
        "rules.quote_speaker": ["W"],
        "rules.not_quote": ["Shift+X"],
        "rules.quote_span": ["B"],
        "rules.add_quote": ["Shift+W"],
        "rules.split_mention": ["Shift+G"],
    }
    for name, keys in expected.items():
        assert keymap[name] == keys and window.registry[name].keys == keys
        assert window.registry[name].menu == "rules"


def test_a_mention_split_out_of_its_actor_from_the_keyboard_and_undone(qtbot, window, tmp_path):
    path = tmp_path / "haven.txt"
    shutil.copy(SAMPLES / "rotterdam-haven.txt", path)
    assert open_and_wait(qtbot, window, path) == 0
    volgens = window.article.text.index("Volgens De Wit") + len("Volgens ")
    window.view.select_range(volgens + 1, volgens + 1)
    window.view.setFocus()

    def split() -> None:
        QTest.keyClick(window.view, Qt.Key_G, Qt.ShiftModifier)
        dialog = dialog_open(qtbot, window)
        assert dialog.visible_choices()[0].value == ("own", None)
        QTest.keyClick(dialog.filter, Qt.Key_Return)

    analysed_again(qtbot, window, split)
    alone = next(a for a in window.analysis.actors if (volgens, volgens + 6) in a.mentions)
    assert alone.name == "De Wit" and alone.mentions == [(volgens, volgens + 6)] and alone.rules
    de_wit = next(a for a in window.analysis.actors if a.name == "Marieke de Wit")
    assert (volgens, volgens + 6) not in de_wit.mentions
    (rule,) = window.notes_ctl.store.rules.in_force()
    assert (rule.kind, rule.start, rule.value) == ("split-mention", volgens, None)
    keys_to_window(qtbot, window)
    analysed_again(qtbot, window, lambda: QTest.keyClick(window.view, Qt.Key_Z))
    de_wit = next(a for a in window.analysis.actors if a.name == "Marieke de Wit")
    assert (volgens, volgens + 6) in de_wit.mentions and not de_wit.rules


def test_a_quote_correction_without_a_quote_says_why(qtbot, window, tmp_path):
    path = tmp_path / "haven.txt"
    shutil.copy(SAMPLES / "rotterdam-haven.txt", path)
    assert open_and_wait(qtbot, window, path) == 0
    window.view.select_range(0, 0)  # the title: no quote
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_W)
    assert "Put the caret in a quote" in window.caret.text()
    QTest.keyClick(window.view, Qt.Key_B)
    assert "Select the quote's words" in window.caret.text()
    assert window.dialogs.get("correction") is None
