"""Reported speech whose source a phrase names: "volgens X …", "according
to X …", "…, aldus X", "wat X betreft …" (a mixin of `ReportedSpeech`)."""

from __future__ import annotations

from spacy.tokens import Span

from .found import Found
from .names import ARTICLES, joins_a_name
from .content import a_short_clause
from .phrases import POSSESSIVES, finite, finite_or_known
from .finite_verbs import finite_or_unmistakable
from .speaker_checks import is_text_noun
from .subjects import RELATIVE_PRONOUNS

#: Prepositions that go on with the source's name ("volgens Jansen van de FNV").
_OF_A_SOURCE = frozenset("van bij uit namens of at from for".split())
#: Asking, and words between a source and its verb ("zoals X ook suggereert", "as X had said").
_ASKING = frozenset("vraagt vroeg vroegen gevraagd verzocht asked requested".split())
#: Verbs that take the "naar"/"in" of a source phrase as their own object ("vroeg naar de mening van X").
_SEEKING = frozenset(
    "vraagt vragen vroeg vroegen gevraagd luistert luisteren luisterde luisterden geluisterd kijkt kijken keek keken"
    " gekeken zoekt zoeken zocht zochten gezocht informeert informeren informeerde geïnformeerd peilt peilen peilde"
    " gepeild gelooft geloven geloofde geloofden geloofd vertrouwt vertrouwen vertrouwde vertrouwden vertrouwd".split()
)
_AFTER_THE_SOURCE = frozenset("ook al zelf eerder nog had heeft hebben is was also already had has have".split())
#: Objects that make "zoals X het noemt" a naming, not a source.
_NAMED_OBJECTS = frozenset("het dat dit it them him her".split())
#: A judgement's copula and the demonstrative for what it judges ("Voor X is dat …").
_COPULAS = frozenset("is was zijn waren blijft bleef".split())
_WHAT_IS_JUDGED = frozenset("dat dit deze die".split())
#: Words after a source's noun that go on with it ("people familiar with the matter", "sources close to the talks").
_CLOSE_TO_IT = frozenset(("familiar", "close"))
#: The longest source phrase the parse may give after "volgens" (tokens).
_SOURCE_TOKENS = 8
#: How far an English speaker's verb may stand after the source it relays ("According to X, the prime minister said").
_RELAY_TOKENS = 6


