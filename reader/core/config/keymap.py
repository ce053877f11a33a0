"""Key bindings as data: the defaults shipped in ``resources/keys.json``
with the user's ``keys.json`` (config folder) merged on top.

Both files map a command name to a key or a list of keys in Qt's portable
text form ("Ctrl+O", "Shift+F3", "J"); an empty list unbinds. A damaged user
file is reported and ignored, never fatal. Checking that each key string is
valid and that no key is bound twice needs Qt, so it happens in the window.
"""

from __future__ import annotations

from pathlib import Path

from . import paths
from .jsonfile import JsonFileError, read_json
from .resources import keys_path

KeyMap = dict[str, list[str]]


class KeyMapError(ValueError):
    pass


def user_keys_path() -> Path:
    return paths.config_dir() / "keys.json"


def read_keymap(path: Path) -> KeyMap:
    try:
        data = read_json(path)
    except JsonFileError as error:
        raise KeyMapError(str(error)) from None
    if not isinstance(data, dict):
        raise KeyMapError(f"{path}: expected an object of command names to keys")
    keymap: KeyMap = {}
    for name, keys in data.items():
        if isinstance(keys, str):
            keys = [keys] if keys else []
        if not isinstance(keys, list) or not all(isinstance(key, str) for key in keys):
            raise KeyMapError(f"{path}: keys for {name!r} must be a string or a list of strings")
        keymap[name] = keys
    return keymap


def load_keymap(user_path: Path | None = None) -> tuple[KeyMap, list[str]]:
    """The effective key map and the problems met reading it (for the user
    to see; the defaults are used where the user's file fails). The user's
    bindings come first, so where one clashes with a default, the user's
    wins."""
    keymap = read_keymap(keys_path())
    problems: list[str] = []
    user_path = user_path or user_keys_path()
    if user_path.exists():
        try:
            overrides = read_keymap(user_path)
        except KeyMapError as error:
            problems.append(f"{error}; using the default keys")
        else:
            mine: KeyMap = {}
            for name, keys in overrides.items():
                if name not in keymap:
                    problems.append(f"{user_path}: no command named {name!r}")
                    continue
                mine[name] = keys
            keymap = mine | {name: keys for name, keys in keymap.items() if name not in mine}
    return keymap, problems
