"""Cues inside the sentence of a quote that ends it, and the subject
opening a short clause before a colon: a mixin of `QuoteFinder`.

- "Premier Mark Rutte noemde de brand 'een zware slag'." (`_cue_in_sentence`);
- "Alsof …, adviseerde Clinton de kandidaten '…'." (the quote's own clause);
- "Politiek tekenaar X is resoluut: ,,…''" (`_opening_subject`), "De
  vrouw knikt: ,,…''" (`_verb_before_colon`), "Gevraagd om een reactie
  stuurt X een passage: '…'" (`_inverted_subject`);
- "Rutte: ,,…''", "De Groot (GL): ,,…''" (`_colon_speaker`).
"""

from __future__ import annotations

from .bare import TELL
from .content import CUE_WINDOW
from .cues import NAMING_EN
from .marks import Marked, a_title
from .mentions import is_role
from .names import ARTICLES, PARTICLES, name_end
from .naming import Naming, called
from .people import INVERTED_PRONOUNS, ONE_PERSON
from .phrases import finite
from .relative_subjects import whose_words
from .speaker_checks import is_text_noun
from .verb_cue import FUNCTION_TAGS


#: Adverbs between a name and a colon ("Dat bevalt X wel:").
_ADVERBS_BEFORE_COLON = frozenset("wel ook zeker eveneens too".split())
#: Adverbs between a verb and its subject after it ("vindt ook X").
_ADVERBS_AFTER_VERB = frozenset("ook eveneens zelf nog also too".split())
#: Words that open a clause after what someone called something ("noemde de premier 'een lafaard' en eiste zijn vertrek").
_CLAUSE_AFTER_NAMING = frozenset("omdat want nadat toen terwijl zolang en maar because after as since when while and but".split())
#: What the quoted words of a verb of naming may go on with ("noemt het 'een
#: logisch uitvloeisel' van de beslissing", "called it 'a betrayal' of voters").
_OF_AFTER_NAMING = frozenset("van of".split())

#: Prepositions that open an adverbial before a colon ("X in een reactie:").
_ADVERBIAL_PREPOSITIONS = frozenset("in op tegen bij met over in on to at with about".split())
#: Prepositions whose phrase tells where, when or to whom, not who speaks (a sentence with no cue is not tagged).
_WHERE_OR_WHEN = frozenset("in op bij tegen over aan uit naar tijdens na at on during after from".split())


