"""The reader's corrections, kept in the notes database as rules.

Three kinds about a text: ``label`` (``Donbass`` is a place: text →
PER/ORG/LOC/MISC), ``not-entity`` (``KIJK`` is no name) and ``same-as``
(``Poetin`` is the same actor as ``Vladimir Poetin``: alias → canonical
name). Each applies to every article, or to one (its ``article_id``, the
key notes use), and can be switched off. The corrections of quotes are
rules too, about one place in one article (see `quote_rules`). A deleted rule is only marked, as a note is. Each carries
a checksum of what it says; a rule that no longer matches it is read as
damaged and not applied. `version` is a hash of the rules in force, for a
cache of analyses to key on.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import asdict, dataclass

from ..labels import READER_LABELS
from . import quote_rules
from .model import StoreError, now
from .schema import PLACED_KINDS, RULE_KINDS

#: What a rules export says it is.
EXPORT_FORMAT = "reader-rules"
EXPORT_VERSION = 1


@dataclass
class Rule:
    id: str
    kind: str  # one of RULE_KINDS
    text: str  # the entity's text; for same-as, the alias
    value: str | None = None  # the label, or for same-as the canonical name
    article_id: str | None = None  # None: every article
    enabled: bool = True
    deleted: bool = False
    created: str = ""
    updated: str = ""
    #: What is stored no longer matches its checksum (set on reading, never stored).
    damaged: bool = False
    #: Where a correction of a quote is (offsets into its article's text); None for the other kinds.
    start: int | None = None
    end: int | None = None

    @classmethod
    def from_row(cls, row: dict) -> Rule:
        values = {key: row[key] for key in cls.__dataclass_fields__ if key in row}
        values["enabled"], values["deleted"] = bool(row.get("enabled", 1)), bool(row.get("deleted", 0))
        rule = cls(**values)
        rule.damaged = row.get("checksum") not in (None, rule_checksum(rule))
        return rule

    def to_row(self) -> dict:
        row = {key: value for key, value in asdict(self).items() if key != "damaged"}
        row["enabled"], row["deleted"] = int(self.enabled), int(self.deleted)
        row["checksum"] = rule_checksum(self)
        return row

    def applies_to(self, article: str | None) -> bool:
        return self.article_id is None or self.article_id == article

    def describe(self) -> str:
        if self.kind in PLACED_KINDS:
            return quote_rules.describe(self.kind, self.text, self.value)
        if self.kind == "label":
            return f"{self.text!r} is {self.value}"
        if self.kind == "not-entity":
            return f"{self.text!r} is not a name"
        return f"{self.text!r} is the same actor as {self.value!r}"


def _content(rule: Rule) -> list:
    """What a rule says; the offsets only where it has them (so the rules
    of schema 4 keep their checksums and version)."""
    content = [rule.kind, rule.text, rule.value, rule.article_id]
    return content + ([rule.start, rule.end] if rule.start is not None else [])


def rule_checksum(rule: Rule) -> str:
    content = _content(rule)
    return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode("utf-8")).hexdigest()


def version(rules: list[Rule]) -> str:
    """A hash of what the rules in force say (enabled, not deleted, not
    damaged), independent of their order and ids; "" with none."""
    live = sorted(
        [r.kind, r.text, r.value or "", r.article_id or ""] + ([r.start, r.end] if r.start is not None else [])
        for r in rules
        if r.enabled and not r.deleted and not r.damaged
    )
    if not live:
        return ""
    return hashlib.sha256(json.dumps(live, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def checked(kind: str, text: str, value: str | None) -> tuple[str, str | None]:
    """The rule's text and value as stored, or StoreError saying what is wrong."""
    if kind not in RULE_KINDS:
        raise StoreError(f"unknown kind of rule {kind!r} (one of {', '.join(RULE_KINDS)})")
    if kind in PLACED_KINDS:  # the exact words at a place: its offsets must cover them
        text = str(text or "")
        if not text.strip():
            raise StoreError(f"a {kind} rule needs the words it is about")
        if kind == "split-mention":
            return text, " ".join(str(value or "").split()) or None
        return text, quote_rules.checked_speaker(value) if kind in quote_rules.WITH_SPEAKER else None
    text = " ".join(str(text or "").split())
    if not text:
        raise StoreError("a rule needs the text it is about")
    if kind == "label":
        value = str(value or "").upper()
        if value not in READER_LABELS:
            raise StoreError(f"unknown label {value!r} (one of {', '.join(READER_LABELS)})")
    elif kind == "same-as":
        value = " ".join(str(value or "").split())
        if not value:
            raise StoreError("a same-as rule needs the actor's name")
        if value == text:
            raise StoreError(f"a same-as rule needs two different names, not {text!r} twice")
    else:
        value = None
    return text, value


