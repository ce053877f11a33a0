"""Verbs of naming and finding with the words they quote: "noemde de brand
'een zware slag'", "vond hij 'kinderachtig'", "omschreef het als '…'",
"called the novel '…'": a mixin of `QuoteFinder` (through `ClauseCues`).
What someone calls a thing is their statement; a thing found or named
("vonden een 'verdacht pakket'", "noemt uit de gelederen van de '…'") is not.
"""

from __future__ import annotations

from .cues import ADVERBS_BETWEEN, DESCRIBING_VERBS, FINDING_VERBS, NAMING_VERBS, of_after_speaking
from .marks import Marked
from .names import ARTICLES
from .phrases import PHRASE_STOPS


class Naming:
    """Needs the finder's text and doc."""

    def _naming(self, cue: int, end: int) -> bool:
        """A verb of naming with only its object between it and the quote
        ("noemde de uitlatingen '…'", not "noemt uit de gelederen van de '…'");
        "omschreef het als '…'"; Dutch "vinden" with what is found of it,
        not a thing found ("vond het '…'", not "vonden een '…'")."""
        doc = self.doc
        word = doc[cue].lower_
        if (of := of_after_speaking(doc, cue, end)) is not None:
            cue = of  # "sprak (eens) van een '…'"
        elif word in DESCRIBING_VERBS and doc[end - 1].lower_ == "als":
            end -= 1
        elif word in FINDING_VERBS:
            if not self._a_predicate(end):
                return False
        elif word not in NAMING_VERBS:
            return False
        return not any(t.lower_ in PHRASE_STOPS and not _in_the_object(t) for t in doc[cue + 1 : end])

    def _a_predicate(self, end: int) -> bool:
        """The quotation at token `end` (its opening mark) opens and closes
        with an adjective or adverb, and no article but "het" (the object:
        "vond het 'heel goed'") stands before it: what is thought of
        something ("vonden een 'verdacht pakket'": a thing found)."""
        doc = self.doc
        words = [t for t in doc[end + 1 : end + 12] if not t.is_space]
        close = next((n for n, t in enumerate(words) if t.is_quote), None)
        if doc[end - 1].lower_ in ARTICLES - {"het"} or not close:
            return False
        return all(t.pos_ in ("ADJ", "ADV") for t in (words[0], words[close - 1]))

    def _a_verdict(self, marked: Marked, end: int) -> bool:
        """One quoted word after a verb of naming or finding is the verdict
        ("noemde het plan 'onverantwoord'", "vond hij 'kinderachtig'"): in
        lower case and no noun after an article ("een 'vijand'", a word
        the writer marks)."""
        doc = self.doc
        inner = self.text[slice(*marked.inner(self.text))].strip(" .,!?")
        return inner.isalpha() and inner.islower() and doc[end - 1].lower_ not in ARTICLES


def _in_the_object(token) -> bool:
    """A word of the object of a verb of naming: a preposition right after
    its noun ("noemde de bedreigingen tegen Baudet '…'"), or an adverb
    ("noemde het plan ook '…'"); not a preposition of its own
    ("noemt uit de gelederen van de '…'") or a verb."""
    if token.lower_ in ADVERBS_BETWEEN:
        return True
    return token.pos_ == "ADP" and token.i > 0 and token.nbor(-1).pos_ in ("NOUN", "PROPN")


def called(doc, cue: int, end: int) -> bool:
    """English "called" in the active with only its object before the quote
    ("called the novel Puig's '…'"; not "were called '…'", "called the
    myth around X a mixture of '…'")."""
    if cue > 0 and doc[cue - 1].pos_ == "AUX":
        return False
    return all(t.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "PRON", "PART", "NUM") for t in doc[cue + 1 : end])
