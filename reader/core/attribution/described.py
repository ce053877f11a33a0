"""Whom a pronoun that speaks means when no actor fits: the one person a
sentence just before opens with, described by a noun ("Een buurman zag
het gebeuren. ,,…'', zegt hij.")."""

from __future__ import annotations

import re

from ..analysis import Quote
from .group_pronouns import sentence_start
from .intervals import Intervals
from .organisations import is_organisation_noun
from .people import BODY_NOUNS, ONE_PERSON, described_openings, plural_noun
from .roles import may_be


def opening_described(
    text: str, people: Intervals, quotes: list[Quote], offset: int, pronoun: str, cue: str | None
) -> tuple[int, int] | None:
    """The one person that the sentence before the pronoun's (or its own,
    before it) opens with, described by a noun ("Een buurman zag het
    gebeuren. ,,…'', zegt hij."; "Het hoofd van de afdeling zwaaide met
    … Hij noemde …"): whom a pronoun for one person at `offset` means when
    no actor fits. Only one such opening, fitting the pronoun, no one named
    and no one speaking since; None otherwise."""
    pronoun = pronoun.lower()
    if pronoun not in ONE_PERSON or (pronoun in ("ze", "zij") and (cue or "").lower().endswith("en")):
        return None  # "stellen zij": more than one
    own = sentence_start(text, offset)
    found = list(described_openings(text, sentence_start(text, max(0, own - 2)), offset))
    if len(found) != 1:
        return None
    at, word = found[0]
    if word in BODY_NOUNS or is_organisation_noun(word) or plural_noun(word) or not may_be(pronoun, word):
        return None  # "The unlisted bank …": a body, for which "he" does not stand
    last = people.last_before(offset)
    if (last is not None and last[1] > at) or any(q.speaker is not None and q.end > at for q in quotes):
        return None  # someone named or speaking since
    begin = at + len(_BEFORE_THE_VERB.match(text, at).group(0))  # "Daarna sprak | de burgemeester"
    return begin, text.lower().index(word, begin) + len(word)


#: The word and the verb before a subject that opens its sentence after them.
_BEFORE_THE_VERB = re.compile(r"(?:[A-Z][a-z]+\s+[a-z]+\s+(?=(?:de|het|een)\s))?")
