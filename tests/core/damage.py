"""Notes databases written over more than one session and then damaged the
ways a disk or a crash damages files, for the salvage tests."""

from __future__ import annotations

import random
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.article import Article, Block
from reader.core.notes.store import Note, NoteStore

PAGE = 4096
WORDS = "haven energie minister regering gesprekken akkoord oorlog vrede stad water".split()


def article(number: int, words: int = 900) -> Article:
    rng = random.Random(number)
    text = " ".join(rng.choice(WORDS) for _ in range(words)) + f" artikel{number}."
    return Article(path=f"/articles/{number}.txt", text=text, blocks=[Block(0, len(text), "paragraph")], title=f"Artikel {number}")


@dataclass
class Sessions:
    path: Path
    first: list[Note] = field(default_factory=list)  # in the backup made when session 1 closed
    second: list[Note] = field(default_factory=list)  # written after it; session 2 crashed
    edited: list[str] = field(default_factory=list)  # first-session notes edited in session 2

    @property
    def ids(self) -> set[str]:
        return {n.id for n in self.first + self.second}


def two_sessions(path: Path, first: int = 30, second: int = 15, in_log: bool = False, tail_article: bool = False) -> Sessions:
    """Session 1 writes `first` notes and closes (a backup is made then).
    Session 2 writes `second` notes, edits three of the first and crashes:
    no backup at its end. With `in_log` its writes are still only in the
    write-ahead log; otherwise they reached the file (a checkpoint) before
    the crash. `tail_article`: session 2 ends by remembering a long article,
    so the file's last pages are its text."""
    made = Sessions(path)
    rng = random.Random(7)
    with NoteStore(path) as store:
        ids = [store.remember(article(n)) for n in range(3)]
        for n in range(first):
            body = f"first-{n:03d} " + " ".join(rng.choice(WORDS) for _ in range(12))
            made.first.append(store.add_note(ids[n % 3], body, target="passage", start=n * 7, end=n * 7 + 15, tags=["een"]))
    store = NoteStore(path)
    for n in range(second):
        body = f"second-{n:03d} " + " ".join(rng.choice(WORDS) for _ in range(12))
        made.second.append(store.add_note(ids[n % 3], body, tags=["twee", "later"]))
    for note in made.first[:3]:
        store.update_note(note.id, body=note.body + " edited-later")
        made.edited.append(note.id)
    if tail_article:
        store.remember(article(99, words=30000))
    crash(store, in_log)
    return made


def crash(store: NoteStore, in_log: bool) -> None:
    """End `store` as a killed process would: no close, so no backup."""
    store.wait_for_backup()
    path = store.path
    if not in_log:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.conn.close()  # the log is empty: closing changes nothing on disk
        return
    frozen = path.with_name("frozen")
    frozen.mkdir()
    for name in (path.name, path.name + "-wal"):
        shutil.copy2(path.with_name(name), frozen / name)
    store.conn.close()  # checkpoints and removes the log; put the crash's files back
    for name in (path.name, path.name + "-wal"):
        shutil.copy2(frozen / name, path.with_name(name))
    shutil.rmtree(frozen)
    path.with_name(path.name + "-shm").unlink(missing_ok=True)


def overwrite_page(path: Path, marker: str) -> int:
    """Random bytes over the whole page that holds `marker`; returns its number."""
    data = bytearray(path.read_bytes())
    page = data.index(marker.encode()) // PAGE
    data[page * PAGE : (page + 1) * PAGE] = random.Random(3).randbytes(PAGE)
    path.write_bytes(bytes(data))
    return page + 1


def cut_in_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def overwrite_header(path: Path, length: int = 100) -> None:
    data = bytearray(path.read_bytes())
    data[:length] = random.Random(5).randbytes(length)
    path.write_bytes(bytes(data))


def readable_by_sqlite(path: Path) -> set[str]:
    """The notes SQLite itself can still read from a damaged copy of `path`,
    one rowid at a time (its header must be intact, and is told the file's
    true length): what salvage must bring back at the least."""
    copy = path.with_name("oracle.db")
    data = bytearray(path.read_bytes())
    data[28:32] = (len(data) // PAGE).to_bytes(4, "big")  # a cut file: its true length
    copy.write_bytes(bytes(data))
    found = set()
    conn = sqlite3.connect(copy)
    try:
        for rowid in range(1, 1000):
            try:
                row = conn.execute("SELECT id FROM notes WHERE rowid = ?", (rowid,)).fetchone()
            except sqlite3.DatabaseError:
                continue
            if row:
                found.add(row[0])
    finally:
        conn.close()
        copy.unlink()
    return found
