"""The first window under QT_QPA_PLATFORM=offscreen: real widgets, real model."""

import subprocess
import sys

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from reader.ui.app import ReaderWindow

from ..conftest import SAMPLES


@pytest.fixture(scope="module")
def app():
    return QApplication.instance() or QApplication([])


def wait_for_analysis(window, timeout_ms=60000):
    loop = QEventLoop()
    codes = []
    window.finished_callbacks.append(lambda code: (codes.append(code), loop.quit()))
    QTimer.singleShot(timeout_ms, loop.quit)
    return loop, codes


def test_text_shows_at_once_and_highlights_follow(app):
    window = ReaderWindow()
    loop, codes = wait_for_analysis(window)
    window.open_path(SAMPLES / "harbour-floating-solar.txt")
    # The text is there before the analysis has finished.
    assert "Port of Rotterdam" in window.view.toPlainText()
    assert window.analysis is None
    loop.exec()
    assert codes == [0]
    assert window.analysis is not None and window.analysis.entities
    names = []
    for i in range(window.actors.topLevelItemCount()):
        group = window.actors.topLevelItem(i)
        names += [group.child(j).text(0) for j in range(group.childCount())]
    assert "Marieke de Wit" in names
    assert "entities" in window.status.text()
    window.close()


def test_unreadable_file_is_a_message_not_a_crash(app, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(bytes(range(256)) * 40)
    window = ReaderWindow()
    window.open_path(bad)
    assert "binary" in window.status.text() and str(bad) in window.status.text()
    window.close()


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
    assert not image.isNull() and image.width() > 600


def test_the_application_icon_ships_and_loads(app):
    from PySide6.QtGui import QIcon

    from reader.core.resources import icon_path

    icon = QIcon(str(icon_path()))
    assert icon_path().is_file()
    assert not icon.pixmap(32, 32).isNull()


def test_quotes_are_underlined_with_their_speaker(app):
    from PySide6.QtGui import QTextCursor

    window = ReaderWindow()
    loop, codes = wait_for_analysis(window)
    window.open_path(SAMPLES / "harbour-floating-solar.txt")
    loop.exec()
    text = window.view.toPlainText()
    start = text.index('"Nobody asked us anything,"')
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(start + 3)
    fmt = cursor.charFormat()
    assert fmt.fontUnderline() or fmt.underlineStyle() != fmt.UnderlineStyle.NoUnderline
    assert "Jan Bakker" in fmt.toolTip() and "direct" in fmt.toolTip()
    window.close()