class ClauseCues(Naming):
    """Needs the finder's text, doc, sentences, cues, phrases and speaker checks."""

    def _cue_in_sentence(self, marked: Marked) -> tuple[str, tuple[int, int]] | None:
        """"Premier Mark Rutte noemde de brand 'een zware slag voor de hele
        buurt'.": a quote of three words or more (two after a verb of
        naming) that ends its sentence, with a reporting verb in its clause
        and the verb's subject before or right after it."""
        words = len(self.text[marked.start : marked.end].split())
        if not self.sentences or not words:
            return None
        s_start, s_end = self.sentences[self.sentence_at(marked.start)]
        rest = self.text[marked.end : s_end].strip(" .!?")
        # after a verb of naming a clause may follow ("noemde hij '…' omdat …", "called it '…', because …")
        if (rest and rest.split()[0].lower() not in _CLAUSE_AFTER_NAMING | _OF_AFTER_NAMING and rest[0] != ",") or s_start >= marked.start:
            return None
        before = self.tokens(s_start, marked.start)
        if before is None or before[-1].text in ",:;":
            return None  # a comma or colon right before the quote is _cue_before's
        # "Alsof ze …, adviseerde Clinton de kandidaten '…'": the clause of the quote
        clause = next((t.i + 1 for t in reversed(before) if t.text in ",:;"), before.start)
        if any(t.lower_ in self.cues.complementisers and not _demonstrative(t, clause) for t in self.doc[clause : before.end]):
            return None  # "dat" makes it reported speech; "Dat plan noemt hij '…'" does not
        cue = self._first_cue(clause, before.end)
        if cue is None:  # "Granma called the novel '…'": English "call" is a cue only as naming (or with "on")
            cue = next((t.i for t in self.doc[clause : before.end] if t.lower_ in NAMING_EN), None)
            inner = marked.inner(self.text)
            named = cue is not None and called(self.doc, cue, before.end) and not a_title(self.text[inner[0] : inner[1]])
            cue = cue if named else None  # not "called his boat "Sea of Dreams"": a name
        if cue is not None and (words < 3 or rest) and not self._naming(cue, before.end):
            # "Dwangsommen vragen vond hij '…'": the verb of naming or finding nearest the quote
            cue = next((i for i in range(before.end - 1, cue, -1) if self.is_cue(i, before.end) and self._naming(i, before.end)), None)
        if cue is None or ((words < 3 or rest) and not self._naming(cue, before.end)):
            return None  # two words are a scare quote, but after "noemde": what they called it
        if words == 1 and not self._a_verdict(marked, before.end):
            return None
        speaker = self._speaker_of(cue, clause, before.end)
        if speaker is None and clause > before.start:
            speaker = self._subject(cue, before, None)  # "X, wiens partij won, claimde het als '…'": before the clause
        return (self.doc[cue].text, speaker) if speaker else None

    def _colon_speaker(self, start: int, colon: int) -> tuple[str, tuple[int, int]] | None:
        """ "Rutte: “…”"; "De vrouw knikt: “…”"; "De Groot (GL): “…”": the
        phrase before the colon (and a bracket after it), or before the verb."""
        doc = self.doc
        last = _before_brackets(doc, start, colon)
        while last - 1 > start and doc[last - 1].lower_ in _ADVERBS_BEFORE_COLON:
            last -= 1  # "Dat bevalt Van de Beek wel:"
        verb = last - 1 if self._verb_before_colon(doc[last - 1]) and last - 1 > start else last
        # "Het is volgens X heel simpel: “…”": the source speaks
        speaker = self._source_before_colon(start, last) or self.phrases.before(verb, start)
        if self.checked_speaker(speaker) is None or self._a_clause(speaker):  # "Kees Jansen vat het samen:"
            speaker = self._clause_speaker(start, last) or speaker  # "Tekenaar X is resoluut: “…”"
        far = self._first_cue(start, last) if self.checked_speaker(speaker) is None else None
        if far is not None and (found := self._speaker_of(far, start, last)):
            return doc[far].text, found  # "Voor het eerst zei May dat …, al …: ,,…''"
        if speaker is not None:
            first = self.tokens(*speaker).start
            if first - 1 >= start and doc[first - 1].lower_ in _ADVERBIAL_PREPOSITIONS:
                # "Vroom in een reactie: “…”": the name before the adverbial
                speaker = self.phrases.before(first - 1, start)
            elif first + 1 < last and _a_verb_before_a_name(doc[first], doc[first + 1]):
                speaker = (doc[first + 1].idx, speaker[1])  # "Dat bevalt | Van de Beek wel:"
            first = self.tokens(*speaker).start if speaker else start
            if first - 1 >= start and doc[first - 1].lower_ in _WHERE_OR_WHEN:
                speaker = None  # "het interview … bij de eerste Kaasmarkt in Alkmaar:": where, not who
        return (":", self._who_of_the_phrase(speaker, last)) if speaker else None

    def _who_of_the_phrase(self, speaker: tuple[int, int], last: int) -> tuple[int, int] | None:
        """ "(De) reactie van de gemeente:": whose the words are; "Zegt de
        burgemeester:": past the verb that opens the sentence."""
        tokens = self.tokens(*speaker)
        if tokens is None or not len(tokens):
            return speaker
        if (owner := whose_words(tokens, self.lang)) is not None:
            return owner
        if tokens[0].lower_ in self.verbs and tokens[0].pos_ in ("VERB", "AUX") and len(tokens) > 1:
            return self.phrases.after(tokens.start + 1, last)
        return speaker

    def _term_after_a_colon(self, marked: Marked, cue: tuple) -> bool:
        """ "Bovendien: 'CO2-neutraal autorijden' op fossiele brandstoffen is
        …": a colon with no one before it, and the sentence going on after
        the closing mark in lower case: the quoted words are a term the
        sentence is about, not someone's words (which the cue alone would make them)."""
        following = self.text[marked.end : marked.end + 3].lstrip()
        return cue[0] == ":" and self.checked_speaker(cue[1]) is None and following[:1].isalpha() and following[:1].islower()

    def _speaker_of(self, cue: int, floor: int, end: int) -> tuple[int, int] | None:
        """The subject of reporting verb `cue` between tokens `floor` and
        `end` that can be a speaker: parsed, before it, or right after it
        ("Gisteren adviseerde Jansen de kandidaten …": inverted)."""
        before = self.phrases.before(cue, floor)
        candidates = (
            lambda: self._parsed_before_or_unnamed(cue, before, floor),
            lambda: before,
            lambda: self.phrases.after(cue + 1, self._before_object(cue + 1, end)),
        )
        if self.lang == "nl" and cue + 1 < end and self.doc[cue + 1].lower_ in INVERTED_PRONOUNS:
            # "Het kabinet noemde hij '…'": a pronoun right after the verb is its subject, what comes before the object
            candidates = candidates[2:]
        return next((found for c in candidates if (found := self.checked_speaker(c()))), None)

    def _parsed_before_or_unnamed(self, cue: int, before: tuple[int, int] | None, floor: int) -> tuple[int, int] | None:
        """The parsed subject of verb `cue`, unless it comes after the verb
        while the clause holds nothing before the verb but a person named
        by name (a bracket after the name aside): then that person is the
        subject, not a noun the parser took for one ("Bram van Ojik
        (GroenLinks) noemt de terugkomst van deze moeder '…'")."""
        parsed = self._parsed_subject(cue)
        if parsed is None or parsed[0] < self.doc[cue].idx:
            return parsed
        span = self.tokens(*before) if before else None
        named_first = span is not None and span.start == floor and any(t.ent_type_ in ("PER", "PERSON") for t in span)
        return None if named_first else parsed

    def _opening_subject(self, start: int, colon: int) -> tuple[int, int] | None:
        """The person opening a short clause before a colon and a quote
        ("Politiek tekenaar X is resoluut:", "De minister was duidelijk:"):
        a name or a role, then at most four words of verb and adverb."""
        phrase = self.checked_speaker(self.phrases.after(start, colon))
        span = self.tokens(*phrase) if phrase else None
        if span is not None and span[0].pos_ == "ADP":
            return None  # "Volgens Piet Jansen is het simpel:": a source, or a phrase of where or when
        if span is None or span.end >= colon or not 1 <= colon - span.end <= 4:
            return None
        if not self.doc[span.end].text.islower() or any(t.is_punct for t in self.doc[span.end : colon]):
            return None
        return phrase

    def _phrase_after_cue(self, cue: int, end: int) -> tuple[int, int] | None:
        """The phrase after cue `cue` ("…, zei Jansen:", "said Smith:"); none
        after an English "told", whose object is the listener ("X, one of
        the refugees, told Reuters:")."""
        if self.lang == "en" and self.doc[cue].lower_ in TELL:
            return None
        start = cue + 1
        while start < end - 1 and self.doc[start].lower_ in _ADVERBS_AFTER_VERB:
            start += 1  # "Dat vindt ook Piet Jansen:", "Dat bevalt Van de Beek wel:"
        return self.phrases.after(start, end)

    def _source_before_colon(self, start: int, colon: int) -> tuple[int, int] | None:
        """The source named in a clause before a colon ("Wel moet er volgens
        hem nog veel gebeuren: '…'"): who speaks after it."""
        source = self._source_phrase(self.doc[start:colon])
        if source is not None:
            return source.speaker
        # "Voor Kees Jansen is het simpel:": the one it is so for, named (not "Voor het eerst is …")
        doc = self.doc
        if doc[start].lower_ != "voor" or start + 1 >= colon or not doc[start + 1].ent_type_:
            return None
        name = doc[start + 1 : name_end(doc, start + 1, colon)]
        return self.checked_speaker((name.start_char, name.end_char))

    def _a_clause(self, phrase: tuple[int, int] | None) -> bool:
        """Whether `phrase` holds a finite verb outside a name: a clause
        ("Kees Jansen vat het samen"), not who speaks."""
        span = self.tokens(*phrase) if phrase else None
        return span is not None and any(self._verb_like(t) for t in span[1:])

    def _verb_like(self, token) -> bool:
        """A verb before a colon (`_verb_before_colon`) that is no word of a
        name, no function word and no name's particle ("Van de Beek")."""
        return (
            self._verb_before_colon(token) and not token.ent_type_ and token.pos_ not in FUNCTION_TAGS
            and token.lower_ not in PARTICLES and len(token) > 2
        )

    def _clause_speaker(self, start: int, colon: int) -> tuple[int, int] | None:
        """Who speaks after a clause with no cue before a colon: its opening
        subject or its named subject after the verb."""
        return self._opening_subject(start, colon) or self._inverted_subject(start, colon) or self._before_the_verb(start, colon)

    def _before_the_verb(self, start: int, colon: int) -> tuple[int, int] | None:
        """The name or role before the verb of a clause before a colon
        ("Kees Jansen vat het samen:", "Kees Jansen blikt terug:")."""
        doc = self.doc
        end = name_end(doc, start, colon)
        if doc[start].ent_type_ and end < colon and doc[end].text == ",":
            return self.checked_speaker((doc[start].idx, doc[end - 1].idx + len(doc[end - 1])))  # "Kees Jansen, voorzitter …, is stellig:"
        verb = next((t.i for t in doc[start + 1 : colon] if self._verb_like(t)), None)
        if verb is None or any(self.is_cue(i, colon) or doc[i].lower_ in ("quoted", "saying") for i in range(verb, colon)):
            # a cue's speaker is the cue's to find ("De Rijksdienst voor … schrijft in de brochure '…':",
            # "It quoted the manual as saying:")
            return None
        return self.checked_speaker(self.phrases.before(verb, start))

    def _inverted_subject(self, start: int, colon: int) -> tuple[int, int] | None:
        """The named subject after the verb of a clause before a colon
        ("Gevraagd om een reactie stuurt Airbnb een passage uit de
        reglementen: '…'"): the one who speaks, as in "X schrijft: '…'"."""
        for token in self.doc[start:colon]:
            if not finite(token):
                continue
            subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i > token.i), None)
            if subject is not None and subject.ent_type_ and subject.right_edge.i < colon:
                return self.checked_speaker((subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)))
        # a pronoun for one person right after a verb ("Eén ding weet hij zeker: '…'"; such a clause is not parsed)
        for token in self.doc[start + 1 : colon]:
            if self.lang == "nl" and token.lower_ in ONE_PERSON and self._verb_before_colon(token.nbor(-1)):
                return self.checked_speaker((token.idx, token.idx + len(token)))
        return None

    def _verb_before_colon(self, token) -> bool:
        """A verb that is no cue between a speaker and a colon ("De vrouw
        knikt:"): by the parse, or (a sentence with no cue word is not
        parsed) a Dutch lower-case word ending like a finite verb that is
        no word for a person ("Zijn advocaat:")."""
        if finite(token):
            return True
        word = token.lower_
        if self.lang == "en":  # "John Smith put it bluntly:", "One trader summed up the mood:"
            return token.text.islower() and (word.endswith("ed") or word in _PAST_TENSES)
        return self.lang == "nl" and token.text.islower() and word.endswith(("t", "te", "de")) and not (
            self.roles.is_speaker_word(token) or is_text_noun(word)
        )

    def _before_comma_name(self, phrase: tuple[int, int] | None) -> tuple[int, int] | None:
        """A name before the comma of its apposition ("Prescott, reluctant to
        go into the winner's enclosure, said:"): the name alone."""
        comma = self.text.find(",", *phrase) if phrase else -1
        if comma < 0 or not self.names.overlaps(phrase[0], comma) and not self._names_someone((phrase[0], comma)):
            return phrase
        return (phrase[0], comma)

    def _phrase_with_of(self, verb: int, start: int) -> tuple[int, int] | None:
        """The phrase before `verb`, with the noun that a "for"/"of" before it
        belongs to ("a spokeswoman for Prince Rainier told": not "Prince Rainier")."""
        phrase = self.phrases.before(verb, start)
        first = self.tokens(*phrase).start if phrase else None
        if first is None or first - 1 <= start or self.doc[first - 1].lower_ not in ("for", "of", "at", "van", "voor", "bij"):
            return phrase
        head = self.phrases.before(first - 1, start)
        return (head[0], phrase[1]) if head else phrase

    def _parse_gives_way(self, parsed: tuple[int, int], heuristic: list) -> bool:
        """Whether the parse's subject of a cue after a quote is a part of the
        speaker's phrase, not the speaker: a genitive alone ("zei Trumps
        Noord-Koreagezant X"), or a modifier of the role of the person named
        right before the verb ("Welsh National Farmers' Union (NFU) chairman X
        told")."""
        if heuristic[-1] and parsed[0] == heuristic[-1][0] and _genitive(self.text[slice(*parsed)]):
            return True
        span = self.tokens(*heuristic[0]) if len(heuristic) == 2 and heuristic[0] else None
        return span is not None and parsed[1] <= span.start_char and any(t.ent_type_ in ("PER", "PERSON") for t in span)

    def _cue_after_apposition(self, begin: int, comma: int, end: int) -> tuple[str, tuple[int, int]] | None:
        """ "“…,” Nawaz Sharif, leader of the main opposition party, told the
        rally.": a name, its apposition between commas, then the cue."""
        name = self.doc[begin:comma]
        if not 0 < len(name) <= 4 or not all(t.ent_type_ in ("PER", "PERSON") for t in name):
            return None
        # The apposition may hold a comma of its own ("president of the
        # Glenview, Ill.-based company's division"): the comma before the cue closes it.
        commas = (j for j in range(comma + 1, min(end - 1, comma + 20)) if self.doc[j].text == ",")
        closing = next((j for j in commas if self.is_cue(j + 1, end)), None)
        if closing is None:
            return None
        return self.doc[closing + 1].text, (name.start_char, name.end_char)

    def _told_far_before(self, comma: int, start: int) -> int | None:
        """ "Kemp told a crowd of about 300 people in south central Los
        Angeles, “…”": English "told"/"said" further back than the window,
        with only its listener and phrases of where between it and the
        comma (no verb, no other punctuation); or any verb of a speaker right
        before the comma ("Enqvist joked, “…”"). In Dutch any cue, with only
        its particle and phrases after it ("Forum dringt daarom aan op uitstel
        van de behandeling van de klimaatwet, 'uit respect voor de kiezer'")."""
        english = self.lang == "en"
        verb = self.doc[comma - 1] if comma - 1 > start else None
        if english and verb is not None and verb.text.islower() and verb.tag_ in ("VBD", "VBZ") and self.checked_speaker(self.phrases.before(comma - 1, start)):
            return comma - 1  # "Enqvist joked, “…”": any verb of a speaker right before the comma
        for i in range(comma - 1, max(start, comma - 3 * CUE_WINDOW) - 1, -1):
            token = self.doc[i]
            wanted = token.lower_ in ("told", "said") if english else token.pos_ in ("VERB", "AUX")
            if wanted and self.is_cue(i, comma):
                return i
            if token.is_punct or token.pos_ in ("VERB", "AUX"):
                return None
        return None

    def _apposed_name(self, phrase: tuple[int, int] | None) -> tuple[int, int] | None:
        """ "zei de voorzitter van de Kamer, Khadija Arib, dat": a person's
        name between commas right after a phrase with a role in it is who
        speaks; otherwise `phrase`."""
        span = self.tokens(*phrase) if phrase else None
        doc = self.doc
        if span is None or span.end + 2 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].ent_type_ not in ("PER", "PERSON"):
            return phrase
        end = name_end(doc, span.end + 1, len(doc))
        if end >= len(doc) or doc[end].text != "," or not any(self.roles.is_role_word(t) for t in span):
            return phrase
        return doc[span.end + 1].idx, doc[end - 1].idx + len(doc[end - 1])

    def _first_phrase_end(self, start: int, end: int) -> int:
        """Where the phrase opening at token `start` ends, before `end`: at a
        second article that no preposition or comma joins to it ("maakte het
        kabinet | een gebaar … door aan te kondigen"); else `end`."""
        doc = self.doc
        return next(
            (
                i
                for i in range(start + 1, end - 1)
                if doc[i].lower_ in ARTICLES and doc[i - 1].pos_ != "ADP" and not doc[i - 1].is_punct and doc[i + 1].text[:1].islower()
            ),
            end,
        )

    def _before_object(self, start: int, end: int) -> int:
        """Where an article opens a common noun's phrase after token `start`
        ("adviseerde Jansen de kandidaten", "de Democratische kandidaten":
        an adjective; the subject ends at "de"; not in "Jan de Vries")."""
        doc = self.doc
        return next(
            (i for i in range(start + 1, end - 1) if doc[i].lower_ in ARTICLES and (doc[i + 1].text[:1].islower() or doc[i + 1].pos_ == "ADJ")),
            end,
        )


