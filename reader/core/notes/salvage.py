"""Salvage: after a damaged notes database has been set aside and the newest
good backup restored, copy in every row that can still be read from the
damaged file and its write-ahead log.

Rows are read page by page (`pages`), so neither a damaged header, nor a
damaged schema page, nor a damaged b-tree page above intact leaves stands
in the way; only the rows on the damaged pages themselves are lost. A row
is put in the table whose columns its values fit (count, NOT NULL, text or
integer), for every table the restored database has. Of two versions of a
note the one updated last wins, so a note edited since the backup comes
back as edited and an old copy never overwrites a newer one. An article
comes back only when its text still hashes to its id; a note whose article
could not be read is kept on an empty stand-in, which the article's text
fills again when it is next opened. Rules (the reader's corrections) come
back the same way, the version updated last winning.

The notes the damaged file held are counted from its indexes (which hold
each note's rowid), so the report can say how many could not be read.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .backups import read_header
from .model import Note, article_id, now
from .pages import Cell, PageFile, page_size_in

#: Tables salvaged, parents first (a note needs its article).
TABLES = ("articles", "article_paths", "notes", "meta", "rules")
LOST_TITLE = "(article text lost with the damaged notes database)"
_HEX32 = re.compile(r"[0-9a-f]{32}")


@dataclass
class Salvage:
    damaged: Path
    backup: Path | None
    in_backup: int = 0  # notes the restored backup held
    added: int = 0  # notes the backup lacked, back from the damaged file
    newer: int = 0  # notes the backup held in an older version, now the newer one
    from_log: int = 0  # of those, read from the write-ahead log
    lost: int = 0  # notes in the damaged file that could not be read (and not in the backup)
    as_backed_up: int = 0  # could not be read; back as the backup had them
    damaged_notes: int = 0  # salvaged notes that no longer match their checksum
    articles: int = 0  # articles the backup lacked, back from the damaged file
    missing_articles: int = 0  # articles whose text could not be read
    other_rows: int = 0  # places articles were seen, settings
    undecodable: int = 0  # cells that could not be decoded
    listed: int = 0  # notes the damaged file's index lists
    rules: int = 0  # rules the backup lacked or held in an older version, back from the damaged file

    @property
    def salvaged(self) -> int:
        return self.added + self.newer

    def message(self, path: Path) -> str:
        parts = [f"The notes database {path} was damaged; it was moved to {self.damaged}."]
        if self.backup is not None:
            parts.append(f"The backup {self.backup.name} was restored ({_n(self.in_backup, 'note')}).")
        else:
            parts.append("No good backup was found, so a new database was started.")
        if self.salvaged:
            detail = [
                f"{self.added} the backup lacked" if self.backup and self.added else "",
                f"{self.newer} newer than in the backup" if self.newer else "",
                f"{self.from_log} from its write-ahead log" if self.from_log else "",
            ]
            detail = "; ".join(d for d in detail if d)
            parts.append(
                f"{_n(self.salvaged, 'note')} {_were(self.salvaged)} salvaged from the damaged file"
                + (f" ({detail})." if detail else ".")
            )
        elif self.backup is not None:
            parts.append("No note newer than the backup could be read from the damaged file.")
        else:
            parts.append("No note could be read from the damaged file.")
        if self.lost:
            parts.append(f"{_n(self.lost, 'note')} could not be read and {_were(self.lost, 'are', 'is')} lost.")
        if self.as_backed_up:
            parts.append(
                f"{_n(self.as_backed_up, 'note')} could not be read from the damaged file; "
                f"{_were(self.as_backed_up, 'they are', 'it is')} back as the backup had {_were(self.as_backed_up, 'them', 'it')}."
            )
        if self.listed and not self.lost and not self.as_backed_up:
            parts.append("Every note listed in the damaged file could be read.")
        if self.rules:
            parts.append(f"{_n(self.rules, 'rule')} {_were(self.rules)} salvaged from the damaged file.")
        if self.damaged_notes:
            parts.append(
                f"{_n(self.damaged_notes, 'salvaged note')} no longer {_were(self.damaged_notes, 'match', 'matches')} "
                f"what was written and {_were(self.damaged_notes, 'are', 'is')} marked damaged."
            )
        if self.missing_articles:
            parts.append(
                f"The text of {_n(self.missing_articles, 'article')} could not be read; "
                f"{_were(self.missing_articles, 'their', 'its')} notes are kept and find "
                f"{_were(self.missing_articles, 'their', 'its')} text again when the article is opened."
            )
        return " ".join(parts)


def _n(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _were(count: int, many: str = "were", one: str = "was") -> str:
    return one if count == 1 else many


@dataclass(frozen=True)
class _Column:
    name: str
    kind: str
    required: bool  # NOT NULL or part of the primary key
    optional: bool  # may be missing from an older row (added later, nullable or with a default)
    key: bool


def _columns(conn: sqlite3.Connection, table: str) -> list[_Column]:
    found = []
    for _cid, name, kind, notnull, default, pk in conn.execute(f"PRAGMA table_info({table})"):
        found.append(_Column(name, kind.upper(), bool(notnull or pk), not notnull or default is not None, bool(pk)))
    return found


def _fits(kinds: tuple[str, ...], columns: list[_Column]) -> bool:
    """Whether values of these kinds (`pages.kind_of`) can be a row of a
    table with these columns."""
    if not kinds or len(kinds) > len(columns) or not all(c.optional for c in columns[len(kinds) :]):
        return False
    for kind, column in zip(kinds, columns):
        if kind == "null":
            if column.required:
                return False
        elif column.kind in ("TEXT", "INTEGER") and kind != column.kind.lower():
            return False
    return True


class _Rows:
    """The newest readable version of every row, by table and key."""

    def __init__(self, conn: sqlite3.Connection):
        present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        self.columns = {t: _columns(conn, t) for t in TABLES if t in present}
        self.rows: dict[str, dict] = {t: {} for t in self.columns}
        self.rowids: set[int] = set()  # rowids of the notes read
        self._tables: dict[tuple[str, ...], str | None] = {}

    def table_for(self, kinds: tuple[str, ...]) -> str | None:
        """The one table rows of this shape can belong to, or None."""
        if kinds not in self._tables:
            fitting = [t for t, columns in self.columns.items() if _fits(kinds, columns)]
            self._tables[kinds] = fitting[0] if len(fitting) == 1 else None
        return self._tables[kinds]

    def wanted(self, kinds: tuple[str, ...], row: bool) -> bool:
        if row:
            return self.table_for(kinds) is not None
        return len(kinds) in (2, 3) and kinds[0] == "text"  # the index keys `_count_unread` reads

    def add(self, cell: Cell) -> None:
        table = self.table_for(cell.kinds)
        if table is None:
            return
        columns = self.columns[table]
        row = dict(zip((c.name for c in columns), cell.values))
        if table == "articles" and article_id(row["text"]) != row["id"]:
            return  # its text is not what it was
        key = tuple(row[c.name] for c in columns if c.key)
        if table == "notes":
            self.rowids.add(cell.rowid)
        old = self.rows[table].get(key)
        if old is None or row.get("updated", "") >= old[0].get("updated", ""):
            self.rows[table][key] = (row, cell.source)


def salvage(conn: sqlite3.Connection, damaged: Path, backup: Path | None) -> Salvage:
    """Copy what can be read from `damaged` into `conn` (the restored
    database, schema current), in the caller's transaction."""
    report = Salvage(damaged, backup, in_backup=conn.execute("SELECT count(*) FROM notes").fetchone()[0])
    hint = page_size_in(read_header(backup)) if backup is not None else None
    found = PageFile(damaged, page_size=hint)
    rows, keys = _Rows(conn), []
    for cell in found.cells(rows.wanted):
        if cell.rowid is None:
            keys.append(cell.values)
        else:
            rows.add(cell)
    report.undecodable = found.undecodable
    _merge_articles(conn, rows, report)
    _merge_notes(conn, rows, report)
    _merge_rules(conn, rows, report)
    _count_unread(conn, rows, keys, report)
    return report


