"""Whether a phrase found next to a cue can be a speaker: a name, a
person or group described by a noun, or a pronoun alone. Used by
`QuoteFinder` (a mixin: it needs the finder's text, tokens, cues, roles,
names and phrases)."""

from __future__ import annotations

from spacy.tokens import Span

from .cues import ALL_REPORTING_VERBS
from .names import PARTICLES, name_in_apposition
from .two_phrases import clause_words
from .people import describes_a_person, named_before
from .phrases import TIME_WORDS
from .run_in import DETERMINERS as _DETERMINERS
from .run_in import after_a_run_in_name, heading_run_in
from .run_on import SUBJECT_PRONOUNS as _SUBJECT_PRONOUNS
from .run_on import without_run_on

#: Tags of a word that can head a description of someone ("" when not tagged).
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X", ""})
#: Words for another person that the tagger may call adjectives ("zegt een ander").
_OTHERS = frozenset("ander andere other another".split())

#: Personal pronouns that may stand as a speaker on their own; a phrase
#: that starts with one and runs on ("hij eraan toe") is cut to it.
_PERSONAL = frozenset("hij zij ze hem hen he she they him them".split())
#: The writer ("zeg ik", "we said"): no actor of the text.
_FIRST_PERSON = frozenset("ik wij we i".split())
#: Pronouns that are also possessives: alone a speaker, before a noun a determiner.
_POSSESSIVE_PRONOUNS = frozenset("haar her".split())
#: Conjunctions a phrase may open with ("But a NATO official said"), and
#: subordinators before who speaks ("Sinds premier Rutte bekendmaakte dat").
_SUBORDINATORS = frozenset("sinds toen nadat omdat terwijl hoewel zodra voordat doordat since when after because while although".split())
_IF = frozenset("als wanneer indien if".split())  # … and inside a phrase, conditions: a clause run into it
_LEADING = _SUBORDINATORS | frozenset(
    "but and maar en ook zelfs also even aldus".split()  # "Ook de politie bevestigt": the police; "…, aldus X, die vond dat": X
)
_AS = frozenset("als as".split())
#: Words after a name that end the speaker: what they spoke about, a clause of when ("vertelt X terwijl hij …").
_CUT_WORDS = frozenset("about over terwijl toen nadat voordat while after before when".split())
_OPENING_MARKS = frozenset(";:,-–—")
#: Prepositions of what a phrase is about ("De bezorgdheid over de invloed van China"): a name after one is the topic.
_TOPICAL = frozenset("over about on concerning regarding rond omtrent".split())
#: Words that cannot open a speaker phrase: it is a fragment of a clause
#: ("zoals hij het zelf", "van harte").
_NOT_SPEAKER_START = frozenset(
    "zoals als van te om dat of wat wie welke er as like than if what who which from by 's ’s via namens tegenover through".split()
)  # "heeft via een woordvoerder laten weten": how it was said, not who; "zijn er mensen die": "er" is no one
#: Prepositions that open a phrase of circumstance, never a speaker, in
#: any case ("Met het groeiende aantal kiezers is dat vragen om …").
_CIRCUMSTANCE_START = frozenset("met tijdens zonder sinds wegens vanwege with during without since".split())
#: Parts of speech after "haar"/"her" that make it a pronoun, not a possessive.
_NOT_NOMINAL = frozenset({"ADV", "VERB", "AUX", "ADP", "PART", "SCONJ", "CCONJ"})
#: Adverbs that follow a pronoun, never a possessive's noun (for models without a tagger).
_ADVERBS = frozenset(
    "vooral ook niet wel al nog echter dus toch eigenlijk zeker sowieso vaak nooit altijd also not still mainly".split()
)
#: Nouns for what was said rather than who said it.
TEXT_NOUNS = frozenset(
    """reactie verklaring antwoord persbericht interview brief bericht tweet rapport communiqué statement
    draaiboek nota notitie memo verslag document onderzoek studie analyse peiling enquête prognose vonnis
    telling tellingen uitslag uitslagen
    response reply letter report commentary editorial memo document study survey analysis poll ruling agreement article
    bord borden spandoek spandoeken sign signs billboard billboards banner banners placard placards""".split()
)


def is_text_noun(word: str) -> bool:
    """A noun for a text that says something (`TEXT_NOUNS`), or its plural
    ("Preliminary reports said …")."""
    return word in TEXT_NOUNS or (word.endswith("s") and word[:-1] in TEXT_NOUNS)


