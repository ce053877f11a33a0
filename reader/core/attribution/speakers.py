"""Which actor a quote's speaker phrase names."""

from __future__ import annotations

from ..analysis import Actor, Quote, Speaker
from ..labels import READER_LABELS
from .intervals import Intervals
from .cues import PRONOUNS
from .quotes import Found

_ALL_PRONOUNS = frozenset().union(*PRONOUNS.values())
_LABEL_ORDER = {label: rank for rank, label in enumerate(READER_LABELS)}


def speaker_actor(mentions: Intervals, start: int, end: int) -> Actor | None:
    """The actor named in the speaker phrase: a person first, else the
    organisation a description names ("a spokesman for the ministry"). A
    place or other name speaks only as the whole phrase ("Moscow said"):
    in "fishermen from Scheveningen fear …" the town is not the speaker."""
    phrase = end - start
    named = [
        actor
        for mention_start, mention_end, actor in mentions.overlapping(start, end)
        if actor.label in ("PER", "ORG") or (mention_end - mention_start) >= phrase - len("the ")
    ]
    if not named:
        return None
    return min(named, key=lambda actor: _LABEL_ORDER.get(actor.label, 4))


def attributed(text: str, found: list[Found], actors: list[Actor]) -> list[Quote]:
    """The quotes found, each speaker linked to the actor it names; every
    actor's `quotes` lists the indices of its quotes."""
    quotes = []
    for actor in actors:
        actor.quotes = []
    spans = Intervals((s, e, (s, e, actor)) for actor in actors for s, e in actor.mentions)
    people = Intervals((s, e, actor) for actor in actors if actor.label == "PER" for s, e in actor.mentions)
    for quote in found:
        speaker = None
        if quote.speaker is not None:
            start, end = quote.speaker
            if quote.pronoun:
                actor = people.last_before(quote.start)  # "zei hij": the last person named
            else:
                actor = speaker_actor(spans, start, end)
            if actor is None and text[start:end].lower() in _ALL_PRONOUNS:
                speaker = None  # "they", "ze" with no one to point to: unknown, never the bare pronoun
            else:
                speaker = Speaker(text[start:end], start, end, actor.id if actor else None)
            if actor is not None:
                actor.quotes.append(len(quotes))
        quotes.append(Quote(quote.start, quote.end, text[quote.start : quote.end], quote.kind, quote.cue, speaker))
    return quotes
