"""Start the window: `reader [FILE] [--screenshot OUT]`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..core.config import recent
from ..core.config.resources import icon_path
from . import errors
from .display import display_problem
from .window import ReaderWindow

__all__ = ["ReaderWindow", "run_window"]


def last_article(window: ReaderWindow) -> str | None:
    """The article to reopen on start, when the setting asks for it."""
    if not window.settings.reopen_last:
        return None
    files = recent.recent_files()
    if files and Path(files[0]).exists():
        return files[0]
    return None


def run_window(path: str | None, model: str | None = None, screenshot: str | None = None) -> int:
    # The models' matrix products go through numpy's OpenBLAS
    # (core/nlp/pipeline.py), whose threads spin on every core for a while
    # after each product; one thread leaves a core to the window on a
    # two-core machine. Read when numpy is first imported, with spaCy in the
    # analysis worker, so setting it here is in time; a user's own setting
    # is kept.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    problem = None if QApplication.instance() else display_problem()
    if problem:
        print(f"reader: {problem}", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Reader")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(icon_path())))
    if screenshot and not path:
        print("reader: --screenshot needs an article to open", file=sys.stderr)
        return 2
    window = ReaderWindow(model=model)
    errors.install(window.show_message)
    window.show()
    exit_code = 0
    if screenshot:

        def save(code: int) -> None:
            nonlocal exit_code
            exit_code = code
            window.grab().save(screenshot)
            QTimer.singleShot(0, app.quit)

        window.finished_callbacks.append(save)
    # Follow the system's light/dark switch while the setting says "system".
    QGuiApplication.styleHints().colorSchemeChanged.connect(
        lambda _scheme: window.settings.theme == "system" and window.apply_theme()
    )
    path = path or (None if screenshot else last_article(window))
    if path:
        QTimer.singleShot(0, lambda: window.open_path(path))
    app.exec()
    return exit_code
