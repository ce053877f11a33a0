"""A headline that names its source before a colon is that source's
statement: "Shell: klanten tanken voortaan CO2-neutraal", "Court: the
files must be public", "May geeft toe: …", "Rechter Frank Visser: betaal
het snel terug", "Boeren: de overheid laat ons in de steek", also when the
newspaper adds a kicker after its full stop ("OM: rechter moet naar
plaats delict. Nicky Verstappen") (`headline_report`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from .found import Found
from .organisation_names import ORGANISATION_NAMES

if TYPE_CHECKING:
    from .reported import ReportedSpeech

_SOURCE_LABELS = frozenset("PER ORG PERSON".split())
#: At most this many words in a kicker after a headline's full stop (a
#: topic, place or section the newspaper adds): more make a sentence.
_KICKER_WORDS = 4
#: At most this many words before the colon for a described source ("Boeren:").
_DESCRIBED_WORDS = 2


def headline_report(finder: "ReportedSpeech", span: Span) -> Found | None:
    """The statement of headline `span`, whose words before the colon are
    exactly a person or organisation the text names (with a title before it
    or a reporting verb after it), or a group described in a word or two;
    None when `span` is no such headline: a paragraph of its own with no
    full stop, or the first sentence of the article's first paragraph with
    only a kicker after it."""
    doc = finder.doc
    end = _headline_end(finder, span)
    colon = next((t for t in span[1:6] if t.text == ":"), None)
    if end is None or colon is None or len(span) - (colon.i - span.start) < 5:
        return None  # a short headline after the colon ("Shell: nee") says too little to be a statement
    # a described source only in the article's headline: a line of its own further on may be a table's ("Scorers: …")
    title = finder.paragraphs.at(span.start_char) == 0
    source = _named_source(finder, span, colon.i) or (_described_source(finder, span, colon.i) if title else None)
    if source is None:
        return None  # "Brexit: …", "Live: …": no source
    speaker, verb = source
    content = finder._trim((doc[colon.i + 1].idx, end))
    return Found(*content, "reported", verb.text or ":", speaker)


def _headline_end(finder: "ReportedSpeech", span: Span) -> int | None:
    """Where headline `span` ends, or None when it is no headline."""
    text, paragraphs = finder.text, finder.paragraphs
    if paragraphs.fills(span.start_char, span.end_char):
        return None if text[span.end_char - 1] in ".;" else span.end_char
    number = paragraphs.at(span.start_char)
    start, end = paragraphs.ranges[number]
    if number != 0 or text[start : span.start_char].strip() or text[span.end_char - 1] != ".":
        return None
    kicker = text[span.end_char : end].split()
    return span.end_char if 0 < len(kicker) <= _KICKER_WORDS and "." not in " ".join(kicker)[:-1] else None


def _named_source(finder: "ReportedSpeech", span: Span, colon: int):
    """(speaker, verb) when the words before the colon are a name the text
    knows, a title before it ("Rechter Frank Visser:"), a reporting verb
    and its particles after it ("May geeft toe:")."""
    doc = finder.doc
    first = span.start + 1 if finder.roles.is_role_word(doc[span.start]) else span.start
    name = next((e for e in doc.ents if e.start == first and e.label_ in _SOURCE_LABELS), None)
    if name is None or name.end > colon:
        return None
    verb = doc[name.end : colon]  # "May geeft toe: …", "Trump says: …"
    if len(verb) and not (finder.is_cue(verb.start, colon) and all(finder.is_particle(t) for t in verb[1:])):
        return None
    return (doc[span.start].idx, name.end_char), verb


def _described_source(finder: "ReportedSpeech", span: Span, colon: int):
    """(speaker, no verb) when the words before the colon describe people
    who speak ("Boeren:", "Omwonenden:"), a plural the speaker checks
    take for a group, or a party, body or medium of the reader's lists
    ("OM:") that the model did not find."""
    doc = finder.doc
    words = doc[span.start : colon]
    if not 0 < len(words) <= _DESCRIBED_WORDS or any(t.ent_type_ and t.ent_type_ not in ("MISC", "NORP") for t in words):
        return None
    phrase = (words.start_char, words.end_char)
    plural = words[-1].text.endswith(("s", "en", "ers"))
    listed = words.text in ORGANISATION_NAMES  # "OM:", "KNMI:", which the model missed
    if finder.checked_speaker(phrase, described=True) != phrase or not (plural or listed):
        return None
    return phrase, doc[colon:colon]
