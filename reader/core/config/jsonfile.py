"""Small JSON files the reader keeps (settings, keys, recent files, window
layout): read with one clear error, written atomically (a temporary file,
then a rename) so a crash never leaves half a file."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from . import paths


class JsonFileError(ValueError):
    pass


def read_json(path: Path) -> object:
    """The parsed content; `JsonFileError` naming the file and the reason
    when it cannot be read or parsed."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise JsonFileError(f"{path}: cannot be read ({error})") from None


def write_json(path: Path, data: object, indent: int | None = 2) -> None:
    path = Path(path)
    paths.ensure(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=indent, ensure_ascii=False)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
