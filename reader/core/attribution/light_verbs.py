"""A statement noun after a verb that only carries it: "De minister deed
de oproep om thuis te blijven", "gaf haar partijgenoten de opdracht tegen
het amendement te stemmen", "The ministry issued a warning that …". The
one who calls, orders or warns is the subject of that verb (`NounCues`
finds the content after the noun)."""

from __future__ import annotations

#: Verbs that carry a statement noun as their object, by language.
LIGHT_VERBS = {
    "nl": frozenset(
        """doet deed deden doen gedaan geeft gaf gaven geven gegeven uitte uitten geuit
        herhaalt herhaalde herhaalden herhaald lanceert lanceerde lanceerden gelanceerd""".split()
    ),
    "en": frozenset(
        """make makes made give gives gave given issue issues issued repeat repeats repeated
        reiterate reiterates reiterated renew renews renewed voice voices voiced""".split()
    ),
}
#: At most this many words between the verb and the noun ("gaf haar partijgenoten maandag de opdracht").
_BETWEEN = 5


def carried_by(finder, noun: int, span) -> tuple[int, int] | None:
    """The subject of the verb that carries the statement noun at token
    `noun` as its object, when the parse says so (the noun hangs on it) or
    only a listener, a time and a determiner stand between; None otherwise
    (not "gaf gehoor aan de oproep": a preposition between, the call is
    someone else's)."""
    doc, verbs = finder.doc, LIGHT_VERBS.get(finder.lang, frozenset())
    verb = next((t.i for t in reversed(doc[max(span.start, noun - _BETWEEN - 1) : noun]) if t.lower_ in verbs), None)
    if verb is None or any(t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ", "ADP") for t in doc[verb + 1 : noun]):
        return None
    if finder.phrases.parsed and doc[noun].head.i == verb:
        subject = finder.phrases.subject_of(verb)
        if subject is not None:
            return finder.checked_speaker(subject)
    if verb > span.start and doc[verb].tag_ != "VBN" and doc[verb].pos_ != "ADJ":
        return finder.checked_speaker(finder.phrases.before(verb, span.start))
    return None
