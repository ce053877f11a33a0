"""Where reported content starts and ends: Dutch te-infinitives ("zegt
gedupeerd te zijn"), English time phrases after the verb ("said on Friday
it won …"), content before a closing cue ("…, zei X."), and whether a
complementiser follows the speaker. A mixin of `ReportedSpeech`; English
content without "that" is `bare.py`'s.
"""

from __future__ import annotations

from spacy.tokens import Span

from .bare import FINITE_TAGS, MONTHS, TELL, BareContent
from .participles import PARTICIPLES, ParticipleReports
from .phrases import NOUN_PHRASE_TAGS, TIME_WORDS, finite, finite_or_known, prepositional_phrases
from .speaker_checks import is_text_noun

#: How far (tokens) a cue may stand from its quote.
CUE_WINDOW = 10
#: How far a "that" may stand from its verb when phrases come between.
_LONG_WINDOW = 30
#: Words that open a noun or prepositional phrase: content that is only such a phrase is no statement.
_PHRASE_OPENINGS = frozenset("de het een the a an at in op om".split())
#: Punctuation and words that end what a Dutch cue's subject may span: a
#: te-infinitive ("zei open te staan voor … al of niet …"), "om".
_CLAUSE_ENDS = frozenset([*":;()\"'“”„‘’", "te", "om"])
#: Dutch verbs of telling whose account "hoe" opens ("vertelt hoe de politie …", "beschreef hoe …",
#: "schrijft in zijn boek hoe …"; not "legde uit hoe ze tot die conclusie kwam": a method, no claim).
_TELLING_HOW = frozenset(
    "vertelt vertelde vertelden vertellen beschrijft beschreef beschreven beschrijven schrijft schreef schreven".split()
)
#: "vraagt (zich af) waarom …": asking, with the question its content (not
#: "wat", which may be "some": "vraagt wat geld").
_ASKING, _QUESTION_WORDS = frozenset("vraagt vragen vroeg vroegen".split()), frozenset("hoe waarom wie waar wanneer hoeveel welke".split())
#: Words that open an English object right after a verb ("announced his retirement").
_OBJECT_OPENERS = frozenset("his her its their the a an my our".split())
#: English subordinators of time between a verb and its "that".
_WHEN = frozenset("after when before while since once".split())
#: Parts of the day after a weekday ("on Tuesday night").
_DAY_PARTS = frozenset("night morning afternoon evening".split())
#: Spans of time after "een"/"a" in a time phrase ("een dag na …", "a week after …").
_PERIODS = frozenset("dag week maand jaar uur day month year hour".split())
#: Words that open an English time phrase after a verb, and the nouns
#: that close one ("on Friday", "late on Tuesday", "last week", "this morning").
_TIME_OPENERS = frozenset("on late early last this".split())
_STATEMENT_NOUNS = frozenset("statement interview letter speech".split())
_TIME_ADVERBS = frozenset("earlier later previously recently again onlangs eerder destijds".split())
#: Words that open a clause of the writer's own after a closing cue.
_SUBORDINATORS_AFTER = frozenset("as while after because when although though since amid despite terwijl nadat omdat toen hoewel".split())
_TIME_NOUNS = frozenset("week month year night morning afternoon evening on".split())
#: Words after a speaker that open an apposition or a relative clause
#: about them ("…, zegt Jansen, die …", "…, said X of Y that represents …").
_ABOUT_THE_SPEAKER = frozenset(", die dat wie who which that en and".split())
#: Conjunctions that join clauses, not words ("want", "but"; "en" joins both).
_CLAUSE_CONJUNCTIONS = frozenset("want maar dus but so".split())
#: Words that open a Dutch subordinate clause: a reporting verb in one
#: is a reason or a circumstance, not the sentence's statement.
SUBORDINATORS = frozenset("omdat doordat hoewel terwijl nadat voordat zodat wanneer sinds indien".split())
CONTRASTS = frozenset("terwijl hoewel".split())  # of them, a contrast, whose clause may state
#: Words that open a Dutch clause before a comma that is a time, condition
#: or question rather than the statement of a cue after the comma.
_OPENS_NO_STATEMENT = SUBORDINATORS | frozenset("als toen zodra nu of waarom hoe wat wie waar".split())



