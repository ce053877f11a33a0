"""A source relayed by the one who speaks: '"…," he said, quoting Wolfgang
Ischinger' is Ischinger's statement, as "Interfax quoted X as saying" is
X's (the gold's guidelines: when a channel relays a named source, the
quote is the source's). Only a person the text names: "quoting police
sources" leaves the speaker as it was."""

from __future__ import annotations

import re

from .found import Found
from .intervals import Intervals

#: "quoting" right after the cue's words, and the end of its sentence.
_QUOTING = re.compile(r",?\s+quoting\s+")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
#: How far past "quoting" the person's name may start (titles before it).
_TITLES = 40


def relayed_sources(quotes: list[Found], text: str, names: Intervals) -> None:
    """Give each quote whose cue goes on with "quoting" and a person's name
    that person as its speaker, with the titles before the name."""
    for quote in quotes:
        if quote.speaker is None:
            continue
        start = max(quote.end, quote.speaker[1])
        end_match = _SENTENCE_END.search(text, start)
        end = end_match.start() if end_match else len(text)
        quoting = _QUOTING.search(text, start, end)
        if quoting is None or text[start : quoting.start()].count(",") > 1:
            continue  # "quoting" in another clause of the sentence
        after = quoting.end()
        person = next(
            (
                (s, e)
                for s, e, actor in sorted(names.starting_between(after, min(end, after + _TITLES)))
                if getattr(actor, "label", None) == "PER" and all(w[:1].isupper() for w in text[after:s].split())
            ),
            None,
        )
        if person is not None:
            quote.speaker, quote.pronoun = (after, person[1]), False  # "he said, quoting X": X, no pronoun to resolve
