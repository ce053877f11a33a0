"""The user's settings: a JSON file in the config folder.

Read leniently: a missing or damaged file gives the defaults (and a damaged
one is reported, not overwritten), so a typo never stops the reader.
"""

from __future__ import annotations

from pathlib import Path

from . import paths
from .jsonfile import JsonFileError, read_json, write_json

DEFAULTS: dict[str, object] = {
    # A spaCy pipeline (package name or folder) for every article, or per
    # language under "models": {"nl": "nl_core_news_lg"}.
    "model": None,
    "models": {},
    # The window: open the last article on start; "system", "light" or
    # "dark"; text size in points; characters per line of the text column.
    "reopen_last": True,
    "theme": "system",
    "text_size": 13,
    "line_length": 70,
}


def settings_path() -> Path:
    return paths.config_dir() / "settings.json"


class SettingsError(ValueError):
    pass


def load_settings(path: Path | None = None) -> dict[str, object]:
    """Defaults overlaid with the user's file; raises SettingsError when the
    file exists but cannot be parsed (callers report it and go on)."""
    path = path or settings_path()
    settings = dict(DEFAULTS)
    if not path.exists():
        return settings
    try:
        data = read_json(path)
    except JsonFileError as error:
        raise SettingsError(f"{error}; using defaults") from None
    if not isinstance(data, dict):
        raise SettingsError(f"{path}: expected a JSON object; using defaults")
    settings.update(data)
    return settings


def save_settings(settings: dict[str, object], path: Path | None = None) -> None:
    write_json(path or settings_path(), settings)
