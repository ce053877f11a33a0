"""Reported speech: X zegt dat … / X said (that) … / volgens X … /
according to X … / …, aldus X / …, zegt X. / "Dat meldt X." (the previous
sentence) / Dutch content as a te-infinitive ("zegt gedupeerd te zijn").

A mixin of `QuoteFinder` (it needs the finder's doc, text, sentences,
paragraphs, cues, phrases, speaker checks and `_trim`).
"""

from __future__ import annotations

from spacy.tokens import Span

from .cues import _english_forms
from .found import Found
from .intervals import Intervals
from .marks import ALL_MARKS as MARKS
from .phrases import PHRASE_STOPS, TIME_WORDS

#: Relative pronouns that open a clause about the subject before a verb.
_RELATIVE_PRONOUNS = frozenset("die who".split())
#: Words that open a clause of what is not said but supposed ("alsof", "as if").
_HYPOTHETICAL = frozenset("alsof".split())
#: Words that join two statements in one sentence.
_JOINING = frozenset("but maar".split())
#: Words that open "as X calls it", "zoals hij zegt".
_AS_CLAUSE = frozenset("zoals as".split())
#: Quoted words inside a reported statement shorter than this are part of it.
_PARTIAL_WORDS = 5
#: Sentence openings that go on with the statement before them.
_CONTINUATIONS = [["en", "dat"], ["maar", "dat"], ["and", "that"], ["but", "that"]]
#: How far (tokens) a cue may stand from its quote.
CUE_WINDOW = 10
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
#: Words that open an English time phrase after a verb, and the nouns
#: that close one ("on Friday", "late on Tuesday", "last week", "this morning").
_TIME_OPENERS = frozenset("on late early last this".split())
_TIME_NOUNS = frozenset("week month year night morning afternoon evening on".split())
#: Adverbs between a Dutch reporting verb and its te-infinitive content
#: that belong to the verb ("kondigde maandag al aan …").
_FILLERS = frozenset("al nog ook dus wel toen eerder gisteravond vanochtend vanmiddag vanavond".split())
#: Words after a speaker that open an apposition or a relative clause
#: about them ("…, zegt Jansen, die …", "…, said X of Y that represents …").
_ABOUT_THE_SPEAKER = frozenset(", die dat wie who which that".split())
#: Words that open a Dutch subordinate clause: a reporting verb in one
#: is a reason or a circumstance, not the sentence's statement.
_SUBORDINATORS = frozenset("omdat doordat hoewel terwijl nadat voordat zodat wanneer sinds indien".split())
#: Prepositions that make a te-infinitive a manner or time, not content.
_NOT_INFINITIVE_CONTENT = frozenset("door zonder na bij".split())
#: Dutch reporting verbs whose content may be "om … te …" (a call, a request).
_OM_VERBS = frozenset(
    "roept riep riepen vraagt vroeg vroegen verzoekt verzocht verzochten eist eiste eisten pleit pleitte pleitten"
    " dringt drong drongen".split()
)
_AUXILIARIES = frozenset("heeft hebben had hadden is zijn was waren werd wordt has have".split())


