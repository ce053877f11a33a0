"""Errors and problems: written to ``reader.log``, never a silent crash.

Everything the window shows in its message bar is also logged with a level
(`log_shown`), with the exception and its traceback when one is being
handled; the reader's own loggers (a loader's library failure, with the
library's traceback) write to the same file. A bug in a slot would
otherwise print a traceback nobody sees (or, in a frozen build, nothing):
`install` routes uncaught exceptions to the log and to a message above the
text, and the window goes on.

The log lives in the per-user log folder (``READER_HOME/logs`` when that is
set), never beside the user's files, and is cut to a second file when it
passes `MAX_LOG_BYTES`. A log folder that cannot be written to loses the
entries, never the reader.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from ..core.config import paths

#: The log is moved to ``reader.log.1`` (replacing the one before) when it
#: grows past this.
MAX_LOG_BYTES = 1024 * 1024

#: Beginnings of the messages that report a failure (the session's
#: ``Could not open: …`` and ``Analysis failed: …``, the hook's below).
FAILURES = ("Could not", "Analysis failed", "Something went wrong")

_log = logging.getLogger("reader.ui")
_unwritable_told = False


def log_path() -> Path:
    return paths.log_dir() / "reader.log"


def write_log(text: str) -> Path | None:
    """Append an entry to the log; its path, or None when it cannot be written."""
    global _unwritable_told
    path = log_path()
    try:
        paths.ensure(path.parent)
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            os.replace(path, path.with_name(path.name + ".1"))
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now(timezone.utc).isoformat(timespec='seconds')} {text}\n")
    except OSError as error:
        if not _unwritable_told:
            _unwritable_told = True
            print(f"reader: cannot write the log {path} ({error})", file=sys.stderr)
        return None
    return path


class _LogFile(logging.Handler):
    """Writes records to `log_path()` as it is at the time (it follows
    ``READER_HOME``), opening the file for each entry: entries are rare."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            text = self.format(record)
        except Exception:
            self.handleError(record)
            return
        write_log(text)


_handler = _LogFile(logging.INFO)
_handler.setFormatter(logging.Formatter("%(levelname)s %(name)s\n%(message)s"))


def attach() -> None:
    """Send the reader's loggers to the log file (once; done on import)."""
    logger = logging.getLogger("reader")
    if _handler not in logger.handlers:
        logger.addHandler(_handler)
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)


def level_of(text: str) -> int:
    """ERROR for a failure (or while an exception is handled), else WARNING."""
    if sys.exc_info()[0] is not None or text.startswith(FAILURES):
        return logging.ERROR
    return logging.WARNING


def log_shown(text: str, level: int | None = None) -> None:
    """Log a message the window shows, with the exception being handled
    (type and traceback) when there is one."""
    _log.log(level_of(text) if level is None else level, "%s", text, exc_info=sys.exc_info()[0] is not None)


def install(show: Callable[[str], None]) -> None:
    """Route uncaught exceptions to the log and to `show` (a message in the window)."""

    def hook(kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        print(details, file=sys.stderr)
        where = write_log(f"ERROR {_log.name}\nuncaught exception\n{details}")
        place = f"; details are in {where}" if where else ""
        show(f"Something went wrong: {error}{place}. Your notes are saved; you can go on reading.")

    sys.excepthook = hook


attach()