class ReportedContent(BareContent, ParticipleReports):
    def _after_speaker(self, verb: int, speaker: tuple[int, int], end: int) -> int:
        """The first token after `speaker` (which follows `verb`) before token `end`, or `end`."""
        return next((t.i for t in self.doc[verb + 1 : end] if t.idx >= speaker[1]), end)

    def _complement_follows(self, verb: int, speaker: tuple[int, int], span: Span) -> bool:
        """Whether the word right after the speaker who follows `verb` (in
        clause `span`) is a complementiser."""
        end = span.end
        after = self._after_speaker(verb, speaker, end)
        while after < end and self.doc[after].is_space:
            after += 1
        if after >= end or self.doc[after].lower_ not in self.cues.complementisers:
            return False
        word = self.doc[after]
        if self.lang != "en" and word.lower_ == "dat" and self._after_a_statement(verb, speaker, span):
            return False  # "…, zegt het bedrijf dat de reis verzorgt": "dat" is the neuter relative
        # "… of Reagan Communications that represents …": a verb right after makes it a relative pronoun
        return word.i + 1 >= len(self.doc) or word.nbor().pos_ not in ("VERB", "AUX")

    def _after_a_statement(self, verb: int, speaker: tuple[int, int], span: Span) -> bool:
        """Whether the Dutch speaker after `verb` is a neuter noun phrase ("het
        bedrijf") and the part before the verb's comma is a main clause, not a
        time, condition or question ("Als het misgaat, zegt het bedrijf dat
        …"): then the statement is before the comma."""
        first = self.doc[self._after_speaker(verb, (speaker[0], speaker[0]), span.end)]
        opener = self.doc[span.start]
        return first.lower_ in ("het", "dit") and opener.pos_ != "ADP" and opener.lower_ not in _OPENS_NO_STATEMENT

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
            elif word in _DAY_PARTS and doc[index - 1].lower_ in TIME_WORDS:
                index += 1  # "said on Tuesday night the ship …"
            elif word in ("een", "a") and index + 1 < end and doc[index + 1].lower_ in _PERIODS:
                index += 2  # "zegt Tibi een dag na het symposium", "said a day after"
            elif word == "in" and index + 2 < end and doc[index + 2].lower_ in _STATEMENT_NOUNS:
                index += 3  # "said in a statement the order …"
            elif word == "in" and index + 1 < end and _month_or_year(doc[index + 1].lower_):
                index += 2  # "said in May he …", "said in 1995 the …"
            elif word in _TIME_ADVERBS:
                index += 1  # "said previously that …", "said earlier the …"
            else:
                return index
        return index

    def _complementiser(self, verb: int, span: Span) -> int | None:
        """The complementiser that opens `verb`'s content ("zegt dat",
        "said that"), or None. Dutch: the first within `CUE_WINDOW` tokens.
        English: further when only phrases come between ("said on Monday in
        an interview with a radio station that …", a relative clause between
        commas too); not a relative "that" (a noun before it, a verb after:
        "states that sponsor …"); none after a finite verb or another cue,
        whose "that" it would be (a word inside a name is none: "told Bild am
        Sonntag that")."""
        doc, lang = self.doc, self.lang
        last = min(span.end, verb + _LONG_WINDOW)
        relative = other_clause = subordinate = False
        for j in range(verb + 1, last):
            token = doc[j]
            if lang != "en":
                # "benadrukten wethouder X en gedeputeerde Y nog maar eens dat": past the window only
                # over the speaker's phrase, with no verb of another clause before it
                if j >= verb + CUE_WINDOW and other_clause:
                    return None
                pronoun = (doc[j - 1].text == "," and doc[j - 2].pos_ in ("NOUN", "PROPN") or _neuter_noun(doc[j - 1])) and token.head.dep_ == "acl:relcl"
                # "goed bestuur of corruptiebestrijding": "or" between nouns, not "whether"; "gelooft, of doet
                # alsof …": "or" between verbs
                joins = token.pos_ == "CCONJ" and j + 1 < last and doc[j + 1].pos_ in ("NOUN", "ADJ") and doc[j + 1].text.islower()
                joins = joins or token.lower_ == "of" and doc[j - 1].text == "," and j + 1 < last and finite(doc[j + 1])
                joins = joins or token.lower_ == "of" and _or_in_an_aside(doc, j, last)
                pronoun = pronoun and not _after_an_aside(doc, verb, j)
                how = token.lower_ == "hoe" and doc[verb].lower_ in _TELLING_HOW  # "vertelt hoe …": an account
                how = how or token.lower_ in _QUESTION_WORDS and doc[verb].lower_ in _ASKING
                if (token.lower_ in self.cues.complementisers or how) and not (pronoun or joins):  # "erkent Kosovo, dat …": a relative
                    return j
                # a noun for people the tagger took for a verb ("concluderen meteorologen") opens no other clause
                verb_here = finite(token) and not self.roles.is_speaker_word(token)
                other_clause = other_clause or verb_here or token.lower_ in _CLAUSE_ENDS or (_joins_clauses(token) and not joins)
                continue
            if token.text == ",":
                relative = j + 1 < last and doc[j + 1].lower_ in ("who", "which")
                continue
            # "said last month after it recovered the body that …": a clause of when between verb and "that"
            subordinate = subordinate or (token.lower_ in _WHEN and j <= verb + 3)
            if token.lower_ in self.cues.complementisers and not relative:
                after = doc[j + 1] if j + 1 < span.end else None
                if after is not None and doc[j - 1].pos_ in ("NOUN", "PROPN") and after.pos_ in ("VERB", "AUX"):
                    continue  # "states that sponsor terrorism": a relative pronoun
                return j
            # "declined comment, except to say that": an infinitive goes on with the verb's statement
            cue = self.is_cue(j, span.end) and doc[j - 1].lower_ != "to"
            if not (relative or subordinate) and (token.tag_ in FINITE_TAGS or cue) and j > verb + 1 and not token.ent_type_:
                return None
        return None

    def phrases_to_end(self, index: int, end: int) -> bool:
        """Whether only time and prepositional phrases come from token `index`
        to the sentence's end (`end`): "…, he said in a speech on Thursday.",
        "…, X told a news conference on Monday." (the listener too)."""
        if index > 0 and self.doc[index - 1].lower_ in TELL:
            while index < end and self.doc[index].pos_ in NOUN_PHRASE_TAGS:
                index += 1
        while (moved := prepositional_phrases(self.doc, self._past_time(index, end), end)) > index:
            index = moved
        rest = self.doc[index:end]
        if 1 < len(rest) <= 7 and rest[0].pos_ == "ADP" and not any(t.is_punct for t in rest[:-1]):
            return rest[-1].is_punct  # "in een gezamenlijk rapport.": a phrase whose noun the tagger took for a verb
        return all(t.is_punct for t in rest)

    def to_the_end(self, verb: int, index: int, end: int) -> bool:
        """Only when and where from token `index` to `end`, and the particle of
        separable verb `verb` among them ("Dat maakte de minister dinsdag
        bekend in de Kamer", "Dat laat de gemeente weten")."""
        if self.phrases_to_end(index, end):
            return True
        particle = self._particle_after(verb, end)
        return particle is not None and particle >= index and self.phrases_to_end(index, particle) and self.phrases_to_end(particle + 1, end)

    def _place_described(self, index: int, end: int) -> bool:
        """A phrase of place from token `index` with an apposition after it
        to the sentence's end ("…, vertelt hij op Mulderskop, een gebiedje
        dat …"): where the speaker spoke, described."""
        moved = prepositional_phrases(self.doc, index, end)
        return moved > index and moved + 1 < end and self.doc[moved].text == "," and self.doc[moved + 1].lower_ in _ARTICLES

    def _particle_after(self, verb: int, end: int) -> int | None:
        """Where the particle of separable reporting verb `verb` stands after it ("maakte … bekend")."""
        particles = self.cues.particle_verbs.get(self.doc[verb].lower_, "").split()
        return next((j for j in range(verb + 2, end) if self.doc[j].lower_ in particles), None)

    def _clause_opening(self, verb: int, span: Span) -> int:
        """Where the clause a cue stands inside starts: after the last
        conjunction that opens a clause before it ("… nog steeds want | de
        gemeenten, zegt hij, krijgen …"; not the "en" of "de provincie en de
        gemeente"), else at the sentence's start."""
        joins = [t for t in self.doc[span.start : verb] if t.pos_ == "SCONJ" or t.lower_ in _CLAUSE_CONJUNCTIONS]
        return self.doc[joins[-1].i + 1].idx if joins else span.start_char

    @staticmethod
    def _clause_after_the_cue(rest: Span) -> bool:
        """ "…, the department said Friday, as income growth slowed …": after
        the cue and a short time phrase, a comma and a clause of the
        writer's own that a subordinator or a participle opens ("…, the
        Conference Board said Thursday, reflecting …"); the statement is before."""
        comma = next((t.i for t in rest[:5] if t.text == ","), None)
        if comma is None or comma + 1 >= rest.end:
            return False
        opener = rest.doc[comma + 1]
        return opener.lower_ in _SUBORDINATORS_AFTER or (opener.tag_ == "VBG" and opener.lower_ not in PARTICIPLES)

    def _content_before(self, verb: int, subject: tuple[int, int], span: Span) -> tuple[int, int] | None:
        """``…, U.S. officials said.`` / ``…, zei X.``: the cue closes the
        sentence and the content is what comes before the comma."""
        doc = self.doc
        after = verb + 1
        if subject[0] > doc[verb].idx:  # "…, zegt Jansen, die …": what follows the speaker
            after = self._after_speaker(verb, subject, span.end)
        rest = doc[after : span.end]
        words = len([t for t in rest if not t.is_punct])
        inverted = subject[0] > doc[verb].idx
        if inverted and words > 4 and rest[0].text == "," and doc[verb - 1].text == ",":
            if verb - span.start <= 3 and rest[1].lower_ not in ("die", "wie"):  # not "Onzin, zeggen X, die …"
                return self._trim((rest[1].idx, span.end_char))  # "Maar, zegt hij, hem was duidelijk …": what follows
            if finite_or_known(rest[1]):  # "want de gemeenten, zegt hij, krijgen …": the cue inside one clause
                return self._trim((self._clause_opening(verb, span), span.end_char))
        # "If Germany were to …, he said, it would …": the cue inside the statement; not "…, the BBC
        # reported, citing police sources": how it knows, after the cue that closes the statement
        citing = len(rest) > 1 and rest[0].text == "," and rest[1].lower_ in ("citing", "quoting")
        parenthetical = not inverted and words > 0 and rest[0].text == "," and not citing
        if self.lang == "en" and not inverted and words and rest[0].lower_ in _OBJECT_OPENERS and doc[verb].lower_ not in TELL and finite(doc[verb]):
            if not self.phrases_to_end(after, span.end):
                return None  # "Four years later, …, he announced his retirement": what the verb reports is its object
        if words > 4 and not parenthetical and not citing and not (inverted and rest[0].lower_ in _ABOUT_THE_SPEAKER) and not (
            self._clause_after_the_cue(rest) or self.phrases_to_end(after, span.end) or self._place_described(after, span.end)
        ):
            return None  # "…, zegt Jansen, die …" is a clause about the speaker; anything else is no cue
        first = min(subject[0], doc[verb].idx)
        comma = self.text.rfind(",", span.start_char, first)
        if comma < 0 or self.text[comma:first].strip(", ") and len(self.text[comma:first].split()) > 8:
            return None
        opener = self.text[comma + 1 : first].split()[:1]
        if opener and (opener[0] in ("die", "who", "whom") or opener[0] in SUBORDINATORS):
            # "…, richting Klaver, die … als voorwaarde had gesteld": about the person before, not what was said;
            # "…, omdat de fractie vragen zei te hebben": why it happened
            return None
        content = self._trim((span.start_char, span.end_char if parenthetical else comma))
        tokens = self.tokens(*content) if content[1] > content[0] else None
        # "Een mooi resultaat, berekende GfK.": a Dutch verb before its subject makes what stands before it the statement
        before_inverted = (
            inverted and self.lang == "nl" and tokens is not None and content[0] == span.start_char and tokens[0].lower_ in ("een", "de", "het")
        )
        if (
            tokens is not None
            and not before_inverted
            and len(tokens) < 6
            and (tokens[0].lower_ in _PHRASE_OPENINGS or tokens[0].like_num)
            and not any(t.pos_ in ("VERB", "AUX") or finite(t) for t in tokens)
        ):
            return None  # "De vader van de schutter, Mehmet T., reageerde.", "At 1347 GMT, …": no statement ("Niet waar, zegt X" is)
        if tokens is not None and self.lang == "nl" and _where_and_relative(tokens):
            return None  # "In Amersfoort, waar Lili en Howick woonden, reageren vrienden …": where, not what
        if tokens is not None and all(t.ent_type_ in ("PER", "PERSON") for t in tokens):
            return None  # "Craig Stromme, U.S. embassy spokesman in …, confirmed the attack": a name, no statement
        # one word may be the whole verdict ("Kwalijk, vindt Beckerman.", "Onzin, zegt X."): capitalised, opening the sentence
        verdict = tokens is not None and len(tokens) == 1 and tokens[0].is_alpha and len(tokens[0]) >= 4 and tokens[0].text[0].isupper()
        return content if content[1] - content[0] >= 8 or a_short_clause(tokens) or (verdict and content[0] == span.start_char) else None


