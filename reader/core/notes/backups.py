"""Backups of the notes database and recovery from a damaged file.

A backup is a consistent copy made with ``VACUUM INTO`` (safe while other
connections write). One is made before every migration and at most once a
day when notes changed; the newest `KEEP` are kept. A database that fails
SQLite's integrity check on start is moved aside, never deleted, and the
newest good backup takes its place.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

KEEP = 7
PREFIX = "notes-"


def _stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")


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


def make(conn: sqlite3.Connection, folder: Path, reason: str = "daily") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{PREFIX}{_stamp()}-{reason}.db"
    conn.execute("VACUUM INTO ?", (str(target),))
    for old in backups_in(folder)[KEEP:]:
        old.unlink(missing_ok=True)
    return target


def daily(conn: sqlite3.Connection, path: Path, folder: Path) -> Path | None:
    """Back up when notes changed since the last backup and that was over a
    day ago (or there is none yet)."""
    state = conn.execute("SELECT count(*), max(updated) FROM notes").fetchone()
    fingerprint = f"{state[0]}:{state[1]}"
    row = conn.execute("SELECT value FROM meta WHERE key = 'last_backup'").fetchone()
    if state[0] == 0:
        return None
    if row:
        when, _, seen = row[0].partition("|")
        if seen == fingerprint or datetime.fromisoformat(when) > datetime.now(timezone.utc) - timedelta(days=1):
            return None
    target = make(conn, folder)
    conn.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('last_backup', ?)",
        (f"{datetime.now(timezone.utc).isoformat()}|{fingerprint}",),
    )
    return target


def recover_if_damaged(path: Path, folder: Path) -> str | None:
    """If `path` is damaged, move it aside and restore the newest good
    backup; returns a message for the user, or None when all is well."""
    if not path.exists() or path.stat().st_size == 0 or _healthy(path):
        return None
    damaged = path.with_name(f"{path.stem}.damaged-{_stamp()}{path.suffix}")
    path.rename(damaged)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(damaged.with_name(damaged.name + suffix))
    for backup in backups_in(folder):
        if _healthy(backup):
            shutil.copy2(backup, path)
            return (
                f"The notes database {path} was damaged. It was moved to {damaged} and the backup "
                f"{backup.name} was restored; notes written after that backup are in the damaged file."
            )
    return (
        f"The notes database {path} was damaged and no good backup was found. It was moved to "
        f"{damaged}; a new, empty database was started."
    )
