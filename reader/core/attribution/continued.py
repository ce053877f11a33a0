"""Sentences that go on with the statement before them without a cue of
their own: "En dat …" ("Ze zei de schade te betreuren. En dat niemand
gewond is."), and a Dutch sentence of hearsay with "zou"/"zouden" right
after someone's statement ("Bovendien zouden niet 200.000 mensen zich
hebben gemeld", after "vertelde hij dat …"), which the gold counts as
that speaker's. A mixin of `ReportedSpeech`: it needs the finder's doc,
sentences, `_sentence_before`, `is_cue` and `_trim`."""

from __future__ import annotations

from spacy.tokens import Span

from .found import Found
from .phrases import finite_or_known

#: Sentence openings that go on with the statement before them.
_CONTINUATIONS = [["en", "dat"], ["maar", "dat"], ["and", "that"], ["but", "that"]]
#: Dutch reportive "zou": the writer passes on what someone said.
_HEARSAY = frozenset("zou zouden".split())
#: Openings after which "zou" is a condition, a question or the writer's own inference.
_NOT_HEARSAY = frozenset("als wanneer indien terwijl of dat dit wat hoe waarom wie ik we wij je".split())
#: Words that make "zou" a condition anywhere in the sentence ("zou logischer zijn wanneer …").
_CONDITIONS = frozenset("als wanneer indien mits tenzij".split())
#: Cues of a request or demand, whose content no hearsay goes on with.
_ASKING = frozenset("vraagt vroeg vroegen vragen verzoekt verzocht eist eiste eisten roept riep riepen".split())
#: "zou" at most this many words into the sentence (the main clause's verb).
_HEARSAY_WORDS = 9


class ContinuedReports:
    def _continued(self, span: Span, number: int, found: list[Found]) -> Found | None:
        """ "En dat …" right after a reported statement in the same paragraph
        goes on with it: the same speaker, no cue of its own ("Ze zei de
        schade te betreuren. En dat niemand gewond is.")."""
        words = [t.lower_ for t in span[:2]]
        if words not in _CONTINUATIONS or not found or number == 0:
            return self._hearsay(span, number, found)
        if len(span) > 2 and (finite_or_known(span[2]) or span[2].pos_ in ("VERB", "AUX")):
            return None  # "Maar dat doen de Democraten niet": "dat" is the object of a main clause, no "that"
        last = self._statement_before(span, number, found)
        if last is None:
            return None
        content = self._trim((self.doc[span.start + 2].idx, span.end_char)) if len(span) > 2 else None
        if content is None or content[1] - content[0] < 8:
            return None
        return Found(*content, "reported", None, last.speaker, last.pronoun)

    def _hearsay(self, span: Span, number: int, found: list[Found]) -> Found | None:
        """A Dutch sentence whose main verb is "zou"/"zouden", right after a
        statement with a speaker in the sentence before, in its paragraph:
        what that speaker said goes on ("Volgens Labourleden … Partijleider
        Corbyn zou …"). Not after "als", "dat", a question word or the
        writer's "ik"/"we", not with a cue of its own, not a question."""
        if self.lang != "nl" or not found or number == 0 or span[-1].text == "?":
            return None
        # "zou" as the main clause's verb: the first finite one, after what the sentence opens with
        # ("Uit bestanden op een opgedoken cd-rom zou blijken dat …")
        first = next((k for k, t in enumerate(span[:_HEARSAY_WORDS]) if finite_or_known(t)), None)
        words = [t.lower_ for t in span[:_HEARSAY_WORDS]]
        at = first if first is not None and words[first] in _HEARSAY else None
        if at is None or at == 0 or any(word in _NOT_HEARSAY for word in words[:at]):
            return None
        if any(self.is_cue(t.i, span.end) for t in span) or any(t.is_quote for t in span[:at]):
            return None
        if any(t.lower_ in _CONDITIONS for t in span):
            return None  # "Terwijl het logischer zou zijn wanneer …": a condition, no hearsay
        last = self._statement_before(span, number, found)
        if last is None or (last.cue or "").lower() in _ASKING:
            return None  # "vraagt hem mee te gaan. … zou J. hebben gepraat": no account that goes on
        content = self._trim((span.start_char, max(span.end_char, self.sentences[number][1])))  # past "…, maar …"
        return Found(*content, "reported", None, last.speaker, last.pronoun) if content[1] - content[0] >= 8 else None

    def _statement_before(self, span: Span, number: int, found: list[Found]) -> Found | None:
        """The last statement found, when it has a speaker and starts in the
        sentence right before `span` (sentence `number`), in its paragraph."""
        last = found[-1]
        previous = self._sentence_before(span, number)
        if last.speaker is None or previous is None or not previous[0] <= last.start < previous[1]:
            return None
        return last
