"""The view menu: which highlights show, the text size, the theme, and the
way back to the text.

The show-or-hide toggles are the legend too: each has a check mark while
its kind is shown and an icon in its colour (see `refresh_legend`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

from ...core.labels import LABEL_TITLES
from ..desk import Desk
from ..view.reading_view import QUOTES
from .registry import Entry

if TYPE_CHECKING:
    from ..view.theme import Theme
    from .registry import CommandRegistry

MENU = "view"

#: The command name's word for each label.
LABEL_COMMANDS = (("people", "PER"), ("organisations", "ORG"), ("places", "LOC"), ("other", "MISC"))
#: The kind each show-or-hide command shows or hides.
TOGGLES = {f"view.toggle_{word}": label for word, label in LABEL_COMMANDS} | {"view.toggle_quotes": QUOTES}
#: Sizes the legend's icons are drawn at (menus on a normal and a dense screen).
ICON_SIZES = (16, 32)
#: How faint a legend icon is while its kind is hidden.
HIDDEN_OPACITY = 0.3


def toggle(desk: Desk, kind: str) -> None:
    visible = desk.toggle_shown(kind)
    name = "quotes" if kind == QUOTES else LABEL_TITLES[kind].lower()
    desk.say(f"{name.capitalize()} {'shown' if visible else 'hidden'}")


def shown(desk: Desk, kind: str) -> bool:
    """Whether `kind` is shown now: the check mark of its toggle."""
    return desk.is_shown(kind)


def legend_icon(draw: Callable[[QPainter, int], None], tick: str) -> QIcon:
    """An icon drawn by ``draw(painter, size)`` at each size: with a tick in
    `tick`'s colour for the checked state (the kind shown), faint and
    without it for the unchecked one. The tick is drawn here because styles
    (Fusion among them) draw no check box beside an icon, only a sunken
    frame that few would read as "on"."""
    icon = QIcon()
    for size in ICON_SIZES:
        for state, opacity in ((QIcon.On, 1.0), (QIcon.Off, HIDDEN_OPACITY)):
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.Antialiasing)
            painter.setOpacity(opacity)
            draw(painter, size)
            if state == QIcon.On:
                draw_tick(painter, size, QColor(tick))
            painter.end()
            icon.addPixmap(pixmap, QIcon.Normal, state)
    return icon


def draw_tick(painter: QPainter, size: int, colour: QColor) -> None:
    path = QPainterPath(QPointF(size * 0.26, size * 0.52))
    path.lineTo(size * 0.43, size * 0.69)
    path.lineTo(size * 0.76, size * 0.31)
    painter.setPen(QPen(colour, max(1.5, size / 9), Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
    painter.drawPath(path)


def ink_on(fill: str) -> str:
    """Black or white, whichever reads on `fill`."""
    return "#000000" if QColor(fill).lightness() > 128 else "#ffffff"


def swatch(colour: str) -> QIcon:
    """A small square filled with `colour`, edged a shade darker so a light
    fill still stands out on a light menu."""

    def draw(painter: QPainter, size: int) -> None:
        square = QRect(size // 8, size // 8, size - size // 4, size - size // 4)
        edge = max(1, size // 16)
        painter.fillRect(square, QColor(colour).darker(150))
        painter.fillRect(square.adjusted(edge, edge, -edge, -edge), QColor(colour))

    return legend_icon(draw, ink_on(colour))


def quote_sample(colour: str) -> QIcon:
    """A quotation mark in quote ink: italic, in the theme's quote colour
    (the tick, when shown, in the same ink below it)."""

    def draw(painter: QPainter, size: int) -> None:
        font = QFont("serif")
        font.setPixelSize(int(size * 1.4))
        font.setItalic(True)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        # The mark sits high in its line: the line starts low so it centres.
        painter.drawText(QRectF(-size * 0.2, -size * 0.2, size, size * 1.4), Qt.AlignHCenter | Qt.AlignTop, "“")

    return legend_icon(draw, colour)


def refresh_legend(registry: CommandRegistry, theme: Theme) -> None:
    """Give each show-or-hide command the icon of what it shows in `theme`
    (call again when the theme changes)."""
    for name, kind in TOGGLES.items():
        command = registry.commands.get(name)
        if command is not None and command.action is not None:
            command.action.setIcon(quote_sample(theme.quote) if kind == QUOTES else swatch(theme.labels[kind]))


def zoom(desk: Desk, steps: int) -> None:
    desk.zoom(steps)


def cycle_theme(desk: Desk) -> None:
    desk.cycle_theme()


def back(desk: Desk) -> None:
    desk.back_to_text()


COMMANDS = (
    *(
        Entry(
            f"view.toggle_{word}",
            f"Show or hide {LABEL_TITLES[label].lower()}",
            f"Switch the highlighting of {LABEL_TITLES[label].lower()} on or off",
            toggle,
            (label,),
            checked=shown,
        )
        for word, label in LABEL_COMMANDS
    ),
    Entry("view.toggle_quotes", "Show or hide quotes", "Switch the marking of quotes on or off", toggle, (QUOTES,),
          checked=shown),
    Entry("view.zoom_in", "Larger text", "Make the text one point larger", zoom, (1,)),
    Entry("view.zoom_out", "Smaller text", "Make the text one point smaller", zoom, (-1,)),
    Entry("view.zoom_reset", "Default text size", "Go back to the default text size", zoom, (0,)),
    Entry("view.theme", "Switch theme", "Cycle between the system's theme, light and dark", cycle_theme),
    Entry("view.back", "Back to the text",
          "Close help, find and messages, let go of the chosen actor, focus the text", back),
)
