"""Real windows under QT_QPA_PLATFORM=offscreen, with the real bundled models."""

from __future__ import annotations

import pytest

from reader.ui.window import ReaderWindow


@pytest.fixture
def make_window(qtbot, analyzer):
    def make() -> ReaderWindow:
        window = ReaderWindow(analyzer=analyzer)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()


def open_and_wait(qtbot, window: ReaderWindow, path, timeout: int = 120_000) -> int:
    """Open `path` and wait until its analysis and highlights are done (or
    the open failed); returns the exit code the window reports."""
    codes: list[int] = []
    window.finished_callbacks.append(codes.append)
    window.open_path(path)
    qtbot.waitUntil(lambda: bool(codes), timeout=timeout)
    window.finished_callbacks.remove(codes.append)
    return codes[0]