def _where_and_relative(tokens) -> bool:
    """A Dutch stretch that is a prepositional phrase and a relative clause
    about it ("In Amersfoort, waar Lili en Howick lang woonden"): the
    setting of the sentence, no statement."""
    if tokens[0].pos_ != "ADP":
        return False
    comma = next((t.i for t in tokens if t.text == ","), None)
    return comma is not None and comma + 1 < tokens.end and tokens.doc[comma + 1].lower_ in _RELATIVE_WORDS


#: Words that open a Dutch relative clause after a comma.
_RELATIVE_WORDS = frozenset("waar die dat wat waarin waarop waarmee".split())


def _month_or_year(word: str) -> bool:
    return word in MONTHS or (len(word) == 4 and word.isdigit())


def _joins_clauses(token) -> bool:
    """A conjunction other than "en" ("maar dat kost …", "of"), not the
    adverb "maar" of "nog maar eens"."""
    return token.pos_ == "SCONJ" or (token.pos_ == "CCONJ" and token.lower_ != "en")


def _after_an_aside(doc, verb: int, that: int) -> bool:
    """Whether the comma before "dat" at token `that` closes an aside that
    opened after the verb, with no finite verb of its own ("zei, na afloop
    van het overleg, dat …", "concluderen meteorologen, geconfronteerd met
    …, dat …"): "dat" opens the content, whatever noun stands before it."""
    if doc[that - 1].text != ",":
        return False
    opening = next((k for k in range(that - 2, verb, -1) if doc[k].text == ","), None)
    return opening is not None and not any(finite(t) for t in doc[opening + 1 : that - 1])


