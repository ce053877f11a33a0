"""Reported speech: X zegt dat … / X said (that) … / volgens X … /
according to X … / …, aldus X / …, zegt X. / "Dat meldt X." (the previous
sentence) / Dutch content as a te-infinitive ("zegt gedupeerd te zijn").

A mixin of `QuoteFinder` (it needs the finder's doc, text, sentences,
paragraphs, cues, phrases, speaker checks and `_trim`).
"""

from __future__ import annotations

from spacy.tokens import Span

from .bare import TELL
from .content import PARTICIPLES, ReportedContent, a_short_clause
from .content_end import content_end
from .continued import ContinuedReports
from .cues import NAMING_VERBS, judgement_after
from .english_verbs import english_forms
from .demands import spoken_of
from .found import Found
from .headlines import headline_report
from .intervals import Intervals
from .no_report import NoReport
from .noun_cues import NounCues
from .opinions import fronted_opinion, opinion_of_a_thing
from .passive_agents import PassiveAgents
from .knowing import knows_after
from .people import name_and_apposition
from .perfect import by_saying, wanting_to_say
from .phrases import finite, finite_or_known
from .speaker_checks import is_text_noun
from .subject_before import described_pronouns
from .sentences import a_question, a_time_that, comma_outside_brackets
from .sources import SourcePhrases
from .infinitives import InfinitiveContent
from .subjects import ReportedSubjects

_HYPOTHETICAL = frozenset({"alsof"})  # opens a clause of what is not said but supposed
#: Words that join two statements in one sentence, and the word before one that makes it "only" ("alleen maar").
_JOINING, _ONLY = frozenset("but maar".split()), frozenset({"alleen"})
#: Words that join a second reporting verb with the same subject ("… and added that …").
_AND = frozenset("and en".split())
#: "naar eigen zeggen": by the subject's own account.
_OWN_ACCOUNT = ["naar", "eigen", "zeggen"]
#: Dutch judgements and opinions reported only with their "dat" ("acht bewezen dat", "is ervan overtuigd dat", "berekent dat")
_BELIEVING = frozenset("geloven gelooft geloofde geloofden".split())  # "gelooft (niet) dat …"; not "gelooft in …"
_ONLY_WITH_DAT = _BELIEVING | frozenset(
    "achten acht achtte achtten overtuigd mening berekenen berekent berekende berekenden berekend becijfert becijferde becijferden becijferd"
    " aantonen aangetoond wijsmaken wijsgemaakt uitgaan uitgaat uitging uitgingen uitgegaan"
    " bedoelt bedoelde bedoelden eens".split()
)
#: … of which these judge what follows them without "dat" ("achtte de agenten schuldig").
_JUDGING = _ONLY_WITH_DAT - _BELIEVING
#: Quoted words inside a reported statement shorter than this are part of it.
_PARTIAL_WORDS = 5
#: English verbs whose object follows them ("urged X to …", "accused X of
#: …"): after a comma the phrase after them is no inverted speaker.
_OBJECT_VERBS = frozenset(
    form
    # "…, claimed the title of president", "…, claimed the lives of …": English "claim" with its object
    for lemma in "urge accuse order advise remind notify inform blame criticize claim".split()
    for form in english_forms(lemma)
)
_OBJECT_PRONOUNS = frozenset("him them us me hem hen".split())  # never a speaker after the verb
_AUXILIARIES = frozenset("heeft hebben had hadden is zijn was waren werd wordt has have".split())


