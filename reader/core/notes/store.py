"""The notes database: one SQLite file in the user's data folder.

Safety first: WAL journal, foreign keys, full sync, a busy timeout and
``BEGIN IMMEDIATE`` for every write (two running readers queue instead of
failing), versioned migrations under ``PRAGMA user_version`` with a backup
before each, and a database written by a newer reader refused untouched.
A damaged file is moved aside, the newest good backup restored and what
can still be read from the damaged file salvaged into it (see `backups`
and `salvage`); `NoteStore.recovered` then says what happened. Backups
are made when a session that changed notes ends and after every 20
changes. Each note carries a checksum of what was written; a note that no
longer matches it is read with ``damaged`` set. The reader's corrections
are kept here too, as rules (``store.rules``, see `rules`).

Articles are known by a hash of their text and keep a copy of it, so notes
still open when the file is gone and can be re-anchored when it changes.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlite_utils

from ..article import Article
from ..config import paths
from ..config.sqlite import use_wal
from ..loading.blocks import segment
from . import backups
from .anchors import Anchor, reanchor
from .model import Note, StoreError, article_id, checksum, now
from .rules import RuleBook
from .salvage import Salvage, salvage
from .schema import MIGRATIONS, SCHEMA_VERSION, TARGETS, statements

__all__ = ["Note", "NoteStore", "SCHEMA_VERSION", "StoreError", "article_id", "default_path", "now", "stored_article"]


def default_path() -> Path:
    return paths.notes_file()


class NoteStore:
    """The reader's notes. Open one per process; safe across processes."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path or default_path())
        paths.ensure(self.path.parent)
        self.backup_dir = self.path.parent / "backups"
        self.recovered: str | None = None  # what happened to a damaged file, for the user
        self.salvage: Salvage | None = None
        self._changes, self._last_changed, self._session_changed = 0, None, False
        self._backup: threading.Thread | None = None
        self.rules = RuleBook(self)  # the reader's corrections (see `notes.rules`)
        recovery = backups.recover_if_damaged(self.path, self.backup_dir)
        self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.db = sqlite_utils.Database(self.conn)
        self._refuse_newer()  # before any pragma that would change the file
        use_wal(self.conn)
        for pragma in ("foreign_keys=ON", "synchronous=FULL", "busy_timeout=30000"):
            self.conn.execute(f"PRAGMA {pragma}")
        self._migrate()
        if recovery is not None:
            self._salvage(recovery)
            self._back_up("salvaged")
        self._back_up("open")  # the last session ended without its backup (a crash)

    def _salvage(self, recovery: backups.Recovery) -> None:
        """Copy what can be read from the damaged file into the restored one."""
        try:
            with self.write() as conn:
                self.salvage = salvage(conn, recovery.damaged, recovery.backup)
                self._fill_checksums(conn)
        except (sqlite3.Error, OSError) as error:
            restored = f"the backup {recovery.backup.name} was restored" if recovery.backup else "a new one was started"
            self.recovered = (
                f"The notes database {self.path} was damaged; it was moved to {recovery.damaged} and {restored}. "
                f"Nothing could be salvaged from the damaged file: {error}"
            )
            return
        self.recovered = self.salvage.message(self.path)

    def _back_up(self, reason: str) -> None:
        """A backup when notes changed since the last one."""
        try:
            backups.if_changed(self.conn, self.backup_dir, reason)
        except (sqlite3.Error, OSError):
            pass  # a full disk, say: the notes themselves are safe; the next chance backs up

    def close(self) -> None:
        """Close; a session that changed notes ends with a backup."""
        self.wait_for_backup()
        if self._session_changed:
            self._back_up("close")
            self._session_changed = False
        self.conn.close()

    def wait_for_backup(self) -> None:
        if self._backup is not None:
            self._backup.join()
            self._backup = None

    def _changed(self, ident: str | None = None, count: int = 1) -> None:
        """Count changes to notes (saves of the note being typed count once);
        every `backups.EVERY` a backup is made on a thread of its own."""
        self._session_changed = True
        if ident is not None and ident == self._last_changed:
            return
        self._last_changed = ident
        self._changes += count
        if self._changes >= backups.EVERY and (self._backup is None or not self._backup.is_alive()):
            self._changes = 0
            self._backup = backups.in_background(self.path, self.backup_dir, "changes")

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
            self._fill_checksums(self.conn)
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @staticmethod
    def _fill_checksums(conn: sqlite3.Connection) -> None:
        """Sum notes written before there were checksums (or salvaged from then)."""
        rows = conn.execute("SELECT * FROM notes WHERE checksum IS NULL").fetchall()
        for row in rows:
            conn.execute("UPDATE notes SET checksum = ? WHERE id = ?", (checksum(Note.from_row(dict(row))), row["id"]))

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
            # An article whose text was lost with a damaged database (kept
            # empty for its salvaged notes) gets its text back.
            conn.execute(
                "INSERT INTO articles (id, title, language, date, author, text, added) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title, "
                "language = excluded.language, date = excluded.date, author = excluded.author, "
                "text = excluded.text WHERE articles.text = ''",
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
        file onto it (re-anchored, or detached when their passage is gone),
        and the corrections of its quotes that still fit, and return its id
        and notes."""
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
            self.rules.carry(path, ident, article.text)  # corrections of its quotes too
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
                reanchor(note, new_text, old_text)
                conn.execute(
                    'UPDATE notes SET article_id = ?, start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, '
                    "detached = ?, updated = ?, checksum = coalesce(?, checksum) WHERE id = ?",
                    (new_id, note.start, note.end, note.exact, note.prefix, note.suffix, int(note.detached), stamp,
                     None if note.damaged else checksum(note), note.id),  # a damaged note stays damaged
                )
        self._changed()

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
        self._changed()
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
        if body is None and tags is None:
            return self.note(ident)
        with self.write() as conn:
            note = self._read(conn, ident)
            note.body = note.body if body is None else body
            note.tags = note.tags if tags is None else list(tags)  # stored as typed: oekraïne
            conn.execute(
                "UPDATE notes SET body = ?, tags = ?, checksum = ?, updated = ? WHERE id = ?",
                (note.body, json.dumps(note.tags, ensure_ascii=False), checksum(note), now(), ident),
            )
        self._changed(ident)
        return self.note(ident)

    def delete_note(self, ident: str, deleted: bool = True) -> None:
        """Mark deleted (undo with ``deleted=False``); nothing is erased."""
        with self.write() as conn:
            conn.execute("UPDATE notes SET deleted = ?, updated = ? WHERE id = ?", (int(deleted), now(), ident))
        self._changed()

    @staticmethod
    def _read(conn: sqlite3.Connection, ident: str) -> Note:
        row = conn.execute("SELECT * FROM notes WHERE id = ?", (ident,)).fetchone()
        if row is None:
            raise StoreError(f"no note {ident!r}")
        return Note.from_row(dict(row))

    def note(self, ident: str) -> Note:
        return self._read(self.conn, ident)

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
        self._changed(count=len(notes))

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
