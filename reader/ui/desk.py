"""What the notes and the commands may ask of the window, and nothing more.

A Protocol, so they never import the window (which builds them): the open
article and its analysis, the selection in the text, the status line and
messages, opening an article, dialogs, and the window-wide looks. The
window is the one implementation; tests use the real window too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QDialog, QWidget

    from ..core.analysis import Actor, Analysis, Entity, Quote
    from ..core.article import Article


class Desk(Protocol):
    @property
    def article(self) -> Article | None:
        """The article shown (its text may still be analysed)."""

    @property
    def analysis(self) -> Analysis | None:
        """The analysis of the article shown, once it is in."""

    def selection(self) -> tuple[int, int]:
        """The selection in the text as offsets (equal when only the caret)."""

    def select_range(self, start: int, end: int) -> None:
        """Select text[start:end] and bring it into view."""

    def focus_text(self) -> None: ...

    def at(self, position: int) -> tuple[Entity | None, Quote | None]:
        """The name and the quote at `position` in the text, either None."""

    def when_panels_filled(self, callback: Callable[[], None]) -> None:
        """`callback` once the side panels show the analysis that came in
        last (they fill over several turns); never, when a newer comes first."""

    def chosen_in_panels(self) -> Actor | Quote | None:
        """The actor or quote chosen in its panel, when that panel has the focus."""

    def say(self, text: str) -> None:
        """A short line in the status bar (what a command did, or why not)."""

    def show_message(self, text: str) -> None:
        """A message above the text, for errors and problems in the user's files."""

    def open_path(self, path: str | Path) -> None: ...

    def show_article(self, article: Article) -> None:
        """Show an article that needs no reading (a copy kept with the notes)."""

    def key_text(self, command: str) -> str:
        """The keys of `command` as the user's platform writes them."""

    def dialog_parent(self) -> QWidget: ...

    def open_dialog(self, name: str, dialog: QDialog) -> None:
        """Open `dialog` (window-modal, deleted on close), known by `name` while open."""

    def close(self) -> bool: ...

    def toggle_shown(self, kind: str) -> bool:
        """Show or hide one label's fills ("PER", …) or the quote marks; True when now shown."""

    def is_shown(self, kind: str) -> bool:
        """Whether one label's fills ("PER", …) or the quote marks are shown now."""

    def zoom(self, steps: int) -> None:
        """Text `steps` points larger (0: back to the user's text size)."""

    def cycle_theme(self) -> None: ...

    def back_to_text(self) -> None:
        """Close help, find and messages, let go of the chosen actor, focus the text."""
