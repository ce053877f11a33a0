"""Dutch "weten" after a statement and its comma: "Er worden nog geen
boetes uitgedeeld, weet Koja." The gold README counts a trailing "…, weet
X" as a reporting cue; "X weet dat …" stays knowledge, not a statement."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from .quotes import QuoteFinder

_KNOWS = frozenset("weet wist wisten".split())
#: Words that open a question before the comma ("Wat er gebeurde, weet niemand").
_ASKING = frozenset("wat wie waar waarom hoe of wanneer welke hoeveel".split())
#: Words after the verb that deny the knowing.
_DENIALS = frozenset("niet geen nooit niemand".split())


def knows_after(finder: "QuoteFinder", verb: int, span: Span) -> bool:
    """Whether `verb` is "weet"/"wist" after a statement and its comma in
    sentence `span`, not after a question nor denied ("…, weet de politie
    nog niet")."""
    doc = finder.doc
    return (
        finder.lang == "nl"
        and doc[verb].lower_ in _KNOWS
        and verb > span.start + 2
        and doc[verb - 1].text == ","
        and doc[span.start].lower_ not in _ASKING
        and not finder._reports_nothing(verb, span)
        and not any(t.lower_ in _DENIALS for t in doc[verb + 1 : span.end])  # "…, weet de politie nog niet."
    )