class RuleBook:
    """The rules in a `NoteStore`'s database (``store.rules``)."""

    def __init__(self, store):
        self.store = store

    def add(
        self,
        kind: str,
        text: str,
        value: str | None = None,
        article_id: str | None = None,
        start: int | None = None,
        end: int | None = None,
    ) -> Rule:
        text, value = checked(kind, text, value)
        quote_rules.checked_place(kind, text, start, end, article_id)
        stamp = now()
        rule = Rule(uuid.uuid4().hex[:12], kind, text, value, article_id, created=stamp, updated=stamp)
        rule.start, rule.end = start, end
        rule.id = "r" + rule.id  # never 32 hex digits: salvage tells note ids by that shape
        with self.store.write() as conn:
            self._upsert(conn, rule)
        self.store._changed()
        return rule

    @staticmethod
    def _upsert(conn, rule: Rule) -> None:
        row = rule.to_row()
        columns = ", ".join(f'"{key}"' for key in row)
        update = ", ".join(f'"{key}" = excluded."{key}"' for key in row if key != "id")
        conn.execute(
            f"INSERT INTO rules ({columns}) VALUES ({', '.join('?' for _ in row)}) ON CONFLICT(id) DO UPDATE SET {update}",
            tuple(row.values()),
        )

    def all(self, include_deleted: bool = False) -> list[Rule]:
        sql = "SELECT * FROM rules" + ("" if include_deleted else " WHERE deleted = 0") + " ORDER BY created, rowid"
        return [Rule.from_row(dict(row)) for row in self.store.conn.execute(sql)]

    def in_force(self) -> list[Rule]:
        """The rules the analysis applies: enabled, not deleted, not damaged."""
        return [r for r in self.all() if r.enabled and not r.damaged]

    def get(self, ident: str) -> Rule:
        """A rule by its id or a unique start of it."""
        rows = self.store.conn.execute(
            "SELECT * FROM rules WHERE id = ? OR (id LIKE ? ESCAPE '\\' AND deleted = 0)",
            (ident, ident.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"),
        ).fetchall()
        exact = [row for row in rows if row["id"] == ident]
        if exact or len(rows) == 1:
            return Rule.from_row(dict((exact or rows)[0]))
        raise StoreError(f"no rule {ident!r}" if not rows else f"{ident!r} is the start of {len(rows)} rules' ids")

    def _set(self, ident: str, column: str, value: bool) -> Rule:
        rule = self.get(ident)
        with self.store.write() as conn:
            conn.execute(f"UPDATE rules SET {column} = ?, updated = ? WHERE id = ?", (int(value), now(), rule.id))
        self.store._changed()
        return self.get(rule.id)

    def delete(self, ident: str, deleted: bool = True) -> Rule:
        """Mark deleted (undo with ``deleted=False``); nothing is erased."""
        return self._set(ident, "deleted", deleted)

    def enable(self, ident: str, enabled: bool = True) -> Rule:
        return self._set(ident, "enabled", enabled)

    def version(self) -> str:
        return version(self.all())

    def carry(self, path: str, new_id: str, new_text: str) -> int:
        """Move the quote corrections and splits of the older texts of the file at
        `path` (resolved) to its text now, where they still fit (see
        `quote_rules.carry`); returns how many moved."""
        conn = self.store.conn
        older = [
            row[0]
            for row in conn.execute(
                "SELECT article_id FROM article_paths WHERE path = ? AND article_id != ?", (path, new_id)
            )
        ]
        marks = ", ".join("?" for _ in PLACED_KINDS)
        moved = 0
        for old_id in older:
            rows = conn.execute(
                f"SELECT * FROM rules WHERE article_id = ? AND deleted = 0 AND kind IN ({marks})", (old_id, *PLACED_KINDS)
            ).fetchall()
            if not rows:
                continue
            old = conn.execute("SELECT text FROM articles WHERE id = ?", (old_id,)).fetchone()
            with self.store.write() as writing:
                moved += quote_rules.carry(writing, [Rule.from_row(dict(r)) for r in rows], old and old[0], new_id, new_text)
        if moved:
            self.store._changed(count=moved)
        return moved

    def placed_paths(self) -> list[str]:
        """The files whose articles have corrections kept with them (quotes', splits)."""
        marks = ", ".join("?" for _ in PLACED_KINDS)
        rows = self.store.conn.execute(
            "SELECT DISTINCT p.path FROM article_paths p JOIN rules r ON r.article_id = p.article_id "
            f"WHERE r.deleted = 0 AND r.kind IN ({marks})",
            PLACED_KINDS,
        )
        return [row[0] for row in rows]

    def restore(self, rules: list[Rule]) -> int:
        """Put rules back (import), replacing those with the same id."""
        with self.store.write() as conn:
            for rule in rules:
                self._upsert(conn, rule)
        self.store._changed(count=len(rules))
        return len(rules)


def export_rules(rules: list[Rule]) -> str:
    data = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "rules": exported(rules),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def parse_rules(text: str, source: str = "the file") -> list[Rule]:
    """Rules from an export; StoreError naming `source` and what is wrong."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise StoreError(f"{source}: not a rules export (not JSON: {error})") from None
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT or not isinstance(data.get("rules"), list):
        raise StoreError(f'{source}: not a rules export (no "format": "{EXPORT_FORMAT}" with a list of "rules")')
    if not isinstance(data.get("version"), int) or data["version"] > EXPORT_VERSION:
        raise StoreError(f"{source}: rules export version {data.get('version')!r}; this reader reads {EXPORT_VERSION}")
    return rules_from(data["rules"], source)


def exported(rules: list[Rule]) -> list[dict]:
    """Rules as an export lists them (also in the notes' JSON export)."""
    return [
        {k: v for k, v in asdict(r).items() if k not in ("damaged", "deleted") and (v is not None or k not in ("start", "end"))}
        for r in rules
    ]


def rules_from(items: list, source: str = "the file") -> list[Rule]:
    """Rules from an export's list; StoreError naming `source`, the rule's
    number and what is wrong."""
    if not isinstance(items, list):
        raise StoreError(f"{source}: the rules are not a list")
    rules = []
    for number, item in enumerate(items, start=1):
        try:
            if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
                raise StoreError("it has no id")
            text, value = checked(item.get("kind"), item.get("text"), item.get("value"))
            scope = item.get("article_id")
            if scope is not None and not isinstance(scope, str):
                raise StoreError(f"article_id {scope!r} is not an article's key")
            quote_rules.checked_place(item["kind"], text, item.get("start"), item.get("end"), scope)
        except StoreError as error:
            raise StoreError(f"{source}: rule {number}: {error}") from None
        stamp = now()
        rules.append(
            Rule(
                item["id"],
                item["kind"],
                text,
                value,
                scope,
                enabled=bool(item.get("enabled", True)),
                created=str(item.get("created") or stamp),
                updated=str(item.get("updated") or stamp),
                start=item.get("start"),
                end=item.get("end"),
            )
        )
    return rules
