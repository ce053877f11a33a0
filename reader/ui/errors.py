"""Unexpected errors: written to the log and shown, never a silent crash.

A bug in a slot would otherwise print a traceback nobody sees (or, in a
frozen build, nothing). The hook appends the traceback to ``reader.log`` in
the log folder and puts a message above the text; the window goes on.
"""

from __future__ import annotations

import sys
import traceback
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from ..core.config import paths


def log_path() -> Path:
    return paths.log_dir() / "reader.log"


def write_log(text: str) -> Path | None:
    path = log_path()
    try:
        paths.ensure(path.parent)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now(timezone.utc).isoformat(timespec='seconds')}\n{text}\n")
    except OSError:
        return None
    return path


def install(show: Callable[[str], None]) -> None:
    """Route uncaught exceptions to the log and to `show` (a message in the window)."""

    def hook(kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        print(details, file=sys.stderr)
        where = write_log(details)
        place = f"; details are in {where}" if where else ""
        show(f"Something went wrong: {error}{place}. Your notes are saved; you can go on reading.")

    sys.excepthook = hook
