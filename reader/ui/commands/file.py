"""The file menu: open an article (by dialog or from the recent ones), read
it again, quit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from ...core.config import recent
from ...core.loading import SUPPORTED_SUFFIXES
from ..desk import Desk
from .chooser import Choice, Chooser
from .registry import Entry

MENU = "file"


def choose_file(desk: Desk) -> None:
    patterns = " ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
    start = str(Path(desk.article.path).parent) if desk.article else ""
    path, _ = QFileDialog.getOpenFileName(
        desk.dialog_parent(), "Open article", start, f"Articles ({patterns});;All files (*)"
    )
    if path:
        desk.open_path(path)


def choose_recent(desk: Desk) -> None:
    files = recent.recent_files()
    if not files:
        desk.show_message("No recent articles yet.")
        return
    choices = [
        Choice(Path(f).name, str(Path(f).parent) + ("" if Path(f).exists() else "  (missing)"), f, f)
        for f in files
    ]
    chooser = Chooser(desk.dialog_parent(), "Open recent", choices)
    chooser.accepted.connect(lambda: desk.open_path(chooser.chosen))
    desk.open_dialog("recent", chooser)


def reload(desk: Desk) -> None:
    if desk.article is not None:
        desk.open_path(desk.article.path)


def quit_reader(desk: Desk) -> None:
    desk.close()


COMMANDS = (
    Entry("file.open", "Open…", "Open an article file", choose_file),
    Entry("file.recent", "Open recent…", "Choose one of the articles opened lately", choose_recent),
    Entry("file.reload", "Read and analyse again", "Read the file again and redo the analysis", reload),
    Entry("app.quit", "Quit", "Close the reader", quit_reader),
)
