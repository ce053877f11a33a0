"""Attributed quotes: direct quotations and reported speech with speakers.

Works without a dependency parser (the bundled models have none), from
quotation marks, the cue lists in `reader.core.attribution.cues`, sentences and the
entities the pipeline found:

- direct: “…”, zei X / “…,” X said / X zei: “…” / X: “…” / split quotes
  (“…”, zei X, “…”) / a quote paragraph without a cue right after one of
  X's quotes continues X / a cue-less quote sentence right after X's
  statement in the same paragraph is X's (`carry.py`) / a quoted heading;
  every mark style of `marks.PAIRS`, the Dutch ,,…'' included;
- reported: X zegt dat … / X said (that) … / volgens X … / according to X
  … / …, aldus X / “Dat meldt X.” (points back to the previous sentence);
  English content without "that" only after verbs that take it;
- speakers: a name, a person or group described by a noun, or a pronoun
  alone (`speaker_checks.py`); a fragment is no speaker (unknown);
- not quotes: names, titles and scare-quoted words in quotation marks
  (short, no cue, no sentence inside).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .carry import carry_speakers, continue_speakers
from .cues import Cues, _english_forms, cues_for
from .intervals import Intervals
from .marks import ALL_MARKS as MARKS
from .marks import CLOSING as _CLOSING
from .marks import OPENING as _OPENING
from .marks import Marked, find_marked
from .phrases import PHRASE_STOPS, Phrases
from .roles import Roles
from .sentences import Paragraphs, sentences
from .speaker_checks import SpeakerChecks

#: A quotation this short without a cue is a name, title or scare quote.
MIN_QUOTE_WORDS = 5
#: How far (tokens) a cue may stand from its quote.
CUE_WINDOW = 10
_DATELINE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ .,'’-]{2,40}\s[–—-]\s+")
#: Words after a reporting verb that do not start reported content
#: ("warns of famine", "said on Monday").
_NOT_CONTENT = frozenset("of on in at about to with for from by during after before over".split())
#: English verbs whose content may follow without "that" ("said the talks
#: failed"); after the others a bare noun is an object, not content
#: ("declined comment", "denied the application", "promised an amnesty").
#: Verbs of telling, urging and accusing take an object and then content
#: ("urged X to …", "accused X of …", "told reporters he …").
_BARE_CLAUSE_VERBS = frozenset(
    form
    for lemma in "say think believe add claim estimate argue insist predict warn assert contend admit concede complain"
    " tell urge accuse describe order ask remind advise".split()
    for form in _english_forms(lemma)
)
_AUXILIARIES = frozenset("heeft hebben had hadden is zijn was waren werd wordt has have".split())


@dataclass
class Found:
    start: int
    end: int
    kind: str
    cue: str | None
    speaker: tuple[int, int] | None  # character range of the speaker phrase
    pronoun: bool = False  # the speaker is "hij"/"he"/"she": the last person named


class QuoteFinder(SpeakerChecks):
    """Finds quotes in one article-level Doc, or in one segment of it: then
    `marked` are the quotations found in the whole text that lie in this
    segment, and `continues` says that text comes before it."""

    def __init__(
        self,
        doc: Doc,
        lang: str | None,
        names: Intervals | None = None,
        cues: Cues | None = None,
        roles: Roles | None = None,
        *,
        marked: list[Marked] | None = None,
        continues: bool = False,
    ):
        self.doc = doc
        #: Known names (the actors' mentions, which include surnames the
        #: model missed).
        self.names = names or Intervals()
        self.text = doc.text
        self.lang = lang or "en"
        self.cues = cues or cues_for(lang)
        self.roles = roles or Roles()
        self.verbs = self.cues.verbs
        self.paragraphs = Paragraphs(self.text)
        self.marked = find_marked(self.text, self.paragraphs.ranges) if marked is None else marked
        self.continues = continues
        self.sentences = [s for p in self.paragraphs.ranges for s in sentences(self.text, *p)]
        self._sentence_starts = [s for s, _ in self.sentences]
        self.phrases = Phrases(doc)

    # -- helpers ------------------------------------------------------------

    def sentence_at(self, offset: int) -> int:
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    def tokens(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def is_cue(self, index: int, sentence_end: int) -> bool:
        token = self.doc[index]
        if not token.text[:1].islower():  # "States" in "United States" is a name
            return False
        word = token.lower_
        if word in self.verbs:
            return True
        particle = self.cues.particle_verbs.get(word)
        if particle:
            particles = particle.split()
            return any(t.lower_ in particles for t in self.doc[index + 1 : sentence_end])
        return False

    # -- direct quotes ------------------------------------------------------

    def _cue_after(self, marked: Marked) -> tuple[str, tuple[int, int]] | None:
        """“…”, zei X  /  “…,” X said  /  “…”, aldus X"""
        s_index = self.sentence_at(marked.end - 1)
        s_end = self.sentences[s_index][1] if self.sentences else len(self.text)
        after = self.tokens(marked.end, max(marked.end + 1, s_end))
        if after is None:
            return None
        doc = self.doc
        begin = after.start
        inner = self.text[marked.start : marked.end].rstrip(MARKS).rstrip()
        if begin < after.end and doc[begin].text == ",":
            begin += 1
        elif not inner.endswith((",", "?", "!")):
            return None  # “…”, zei X  /  “…,” X said: a comma joins quote and cue
        for i in range(begin, min(after.end, begin + CUE_WINDOW // 2)):
            token = doc[i]
            if token.is_punct and token.text not in ("‘", "’"):
                return None
            if token.lower_ in self.cues.source_after or self.is_cue(i, after.end):
                parsed = self.phrases.subject_of(i)
                if parsed:
                    return token.text, parsed
                if i == begin or token.lower_ in self.cues.source_after:
                    speaker = self.phrases.after(i + 1, after.end)  # zei X / said X / aldus X
                else:
                    speaker = self.phrases.before(i, begin)  # X said
                    speaker = speaker or self.phrases.after(i + 1, after.end)
                if speaker:
                    return token.text, speaker
                return None
        return None

    def _cue_before(self, marked: Marked) -> tuple[str, tuple[int, int]] | None:
        """X zei: “…”  /  X: “…”  /  X said, “…”"""
        s_start = self.sentences[self.sentence_at(marked.start)][0] if self.sentences else 0
        before = self.tokens(s_start, marked.start) if marked.start > s_start else None
        if before is None or len(before) == 0:
            return None
        doc = self.doc
        last = before.end - 1
        if doc[last].text not in (":", ","):
            return None
        if doc[last].text == ":" and last - 1 >= before.start and not self.is_cue(last - 1, last):
            speaker = self.phrases.before(last, before.start)  # "Rutte: “…”"
            return (":", speaker) if speaker else None
        for i in range(last - 1, max(before.start, last - CUE_WINDOW) - 1, -1):
            if self.is_cue(i, last):
                speaker = self.phrases.subject_of(i) or self.phrases.before(i, before.start) or self.phrases.after(i + 1, last)
                return (doc[i].text, speaker) if speaker else None
        return None

    def _is_statement(self, marked: Marked, has_cue: bool) -> bool:
        start, end = marked.inner(self.text)
        content = self.text[start:end].strip()
        words = content.split()
        if not words:
            return False
        if has_cue:
            return True
        if self.paragraphs.fills(marked.start, marked.end):
            return len(words) >= 2  # a quoted heading or a quote paragraph
        if len(words) < MIN_QUOTE_WORDS:
            return False
        capitalised = sum(1 for w in words if w[:1].isupper())
        return capitalised / len(words) < 0.6  # a title is mostly capitals

    def direct(self) -> list[Found]:
        """The quotations that are statements, with cue and speaker where
        one is named next to them (`continue_speakers` does the rest)."""
        found: list[Found] = []
        for marked in self.marked:
            cue = self._cue_after(marked) or self._cue_before(marked)
            if not self._is_statement(marked, cue is not None):
                continue
            quote = Found(marked.start, marked.end, "direct", None, None)
            if cue:
                quote.cue, quote.speaker = cue[0], self.checked_speaker(cue[1], described=True)
                quote.pronoun = self._refers_to_one(quote.speaker, quote.cue)
            found.append(quote)
        return found

    # -- reported speech ----------------------------------------------------

    def reported(self, direct: list[Found]) -> list[Found]:
        inside = Intervals((q.start, q.end, q) for q in direct)
        found: list[Found] = []
        for number, (s_start, s_end) in enumerate(self.sentences):
            # A sentence with a direct quote in it: its cue is that quote's.
            if inside.overlaps(s_start, s_end):
                continue
            span = self.tokens(s_start, s_end)
            if span is None:
                continue
            quote = self._source_phrase(span) or self._verb_report(span, number)
            if quote and not inside.overlaps(quote.start, quote.end):
                quote.pronoun = self._refers_to_one(quote.speaker, quote.cue)
                found.append(quote)
        return found

    def _source_phrase(self, span: Span) -> Found | None:
        """volgens X … / according to X … / …, aldus X"""
        doc = self.doc
        lowered = [t.lower_ for t in span]
        for cue in self.cues.source_before:
            words = cue.split()
            for i in range(len(lowered) - len(words) + 1):
                if lowered[i : i + len(words)] == words:
                    first = span.start + i + len(words)
                    speaker = self.checked_speaker(self.phrases.after(first, span.end), described=True)
                    if not speaker:
                        return None
                    end_token = doc.char_span(*speaker, alignment_mode="expand").end
                    if i == 0 or lowered[i - 1] != ",":  # "(Maar) volgens X zijn er …"
                        start = doc[end_token].idx if end_token < span.end else speaker[1]
                        content = (start, span.end_char)
                    else:  # "…, volgens X."
                        content = (span.start_char, doc[span.start + i - 1].idx)
                    content = self._trim(content)
                    if content[1] - content[0] < 8:
                        return None
                    return Found(*content, "reported", self.text[doc[span.start + i].idx : doc[first - 1].idx + len(doc[first - 1])], speaker)
        for cue in self.cues.source_after:
            for i, word in enumerate(lowered):
                if word == cue and i > 3:
                    speaker = self.checked_speaker(self.phrases.after(span.start + i + 1, span.end), described=True)
                    if speaker:
                        content = self._trim((span.start_char, doc[span.start + i].idx))
                        return Found(*content, "reported", doc[span.start + i].text, speaker)
        return None

    def _verb_report(self, span: Span, number: int) -> Found | None:
        """X zegt dat … / X said (that) … / Dat meldt X."""
        doc = self.doc
        for i in range(span.start, span.end):
            if not self.is_cue(i, span.end):
                continue
            first_word = doc[span.start].lower_
            auxiliary = doc[span.start + 1].lower_ in _AUXILIARIES if span.start + 1 < span.end else False
            if (i == span.start + 1 or auxiliary) and first_word in self.cues.anaphors and (number or self.continues):
                # "Dat meldt X." / "Dat heeft X bekendgemaakt.": X said the previous sentence
                # (none here when it is in the segment before: another paragraph).
                speaker = self.phrases.after(span.start + 2, span.end)
                previous = self.sentences[number - 1] if number else None
                if speaker and previous and self.paragraphs.at(previous[0]) == self.paragraphs.at(span.start_char):
                    return Found(*self._trim(previous), "reported", doc[i].text, speaker)
                return None
            subject = (
                self.phrases.subject_of(i)
                or self.phrases.before(i, span.start)
                or self._subject_before_apposition(i, span.start)
            )
            complement = next(
                (j for j in range(i + 1, min(span.end, i + CUE_WINDOW)) if doc[j].lower_ in self.cues.complementisers),
                None,
            )
            if subject is None:
                if complement is None:
                    continue
                subject = self.phrases.after(i + 1, complement)  # "zei na de muiterij X dat" is rare; inverted
                if subject is None:
                    continue
            subject = self.checked_speaker(subject)
            if subject is None:
                continue
            if complement is not None:
                start = doc[complement + 1].idx if complement + 1 < span.end else None
            elif (
                self.lang == "en"
                and doc[i].lower_ in _BARE_CLAUSE_VERBS
                and i + 1 < span.end
                and not doc[i + 1].is_punct
                and doc[i + 1].lower_ not in PHRASE_STOPS | _NOT_CONTENT
            ):
                start = doc[i + 1].idx  # "X said the talks …", not "X announced on Monday"
            elif self.lang == "nl" and i + 1 < span.end and doc[i + 1].lower_ in ("niet", "te"):
                start = doc[i + 1].idx
            else:
                start = None
            if start is None:
                before = self._content_before(i, subject, span)
                if before is None:
                    continue
                return Found(*before, "reported", doc[i].text, subject)
            content = self._trim((start, span.end_char))
            if content[1] - content[0] < 8:
                continue
            return Found(*content, "reported", doc[i].text, subject)
        return None

    def _subject_before_apposition(self, verb: int, floor: int) -> tuple[int, int] | None:
        """``Jan Bakker, chairman of VisNed, said …``: the name before the
        apposition is the subject."""
        doc = self.doc
        if verb - 1 <= floor or doc[verb - 1].text != ",":
            return None
        for j in range(verb - 2, max(floor, verb - 2 * CUE_WINDOW), -1):
            if doc[j].text == ",":
                head = self.phrases.before(j, floor)
                if head is None:
                    return None
                return head[0], doc[verb - 2].idx + len(doc[verb - 2])
        return None

    def _content_before(self, verb: int, subject: tuple[int, int], span: Span) -> tuple[int, int] | None:
        """``…, U.S. officials said.`` / ``…, zei X.``: the cue closes the
        sentence and the content is what comes before the comma."""
        doc = self.doc
        rest = [t for t in doc[verb + 1 : span.end] if not t.is_punct]
        if len(rest) > 4:
            return None
        first = min(subject[0], doc[verb].idx)
        comma = self.text.rfind(",", span.start_char, first)
        if comma < 0 or self.text[comma:first].strip(", ") and len(self.text[comma:first].split()) > 8:
            return None
        content = self._trim((span.start_char, comma))
        return content if content[1] - content[0] >= 8 else None

    def _trim(self, content: tuple[int, int]) -> tuple[int, int]:
        start, end = content
        dateline = _DATELINE.match(self.text, start, end)
        if dateline:  # "ROTTERDAM – Het Havenbedrijf …"
            start = dateline.end()
        while start < end and (self.text[start].isspace() or self.text[start] in ",:" + _CLOSING):
            start += 1
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ",.:;" + _OPENING):
            end -= 1
        return start, end


def find_quotes(
    doc: Doc,
    lang: str | None,
    names: Intervals | None = None,
    cues: Cues | None = None,
    roles: Roles | None = None,
) -> list[Found]:
    """Direct and reported quotes in `doc`; `names` holds the actors'
    mentions, when known; `cues` and `roles` default to the built-in words
    of `lang`."""
    finder = QuoteFinder(doc, lang, names, cues, roles)
    direct = finder.direct()
    continue_speakers(direct, finder.paragraphs)
    quotes = direct + finder.reported(direct)
    quotes.sort(key=lambda q: q.start)
    carry_speakers(quotes, finder.paragraphs, _people(names))
    return quotes


def _people(names: Intervals | None) -> Intervals:
    """The ranges of `names` (values: actors) that name persons or organisations."""
    items = names.items() if names is not None else []
    return Intervals((s, e, (s, e)) for s, e, actor in items if getattr(actor, "label", "PER") in ("PER", "ORG"))

