"""A damaged notes database: the newest backup is restored and every note
that can still be read from the damaged file is salvaged into it, with a
message that says how many came from where and how many were lost."""

import re
import sqlite3

import pytest

from reader.core.notes.pages import PageFile
from reader.core.notes.salvage import LOST_TITLE
from reader.core.notes.store import NoteStore, StoreError, article_id

from .damage import (
    article,
    cut_in_half,
    overwrite_header,
    overwrite_page,
    readable_by_sqlite,
    two_sessions,
)


def figure(message: str, pattern: str) -> int:
    found = re.search(pattern, message)
    assert found, f"{pattern!r} not in {message!r}"
    return int(found.group(1))


def test_the_page_reader_reads_every_row_of_a_sound_file(tmp_path):
    made = two_sessions(tmp_path / "notes.db")
    cells = list(PageFile(made.path).cells())
    conn = sqlite3.connect(made.path)
    for table in ("notes", "articles", "article_paths", "meta"):
        rows = {tuple(row) for row in conn.execute(f"SELECT rowid, * FROM {table}")}
        assert rows <= {(cell.rowid, *cell.values) for cell in cells if cell.rowid is not None}, table
    conn.close()


def test_bytes_over_a_page_lose_only_the_notes_on_that_page(tmp_path):
    made = two_sessions(tmp_path / "notes.db")
    overwrite_page(made.path, "second-005")
    readable = readable_by_sqlite(made.path) & made.ids
    unreadable = made.ids - readable
    assert unreadable and readable - {n.id for n in made.first}, "the page held notes, some written after the backup"
    with NoteStore(made.path) as store:
        back = {note.id: note for note in store.notes()}
        message = store.recovered
    assert readable <= set(back), "every note SQLite can still read is back"
    lost = unreadable - set(back)
    assert lost == unreadable - {n.id for n in made.first}, "the unreadable ones the backup has are back as they were"
    assert figure(message, r"(\d+) notes? (?:were|was) salvaged") == len(readable - {n.id for n in made.first}) + sum(
        e in readable for e in made.edited
    )
    assert figure(message, r"(\d+) notes? could not be read and (?:are|is) lost") == len(lost)
    for ident in set(made.edited) & readable:
        assert back[ident].body.endswith("edited-later"), "the newer version wins over the backup's"


def test_a_file_cut_in_half_gives_back_the_notes_in_the_half_that_is_left(tmp_path):
    made = two_sessions(tmp_path / "notes.db", tail_article=True)
    cut_in_half(made.path)
    readable = readable_by_sqlite(made.path) & made.ids
    assert readable - {n.id for n in made.first}, "notes written after the backup are in the first half"
    with NoteStore(made.path) as store:
        back = {note.id for note in store.notes()}
        salvage, message = store.salvage, store.recovered
        assert store.article(article_id(article(99).text)) is None, "the long article at the end is gone"
    assert readable <= back
    assert salvage.salvaged == figure(message, r"(\d+) notes? (?:were|was) salvaged") > 0
    assert salvage.lost == len(made.ids - back)


@pytest.mark.parametrize("length", [100, 2200], ids=["header", "header-and-schema"])
def test_an_overwritten_header_loses_nothing(tmp_path, length):
    made = two_sessions(tmp_path / "notes.db")
    overwrite_header(made.path, length)
    with sqlite3.connect(made.path) as conn, pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM notes").fetchone()  # SQLite cannot open it at all
    with NoteStore(made.path) as store:
        back = {note.id: note for note in store.notes()}
        message = store.recovered
        assert len(store.search("twee")) == len(made.second), "the search index has the salvaged notes"
    assert set(back) == made.ids
    assert all(back[ident].body.endswith("edited-later") for ident in made.edited)
    assert figure(message, r"(\d+) notes were salvaged") == len(made.second) + len(made.edited)
    assert "Every note listed in the damaged file could be read" in message


def test_notes_still_only_in_the_write_ahead_log_are_salvaged_from_it(tmp_path):
    made = two_sessions(tmp_path / "notes.db", in_log=True)
    assert made.path.with_name("notes.db-wal").stat().st_size > 0
    cut_in_half(made.path)
    with NoteStore(made.path) as store:
        back = {note.id: note for note in store.notes()}
        salvage, message = store.salvage, store.recovered
    assert made.ids <= set(back)
    assert all(back[ident].body.endswith("edited-later") for ident in made.edited)
    assert salvage.from_log == len(made.second) + len(made.edited)
    assert f"{salvage.from_log} from its write-ahead log" in message


def test_without_any_backup_everything_readable_goes_into_a_new_database(tmp_path):
    path = tmp_path / "notes.db"
    store = NoteStore(path)
    ident = store.remember(article(1))
    notes = [store.add_note(ident, f"only-{n}") for n in range(12)]
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.conn.close()  # a crash in the very first session: no backup yet
    assert not list((tmp_path / "backups").glob("*.db"))
    overwrite_header(path)
    with NoteStore(path) as again:
        assert {n.id for n in again.notes()} == {n.id for n in notes}
        assert again.article(ident)["text"] == article(1).text
        assert "No good backup was found" in again.recovered and "12 notes were salvaged" in again.recovered


def test_notes_whose_article_text_is_lost_are_kept_until_it_is_opened_again(tmp_path):
    made = two_sessions(tmp_path / "notes.db", second=0)
    store = NoteStore(made.path)
    late = article(50, words=3000)
    ident = store.remember(late)
    note = store.add_note(ident, "on a late article")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.conn.close()
    overwrite_page(made.path, "artikel50.")  # the end of its text, on an overflow page
    with NoteStore(made.path) as store:
        assert store.note(note.id).body == "on a late article"
        assert store.article(ident)["title"] == LOST_TITLE and store.salvage.missing_articles == 1
        assert "The text of 1 article could not be read" in store.recovered
        _, notes = store.open_article(late)
        assert store.article(ident)["text"] == late.text and [n.id for n in notes] == [note.id]


def test_a_recovered_database_is_backed_up_and_opens_quietly_next_time(tmp_path):
    made = two_sessions(tmp_path / "notes.db")
    overwrite_header(made.path)
    with NoteStore(made.path) as store:
        assert store.recovered
    assert list((tmp_path / "backups").glob("*-salvaged.db"))
    with NoteStore(made.path) as store:
        assert store.recovered is None and {n.id for n in store.notes()} == made.ids


def test_a_damaged_database_from_a_newer_reader_is_left_untouched(tmp_path):
    made = two_sessions(tmp_path / "notes.db", first=3, second=0)
    data = bytearray(made.path.read_bytes())
    data[60:64] = (99).to_bytes(4, "big")  # user_version of a newer reader
    data[len(data) // 2 :] = bytes(len(data) - len(data) // 2)
    made.path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="newer version"):
        NoteStore(made.path)
    assert made.path.read_bytes() == bytes(data)
