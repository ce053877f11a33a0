"""Every per-user folder the reader uses, from one place.

Paths come from platformdirs, so they follow each system's conventions.
Setting ``READER_HOME`` puts all of them under that one folder instead,
for tests and for a portable install.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Reader"
APP_AUTHOR = "Reader"


def _home() -> Path | None:
    home = os.environ.get("READER_HOME")
    return Path(home).expanduser() if home else None


def _folder(kind: str) -> Path:
    home = _home()
    if home is not None:
        path = home / kind
    else:
        dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
        path = Path(
            {
                "config": dirs.user_config_dir,
                "data": dirs.user_data_dir,
                "cache": dirs.user_cache_dir,
                "logs": dirs.user_log_dir,
            }[kind]
        )
    return path


def config_dir() -> Path:
    """Settings and key bindings the user can edit."""
    return _folder("config")


def data_dir() -> Path:
    """Notes database and other data the user would miss."""
    return _folder("data")


def notes_file() -> Path:
    """The notes database (`notes.store.NoteStore` opens it)."""
    return data_dir() / "notes.db"


def cache_dir() -> Path:
    """Anything that can be rebuilt."""
    return _folder("cache")


def log_dir() -> Path:
    return _folder("logs")


def ensure(path: Path) -> Path:
    """Create `path` (a folder) if needed and return it."""
    path.mkdir(parents=True, exist_ok=True)
    return path
