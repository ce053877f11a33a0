"""Attributed quotes: direct quotations and reported speech with speakers.

From quotation marks, the cue lists in `reader.core.attribution.cues`,
sentences, the entities the pipeline found and, when the Doc is parsed,
the subject of the speech verb:

- direct: “…”, zei X / “…,” X said / “…”, lacht X (any verb with only
  its speaker after the quote) / X zei: “…” / X: “…” / split quotes
  (“…”, zei X, “…”) / a quote paragraph without a cue right after one of
  X's quotes continues X / a cue-less quote sentence right after X's
  statement in the same paragraph is X's (`carry.py`) / a quoted heading;
  every mark style of `marks.PAIRS`, the Dutch ,,…'' included;
- reported (`reported.py`): X zegt dat … / X said (that) … / volgens X …
  / according to X … / …, aldus X / …, zegt X. / “Dat meldt X.” (points
  back to the previous sentence) / Dutch te-infinitive content; English
  content without "that" only after verbs that take it;
- speakers: a name, a person or group described by a noun, or a pronoun
  alone (`speaker_checks.py`); a fragment is no speaker (unknown);
- not quotes: names, titles and scare-quoted words in quotation marks
  (short, no cue, no sentence inside).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span

from .carry import context_speakers, continue_speakers
from .clause_cues import ClauseCues
from .found import Found
from .cues import NOT_SPEECH_PARTICLES, SPEAKING_OF, Cues, cue_word_hashes, cues_for, has_particle, inflected_adjective
from .cues import no_speech, noun_after, noun_modifier, phrase_cue
from .intervals import Intervals
from .introduced import NEGATIONS as _NEGATIONS
from .marks import ALL_MARKS as MARKS, CLOSING as _CLOSING, OPENING as _OPENING
from .marks import Marked, a_cited_headline, a_title, after_a_work, find_marked, inside_a_sentence, unsaid_before
from .names import ARTICLES
from .naming_after import named_after
from .phrases import Phrases
from .relayed import relayed_sources
from .said_after import said_after
from .verb_cue import any_verb_after, writer_speaks
from .content import CUE_WINDOW
from .reported import ReportedSpeech
from .roles import Roles
from .sentences import Paragraphs, sentences
from .speaker_checks import SpeakerChecks
from .subject_before import subject_before
from .doc_text import doc_text, tokens_among

#: A quotation this short without a cue is a name, title or scare quote.
MIN_QUOTE_WORDS = 5
_FINAL_STOPS = ".!?…"
#: Words after which a separable verb's particle has ended its clause.
_CLAUSE_ENDS = frozenset("over om en maar of want dat omdat toen als".split())
_DATELINE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ .,'’-]{2,40}\s[–—-]\s+")


class QuoteFinder(SpeakerChecks, ClauseCues, ReportedSpeech):
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
        self.text = doc_text(doc)
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
        self._may_cue = frozenset(tokens_among(doc, LOWER, cue_word_hashes(self.verbs, frozenset(self.cues.particle_verbs))))

    def sentence_at(self, offset: int) -> int:
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    def tokens(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def is_cue(self, index: int, sentence_end: int) -> bool:
        if index not in self._may_cue:
            return False
        token = self.doc[index]
        if not token.text[:1].islower():  # "States" in "United States" is a name
            return False
        word = token.lower_
        if index > 0 and word != "eens" and (self.doc[index - 1].lower_ in ARTICLES or self.doc[index - 1].text in ("'s", "’s")):
            return False  # "een bepaald bedrag", "het verwijt", "Smith's claim": not the verb; "het eens zijn" is
        if index > 1 and token.pos_ == "NOUN" and self.doc[index - 2].lower_ in ARTICLES and inflected_adjective(self.doc[index - 1]):
            return False  # "Met een diepe zucht:": a noun after an article and an adjective (not "Een bekende zegt")
        if self.lang == "en" and index > 0 and noun_after(self.doc[index - 1], word):
            return False  # "dismissed reports that", "in a separate report that": a noun
        if self.lang == "en" and (noun_modifier(token) or token.pos_ == "NOUN" and token.dep_ == "obj" and token.head.i < index):
            return False  # "won Saudi and Kuwaiti pledges to help": the object of a verb before it; "state engineer X"
        if word in self.verbs:
            other = index + 1 < sentence_end and no_speech(word, self.doc[index + 1])
            return not (other or self._another_verb(index, sentence_end))
        if self.lang == "nl" and phrase_cue(self.doc, index, sentence_end):
            return True  # "De politie spreekt van een gerichte aanslag", "heeft er geen vertrouwen in dat"
        particle = self.cues.particle_verbs.get(word)
        return bool(particle) and has_particle(self.doc, index, particle.split(), self.lang, sentence_end)

    def _another_verb(self, index: int, sentence_end: int) -> bool:
        """A particle that ends the clause of the verb at `index` and makes
        it a verb that is no speech ("dacht lang na", "zei de les af"): the
        particle before punctuation, a conjunction or "over"/"om"."""
        particles = NOT_SPEECH_PARTICLES.get(self.doc[index].lower_) if self.lang == "nl" else None
        if not particles:
            return False
        doc = self.doc
        for i in range(index + 1, min(sentence_end, len(doc))):
            following = doc[i + 1] if i + 1 < len(doc) else None
            if doc[i].lower_ in particles.split() and (
                following is None or following.is_punct or following.lower_ in _CLAUSE_ENDS
            ):
                return True
            if doc[i].is_punct and doc[i].text != "'":
                return False
        return False

    def is_particle(self, token) -> bool:
        """A separable reporting verb's particle ("weten", "toe", "aan")."""
        return any(token.lower_ in particles.split() for particles in self.cues.particle_verbs.values())

    def _first_cue(self, start: int, end: int) -> int | None:
        """The first reporting verb among tokens `start`…`end` (a sentence or its part)."""
        return next((i for i in range(start, end) if self.is_cue(i, end)), None)

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
        bare = False  # "'…' zegt advocaat X": a cue right after the mark with no comma, then its speaker
        if begin < after.end and doc[begin].text == ",":
            begin += 1
        elif not inner.endswith((",", "?", "!")):
            bare = begin < after.end and doc[begin].text.islower() and self.is_cue(begin, after.end)
            if not bare:
                return None  # “…”, zei X  /  “…,” X said: a comma joins quote and cue
        for i in self._words_after(begin, after.end):
            token = doc[i]
            if token.is_punct and token.text not in ("‘", "’") and not (token.text == "'" and not token.nbor(-1).whitespace_):
                found = self._cue_after_apposition(begin, i, after.end) if token.text == "," else None
                if found is not None:
                    return found
                break
            quoted = self._quoted_as_saying(i, after.end)
            if quoted is not None:
                return token.text, quoted
            if (written := self.written_in(i, after.end)) is not False:
                return token.text, written  # "'…', staat in het rapport van de NCTV"
            if token.lower_ in self.cues.source_after or self.is_cue(i, after.end):
                if any(self.phrases.stops(t) and t.lower_ not in ("for", "of", "at", "van", "voor", "bij") for t in doc[begin:i]):
                    return None  # "…', is te zien hoe een demonstrant scandeert": not “…,” X said
                if i == begin or token.lower_ in self.cues.source_after:
                    heuristic = [self.phrases.after(i + 1, after.end)]  # zei X / said X / aldus X
                else:
                    heuristic = [self._phrase_with_of(i, begin), self.phrases.after(i + 1, after.end)]  # X said
                # "aldus" is no verb: the parse's subject for it is a guess, often a word of the quote itself
                parsed = self._parsed_subject(i) if token.lower_ not in self.cues.source_after else None
                # "…', stelt Follow This": a cue right after the quote has its subject after it, not before the quote
                parsed = None if parsed and (self._parse_gives_way(parsed, heuristic) or i == begin and parsed[0] < marked.start) else parsed
                candidates = [c for c in [parsed, *heuristic] if c and not marked.start <= c[0] < marked.end]
                # The first that can be a speaker; else the first, which the
                # speaker checks will turn into "unknown".
                speaker = next((c for c in candidates if self.checked_speaker(c, described=True)), None)
                if bare and (speaker is None or i != begin):
                    return None
                speaker = speaker or (candidates[0] if candidates else None)
                return (token.text, speaker) if speaker else None
        return any_verb_after(self, begin, after.end)

    def _words_after(self, begin: int, end: int) -> Iterator[int]:
        """The tokens from `begin` (before `end`) where a quote's cue may
        stand: `CUE_WINDOW` of them, not counting a short bracket between
        ("X of the Kurdistan Democratic Party (KDP) told"), which is passed."""
        i, limit = begin, begin + CUE_WINDOW
        while i < min(end, limit):
            if self.doc[i].text == "(":
                closing = next((k for k in range(i + 1, min(end, i + 6)) if self.doc[k].text == ")"), None)
                if closing is not None:
                    limit += closing - i + 1
                    i = closing + 1
                    continue
            yield i
            i += 1

    def _quoted_as_saying(self, i: int, end: int) -> tuple[int, int] | None:
        """“…,” Interfax quoted Chernomyrdin as saying: the one quoted
        speaks, not the one quoting; “…,” the captain was quoted as saying
        (by the daily X): the subject speaks."""
        doc = self.doc
        if doc[i].lower_ not in ("quoted", "reported", "cited") or i + 2 >= end:
            return None
        # the one quoted may be described at length ("quoted local police in the town of X, 80 km south of Y, as saying")
        as_saying = next((j for j in range(i + 1, min(end - 1, i + 3 * CUE_WINDOW)) if doc[j].lower_ == "as"), None)
        if as_saying is None or doc[as_saying + 1].lower_ not in ("saying", "telling"):
            return None
        if as_saying > i + 1 and doc[i + 1].lower_ != "by":  # "was quoted by the agency as saying": passive
            return self.phrases.after(i + 1, as_saying)
        if i > 0 and doc[i - 1].lower_ in ("was", "were", "is"):
            return self.phrases.before(i - 1, 0)
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
        window = range(last - 1, max(before.start, last - CUE_WINDOW) - 1, -1)
        # "Zij sprak toen over 'dwingende redenen': “…”": speaking, before a colon, is a cue
        spoke = (lambda i: doc[last].text == ":" and doc[i].lower_ in SPEAKING_OF) if self.lang == "nl" else (lambda i: False)
        cue = next((i for i in window if self.is_cue(i, last) or spoke(i)), None)
        cue = cue if cue is not None or doc[last].text != "," else self._told_far_before(last, before.start)
        if doc[last].text == ":" and cue is None and last - 1 >= before.start:
            return self._colon_speaker(before.start, last)
        if cue is None:
            return None
        if self._as_clause(cue, before.start):
            return None  # ", zoals hij het zelf zegt, 'droomhuizen'": a scare quote
        if cue + 1 < last and doc[cue + 1].lower_ in self.cues.pronouns:
            speaker = self.phrases.after(cue + 1, last)  # "In een interview met Trouw zei hij:"
        else:
            # the first that can speak: "Dat vindt ook Piet Jansen:" has "Dat" as the parse's subject
            near = self.phrases.before(cue, before.start)
            first = self.tokens(*near).start if near else 0
            near = None if first > 0 and doc[first - 1].pos_ == "ADP" else near  # "heeft op Facebook gereageerd:"
            found = (self._parsed_subject(cue), near, self._phrase_after_cue(cue, last))
            speaker = next((s for s in found if self.checked_speaker(s)), None) or next((s for s in found if s), None)
            if self.checked_speaker(speaker) is None:  # "Pollock, who returns home next week, said:"
                speaker = self._before_comma_name(self._subject(cue, before, None)) or speaker
        return (doc[cue].text, speaker) if speaker else None

    def _is_statement(self, marked: Marked, has_cue: bool) -> bool:
        start, end = marked.inner(self.text)
        content = self.text[start:end].strip()
        words = content.split()
        if not words or after_a_work(self.text, marked.start) or a_cited_headline(self.text, marked.end) or unsaid_before(self.text, marked.start):
            return False  # "in de brochure 'Hengelo binnenstad, …'", "'…' (AD 9-4)": a title; "had moeten zeggen: '…'"
        if has_cue:
            return True
        if self.paragraphs.fills(marked.start, marked.end):
            return len(words) >= 2  # a quoted heading or a quote paragraph
        if len(words) < MIN_QUOTE_WORDS:
            return len(words) >= 2 and self._whole_sentences(marked, content)
        return not (a_title(content) or inside_a_sentence(self.text, marked))

    def _whole_sentences(self, marked: Marked, content: str) -> bool:
        """A short quotation that is a sentence of its own: a capital first,
        its final stop inside the marks, between the end of one sentence
        and the start of the next ("… tevreden. ,,We hebben goed
        gespeeld.'' Hij …"). A title or a scare quote is part of a sentence."""
        if not (content[:1].isupper() and content[-1] in _FINAL_STOPS and marked.closed):
            return False
        # Looked for past the white space, not by stripping a copy of all
        # the text before and after (a megabyte article has thousands of quotes).
        text, before, after = self.text, marked.start, marked.end
        while before > 0 and text[before - 1].isspace():
            before -= 1
        while after < len(text) and text[after].isspace():
            after += 1
        return (before == 0 or text[before - 1] in _FINAL_STOPS + MARKS) and (
            after == len(text) or text[after].isupper() or text[after] in MARKS
        )

    def direct(self) -> list[Found]:
        """The quotations that are statements, with cue and speaker where
        one is named next to them (`continue_speakers` does the rest)."""
        found: list[Found] = []
        for marked in self.marked:
            cue = (  # said_after first: its shapes name the speaker after a noun ("luidt de reactie van X")
                said_after(self, marked)
                or self._cue_after(marked)
                or self._cue_before(marked)
                or self._cue_in_sentence(marked)
                or named_after(self, marked)  # "die elkaar '…' noemden"
                or self._cue_sentence_before(marked)
            )
            if not self._is_statement(marked, cue is not None and not self._term_after_a_colon(marked, cue)):
                continue
            quote = Found(marked.start, marked.end, "direct", None, None)
            if cue:
                quote.cue, quote.speaker = cue[0], self.checked_speaker(cue[1], described=True)
                quote.pronoun = self._refers_to_one(quote.speaker, quote.cue)
            if not cue or quote.speaker is None and cue[1] and writer_speaks(self.text[cue[1][0] : cue[1][1]]):
                quote.introducer = subject_before(self, marked.start)  # with a cue the writer's: whom they speak to
            found.append(quote)
        return found

    def _cue_sentence_before(self, marked: Marked) -> tuple[str, tuple[int, int]] | None:
        """“Tja, zegt De Boer. ‘Ik heb …’” / “Trainer Ellen vraagt het aan haar
        spelers.” and a quote paragraph after it: the sentence right before a
        quote that opens its sentence has a reporting verb and a speaker but
        no statement of its own (no "dat", no negation, a few words at most)."""
        if not self.sentences:
            return None
        number = self.sentence_at(marked.start)
        if number == 0 or self.text[self.sentences[number][0] : marked.start].strip():
            return None
        previous = self.sentences[number - 1]
        here, there = self.paragraphs.at(marked.start), self.paragraphs.at(previous[0])
        opens_paragraph = not self.text[self.paragraphs.ranges[here][0] : marked.start].strip()
        if not (here == there or (here == there + 1 and opens_paragraph)):
            return None
        span = self.tokens(*previous)
        if span is None or len(span) > 14:
            return None
        words = {t.lower_ for t in span}
        if words & (self.cues.complementisers | _NEGATIONS) or self.text[previous[0] : previous[1]].rstrip().rstrip(MARKS).endswith("?"):
            return None  # "Hij reageerde niet op vragen": no statement follows; "X vroeg: '…?'": another answers
        cue = self._first_cue(span.start, span.end)
        if cue is None:
            return None
        if cue > span.start and self.doc[cue - 1].text == ",":
            speaker = self.phrases.after(cue + 1, span.end)  # "Tja, zegt De Boer."
        else:
            speaker = self._parsed_subject(cue) or self.phrases.before(cue, span.start)
        speaker = self.checked_speaker(speaker)
        return (self.doc[cue].text, speaker) if speaker else None

    def _trim(self, content: tuple[int, int]) -> tuple[int, int]:
        start, end = content
        dateline = _DATELINE.match(self.text, start, end)
        if dateline:  # "ROTTERDAM – Het Havenbedrijf …"
            start = dateline.end()
        while start < end and (self.text[start].isspace() or self.text[start] in ",:" + _CLOSING):
            start += 1
        if joined := _JOINED.match(self.text, start, end):
            start = joined.end()  # "…, but no plane was lost, officials said": what was said, not the "but"
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ",.:;" + _OPENING):
            end -= 1
        tail = _CLOSING_CUE.search(self.text, start, end)
        if tail and (tail.group(1).lower() in self.cues.verbs or tail.group(1).lower() in self.cues.particle_verbs):
            end = tail.start()  # "…, zo laat een woordvoerder weten", "…, zegt hij": who said it, not what
        return start, end


#: "but" opening a statement cut from the clause before it (Dutch "maar" may be "only": not it).
_JOINED = re.compile(r"but\s+(?=\w)")
#: A cue that closes a sentence after its comma ("…, zo laat X weten.",
#: "…, zegt hij."): who said it, never part of what was said.
_CLOSING_CUE = re.compile(r",\s+(?:zo\s+)?(\w+)\b[^,;:!?.]{0,80}$")


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
    if names is not None:
        relayed_sources(quotes, finder.text, names)
    context_speakers(quotes, finder.paragraphs, names.items() if names is not None else [])
    return quotes