def _a_verb_before_a_name(word, name) -> bool:
    """A Dutch finite verb in the third person (lower case, ending in -t, no
    role or particle) right before a capitalised name: the verb the name is
    the subject or object of, no part of it ("bevalt Van de Beek")."""
    text = word.text
    return (
        text.islower() and text.endswith("t") and len(text) > 3 and text not in PARTICLES
        and not is_role(text) and name.text[:1].isupper()
    )  # fmt: skip


def _demonstrative(token, clause: int) -> bool:
    """ "Dat" opening the clause before a noun: "that", not a complementiser."""
    return token.i == clause and token.i + 1 < len(token.doc) and token.nbor().pos_ in ("NOUN", "ADJ")


def _before_brackets(doc, start: int, colon: int) -> int:
    """Where the phrase before a colon ends: at the opening bracket of an
    aside that closes right before it ("De Groot (GL):", "Jansen (34):",
    "Merlijn Stoffels (persvoorlichter van het Rode Kruis):")."""
    if colon - 1 <= start or doc[colon - 1].text != ")":
        return colon
    opening = next((j for j in range(colon - 2, max(start, colon - 16) - 1, -1) if doc[j].text == "("), None)
    return opening if opening is not None and opening > start else colon


def _genitive(phrase: str) -> bool:
    """One word in a genitive form ("Trumps", "Trump's")."""
    return " " not in phrase and phrase[:1].isupper() and phrase.endswith(("s", "'s", "’s"))


#: English past tenses without "-ed" that open what someone says before a colon.
_PAST_TENSES = frozenset("put gave took made set kept got had was were read reads".split())
