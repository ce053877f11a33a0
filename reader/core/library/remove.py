"""Removing an article or a folder from the library: its rows go, and the
cached analyses no other article in the library shares; the files on disk
are never touched (the library only ever reads them)."""

from __future__ import annotations

from pathlib import Path

from .cache import AnalysisCache
from .store import Library, Removed


class NotInLibrary(LookupError):
    """Nothing in the library is at that path or under it."""


def remove(library: Library, cache: AnalysisCache, path: Path | str) -> Removed:
    """Forget `path` (an article, a failed file or a folder) with what the
    library holds under it, and drop its cached analyses."""
    removed = library.remove(path)
    if not (removed.articles or removed.failures or removed.folders):
        raise NotInLibrary(f"{path}: not in the library")
    cache.forget(removed.hashes)
    return removed


def describe(removed: Removed) -> str:
    """What was removed, in a sentence for the status line or the terminal."""
    parts = [f"{len(removed.articles)} article{'s' if len(removed.articles) != 1 else ''}"]
    if removed.failures:
        parts.append(f"{len(removed.failures)} failed file{'s' if len(removed.failures) != 1 else ''}")
    if removed.folders:
        parts.append(f"{len(removed.folders)} folder{'s' if len(removed.folders) != 1 else ''}")
    return f"Removed from the library: {', '.join(parts)} (the files stay where they are)"
