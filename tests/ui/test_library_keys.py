"""The library view from the keyboard alone, in a real window (offscreen)
with real databases: a merge suggestion dismissed stays gone, one merged
makes the same-as rule and joins the actors, and an article or its folder
removed after a keyboard-answered question leaves the files on disk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from reader.core.library.cache import AnalysisCache
from reader.core.library.keys import READER_VERSION, file_hash
from reader.core.library.store import Library
from tests.core.library_articles import BRUSSEL, DEN_HAAG, KYIV, write

from .conftest import open_and_wait

CTRL_SHIFT = Qt.ControlModifier | Qt.ShiftModifier


def imported(qtbot, window, folder):
    """The library view, open from its key, once `folder` is added."""
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_B, CTRL_SHIFT)
    controller = window.library_ctl
    controller.start_import(str(folder))  # the folder chooser is the platform's own
    qtbot.waitUntil(lambda: controller.cancel is None, timeout=120_000)
    dialog = controller.dialog
    qtbot.waitUntil(lambda: dialog.articles.topLevelItemCount() == len(list(folder.iterdir())), timeout=10_000)
    return controller, dialog


def rows(tree) -> list[str]:
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_a_suggestion_dismissed_from_the_keyboard_stays_gone_and_one_merged_joins_the_actors(qtbot, window, tmp_path):
    folder = tmp_path / "news"
    write(folder, kyiv=KYIV, den_haag=DEN_HAAG)
    controller, dialog = imported(qtbot, window, folder)
    qtbot.waitUntil(lambda: dialog.suggestions.topLevelItemCount() == 1, timeout=10_000)
    QTest.keyClick(dialog, Qt.Key_S, Qt.AltModifier)  # the Suggestions tab
    dialog.suggestions.setFocus()
    assert dialog.suggestions.currentItem().text(1) == "Zelenski"
    QTest.keyClick(dialog.suggestions, Qt.Key_Delete)
    qtbot.waitUntil(lambda: dialog.suggestions.topLevelItemCount() == 0, timeout=10_000)
    assert "Dismissed: Zelenski may be Volodymyr Zelensky" in window.caret.text()
    QTest.keyClick(dialog, Qt.Key_Escape)
    qtbot.waitUntil(lambda: controller.dialog is None)
    # Opened again: still gone, and nothing merged.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_D, CTRL_SHIFT)  # the suggestions, from the window
    dialog = controller.dialog
    qtbot.waitUntil(lambda: "Zelenski" in rows(dialog.actor_list), timeout=10_000)
    assert dialog.suggestions.topLevelItemCount() == 0 and dialog.tabs.currentIndex() == 2
    assert window.notes_ctl.open_store().rules.all() == []
    with Library() as library:
        assert library.restore("PER", "Volodymyr Zelensky", "Zelenski")
    controller.refresh()
    qtbot.waitUntil(lambda: dialog.suggestions.topLevelItemCount() == 1, timeout=10_000)
    dialog.suggestions.setFocus()
    QTest.keyClick(dialog, Qt.Key_M, CTRL_SHIFT)  # the window's key works in the view
    qtbot.waitUntil(lambda: "Zelenski" not in rows(dialog.actor_list), timeout=10_000)
    [rule] = window.notes_ctl.open_store().rules.all()
    assert (rule.kind, rule.text, rule.value, rule.article_id) == ("same-as", "Zelenski", "Volodymyr Zelensky", None)
    zelensky = dialog.actor_list.topLevelItem(rows(dialog.actor_list).index("Volodymyr Zelensky"))
    assert zelensky.text(2) == "2" and dialog.suggestions.topLevelItemCount() == 0
    # Undone like a merge correction.
    assert window.corrections.done[-1].rule == rule.id


def test_an_article_and_then_its_folder_are_removed_from_the_keyboard_and_the_files_stay(qtbot, window, tmp_path):
    folder = tmp_path / "news"
    paths = write(folder, kyiv=KYIV, brussel=BRUSSEL, den_haag=DEN_HAAG)
    controller, dialog = imported(qtbot, window, folder)
    QTest.keyClick(dialog, Qt.Key_A, Qt.AltModifier)  # the Articles tab
    dialog.articles.setFocus()
    QTest.keyClick(dialog.articles, Qt.Key_Delete)
    qtbot.waitUntil(lambda: controller.asking is not None and controller.asking.isVisible())
    QTest.keyClick(controller.asking, Qt.Key_Escape)  # kept
    qtbot.waitUntil(lambda: controller.asking is None)
    assert dialog.articles.topLevelItemCount() == 3
    kyiv = next(i for i in range(3) if dialog.articles.topLevelItem(i).text(0) == "Zelensky wil meer wapens")
    dialog.articles.setCurrentItem(dialog.articles.topLevelItem(kyiv))
    QTest.keyClick(dialog.articles, Qt.Key_Delete)
    qtbot.waitUntil(lambda: controller.asking is not None and controller.asking.isVisible())
    QTest.keyClick(controller.asking.focusWidget() or controller.asking, Qt.Key_Return)  # the article alone
    qtbot.waitUntil(lambda: dialog.articles.topLevelItemCount() == 2, timeout=10_000)
    assert "Zelensky wil meer wapens" not in rows(dialog.articles)
    cache = AnalysisCache()
    assert cache.entry(file_hash(paths["kyiv"].read_bytes()), READER_VERSION) is None and len(cache) == 2
    assert paths["kyiv"].read_text(encoding="utf-8") == KYIV
    # The whole folder, with the question's mnemonic; the focus came back to the list.
    qtbot.waitUntil(dialog.articles.hasFocus)
    QTest.keyClick(dialog.articles, Qt.Key_Delete)
    qtbot.waitUntil(lambda: controller.asking is not None and controller.asking.isVisible())
    assert "Or remove the whole folder" in controller.asking.informativeText()
    controller.asking.activateWindow()
    qtbot.waitUntil(controller.asking.isActiveWindow)  # a mnemonic works in the active window only
    QTest.keyClick(controller.asking, Qt.Key_F, Qt.AltModifier)
    qtbot.waitUntil(lambda: dialog.articles.topLevelItemCount() == 0, timeout=10_000)
    with Library() as library:
        assert library.folders() == [] and library.articles() == []
    assert len(cache) == 0
    cache.close()
    assert sorted(p.name for p in folder.iterdir()) == ["brussel.txt", "den_haag.txt", "kyiv.txt"]


def test_the_article_shown_is_removed_from_the_library_with_the_window_key(qtbot, window, tmp_path):
    path = write(tmp_path / "news", kyiv=KYIV)["kyiv"]
    assert open_and_wait(qtbot, window, path) == 0
    with Library() as library:
        assert len(library.articles()) == 1  # every article the window opens is remembered
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_Delete, CTRL_SHIFT)
    controller = window.library_ctl
    qtbot.waitUntil(lambda: controller.asking is not None and controller.asking.isVisible(), timeout=10_000)
    controller.asking.activateWindow()
    qtbot.waitUntil(controller.asking.isActiveWindow)
    QTest.keyClick(controller.asking, Qt.Key_A, Qt.AltModifier)
    qtbot.waitUntil(lambda: window.caret.text().startswith("Removed from the library: 1 article"), timeout=10_000)
    with Library() as library:
        assert library.articles() == []
    assert path.exists()