class SourcePhrases:
    def _a_text(self, phrase: tuple[int, int] | None) -> tuple[int, int] | None:
        """`phrase` when it names research that finds something (a study, a
        report, a poll); not a plan ("volgens het draaiboek": no one's statement)."""
        tokens = self.tokens(*phrase) if phrase else None
        word = tokens[-1].lower_ if tokens is not None and len(tokens) else ""
        return phrase if word in _FINDINGS or word.endswith("s") and word[:-1] in _FINDINGS else None

    def _source_phrase(self, span: Span) -> Found | None:
        """volgens X … / according to X … / …, aldus X; never in a question ("…, in zijn ogen?")."""
        doc = self.doc
        if span[-1].text == "?":
            return None
        lowered = [t.lower_ for t in span]
        for cue in self.cues.source_before:
            words = cue.split()
            for i in range(len(lowered) - len(words) + 1):
                if lowered[i : i + len(words)] == words:
                    if i > 0 and _governed(doc[span.start + i - 1], words[0]):
                        continue
                    first = span.start + i + len(words)
                    # "Volgens de diensten bestaat de beweging …": the source ends at the finite verb
                    verbs = [t.i for t in doc[first + 1 : span.end] if self.lang == "nl" and finite_or_unmistakable(t)]
                    limit = min(verbs[0] if verbs else span.end, self._source_end(first - 1, span.end))
                    speaker = self.checked_speaker(self._with_its_body(self.phrases.after(first, limit), limit), described=True) or self._by_whom(first, limit)
                    if not speaker and first < limit < span.end and limit - first <= _SOURCE_TOKENS:
                        # "volgens zes op de tien Nederlanders": the parse's phrase, past its "op"
                        parsed = (doc[first].idx, doc[limit - 1].idx + len(doc[limit - 1]))
                        speaker = self.checked_speaker(parsed, described=True)
                    # "volgens het onderzoek", "according to a recent study": a text says it, whose it does not
                    # (opening the sentence or after its comma, not inside a clause: "waardoor ze volgens de prognose …")
                    opening = i == 0 or lowered[i - 1] == ","
                    text = None if speaker or not opening else self._a_text(self.phrases.after(first, limit))
                    whole = speaker  # the phrase the content follows
                    speaker = (self._owner_of_a_text(speaker) if speaker else None) or speaker or text
                    if not speaker or _a_standard(self.text[speaker[0] : speaker[1]]):
                        return None  # "volgens de geldende normen", "volgens een bepaald concept": a standard, no source
                    end_token = doc.char_span(speaker[0], max(speaker[1], whole[1] if whole else 0), alignment_mode="expand").end
                    if end_token + 2 < span.end and doc[end_token].text == "(" and doc[end_token + 2].text == ")":
                        end_token += 3  # "volgens onderzoekers van Wageningen Universiteit (WUR) is …": its initials
                    if i == 0 or lowered[i - 1] != ",":  # "(Maar) volgens X zijn er …"
                        end_token = self._past_an_aside(end_token, span.end)
                        if (relayed := self._relayed(end_token, span)) is not None:
                            return relayed  # "Volgens zender X zei de premier dat …": the premier's
                        start = doc[end_token].idx if end_token < span.end else speaker[1]
                        content = (start, span.end_char)
                    elif end_token < span.end - 2 and doc[end_token].text == ",":
                        content = (span.start_char, span.end_char)  # "Veel mensen, volgens X, wisten …"
                    else:  # "…, volgens X."
                        content = (span.start_char, doc[span.start + i - 1].idx)
                    content = self._trim(content)
                    few = len(self.text[content[0] : content[1]].split()) <= 3
                    # after a colon the source opens a clause of its own ("…: volgens X moet …")
                    inside = 0 < i and lowered[i - 1] not in (",", ":", ";")
                    if inside and (few or any(finite(t) or _main_verb(t) for t in span[:i])):
                        # "Het plan is volgens D66 onjuist.", "Achter de schermen werkt X volgens bronnen aan …":
                        # the source stands inside its clause, which is the statement
                        content = self._trim((span.start_char, span.end_char))
                    if content[1] - content[0] < 8 and not a_short_clause(self.tokens(*content)):
                        return None  # a few letters, unless a clause ("Volgens Jansen kan het")
                    return Found(
                        *content,
                        "reported",
                        self.text[doc[span.start + i].idx : doc[first - 1].idx + len(doc[first - 1])],
                        None if text else speaker,
                    )
        dutch = (self._as_far_as(span) or self._for_them(span)) if self.lang == "nl" else None
        return dutch or self._in_their_view(span) or self._as_they_say(span) or self._source_after(span, lowered)

    def _relayed(self, first: int, span: Span) -> Found | None:
        """The statement of the clause after a source, from token `first`,
        when it opens with a reporting verb and its "dat" ("Volgens zender X
        zei de premier dat …") or, in English, with a subject and such a
        verb ("According to the BBC, the prime minister said (that) …"): the
        channel relays the one who said it (the gold's relay rule), whose
        statement follows the verb; not "Volgens X meldt het bedrijf
        verlies", a statement of X's about a report, nor a perfect ("heeft Y
        gezegd dat": the verb's report would not find its subject after the
        auxiliary). None otherwise."""
        doc = self.doc
        if first < span.end and doc[first].text == "," and self.lang == "en":
            first += 1
        if self.lang == "en":  # the subject's words, then the verb
            verb = next((t.i for t in doc[first : min(first + _RELAY_TOKENS, span.end)] if t.is_punct or finite(t)), None)
            verb = None if verb is None or verb == first or doc[verb].is_punct else verb
        else:
            verb = first if first < span.end and finite(doc[first]) else None
        if verb is None or not self.is_cue(verb, span.end):
            return None
        if self.lang == "nl" and self._complementiser(verb, span) is None:
            return None
        found = self._verb_report(span, self.sentence_at(span.start_char), verb)
        return found if found is not None and found.start > doc[verb].idx and found.speaker is not None else None

    def _past_an_aside(self, comma: int, end: int) -> int:
        """The comma that closes a relative clause or an apposition after a
        source at token `comma` ("Volgens de buurman, die de brand zag, was
        het …", "Volgens de PVV, de grootste oppositiepartij, hoeft …");
        `comma` itself when none follows it."""
        doc = self.doc
        if comma + 1 >= end or doc[comma].text != "," or not (
            doc[comma + 1].lower_ in RELATIVE_PRONOUNS or self._apposition_after(comma, end)
        ):
            return comma
        return next((t.i for t in doc[comma + 1 : end] if t.text == ","), comma)

    def _with_its_body(self, phrase: tuple[int, int] | None, limit: int) -> tuple[int, int] | None:
        """A source phrase that stopped before whose it is ("a spokesperson |
        for the European Commission", "people | familiar with the matter"),
        taken on to the next punctuation or `limit` when no verb comes first."""
        tokens = self.tokens(*phrase) if phrase else None
        doc = self.doc
        if tokens is None or not len(tokens) or tokens.end >= limit:
            return phrase
        following = doc[tokens.end].lower_
        if not (following in _OF_A_SOURCE | _CLOSE_TO_IT or tokens[-1].lower_ in _CLOSE_TO_IT and following in ("with", "to")):
            return phrase
        last = next((t.i for t in doc[tokens.end : limit] if t.is_punct), limit)
        if last - tokens.end > _SOURCE_TOKENS or any(t.pos_ in ("VERB", "AUX") for t in doc[tokens.end : last]):
            return phrase
        return phrase[0], doc[last - 1].idx + len(doc[last - 1])

    def _apposition_after(self, comma: int, end: int) -> bool:
        """Whether an apposition follows the source's comma at token `comma`:
        an article or possessive, a phrase without a verb, a comma and then
        the finite verb of the statement ("Volgens Jan Smit, de voorzitter
        van de club, is het plan …")."""
        doc = self.doc
        if doc[comma + 1].lower_ not in ARTICLES | POSSESSIVES:
            return False
        closing = next((t.i for t in doc[comma + 1 : min(end, comma + 14)] if t.text == ","), None)
        if closing is None or closing + 1 >= end or any(t.pos_ in ("VERB", "AUX") for t in doc[comma + 1 : closing]):
            return False
        return finite(doc[closing + 1])

    def _owner_of_a_text(self, phrase: tuple[int, int]) -> tuple[int, int] | None:
        """The one who made a text or an estimate a source phrase names, after
        its "van"/"of"/"by" ("een schatting van verzekeraars", "het rapport
        van de inspectie"): who speaks through it; None for any other phrase."""
        tokens = self.tokens(*phrase)
        if tokens is None or len(tokens) < 2:
            return None
        head = next((t.i - 1 for t in tokens[1:] if t.lower_ in _MODIFIERS), tokens.end - 1)
        word = self.doc[head].lower_
        if not (is_text_noun(word) or word in _ESTIMATES) or head + 2 >= tokens.end or self.doc[head + 1].lower_ not in _MADE_BY:
            return None
        owner = self.checked_speaker((self.doc[head + 2].idx, phrase[1]), described=True)
        return owner if owner is not None and self._owner_of_a_text(owner) is None else None

    def _by_whom(self, first: int, limit: int) -> tuple[int, int] | None:
        """ "according to figures released on Friday by the central bank":
        whoever made the text after the source's participle speaks."""
        phrase = self.tokens(*found) if (found := self.phrases.after(first, limit)) else None
        if phrase is None or phrase.end >= limit:
            return None
        # by its tag, or by its form (a sentence with no cue word is not parsed); the phrase may have taken it in
        participle = next((t for t in (phrase[-1], self.doc[phrase.end]) if _participle(t)), None)
        if participle is None:
            return None
        by = next((t.i for t in self.doc[participle.i + 1 : min(limit, participle.i + _BY_WORDS)] if t.lower_ in ("by", "door")), None)
        return self.checked_speaker(self.phrases.after(by + 1, limit), described=True) if by is not None else None

    def _source_after(self, span: Span, lowered: list[str]) -> Found | None:
        """…, aldus X"""
        for cue in self.cues.source_after:
            for i, word in enumerate(lowered):
                if word == cue and i > 3:
                    speaker = self.checked_speaker(self.phrases.after(span.start + i + 1, span.end), described=True)
                    if speaker:
                        content = self._trim((span.start_char, self.doc[span.start + i].idx))
                        return Found(*content, "reported", self.doc[span.start + i].text, speaker)
        return None

    def _as_far_as(self, span: Span) -> Found | None:
        """ "Wat Jansen betreft moet het kabinet ingrijpen", "Het plan is wat
        haar betreft onhaalbaar": the one it is as far as concerned is the
        source (a person or organisation; "Wat de kosten betreft" is a
        topic). Opening the sentence, the content is what follows; inside
        it, the whole sentence."""
        doc = self.doc
        if any(self.is_cue(t.i, span.end) for t in span):
            return None  # "De premier waarschuwde dat …: … is wat haar betreft uitgesloten": the verb's statement
        for token in span:
            if token.lower_ != "wat":
                continue
            end = next((t.i for t in doc[token.i + 2 : min(span.end, token.i + 8)] if t.lower_ == "betreft"), None)
            speaker = self.checked_speaker((doc[token.i + 1].idx, doc[end - 1].idx + len(doc[end - 1]))) if end else None
            if speaker is None:
                continue
            opening = token.i == span.start
            start = doc[end + 1].idx if opening and end + 1 < span.end else span.start_char
            content = self._trim((start, span.end_char))
            return Found(*content, "reported", "betreft", speaker) if content[1] - content[0] >= 8 else None
        return None

    def _for_them(self, span: Span) -> Found | None:
        """ "Voor veel Conservatieven is dat onbespreekbaar", "Voor X was deze
        boodschap het startschot": a sentence opening with "Voor" and someone,
        then a copula and a demonstrative, is their judgement of what was
        just said (the whole sentence, as the gold marks it). Not "Voor de
        kinderen is het fijn" (no demonstrative: how it is for them)."""
        doc = self.doc
        if len(span) < 6 or span[0].lower_ != "voor" or any(self.is_cue(t.i, span.end) for t in span):
            return None
        verb = next((t.i for t in span[2:8] if t.lower_ in _COPULAS), None)
        if verb is None or verb + 1 >= span.end or doc[verb + 1].lower_ not in _WHAT_IS_JUDGED:
            return None
        speaker = self.checked_speaker((span[1].idx, doc[verb - 1].idx + len(doc[verb - 1])))
        # a person or a group of people, not a club or a firm ("Voor Ajax is dat een tegenvaller": the writer's)
        if speaker is None or not any(t.ent_type_ in ("PER", "PERSON") or self.roles.is_speaker_word(t) for t in self.tokens(*speaker)):
            return None
        content = self._trim((span.start_char, span.end_char))
        return Found(*content, "reported", span[0].text, speaker)

    def _as_they_say(self, span: Span) -> Found | None:
        """ "Het systeem gaat, zoals lezer X opmerkt, uit van …", "…, as the
        paper reported": "zoals"/"as", a speaker and a reporting verb with
        nothing after it in its clause is a source phrase like "aldus X".
        Trailing, the content is what comes before it; inside, the whole
        sentence. Not "zoals hij het noemt" (naming: an object before the
        verb) nor "zoals verwacht" (no one)."""
        doc = self.doc
        for token in span[1:-2]:
            if token.lower_ not in ("zoals", "as") or doc[token.i - 1].text not in (",", "-", "–", "—"):
                continue
            verb = next((t.i for t in doc[token.i + 2 : min(span.end, token.i + 9)] if self.is_cue(t.i, span.end)), None)
            if verb is None or verb + 1 >= span.end or not doc[verb + 1].is_punct or doc[verb].lower_ in _ASKING:
                continue  # "zoals hij had gevraagd": what he asked for, not what he said
            if any(t.lower_ in _NAMED_OBJECTS for t in doc[token.i + 1 : verb]):
                continue  # "zoals hij het noemt": how something is called
            last = verb - 1
            while last > token.i + 1 and (doc[last].lower_ in _AFTER_THE_SOURCE or doc[last].pos_ == "ADV" and doc[last].text.islower()):
                last -= 1  # "zoals de Onderwijsinspectie ook suggereert", "zoals hij had gezegd", "zoals X gisteren zei"
            speaker = self.checked_speaker((doc[token.i + 1].idx, doc[last].idx + len(doc[last])))
            if speaker is None:
                continue
            trailing = doc[verb + 1].text in ".!?" or verb + 2 >= span.end
            content = self._trim((span.start_char, doc[token.i - 1].idx if trailing else span.end_char))
            return Found(*content, "reported", doc[verb].text, speaker) if content[1] - content[0] >= 8 else None
        return None

    def _in_their_view(self, span: Span) -> Found | None:
        """ "Dat het misging, had naar zijn idee te maken met …", "In haar
        ogen is het plan onhaalbaar", "The plan is, in his view, unworkable":
        whose view it is (one person's possessive) is the source, as with
        "volgens hem". Opening the sentence, the content is what follows;
        inside it, the whole sentence. Not in a sentence with a reporting
        verb, whose statement it is part of."""
        doc = self.doc
        found = next((t.i for t in span[:-3] if t.lower_ in ("naar", "in") and _a_view(doc[t.i : t.i + 3], span.start)), None)
        if found is None or any(self.is_cue(t.i, span.end) for t in span if not found < t.i <= found + 2):
            return None
        owner = doc[found + 1]  # the possessive: resolved as "volgens hem" is
        speaker = (owner.idx, owner.idx + len(owner))
        start = doc[found + 3].idx if found == span.start else span.start_char
        content = self._trim((start, span.end_char))
        cue = self.text[doc[found].idx : doc[found + 2].idx + len(doc[found + 2])]
        return Found(*content, "reported", cue, speaker, pronoun=True) if content[1] - content[0] >= 8 else None

    def _source_end(self, word: int, limit: int) -> int:
        """Where the phrase that source word `word` ("volgens") governs ends,
        by the parse: "is volgens de politie | klein". `limit` without one."""
        head = self.doc[word].head
        if self.doc[word].dep_ != "case" or head.i <= word:
            return limit
        end, parent = head.right_edge.i + 1, head.head
        if parent.i == end and parent.pos_ in ("NOUN", "PROPN"):
            end = parent.right_edge.i + 1  # "volgens een recent | onderzoek van het CBS": the parse hung the noun apart
        while end < limit and self.doc[end].ent_iob_ == "I":
            end += 1  # "volgens onderzoekers van Wageningen Universiteit": the parse cut the name
        # "volgens het veilinghuis | het duurste schilderij", "volgens de kiesraad | ruim 25 duizend": an article,
        # a number or an adverb right after a noun opens another phrase
        # "volgens Vogel | voor het eerst": a preposition after a name opens a phrase of its own ("van", "bij" belong to it)
        after_noun = (
            t.i
            for t in self.doc[word + 2 : end]
            if (t.pos_ in ("DET", "NUM", "ADV") and t.nbor(-1).pos_ in ("NOUN", "PROPN"))
            or (t.pos_ == "ADP" and t.nbor(-1).pos_ == "PROPN" and t.lower_ not in _OF_A_SOURCE and not (t.i + 1 < len(self.doc) and joins_a_name(self.lang, t.text, t.nbor(-1).text, t.nbor().text)))
            # "de kiesraad | ruim 25 duizend": a word before a number right after the noun
            or (t.pos_ in ("ADJ", "ADV") and t.nbor(-1).pos_ in ("NOUN", "PROPN") and t.nbor().like_num)
        )
        return min(limit, end, next(after_noun, end))


