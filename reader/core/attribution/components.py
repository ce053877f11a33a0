"""The reader's spaCy components: they work inside any pipeline, the
bundled one or an installed official one, and store results on the `Doc`.

``reader_actors`` groups the entity mentions into actors (see
`reader.core.attribution.actors`), adds bare surnames the model missed once the person
is known, and finds roles. Results:

- ``doc.spans["reader_mentions"]``: every mention, labelled with the
  reader's label and with the actor's id as ``kb_id``;
- ``doc._.reader_actors``: the `Actor` objects (mentions as character
  offsets into ``doc.text``).

``reader_quotes`` (after it) finds direct and reported quotes with their
speakers (see `reader.core.attribution.quotes`) and links speakers to actors:
``doc.spans["reader_quotes"]`` (label ``direct``/``reported``) and
``doc._.reader_quotes``, the `Quote` objects; each actor's ``quotes`` lists
the indices of its quotes.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..analysis import Actor, Entity, Quote, Speaker
from ..labels import reader_label
from ..loading.language import FUNCTION_WORDS
from .actors import group_actors
from .intervals import Intervals
from .names import fold, name_tokens, surname
from .quotes import find_quotes
from .roles import find_role

MENTIONS_KEY = "reader_mentions"
QUOTES_KEY = "reader_quotes"
for _extension in ("reader_actors", "reader_quotes"):
    if not Doc.has_extension(_extension):
        Doc.set_extension(_extension, default=None)

_COMMON_WORDS = frozenset().union(*FUNCTION_WORDS.values())


_PAIRS = {"(": ")", "[": "]", ")": "(", "]": "["}


def _balanced_edge(doc: Doc, start: int, end: int, edge: int) -> bool:
    """Whether the bracket at token `edge` of doc[start:end] has its
    partner inside the span ("Mladost (L)" keeps its ")")."""
    partner = _PAIRS.get(doc[edge].text)
    return partner is not None and any(doc[i].text == partner for i in range(start, end) if i != edge)


def _model_mentions(doc: Doc) -> list[Entity]:
    """The pipeline's entities with the reader's labels; punctuation a model
    sometimes takes in at either edge (``BBC,``) is left out."""
    mentions = []
    for ent in doc.ents:
        label = reader_label(ent.label_)
        start, end = ent.start, ent.end
        while end - start > 2 and _PAIRS.get(doc[start].text) == doc[end - 1].text and doc[start].text in "([":
            start, end = start + 1, end - 1  # "(BBC)" is BBC
        while start < end and doc[start].is_punct and not _balanced_edge(doc, start, end, start):
            start += 1
        while end > start and doc[end - 1].is_punct and not _balanced_edge(doc, start, end, end - 1):
            end -= 1
        span = doc[start:end]
        if label and any(ch.isalpha() for ch in span.text):
            mentions.append(Entity(span.start_char, span.end_char, span.text, label, ent.label_))
    return mentions


def _known_names(mentions: list[Entity]) -> set[str]:
    """Full names and surnames of the people found by the model."""
    names = set()
    for mention in mentions:
        if mention.label != "PER":
            continue
        tokens = name_tokens(mention.text)
        names.add(" ".join(tokens))
        last = surname(tokens)
        if last:
            core = " ".join(last)
            names.add(core[0].upper() + core[1:])
    return {
        name
        for name in names
        if len(name) >= 3 and name[0].isupper() and fold(name) not in _COMMON_WORDS
    }


def _missed(doc: Doc, mentions: list[Entity]) -> list[Entity]:
    """Occurrences of known people's names that no mention covers."""
    names = _known_names(mentions)
    if not names:
        return []
    covered = Intervals((m.start, m.end, m) for m in mentions)
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?:['’]s)?(?![\w-])"
    )
    found = []
    for match in pattern.finditer(doc.text):
        start, end = match.span()
        if covered.overlaps(start, end):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.start_char != start or covered.overlaps(span.start_char, span.end_char):
            continue
        entity = Entity(span.start_char, span.end_char, span.text, "PER", None)
        found.append(entity)
        covered.add(entity.start, entity.end, entity)
    return found


class ActorGrouper:
    """Factory ``reader_actors``: groups mentions into actors."""

    def __init__(self, nlp: Language, name: str = "reader_actors", find_missed: bool = True):
        self.name = name
        self.find_missed = find_missed

    def __call__(self, doc: Doc) -> Doc:
        mentions, actors = self.match(doc)
        self.set_annotations(doc, mentions, actors)
        return doc

    def match(self, doc: Doc) -> tuple[list[Entity], list[Actor]]:
        mentions = _model_mentions(doc)
        if self.find_missed:
            mentions += _missed(doc, mentions)
            mentions.sort(key=lambda m: m.start)
        actors = group_actors(mentions)
        by_id = {actor.id: actor for actor in actors}
        for mention in mentions:
            actor = by_id[mention.actor]
            if actor.label == "PER" and actor.role is None:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None:
                    actor.role = find_role(doc, span)
        return mentions, actors

    def set_annotations(self, doc: Doc, mentions: list[Entity], actors: list[Actor]) -> None:
        spans = []
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                spans.append(Span(doc, span.start, span.end, label=mention.label, kb_id=mention.actor or ""))
        doc.spans[MENTIONS_KEY] = spans
        doc._.reader_actors = actors


@Language.factory("reader_actors", default_config={"find_missed": True})
def make_actor_grouper(nlp: Language, name: str, find_missed: bool) -> ActorGrouper:
    return ActorGrouper(nlp, name, find_missed)


_LABEL_ORDER = {"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}


def _speaker_actor(mentions: Intervals, start: int, end: int) -> Actor | None:
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


class QuoteAttributor:
    """Factory ``reader_quotes``: quotes with speakers linked to actors."""

    def __init__(self, nlp: Language, name: str = "reader_quotes"):
        self.name = name
        self.lang = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc, doc._.reader_actors or []))
        return doc

    def match(self, doc: Doc, actors: list[Actor]) -> list[Quote]:
        text = doc.text
        quotes = []
        for actor in actors:
            actor.quotes = []
        mentions = Intervals((s, e, actor) for actor in actors for s, e in actor.mentions)
        spans = Intervals((s, e, (s, e, actor)) for actor in actors for s, e in actor.mentions)
        people = Intervals((s, e, actor) for actor in actors if actor.label == "PER" for s, e in actor.mentions)
        for found in find_quotes(doc, self.lang, mentions):
            speaker = None
            if found.speaker is not None:
                start, end = found.speaker
                if found.pronoun:
                    actor = people.last_before(found.start)  # "zei hij": the last person named
                else:
                    actor = _speaker_actor(spans, start, end)
                speaker = Speaker(text[start:end], start, end, actor.id if actor else None)
                if actor is not None:
                    actor.quotes.append(len(quotes))
            quotes.append(Quote(found.start, found.end, text[found.start : found.end], found.kind, found.cue, speaker))
        return quotes

    def set_annotations(self, doc: Doc, quotes: list[Quote]) -> None:
        spans = []
        for quote in quotes:
            span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
            if span is not None:
                spans.append(Span(doc, span.start, span.end, label=quote.kind))
        doc.spans[QUOTES_KEY] = spans
        doc._.reader_quotes = quotes


@Language.factory("reader_quotes")
def make_quote_attributor(nlp: Language, name: str) -> QuoteAttributor:
    return QuoteAttributor(nlp, name)
