"""Paragraphs of a text as character ranges: a paragraph ends at a blank
line; white space at the edges of a range is left out."""

from __future__ import annotations

import re

#: A paragraph ends at a blank line (the line break before it); single
#: line breaks (hard-wrapped text) stay inside it. The breaks are searched
#: for, not the paragraphs matched: one match over a paragraph of a
#: megabyte (a file of one line) took 0.2 s in which the regular
#: expression held Python's lock, and with it the window.
_BREAK = re.compile(r"\n(?=[ \t]*\n)")


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
    found = []
    begin = 0
    for end in [match.start() for match in _BREAK.finditer(text)] + [len(text)]:
        s, e = stripped(text, begin, end)
        if s < e:
            found.append((s, e))
        begin = end + 1
    return found
