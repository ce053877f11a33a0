"""Who speaks a reporting verb: its parsed subject with a title before
it, the phrase before it, a name before an apposition or a relative
clause, the phrase after it when inverted; and the tests that make a
subject no speaker (the passive). A mixin of `ReportedSpeech`.
"""

from __future__ import annotations

from spacy.tokens import Span

from .names import name_end
from .content import CUE_WINDOW
from .convictions import inverted_convinced
from .found import Found
from .perfect import PARTICIPLE as _PARTICIPLE, PERFECT as _PERFECT, STATES_OF_MIND, before_the_auxiliary
from .relative_subjects import antecedent_of_relative, relative_before, subject_before_relative
from .phrases import TIME_WORDS, finite, no_role, plain_phrase
from .run_on import RELATIVE_SPEAKERS
from .two_phrases import clause_words

#: Relative pronouns that open a clause about the subject before a verb.
RELATIVE_PRONOUNS = frozenset("die who whose wiens wier".split())
_RELATIVES = RELATIVE_PRONOUNS | frozenset("dat waar which where".split())
_SHARES = frozenset("een één twee drie vier vijf zes zeven acht negen tien".split())
#: Prepositions whose object is never the subject of the verb after it.
_PREPOSITIONS = {
    # Dutch: an opening phrase of time or place inverts the clause, so the
    # subject follows the verb ("Na een publicatie in de krant zei X dat")
    "nl": frozenset("met aan voor tegen over bij naar zonder in op na uit door tijdens sinds onder via".split()),
    "en": frozenset("with to for against about without".split()),
}
#: Adverbs between "Dat zegt" and the speaker.
_ALSO = frozenset("ook eveneens also".split())
_PASSIVE = frozenset("werd werden wordt worden is zijn was waren geweest be been being is are was were get got".split())
#: At most this many words between a comma and a closing cue make its speaker.
_SPEAKER_TOKENS = 10


