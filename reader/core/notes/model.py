"""A note as the store keeps it, and the checksum that tells whether what is
stored is still what was written."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone


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
    #: What is stored no longer matches its checksum (set on reading, never stored).
    damaged: bool = False

    @classmethod
    def from_row(cls, row: dict) -> "Note":
        values = {key: row[key] for key in cls.__dataclass_fields__ if key in row}
        try:
            values["tags"] = json.loads(row.get("tags") or "[]")
        except ValueError:
            values["tags"], values["damaged"] = [str(row.get("tags"))], True
        values["detached"] = bool(row.get("detached"))
        values["deleted"] = bool(row.get("deleted"))
        note = cls(**values)
        stored = row.get("checksum")
        note.damaged = note.damaged or (stored is not None and stored != checksum(note))
        return note

    def to_row(self) -> dict:
        row = {key: value for key, value in self.__dict__.items() if key != "damaged"}
        row["tags"] = json.dumps(self.tags, ensure_ascii=False)
        row["detached"] = int(self.detached)
        row["deleted"] = int(self.deleted)
        row["checksum"] = checksum(self)
        return row


def checksum(note: Note) -> str:
    """SHA-256 of what the reader wrote: the note's text, tags, target and
    the passage, actor or speaker it is on. Not its offsets, which move when
    the article changes."""
    content = [note.target, note.body, list(note.tags), note.exact, note.actor, note.speaker]
    return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode("utf-8")).hexdigest()
