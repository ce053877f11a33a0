"""Recently opened articles, newest first, kept in the data folder.

A plain JSON list written atomically; a damaged file just means an empty
list (it is replaced on the next open, losing only the history).
"""

from __future__ import annotations

from pathlib import Path

from . import paths
from .jsonfile import JsonFileError, read_json, write_json

LIMIT = 12


def recent_path() -> Path:
    return paths.data_dir() / "recent.json"


def recent_files(path: Path | None = None) -> list[str]:
    try:
        data = read_json(path or recent_path())
    except JsonFileError:
        return []
    return [item for item in data if isinstance(item, str)] if isinstance(data, list) else []


def remember(article_path: str | Path, path: Path | None = None) -> list[str]:
    """Put `article_path` first; returns the new list."""
    path = path or recent_path()
    entry = str(Path(article_path).resolve())
    items = [entry] + [item for item in recent_files(path) if item != entry]
    items = items[:LIMIT]
    write_json(path, items, indent=1)
    return items
