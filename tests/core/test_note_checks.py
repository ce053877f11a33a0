"""Notes are checked as they are read (a checksum of what was written),
backed up as they change, and a detached note points at nothing."""

import json
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest

from reader.core.notes import backups
from reader.core.notes.export import to_csv, to_json, to_markdown
from reader.core.notes.schema import MIGRATIONS, statements
from reader.core.notes.store import SCHEMA_VERSION, NoteStore

from .damage import article
from .test_store import TEXT, passage_note
from .test_store import article as lavrov


@pytest.fixture
def store(tmp_path):
    with NoteStore(tmp_path / "notes.db") as opened:
        yield opened


def garble(path, old: str, new: str) -> None:
    """Change bytes of a note's text in the file itself, as a bad disk or
    a stray write would: SQLite's own checks still pass. (The note's row has
    the text right before its tags; the search index keeps words apart.)"""
    assert len(old.encode()) == len(new.encode())
    data = path.read_bytes()
    assert data.count(old.encode() + b"[") == 1
    path.write_bytes(data.replace(old.encode() + b"[", new.encode() + b"["))


def test_a_note_changed_under_the_reader_is_marked_damaged_everywhere(tmp_path):
    path = tmp_path / "notes.db"
    with NoteStore(path) as store:
        kept = passage_note(store, TEXT, "Sergej Lavrov", "de minister zei ja", tags=["rusland"])
        hit = store.add_note(kept.article_id, "afspraak om negen uur", tags=["agenda"])
    garble(path, "afspraak om negen uur", "afspraak om zeven uur")
    with NoteStore(path) as store:
        assert store.recovered is None  # nothing SQLite could notice
        notes = {n.id: n for n in store.notes()}
        assert notes[hit.id].damaged and notes[hit.id].body == "afspraak om zeven uur"
        assert not notes[kept.id].damaged
        assert "(damaged: the stored note no longer matches what was written)" in to_markdown(store)
        rows = to_csv(store).splitlines()
        assert rows[0].endswith(",damaged") and [r.endswith(",1") for r in rows[1:]].count(True) == 1
        assert [n["damaged"] for n in json.loads(to_json(store))["notes"] if n["id"] == hit.id] == [True]
        store.update_note(hit.id, body="afspraak om negen uur, nagekeken")
        assert not store.note(hit.id).damaged  # what the reader writes now is summed again


def test_the_command_line_marks_and_counts_damaged_notes(tmp_path, reader_home):
    from reader.core.notes.store import default_path

    with NoteStore() as store:
        ident = store.remember(lavrov())
        store.add_note(ident, "een zin die verandert")
    garble(default_path(), "een zin die verandert", "een zin die veranderd")
    listed = subprocess.run([sys.executable, "-m", "reader", "notes", "list"], capture_output=True, text=True, encoding="utf-8")
    assert "(damaged)" in listed.stdout and "1 of these notes no longer match" in listed.stderr


def test_a_database_of_schema_2_gets_checksums_and_its_detached_notes_lose_their_offsets(tmp_path):
    path = tmp_path / "notes.db"
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:2]:
        for statement in statements(migration):
            conn.execute(statement)
    conn.execute("INSERT INTO articles (id, title, text, added) VALUES ('a1', 'Oud', 'Heel andere tekst nu.', '2026-01-01')")
    for ident, detached in (("n1", 0), ("n2", 1)):
        conn.execute(
            'INSERT INTO notes (id, article_id, target, start, "end", exact, body, detached, created, updated) '
            "VALUES (?, 'a1', 'passage', 5, 13, 'Sergej Lavrov', 'van toen', ?, '2026-01-01', '2026-01-01')",
            (ident, detached),
        )
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with NoteStore(path) as store:
        assert store.version == SCHEMA_VERSION
        assert store.conn.execute("SELECT count(*) FROM notes WHERE checksum IS NULL").fetchone()[0] == 0
        assert not any(n.damaged for n in store.notes())
        gone = store.note("n2")
        assert (gone.start, gone.end, gone.exact) == (None, None, "Sergej Lavrov")
        assert (store.note("n1").start, store.note("n1").end) == (5, 13)


