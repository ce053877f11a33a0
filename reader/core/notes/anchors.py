"""Anchors that find a note's passage again after the article changes.

An anchor keeps the exact passage, some text before and after it, and its
offsets. To place it in a new version of the text: the same offsets if the
passage is still there; else the occurrence of the exact passage whose
context matches best (nearest to the old place on a tie); else the old
range carried through a diff of the old and new text, accepted when what
it covers is still close to the passage. Otherwise the note is detached:
kept, never dropped, and points at nothing (see `reanchor`).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from .model import Note

CONTEXT_CHARS = 32
#: How alike a carried-over passage must be to the original (0..1).
MIN_SIMILARITY = 0.6


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str

    @classmethod
    def at(cls, text: str, start: int, end: int) -> "Anchor":
        return cls(
            start,
            end,
            text[start:end],
            text[max(0, start - CONTEXT_CHARS) : start],
            text[end : end + CONTEXT_CHARS],
        )


def _context_score(text: str, start: int, end: int, anchor: Anchor) -> float:
    before = text[max(0, start - len(anchor.prefix)) : start]
    after = text[end : end + len(anchor.suffix)]
    score = 0.0
    if anchor.prefix:
        score += difflib.SequenceMatcher(None, before, anchor.prefix).ratio()
    if anchor.suffix:
        score += difflib.SequenceMatcher(None, after, anchor.suffix).ratio()
    return score


def _exact_matches(text: str, exact: str, limit: int = 200) -> list[int]:
    found, position = [], text.find(exact)
    while position >= 0 and len(found) < limit:
        found.append(position)
        position = text.find(exact, position + 1)
    return found


def _carry(old_text: str, new_text: str, start: int, end: int) -> tuple[int, int] | None:
    """Map [start, end) of `old_text` to `new_text` through their diff."""
    matcher = difflib.SequenceMatcher(None, old_text, new_text, autojunk=False)

    def carry(offset: int) -> int | None:
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if i1 <= offset < i2 or (offset == i2 == len(old_text)):
                if tag == "equal":
                    return j1 + (offset - i1)
                return j1 if offset - i1 < (i2 - i1) / 2 else j2
        return None

    new_start, new_end = carry(start), carry(max(start, end - 1))
    if new_start is None or new_end is None:
        return None
    return new_start, max(new_start, new_end + 1)


def relocate(anchor: Anchor, new_text: str, old_text: str | None = None) -> tuple[int, int] | None:
    """Where `anchor` is in `new_text`, or None when it cannot be placed."""
    if new_text[anchor.start : anchor.end] == anchor.exact and anchor.exact:
        return anchor.start, anchor.end
    matches = _exact_matches(new_text, anchor.exact) if anchor.exact else []
    if matches:
        best = max(
            matches,
            key=lambda s: (_context_score(new_text, s, s + len(anchor.exact), anchor), -abs(s - anchor.start)),
        )
        return best, best + len(anchor.exact)
    if old_text is None or not anchor.exact:
        return None
    carried = _carry(old_text, new_text, anchor.start, anchor.end)
    if carried is None:
        return None
    start, end = min(carried[0], len(new_text)), min(carried[1], len(new_text))
    # Trim to word edges and check the passage is still recognisably there.
    while start < end and new_text[start].isspace():
        start += 1
    while end > start and new_text[end - 1].isspace():
        end -= 1
    candidate = new_text[start:end]
    if difflib.SequenceMatcher(None, candidate, anchor.exact).ratio() < MIN_SIMILARITY:
        return None
    return start, end


def reanchor(note: Note, new_text: str, old_text: str | None) -> None:
    """Place `note` in `new_text`; a note whose passage is gone is
    detached and points at nothing (its offsets would fall on unrelated
    words), keeping the passage it was written on. A detached note is
    placed again when its passage comes back."""
    if note.exact is None or (note.start is None and not note.detached):
        return
    if note.start is None:
        placed = relocate(Anchor(0, 0, note.exact, note.prefix or "", note.suffix or ""), new_text)
    else:
        anchor = Anchor(note.start, note.end, note.exact, note.prefix or "", note.suffix or "")
        placed = relocate(anchor, new_text, old_text)
    if placed is None:
        note.detached, note.start, note.end = True, None, None
        return
    note.start, note.end = placed
    note.exact = new_text[note.start : note.end]
    note.prefix = new_text[max(0, note.start - CONTEXT_CHARS) : note.start]
    note.suffix = new_text[note.end : note.end + CONTEXT_CHARS]
    note.detached = False
