"""The help menu: the command palette (any command by name) and the keys
overlay, both generated from the registry."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from ..desk import Desk
from .chooser import Choice, Chooser
from .help_overlay import HelpOverlay
from .registry import CommandRegistry, Entry

MENU = "help"


class Help:
    def __init__(self, registry: CommandRegistry, desk: Desk):
        self.registry = registry
        self.desk = desk
        # Built once every command has its keys (it lists them): see attach.
        self.overlay: HelpOverlay | None = None

    def palette(self) -> None:
        choices = [
            Choice(command.title, command.key_text, command.name, f"{command.name} {command.description}")
            for command in self.registry
        ]
        chooser = Chooser(self.desk.dialog_parent(), "Command palette", choices, "Type a command")
        # Run the command after the palette has closed, so focus is back.
        chooser.accepted.connect(lambda: QTimer.singleShot(0, lambda: self.registry.run(chooser.chosen)))
        self.desk.open_dialog("palette", chooser)

    def keys(self) -> None:
        if self.overlay is not None:
            self.overlay.toggle()


COMMANDS = (
    Entry("app.palette", "Command palette…", "Run any command by typing its name", Help.palette),
    Entry("app.help", "Keys", "Show or hide every command with its keys", Help.keys),
)
