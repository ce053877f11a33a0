"""The notes database's schema, as numbered migrations: migration N brings
a database from version N - 1 to N (``PRAGMA user_version``)."""

from __future__ import annotations

import sqlite3

TARGETS = ("article", "passage", "quote", "actor")
#: Corrections of quotes, kept with one article (see `notes.quote_rules`).
QUOTE_KINDS = ("quote-speaker", "not-quote", "quote-span", "add-quote")
#: The rules about one place in one article (offsets into its text): the
#: quotes', and one mention split out of its actor.
PLACED_KINDS = QUOTE_KINDS + ("split-mention",)
RULE_KINDS = ("label", "not-entity", "same-as") + PLACED_KINDS

#: Each migration brings the schema one version up; index + 1 = version.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        language TEXT,
        date TEXT,
        author TEXT,
        text TEXT NOT NULL,
        added TEXT NOT NULL
    );
    CREATE TABLE article_paths (
        path TEXT NOT NULL,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seen TEXT NOT NULL,
        PRIMARY KEY (path, article_id)
    );
    CREATE TABLE notes (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        target TEXT NOT NULL CHECK (target IN ('article', 'passage', 'quote', 'actor')),
        start INTEGER,
        "end" INTEGER,
        exact TEXT,
        prefix TEXT,
        suffix TEXT,
        actor TEXT,
        speaker TEXT,
        body TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        detached INTEGER NOT NULL DEFAULT 0,
        deleted INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE INDEX notes_article ON notes(article_id, deleted);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
    CREATE VIRTUAL TABLE notes_fts USING fts5(
        body, tags, exact, content='notes', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts(rowid, body, tags, exact) VALUES (new.rowid, new.body, new.tags, new.exact);
    END;
    CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, body, tags, exact) VALUES ('delete', old.rowid, old.body, old.tags, old.exact);
    END;
    CREATE TRIGGER notes_au AFTER UPDATE ON notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, body, tags, exact) VALUES ('delete', old.rowid, old.body, old.tags, old.exact);
        INSERT INTO notes_fts(rowid, body, tags, exact) VALUES (new.rowid, new.body, new.tags, new.exact);
    END;
    """,
    # 2: find an article's paths fast, most recently seen first (a moved
    # file's new place wins when a note's article is opened).
    """
    CREATE INDEX article_paths_article ON article_paths(article_id, seen);
    """,
    # 3: a checksum of what was written, to tell a note whose stored text
    # changed under it (filled in for existing notes by the store), and a
    # detached note points at nothing: its old offsets were into a text
    # that is gone and fell on unrelated words of the new one.
    """
    ALTER TABLE notes ADD COLUMN checksum TEXT;
    UPDATE notes SET start = NULL, "end" = NULL WHERE detached = 1;
    """,
    # 4: the reader's corrections as rules the analysis applies (see
    # `notes.rules`): a label for a text, a text that is no entity, an alias
    # that is the same actor as a canonical name; for every article
    # (article_id NULL) or one. Deleted rules are only marked, as notes are,
    # so a deletion survives salvage. The shape differs from every other
    # table's (an integer where they have text), which salvage relies on.
    """
    CREATE TABLE rules (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('label', 'not-entity', 'same-as')),
        text TEXT NOT NULL,
        value TEXT,
        article_id TEXT,
        enabled INTEGER NOT NULL DEFAULT 1,
        deleted INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        checksum TEXT
    );
    """,
    # 5: corrections of quotes and a mention split out of its actor
    # (`notes.quote_rules`), each kept with its article and placed by
    # offsets (start, end; text holds the exact words there). SQLite cannot change a CHECK, so the table is
    # built again with the new kinds; the new columns come last and may be
    # NULL, so a row of schema 4 still fits it (salvage reads by shape).
    """
    CREATE TABLE rules_5 (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('label', 'not-entity', 'same-as',
            'quote-speaker', 'not-quote', 'quote-span', 'add-quote', 'split-mention')),
        text TEXT NOT NULL,
        value TEXT,
        article_id TEXT,
        enabled INTEGER NOT NULL DEFAULT 1,
        deleted INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        checksum TEXT,
        start INTEGER,
        "end" INTEGER
    );
    INSERT INTO rules_5 (id, kind, text, value, article_id, enabled, deleted, created, updated, checksum)
        SELECT id, kind, text, value, article_id, enabled, deleted, created, updated, checksum FROM rules;
    DROP TABLE rules;
    ALTER TABLE rules_5 RENAME TO rules;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


def statements(script: str) -> list[str]:
    """Split a migration into statements (triggers keep their inner ;)."""
    out, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        text = "\n".join(current).strip()
        if text.endswith(";") and sqlite3.complete_statement(text):
            out.append(text)
            current = []
    if "\n".join(current).strip():
        out.append("\n".join(current))
    return out
