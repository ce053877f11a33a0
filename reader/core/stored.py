"""An article rebuilt from the copy of its text in the notes database, for
when its file has moved or gone: notes stay readable in their context."""

from __future__ import annotations

from .article import Article
from .blocks import segment
from .store import NoteStore, StoreError


def stored_article(store: NoteStore, ident: str) -> Article:
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
