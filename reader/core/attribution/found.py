"""A quote as the finders report it, before speakers are linked to actors."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Found:
    start: int
    end: int
    kind: str
    cue: str | None
    speaker: tuple[int, int] | None  # character range of the speaker phrase
    pronoun: bool = False  # the speaker is "hij"/"he"/"she": the last person named
    #: Who the sentence before a cue-less direct quote is about, and
    #: whether that is a pronoun (`subject_before`): a speaker of last resort;
    #: before a quote the writer speaks, the one spoken to, whom a pronoun
    #: after it may mean ("…'', probeerde ik nog. ,,…'', zei ze.").
    introducer: tuple[tuple[int, int], bool] | None = None
