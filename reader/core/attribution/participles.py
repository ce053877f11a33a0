"""Statements added after a clause: English ones a participle opens ("…,
a spokesman said, adding that …", "The coach praised them, saying they
…", "… asylum in Britain saying they were persecuted", the comma left
out) and Dutch ones in a relative clause about the speaker (",,…'', zegt
Jansen, die eraan toevoegt dat …"). A mixin of `ReportedContent`: it
needs the finder's doc, sentences, cues, phrases, speaker checks, `is_cue`
and `_trim`."""

from __future__ import annotations

from spacy.tokens import Span

from .found import Found
from .phrases import finite
from .speaker_checks import is_text_noun

#: Participles that open a statement after a comma.
PARTICIPLES = frozenset("adding saying".split())
#: At most this many words between "with" and its "saying" ("with some analysts saying").
_WITH_WORDS = 4


class ParticipleReports:
    def _participle(self, span: Span, found: list[Found]) -> Found | None:
        """ "…, a spokesman said, adding that …", "The coach praised them,
        saying they …": a clause that opens with a comma and "adding" or
        "saying" is a statement of the speaker of the statement found
        before it in the sentence, else of the sentence's opening subject;
        "saying" right after a noun in the clause too, and after "with X"
        the statement is X's ("with some analysts saying …")."""
        doc = self.doc
        if self.lang != "en" or len(span) < 4:
            return None
        # not after a text: "banners saying the war must end" are the banners' words
        bare = next((t.i for t in span[2:-2] if t.lower_ == "saying" and _after_a_noun(doc[t.i - 1])), None)
        if bare is None and (span[0].text not in (",", "by") or span[1].lower_ not in PARTICIPLES):
            return None
        opening = bare - 1 if bare is not None else span.start  # the token before the participle
        start = opening + 3 if doc[opening + 2].lower_ in self.cues.complementisers else opening + 2
        sentence = self.tokens(*self.sentences[self.sentence_at(span.start_char)])
        if sentence is None:
            return None
        previous = found[-1] if found and found[-1].start >= sentence.start_char else None
        with_ = next((t.i for t in doc[max(span.start, opening - _WITH_WORDS) : opening] if t.lower_ == "with"), None)
        if bare is not None and with_ is not None:
            speaker, pronoun = self.checked_speaker(self.phrases.after(with_ + 1, bare)), False
        elif previous is not None and previous.speaker is not None:
            speaker, pronoun = previous.speaker, previous.pronoun
        else:
            verb = next((t.i for t in doc[sentence.start : opening] if finite(t)), span.start)
            speaker, pronoun = self.checked_speaker(self.phrases.after(sentence.start, verb)), False
        content = self._trim((doc[start].idx, span.end_char)) if start < span.end else (0, 0)
        if speaker is None or content[1] - content[0] < 8:
            return None
        return Found(*content, "reported", doc[opening + 1].text, speaker, pronoun)

    def _participle_after(self, quote: Found, s_end: int, found: list[Found]) -> None:
        """ '"…," Jones told a news conference, adding that …': the statement
        after a quote's cue (a direct quote's, or a reported one's before
        its cue) is the quote's speaker's too."""
        span = self.tokens(quote.end, s_end) if quote.speaker is not None and s_end > quote.end else None
        if span is None:
            return
        if self.lang == "nl":
            added = self._relative_adds(quote, span)
        else:
            comma = next((t.i for t in span[:-1] if t.text == "," and t.nbor().lower_ in PARTICIPLES), None)
            added = self._participle(self.doc[comma : span.end], [quote]) if comma is not None else self._relative_adds(quote, span)
        if added is not None:
            found.append(added)

    def _relative_adds(self, quote: Found, span: Span) -> Found | None:
        """ ",,…'', zegt Jansen, die eraan toevoegt dat …", '"…," Edberg,
        who has announced that this will be his last event, said': a
        relative clause about the speaker with a reporting verb and
        "dat"/"that" (an English one ends at its closing comma)."""
        doc = self.doc
        comma = next((t.i for t in span[:-2] if t.text == "," and t.nbor().lower_ in ("die", "wie", "who")), None)
        if comma is None:
            return None
        verb = next((i for i in range(comma + 2, min(comma + 6, span.end)) if self.is_cue(i, span.end)), None)
        that = next((i for i in range(comma + 3, span.end - 2) if doc[i].lower_ in ("dat", "that")), None) if verb else None
        if that is None or any(t.is_punct for t in doc[comma + 2 : that]):
            return None
        close = next((t.i for t in doc[that + 1 : span.end] if t.text == ","), span.end) if self.lang == "en" else span.end
        content = self._trim((doc[that + 1].idx, doc[close - 1].idx + len(doc[close - 1])))
        return Found(*content, "reported", doc[verb].text, quote.speaker, quote.pronoun)


def _after_a_noun(token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and not is_text_noun(token.lower_)
