"""Venues named after a sponsor or a person: "de Johan Cruijff ArenA", "het
Philips Stadion", "de Ziggo Dome". The model takes the name before the
venue word for a person, place or firm and the venue word apart (or not at
all); the whole is one place, a building, as the CoNLL guidelines and the
project's gold mark buildings. Works on the token bounds ``[start, end,
label, model_label]`` of one Doc (see `mentions.model_mentions`)."""

from __future__ import annotations

from spacy.tokens import Doc

#: Capitalised words that end a venue's name ("Hall" is a surname too: Stuart Hall).
VENUE_WORDS = frozenset("Stadion Stadium Arena ArenA Dome Theater Theatre Schouwburg".split())


def venues(doc: Doc, bounds: list[list]) -> list[list]:
    """`bounds` with a name and the venue word after it as one place."""
    taken = {i for b in bounds for i in range(b[0], b[1])}
    joined: list[list] = []
    for bound in sorted(bounds):
        start, end = bound[0], bound[1]
        if joined and joined[-1][1] == start and end - start == 1 and doc[start].text in VENUE_WORDS:
            joined[-1] = [joined[-1][0], end, "LOC", joined[-1][3]]  # "Johan Cruijff | ArenA"
            continue
        if end < len(doc) and end not in taken and doc[end].text in VENUE_WORDS:
            bound = [start, end + 1, "LOC", bound[3]]  # "Philips" and "Stadion", which the model left out
        elif end - start >= 2 and doc[end - 1].text in VENUE_WORDS:
            bound = [start, end, "LOC", bound[3]]  # "Ziggo Dome", "Philips Stadion" as one name
        joined.append(bound)
    return joined
