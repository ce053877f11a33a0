"""A pronoun that goes on with the one who spoke just before: news writes
"X said … Y … . He said …" for X's next statement, even when the
statement named someone else last."""

from __future__ import annotations

import re

from ..analysis import Actor, Quote
from .genders import may_stand_for


def statement_goes_on(
    text: str, quotes: list[Quote], actors: list[Actor], actor: Actor | None, offset: int, pronoun: str
) -> Actor | None:
    """The speaker of the statement right before the pronoun at `offset`
    when `actor`, whom the pronoun would point to, is only named in what
    that statement says ("Rosati said …, in which Yeltsin won re-election,
    … But he said …": Rosati goes on) or in the phrase that names its
    speaker ("said Ralph Bloch, chief analyst at Raymond James. “…,” he
    said": Bloch); else `actor`."""
    before = quotes[-1] if quotes else None
    if actor is None or before is None or before.speaker is None or not before.speaker.actor:
        return actor
    speaker = next((a for a in actors if a.id == before.speaker.actor), None)
    if speaker is None or speaker is actor or speaker.label != "PER" or not may_stand_for(pronoun, speaker.name):
        return actor
    named = [s for s, _ in actor.mentions if s < offset]
    if named and before.speaker.start <= named[-1] < before.speaker.end:
        return speaker
    if before.kind != "reported":
        return actor
    between = text[before.end : offset]
    if not named or not before.start <= named[-1] < before.end or len(between) > _NEXT_SENTENCE or len(re.findall(r"[.!?]", between)) > 1:
        return actor
    return speaker


#: At most this many characters between a statement and a pronoun that goes on with its speaker.
_NEXT_SENTENCE = 40
