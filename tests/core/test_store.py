"""The notes database with real SQLite files in temporary folders."""

import json
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from reader.core.article import Article, Block
from reader.core.notes import backups
from reader.core.notes.anchors import Anchor, relocate
from reader.core.notes.export import import_json, to_csv, to_json, to_markdown
from reader.core.notes.store import SCHEMA_VERSION, NoteStore, StoreError

TEXT = (
    "De Russische minister Sergej Lavrov sprak in Moskou met de pers. "
    "Hij zei dat de gesprekken met de Verenigde Staten doorgaan. "
    "Volgens Lavrov is een akkoord nog ver weg."
)


def article(text=TEXT, path="/articles/lavrov.txt"):
    return Article(path=path, text=text, blocks=[Block(0, len(text), "paragraph")], title="Lavrov", language="nl")


@pytest.fixture
def store(tmp_path):
    with NoteStore(tmp_path / "notes.db") as opened:
        yield opened


def passage_note(store, text, passage, body="note", **kwargs):
    ident = store.remember(article(text))
    start = text.index(passage)
    return store.add_note(ident, body, target="passage", start=start, end=start + len(passage), **kwargs)


def test_new_database_is_migrated_in_wal_mode(store):
    assert store.version == SCHEMA_VERSION
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_an_empty_file_from_an_earlier_version_is_migrated(tmp_path):
    path = tmp_path / "notes.db"
    sqlite3.connect(path).close()  # version 0: an empty database
    with NoteStore(path) as store:
        assert store.version == SCHEMA_VERSION
        ident = store.remember(article())
        store.add_note(ident, "works")
        assert len(store.notes()) == 1


def test_a_database_of_the_previous_schema_is_upgraded_with_a_backup_first(tmp_path):
    from reader.core.notes.schema import MIGRATIONS
    from reader.core.notes.schema import statements as _statements

    path = tmp_path / "notes.db"
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:-1]:  # the schema one version back
        for statement in _statements(migration):
            conn.execute(statement)
    conn.execute(
        "INSERT INTO articles (id, title, text, added) VALUES ('a1', 'Oud', 'Sergej Lavrov sprak.', '2026-01-01')"
    )
    conn.execute(
        "INSERT INTO notes (id, article_id, target, start, \"end\", exact, body, created, updated) "
        "VALUES ('n1', 'a1', 'passage', 0, 13, 'Sergej Lavrov', 'van toen', '2026-01-01', '2026-01-01')"
    )
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.commit()
    conn.close()
    with NoteStore(path) as store:
        assert store.version == SCHEMA_VERSION
        assert store.note("n1").exact == "Sergej Lavrov"
        assert [n.id for n in store.search("toen")] == ["n1"]
        indexes = {row[1] for row in store.conn.execute("PRAGMA index_list(article_paths)")}
        assert "article_paths_article" in indexes
    backups = list((tmp_path / "backups").glob(f"*before-v{SCHEMA_VERSION}*"))
    assert backups, "a copy is made before migrating"


def test_paths_of_lists_the_latest_place_first(store, tmp_path):
    # Named so that alphabetical order would put the old place first.
    old, new = tmp_path / "a-old.txt", tmp_path / "b-new.txt"
    store.remember(article(path=str(old)))
    time.sleep(0.005)  # "seen" is kept to the millisecond
    ident = store.remember(article(path=str(new)))
    assert store.paths_of(ident) == [str(new.resolve()), str(old.resolve())]


def test_a_database_from_a_newer_reader_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        NoteStore(path)
    assert path.read_bytes() == before


def test_notes_tags_search_and_undoable_delete(store):
    note = passage_note(store, TEXT, "Sergej Lavrov", "Let op zijn **rol**", tags=["rusland", "diplomatie"])
    ident = note.article_id
    other = store.add_note(ident, "Over het hele artikel")
    assert [n.target for n in store.notes(ident)] == ["article", "passage"]
    assert store.note(note.id).exact == "Sergej Lavrov"
    assert [n.id for n in store.search("rol")] == [note.id]
    assert [n.id for n in store.search("diplomatie")] == [note.id]  # tags
    assert [n.id for n in store.search("lavrov")] == [note.id]  # the quoted passage
    assert store.search('"unbalanced quote') == []  # user input is escaped
    store.update_note(other.id, body="Bijgewerkt", tags=["kort"])
    assert [n.id for n in store.search("bijgewerkt")] == [other.id]
    store.delete_note(note.id)
    assert [n.id for n in store.notes(ident)] == [other.id]
    store.delete_note(note.id, deleted=False)
    assert len(store.notes(ident)) == 2


def test_notes_follow_the_passage_when_the_file_changes(store):
    note = passage_note(store, TEXT, "de gesprekken met de Verenigde Staten doorgaan")
    changed = "UPDATE. " + TEXT.replace("sprak in Moskou", "sprak dinsdag in Moskou")
    ident, notes = store.open_article(article(changed))
    moved = [n for n in notes if n.id == note.id][0]
    assert moved.article_id == ident and not moved.detached
    assert changed[moved.start : moved.end] == "de gesprekken met de Verenigde Staten doorgaan"


def test_a_lightly_edited_passage_is_found_by_its_context(store):
    note = passage_note(store, TEXT, "de gesprekken met de Verenigde Staten doorgaan")
    edited = TEXT.replace("de gesprekken met de Verenigde Staten doorgaan", "de gesprekken met de VS doorgaan")
    _, notes = store.open_article(article(edited))
    moved = [n for n in notes if n.id == note.id][0]
    assert not moved.detached
    assert edited[moved.start : moved.end] == "de gesprekken met de VS doorgaan"