_FRAGMENT_END = frozenset("te en of and or to".split())
#: Relative pronouns whose clause may report what the phrase before them said
#: ("X, die vond dat …", "Iran, which denies …"); a speaker phrase ends before one.
_NOUN_OR_ADJECTIVE = frozenset({"NOUN", "ADJ", "PROPN"})
#: Dutch demonstratives that open a sentence as its subject and speak like
#: "hij" before a singular verb ("Die schreef: …").
DEMONSTRATIVES = frozenset({"die", "deze"})


def _without_age(span: Span) -> Span:
    """ "said Coetzer, 24.": the age after the comma is no part of who; nor
    a day after the name ("Bob Dole Wednesday accused") or what they spoke
    about ("said Enqvist about his victory")."""
    if len(span) > 2 and span[-1].like_num and span[-2].text == ",":
        span = span[:-2]
    about = next((t.i for t in span[1:] if t.text in _CUT_WORDS | _AS and t.nbor(-1).text[:1].isupper()), None)
    # "roept Leo Rikkering enthousiast als hem …": an adverb after the name, then the clause
    manner = next(
        (t.i - 1 for t in span[2:] if t.text in _CUT_WORDS | _AS and t.nbor(-1).pos_ in ("ADV", "ADJ", "ADP")
         and t.nbor(-1).text.islower() and t.doc[t.i - 2].text[:1].isupper()),
        None,
    )
    if about is not None or manner is not None:
        span = span.doc[span.start : min(i for i in (about, manner) if i is not None)]
    while len(span) > 1 and span[-1].lower_ in TIME_WORDS and span[-2].text[:1].isupper():
        span = span[:-1]
    return span


def _name_words(words: list[str]) -> bool:
    """Capitalised words, with particles between them ("ten Hag")."""
    return bool(words) and words[-1][:1].isupper() and all(w[:1].isupper() or w in PARTICLES for w in words)


def _opens_a_clause(before) -> bool:
    """Whether a subordinator after `before` opens a clause: after a verb
    ("resigned after"), or a time ("days after the army threatened")."""
    return before.pos_ in ("VERB", "AUX") or before.lower_ in _TIME_SPANS


#: Spans of time before "after"/"na" ("days after the army …", "weken nadat …").
_TIME_SPANS = frozenset("minutes hours days weeks months years shortly soon just minuten uren dagen weken maanden jaren kort vlak".split())


def _without_opening(span: Span) -> Span:
    """`span` without a joining word ("maar de minister"), an adverb and
    "als" ("bijvoorbeeld als eiser X": who is "eiser X") or a verb form
    before a name ("overtuigd FNV") before who speaks."""
    while len(span) > 1 and span[0].text in _OPENING_MARKS:
        span = span[1:]  # "…af; Kim gaf aan dat": the semicolon before the name
    if len(span) > 1 and (span[0].lower_ in _LEADING or span[0].text == "Zoals" or heading_run_in(span)):
        span = span[1:]  # "Zoals de dichter Jacob Cats schreef: '…'": Cats; "Bedrog | Een woordvoerder van …"
    if len(span) > 2 and span[1].lower_ in _AS and span[0].pos_ == "ADV":
        span = span[2:]
    if len(span) > 1 and span[0].pos_ == "VERB" and span[0].text.islower() and span[1].ent_type_ and span[1].text[:1].isupper():
        span = span[1:]  # "(Niet) overtuigd | FNV en CNV vinden": a subheading's last word before the name
    opening = next((t.i for t in reversed(span[1:]) if t.lower_ in _SUBORDINATORS and _opens_a_clause(t.nbor(-1))), None)
    if opening is not None and opening + 1 < span.end:
        span = span.doc[opening + 1 : span.end]  # "Thomson resigned after | the club's directors (asked)": the clause's subject
    if len(span) > 1 and span[-1].lower_ in _PERSONAL and span[-2].pos_ == "NOUN" and span[-2].text.islower():
        span = span[-1:]  # "when he became minority leader | he declared": a clause's noun, then the subject
    return span


