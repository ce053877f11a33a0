"""Sentences as character ranges, without a parser.

The bundled models have no parser or sentence recogniser, and quote
attribution needs sentences: a sentence ends at ``.``, ``!`` or ``?``
(optionally followed by closing quotes or brackets) before white space
and an upper-case letter, a digit or an opening quote.
"""

from __future__ import annotations

import re

from .marks import CLOSING, OPENING

_CLOSERS = re.escape(CLOSING + "\"')]")
_OPENERS = re.escape(OPENING + "\"'([")
_SENTENCE_END = re.compile(rf"[.!?…]+[{_CLOSERS}]*(?=\s+[{_OPENERS}]?[A-ZÀ-Þ0-9])")
#: Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr gen gov sen rep lt col sgt capt mt vs inc corp co ltd no "
    "dhr mevr drs ir ing mgr bijv bv ca dwz enz evt jl mln mld nr resp vgl zgn".split()
)


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` (one paragraph) as (start, end)."""
    found = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start, end):
        word = re.search(r"(\w+)\.$", text[max(begin, match.start() - 12) : match.start() + 1])
        abbreviation = word.group(1) if word else ""
        # "dr." and "J." do not end a sentence; an acronym ("de VS.") does.
        if word and not abbreviation.isupper() and abbreviation.lower() in _ABBREVIATIONS:
            continue
        if len(abbreviation) == 1 and abbreviation.isalpha():
            continue
        found.append((begin, match.end()))
        begin = match.end()
        while begin < end and text[begin].isspace():
            begin += 1
    if begin < end and text[begin:end].strip():
        found.append((begin, end))
    return found
