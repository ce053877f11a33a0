"""Asking before something leaves the library: the article alone, or the
whole library folder it lies in. Keyboard-only: each choice has a
mnemonic, Enter takes the focused one (the article alone), Escape keeps
everything. The files themselves are never touched, and the question
says so."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget


def folder_of(path: str, folders: list[str]) -> str | None:
    """The library folder `path` lies in (the innermost), if any."""
    inside = [f for f in folders if Path(f) in Path(path).parents]
    return max(inside, key=len) if inside else None


def ask_removal(parent: QWidget, path: str, folder: str | None, chosen: Callable[[str], None]) -> QMessageBox:
    """Ask whether to remove `path` (or its library `folder`); `chosen` is
    called with the path to remove. Opened window-modal, not run: the
    window goes on meanwhile, and the box is returned for tests."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Question)
    box.setWindowTitle("Remove from the library")
    box.setText(f"Remove {Path(path).name} from the library?")
    box.setInformativeText(
        "Its analysis and what the library found in it are forgotten. The file stays where it is."
        + (f"\n\nOr remove the whole folder {folder} and every article in it." if folder else "")
    )
    article = box.addButton("Remove the &article", QMessageBox.AcceptRole)
    whole = box.addButton("Remove the whole &folder", QMessageBox.DestructiveRole) if folder else None
    box.setEscapeButton(box.addButton("&Keep it", QMessageBox.RejectRole))
    box.setDefaultButton(article)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        if clicked is article:
            chosen(path)
        elif whole is not None and clicked is whole:
            chosen(folder)

    box.finished.connect(answered)
    box.open()
    return box