class SpeakerChecks:
    def _refers_to_one(self, speaker: tuple[int, int] | None, cue: str | None) -> bool:
        """Whether the speaker is a pronoun for one person: "hij", "he",
        "she", and Dutch "ze"/"zij" or a sentence-opening "Die"/"Deze"
        with a singular verb ("zei ze", "Die schreef")."""
        if self._pronoun(speaker, singular=True):
            return True
        if self.lang == "nl" and speaker is not None and cue:
            word = self.text[speaker[0] : speaker[1]].lower()
            return (word in ("ze", "zij") or word in DEMONSTRATIVES) and not cue.lower().endswith("en")
        return False

    def _pronoun(self, speaker: tuple[int, int] | None, singular: bool = False) -> bool:
        if speaker is None:
            return False
        table = self.cues.singular_pronouns if singular else self.cues.pronouns
        return self.text[speaker[0] : speaker[1]].lower() in table

    def checked_speaker(self, speaker: tuple[int, int] | None, described: bool = False) -> tuple[int, int] | None:
        """`speaker` if it can be one: a name, a person or group described
        by a noun, or a pronoun alone; a phrase that opens with a pronoun is
        cut to it ("zei hij eraan toe"); a fragment of a clause (a
        reporting verb inside it, "zoals …", "… te", one lowercase word
        that is no role) is no speaker: None, so the speaker stays unknown.
        With `described` (a cue right at a quotation) a phrase opening with
        an article ("de socioloog") is a description; otherwise it must
        name someone or hold a role noun."""
        if speaker is None:
            return None
        span = self.tokens(*speaker)
        if span is None or len(span) == 0:
            return None
        span = self._before_a_quotation(_without_age(after_a_run_in_name(self.text, self.names, _without_opening(span))))
        span = self._after_a_quotation(span) if span is not None else None
        if span is None or len(span) == 0:
            return None
        speaker = (span.start_char, span.end_char)
        first = span[0]
        if first.lower_ in _POSSESSIVE_PRONOUNS and (
            len(span) == 1 or span[1].pos_ in _NOT_NOMINAL or span[1].lower_ in _ADVERBS
        ) and not (len(span) > 2 and span[1].pos_ == "ADV" and span[2].pos_ == "ADJ"):  # "Haar even oude studiegenoot X"
            return (first.idx, first.idx + len(first))  # "volgens haar vooral …": the pronoun
        if len(span) == 1 and _demonstrative_for_one(first):
            return speaker  # "Die schreef: …", "Deze zegt dat …": like "hij", the one just named
        if len(span) == 1 and first.lower_ in _DETERMINERS:
            return None  # "zoals het zelf stelt": "het" is no one
        if first.lower_ in _FIRST_PERSON:
            return None  # "zeg ik en ik wandel …": the writer, whom the reader does not name
        if span[-1].lower_ in TEXT_NOUNS:
            return None  # "een reactie", "the statement": a text, not who spoke
        if first.lower_ in _PERSONAL:
            if len(span) == 1 or not (
                span[1].ent_type_ or span[1].text[:1].isupper() or self.roles.is_role_word(span[1])
            ):
                cut = (first.idx, first.idx + len(first))
                return cut if self._pronoun(cut) else None
        if first.text in _NOT_SPEAKER_START or first.lower_ in _CIRCUMSTANCE_START:  # "zoals", not "Van Loon"
            return None
        if self._verb_first(first):
            return None  # a clause, not a phrase: "told the Sun", "telling the newspaper he"
        if (named := name_in_apposition(span)) is not None:
            return (named, speaker[1])  # "Reagan's wife, Nancy": the name in apposition is the speaker
        span = _after_its_relative(self._before_its_verb(span))
        if span is None or _a_clause(span, self.roles.is_speaker_word):
            return None  # "groeit bovendien de groep die …", "de verkiezingen kunnen we toch": no one
        span = without_run_on(self, span)
        speaker = (span.start_char, span.end_char)
        if span[-1].lower_ in _FRAGMENT_END:
            return None
        if self._names_someone(speaker):
            return self._whole_name(speaker)
        return self._whole_name(speaker) if described and _a_description(span) else None

    def _whole_name(self, speaker: tuple[int, int]) -> tuple[int, int]:
        """`speaker` to the end of a name that starts inside it and runs on
        ("'t | Hooft", "trainer Erik | ten Hag"): a name is never cut in two;
        or right after a role and its field ("student bouwkunde | Yousef Koja").
        Only over capitalised words and particles before the last: a name the
        model ran into a verb or a preposition ("Follow This | bekend Shell",
        "Vogel | voor") is no name to follow."""
        if self.names is None:
            return speaker
        ends = [
            end
            for start, end, _ in self.names.starting_between(*speaker)
            if end > speaker[1] and _name_words(self.text[speaker[1] : end].split())
        ]
        field = None if ends else self.roles.after_its_field(self.tokens(*speaker))  # "student bouwkunde Yousef Koja"
        if field is not None:  # a person's name only: not "de politieman maken | Nederlandse criminelen"
            ends = [end for _, end, actor in self.names.starting_between(field, field + 1) if getattr(actor, "label", "") == "PER"]
        return (speaker[0], max(ends)) if ends else speaker

    def _before_a_quotation(self, span):
        """`span` up to a quotation that opens inside it and runs past it
        ("volgens hoogleraar Jan Smit 'een gemiste kans'"); a quoted word
        inside stays ("de 'boreale' volksdichter Jacob Cats")."""
        opened = next((m.start for m in self.marked if span.start_char < m.start < span.end_char < m.end), None)
        return self.tokens(span.start_char, len(self.text[:opened].rstrip())) if opened is not None else span

    def _after_a_quotation(self, span):
        """`span` after a quotation that closes inside it ("'Juist nu is
        doneren belangrijk' Thea Hilhorst (…):", a quoted subheading before
        the name)."""
        closed = max((m.end for m in self.marked if m.start < span.start_char < m.end < span.end_char), default=None)
        return self.tokens(closed, span.end_char) if closed is not None else span

    def _verb_first(self, first) -> bool:
        """A reporting verb or an English -ing/-ed form in lower case, unless
        tagged a noun or adjective ("state radio", "unnamed sources")."""
        if not first.text.islower() or first.pos_ in _NOUN_OR_ADJECTIVE:
            return False
        return first.lower_ in self.verbs or (self.lang == "en" and first.lower_.endswith(("ing", "ed")))

    def _before_its_verb(self, span):
        """`span` up to a reporting verb inside it: "Others said they …" ran
        past its verb; what comes before it is the speaker, unless a pronoun
        after the verb is ("Trouw zei hij": the subject is "hij"), then None.
        A parsed subject has no verb in it ("in charge of") and is kept, but
        never with a reporting verb at its end ("said X of the department
        said": a sentence written twice)."""
        verb = next((t for t in span[1:] if t.lower_ in self.verbs or t.lower_ in self.cues.particle_verbs), None)
        if verb is None or self.phrases.parsed and (verb.i < span.end - 1 or verb.pos_ != "VERB"):
            return span  # "Earlier Russian news reports", "Een bekende": a noun
        after = span.doc[verb.i + 1] if verb.i + 1 < len(span.doc) else None
        if after is not None and after.lower_ in _PERSONAL:
            return None
        return span.doc[span.start : verb.i]

    def _names_someone(self, speaker: tuple[int, int]) -> bool:
        """A speaker phrase must name an entity, a person by role, or be a pronoun."""
        span = self.tokens(*speaker)
        if span is None:
            return False
        if self._pronoun(speaker):
            return True
        # A name in what a common noun is about names no speaker ("De bezorgdheid over de invloed van China");
        # one of whom it is may ("gegevens van de NASA", "engineers from Sun"), as a name's own may ("Raad over …")
        modifier = next(
            (t.i for t in span[1:] if t.lower_ in _TOPICAL and t.nbor(-1).pos_ == "NOUN" and t.nbor(-1).text.islower()),
            span.end,
        )
        if any(t.ent_type_ or _acronym(t.text) for t in span.doc[span.start : modifier]):
            return True
        if len(span) == 1 and span[0].is_alpha and span[0].text.istitle() and not span[0].is_sent_start and span[0].i > 0 and span[0].nbor(-1).text == ",":
            return True  # "…, Vivit said.": a name the model missed, closing the sentence after its comma
        if self.names.overlaps(speaker[0], span.doc[modifier - 1].idx + len(span.doc[modifier - 1])):
            return True
        if self.lang == "nl" and len(span) <= 2 and all(_proper_noun(t) for t in span) and span[0].lower_ not in _DETERMINERS:
            return True  # "Forum dringt aan op …": a name the model missed, tagged a proper noun (English tags too many)
        return any(self.roles.is_speaker_word(t) for t in span) or describes_a_person(span) or named_before(span)


