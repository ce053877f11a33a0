"""Every area's table of commands, in menu order: the order of the menus,
the palette and the keys overlay, and who wins a key both claim."""

from __future__ import annotations

from ..corrections import controller as rules
from ..library import controller as library
from ..notes import controller as notes
from . import file, go, palette, panels, view
from .registry import CommandRegistry

AREAS = (file, library, view, go, notes, rules, panels, palette)


def register_commands(registry: CommandRegistry, targets: dict[str, object]) -> None:
    """Register each area's table; `targets` gives what each menu's commands run on."""
    for area in AREAS:
        registry.add_table(area.MENU, area.COMMANDS, targets[area.MENU])
