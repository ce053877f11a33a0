"""Interviews: the writer asks, the one interviewed answers.

A Dutch interview addresses its subject as "u" in the writer's own text
("In 1998 muntte u de term Leitkultur.", "U ontbeert die steun?") and puts
the answers in quotation marks after the questions, with no cue ("Wat kan
Europa hiertegen doen? '…'"). Such a quote is the interviewed person's:
the article's main person (`introduced.main_person`). Only in an
article that says "u" at least twice outside quotations, only after a
question of the writer's, and only when one person is clearly the main
one; anywhere else a question before a quote tells nothing of who answers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .intervals import Intervals
from .introduced import main_person, uncued
from .sentences import Paragraphs

if TYPE_CHECKING:
    from .found import Found

#: "u"/"uw" as a word, not an initial ("U. Jansen").
_YOU = re.compile(r"\b[Uu]w?\b(?![.\-'’])")
#: How often the writer says "u" outside quotations in an interview.
_ADDRESSED = 2


def interview_answers(quotes: list["Found"], paragraphs: Paragraphs, persons: Intervals) -> None:
    """Cue-less quotes after the writer's questions are the interviewed
    person's answers (see the module). `persons`: (start, end, actor)
    values of every person's mention."""
    text = paragraphs.text
    if _addressed(text, quotes) < _ADDRESSED:
        return
    main = main_person(persons)
    if main is None:
        return
    mentions = [(start, end) for start, end, (_, _, actor) in persons.items() if actor is main]
    for quote, before, _ in uncued(quotes, paragraphs):
        if not text[before[0] : before[1]].rstrip().endswith("?"):
            continue
        named = [mention for mention in mentions if mention[1] <= quote.start]
        if named:
            quote.speaker = named[-1]


def _addressed(text: str, quotes: list["Found"]) -> int:
    """How often the writer says "u" outside the direct quotes."""
    count, position = 0, 0
    for quote in sorted((q for q in quotes if q.kind == "direct"), key=lambda q: q.start):
        count += len(_YOU.findall(text, position, max(position, quote.start)))
        position = max(position, quote.end)
    return count + len(_YOU.findall(text, position))
