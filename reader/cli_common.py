"""What the command-line modules share: a one-line error on stderr, and the
user's notes database opened with its recovery message said."""

from __future__ import annotations

import sys


def error(message: str) -> None:
    print(f"reader: {message}", file=sys.stderr)


def open_notes_store():
    """The user's `NoteStore`, or None when it cannot be opened (said on
    stderr); a message about a damaged database that was recovered is said
    too."""
    from .core.notes.store import NoteStore, StoreError

    try:
        store = NoteStore()
    except StoreError as problem:
        error(str(problem))
        return None
    if store.recovered:
        error(store.recovered)
    return store