def _proper_noun(token) -> bool:
    return token.pos_ == "PROPN" and token.is_alpha and token.text.istitle() and token.lower_ not in TIME_WORDS


#: Words that stand where a subject goes but name no one ("er wordt …").
_EXPLETIVES = frozenset("er there".split())


def _demonstrative_for_one(token) -> bool:
    """A Dutch "Die"/"Deze" opening its sentence right before a singular
    verb ("Die zei"); before a plural ("Die roepen twijfels op") it more
    likely stands for things."""
    if token.lower_ not in DEMONSTRATIVES or not token.text.istitle() or token.i + 1 >= len(token.doc):
        return False  # "Die", "Deze" as the first word of a sentence
    verb = token.doc[token.i + 1]
    return verb.text.islower() and verb.is_alpha and not verb.lower_.endswith("en")


def _a_description(span) -> bool:
    """A phrase opening with an article, short, with no clause in it and a
    noun ("de socioloog", "een van hen", "een ander"): not an article and
    an adjective alone ("Met een diepe zucht:")."""
    if span[0].lower_ not in _DETERMINERS or len(span) > 8 or clause_words(span):
        return False
    return any(t.pos_ in _NOMINAL or t.lower_ in _OTHERS for t in span[1:])


#: Dutch auxiliaries that open a question when capitalised ("Is dit …?").
_AUXILIARY_WORDS = frozenset("is was zijn waren heeft had hebben hadden wordt werd worden werden kan kon moet moest zal zou".split())