def _insert(conn: sqlite3.Connection, table: str, row: dict, keys: list[str], update: bool) -> None:
    names = ", ".join(f'"{name}"' for name in row)
    marks = ", ".join("?" for _ in row)
    target = ", ".join(f'"{k}"' for k in keys)
    if update:
        sets = ", ".join(f'"{name}" = excluded."{name}"' for name in row if name not in keys)
        tail = f" ON CONFLICT({target}) DO UPDATE SET {sets}"
    else:
        tail = f" ON CONFLICT({target}) DO NOTHING"
    conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks}){tail}', tuple(row.values()))


def _key_names(rows: _Rows, table: str) -> list[str]:
    return [c.name for c in rows.columns[table] if c.key]


def _merge_articles(conn: sqlite3.Connection, rows: _Rows, report: Salvage) -> None:
    for row, _source in rows.rows.get("articles", {}).values():
        stored = conn.execute("SELECT text FROM articles WHERE id = ?", (row["id"],)).fetchone()
        if stored is None or stored[0] == "":
            _insert(conn, "articles", row, ["id"], update=True)
            report.articles += 1
    for table in ("article_paths", "meta"):
        for row, _source in rows.rows.get(table, {}).values():
            if table == "article_paths" and not _exists(conn, "articles", row["article_id"]):
                continue
            before = conn.total_changes
            _insert(conn, table, row, _key_names(rows, table), update=False)
            report.other_rows += conn.total_changes - before


