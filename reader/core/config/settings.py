"""The user's settings: a JSON file in the config folder, read into one
typed `Settings`.

Read leniently: every key has a default and a check, and a wrong type or
value is a problem naming the key (the default is used), never a crash. A
damaged file gives the defaults and is never overwritten; keys this version
does not know are reported and kept when saving, so what a newer reader
wrote is not lost.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from . import paths
from .jsonfile import JsonFileError, read_json, write_json

THEMES = ("system", "light", "dark")
#: Text sizes in points: the range the zoom keys reach in the window.
SMALLEST_TEXT, LARGEST_TEXT = 7, 40


@dataclass
class Settings:
    # A spaCy pipeline (package name or folder) for every article, or per
    # language under "models": {"nl": "nl_core_news_lg"}.
    model: str | None = None
    models: dict[str, str] = field(default_factory=dict)
    # The window: open the last article on start; "system", "light" or "dark".
    reopen_last: bool = True
    theme: str = "system"
    # The default text size in points (Ctrl+0 goes back to it) and the zoom,
    # points added to it by the zoom keys: kept apart, so zooming never
    # changes the default.
    text_size: int = 13
    zoom: int = 0
    # Characters per line of the text column.
    line_length: int = 70
    # Not settings: keys this version does not know (saved back as they
    # were), and whether the file could not be read (then it is never written).
    unknown: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    damaged: bool = field(default=False, repr=False, compare=False)

    def for_pipelines(self) -> dict[str, Any]:
        """What choosing a pipeline reads (`nlp.pipeline` takes a plain dict)."""
        return {"model": self.model, "models": dict(self.models)}

    def to_json(self) -> dict[str, Any]:
        data = dict(self.unknown)
        data.update({name: getattr(self, name) for name in CHECKS})
        return data


def _whole_number(low: int, high: int) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        # bool is an int to Python, never to a person writing settings.
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return f"a whole number from {low} to {high}"
        return None

    return check


def _optional_name(value: Any) -> str | None:
    return None if value is None or (isinstance(value, str) and value.strip()) else "a model name, a folder or null"


def _names_per_language(value: Any) -> str | None:
    if isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        return None
    return 'an object of language → model, like {"nl": "nl_core_news_lg"}'


def _yes_or_no(value: Any) -> str | None:
    return None if isinstance(value, bool) else "true or false"


def _theme(value: Any) -> str | None:
    return None if value in THEMES else "one of " + ", ".join(f'"{theme}"' for theme in THEMES)


#: For each setting: None when a value is right, else what it should be.
CHECKS: dict[str, Callable[[Any], str | None]] = {
    "model": _optional_name,
    "models": _names_per_language,
    "reopen_last": _yes_or_no,
    "theme": _theme,
    "text_size": _whole_number(SMALLEST_TEXT, LARGEST_TEXT),
    "zoom": _whole_number(SMALLEST_TEXT - LARGEST_TEXT, LARGEST_TEXT - SMALLEST_TEXT),
    "line_length": _whole_number(30, 200),
}
assert set(CHECKS) == {f.name for f in fields(Settings)} - {"unknown", "damaged"}


def settings_path() -> Path:
    return paths.config_dir() / "settings.json"


def read_settings(data: dict[str, Any], where: str = "settings.json") -> tuple[Settings, list[str]]:
    """`Settings` from a parsed file; each wrong value or unknown key is a
    problem (one line, naming the key) and the default stands in for it."""
    settings, problems = Settings(), []
    for key, value in data.items():
        check = CHECKS.get(key)
        if check is None:
            settings.unknown[key] = value
            problems.append(f"{where}: unknown setting {key!r} (kept as it is)")
            continue
        wanted = check(value)
        if wanted is None:
            setattr(settings, key, value)
        else:
            default = getattr(Settings(), key)
            problems.append(f"{where}: {key}: {_json(value)} is not {wanted}; using the default, {_json(default)}")
    return settings, problems


def load_settings(path: Path | None = None) -> tuple[Settings, list[str]]:
    """The user's settings and the problems found in them, to report; never
    raises for what is in the file."""
    path = path or settings_path()
    if not path.exists():
        return Settings(), []
    try:
        data = read_json(path)
    except JsonFileError as error:
        return Settings(damaged=True), [f"{error}; using the default settings"]
    if not isinstance(data, dict):
        return Settings(damaged=True), [f"{path}: expected a JSON object; using the default settings"]
    return read_settings(data, str(path))


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write `settings`, unknown keys included; a file that could not be
    read is left as it is (the user may still want what is in it)."""
    if settings.damaged:
        return
    write_json(path or settings_path(), settings.to_json())


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