class ReportedSpeech(
    SourcePhrases, ReportedSubjects, NounCues, NoReport, ContinuedReports, ReportedContent, InfinitiveContent, PassiveAgents
):
    def reported(self, direct: list[Found]) -> list[Found]:
        inside = Intervals((q.start, q.end, q) for q in direct)
        found: list[Found] = []
        absorbed: set[int] = set()  # ids of direct quotes that are part of a reported one
        for number, (s_start, s_end) in enumerate(self.sentences):
            quoted = inside.overlapping(s_start, s_end)
            partial = bool(quoted) and all(self._partial(quote, s_start) for quote in quoted)
            if quoted and not partial:
                # A sentence with a direct quote in it: its cue is that quote's,
                # unless a "dat"-clause comes first ("Linda zei dat … en zei: ,,…''").
                last, s_end = max(quoted, key=lambda q: q.end), min(quote.start for quote in quoted)
                before = self.tokens(s_start, s_end) if s_end > s_start else None
                if before is None or not (any(t.lower_ in self.cues.complementisers for t in before) or _a_clause_of_its_own(before, quoted)):
                    self._participle_after(last, self.sentences[number][1], found)
                    continue
            span = self.tokens(s_start, s_end)
            if span is None:
                continue
            # "The Iraqis claimed …, but officials said …": each clause its statement
            ending = self._said_at_end(span, number)
            for index, clause in enumerate(self._clauses(span)):
                quote = self._source_phrase(clause) or self._participle(clause, found) or self._verb_report(clause, number)
                quote = quote or self._noun_report(clause) or self._written_report(clause) or self._own_account(clause)
                quote = quote or headline_report(self, clause)
                if index == 0:
                    quote = quote or self._continued(clause, number, found)
                _within_ending(quote, ending)
                own = [q for q in quoted if clause.start_char <= q.start < clause.end_char]
                if quote and partial and own and all(quote.start <= q.start and q.end <= quote.end + 1 for q in own):
                    # "… omdat hij 'zeer geliefd is', aldus de voorzitter": the
                    # quoted words are part of the reported statement, not a quote of their own
                    absorbed.update(id(q) for q in own)
                overlapping = [q for q in inside.overlapping(quote.start, quote.end) if id(q) not in absorbed] if quote else []
                if quote and not overlapping:
                    quote.speaker = self.subject_in_content(quote) or quote.speaker
                    quote.pronoun = quote.pronoun or self._refers_to_one(quote.speaker, quote.cue)
                    found.append(quote)
                    if quote.speaker and quote.speaker[0] > quote.end:  # "…, zegt Jansen, die erop wijst dat …": his too
                        self._participle_after(quote, clause.end_char, found)
        if absorbed:  # in place: the callers keep this list
            direct[:] = [q for q in direct if id(q) not in absorbed]
        described_pronouns(self, direct + found)  # every quote found: a "hij" for someone described just before
        return found

    def subject_in_content(self, quote: Found) -> tuple[int, int] | None:
        """ "Statisticus Joop Hox vindt het onderzoek gedegen, zegt hij", "De familie acht een celstraf
        passender, aldus Korver": the speaker of a cue after the content relays the person whose own cue
        opens that content; by name only with a finite cue right after them and its "dat" or a judgement
        (not "Het kabinet moet zeggen …", "Justitie stelt een onderzoek in"); not "Jansen is schuldig,
        zegt hij", where the content has no cue; None otherwise."""
        if (speaker := quote.speaker) is None or speaker[0] < quote.end:
            return None
        content = self.tokens(quote.start, quote.end)
        cue = next((t.i for t in content if self.is_cue(t.i, content.end)), None) if content else None
        subject = self._subject(cue, content, None) if cue is not None else None
        if subject is None or self._pronoun(subject) or len(self.text[quote.start : subject[0]].split()) > 2:
            return None  # not the content's opening subject (past a title at most: "Statisticus")
        if self._pronoun(speaker):
            return subject
        said = self._complementiser(cue, content) is not None or opinion_of_a_thing(self.doc, cue, content.end)
        return subject if said and finite(self.doc[cue]) and self.doc[cue].idx <= subject[1] + 1 else None

    def _quoted_report(self, quoted: int, span: Span, speaker: tuple[int, int]) -> Found | None:
        """ "The Sunday Telegraph quoted X as saying she …" (the content after
        it) / "…, Interfax quoted X as saying." (the content before it)."""
        checked, phrase = self.checked_speaker(speaker), self.tokens(*speaker)
        if checked is None and (phrase is None or any(t.pos_ in ("VERB", "AUX") for t in phrase)):
            return None  # the construction names who speaks; a phrase with a verb is no one
        speaker = checked or speaker
        saying = next((j for j in range(quoted + 1, span.end) if self.doc[j].lower_ in ("saying", "telling")), None)
        if saying is None:
            return None
        first = self._past_time(saying + 1, span.end)  # "as saying earlier in August that …"
        listener = self.phrases.after(first, span.end) if self.doc[saying].lower_ == "telling" else None
        first = self.tokens(*listener).end if listener else first  # "as telling the cabinet (that) …"
        if first < span.end and self.doc[first].lower_ in self.cues.complementisers:
            first += 1
        content = self._trim((self.doc[first].idx, span.end_char)) if first < span.end else (0, 0)
        if content[1] - content[0] < 8:
            before = self._content_before(saying, speaker, span)
            return Found(*before, "reported", self.doc[quoted].text, speaker) if before else None
        return Found(*content, "reported", self.doc[quoted].text, speaker)

    def _without_a_listed_verb(self, i: int, span: Span) -> Found | None:
        """A report at token `i` of `span` whose verb is no cue of the list:
        "quoted X as saying", "…, weet Koja." (`knows_after`)."""
        quoted = self._quoted_as_saying(i, span.end)
        if quoted is not None:
            return self._quoted_report(i, span, quoted)
        return self._inverted(i, span) if knows_after(self, i, span) else None

    def _inverted(self, verb: int, span: Span) -> Found | None:
        """ "…, said Erin Purcell of X that represents …", "…, zegt Jansen, die
        …": the speaker after the verb, the content before it."""
        if self.doc[verb].lower_ in _OBJECT_VERBS or self.lang == "en" and self.doc[verb].lower_ in TELL:
            # "Iran, which denies it, urged German authorities to …", "X, one of the refugees, told Reuters":
            # an object, not an inverted speaker
            return None
        if self.lang == "en" and self._clause_follows(verb + 1, span.end):
            return None  # "The athlete, who won in Atlanta, said she would retire": content, not a speaker
        after = verb + 1 < span.end and self.doc[verb + 1]
        if after and (after.lower_ in _OBJECT_PRONOUNS or after.lower_ in ("dit", "dat", "this", "that") and verb + 2 < span.end and self.doc[verb + 2].text.islower()):
            return None  # "…, claimde dit succes zelfs als …", "…, described him as …": an object, not an inverted speaker
        if name_and_apposition(self.doc, span.start, verb - 1, self.roles):
            return None  # "Derksen, docent in Deventer, vindt …": the subject before the verb
        subject = self.checked_speaker(self.phrases.after(verb + 1, span.end))
        if subject is None or self._complement_follows(verb, subject, span):
            return None  # "Op de vraag waarom …, zei X dat …": the content follows
        before = self._content_before(verb, subject, span)
        return Found(*before, "reported", self.doc[verb].text, subject) if before else None

    def _said_that(self, verb: int, span: Span, number: int, subject: tuple[int, int]) -> Found | None:
        """ "Ook vrienden van haar zeggen dat.": "dat" points back to the
        sentence before in the paragraph, unless that is someone's
        statement already (then it would be said twice)."""
        previous = self._sentence_before(span, number)
        tokens = self.tokens(*previous) if previous else None
        if tokens is None or any(self.is_cue(t.i, tokens.end) for t in tokens):
            return None
        return Found(*self._trim(previous), "reported", self.doc[verb].text, subject)

    def _sentence_before(self, span: Span, number: int) -> tuple[int, int] | None:
        """Sentence `number - 1` when it is in the paragraph of `span`
        (sentence `number`); else None."""
        previous = self.sentences[number - 1] if number else None
        return previous if previous and self.paragraphs.at(previous[0]) == self.paragraphs.at(span.start_char) else None

    def _clauses(self, span: Span) -> list[Span]:
        """`span` cut before each "but"/"maar" that a reporting verb follows in
        the same sentence: two statements joined ("The Iraqis claimed …, but
        officials said …")."""
        doc, cuts = self.doc, []
        for token in span[1:]:
            joining = token.lower_ in _JOINING and token.nbor(-1).lower_ not in _ONLY
            if joining and any(self.is_cue(k, span.end) for k in range(token.i + 1, span.end)) and not self._one_statement(token.i, span):
                cuts.append(token.i)
            elif token.lower_ in _AND and token.i + 1 < span.end and self.is_cue(token.i + 1, span.end) and (
                token.nbor(-1).text == "," or any(self.is_cue(k, token.i) for k in range(span.start, token.i))
            ):
                cuts.append(token.i)  # "X said … and noted that …": a second statement (not "have arrested and charged")
            elif token.text in (",", "by") and self.lang == "en" and token.i + 1 < span.end and token.nbor().lower_ in PARTICIPLES:
                cuts.append(token.i)  # "…, a spokesman said, adding that …", "… by saying he …": a second statement
            elif token.text == "," and self._main_clause_after(span, token.i):
                cuts.append(token.i)
            elif token.text == "," and self._relative_cue(token.i + 2, span.end):
                cuts.append(token.i)  # "… in Der Spiegel, which said …": the weekly's own statement
            elif token.text == ":" and token.i + 1 < span.end and token.nbor().text.islower() and any(
                t.lower_ in self.cues.complementisers for t in doc[span.start : token.i]
            ):
                cuts.append(token.i)  # "waarschuwde dat …: een datum na juni is wat haar betreft uitgesloten"
        bounds = [span.start, *cuts, span.end]
        return [doc[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]

    def _main_clause_after(self, span: Span, comma: int) -> bool:
        """ "Hoewel Rutte liet weten dat …, twitterde hij dat …": after a
        clause put first (opened by a subordinator, not a "dat" of its own
        content: "Dat de focus …, vindt X"), at its first comma the main
        clause opens with a reporting verb and its own "dat" (not "…, zegt
        hij.", which closes the statement before it)."""
        doc = self.doc
        if span[0].pos_ != "SCONJ" or span[0].lower_ in self.cues.complementisers or comma + 1 >= span.end:
            return False
        if any(t.text == "," for t in doc[span.start : comma]) or not (finite(doc[comma + 1]) and self.is_cue(comma + 1, span.end)):
            return False
        return any(t.lower_ in self.cues.complementisers for t in doc[comma + 2 : span.end])

    def _partial(self, quote: Found, s_start: int) -> bool:
        """A few quoted words inside a sentence ("dat hij 'zeer geliefd is'"), not a quotation
        of its own: short, not at the sentence's start, not what someone called something."""
        before = self.text[s_start : quote.start].rstrip()
        if not before or (quote.cue or "").lower() in NAMING_VERBS:  # "noemde het plan '…' omdat …"
            return False
        words = self.text[quote.start : quote.end].split()
        # Short, or with no cue of its own and running on from a word ("omdat de school 'ook …'")
        if len(words) < _PARTIAL_WORDS:
            return True
        # Running on from a word, with no cue or one before it: "The newspaper
        # said Weizman … after Arafat sent him an appeal "to save the peace process""
        before_it = quote.cue is None or (quote.speaker is not None and quote.speaker[1] <= s_start + len(before))
        return before_it and before[-1].isalnum()

    def _own_account(self, span: Span) -> Found | None:
        """ "Linda en Leo troffen haar naar eigen zeggen later aan.": by
        their own account, so the sentence is the statement of its subject
        (the phrase opening it, up to its finite verb; after the verb when
        the sentence opens with "Naar eigen zeggen")."""
        doc = self.doc
        words = [t.lower_ for t in span]
        at = next((k for k in range(len(words) - 2) if words[k : k + 3] == _OWN_ACCOUNT), None)
        if at is None or at and doc[span.start + at - 1].text == ",":
            return None  # ", naar eigen zeggen een …,": an apposition's, not the sentence's
        verb = next((t.i for t in span if finite_or_known(t)), None)
        if at == 0 and verb == span.start + len(_OWN_ACCOUNT):
            # "Naar eigen zeggen was de verdachte thuis": the subject after the verb
            main = doc[verb].head if doc[verb].dep_ in ("aux", "cop") else doc[verb]  # "heeft … gezien": the main verb's
            speaker = self.checked_speaker(self.phrases.subject_of(main.i) if self.phrases.parsed else None)
        elif verb is None or verb <= span.start or verb > span.start + at:
            return None
        else:
            speaker = self.checked_speaker(self.phrases.after(span.start, verb))
        content = self._trim((span.start_char, span.end_char))
        if speaker is None or content[1] - content[0] < 8:
            return None
        return Found(*content, "reported", "naar eigen zeggen", speaker)

    def _text_says(self, verb: int, span: Span, complement: int | None) -> Found | None:
        """ "The statement said …", "Het rapport stelt dat …": a text is no
        speaker, but what it says is a statement; whose it is, the sentence
        does not say, so its speaker is unknown."""
        phrase = self.phrases.before(verb, span.start)
        tokens = self.tokens(*phrase) if phrase else None
        if tokens is None or len(tokens) == 0 or not is_text_noun(tokens[-1].lower_):
            return None
        start = complement + 1 if complement is not None else self._bare_content(verb, span)
        if start is None or start >= span.end:
            before = self._content_before(verb, phrase, span)  # "…, a government statement said."
            return Found(*before, "reported", self.doc[verb].text, None) if before else None
        content = self._trim((self.doc[start].idx, span.end_char))
        if content[1] - content[0] < 8:
            return None
        return Found(*content, "reported", self.doc[verb].text, None)

    def _said_at_end(self, span: Span, number: int) -> Found | None:
        """ "Egypt will tell Britain it is concerned …, Foreign Minister Amr
        Moussa said on Monday.": the statement of a cue after the sentence's
        last comma, when the whole sentence before it, with a cue of its
        own, is its content."""
        comma = next((t.i for t in reversed(span[1:-1]) if t.text == ","), None)
        if comma is None or not any(self.is_cue(k, comma) for k in range(span.start, comma)):
            return None
        # Also "…, a charge Islamabad has always denied", "…, die de kunstenaar had beloofd": what
        # closes the sentence is no part of the statement before it
        found = self._verb_report(span, number, comma + 1)
        return found if found is not None and found.start == self._trim((span.start_char, span.end_char))[0] else None

    def _verb_report(self, span: Span, number: int, first: int | None = None) -> Found | None:
        """X zegt dat … / X said (that) … / Dat meldt X (a cue from token `first` on)."""
        doc = self.doc
        if doc[span.start].lower_ in _HYPOTHETICAL or a_question(span) or a_time_that(span):
            return None  # "Alsof ze erkende dat …": as if; "Hoe ze denkt dat het verder gaat?": asked, not said
        for i in range(span.start if first is None else first, span.end):
            # "…, weet Koja."; "De zorgen vindt historicus X voorbarig": the object first; "Er werd door X bevestigd dat …"
            if (unlisted := self._without_a_listed_verb(i, span) or fronted_opinion(self, i, span) or self._passive_agent(i, span)) is not None:
                return unlisted
            if not self.is_cue(i, span.end) or self._reports_nothing(i, span):
                continue
            first_word = doc[span.start].lower_
            auxiliary = doc[span.start + 1].lower_ in _AUXILIARIES if span.start + 1 < span.end else False
            pointing = first_word in self.cues.anaphors and not comma_outside_brackets(doc[span.start : i])
            if (i == span.start + 1 or auxiliary) and pointing and (number or self.continues) and (back := self._points_back(i, span, number)):
                return back  # not "Dit is een slechte zaak, zegt X"; "Zo zei X vorig jaar dat …" goes on: "for example"
            # "…, zegt X" / "…, zo laat X weten": the speaker after the verb
            if i > span.start and (doc[i - 1].text == "," or doc[i - 1].lower_ == "zo" and doc[i - 2].text == ","):
                inverted = self._inverted(i, span)
                if inverted is not None:
                    return inverted
            complement = self._complementiser(i, span)
            judged = complement is None and _judged(doc, i, span.end)
            if doc[i].lower_ in _ONLY_WITH_DAT and complement is None and not judged:
                continue  # "acht (niet) bewezen dat …" reports a judgement; "acht de tijd rijp om …" does not
            said_by = by_saying(doc, i, span) or wanting_to_say(doc, i, span) if self.lang == "nl" else None
            subject = self._subject(i if said_by is None else said_by, span, complement)
            if subject is None:
                text_says = self._text_says(i, span, complement)
                if text_says is not None:
                    return text_says
                continue
            infinitive = self._infinitive_start(i, span, subject) if complement is None else None
            infinitive = doc[i + 1].idx if judged else infinitive  # "achtte de agenten schuldig aan …": from its object
            if complement is not None and all(t.is_punct for t in doc[complement + 1 : span.end]):
                return self._said_that(i, span, number, subject)  # "Ook vrienden van haar zeggen dat."
            if complement is not None:
                start = doc[complement + 1].idx if complement + 1 < span.end else None
            elif (of := spoken_of(doc, i, span.end - 1)) is not None:
                start = doc[of].idx  # "spreekt (nu) van een gerichte aanslag", "eist het vertrek van X"
            elif (bare := self._bare_content(i, span)) is not None:
                start = doc[bare].idx  # "X said the talks …", "X told reporters on Friday it won …"
            elif infinitive is not None:
                start = infinitive  # "zegt gedupeerd te zijn", "riep X op om … te stoppen"
            else:
                start = None
            if start is None:
                before = self._content_before(i, subject, span)
                if before is None:
                    continue
                return Found(*before, "reported", doc[i].text, subject)
            content = self._trim((start, content_end(self, subject, start, span)))
            if content[1] - content[0] < 8 and not (complement is not None and a_short_clause(self.tokens(*content))):
                # "…, a spokesman told Reuters.": the content is before the cue (a clause after "dat"/"hoe" is one: "het kan")
                before = self._content_before(i, subject, span)
                if before is None:
                    continue
                return Found(*before, "reported", doc[i].text, subject)
            return Found(*content, "reported", doc[i].text, subject)
        return None


def _judged(doc, verb: int, end: int) -> bool:
    """A judgement with no "dat" after the Dutch opinion verb at `verb`
    ("achtte de agenten schuldig", "vindt het plan een goed idee")."""
    return doc[verb].lower_ in _JUDGING and judgement_after(doc, verb, end) or opinion_of_a_thing(doc, verb, end)


def _within_ending(quote: Found | None, ending: Found | None) -> None:
    """A statement inside one that closes its sentence ("An eye specialist
    told Bruno that he could be blinded, the newspaper said"): the inner
    one is kept, as the gold marks it, and ends where the closing
    attribution begins."""
    if quote is not None and ending is not None and quote.start < ending.end < quote.end:
        quote.end = ending.end


def _a_clause_of_its_own(before: Span, quoted: list[Found]) -> bool:
    """ "De gemeenten vinden hem een geldwolf, maar …, 'en wij …', zegt
    Kevin": the words before the sentence's first quote end at a comma or a
    colon and hold none of its quotes' cues: a statement of their own may
    stand there, besides the quotes."""
    cues = {q.cue for q in quoted if q.cue and q.cue not in ":,"}
    return before[-1].text in (",", ":") and not any(t.text in cues for t in before)
