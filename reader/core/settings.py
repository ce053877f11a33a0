"""The user's settings: a JSON file in the config folder.

Read leniently: a missing or damaged file gives the defaults (and a damaged
one is reported, not overwritten), so a typo never stops the reader.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from . import paths

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
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SettingsError(f"{path}: cannot be read ({error}); using defaults") from None
    if not isinstance(data, dict):
        raise SettingsError(f"{path}: expected a JSON object; using defaults")
    settings.update(data)
    return settings


def save_settings(settings: dict[str, object], path: Path | None = None) -> None:
    """Write atomically (temporary file, then replace) so a crash never
    leaves half a file."""
    path = path or settings_path()
    paths.ensure(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(settings, out, indent=2, ensure_ascii=False)
    os.replace(tmp, path)