def test_a_detached_note_points_at_nothing_and_comes_back_with_its_passage(store):
    note = passage_note(store, TEXT, "Volgens Lavrov is een akkoord nog ver weg.")
    rewritten = "Een heel ander stuk over de haven van Rotterdam en de zonnepanelen daar, " * 3
    _, notes = store.open_article(lavrov(rewritten))
    detached = next(n for n in notes if n.id == note.id)
    assert detached.detached and (detached.start, detached.end) == (None, None)
    assert detached.exact == "Volgens Lavrov is een akkoord nog ver weg."
    markdown = to_markdown(store)
    assert "> Volgens Lavrov is een akkoord nog ver weg." in markdown
    assert f"reader://article/{detached.article_id})" in markdown  # the article, no place in it
    back = "Inleiding. " + TEXT
    _, notes = store.open_article(lavrov(back))
    placed = next(n for n in notes if n.id == note.id)
    assert not placed.detached and back[placed.start : placed.end] == "Volgens Lavrov is een akkoord nog ver weg."


def test_a_damaged_note_stays_damaged_when_its_article_changes(tmp_path):
    path = tmp_path / "notes.db"
    with NoteStore(path) as store:
        note = passage_note(store, TEXT, "Sergej Lavrov", "origineel")
    garble(path, "origineel", "originaal")
    with NoteStore(path) as store:
        _, notes = store.open_article(lavrov("Vandaag: " + TEXT))
        assert [n.damaged for n in notes if n.id == note.id] == [True]


def test_a_backup_after_every_twenty_changes_and_saves_while_typing_count_once(store):
    ident = store.remember(article(1))
    note = store.add_note(ident, "")
    for length in range(1, 40):  # autosaves of one note being typed: one change
        store.update_note(note.id, body="x" * length)
    for n in range(backups.EVERY - 3):
        store.add_note(ident, f"note {n}")
    store.wait_for_backup()
    assert not backups.backups_in(store.backup_dir), "19 changes so far"
    store.add_note(ident, "the twentieth change")
    store.wait_for_backup()
    made = backups.backups_in(store.backup_dir)
    assert [b.name.endswith("-changes.db") for b in made] == [True]
    with sqlite3.connect(made[0]) as copy:
        assert copy.execute("SELECT count(*) FROM notes").fetchone()[0] == backups.EVERY - 1
        assert copy.execute("SELECT body FROM notes WHERE id = ?", (note.id,)).fetchone()[0] == "x" * 39


def test_a_session_that_changed_notes_ends_with_a_backup(tmp_path):
    path = tmp_path / "notes.db"
    with NoteStore(path) as store:
        store.add_note(store.remember(article(1)), "een")
    assert [b.name.endswith("-close.db") for b in backups.backups_in(tmp_path / "backups")] == [True]
    with NoteStore(path) as store:
        store.notes()  # reading changes nothing: no new backup
    assert len(backups.backups_in(tmp_path / "backups")) == 1
    store = NoteStore(path)
    store.add_note(store.remember(article(1)), "twee")
    store.conn.close()  # a crash: no backup at the end
    with NoteStore(path):
        pass
    names = [b.name for b in backups.backups_in(tmp_path / "backups")]
    assert len(names) == 2 and names[0].endswith("-open.db"), "the next start makes up for it"


def test_backups_kept_are_the_ten_newest_and_one_a_day_for_a_week(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime.now(timezone.utc)
    made = []
    for days in range(12):
        for hour in range(3):
            when = now - timedelta(days=days, hours=hour)
            made.append(folder / f"notes-{when.strftime('%Y%m%d-%H%M%S-%f')}-changes.db")
    old_migration = folder / f"notes-{(now - timedelta(days=40)).strftime('%Y%m%d-%H%M%S-%f')}-before-v3.db"
    for path in made + [old_migration]:
        path.write_bytes(b"")
    backups.prune(folder)
    kept = set(backups.backups_in(folder))
    newest = sorted(made, reverse=True)
    assert set(newest[:10]) <= kept and old_migration in kept
    days = {backups.taken(b).date() for b in kept}
    assert {(now - timedelta(days=d)).date() for d in range(7)} <= days
    week_ago = now - timedelta(days=7)
    assert not [b for b in kept - set(newest[:10]) - {old_migration} if backups.taken(b) < week_ago]
    assert len(kept) <= 10 + 8 + 1  # a week's days may touch 8 dates