def _a_view(words, clause: int) -> bool:
    """A preposition, one person's possessive and a noun for their view
    ("naar zijn idee", "in his view"); "in haar ogen" only opening the
    clause or after a comma (not "pepperspray in zijn ogen gewreven")."""
    if len(words) != 3 or words[1].lower_ not in _ONES or words[2].lower_ not in _VIEWS:
        return False
    return words[2].lower_ not in _EYES or words[0].i == clause or words[0].nbor(-1).text == ","


_ONES = frozenset("zijn haar his her".split())
_EYES = frozenset("ogen eyes".split())
_VIEWS = frozenset("idee mening oordeel visie optiek inschatting view opinion estimation".split()) | _EYES


def _governed(before, preposition: str) -> bool:
    """The source phrase belongs to the word `before` it, so it names no
    source: "de volgens haar juiste leer" (inside a noun phrase),
    "nieuwsgierig naar de mening van de buurt", "luistert naar het oordeel
    van", "gelooft in de woorden van" (what one asks for or believes in)."""
    if before.lower_ in ARTICLES:
        return not _subject_het(before)
    return preposition in ("naar", "in") and (before.pos_ in ("ADJ", "NOUN") or before.lower_ in _SEEKING)


def _subject_het(token) -> bool:
    """ "Vorig jaar ging het volgens X beter": "het" after the finite verb
    is the clause's subject, not the article of a noun phrase."""
    return token.lower_ == "het" and token.i > 0 and finite_or_known(token.nbor(-1))


