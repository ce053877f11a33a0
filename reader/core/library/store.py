"""The library: the folders added, every article analysed (path, title,
content hash, language, when added and last opened), the files that could
not be, and what each article's analysis found in it (its actors and
quotes), in ``library.sqlite`` in the user's data folder.

This is user data (the list of what was read and who said what), so it is
kept in the data folder, not the cache; but it is derived from the files
and their analyses, never written by hand, so it is a database of its own
beside the notes database rather than tables in it: a library of thousands
of articles neither bloats the notes' backups nor puts the notes at risk,
and deleting it loses nothing a rescan cannot rebuild from the folders.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Self

from ..analysis import Analysis
from ..config import paths
from ..config.sqlite import use_wal
from .actors import name_key

SCHEMA_VERSION = 3
SCHEMA = """
CREATE TABLE IF NOT EXISTS folders (path TEXT PRIMARY KEY, added TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    path TEXT PRIMARY KEY, file_hash TEXT NOT NULL, title TEXT NOT NULL, language TEXT,
    added TEXT NOT NULL, opened TEXT, analysed TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS failures (path TEXT PRIMARY KEY, reason TEXT NOT NULL, seen TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS actors (
    path TEXT NOT NULL, actor TEXT NOT NULL, name TEXT NOT NULL, label TEXT NOT NULL,
    aliases TEXT NOT NULL, mentions INTEGER NOT NULL, first_start INTEGER, first_end INTEGER,
    PRIMARY KEY (path, actor)
);
CREATE TABLE IF NOT EXISTS quotes (
    path TEXT NOT NULL, number INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL, kind TEXT NOT NULL, speaker TEXT, actor TEXT,
    PRIMARY KEY (path, number)
);
"""


#: Version 2: `seen`, the file's size and time and what it was analysed
#: with, so a rescan passes over an unchanged file without reading it.
#: Version 3: the merge suggestions the user dismissed (two name keys of
#: one label, either order), so they are not offered again, and the files
#: and folders the user removed from under a library folder, so a rescan
#: does not bring them back.
MIGRATIONS = {
    2: "ALTER TABLE articles ADD COLUMN seen TEXT NOT NULL DEFAULT ''",
    3: "CREATE TABLE IF NOT EXISTS dismissed (label TEXT NOT NULL, one TEXT NOT NULL, other TEXT NOT NULL, "
    "canonical TEXT NOT NULL, alias TEXT NOT NULL, dismissed TEXT NOT NULL, PRIMARY KEY (label, one, other));"
    "CREATE TABLE IF NOT EXISTS left_out (path TEXT PRIMARY KEY, since TEXT NOT NULL)",
}


def default_library_path() -> Path:
    return paths.data_dir() / "library.sqlite"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _key(path: Path | str) -> str:
    return str(Path(path).resolve())


#: Rows of one path or of everything under it, as `? OR substr(...)`
#: arguments (no LIKE: a path may hold % or _).
_UNDER = "(path = ? OR substr(path, 1, ?) = ?)"


def _under(key: str) -> tuple[str, int, str]:
    inside = key.rstrip(os.sep) + os.sep
    return key, len(inside), inside


@dataclass
class Removed:
    """What `Library.remove` forgot: the articles and failed files, the
    library folders, and the content hashes no article left has (their
    cached analyses can go)."""

    articles: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    folders: list[str] = field(default_factory=list)
    hashes: list[str] = field(default_factory=list)


class LibraryError(Exception):
    """The library database cannot be used; the message is for the user."""


class Library:
    """The library database; safe to share between threads."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else default_library_path()
        paths.ensure(self.path.parent)
        self._lock = threading.RLock()
        try:
            self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
            # WAL without a wait for the disk at every article: a crash may
            # lose the last articles recorded, which a rescan brings back.
            use_wal(self._conn)
            self._conn.execute("PRAGMA synchronous=NORMAL")
            with self._write() as conn:  # one at a time: two threads may open it at once
                self._migrate(conn)
        except sqlite3.DatabaseError as error:
            raise LibraryError(f"{self.path}: cannot open the library database ({error})") from None

    def _migrate(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise LibraryError(
                f"{self.path}: library database version {version} is newer than this reader's ({SCHEMA_VERSION})"
            )
        if version == SCHEMA_VERSION:
            return
        for statement in SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        for number in range(max(version, 1) + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[number].split(";"):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _rows(self, sql: str, args: tuple = ()) -> list[dict]:
        with self._lock:
            cursor = self._conn.execute(sql, args)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row)) for row in cursor.fetchall()]

    # ------------------------------------------------------------ folders

    def add_folder(self, folder: Path | str) -> str:
        key = _key(folder)
        with self._write() as conn:
            conn.execute("INSERT OR IGNORE INTO folders VALUES (?, ?)", (key, _now()))
        return key

    def folders(self) -> list[str]:
        return [row["path"] for row in self._rows("SELECT path FROM folders ORDER BY path")]

    # ----------------------------------------------------------- articles

    def file_hash(self, path: Path | str) -> str | None:
        rows = self._rows("SELECT file_hash FROM articles WHERE path = ?", (_key(path),))
        return rows[0]["file_hash"] if rows else None

    def seen(self, path: Path | str) -> tuple[str, str | None] | None:
        """What `record` was given as `seen` for the file, and its language."""
        rows = self._rows("SELECT seen, language FROM articles WHERE path = ?", (_key(path),))
        return (rows[0]["seen"], rows[0]["language"]) if rows else None

    def record(
        self, path: Path | str, file_hash: str, analysis: Analysis, opened: bool = False, seen: str = ""
    ) -> None:
        """Remember the article at `path` with what its analysis found
        (replacing what was remembered of it); `seen` says what the file
        and the analysis were (see `folder.py`)."""
        key, stamp, article = _key(path), _now(), analysis.article
        names = {actor.id: actor.name for actor in analysis.actors}
        with self._write() as conn:
            conn.execute(
                "INSERT INTO articles (path, file_hash, title, language, added, opened, analysed, seen) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET "
                "file_hash = excluded.file_hash, title = excluded.title, language = excluded.language, "
                "analysed = excluded.analysed, opened = COALESCE(excluded.opened, articles.opened), seen = excluded.seen",
                (key, file_hash, article.title, article.language, stamp, stamp if opened else None, stamp, seen),
            )
            conn.execute("DELETE FROM failures WHERE path = ?", (key,))
            conn.execute("DELETE FROM left_out WHERE path = ?", (key,))  # opened again: wanted again
            conn.execute("DELETE FROM actors WHERE path = ?", (key,))
            conn.execute("DELETE FROM quotes WHERE path = ?", (key,))
            conn.executemany(
                "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (key, a.id, a.name, a.label, json.dumps(a.aliases, ensure_ascii=False), len(a.mentions))
                    + (tuple(min(a.mentions)) if a.mentions else (None, None))
                    for a in analysis.actors
                ],
            )
            conn.executemany(
                'INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
                [
                    (key, n, q.start, q.end, q.text, q.kind, q.speaker.text if q.speaker else None,
                     names.get(q.speaker.actor) if q.speaker and q.speaker.actor else None)
                    for n, q in enumerate(analysis.quotes)
                ],
            )  # fmt: skip

    def opened(self, path: Path | str) -> None:
        with self._write() as conn:
            conn.execute("UPDATE articles SET opened = ? WHERE path = ?", (_now(), _key(path)))

    def fail(self, path: Path | str, reason: str) -> None:
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO failures VALUES (?, ?, ?)", (_key(path), reason, _now()))

    def articles(self) -> list[dict]:
        return self._rows(
            "SELECT a.*, (SELECT COUNT(*) FROM actors WHERE path = a.path) AS actors, "
            "(SELECT COUNT(*) FROM quotes WHERE path = a.path) AS quotes FROM articles a ORDER BY a.title, a.path"
        )

    def failures(self) -> list[dict]:
        return self._rows("SELECT path, reason, seen FROM failures ORDER BY path")

    def actor_rows(self) -> list[dict]:
        rows = self._rows(
            "SELECT x.*, a.title FROM actors x JOIN articles a ON a.path = x.path ORDER BY x.path, x.first_start"
        )
        for row in rows:
            row["aliases"] = json.loads(row["aliases"])
        return rows

    def quote_rows(self) -> list[dict]:
        return self._rows(
            "SELECT q.*, a.title FROM quotes q JOIN articles a ON a.path = q.path ORDER BY a.title, q.path, q.start"
        )

    # ------------------------------------------------------------ removing

    def remove(self, path: Path | str) -> Removed:
        """Forget the article, failed file or folder at `path` and all the
        library holds under it (the files themselves are never touched).
        What lies under a folder still in the library is left out of its
        rescans from now on."""
        where, args = _UNDER, _under(_key(path))
        removed = Removed()
        with self._write() as conn:
            found = conn.execute(f"SELECT path, file_hash FROM articles WHERE {where}", args).fetchall()
            removed.articles = [row[0] for row in found]
            removed.failures = [row[0] for row in conn.execute(f"SELECT path FROM failures WHERE {where}", args)]
            removed.folders = [row[0] for row in conn.execute(f"SELECT path FROM folders WHERE {where}", args)]
            for table in ("articles", "actors", "quotes", "failures", "folders", "left_out"):
                conn.execute(f"DELETE FROM {table} WHERE {where}", args)
            if removed.articles or removed.failures or removed.folders:
                folders = [row[0] for row in conn.execute("SELECT path FROM folders")]
                if any(args[0].startswith(_under(folder)[2]) for folder in folders):
                    conn.execute("INSERT OR REPLACE INTO left_out VALUES (?, ?)", (args[0], _now()))
            kept = {row[0] for row in conn.execute("SELECT DISTINCT file_hash FROM articles")}
        removed.hashes = sorted({digest for _, digest in found} - kept)
        return removed

    def left_out(self) -> list[str]:
        """The files and folders removed from under a library folder."""
        return [row["path"] for row in self._rows("SELECT path FROM left_out ORDER BY path")]

    def take_back(self, folder: Path | str) -> None:
        """The user adds `folder` again: it is no longer left out."""
        with self._write() as conn:
            conn.execute("DELETE FROM left_out WHERE path = ?", (_key(folder),))

    # --------------------------------------------------- merge suggestions

    def dismiss(self, label: str, canonical: str, alias: str) -> None:
        """Never offer `alias` and `canonical` (of `label`) as one again."""
        one, other = sorted((name_key(canonical), name_key(alias)))
        with self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO dismissed VALUES (?, ?, ?, ?, ?, ?)",
                (label, one, other, canonical, alias, _now()),
            )

    def dismissed(self) -> list[dict]:
        """The dismissed suggestions, in the order they were dismissed."""
        return self._rows("SELECT * FROM dismissed ORDER BY dismissed, rowid")

    def restore(self, label: str, canonical: str, alias: str) -> bool:
        """Offer the pair again (undoing `dismiss`); False if it was not dismissed."""
        one, other = sorted((name_key(canonical), name_key(alias)))
        with self._write() as conn:
            cursor = conn.execute("DELETE FROM dismissed WHERE label = ? AND one = ? AND other = ?", (label, one, other))
        return cursor.rowcount > 0