def _exists(conn: sqlite3.Connection, table: str, ident: str) -> bool:
    return conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (ident,)).fetchone() is not None


def _merge_notes(conn: sqlite3.Connection, rows: _Rows, report: Salvage) -> None:
    backed_up = dict(conn.execute("SELECT id, updated FROM notes"))
    for row, source in rows.rows.get("notes", {}).values():
        stored = backed_up.get(row["id"])
        if stored is not None and stored >= row["updated"]:
            continue
        if not _exists(conn, "articles", row["article_id"]):
            conn.execute(
                "INSERT INTO articles (id, title, text, added) VALUES (?, ?, '', ?)",
                (row["article_id"], LOST_TITLE, now()),
            )
            report.missing_articles += 1
        try:
            _insert(conn, "notes", row, ["id"], update=True)
        except sqlite3.IntegrityError:  # fits the columns, breaks a rule: not a sound row
            report.undecodable += 1
            continue
        report.added += stored is None
        report.newer += stored is not None
        report.from_log += source == "log"
        report.damaged_notes += Note.from_row(row).damaged


def _merge_rules(conn: sqlite3.Connection, rows: _Rows, report: Salvage) -> None:
    backed_up = dict(conn.execute("SELECT id, updated FROM rules"))
    for row, _source in rows.rows.get("rules", {}).values():
        stored = backed_up.get(row["id"])
        if stored is not None and stored >= row["updated"]:
            continue
        try:
            _insert(conn, "rules", row, ["id"], update=True)
        except sqlite3.IntegrityError:
            report.undecodable += 1
            continue
        report.rules += 1


def _count_unread(conn: sqlite3.Connection, rows: _Rows, keys: list[tuple], report: Salvage) -> None:
    """Notes the damaged file's indexes list but whose row was not read.
    The index on (article_id, deleted) gives every note's rowid; the
    primary-key index gives its id, to look it up in the backup."""
    listed: dict[int, bool] = {}  # rowid: deleted in every copy seen
    for values in keys:
        if len(values) == 3 and isinstance(values[0], str) and isinstance(values[1], int) and isinstance(values[2], int):
            listed[values[2]] = listed.get(values[2], True) and bool(values[1])
    report.listed = sum(not deleted for deleted in listed.values())
    unread = {rowid for rowid, deleted in listed.items() if not deleted} - rows.rowids
    if not unread:
        return
    articles = {values[0] for values in keys if len(values) == 3 and isinstance(values[0], str)}
    articles |= {values[1] for values in keys if len(values) == 3 and isinstance(values[1], str)}
    articles |= {row[0] for row in conn.execute("SELECT id FROM articles")}
    ids: dict[int, str] = {}
    for values in keys:
        if len(values) == 2 and isinstance(values[0], str) and isinstance(values[1], int) and values[1] in unread:
            if _HEX32.fullmatch(values[0]) and values[0] not in articles:
                ids[values[1]] = values[0]
    for rowid in unread:
        kept = rowid in ids and conn.execute("SELECT 1 FROM notes WHERE id = ?", (ids[rowid],)).fetchone()
        report.as_backed_up += bool(kept)
        report.lost += not kept