class ReportedSubjects:
    """Needs the finder's doc, phrases, roles, sentences, cues and speaker checks."""

    def _relative_cue(self, verb: int, end: int) -> bool:
        """Whether `verb` is a reporting verb in a relative clause right
        after a comma ("X, who said …", "the weekly, which said …", "X, who
        has said …"): the phrase before the comma speaks."""
        doc = self.doc
        relative = relative_before(doc, verb) if verb < end else None
        if relative is None or relative < 1:
            return False
        after_noun = doc[relative - 1].pos_ == "NOUN" and doc[relative].lower_ in ("who", "which", "die")
        return (doc[relative - 1].text == "," or after_noun) and self.is_cue(verb, end)  # "a man who said"

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
        if verb < start and end < len(doc) and self.phrases.department(end):
            phrase = self.phrases.after(start, len(doc))  # "zei minister voor Medische Zorg Bruno Bruins"
            end = self.tokens(*phrase).end if phrase else end
        if verb < start and end < len(doc) and self.roles.is_speaker_word(doc[end - 1]):  # "zegt moeder Armina J."
            # "zegt coach Jan Vries": the parser hung the name on the role,
            # or tagged it as other words ("zei inlichtingenbaas Dan Verhoef")
            while end < len(doc) and (doc[end].ent_type_ or doc[end].text[:1].isupper()) and not doc[end].is_punct:
                end += 1
        while end < len(doc) and doc[end].ent_iob_ == "I" and end != verb:
            end += 1  # "zei Karin Jansen dat": the parser made "Karin" the subject; the name goes on
        end_char = doc[end - 1].idx + len(doc[end - 1]) if end > span.end else subject[1]
        return (doc[start].idx, end_char)

    def _subject(self, verb: int, span: Span, complement: int | None) -> tuple[int, int] | None:
        """The speaker of reporting verb `verb`: the first phrase that passes the speaker checks of its
        parsed subject, the phrase before it, a name before an apposition, and the phrase after it when the
        verb follows a comma ("…, zegt X") or precedes its complementiser ("zei na de muiterij X dat",
        inverted; "lieten ook X weten": past "ook")."""
        sentence = self.tokens(*self.sentences[self.sentence_at(self.doc[verb].idx)])
        floor = span.start if sentence is None else min(span.start, sentence.start)
        candidates = [
            lambda: self._name_after_an_adverb(verb, span),
            lambda: antecedent_of_relative(self, verb, floor) if self._relative_cue(verb, span.end) else None,
            # first: the parser often hangs a verb after "and" on the wrong head
            lambda: self.phrases.coordinated_subject(verb, floor),
            # "Xiao Qiang, director of the group X, said": the name before the
            # apposition, which the parser often passes for a name inside it
            lambda: self._named_before_apposition(verb, floor),
            lambda: self._subject_after_statement(verb, span),
            lambda: self._modified_subject(verb, span),  # before the parse, which cuts it ("Sources familiar")
            lambda: subject_before_relative(self, verb, span),
            lambda: before_the_auxiliary(self, verb, span),
            lambda: inverted_convinced(self, verb, span),  # "Ook heeft X er vertrouwen in dat"
            lambda: self._parsed_subject(verb),
            lambda: self._phrase_before(verb, span),
            # "De club heeft verklaard dat": the parser, not sure of the
            # subject, took it for the object; the phrase before "heeft"
            lambda: self.phrases.before(verb - 1, span.start) if self._perfect(verb, span) else None,
            lambda: self._subject_before_apposition(verb, floor),
        ]
        first = next((j for j in range(verb + 1, span.end) if self.doc[j].lower_ not in _ALSO), verb + 1)
        if self._subject_before_the_verb(verb):
            pass  # "De Kamer vraagt de minister of …": the phrase after the verb is whom it addresses
        elif complement is not None:
            candidates.append(lambda: self.phrases.after(first, self._first_phrase_end(first, complement)))
        elif (particle := self._particle_after(verb, span.end)) is not None:
            # "Maandag maakte de club X bekend het bedrijf te sparen": inverted, up to the particle
            candidates.append(lambda: self.phrases.after(first, self._first_phrase_end(first, particle)))
        for candidate in candidates:
            subject = self.checked_speaker(self._before_complement(self._apposed_name(candidate()), complement))
            if subject is not None:
                return self._without_age(subject)  # to a name's end: `checked_speaker`
        return None

    def _name_after_an_adverb(self, verb: int, span: Span) -> tuple[int, int] | None:
        """ "Telefonisch geeft Jesper toe dat …", "Opvallend genoeg zegt Kees
        Jansen dat …": in Dutch, an adverb before the verb and a name right
        after it, which is the subject (the parser takes the adverb)."""
        doc = self.doc
        before = doc[span.start : verb]
        if self.lang != "nl" or not 0 < len(before) <= 2 or verb + 1 >= span.end or not doc[verb + 1].ent_type_:
            return None
        # only an adverb or adjective ("Telefonisch", "Opvallend genoeg", which the tagger may call a name);
        # not "en vertelde May dat": a verb after "en" goes on with the subject before it
        # the model may call a run-in subheading's word and the adverb MISC ("Marketingfoto's Telefonisch geeft Jesper toe"),
        # which speaks no more than an adverb does: only before a person's name
        person = doc[verb + 1].ent_type_ in ("PER", "PERSON")
        if any(
            (t.ent_type_ and not (person and t.ent_type_ == "MISC"))
            or not (t.pos_ in ("ADV", "ADJ") or t.pos_ == "PROPN" and t.i == span.start)
            for t in before
        ):
            return None
        name = doc[verb + 1 : name_end(doc, verb + 1, span.end)]
        return name.start_char, name.end_char

    def _subject_before_the_verb(self, verb: int) -> bool:
        """Whether the parse gives `verb` a subject before it that is no
        time phrase (the parser takes "Maandag" for one)."""
        subject = self.phrases.subject_of(verb)
        tokens = self.tokens(*subject) if subject is not None and subject[1] <= self.doc[verb].idx else None
        return tokens is not None and not any(t.lower_ in TIME_WORDS for t in tokens)

    def _before_complement(self, phrase: tuple[int, int] | None, complement: int | None) -> tuple[int, int] | None:
        """`phrase` cut before the verb's complementiser: the parser may hang
        the content on the speaker as a relative clause ("zegt de minister
        dat hij …")."""
        if phrase is None or complement is None or not phrase[0] < self.doc[complement].idx < phrase[1]:
            return phrase
        last = complement - 1
        while last >= 0 and self.doc[last].is_punct:
            last -= 1
        end = self.doc[last].idx + len(self.doc[last]) if last >= 0 else phrase[0]
        return (phrase[0], end) if end > phrase[0] else None

    def _points_back(self, verb: int, span: Span, number: int) -> Found | None:
        """ "Dat meldt X." / "Dat heeft X bekendgemaakt.": X said the previous
        sentence (none here when it is in the segment before: another paragraph).
        After an auxiliary the speaker ends at the verb ("Dat heeft X gezegd").
        Not in the passive ("Dat is ooit tegen me gezegd": no one), and not
        when more than when and where follows the speaker ("Zo constateert
        de inspectie een wildgroei aan …": "zo" is "for example")."""
        doc = self.doc
        if doc[span.start + 1].lower_ in _PASSIVE and verb > span.start + 2:
            return None
        first = span.start + 2
        while verb == span.start + 1 and first < span.end - 1 and doc[first].lower_ in _ALSO:
            first += 1  # "Dat zegt ook marktvrouw X."
        speaker = self.checked_speaker(self.phrases.after(first, verb if verb > span.start + 2 else span.end))
        phrase = self.tokens(*speaker) if speaker else None
        previous = self._sentence_before(span, number)
        if phrase is None or previous is None or clause_words(phrase):
            return None
        end = phrase.end
        if end < span.end and doc[end].text == "(":  # "Dat zei minister X (Financiën) dinsdag in de Kamer."
            end = next((t.i + 1 for t in doc[end : span.end] if t.text == ")"), end)
        if any(t.text == ":" for t in doc[end : span.end]):
            return None  # "Dat vindt ook X: ,,…''": "Dat" is what follows the colon
        # ", dat hij vrijdag verdedigde", "die de inhoud … deelden", ", bekend van …": about what or whom the phrases name
        clause = next((t.i for t in doc[end : span.end - 1] if t.text == "," or t.lower_ in _RELATIVES), span.end)
        if verb < phrase.start and not self.to_the_end(verb, end, clause):
            return None
        return Found(*self._trim(previous), "reported", doc[verb].text, speaker)

    def _modified_subject(self, verb: int, span: Span) -> tuple[int, int] | None:
        """English "Officials involved in the talks said", "Others connected
        with the churches said": a noun, a participle or adjective and its
        phrase before the verb are the subject together."""
        doc = self.doc
        phrase = self.phrases.before(verb, span.start)
        tokens = self.tokens(*phrase) if phrase else None
        if self.lang != "en" or tokens is None:
            return None
        if any(_modifies(t.nbor(-1), t) for t in tokens[2:-1]):
            return phrase  # the phrase holds it already: "Sources familiar with the talks" (the parse cuts it)
        if tokens.start - 3 < span.start:
            return None
        preposition, modifier, noun = doc[tokens.start - 1], doc[tokens.start - 2], doc[tokens.start - 3]
        if not _modifies(modifier, preposition):
            return None
        head = self.phrases.before(noun.i + 1, span.start)
        return (head[0], phrase[1]) if head and noun.pos_ in ("NOUN", "PROPN") else None

    def _one_statement(self, joining: int, span: Span) -> bool:
        """English "…, but not in live animals, the university said.": a
        "but" with no cue before it in the sentence and a cue closing it
        after a comma joins one statement, not two."""
        doc = self.doc
        cue = next((k for k in range(joining + 1, span.end) if self.is_cue(k, span.end)), None)
        if self.lang != "en" or cue is None or any(self.is_cue(k, joining) for k in range(span.start, joining)):
            return False
        comma = next((j for j in range(cue - 1, max(joining, cue - _SPEAKER_TOKENS), -1) if doc[j].text == ","), None)
        return comma is not None and self.phrases_to_end(cue + 1, span.end)

    def _subject_after_statement(self, verb: int, span: Span) -> tuple[int, int] | None:
        """ "Iranian troops entered …, an Iraqi Kurdish group told Reuters.":
        a cue that closes the sentence after a clause of its own and a comma
        has the phrase right before it as subject (the parser may take the
        clause's for it)."""
        doc = self.doc
        rest = [t for t in doc[verb + 1 : span.end] if not t.is_punct]
        if len(rest) > 4 and not self.phrases_to_end(verb + 1, span.end):
            return None  # not a cue closing the sentence ("…, told Reuters.", "…, said in a speech on Thursday.")
        comma = next((j for j in range(verb - 1, span.start, -1) if doc[j].text == ","), None)
        # a verb before the comma makes that part the statement ("… plans to resign, party officials said")
        if comma is None or comma + 1 >= verb or not any(finite(t) or t.pos_ == "VERB" for t in doc[span.start : comma]):
            return None
        if doc[comma + 1].pos_ == "SCONJ":
            return None  # "…, omdat de partij een kleinere overheid zegt na te streven": a clause's own subject
        phrase = self.phrases.before(verb, comma + 1)
        tokens = self.tokens(*phrase) if phrase else None
        if tokens is not None and tokens.start == comma + 1:
            return phrase
        between = doc[comma + 1 : verb]
        if tokens is not None and len(between) <= _SPEAKER_TOKENS and plain_phrase(between):
            # "…, the New York-based group Human Rights in China said": a stop word inside the name
            return between.start_char, between.end_char
        return None

    def _named_before_apposition(self, verb: int, floor: int) -> tuple[int, int] | None:
        """`_subject_before_apposition` when a person's name opens it."""
        found = self._subject_before_apposition(verb, floor)
        span = self.tokens(*found) if found else None
        if span is None or span[0].ent_type_ not in ("PER", "PERSON"):
            return None
        return found

    def _without_age(self, subject: tuple[int, int]) -> tuple[int, int]:
        """``Mr Jones, 54`` → ``Mr Jones``: the age is no part of who."""
        span = self.tokens(*subject)
        if span is None or len(span) < 3 or not span[-1].like_num or span[-2].text != ",":
            return subject
        return subject[0], span[-3].idx + len(span[-3])

    def _passive(self, verb: int) -> bool:
        """`verb` in the passive ("werd gevraagd", "is gewaarschuwd", "was
        told"): its subject was spoken to, and whoever spoke is not named
        in a way the reader can trust."""
        doc = self.doc
        if doc[verb].lower_ in STATES_OF_MIND:
            return False  # "is ervan overtuigd dat", "is ervan uitgegaan dat": a state of mind; "zijn" makes its perfect
        if "Part" not in doc[verb].morph.get("VerbForm") and not (self.lang == "nl" and _PARTICIPLE.match(doc[verb].lower_)):
            return False  # the morphology often leaves a Dutch participle's form out ("worden … opgeroepen")
        return any(
            child.dep_ == "aux:pass"
            and child.lower_ in _PASSIVE
            # before the verb, or right after it in a Dutch verb cluster ("als er … voorspeld wordt")
            and (child.i < verb or child.i == verb + 1 and self.lang == "nl")
            and not any(t.is_punct for t in doc[child.i : verb])  # "Ruzie was er niet, benadrukt X"
            for child in doc[verb].children
        )

    def _phrase_before(self, verb: int, span: Span) -> tuple[int, int] | None:
        """The phrase before `verb`; for a Dutch participle at the end of its
        clause, the phrase before the auxiliary that opens it ("De dader
        had eerder op de campus geroepen dat …": not "de campus")."""
        doc = self.doc
        if self.lang == "nl" and ("Part" in doc[verb].morph.get("VerbForm") or _PARTICIPLE.match(doc[verb].lower_)):
            aux = next((j for j in range(verb - 2, span.start, -1) if doc[j].lower_ in _PERFECT), None)
            if aux is not None and not any(t.is_punct and t.text not in "()" for t in _unbracketed(doc[aux:verb])):
                return self.phrases.before(aux, span.start)
        phrase = self.phrases.before(verb, span.start)
        for _ in range(2):  # "… aan mijn verstandhouding met haar denken": the object of "met" is no subject
            first = self.tokens(*phrase).start if phrase else None
            if first is not None and first - 2 >= span.start and doc[first - 1].lower_ == "op" and doc[first - 2].lower_ in _SHARES:
                return doc[first - 2].idx, phrase[1]  # "Een op de drie kiezers vindt": a share of them speaks
            if first is None or first <= span.start or self.doc[first - 1].lower_ not in _PREPOSITIONS.get(self.lang, ()):
                return phrase
            if doc[first - 1].lower_ == "sinds" and self._since_a_clause(verb, phrase):
                return phrase  # "Sinds premier X bekendmaakte dat …": "sinds" opens a clause, whose subject X is
            if self.lang != "en":
                return None
            phrase = self.phrases.before(first - 1, span.start)  # "spokesman for the party (X) said": before "for"
        return None

    def _since_a_clause(self, verb: int, phrase: tuple[int, int]) -> bool:
        """ "sinds" opens a clause, not a time, when its verb is followed by
        its "dat" or its clause's end, or its phrase names a person ("Sinds
        kunstenaar X aankondigde een werk te maken"); "Sinds de publicatie
        zei X …" inverts the clause."""
        after = self.doc[verb + 1] if verb + 1 < len(self.doc) else None
        return after is None or after.lower_ == "dat" or after.is_punct or any(t.ent_type_ in ("PER", "PERSON") for t in self.tokens(*phrase))

    def _perfect(self, verb: int, span: Span) -> bool:
        """`verb` right after an auxiliary of the perfect ("heeft gezegd",
        "has said"); not of the passive, whose subject is no speaker."""
        return verb - 1 > span.start and self.doc[verb - 1].lower_ in _PERFECT

    def _before_relative(self, phrase: tuple[int, int], floor: int) -> tuple[int, int] | None:
        """The phrase before the comma that opens `phrase` when `phrase` is a
        relative clause (", die …"): whom the clause is about; else None."""
        span = self.tokens(*phrase)
        if span is None or span[0].lower_ not in RELATIVE_PRONOUNS | RELATIVE_SPEAKERS:
            return None
        return self._before_comma(phrase, floor)

    def _before_comma(self, phrase: tuple[int, int] | None, floor: int) -> tuple[int, int] | None:
        """The phrase before the comma that opens `phrase` (from token
        `floor` on), or None when no comma opens it."""
        span = self.tokens(*phrase) if phrase else None
        comma = span.start - 1 if span is not None else floor
        return self.phrases.before(comma, floor) if comma > floor and self.doc[comma].text == "," else None

    def _subject_before_apposition(self, verb: int, floor: int) -> tuple[int, int] | None:
        """``Jan Bakker, chairman of VisNed, said …``: the name before the
        apposition is the subject; between dashes too ("De Gezondheidsraad -
        een adviesorgaan … - laat weten")."""
        doc = self.doc
        if verb - 1 <= floor or doc[verb - 1].text not in (",", "-", "–", "—"):
            return None
        for j in range(verb - 2, max(floor, verb - 3 * CUE_WINDOW) - 1, -1):
            if doc[j].text == doc[verb - 1].text:
                head = self.phrases.before(j, floor)
                if head is None:
                    return None
                if (placed := self._placed(head, floor, doc[verb - 1].idx)) is not None:
                    return placed  # "a spokesman at the U.S. embassy in Jakarta, 700 km west of Surabaya, said"
                if (before_relative := self._before_relative(head, floor)) is not None:
                    return before_relative  # "Advocaat X, die Y bijstond, een eerdere verdachte, vindt"
                if no_role(doc[j + 1 : verb - 1]) or doc[j + 1].lower_ in _RELATIVES | RELATIVE_SPEAKERS:
                    return head  # "Mr Jones, 54, said", "An official, speaking on condition …, said"
                return head[0], doc[verb - 2].idx + len(doc[verb - 2])
            if doc[j].lower_ in RELATIVE_PRONOUNS and j > floor and not doc[j - 1].is_punct:
                # "Een verkoper van een kraam op de markt die de brand zag,
                # vindt …": the phrase before the clause, from the sentence's
                # start when no verb comes between
                opening = doc[floor:j]
                verbs = [t for t in opening if t.pos_ in ("VERB", "AUX") and t.nbor(-1).pos_ != "DET"]  # "de gracht"
                if len(opening) <= 12 and not verbs and not any(t.is_punct for t in opening):
                    return opening.start_char, opening.end_char
                phrase = self.phrases.before(j, floor)
                return self._name_before_apposition(phrase, floor) or phrase
        return None

    def _placed(self, head: tuple[int, int], floor: int, apposition_end: int) -> tuple[int, int] | None:
        """A place after "in"/"at" that ends the phrase before an apposition naming no one: the phrase it belongs to."""
        span, doc = self.tokens(*head), self.doc
        place = span is not None and span[0].ent_type_ in ("LOC", "GPE", "ORG") and not any(getattr(a, "label", "PER") == "PER" for a in self.names.overlapping(head[1], apposition_end))
        while place and span is not None and span.start - 1 > floor and doc[span.start - 1].lower_ in ("in", "at", "of"):
            span = self.tokens(outer[0], head[1]) if (outer := self.phrases.before(span.start - 1, floor)) else None
        return (span.start_char, head[1]) if place and span is not None and span.start_char < head[0] else None

    def _name_before_apposition(self, phrase: tuple[int, int] | None, floor: int) -> tuple[int, int] | None:
        """ "Banisadr, an avowed opponent of the government who …": the
        person's name before the comma that opens `phrase`; else None."""
        name = self._before_comma(phrase, floor)
        tokens = self.tokens(*name) if name else None
        if tokens is not None and len(tokens) > 1 and tokens[0].pos_ == "CCONJ":
            tokens = tokens[1:]  # "But Adem Hodzic, one of the refugees who …"
        return (tokens.start_char, tokens.end_char) if tokens is not None and tokens[0].ent_type_ in ("PER", "PERSON") else None


def _modifies(modifier, preposition) -> bool:
    """ "familiar with", "involved in", "close to": a lower-case adjective or
    participle and the preposition of its phrase."""
    return preposition.pos_ == "ADP" and modifier.text.islower() and modifier.tag_ in ("VBN", "VBD", "JJ")


def _unbracketed(span: Span) -> list:
    """The tokens of `span` outside brackets ("priester X (57) van de kerk")."""
    depth, out = 0, []
    for token in span:
        depth += token.text == "("
        if depth == 0:
            out.append(token)
        depth -= token.text == ")" and depth > 0
    return out

