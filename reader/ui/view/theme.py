"""Light and dark looks, and which one applies.

Highlight fills use the Okabe–Ito palette, which readers with the common
colour-vision deficiencies can tell apart: lightened under dark text in
the light theme, darkened under light text in the dark one (both keep a
contrast ratio above 7:1 with the text). "system" follows the platform's
colour scheme and changes with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Theme:
    name: str
    text: str
    page: str  # the reading view's background
    window: str
    dim: str  # metadata and boilerplate
    labels: dict[str, str]  # fill per entity label
    emphasis: dict[str, str]  # fill for the chosen actor's mentions
    quote: str  # quote underline
    accent: str  # selection

    def palette(self) -> QPalette:
        palette = QPalette()
        window, text, page = QColor(self.window), QColor(self.text), QColor(self.page)
        for role, colour in (
            (QPalette.Window, window),
            (QPalette.WindowText, text),
            (QPalette.Base, page),
            (QPalette.AlternateBase, window),
            (QPalette.Text, text),
            (QPalette.Button, window),
            (QPalette.ButtonText, text),
            (QPalette.ToolTipBase, page),
            (QPalette.ToolTipText, text),
            (QPalette.PlaceholderText, QColor(self.dim)),
            (QPalette.Highlight, QColor(self.accent)),
            (QPalette.HighlightedText, QColor("#ffffff")),
        ):
            palette.setColor(role, colour)
        palette.setColor(QPalette.Disabled, QPalette.Text, QColor(self.dim))
        palette.setColor(QPalette.Disabled, QPalette.WindowText, QColor(self.dim))
        return palette


LIGHT = Theme(
    name="light",
    text="#1f1f1f",
    page="#fbfaf7",
    window="#efeeea",
    dim="#75736e",
    labels={"PER": "#F5D9A8", "ORG": "#BFE0F5", "LOC": "#B9E6D3", "MISC": "#E9CDE0"},
    emphasis={"PER": "#E69F00", "ORG": "#56B4E9", "LOC": "#2FBF8F", "MISC": "#CC79A7"},
    quote="#D55E00",
    accent="#0072B2",
)

DARK = Theme(
    name="dark",
    text="#e6e4df",
    page="#1c1c1e",
    window="#262628",
    dim="#9a978f",
    labels={"PER": "#5A3D00", "ORG": "#0E4563", "LOC": "#0A4F3C", "MISC": "#5C2D48"},
    emphasis={"PER": "#8F6300", "ORG": "#1B6E99", "LOC": "#117A5C", "MISC": "#8C4770"},
    quote="#FF9A57",
    accent="#3A8FD0",
)


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: str) -> Theme:
    """The look for a setting of "system", "light" or "dark"."""
    if choice == "dark" or (choice == "system" and system_is_dark()):
        return DARK
    return LIGHT


def next_choice(choice: str) -> str:
    return THEMES[(THEMES.index(choice) + 1) % len(THEMES)] if choice in THEMES else THEMES[0]
