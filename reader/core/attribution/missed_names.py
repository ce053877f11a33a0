"""The names of people and organisations the model found in an article,
found again where it missed them ("Rob van Bree … Van Bree", "Netbeheerder
Liander … Liander gebruikt"): `MissedNames`, used by the actor component
segment by segment (`components.ActorSteps`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..analysis import Entity
from ..loading.language import FUNCTION_WORDS
from .flags import EVERYDAY_FLAG
from .intervals import Intervals
from .marks import elided
from .names import fold, name_tokens, surname
from .doc_text import doc_text
from .spans import opens_sentence

_COMMON_WORDS = frozenset().union(*FUNCTION_WORDS.values())


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
            names.add(core if elided(core, 0) else core[0].upper() + core[1:])  # "'t Hooft" stays
            if len(last) == 1 and all(part[:1].isupper() for part in core.split("-")):
                names.update(core.split("-"))  # "Borst" and "Eilers" of "Els Borst-Eilers"
    return {n for n in names if _a_known_name(n)}


def _a_known_name(name: str) -> bool:
    return len(name) >= 3 and (name[0].isupper() or elided(name, 0)) and fold(name) not in _COMMON_WORDS


class MissedNames:
    """Finds the occurrences of known people's names, and of organisations'
    ("Netbeheerder Liander … Liander gebruikt"), that no mention covers, in
    one Doc or segment by segment (`find` each in text order). `mentions`
    are all the model's, in the article-level text."""

    def __init__(self, mentions: list[Entity]):
        names = _known_names(mentions)
        others = names | {m.text for m in mentions if m.label != "ORG"}
        self.organisations = {m.text for m in mentions if m.label == "ORG" and m.text not in others and _a_known_name(m.text)}
        self.pattern = None
        if names := names | self.organisations:
            alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
            self.pattern = re.compile(r"(?<![\w-])(?:" + alternatives + r")(?:['’]s|s)?(?![\w-])")
        self.covered = Intervals((m.start, m.end, m) for m in mentions)

    def _widen(self, doc: Doc, text: str, start: int, begin: int, end: int) -> None:
        """A known name at doc.text[begin:end] that holds the whole of one
        mention and more is the name the model cut short (``Bree`` in
        ``Van Bree`` when ``Rob van Bree`` is named): the mention becomes the
        name, a person."""
        inside = self.covered.overlapping(start + begin, start + end)
        if len(inside) != 1:
            return
        mention = inside[0]
        if text[begin:end].endswith(("'s", "’s")) and mention.end <= start + end - 2:
            end -= 2  # the name, not its possessive: "Shearer" in "Shearer's" stays
        if not (start + begin <= mention.start and mention.end <= start + end) or mention.end - mention.start == end - begin:
            return
        span = doc.char_span(begin, end)
        if span is None:
            return
        # `covered` keeps the old range: later matches lie after this one.
        label = "ORG" if self._an_organisation(span.text) else "PER"
        mention.start, mention.end, mention.text, mention.label = start + begin, start + end, span.text, label

    def _an_organisation(self, word: str) -> bool:
        """Whether a name found is an organisation's, also in its genitive ("Shells")."""
        return any(form in self.organisations for form in (word, word[:-2], word[:-1]))

    def find(self, doc: Doc, start: int = 0) -> list[Entity]:
        """Names missed in `doc`, which starts at `start` in the article-level
        text (and so do the offsets of what is found)."""
        if self.pattern is None:
            return []
        covered = self.covered
        found = []
        text = doc_text(doc)
        for match in self.pattern.finditer(text):
            begin, end = match.span()
            if covered.overlaps(start + begin, start + end):
                self._widen(doc, text, start, begin, end)
                continue
            span = doc.char_span(begin, end, alignment_mode="expand")
            if span is None or span.start_char != begin or covered.overlaps(start + span.start_char, start + span.end_char):
                continue
            label = "ORG" if self._an_organisation(text[begin:end]) else "PER"
            if label == "ORG" and opens_sentence(doc, span.start) and span[0].check_flag(EVERYDAY_FLAG):
                continue  # "Trouw is een deugd.": a word, where the paper is "Trouw" in the sentence
            entity = Entity(start + span.start_char, start + span.end_char, span.text, label, None)
            found.append(entity)
            covered.add(entity.start, entity.end, entity)
        return found


