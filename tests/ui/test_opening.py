"""Opening articles: errors are messages, a newer open wins, recent files,
reopening the last article, dropping a file, the screenshot command."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QIcon, QImage

from reader.core.config import recent
from reader.core.config.resources import icon_path
from reader.ui.app import last_article

from ..conftest import SAMPLES
from .conftest import open_and_wait


def test_an_unreadable_file_is_a_message_not_a_crash(qtbot, window, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(bytes(range(256)) * 40)
    assert open_and_wait(qtbot, window, bad) == 1
    assert window.message.isVisible()
    assert str(bad) in window.message.text() and "binary" in window.message.text()
    # The window still works: the next article opens.
    assert open_and_wait(qtbot, window, SAMPLES / "rotterdam-haven.txt") == 0
    assert not window.message.isVisible()


def test_a_newer_open_replaces_one_still_running(qtbot, window):
    codes: list[int] = []
    window.finished_callbacks.append(codes.append)
    window.open_path(SAMPLES / "harbour-floating-solar.txt")
    window.open_path(SAMPLES / "rotterdam-haven.txt")
    qtbot.waitUntil(lambda: bool(codes), timeout=120_000)
    qtbot.wait(300)
    assert codes == [0]
    assert window.analysis.article.path.endswith("rotterdam-haven.txt")
    assert "Rotterdam" in window.view.toPlainText()


def test_recent_files_and_reopening_the_last_article(qtbot, window):
    path = SAMPLES / "rotterdam-haven.txt"
    assert open_and_wait(qtbot, window, path) == 0
    assert recent.recent_files()[0] == str(path.resolve())
    assert last_article(window) == str(path.resolve())
    window.settings.reopen_last = False
    assert last_article(window) is None
    window.registry.run("file.recent")
    assert [choice.value for choice in window.recent_dialog.visible_choices()] == [str(path.resolve())]
    window.recent_dialog.reject()


def test_dropping_a_file_opens_it(qtbot, window):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(SAMPLES / "rotterdam-haven.txt"))])
    codes: list[int] = []
    window.finished_callbacks.append(codes.append)
    event = QDropEvent(QPointF(10, 10), Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: bool(codes), timeout=120_000)
    assert window.article.path.endswith("rotterdam-haven.txt")


def test_screenshot_command_writes_a_picture(tmp_path):
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "reader", str(SAMPLES / "rotterdam-haven.txt"), "--screenshot", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull() and image.width() > 900


def test_the_application_icon_ships_and_loads(qapp):
    assert icon_path().is_file()
    assert not QIcon(str(icon_path())).pixmap(32, 32).isNull()


def test_a_model_that_fails_is_a_message_and_the_text_stays(qtbot, tmp_path):
    from reader.ui.window import ReaderWindow

    window = ReaderWindow(model=str(tmp_path / "no-such-model"))
    qtbot.addWidget(window)
    window.show()
    assert open_and_wait(qtbot, window, SAMPLES / "rotterdam-haven.txt") == 1
    assert "Analysis failed" in window.message.text() and "no-such-model" in window.message.text()
    assert "Rotterdam" in window.view.toPlainText()


def test_progress_says_what_is_going_on_and_goes_away(qtbot):
    from reader.core.analyzer import Analyzer
    from reader.core.nlp.pipeline import Pipelines
    from reader.ui.window import ReaderWindow

    window = ReaderWindow(analyzer=Analyzer(Pipelines()))  # a model still to load
    qtbot.addWidget(window)
    window.show()
    seen: set[str] = set()
    codes: list[int] = []
    window.finished_callbacks.append(codes.append)
    window.open_path(SAMPLES / "rotterdam-haven.txt")

    def note_activity() -> bool:
        if window.activity.isVisible():
            seen.add(window.activity.text())
        return bool(codes)

    qtbot.waitUntil(note_activity, timeout=120_000)
    assert "Loading model…" in seen
    assert not window.progress.isVisible() and not window.activity.isVisible()


def test_an_unexpected_error_is_logged_and_shown_not_a_crash(qtbot, window, monkeypatch):
    import sys

    from reader.ui import errors

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    errors.install(window.show_message)
    try:
        raise RuntimeError("a bug in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert window.message.isVisible()
    assert "a bug in a slot" in window.message.text() and str(errors.log_path()) in window.message.text()
    logged = errors.log_path().read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: a bug in a slot" in logged
