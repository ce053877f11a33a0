"""The view menu: which highlights show, the text size, the theme, and the
way back to the text."""

from __future__ import annotations

from ...core.labels import LABEL_TITLES
from ..desk import Desk
from ..view.reading_view import QUOTES
from .registry import Entry

MENU = "view"

#: The command name's word for each label.
LABEL_COMMANDS = (("people", "PER"), ("organisations", "ORG"), ("places", "LOC"), ("other", "MISC"))


def toggle(desk: Desk, kind: str) -> None:
    visible = desk.toggle_shown(kind)
    name = "quotes" if kind == QUOTES else LABEL_TITLES[kind].lower()
    desk.say(f"{name.capitalize()} {'shown' if visible else 'hidden'}")


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
        )
        for word, label in LABEL_COMMANDS
    ),
    Entry("view.toggle_quotes", "Show or hide quotes", "Switch the marking of quotes on or off", toggle, (QUOTES,)),
    Entry("view.zoom_in", "Larger text", "Make the text one point larger", zoom, (1,)),
    Entry("view.zoom_out", "Smaller text", "Make the text one point smaller", zoom, (-1,)),
    Entry("view.zoom_reset", "Default text size", "Go back to the default text size", zoom, (0,)),
    Entry("view.theme", "Switch theme", "Cycle between the system's theme, light and dark", cycle_theme),
    Entry("view.back", "Back to the text",
          "Close help, find and messages, let go of the chosen actor, focus the text", back),
)
