"""The library in the window: reopening reads the cache, the library view
lists the actors across articles with their quotes, a line opens the
article at that quote, and a folder is added on a worker with progress."""

from __future__ import annotations

from reader.core.library.store import Library
from tests.core.library_articles import BRUSSEL, DEN_HAAG, KYIV, write

from .conftest import open_and_wait


def test_reopening_an_article_in_the_window_reads_the_cache(qtbot, window, tmp_path, monkeypatch):
    path = write(tmp_path / "news", kyiv=KYIV)["kyiv"]
    assert open_and_wait(qtbot, window, path) == 0
    first = window.session.analysis.to_dict()
    analyzer = window.session._the_analyzer()
    calls = []
    monkeypatch.setattr(type(analyzer), "analyze", lambda self, *a, **k: calls.append(a) or 1 / 0)
    assert open_and_wait(qtbot, window, path) == 0
    assert calls == [] and window.session.analysis.to_dict() == first
    with Library() as library:
        assert [a["title"] for a in library.articles()] == ["Zelensky wil meer wapens"]


def test_the_library_view_lists_actors_and_a_quote_line_opens_the_article_there(qtbot, window, tmp_path):
    folder = tmp_path / "news"
    write(folder, den_haag=DEN_HAAG, brussel=BRUSSEL)
    window.registry.run("library.show")
    controller = window.library_ctl
    controller.start_import(str(folder))
    qtbot.waitUntil(lambda: controller.cancel is None, timeout=120_000)
    dialog = controller.dialog
    qtbot.waitUntil(lambda: dialog.actor_list.topLevelItemCount() > 0, timeout=10_000)
    assert dialog.articles.topLevelItemCount() == 2
    rows = {dialog.actor_list.topLevelItem(i).text(0): i for i in range(dialog.actor_list.topLevelItemCount())}
    rutte = dialog.actor_list.topLevelItem(rows["Mark Rutte"])
    assert rutte.text(2) == "2"  # articles
    dialog.actor_list.setCurrentItem(rutte)
    quote = next(
        dialog.ledger.topLevelItem(i)
        for i in range(dialog.ledger.topLevelItemCount())
        if "twijfelen" in dialog.ledger.topLevelItem(i).text(4)
    )
    assert quote.text(2) == "named"
    _path, start, end = quote.data(0, 256)
    finished: list[int] = []
    window.finished_callbacks.append(finished.append)
    dialog.ledger.itemActivated.emit(quote, 0)
    qtbot.waitUntil(lambda: window.view.textCursor().hasSelection(), timeout=60_000)
    qtbot.waitUntil(lambda: bool(finished), timeout=60_000)  # nothing left running when the window goes
    cursor = window.view.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (start, end)
    assert window.session.article.title == "Rutte pleit in Brussel voor steun"


def test_a_file_added_to_a_library_folder_is_picked_up_when_the_window_starts(
    qtbot, make_window, tmp_path, monkeypatch
):
    from reader.ui.library import controller

    folder = tmp_path / "news"
    write(folder, kyiv=KYIV)
    with Library() as library:
        library.add_folder(folder)  # added before; the file came since
    monkeypatch.setattr(controller, "START_DELAY_MS", 0)
    window = make_window()
    qtbot.waitUntil(lambda: window.library_ctl.cancel is not None, timeout=5_000)  # started by itself
    qtbot.waitUntil(lambda: window.library_ctl.cancel is None, timeout=120_000)
    assert window.caret.text() == "Library: 1 analysed, 0 from the cache, 0 failed"
    with Library() as library:
        assert [a["title"] for a in library.articles()] == ["Zelensky wil meer wapens"]


def test_adding_a_folder_shows_progress_and_can_be_cancelled(qtbot, window, tmp_path):
    folder = tmp_path / "news"
    write(folder, kyiv=KYIV, den_haag=DEN_HAAG, brussel=BRUSSEL)
    window.registry.run("library.show")
    controller = window.library_ctl
    dialog = controller.dialog
    controller.start_import(str(folder))
    assert not dialog.add_button.isEnabled() or controller.cancel is not None  # the window goes on meanwhile
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: controller.cancel is None, timeout=120_000)
    qtbot.waitUntil(lambda: "(cancelled)" in dialog.status.text(), timeout=10_000)
    assert dialog.add_button.isEnabled() and not dialog.cancel_button.isVisible()
    with Library() as library:
        assert library.articles() == []
