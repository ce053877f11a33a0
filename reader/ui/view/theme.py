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
    # Quotes' ink (direct in italic, reported upright): a quiet blue, apart
    # from the text but not shouting. Contrast: light #234165, 9.98:1 on the
    # page and ≥7.08:1 on every label fill; dark #A9C7EC, 9.78:1 on the page
    # and ≥5.49:1 on the fills (lighter comes too close to the text's ink).
    quote: str
    accent: str  # selection
    link: str  # links in help and dialogs

    def palette(self) -> QPalette:
        """Every colour role, in every state: a role left out keeps Qt's
        light default, which shows as white bevels, blue links and light
        frames in menus and dialogs of the dark theme."""
        palette = QPalette()
        window, text, page, dim = QColor(self.window), QColor(self.text), QColor(self.page), QColor(self.dim)
        dark = self.name == "dark"
        for role, colour in (
            (QPalette.Window, window),
            (QPalette.WindowText, text),
            (QPalette.Base, page),
            (QPalette.AlternateBase, window),
            (QPalette.Text, text),
            (QPalette.Button, window),
            (QPalette.ButtonText, text),
            (QPalette.BrightText, QColor("#ffffff") if dark else QColor("#000000")),
            (QPalette.ToolTipBase, page),
            (QPalette.ToolTipText, text),
            (QPalette.PlaceholderText, dim),
            (QPalette.Highlight, QColor(self.accent)),
            (QPalette.HighlightedText, QColor("#ffffff")),
            (QPalette.Accent, QColor(self.accent)),
            (QPalette.Link, QColor(self.link)),
            (QPalette.LinkVisited, QColor(self.link)),
            # Bevels and frames: shades of the window colour, lighter above
            # and darker below, as styles expect (Fusion draws with these).
            (QPalette.Light, window.lighter(150)),
            (QPalette.Midlight, window.lighter(120)),
            (QPalette.Mid, window.darker(130)),
            (QPalette.Dark, window.darker(160)),
            (QPalette.Shadow, QColor("#000000")),
        ):
            palette.setColor(role, colour)  # all groups: active, inactive, disabled
        for role in (QPalette.Text, QPalette.WindowText, QPalette.ButtonText, QPalette.HighlightedText):
            palette.setColor(QPalette.Disabled, role, dim)
        return palette


LIGHT = Theme(
    name="light",
    text="#1f1f1f",
    page="#fbfaf7",
    window="#efeeea",
    dim="#75736e",
    labels={"PER": "#F5D9A8", "ORG": "#BFE0F5", "LOC": "#B9E6D3", "MISC": "#E9CDE0"},
    emphasis={"PER": "#E69F00", "ORG": "#56B4E9", "LOC": "#2FBF8F", "MISC": "#CC79A7"},
    quote="#234165",
    accent="#0072B2",
    link="#0B5CAD",
)

DARK = Theme(
    name="dark",
    text="#e6e4df",
    page="#1c1c1e",
    window="#262628",
    dim="#9a978f",
    labels={"PER": "#5A3D00", "ORG": "#0E4563", "LOC": "#0A4F3C", "MISC": "#5C2D48"},
    emphasis={"PER": "#8F6300", "ORG": "#1B6E99", "LOC": "#117A5C", "MISC": "#8C4770"},
    quote="#A9C7EC",
    accent="#3A8FD0",
    link="#8AB8F0",
)


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def tell_platform(choice: str) -> None:
    """Ask the platform for the chosen scheme, so what Qt does not draw
    itself follows too: native file dialogs, title bars, the macOS menu bar.
    "system" takes the request back (and must come before `resolve`, which
    reads the scheme)."""
    hints = QGuiApplication.styleHints()
    if choice in ("light", "dark"):
        hints.setColorScheme(Qt.ColorScheme.Dark if choice == "dark" else Qt.ColorScheme.Light)
    else:
        hints.unsetColorScheme()


def resolve(choice: str) -> Theme:
    """The look for a setting of "system", "light" or "dark"."""
    if choice == "dark" or (choice == "system" and system_is_dark()):
        return DARK
    return LIGHT


def next_choice(choice: str) -> str:
    return THEMES[(THEMES.index(choice) + 1) % len(THEMES)] if choice in THEMES else THEMES[0]
