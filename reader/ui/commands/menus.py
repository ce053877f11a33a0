"""The menu bar, generated from the registry: one menu per area, in this order."""

from __future__ import annotations

from PySide6.QtWidgets import QMenuBar

from .registry import CommandRegistry

MENUS = (
    ("file", "&File"),
    ("view", "&View"),
    ("go", "&Go"),
    ("notes", "&Notes"),
    ("rules", "&Corrections"),
    ("panels", "&Panels"),
    ("help", "&Help"),
)


def build_menus(bar: QMenuBar, registry: CommandRegistry) -> None:
    menus = {name: bar.addMenu(title) for name, title in MENUS}
    for menu in menus.values():
        # Marks right even when something besides a command changed a toggle.
        menu.aboutToShow.connect(registry.sync_checks)
    for command in registry:
        if command.menu in menus:
            menus[command.menu].addAction(command.action)