def test_a_passage_that_is_gone_leaves_a_detached_note(store):
    note = passage_note(store, TEXT, "Volgens Lavrov is een akkoord nog ver weg.")
    rewritten = "Een heel ander stuk over de haven van Rotterdam en de zonnepanelen daar."
    _, notes = store.open_article(article(rewritten))
    kept = [n for n in notes if n.id == note.id][0]
    assert kept.detached and kept.exact == "Volgens Lavrov is een akkoord nog ver weg."


def test_anchor_prefers_the_occurrence_with_the_same_context():
    text = "Rutte zei ja. Later zei Rutte nee. Toen zei Rutte misschien."
    anchor = Anchor.at(text, text.index("Rutte nee"), text.index("Rutte nee") + 5)
    moved = "Intro. " + text
    start, end = relocate(anchor, moved, text)
    assert moved[start:end] == "Rutte" and moved[end : end + 4] == " nee"


def test_json_export_import_export_is_identical(store, tmp_path):
    passage_note(store, TEXT, "Sergej Lavrov", "een", tags=["a"])
    store.add_note(store.remember(article()), "twee")
    exported = to_json(store)
    with NoteStore(tmp_path / "other.db") as other:
        assert import_json(other, exported) == 2
        assert to_json(other) == exported
        assert other.article(json.loads(exported)["articles"][0]["id"])["text"] == TEXT


def test_markdown_and_csv_exports(store):
    note = passage_note(store, TEXT, "Sergej Lavrov", "Zijn **rol** in de gesprekken", tags=["rusland"])
    markdown = to_markdown(store)
    assert markdown.startswith("---\ntitle: \"Lavrov\"\n")
    assert "> Sergej Lavrov" in markdown and "#rusland" in markdown
    assert f"reader://article/{note.article_id}#{note.start}-{note.end}" in markdown
    rows = to_csv(store).splitlines()
    assert rows[0].startswith("id,article_id,article_title,target")
    assert note.id in rows[1] and "Sergej Lavrov" in rows[1]


def test_a_damaged_database_is_recovered_from_the_newest_backup(tmp_path):
    path = tmp_path / "notes.db"
    with NoteStore(path) as store:
        kept = passage_note(store, TEXT, "Sergej Lavrov", "kept")
        backups.make(store.conn, store.backup_dir, reason="test")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with open(path, "r+b") as damaged:
        damaged.seek(0)
        damaged.write(b"this is not a database" * 100)
    with NoteStore(path) as store:
        assert store.recovered and "damaged" in store.recovered
        assert [n.id for n in store.notes()] == [kept.id]
    aside = [p for p in tmp_path.iterdir() if ".damaged-" in p.name and p.suffix == ".db"]
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not")


WRITER = textwrap.dedent(
    """
    import sys
    from reader.core.article import Article, Block
    from reader.core.notes.store import NoteStore
    path, label, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    text = "Een gedeeld artikel over de haven van Rotterdam."
    with NoteStore(path) as store:
        ident = store.remember(Article(path="/a.txt", text=text, blocks=[Block(0, len(text), "paragraph")]))
        for number in range(count):
            note = store.add_note(ident, f"{label} {number}")
            print(note.id, flush=True)
    """
)


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "notes.db"
    NoteStore(path).close()
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), label, "150"], stdout=subprocess.PIPE, text=True)
        for label in ("first", "second")
    ]
    written = set()
    for writer in writers:
        out, _ = writer.communicate(timeout=300)
        assert writer.returncode == 0
        written |= set(out.split())
    assert len(written) == 300
    with NoteStore(path) as store:
        assert {n.id for n in store.notes()} == written


def test_a_process_killed_while_writing_leaves_every_committed_note(tmp_path):
    path = tmp_path / "notes.db"
    NoteStore(path).close()
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), "killed", "100000"], stdout=subprocess.PIPE, text=True)
    committed = []
    for line in writer.stdout:
        committed.append(line.strip())
        if len(committed) >= 200:
            break
    writer.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs
    writer.wait()
    committed += [line.strip() for line in writer.stdout if line.strip()]
    with NoteStore(path) as store:
        assert store.recovered is None
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert set(committed) <= {n.id for n in store.notes()}


def test_tags_set_later_are_stored_as_typed_and_found(store):
    # The window sets tags through update_note; they were stored as \u00ef
    # escapes, so a search for the word as typed missed them.
    note = passage_note(store, TEXT, "Sergej Lavrov")
    store.update_note(note.id, tags=["oekraïne"])
    raw = store.conn.execute("SELECT tags FROM notes WHERE id = ?", (note.id,)).fetchone()[0]
    assert "oekraïne" in raw
    assert [found.id for found in store.search("oekraïne")] == [note.id]


def test_importing_over_an_existing_article_keeps_its_local_paths(store, tmp_path):
    ident = store.remember(article(path="/home/me/lavrov.txt"))
    store.add_note(ident, "van elders")
    exported = to_json(store)
    with NoteStore(tmp_path / "other.db") as other:
        local = other.remember(article(path="/data/mine/lavrov.txt"))
        assert local == ident
        import_json(other, exported)
        assert "/data/mine/lavrov.txt" in other.paths_of(ident)


def test_importing_a_changed_note_updates_what_search_finds(store, tmp_path):
    note = passage_note(store, TEXT, "Sergej Lavrov", "eerste versie")
    exported = json.loads(to_json(store))
    exported["notes"][0]["body"] = "tweede lezing"
    import_json(store, json.dumps(exported))
    assert [found.id for found in store.search("lezing")] == [note.id]
    assert store.search("versie") == []