def _after_its_relative(span):
    """ "precies die burgers die de SP (zegt te …)": the subject of the
    relative clause that runs into the verb, not the phrase before it; a
    clause about the speaker stays ("Ministers die in de EU willen blijven")."""
    relative = next((t.i for t in reversed(span[1:-1]) if t.lower_ == "die"), None) if span is not None else None
    if relative is None or span.doc[relative + 1].pos_ not in ("DET", "PROPN"):
        return span
    if any(t.pos_ in ("VERB", "AUX") for t in span.doc[relative + 1 : span.end]):
        return span
    return span.doc[relative + 1 : span.end]


def _a_clause(span, speaker_word=lambda token: False) -> bool:
    """A piece of a clause, not a phrase for someone: an expletive alone, a
    finite verb in lower case first ("groeit de groep die …"; not a noun for
    people, `speaker_word`, the tagger took for one: "concluderen
    meteorologen"), or a finite verb with its subject pronoun after it ("de
    verkiezingen kunnen we toch …": the phrase before it is no subject)."""
    first = span[0]
    if len(span) == 1 and first.lower_ in _EXPLETIVES:
        return True
    if _finite(first) and not speaker_word(first):
        return True
    if any(t.text[:1].isupper() and not t.ent_type_ and t.lower_ in _AUXILIARY_WORDS for t in span[1:]):
        return True  # "Eindhoven Oudhollands gezegde Is dit …": a heading run into a question
    if any(t.pos_ == "SCONJ" and (t.lower_ in _SUBORDINATORS or t.lower_ in _IF) for t in span[1:-1]):
        return True  # "immoreel als Europa X uitsluit China": a headline's clause run into the subject
    if any(_verb_and_object(t) for t in span[1:-1]):
        return True  # English "Police arrested a man": a subject, its verb and object
    if any(_finite(token) and following.lower_ in _SUBJECT_PRONOUNS for token, following in zip(span, span[1:])):
        return True
    # "een reactie stuurt Airbnb een passage": a verb with its subject after
    # it is a main clause turned round, not a phrase for someone (the subject
    # of a relative clause comes before its verb: "de man die daar woont")
    return any(_finite(token) and any(c.dep_ == "nsubj" and c.i > token.i for c in token.children) for token in span[1:])


def _verb_and_object(token) -> bool:
    """An English finite verb, no reporting verb, before an object's first
    word ("arrested a man"; not "connected with", which modifies)."""
    following = token.nbor()
    return (
        token.text.islower()
        and token.tag_ in ("VBD", "VBZ", "VBP")
        and token.lower_ not in ALL_REPORTING_VERBS
        and (following.pos_ in ("DET", "PRON") or (following.pos_ == "NOUN" and following.text.islower()))
    )  # not before a name: "derivatives exchange OM Gruppen" is a noun the tagger took for a verb


def _finite(token) -> bool:
    # the English tag wins over a part of speech that disagrees ("aides": NNS, though VERB)
    return token.text.islower() and token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm") and not token.tag_.startswith("NN")


def _acronym(word: str) -> bool:
    """An organisation's initials ("het OM", "de NCTV"), which the model
    does not always find."""
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()
