"""Backups of the notes database and recovery from a damaged file.

A backup is a consistent copy made with ``VACUUM INTO`` (safe while other
connections write), written under a temporary name and renamed when
complete. One is made before every migration, when a session that changed
notes ends (`NoteStore.close`), at the start of a session when notes
changed since the last backup (the session before ended without its own:
a crash), and after every `EVERY` changes on a thread of its own (a
database of 100,000 notes takes most of a second to copy). Kept: the
`KEEP_NEWEST` newest, the newest of each of the last `KEEP_DAYS` days and
the newest made before a migration; the rest are deleted.

A database that fails SQLite's quick check on start is moved aside, never
deleted, and the newest good backup takes its place; `salvage` then copies
in what can still be read from the damaged file.
"""

from __future__ import annotations

import shutil
import sqlite3
import struct
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from .model import StoreError
from .pages import MAGIC
from .schema import SCHEMA_VERSION

KEEP_NEWEST = 10
KEEP_DAYS = 7
#: Changes to notes (a note added, edited, deleted) between two backups.
EVERY = 20
PREFIX = "notes-"
_STAMP = "%Y%m%d-%H%M%S-%f"


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime(_STAMP)


def _healthy(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return result == "ok"


def backups_in(folder: Path) -> list[Path]:
    """Backups, newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{PREFIX}*.db"), reverse=True)


def taken(backup: Path) -> datetime | None:
    """When a backup was made, from its name."""
    try:
        return datetime.strptime(backup.name[len(PREFIX) : len(PREFIX) + 22], _STAMP).replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def prune(folder: Path) -> None:
    found = backups_in(folder)
    keep = set(found[:KEEP_NEWEST])
    recent = datetime.now(timezone.utc) - timedelta(days=KEEP_DAYS)
    days: dict = {}
    for backup in found:
        when = taken(backup)
        if when is not None and when > recent:
            days.setdefault(when.date(), backup)  # newest first, so the day's newest
    keep |= set(days.values())
    keep |= set([b for b in found if "-before-v" in b.name][:1])
    for old in found:
        if old not in keep:
            old.unlink(missing_ok=True)
    for part in folder.glob(f"{PREFIX}*.part"):  # left by a process that died while copying
        when = taken(part)
        if when is not None and when < datetime.now(timezone.utc) - timedelta(hours=1):
            part.unlink(missing_ok=True)


def make(conn: sqlite3.Connection, folder: Path, reason: str = "daily") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{PREFIX}{_stamp()}-{reason}.db"
    part = target.with_suffix(".part")
    conn.execute("VACUUM INTO ?", (str(part),))
    part.replace(target)
    prune(folder)
    return target


def fingerprint(conn: sqlite3.Connection) -> str | None:
    """What changes when a note or a rule is added, edited or deleted; None
    with neither."""
    count, updated = conn.execute("SELECT count(*), max(updated) FROM notes").fetchone()
    rules, changed = conn.execute("SELECT count(*), max(updated) FROM rules").fetchone()
    if not count and not rules:
        return None
    return f"{count}:{updated}" + (f";rules {rules}:{changed}" if rules else "")


def if_changed(conn: sqlite3.Connection, folder: Path, reason: str) -> Path | None:
    """Back up when the notes changed since the last backup."""
    state = fingerprint(conn)
    row = conn.execute("SELECT value FROM meta WHERE key = 'last_backup'").fetchone()
    if state is None or (row and row[0].partition("|")[2] == state):
        return None
    target = make(conn, folder, reason)
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('last_backup', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (f"{datetime.now(timezone.utc).isoformat()}|{state}",),
    )
    return target


def in_background(path: Path, folder: Path, reason: str) -> threading.Thread:
    """`if_changed` on a thread with its own connection, so whoever writes
    notes does not wait for the copy."""

    def run() -> None:
        try:
            conn = sqlite3.connect(path, timeout=30, isolation_level=None)
            try:
                if_changed(conn, folder, reason)
            finally:
                conn.close()
        except (sqlite3.Error, OSError):
            pass  # the next backup will do; a damaged file is caught on the next start

    thread = threading.Thread(target=run, name="notes-backup")
    thread.start()
    return thread


@dataclass(frozen=True)
class Recovery:
    """A damaged database was moved to `damaged` and `backup` (if any) put in its place."""

    damaged: Path
    backup: Path | None


def read_header(path: Path) -> bytes:
    """The first 100 bytes of a database file (its header), or b""."""
    try:
        with open(path, "rb") as file:
            return file.read(100)
    except OSError:
        return b""


def _newer_schema(path: Path) -> int | None:
    header = read_header(path)
    if len(header) < 100 or not header.startswith(MAGIC):
        return None
    version = struct.unpack(">I", header[60:64])[0]
    return version if version > SCHEMA_VERSION else None


def recover_if_damaged(path: Path, folder: Path) -> Recovery | None:
    """If `path` is damaged, move it aside and restore the newest good
    backup; None when all is well. A damaged file from a newer reader is
    refused and left as it is."""
    if not path.exists() or path.stat().st_size == 0 or _healthy(path):
        return None
    version = _newer_schema(path)
    if version is not None:
        raise StoreError(
            f"{path}: the notes database is damaged and was written by a newer version of the reader "
            f"(schema {version}, this reader knows {SCHEMA_VERSION}); it was left untouched"
        )
    damaged = path.with_name(f"{path.stem}.damaged-{_stamp()}{path.suffix}")
    path.rename(damaged)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(damaged.with_name(damaged.name + suffix))
    for backup in backups_in(folder):
        if _healthy(backup):
            shutil.copy2(backup, path)
            return Recovery(damaged, backup)
    return Recovery(damaged, None)
