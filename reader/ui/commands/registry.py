"""Every action of the window is a named command, registered once here.

A command has a name ("go.next_quote"), a title, a description and a
handler. Each area declares its commands in a table of `Entry` rows beside
the code they run (see areas.py); its keys come from the key map (data in
``resources/keys.json`` with the user's overrides), so menus, the command
palette and the help overlay are all generated from this one registry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ...core.config.keymap import KeyMap


@dataclass
class Command:
    name: str
    title: str
    description: str
    handler: Callable[[], None]
    menu: str = ""  # the menu it appears in; "" for none
    keys: list[str] = field(default_factory=list)
    action: QAction | None = None
    checked: Callable[[], bool] | None = None  # a toggle: whether it is on now

    @property
    def first_key_text(self) -> str:
        return QKeySequence(self.keys[0]).toString(QKeySequence.NativeText) if self.keys else ""

    @property
    def key_text(self) -> str:
        """The keys as the user's platform writes them ("⌘O" on macOS)."""
        return ", ".join(QKeySequence(key).toString(QKeySequence.NativeText) for key in self.keys)


@dataclass(frozen=True)
class Entry:
    """One row of an area's table: the command, and what it runs as
    ``run(target, *args)`` with the area's target (see `add_table`)."""

    name: str
    title: str
    description: str
    run: Callable[..., None]
    args: tuple[Any, ...] = ()
    #: For a toggle, whether it is on, as ``checked(target, *args)``: its
    #: menu item then has a check mark that follows it.
    checked: Callable[..., bool] | None = None


class CommandRegistry:
    def __init__(self, owner: QWidget):
        self.owner = owner
        self.commands: dict[str, Command] = {}

    def add(
        self,
        name: str,
        title: str,
        description: str,
        handler: Callable[[], None],
        menu: str = "",
        checked: Callable[[], bool] | None = None,
    ) -> Command:
        if name in self.commands:
            raise ValueError(f"command {name!r} registered twice")
        command = Command(name, title, description, handler, menu, checked=checked)
        action = QAction(title, self.owner)
        action.setObjectName(name)
        action.setToolTip(description)
        action.setStatusTip(description)
        # Window-wide, so keys work whichever panel has the focus.
        action.setShortcutContext(Qt.WindowShortcut)
        action.triggered.connect(lambda _checked=False, n=name: self.run(n))
        self.owner.addAction(action)
        command.action = action
        self.commands[name] = command
        if checked is not None:
            action.setCheckable(True)
            action.setChecked(checked())
        return command

    def add_table(self, menu: str, entries: tuple[Entry, ...], target: object) -> None:
        """Register an area's commands, in order, in `menu`, each running on `target`."""
        for entry in entries:
            checked = partial(entry.checked, target, *entry.args) if entry.checked else None
            self.add(entry.name, entry.title, entry.description, partial(entry.run, target, *entry.args), menu, checked)

    def run(self, name: str) -> None:
        # Looked up at call time so a handler can be replaced (tests do).
        self.commands[name].handler()
        # By key, menu or palette, every command runs here: the check
        # marks follow what it did (a checkable action flips its own mark
        # when triggered, whatever the handler did).
        self.sync_checks()

    def sync_checks(self) -> None:
        """Set every toggle's check mark to whether it is on now."""
        for command in self.commands.values():
            if command.checked is not None and command.action is not None:
                command.action.setChecked(bool(command.checked()))

    def __iter__(self):
        return iter(self.commands.values())

    def __getitem__(self, name: str) -> Command:
        return self.commands[name]

    def apply_keys(self, keymap: KeyMap) -> list[str]:
        """Bind keys from `keymap`; returns problems for the user: unknown
        or invalid keys and keys bound to two commands (Qt would run
        neither, so the one later in `keymap` loses it)."""
        problems: list[str] = []
        owner_of: dict[str, str] = {}
        order = [name for name in keymap if name in self.commands]
        order += [name for name in self.commands if name not in keymap]
        for command in (self.commands[name] for name in order):
            keys: list[str] = []
            for text in keymap.get(command.name, []):
                sequence = QKeySequence(text)
                portable = sequence.toString(QKeySequence.PortableText)
                if sequence.isEmpty() or not portable:
                    problems.append(f"{command.name}: {text!r} is not a key")
                    continue
                if portable in owner_of:
                    problems.append(f"{command.name}: {portable} is already bound to {owner_of[portable]}")
                    continue
                owner_of[portable] = command.name
                keys.append(portable)
            command.keys = keys
            assert command.action is not None
            command.action.setShortcuts([QKeySequence(key) for key in keys])
        unknown = sorted(set(keymap) - set(self.commands))
        problems += [f"key map names no command {name!r}" for name in unknown]
        return problems