def _or_in_an_aside(doc, of: int, last: int) -> bool:
    """Whether "of" at token `of` joins two phrases inside an aside that a
    comma and "dat" close before token `last`, with no finite verb between
    ("stellen economen, gevraagd naar een recessie of een crisis, dat …"):
    "or", not "whether", which opens a clause with its own verb."""
    comma = next((k for k in range(of + 1, last - 1) if doc[k].text == ","), None)
    return comma is not None and doc[comma + 1].lower_ == "dat" and not any(finite(t) for t in doc[of + 1 : comma])


def _neuter_noun(token) -> bool:
    """A lower-case noun after "een"/"het" right before "dat", after a comma
    or a preposition ("…, een gebiedje dat …", "over het feit dat …"):
    "dat" is its relative pronoun (the parse says which); not the inverted
    subject of a cue ("zegt het bedrijf dat …")."""
    if token.pos_ != "NOUN" or not token.text.islower() or token.i < 2 or token.nbor(-1).lower_ not in ("een", "het"):
        return False
    if "Com" in token.morph.get("Gender"):
        return False  # "in een reactie dat …": a common noun's relative is "die"
    before = token.nbor(-2)
    if before.lower_ in ("in", "via", "tijdens") and is_text_noun(token.lower_):
        return False  # "meldt in een persbericht dat …": where it was said, then what
    return before.text == "," or before.pos_ == "ADP"


#: Articles that open an apposition.
_ARTICLES = frozenset("een de het a an the".split())


def a_short_clause(tokens) -> bool:
    """Two words or more with a finite verb: a statement however few its
    letters ("Het kan, zegt X", "Volgens X kan het"), where a length limit
    keeps out stray words."""
    return tokens is not None and len(tokens) >= 2 and any(finite(t) for t in tokens)
