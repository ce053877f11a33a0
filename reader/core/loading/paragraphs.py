"""Paragraphs of a text as character ranges: a paragraph ends at a blank
line; white space at the edges of a range is left out."""

from __future__ import annotations

import re

#: A paragraph ends at a blank line; single line breaks (hard-wrapped text)
#: stay inside it.
_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")


def stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` without white space at its edges, as offsets."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def nonblank_ranges(text: str, pattern: re.Pattern, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The stripped, non-empty ranges of `pattern`'s matches in ``text[start:end]``."""
    found = []
    for match in pattern.finditer(text, start, len(text) if end is None else end):
        s, e = stripped(text, *match.span())
        if s < e:
            found.append((s, e))
    return found


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs as (start, end), white space at their edges left out."""
    return nonblank_ranges(text, _PARAGRAPH)
