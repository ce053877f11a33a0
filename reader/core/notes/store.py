"""The notes database: one SQLite file in the user's data folder.

Safety first: WAL journal, foreign keys, full sync, a busy timeout and
``BEGIN IMMEDIATE`` for every write (two running readers queue instead of
failing), versioned migrations under ``PRAGMA user_version`` with a backup
before each, and a database written by a newer reader refused untouched.
A damaged file is moved aside and the newest good backup restored (see
`reader.core.notes.backups`); `NoteStore.recovered` then says what happened.

Articles are known by a hash of their text and keep a copy of it, so notes
still open when the file is gone and can be re-anchored when it changes.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import sqlite_utils

from ..article import Article
from ..config import paths
from ..loading.blocks import segment
from . import backups
from .anchors import Anchor, relocate
from .schema import MIGRATIONS, SCHEMA_VERSION, TARGETS, statements


class StoreError(Exception):
    """A problem with the notes database, worded for the user."""


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass
class Note:
    id: str
    article_id: str
    target: str
    body: str = ""
    tags: list[str] = field(default_factory=list)
    start: int | None = None
    end: int | None = None
    exact: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    actor: str | None = None
    speaker: str | None = None
    detached: bool = False
    deleted: bool = False
    created: str = ""
    updated: str = ""

    @classmethod
    def from_row(cls, row: dict) -> "Note":
        values = {key: row[key] for key in cls.__dataclass_fields__ if key in row}
        values["tags"] = json.loads(row.get("tags") or "[]")
        values["detached"] = bool(row.get("detached"))
        values["deleted"] = bool(row.get("deleted"))
        return cls(**values)

    def to_row(self) -> dict:
        row = dict(self.__dict__)
        row["tags"] = json.dumps(self.tags, ensure_ascii=False)
        row["detached"] = int(self.detached)
        row["deleted"] = int(self.deleted)
        return row


def default_path() -> Path:
    return paths.data_dir() / "notes.db"


class NoteStore:
    """The reader's notes. Open one per process; safe across processes."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path or default_path())
        paths.ensure(self.path.parent)
        self.backup_dir = self.path.parent / "backups"
        self.recovered: str | None = None
        self.recovered = backups.recover_if_damaged(self.path, self.backup_dir)
        self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.db = sqlite_utils.Database(self.conn)
        self._refuse_newer()  # before any pragma that would change the file
        for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL", "busy_timeout=30000"):
            self.conn.execute(f"PRAGMA {pragma}")
        self._migrate()
        backups.daily(self.conn, self.path, self.backup_dir)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "NoteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema -------------------------------------------------------------

    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _refuse_newer(self) -> None:
        version = self.version
        if version > SCHEMA_VERSION:
            self.conn.close()
            raise StoreError(
                f"{self.path}: the notes database was written by a newer version of the reader "
                f"(schema {version}, this reader knows {SCHEMA_VERSION}); it was left untouched"
            )

    def _migrate(self) -> None:
        version = self.version
        if version == SCHEMA_VERSION:
            return
        if version > 0:
            backups.make(self.conn, self.backup_dir, reason=f"before-v{version + 1}")
        with self.write():
            # Another process may have migrated while we waited for the lock.
            current = self.conn.execute("PRAGMA user_version").fetchone()[0]
            for number in range(current, SCHEMA_VERSION):
                for statement in statements(MIGRATIONS[number]):
                    self.conn.execute(statement)
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One transaction that holds the write lock from its start."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- articles -----------------------------------------------------------

    def remember(self, article: Article) -> str:
        """Store the article's text and path; returns its id."""
        ident = article_id(article.text)
        stamp = now()
        with self.write() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO articles (id, title, language, date, author, text, added) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (ident, article.title, article.language, article.date, article.author, article.text, stamp),
            )
            if article.path:
                conn.execute(
                    "INSERT INTO article_paths (path, article_id, seen) VALUES (?, ?, ?) "
                    "ON CONFLICT (path, article_id) DO UPDATE SET seen = excluded.seen",
                    (str(Path(article.path).resolve()), ident, stamp),
                )
        return ident

    def article(self, ident: str) -> dict | None:
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (ident,)).fetchone()
        return dict(row) if row else None

    def articles(self) -> list[dict]:
        return [dict(row) for row in self.conn.execute("SELECT * FROM articles ORDER BY added")]

    def open_article(self, article: Article) -> tuple[str, list[Note]]:
        """Remember `article`, move notes from earlier versions of the same
        file onto it (re-anchored, or detached when their passage is gone)
        and return its id and notes."""
        ident = self.remember(article)
        path = str(Path(article.path).resolve()) if article.path else None
        if path:
            older = [
                row["article_id"]
                for row in self.conn.execute(
                    "SELECT article_id FROM article_paths WHERE path = ? AND article_id != ?", (path, ident)
                )
            ]
            for old_id in older:
                self._carry_notes(old_id, ident, article.text)
        return ident, self.notes(ident)

    def _carry_notes(self, old_id: str, new_id: str, new_text: str) -> None:
        old = self.article(old_id)
        old_text = old["text"] if old else None
        notes = self.notes(old_id, include_deleted=True)
        if not notes:
            return
        stamp = now()
        with self.write() as conn:
            for note in notes:
                if note.start is not None and note.exact is not None:
                    anchor = Anchor(note.start, note.end, note.exact, note.prefix or "", note.suffix or "")
                    placed = relocate(anchor, new_text, old_text)
                    if placed is None:
                        note.detached = True
                    else:
                        note.start, note.end = placed
                        note.exact = new_text[note.start : note.end]
                        note.prefix = new_text[max(0, note.start - 32) : note.start]
                        note.suffix = new_text[note.end : note.end + 32]
                        note.detached = False
                conn.execute(
                    'UPDATE notes SET article_id = ?, start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, '
                    "detached = ?, updated = ? WHERE id = ?",
                    (new_id, note.start, note.end, note.exact, note.prefix, note.suffix, int(note.detached), stamp, note.id),
                )

    # -- notes --------------------------------------------------------------

    def add_note(
        self,
        article: str,
        body: str,
        *,
        target: str = "article",
        start: int | None = None,
        end: int | None = None,
        tags: list[str] | tuple[str, ...] = (),
        actor: str | None = None,
        speaker: str | None = None,
    ) -> Note:
        if target not in TARGETS:
            raise StoreError(f"unknown note target {target!r}")
        stored = self.article(article)
        if stored is None:
            raise StoreError(f"no article {article!r} in the notes database")
        stamp = now()
        note = Note(id=uuid.uuid4().hex, article_id=article, target=target, body=body, tags=list(tags),
                    actor=actor, speaker=speaker, created=stamp, updated=stamp)
        if start is not None and end is not None:
            anchor = Anchor.at(stored["text"], start, end)
            note.start, note.end, note.exact, note.prefix, note.suffix = (
                anchor.start, anchor.end, anchor.exact, anchor.prefix, anchor.suffix
            )
        with self.write() as conn:
            self._insert(conn, note)
        return note

    def _insert(self, conn: sqlite3.Connection, note: Note, replace: bool = False) -> None:
        row = note.to_row()
        columns = ", ".join(f'"{key}"' for key in row)
        marks = ", ".join("?" for _ in row)
        # An upsert, not INSERT OR REPLACE: REPLACE deletes the old row
        # without firing the delete trigger, which left the old text in the
        # search index.
        update = ", ".join(f'"{key}" = excluded."{key}"' for key in row if key != "id")
        upsert = f" ON CONFLICT(id) DO UPDATE SET {update}" if replace else ""
        conn.execute(f"INSERT INTO notes ({columns}) VALUES ({marks}){upsert}", tuple(row.values()))

    def update_note(self, ident: str, *, body: str | None = None, tags: list[str] | None = None) -> Note:
        with self.write() as conn:
            if body is not None:
                conn.execute("UPDATE notes SET body = ?, updated = ? WHERE id = ?", (body, now(), ident))
            if tags is not None:
                conn.execute(
                    "UPDATE notes SET tags = ?, updated = ? WHERE id = ?",
                    (json.dumps(tags, ensure_ascii=False), now(), ident),  # searchable as typed: oekraïne
                )
        return self.note(ident)

    def delete_note(self, ident: str, deleted: bool = True) -> None:
        """Mark deleted (undo with ``deleted=False``); nothing is erased."""
        with self.write() as conn:
            conn.execute("UPDATE notes SET deleted = ?, updated = ? WHERE id = ?", (int(deleted), now(), ident))

    def note(self, ident: str) -> Note:
        row = self.conn.execute("SELECT * FROM notes WHERE id = ?", (ident,)).fetchone()
        if row is None:
            raise StoreError(f"no note {ident!r}")
        return Note.from_row(dict(row))

    def notes(self, article: str | None = None, include_deleted: bool = False) -> list[Note]:
        where, params = [], []
        if article is not None:
            where.append("article_id = ?")
            params.append(article)
        if not include_deleted:
            where.append("deleted = 0")
        sql = "SELECT * FROM notes" + (" WHERE " + " AND ".join(where) if where else "")
        sql += ' ORDER BY article_id, coalesce(start, -1), created'
        return [Note.from_row(dict(row)) for row in self.conn.execute(sql, params)]

    def search(self, query: str, limit: int = 100) -> list[Note]:
        """Full-text search over bodies, tags and quoted passages."""
        if not query.strip():
            return []
        sql = (
            "SELECT notes.* FROM notes_fts JOIN notes ON notes.rowid = notes_fts.rowid "
            "WHERE notes_fts MATCH ? AND notes.deleted = 0 ORDER BY rank LIMIT ?"
        )
        return [Note.from_row(dict(row)) for row in self.conn.execute(sql, (self.db.quote_fts(query), limit))]

    def restore(self, articles: list[dict], notes: list[Note]) -> None:
        """Put exported articles and notes back (import), replacing same ids."""
        with self.write() as conn:
            for article in articles:
                # An upsert: INSERT OR REPLACE deleted the article first, and
                # with it (ON DELETE CASCADE) the local paths it was seen at.
                conn.execute(
                    "INSERT INTO articles (id, title, language, date, author, text, added) "
                    "VALUES (:id, :title, :language, :date, :author, :text, :added) "
                    "ON CONFLICT(id) DO UPDATE SET title = excluded.title, language = excluded.language, "
                    "date = excluded.date, author = excluded.author, text = excluded.text",
                    {key: article.get(key) for key in ("id", "title", "language", "date", "author", "text", "added")},
                )
                for path in article.get("paths", []):
                    conn.execute(
                        "INSERT OR IGNORE INTO article_paths (path, article_id, seen) VALUES (?, ?, ?)",
                        (path, article["id"], article.get("added") or now()),
                    )
            for note in notes:
                self._insert(conn, note, replace=True)

    def paths_of(self, ident: str) -> list[str]:
        """Where the article has been seen, most recently first."""
        rows = self.conn.execute(
            "SELECT path FROM article_paths WHERE article_id = ? ORDER BY seen DESC, path", (ident,)
        )
        return [row[0] for row in rows]


def stored_article(store: NoteStore, ident: str) -> Article:
    """The article rebuilt from the copy of its text kept with the notes, for
    when its file has moved or gone: notes stay readable in their context."""
    row = store.article(ident)
    if row is None:
        raise StoreError(f"no article {ident!r} in the notes database")
    found = segment(row["text"])
    paths = store.paths_of(ident)
    return Article(
        path=paths[0] if paths else "",
        text=row["text"],
        blocks=found.blocks,
        title=row["title"] or found.title,
        date=row["date"],
        author=row["author"],
        language=row["language"],
        format="stored copy",
    )