def _main_verb(token) -> bool:
    """The clause's main verb by the parse, whatever its form: a Dutch plural
    present ("De prijzen stijgen volgens de bank …") is tagged as the infinitive."""
    return token.pos_ in ("VERB", "AUX") and token.dep_ == "ROOT"


def _a_standard(phrase: str) -> bool:
    """A rule, plan or method that things go by ("volgens de geldende
    normen", "volgens plan", "volgens de Nederlandse schrijfwijze"):
    "volgens" as "in keeping with", no source."""
    words = phrase.lower().split()
    head = next((words[k - 1] for k in range(1, len(words)) if words[k] in ("of", "van")), words[-1] if words else "")
    return head in _STANDARDS  # "the terms of the letter of intent": its head


_STANDARDS = frozenset(
    """norm normen regel regels concept plan plannen wet wetten methode methodes principe principes schema
    model traditie protocol protocollen recept afspraak afspraken richtlijn richtlijnen voorschrift
    voorschriften criteria definitie boekje procedure procedures schrijfwijze spelling reglement terms""".split()
)
#: Words after a source's noun that open a modifier of it ("een studie uit 2017", "het rapport van X").
_MODIFIERS = frozenset("van uit in over of from by door op".split())
#: Of those, the ones before who made it.
_MADE_BY = frozenset("van of by door".split())
#: Nouns for a number someone worked out: whose it is speaks ("een schatting van verzekeraars").
_ESTIMATES = frozenset("schatting schattingen raming ramingen berekening berekeningen cijfers estimate estimates figures".split())


#: Texts whose findings a statement reports ("volgens het onderzoek", "according to a recent study").
_FINDINGS = frozenset("onderzoek studie rapport analyse peiling enquête prognose telling study report survey analysis poll research".split())


#: At most this many words between a source's participle and its "by" ("released on Friday by").
_BY_WORDS = 6


def _participle(token) -> bool:
    return token.tag_ == "VBN" or (token.text.islower() and token.text.endswith(("ed", "en")) and len(token) > 4)
