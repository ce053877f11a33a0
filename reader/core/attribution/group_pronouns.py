"""Whom a pronoun for a group stands for: English "they" and a Dutch
plural "ze" that speak ("A Libyan man was found dead, police said. They
said …"; "De agenten werden veroordeeld. … hielden ze vol dat …"): the
group that spoke just before, or one a sentence just before opened with,
when the text does not leave a choice between two."""

from __future__ import annotations

import re

from .intervals import Intervals
from .people import described_openings, group_openings, plural_noun

#: How far (characters) after a group's statement "they said" is theirs.
_GROUP_WINDOW = 400
#: How many statements back the joint speakers' one is looked for (the pronoun's own, one speakerless between).
_STEPS_BACK = 3
#: How far (characters) back a described speaker is looked for.
DESCRIBED_WINDOW = 600
#: How far back the start of a sentence is looked for.
_SENTENCE_REACH = 400
#: A sentence's end: its mark, closing quotation marks, white space.
SENTENCE_END = re.compile(r"[.!?…][\"'”’»]*\s")


def group_meant(
    text: str,
    people: Intervals,
    others: list[tuple[int, int, bool]],
    pronoun: tuple[int, int],
    cue: str | None,
    statements: Intervals,
) -> tuple[int, int] | None:
    """The speaker phrase of the group the pronoun at `pronoun` stands for,
    or None. `others` are the speaker phrases no actor names, in order."""
    word = text[pronoun[0] : pronoun[1]].lower()
    if word == "they":
        group = _group_before(text, people, others, pronoun[0], statements)
        opened = _described_group_before(text, people, pronoun[0])
        if group and opened and sentence_start(text, group[0]) <= opened[0] < group[0]:
            return None  # "The hijackers …, according to police. They …": two groups, either may be meant
        return group or opened
    if word in ("ze", "zij") and (cue or "").lower().endswith("en"):
        # "hielden ze vol dat …": a plural "ze" is the group a sentence just before opened with,
        # or the group that spoke just before ("…, menen de twee dierenorganisaties. Zij wijzen erop dat …")
        return (
            _described_group_before(text, people, pronoun[0])
            or _group_before(text, people, others, pronoun[0], statements)
            or _joint_speakers_before(text, people, pronoun, statements)
        )
    return None


def _joint_speakers_before(text: str, people: Intervals, pronoun: tuple[int, int], statements: Intervals) -> tuple[int, int] | None:
    """The speakers of the statement just before, when they were two or more
    joined by "en" ("Ministers X en Y erkennen dat … ,,…'', stellen zij."),
    no one else spoke since and no one was named after them."""
    # the statement before the pronoun's own, found by bisection (an article may hold thousands)
    before = statements.last_before(pronoun[0])
    for _ in range(_STEPS_BACK):
        if before is None or (before.end <= pronoun[0] and before.speaker not in (None, pronoun)):
            break
        before = statements.last_before(before.start)
    if before is None or before.end > pronoun[0] or before.speaker in (None, pronoun) or pronoun[0] - before.end > _GROUP_WINDOW:
        return None
    start, end = before.speaker
    last = people.last_before(pronoun[0])
    if " en " not in text[start:end] or (last is not None and last[1] > end):
        return None
    return start, end


def _group_before(
    text: str, people: Intervals, others: list[tuple[int, int, bool]], offset: int, statements: Intervals
) -> tuple[int, int] | None:
    """ "A Libyan man was found dead, police said. They said …": an English
    "they" that speaks is the group that spoke just before, when no one
    was named since but in what was said ("officials said they had bowed
    to Netanyahu's demand. They said …")."""
    if not others or offset - others[-1][1] > _GROUP_WINDOW:
        return None
    start, end, _ = others[-1]
    last = people.last_before(offset)
    while last is not None and last[1] > end and statements.overlaps(last[0], last[1]):
        last = people.last_before(last[0])
    words = text[start:end].split()
    if (last is not None and last[1] > end) or not (plural_noun(words[-1].lower()) or words[-1].lower() == "police"):
        return None
    return start, end


def _described_group_before(text: str, people: Intervals, offset: int) -> tuple[int, int] | None:
    """The last group that a sentence shortly before `offset` opens with by
    a plural noun for people ("De agenten werden … veroordeeld. … hielden
    ze vol dat …"), when no one is named between it and `offset`."""
    found = None
    window = max(0, offset - DESCRIBED_WINDOW)
    for opening, word in sorted([*described_openings(text, window, offset), *group_openings(text, window, offset)]):
        found = (opening, text.lower().index(word, opening) + len(word)) if plural_noun(word) else None
    last = people.last_before(offset)
    if found is None or (last is not None and last[0] > found[0]):
        return None
    return found


def sentence_start(text: str, at: int) -> int:
    """Where the sentence of the offset `at` starts (looked for within `_SENTENCE_REACH`)."""
    ends = [m.end() for m in SENTENCE_END.finditer(text, max(0, at - _SENTENCE_REACH), at)]
    newline = text.rfind("\n", 0, at) + 1
    return max(ends[-1] if ends else 0, newline)
