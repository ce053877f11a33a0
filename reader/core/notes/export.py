"""Export notes as Markdown, CSV or JSON, and import the JSON export.

- Markdown: one section per article with YAML front matter (title,
  source, date, actors), each note with its exact passage as a blockquote,
  its speaker or actor, tags, and a ``reader://`` link back to its place,
  so the export stays useful in tools like Obsidian.
- CSV: one row a note.
- JSON: everything (articles with their text and paths, notes with their
  anchors, and in an export of all notes the rules, see `rules`),
  lossless: export → import → export gives the same JSON.

A detached note has no place (its link points at the article) and a note
that no longer matches its checksum is marked damaged in every format.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING

from .model import StoreError
from .rules import exported, rules_from
from .model import Note

if TYPE_CHECKING:  # the store brings in sqlite-utils, 0.2 s of every `reader analyze` start
    from .store import NoteStore

FORMAT_VERSION = 1
CSV_COLUMNS = [
    "id", "article_id", "article_title", "target", "start", "end", "exact", "actor", "speaker",
    "body", "tags", "detached", "created", "updated", "damaged",
]


def _selected(store: NoteStore, article: str | None) -> tuple[list[dict], list[Note]]:
    notes = store.notes(article)
    ids = sorted({note.article_id for note in notes} | ({article} if article else set()))
    articles = [a for a in (store.article(i) for i in ids) if a]
    return articles, notes


def link(note: Note) -> str:
    place = f"#{note.start}-{note.end}" if note.start is not None else ""
    return f"reader://article/{note.article_id}{place}"


def to_json(store: NoteStore, article: str | None = None) -> str:
    articles, notes = _selected(store, article)
    data = {
        "format": "reader-notes",
        "version": FORMAT_VERSION,
        "articles": [dict(a, paths=store.paths_of(a["id"])) for a in articles],
        "notes": [{**note.__dict__} for note in notes],
    }
    if article is None:
        data["rules"] = exported(store.rules.all())
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def to_csv(store: NoteStore, article: str | None = None) -> str:
    articles, notes = _selected(store, article)
    titles = {a["id"]: a["title"] for a in articles}
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for note in notes:
        row = {key: getattr(note, key, None) for key in CSV_COLUMNS if hasattr(note, key)}
        row["article_title"] = titles.get(note.article_id, "")
        row["tags"] = ";".join(note.tags)
        row["detached"] = int(note.detached)
        row["damaged"] = int(note.damaged)
        writer.writerow(row)
    return out.getvalue()


def _yaml(value) -> str:
    return json.dumps(value, ensure_ascii=False)  # JSON strings and lists are valid YAML


def to_markdown(store: NoteStore, article: str | None = None) -> str:
    articles, notes = _selected(store, article)
    parts = []
    for stored in articles:
        own = [n for n in notes if n.article_id == stored["id"]]
        actors = sorted({n.actor for n in own if n.actor} | {n.speaker for n in own if n.speaker})
        paths = store.paths_of(stored["id"])
        front = [
            "---",
            f"title: {_yaml(stored['title'])}",
            f"source: {_yaml(paths[0] if paths else '')}",
            f"date: {_yaml(stored['date'] or '')}",
            f"actors: {_yaml(actors)}",
            f"reader: {_yaml('reader://article/' + stored['id'])}",
            "---",
            "",
            f"# {stored['title']}",
            "",
        ]
        body = []
        for note in own:
            if note.exact:
                body.extend("> " + line for line in note.exact.splitlines() or [""])
                body.append("")
            who = note.speaker or note.actor
            if who:
                body.append(f"— {who}")
                body.append("")
            body.append(note.body.strip() or "_(empty note)_")
            body.append("")
            details = []
            if note.tags:
                details.append(" ".join("#" + tag.replace(" ", "-") for tag in note.tags))
            if note.detached:
                details.append("(detached: the passage is no longer in the article)")
            if note.damaged:
                details.append("(damaged: the stored note no longer matches what was written)")
            details.append(f"[{note.target}]({link(note)})")
            body.append(" · ".join(details))
            body.append("")
        parts.append("\n".join(front + body))
    return "\n".join(parts)


def import_json(store: NoteStore, text: str) -> int:
    """Restore a JSON export; returns the number of notes imported."""
    data = json.loads(text)
    if data.get("format") != "reader-notes":
        raise ValueError("not a reader notes export (expected \"format\": \"reader-notes\")")
    if data.get("version", 0) > FORMAT_VERSION:
        raise ValueError(f"export version {data['version']} is newer than this reader understands")
    fields = Note.__dataclass_fields__
    notes = [Note(**{k: v for k, v in raw.items() if k in fields}) for raw in data.get("notes", [])]
    try:
        rules = rules_from(data.get("rules", []), "the export's rules")
    except StoreError as error:
        raise ValueError(str(error)) from None
    store.restore(data.get("articles", []), notes)
    if rules:
        store.rules.restore(rules)
    return len(notes)


#: Export formats by name, which is also the file name's ending; the
#: command line's choices and the window's file dialog come from here.
EXPORTERS = {"md": to_markdown, "csv": to_csv, "json": to_json}
FORMAT_TITLES = {"md": "Markdown", "csv": "CSV", "json": "JSON, everything"}


def format_for(path: Path | str) -> str:
    """The export format a file name asks for; Markdown when it names none."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in EXPORTERS else "md"
