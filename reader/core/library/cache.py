"""The analysis cache: every analysed file's analysis as JSON, in a
database of its own in the user's cache folder (``analyses.sqlite``).

It can be deleted at any time (everything in it is rebuilt by analysing
again), so it is kept apart from the notes database, which holds what the
user wrote and is backed up. One entry per file content and reader
version: the pipeline and the rules' version are stored with it and
compared on reading, and a new analysis replaces a stale one, so the cache
grows with the articles, not with every change of rules.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import zlib
from datetime import UTC, datetime
from pathlib import Path

from ..config import paths
from ..config.sqlite import use_wal

SCHEMA = """
CREATE TABLE IF NOT EXISTS analyses (
    file_hash TEXT NOT NULL,
    reader_version TEXT NOT NULL,
    pipeline TEXT NOT NULL,
    rules_version TEXT NOT NULL,
    language TEXT,
    analysis BLOB NOT NULL,
    stored TEXT NOT NULL,
    PRIMARY KEY (file_hash, reader_version)
);
"""


def default_cache_path() -> Path:
    return paths.cache_dir() / "analyses.sqlite"


class AnalysisCache:
    """Cached analyses by file hash; safe to share between threads."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else default_cache_path()
        paths.ensure(self.path.parent)
        self._lock = threading.Lock()
        try:
            self._conn = self._open()
        except sqlite3.OperationalError:
            raise  # locked or unreadable, not damaged: never delete it for that
        except sqlite3.DatabaseError:
            # A damaged cache is only a cache: start it again.
            self.path.unlink(missing_ok=True)
            self._conn = self._open()

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
        use_wal(conn)
        conn.execute("PRAGMA synchronous=NORMAL")  # no wait for the disk at each entry: it is a cache
        conn.executescript(SCHEMA)
        return conn

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def entry(self, file_hash: str, reader_version: str) -> dict | None:
        """The stored entry for this file: its pipeline, rules version,
        language and analysis (a dict), or None."""
        with self._lock:
            row = self._conn.execute(
                "SELECT pipeline, rules_version, language, analysis FROM analyses "
                "WHERE file_hash = ? AND reader_version = ?",
                (file_hash, reader_version),
            ).fetchone()
        if row is None:
            return None
        try:
            data = decode(zlib.decompress(row[3]).decode("utf-8"))
        except (zlib.error, ValueError, StopIteration):
            return None
        return {"pipeline": row[0], "rules_version": row[1], "language": row[2], "analysis": data}

    def put(
        self, file_hash: str, reader_version: str, pipeline: str, rules_version: str, language: str | None, data: dict
    ) -> None:
        blob = zlib.compress(encode(data).encode("utf-8"), 6)
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?, ?, ?, ?)",
                (file_hash, reader_version, pipeline, rules_version, language, blob, stamp),
            )

    def forget(self, file_hashes: list[str]) -> None:
        """Drop every entry of these contents (any reader version)."""
        with self._lock:
            self._conn.executemany("DELETE FROM analyses WHERE file_hash = ?", [(h,) for h in file_hashes])

    def __len__(self) -> int:
        with self._lock:
            return self._conn.execute("SELECT COUNT(*) FROM analyses").fetchone()[0]


#: Items of a long list encoded or decoded in one call of json.
PIECE_ITEMS = 1000
#: In an entry's first line: a long list whose pieces follow, a line each.
PIECES = "__pieces__"


def encode(value) -> str:
    """`value` (an analysis as JSON data) as lines of JSON: the first with
    every list longer than `PIECE_ITEMS` replaced by {PIECES: n}, and the n
    pieces of those lists on the lines after it, in the same order. json
    holds Python's lock for the whole of one call: over a megabyte
    article's analysis (20,000 names) one call held the window 0.1 s,
    writing it as reading it back."""
    lines: list[str] = []
    skeleton = _skeleton(value, lines)
    return "\n".join([json.dumps(skeleton, ensure_ascii=False), *lines])


def decode(text: str):
    """What `encode` made (an entry of one JSON line, as earlier versions
    wrote them, too)."""
    first, *rest = text.split("\n")
    return _filled(json.loads(first), iter(rest))


def _skeleton(value, lines: list[str]):
    if isinstance(value, dict):
        return {key: _skeleton(item, lines) for key, item in value.items()}
    if isinstance(value, list) and len(value) > PIECE_ITEMS:
        starts = range(0, len(value), PIECE_ITEMS)
        lines += [json.dumps(value[at : at + PIECE_ITEMS], ensure_ascii=False) for at in starts]
        return {PIECES: len(starts)}
    return value


def _filled(value, pieces):
    if isinstance(value, dict):
        if list(value) == [PIECES]:
            return [item for _ in range(value[PIECES]) for item in json.loads(next(pieces))]
        return {key: _filled(item, pieces) for key, item in value.items()}
    return value
