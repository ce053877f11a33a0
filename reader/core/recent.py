"""Recently opened articles, newest first, kept in the data folder.

A plain JSON list written atomically; a damaged file just means an empty
list (it is replaced on the next open, losing only the history).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from . import paths

LIMIT = 12


def recent_path() -> Path:
    return paths.data_dir() / "recent.json"


def recent_files(path: Path | None = None) -> list[str]:
    path = path or recent_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [item for item in data if isinstance(item, str)] if isinstance(data, list) else []


def remember(article_path: str | Path, path: Path | None = None) -> list[str]:
    """Put `article_path` first; returns the new list."""
    path = path or recent_path()
    entry = str(Path(article_path).resolve())
    items = [entry] + [item for item in recent_files(path) if item != entry]
    items = items[:LIMIT]
    paths.ensure(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".recent-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(items, out, indent=1, ensure_ascii=False)
    os.replace(tmp, path)
    return items
