"""The mentions an actor is made of: the model's entities, cleaned up, and
the names of known people that the model missed elsewhere in the text."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..analysis import Entity
from ..labels import reader_label
from ..loading.language import FUNCTION_WORDS
from .intervals import Intervals
from .names import fold, name_tokens, surname

_COMMON_WORDS = frozenset().union(*FUNCTION_WORDS.values())


_PAIRS = {"(": ")", "[": "]", ")": "(", "]": "["}


def _balanced_edge(doc: Doc, start: int, end: int, edge: int) -> bool:
    """Whether the bracket at token `edge` of doc[start:end] has its
    partner inside the span ("Mladost (L)" keeps its ")")."""
    partner = _PAIRS.get(doc[edge].text)
    return partner is not None and any(doc[i].text == partner for i in range(start, end) if i != edge)


def model_mentions(doc: Doc) -> list[Entity]:
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


class MissedNames:
    """Finds the occurrences of known people's names that no mention
    covers, in one Doc or segment by segment (`find` each in text order).
    `mentions` are all the model's, in the article-level text."""

    def __init__(self, mentions: list[Entity]):
        names = _known_names(mentions)
        self.pattern = None
        if names:
            alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
            self.pattern = re.compile(r"(?<![\w-])(?:" + alternatives + r")(?:['’]s)?(?![\w-])")
        self.covered = Intervals((m.start, m.end, m) for m in mentions)

    def find(self, doc: Doc, start: int = 0) -> list[Entity]:
        """Names missed in `doc`, which starts at `start` in the article-level
        text (and so do the offsets of what is found)."""
        if self.pattern is None:
            return []
        covered = self.covered
        found = []
        for match in self.pattern.finditer(doc.text):
            begin, end = match.span()
            if covered.overlaps(start + begin, start + end):
                continue
            span = doc.char_span(begin, end, alignment_mode="expand")
            if span is None or span.start_char != begin or covered.overlaps(start + span.start_char, start + span.end_char):
                continue
            entity = Entity(start + span.start_char, start + span.end_char, span.text, "PER", None)
            found.append(entity)
            covered.add(entity.start, entity.end, entity)
        return found


def missed_names(doc: Doc, mentions: list[Entity]) -> list[Entity]:
    """Occurrences of known people's names that no mention covers."""
    return MissedNames(mentions).find(doc)