class ReportedSpeech:
    def reported(self, direct: list[Found]) -> list[Found]:
        inside = Intervals((q.start, q.end, q) for q in direct)
        found: list[Found] = []
        for number, (s_start, s_end) in enumerate(self.sentences):
            quoted = inside.overlapping(s_start, s_end)
            partial = bool(quoted) and all(self._partial(quote, s_start) for quote in quoted)
            if quoted and not partial:
                # A sentence with a direct quote in it: its cue is that quote's,
                # unless a "dat"-clause comes first ("Linda zei dat … en zei: ,,…''").
                s_end = min(quote.start for quote in quoted)
                before = self.tokens(s_start, s_end) if s_end > s_start else None
                if before is None or not any(t.lower_ in self.cues.complementisers for t in before):
                    continue
            span = self.tokens(s_start, s_end)
            if span is None:
                continue
            # "The Iraqis claimed …, but officials said …": each clause its statement
            for index, clause in enumerate(self._clauses(span)):
                quote = self._source_phrase(clause) or self._verb_report(clause, number)
                if index == 0:
                    quote = quote or self._continued(clause, number, found)
                own = [q for q in quoted if clause.start_char <= q.start < clause.end_char]
                if quote and partial and own and all(quote.start <= q.start and q.end <= quote.end + 1 for q in own):
                    # "… omdat hij bij hen 'erg goed ligt', aldus de directeur": the
                    # quoted words are part of the reported statement, not a quote of their own
                    for q in own:
                        direct.remove(q)
                    inside = Intervals((q.start, q.end, q) for q in direct)
                if quote and not inside.overlaps(quote.start, quote.end):
                    quote.pronoun = quote.pronoun or self._refers_to_one(quote.speaker, quote.cue)
                    found.append(quote)
        return found

    def _points_back(self, verb: int, span: Span, number: int) -> Found | None:
        """"Dat meldt X." / "Dat heeft X bekendgemaakt.": X said the previous
        sentence (none here when it is in the segment before: another paragraph)."""
        speaker = self.phrases.after(span.start + 2, span.end)
        previous = self.sentences[number - 1] if number else None
        if speaker and previous and self.paragraphs.at(previous[0]) == self.paragraphs.at(span.start_char):
            return Found(*self._trim(previous), "reported", self.doc[verb].text, speaker)
        return None

    def _clauses(self, span: Span) -> list[Span]:
        """`span` cut before each "but"/"maar" that a reporting verb follows in
        the same sentence: two statements joined ("The Iraqis claimed …, but
        officials said …")."""
        doc, cuts = self.doc, []
        for token in span[1:]:
            if token.lower_ in _JOINING and any(self.is_cue(k, span.end) for k in range(token.i + 1, span.end)):
                cuts.append(token.i)
        bounds = [span.start, *cuts, span.end]
        return [doc[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]

    def _partial(self, quote: Found, s_start: int) -> bool:
        """A few quoted words inside a sentence ("dat hij 'erg goed ligt'"),
        not a quotation of its own: short, not at the sentence's start."""
        before = self.text[s_start : quote.start].rstrip()
        if not before:
            return False
        words = self.text[quote.start : quote.end].split()
        # Short, or with no cue of its own and running on from a word ("omdat de school 'ook …'")
        return len(words) < _PARTIAL_WORDS or (quote.cue is None and before[-1].isalnum())

    def _continued(self, span: Span, number: int, found: list[Found]) -> Found | None:
        """"En dat …" right after a reported statement in the same paragraph
        goes on with it: the same speaker, no cue of its own ("Ze zei de
        schade te betreuren. En dat niemand gewond is.")."""
        words = [t.lower_ for t in span[:2]]
        if words not in _CONTINUATIONS or not found or number == 0:
            return None
        last = found[-1]
        previous = self.sentences[number - 1]
        same_paragraph = self.paragraphs.at(previous[0]) == self.paragraphs.at(span.start_char)
        if last.speaker is None or not same_paragraph or not previous[0] <= last.start < previous[1]:
            return None
        content = self._trim((self.doc[span.start + 2].idx, span.end_char)) if len(span) > 2 else None
        if content is None or content[1] - content[0] < 8:
            return None
        return Found(*content, "reported", None, last.speaker, last.pronoun)

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
                    elif end_token < span.end - 2 and doc[end_token].text == ",":
                        content = (span.start_char, span.end_char)  # "Veel mensen, volgens X, wisten …"
                    else:  # "…, volgens X."
                        content = (span.start_char, doc[span.start + i - 1].idx)
                    content = self._trim(content)
                    if content[1] - content[0] < 8:
                        return None
                    return Found(
                        *content,
                        "reported",
                        self.text[doc[span.start + i].idx : doc[first - 1].idx + len(doc[first - 1])],
                        speaker,
                    )
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
        if doc[span.start].lower_ in _HYPOTHETICAL:
            return None  # "Alsof ze erkende dat …": as if, not a statement
        for i in range(span.start, span.end):
            if not self.is_cue(i, span.end):
                continue
            clause = next((j for j in range(i - 1, span.start - 1, -1) if doc[j].is_punct), None)
            if clause is not None and clause + 1 < i and doc[clause + 1].lower_ in _AS_CLAUSE:
                continue  # ", zoals hij het zelf noemt,": how it is called, not a statement
            first_word = doc[span.start].lower_
            auxiliary = doc[span.start + 1].lower_ in _AUXILIARIES if span.start + 1 < span.end else False
            if (i == span.start + 1 or auxiliary) and first_word in self.cues.anaphors and (number or self.continues):
                return self._points_back(i, span, number)
            if i > span.start and doc[i - 1].text == ",":
                # "…, said Erin Purcell of X that represents …", "…, zegt Jansen, die …":
                # the speaker after the verb, the content before it.
                subject = self.checked_speaker(self.phrases.after(i + 1, span.end))
                if subject is not None and self._complement_follows(subject[1], span.end):
                    subject = None  # "Op de vraag waarom …, zei X dat …": the content follows
                before = self._content_before(i, subject, span) if subject else None
                if before is not None:
                    return Found(*before, "reported", doc[i].text, subject)
            complement = next(
                (j for j in range(i + 1, min(span.end, i + CUE_WINDOW)) if doc[j].lower_ in self.cues.complementisers),
                None,
            )
            subject = self._subject(i, span, complement)
            if subject is None:
                continue
            infinitive = self._infinitive_start(i, span, subject) if complement is None else None
            if complement is not None:
                start = doc[complement + 1].idx if complement + 1 < span.end else None
            elif self.lang == "en" and doc[i].lower_ in _BARE_CLAUSE_VERBS and (
                (first := self._past_time(i + 1, span.end)) < span.end
                and not doc[first].is_punct
                and doc[first].lower_ not in PHRASE_STOPS | _NOT_CONTENT
            ):
                # "X said the talks …", "X said on Friday it won …", not "X announced on Monday"
                start = doc[first].idx
            elif infinitive is not None:
                start = infinitive  # "zegt gedupeerd te zijn", "riep X op om … te stoppen"
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

    def _complement_follows(self, offset: int, end: int) -> bool:
        """Whether the first word after `offset` (in the sentence) is a complementiser."""
        following = self.doc.char_span(offset, self.doc[-1].idx + len(self.doc[-1]), alignment_mode="expand")
        word = next((t for t in following if not t.is_space), None) if following is not None else None
        if word is None or word.idx > self.doc[end - 1].idx or word.lower_ not in self.cues.complementisers:
            return False
        # "… of Reagan Communications that represents …": a verb right after makes it a relative pronoun
        return word.i + 1 >= len(self.doc) or word.nbor().pos_ not in ("VERB", "AUX")

    def _past_time(self, index: int, end: int) -> int:
        """The first token from `index` past a time phrase right after an
        English verb ("said on Friday", "said late on Tuesday", "said
        yesterday"): where bare content may start."""
        doc = self.doc
        while index < end:
            word = doc[index].lower_
            if word in TIME_WORDS:
                index += 1
            elif word in _TIME_OPENERS and index + 1 < end and doc[index + 1].lower_ in TIME_WORDS | _TIME_NOUNS:
                index += 2
            else:
                return index
        return index

    def _parsed_subject(self, verb: int) -> tuple[int, int] | None:
        """The parsed subject of `verb` with a title or role just before it
        ("Advocaat Pieter Jansen"): UD heads the phrase on the name and the
        bundled parser often leaves the title out of the subject."""
        subject = self.phrases.subject_of(verb)
        span = self.tokens(*subject) if subject else None
        if span is None:
            return subject
        doc, start = self.doc, span.start
        while start > 0 and start - 1 != verb:
            in_name = doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_  # "Sigrid" of "Sigrid Kaag"
            if not (in_name or self.roles.is_role_word(doc[start - 1])):
                break
            start -= 1
        end = span.end
        # "Swedish telecoms group Ericsson said": a name between the parsed
        # subject and the verb belongs to it.
        while end < verb and (doc[end].ent_type_ or doc[end].pos_ == "PROPN"):
            end += 1
        end_char = doc[end - 1].idx + len(doc[end - 1]) if end > span.end else subject[1]
        return (doc[start].idx, end_char)

    def _subject(self, verb: int, span: Span, complement: int | None) -> tuple[int, int] | None:
        """The speaker of reporting verb `verb`: the first phrase that passes
        the speaker checks of its parsed subject, the phrase before it, a
        name before an apposition, and the phrase after it when the verb
        follows a comma ("…, zegt X") or precedes its complementiser ("zei
        na de muiterij X dat", inverted)."""
        candidates = [
            lambda: self._parsed_subject(verb),
            lambda: self.phrases.before(verb, span.start),
            lambda: self._subject_before_apposition(verb, span.start),
        ]
        if complement is not None:
            candidates.append(lambda: self.phrases.after(verb + 1, complement))
        for candidate in candidates:
            subject = self.checked_speaker(candidate())
            if subject is not None:
                return subject
        return None

    def _infinitive_start(self, verb: int, span: Span, subject: tuple[int, int]) -> int | None:
        """Where Dutch content as a te-infinitive starts ("zegt gedupeerd te
        zijn", "kondigde aan voor het eind van zijn termijn te vertrekken",
        "riep X op om … op te stappen"): after the verb, its subject when
        that follows it, and a particle or time word; None when no "te" and
        infinitive follow within the clause (no punctuation, complementiser
        or other reporting verb on the way)."""
        if self.lang != "nl":
            return None
        doc = self.doc
        if any(t.lower_ in _SUBORDINATORS for t in doc[span.start : verb]):
            return None  # "omdat zij dacht te hebben gewonnen": a reason, not a statement
        last = min(span.end - 1, verb + 2 * CUE_WINDOW)
        te = None
        for j in range(verb + 1, last):
            token = doc[j]
            if (token.is_punct and token.text not in MARKS) or token.lower_ in self.cues.complementisers:
                return None
            if token.lower_ in _NOT_INFINITIVE_CONTENT:
                return None  # "reageerden door stenen te gooien": how, not what was said
            if token.lower_ == "te" and doc[j + 1].is_alpha and doc[j + 1].text.islower():
                te = j
                break
            if j > verb + 1 and self.is_cue(j, span.end):
                return None
        if te is None:
            return None
        first = verb + 1
        while first < te and doc[first].idx < subject[1] and doc[first].idx >= subject[0]:
            first += 1  # "zei de legerleider …": past the subject after the verb
        particles = self.cues.particle_verbs.get(doc[verb].lower_, "").split()
        om = next((j for j in range(first, te) if doc[j].lower_ == "om"), None)
        if om is not None:
            if doc[verb].lower_ not in _OM_VERBS:
                return None  # "kondigde maatregelen aan om … te beperken": a purpose
            return doc[om].idx
        while first < te and (
            doc[first].lower_ in particles or doc[first].lower_ in TIME_WORDS or doc[first].lower_ in _FILLERS
        ):
            first += 1
        return doc[first].idx

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
            if doc[j].lower_ in _RELATIVE_PRONOUNS and j > floor and not doc[j - 1].is_punct:
                # "Een verhuurder van een woning op nummer 85 die bij het gesprek
                # was, vindt …": the phrase before the clause, from the sentence's
                # start when no verb comes between
                opening = doc[floor:j]
                verbs = [t for t in opening if t.pos_ in ("VERB", "AUX") and t.nbor(-1).pos_ != "DET"]  # "de gracht"
                if len(opening) <= 12 and not verbs and not any(t.is_punct for t in opening):
                    return opening.start_char, opening.end_char
                return self.phrases.before(j, floor)
        return None

    def _content_before(self, verb: int, subject: tuple[int, int], span: Span) -> tuple[int, int] | None:
        """``…, U.S. officials said.`` / ``…, zei X.``: the cue closes the
        sentence and the content is what comes before the comma."""
        doc = self.doc
        after = verb + 1
        if subject[0] > doc[verb].idx:  # "…, zegt Jansen, die …": what follows the speaker
            after = next((t.i for t in doc[verb + 1 : span.end] if t.idx >= subject[1]), span.end)
        rest = doc[after : span.end]
        words = len([t for t in rest if not t.is_punct])
        inverted = subject[0] > doc[verb].idx
        # "If Germany were to …, he said, it would …": the cue inside the statement
        parenthetical = not inverted and words > 0 and rest[0].text == ","
        if words > 4 and not parenthetical and not (inverted and rest[0].lower_ in _ABOUT_THE_SPEAKER):
            return None  # "…, zegt Jansen, die …" is a clause about the speaker; anything else is no cue
        first = min(subject[0], doc[verb].idx)
        comma = self.text.rfind(",", span.start_char, first)
        if comma < 0 or self.text[comma:first].strip(", ") and len(self.text[comma:first].split()) > 8:
            return None
        content = self._trim((span.start_char, span.end_char if parenthetical else comma))
        return content if content[1] - content[0] >= 8 else None
