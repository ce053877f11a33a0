"""Speaker phrases: the noun phrase next to a reporting verb.

A phrase runs over determiners, adjectives, nouns, names and
``van``/``of`` phrases and stops at punctuation, finite verbs, time words
and prepositions that open a new phrase. When the Doc is parsed (the
bundled models' parser, or an official pipeline's), the verb's nominal
subject is tried first (`subject_of`); the word-order phrases are the
fallback."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .convictions import CONVICTIONS
from .doc_text import doc_text
from .finite_verbs import finite, finite_or_known, finite_or_past  # noqa: F401 (imported from here too)
from .marks import ALL_MARKS as MARKS, elided
from .mentions import is_role
from .names import joins_a_name
from .people import in_a_list

#: Words that end a speaker phrase: finite verbs, time words, prepositions
#: that start a new phrase. Dutch and English.
PHRASE_STOPS = frozenset(
    """
    is was waren zijn heeft hebben had hadden zou zouden wordt werd worden kan kon moet moest zal
    gaat ging wil wilde niet ook al nog wel echter daarover daarmee toen nu dan maar want omdat zich
    gisteren vandaag morgen maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    tijdens na in op tegen tegenover aan met over bij om voor
    are were has have would will can could should may might not also yesterday today tomorrow
    monday tuesday wednesday thursday friday saturday sunday during after in on at to with about
    for when while as that dat eerder later earlier desgevraagd vervolgens tenslotte
    sinds terwijl nadat voordat hoewel zodra zodat doordat wanneer since because although
    """.split()
)
#: A speaker is a nominal subject: not a clause (csubj) or a dummy "het".
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
_AUXILIARY_DEPS = frozenset({"aux", "aux:pass", "cop"})
#: Parts of speech a speaker phrase may be headed by; a subject headed by
#: a verb or a preposition is the parser's mistake, not a speaker.
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ", "X"})
#: Parts of speech inside an English noun phrase ("Canada's current account").
NOUN_PHRASE_TAGS = frozenset("DET ADJ NOUN PROPN NUM PART".split())
TIME_WORDS = frozenset(
    """gisteren vandaag morgen maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    yesterday today tomorrow monday tuesday wednesday thursday friday saturday sunday
    week weekeinde weekend maand jaar avond ochtend middag nacht afgelopen vorige month year evening morning night""".split()
)
#: Adverbs between a subject and the verb that closes its Dutch clause.
_BEFORE_A_CLOSING_VERB = frozenset("ook al nog wel juist zelf".split())
#: Relative pronouns that, after a comma, open a clause about the phrase before it.
_RELATIVE_AFTER_COMMA = frozenset("die wie welke who which whose".split())
#: Words that open a time phrase after a name ("on Friday", "op maandag").
_TIME_OPENERS = frozenset("on op last vorige afgelopen".split())
_RELATIVE = frozenset("die dat wie welke waar who which that whose where".split())
#: Words that join a second verb to the first one's subject ("condemned … and said").
_AND, _BUT = frozenset("and en".split()), frozenset("but maar".split())
#: Words that open a clause of its own between the two verbs: its subject may be who speaks.
_CLAUSE_OPENERS = _RELATIVE | frozenset("because when if after before while omdat als toen nadat voordat terwijl".split())
#: English participles that open a clause about a subject ("police searching for …").
_PARTICIPLE_TAGS = frozenset("VBG VBN".split())
#: Words that end a phrase after its verb but may stand in one before it:
#: a relative pronoun, a source, a place or time adverb, a month ("zegt een
#: deskundige die …", "zei de premier volgens de krant", "vraagt X vanaf
#: een scherm", "zei X daar onlangs", "said X in February").
_AFTER_STOPS = _RELATIVE_AFTER_COMMA | frozenset(
    """volgens according vanaf vanuit vanwege daar hier onlangs destijds vorig vorige afgelopen januari februari
    maart april mei juni juli augustus september oktober november december""".split()
)
#: Dutch prepositions of the occasion of speaking, after a speaker.
_OCCASION = frozenset("voor tegen tegenover tijdens".split())
#: Prepositions that open an apposition of circumstance, not of who.
_CIRCUMSTANCE = frozenset("in met op tijdens zonder with without during".split())
#: Possessives inside a noun phrase, which the tagger calls pronouns ("in zijn proefschrift").
POSSESSIVES = frozenset("zijn haar hun diens mijn ons onze jouw his her their its my our".split())
_TIME_UNITS = frozenset("uur dag dagen week weken maand maanden jaar jaren eeuw hour hours day days week weeks month months year years".split())
_AGO = frozenset("geleden eerder later terug ago earlier".split())
_CONNECTORS = frozenset({"van", "de", "het", "der", "den", "of", "the", "en", "and", "'s"})
_PHRASE_TOKENS = 16
#: At most this many tokens in brackets after a speaker's name ("(54)", "(Wonen)").
_BRACKETED = 6
#: At most this many tokens in brackets that hold a relative clause about him or her ("(die anoniem wil blijven)").
_BRACKETED_CLAUSE = 16


class Phrases:
    """Finds speaker phrases in one Doc; offsets are characters of its text."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)
        self.parsed = doc.has_annotation("DEP")

    def after(self, index: int, limit: int) -> tuple[int, int] | None:
        """A noun phrase starting at token `index`: determiners, adjectives,
        nouns, names and ``van``-phrases, up to a stop word or punctuation."""
        doc = self.doc
        end = index
        while end < min(limit, len(doc)) and end - index < _PHRASE_TOKENS:
            token = doc[end]
            if token.is_punct and not self.inside_name(token):
                break
            # "zegt zijn advocaat": a phrase that opens with "zijn" has his, not are ("Volgens Yi zijn …")
            his = end == index and token.lower_ == "zijn" and token.pos_ in ("PRON", "DET")
            if token.is_space or (self.stops(token) and not self.department(end) and not his) or (end > index and _ends_after(token)):
                break
            if end > index and _time_ago(doc[end : end + 3]):
                break  # "benadrukte Vucic een jaar geleden": the time is no part of who
            end += 1
        while end > index and (doc[end - 1].lower_ in _CONNECTORS or doc[end - 1].text in MARKS):
            end -= 1
        while index < end and doc[index].text in MARKS:
            index += 1
        if end <= index:
            return None
        return self.unquote(doc[index].idx, doc[end - 1].idx + len(doc[end - 1]))

    def _occasion(self, token: Token) -> bool:
        """A preposition that opens when, where or to whom someone spoke,
        not who ("zei de minister voor de camera", "tegen de krant"); a
        role's department is who ("minister voor Medische Zorg")."""
        return token.lower_ in _OCCASION and not self.department(token.i)

    def department(self, index: int) -> bool:
        """A role's "voor" and the department or portfolio after it
        ("minister voor Medische Zorg Bruno Bruins", "commissaris voor
        uitbreiding Johannes Hahn"): no determiner after it, and a
        capitalised word within four."""
        doc = self.doc
        if doc[index].lower_ != "voor" or index == 0 or not is_role(doc[index - 1].text):
            return False
        after = doc[index + 1 : index + 5]
        return len(after) > 0 and after[0].pos_ != "DET" and any(t.text[:1].isupper() for t in after)

    @staticmethod
    def stops(token: Token) -> bool:
        """Whether `token` ends a phrase: a stop word, unless it is part of
        a name (an entity, an acronym: "het OM", or capitalised inside a
        sentence: "Dan Coats", "Will Smith"; "on" in "Eyes on Animals")."""
        if token.lower_ not in PHRASE_STOPS or token.ent_type_ or (token.text.isupper() and len(token.text) > 1):
            return False
        if 0 < token.i < len(token.doc) - 1 and joins_a_name(token.doc.lang_, token.text, token.nbor(-1).text, token.nbor().text):
            return False
        previous = token.nbor(-1) if token.i > 0 else None
        inside = previous is not None and not (previous.is_punct or previous.is_space)
        return not (inside and token.text[:1].isupper())

    def inside_name(self, token: Token) -> bool:
        """Punctuation that may stand inside a speaker phrase: quotation
        marks around a name, a hyphen inside a word (Secretary-General), a
        comma inside a list (`in_a_list`), not a dash between phrases."""
        if token.text in ("‘", "’", "'"):
            return True
        if token.text == ",":
            return in_a_list(self.doc, token.i)
        if token.text == "-":
            before = self.doc[token.i - 1] if token.i > 0 else None
            return before is not None and not before.whitespace_ and not token.whitespace_
        return False

    def before(self, index: int, floor: int) -> tuple[int, int] | None:
        """A noun phrase ending just before token `index`, passing over a
        time phrase ("Guterres on Tuesday warned")."""
        doc = self.doc
        if index - 1 > floor and doc[index - 1].text == ")":
            # "Karin de Wit (54) zegt", "Smith (CDA) said": the phrase before the brackets; "De verhuurder (die
            # anoniem wil blijven) geeft aan": before a relative clause in brackets too
            opening = next((j for j in range(index - 2, max(floor, index - _BRACKETED_CLAUSE), -1) if doc[j].text == "("), None)
            short = opening is not None and index - opening <= _BRACKETED
            if opening is not None and opening > floor and (short or doc[opening + 1].lower_ in _RELATIVE_AFTER_COMMA | {"wiens", "wier"}):
                index = opening
        # "omdat de minister juist/ook oproept …": a Dutch verb closing its clause after an adverb
        while index - 1 > floor and (doc[index - 1].lower_ in TIME_WORDS or doc[index - 1].lower_ in _BEFORE_A_CLOSING_VERB):
            index -= 1
            if index - 1 > floor and doc[index - 1].lower_ in _TIME_OPENERS:
                index -= 1
        start = index
        while start > max(floor, 0) and index - start < _PHRASE_TOKENS:
            token = doc[start - 1]
            if token.is_space or (token.is_punct and not self.inside_name(token)):
                break
            if self.stops(token) and not _after_close_or_familiar(token):
                break
            start -= 1
        while start < index and doc[start].text in MARKS:
            start += 1
        if start >= index:
            return None
        return self.unquote(doc[start].idx, doc[index - 1].idx + len(doc[index - 1]))

    def coordinated_subject(self, verb: int, floor: int) -> tuple[int, int] | None:
        """ "Syria on Friday condemned … and said …", "Iran, which denies
        it, urged … and said …": for a verb right after "and"/"en" (or ", maar"), the noun
        phrase that opens the sentence (from token `floor`) when a finite
        verb follows it (past a time phrase and a relative clause between
        commas) and no punctuation or clause of its own comes between that
        verb and "and". The bundled parser seldom links the second verb."""
        doc = self.doc
        if verb - 1 <= floor or doc[verb - 1].lower_ not in _AND | _BUT:
            return None
        first_verb = next((t.i for t in doc[floor:verb] if finite_or_past(t)), verb)
        subject = self.after(floor, first_verb)
        if subject is None:
            return None
        j = next((t.i for t in doc[floor:verb] if t.idx >= subject[1]), verb)
        while j < verb and (doc[j].lower_ in TIME_WORDS or doc[j].lower_ in ("on", "op")):
            j += 1
        if j + 1 < verb and doc[j].text == "," and doc[j + 1].lower_ in _RELATIVE:
            j = next((t.i + 1 for t in doc[j + 1 : verb] if t.text == ","), verb)
        elif j + 1 < verb and doc[j].text == ",":  # "Brunswijk, 35, denied …": an apposition with no verb of its own
            closing = next((t.i for t in doc[j + 1 : min(verb, j + 14)] if t.text == ","), None)
            if closing is not None and not any(finite(t) for t in doc[j + 1 : closing]):
                j = closing + 1
        if j >= verb - 1 or not finite_or_past(doc[j]):
            return None
        between = doc[j + 1 : verb - 1]
        if doc[verb - 1].lower_ in _BUT and len(between) and between[-1].text == ",":
            between = between[:-1]  # "De vrouw was …, maar zegt …"
        if any(t.is_punct or t.is_space or t.lower_ in _CLAUSE_OPENERS for t in between):
            return None
        return subject

    def unquote(self, start: int, end: int) -> tuple[int, int]:
        """Strip quotation marks around a phrase (``‘NBC News’`` → ``NBC News``)."""
        while start < end and self.text[start] in MARKS and not elided(self.text, start):
            start += 1
        while end > start and self.text[end - 1] in MARKS:
            if any(self.text[k] in MARKS and self.text[k - 1].isspace() for k in range(start + 1, end - 1)):
                break  # "Verhuurder 'Jesper'": a name quoted inside the phrase keeps its mark (not "O'Brien’")
            end -= 1
        return start, end

    def subject_of(self, verb: int) -> tuple[int, int] | None:
        """The subject of the reporting verb by the dependency parse, when
        the pipeline has a parser; the heuristics are the fallback. Only a
        nominal subject that stands wholly on one side of the verb counts:
        at the bundled parser's accuracy a clause or a phrase around the
        verb as subject is more often a wrong parse than a speaker."""
        if not self.parsed:
            return None
        token = self.doc[verb]
        # "Syria condemned … and said …": the first verb's subject; "is van mening": the expression's (its noun
        # hangs on "van", which hangs on "is"); "is het eens dat", "heeft er vertrouwen in dat": the subject of "is"
        # not with a name right before it: "The men shouted … as a deputy, Ahmed Kafawin, told soldiers …"
        before = self.doc[verb - 2] if verb > 1 and self.doc[verb - 1].text == "," else self.doc[verb - 1]
        joined = token.dep_ == "fixed" or before.ent_type_ not in ("PER", "PERSON")
        agreeing = token.dep_ == "advmod" and token.lower_ == "eens" or token.lower_ in CONVICTIONS and token.head.i != verb
        if agreeing or token.dep_ in ("conj", "fixed") and joined and not any(c.dep_ in _SUBJECT_DEPS for c in token.children):
            token = token.head
            if token.dep_ == "compound:prt" and self.doc[verb].dep_ == "fixed":
                token = token.head
        verb = token.i
        for child in self._subject_children(verb):
            if child.dep_ not in _SUBJECT_DEPS or (child.pos_ and child.pos_ not in _NOMINAL):
                continue
            subtree = list(child.subtree)
            while subtree and subtree[-1].is_punct and subtree[-1].text not in MARKS and not _closes(subtree):
                subtree.pop()  # "X," (the comma before the verb); "Anne Spierings (D66)" keeps its bracket
            while subtree and subtree[0].is_punct and subtree[0].text not in MARKS:
                subtree.pop(0)  # ", a spokesman told": the comma the parser hung on it
            if not subtree or subtree[0].i <= verb <= subtree[-1].i:
                continue
            if subtree[0].i > 0 and subtree[0].nbor(-1).text == "," and subtree[0].lower_ in _RELATIVE_AFTER_COMMA:
                continue  # "Advocaat X, die Y bijstond, …, vindt": the clause is about the subject
            if any(token.is_space or token.text in ".!?;:" for token in subtree):
                continue  # over a sentence or a line: a wrong parse
            participle = next((t.i for t in subtree if t.i > child.i and t.head == child and t.dep_ == "acl" and t.tag_ in _PARTICIPLE_TAGS), None)
            if participle is not None:  # "German police searching for a girl said": the police
                subtree = [t for t in subtree if t.i < participle]
                while subtree and subtree[-1].is_punct:
                    subtree.pop()  # "A senior official, speaking …": the comma before it
            if self._has_clause(subtree):
                continue  # "Voor die datum moet X zijn gestapt": a clause, a wrong parse
            subtree = self._cut(subtree, child, verb)
            if subtree:
                return self.unquote(subtree[0].idx, subtree[-1].idx + len(subtree[-1]))
        return None

    def _subject_children(self, verb: int) -> list[Token]:
        """The children of `verb`, and, when none is its subject, those of
        an auxiliary before it: the parser often hangs the subject on the
        auxiliary ("De boeren zijn er vast van overtuigd dat …")."""
        children = list(self.doc[verb].children)
        if any(child.dep_ in _SUBJECT_DEPS for child in children):
            return children
        return children + [c for aux in children if aux.dep_ in _AUXILIARY_DEPS and aux.i < verb for c in aux.children]

    def _cut(self, subtree: list[Token], head: Token, verb: int) -> list[Token]:
        """A parsed subject (`subtree`, headed by `head`) without what the
        parse hung on it that tells when, where or more about who."""
        comma = next((t.i for t in subtree if t.text == "," and t.i > head.i and t.nbor().lower_ in _RELATIVE), None)
        if comma is not None:  # "Jansen, die maandag …": the name, not its clause (an apposition stays)
            subtree = [t for t in subtree if t.i < comma]
        stop = next((t.i for t in subtree if t.i > head.i and (_ends_after(t) or self._occasion(t))), None)
        if stop is not None and subtree[0].i > verb:  # "zei de premier volgens de krant / voor de camera": the premier
            subtree = [t for t in subtree if t.i < stop]
            while subtree and subtree[-1].pos_ == "ADP":
                subtree.pop()  # "zei X in februari": the preposition goes with the month
        bracket = next((t.i for t in subtree if t.text == "(" and t.i > head.i), None)
        closing = next((t.i for t in subtree if t.text == ")" and bracket is not None and t.i > bracket), None)
        if bracket is not None and (closing is None or self.doc[closing - 1].like_num):
            # "Karin de Wit (54)": the age is no part of who; a bracket the parse left open too
            subtree = [t for t in subtree if t.i < bracket]
        if len(subtree) > 2 and subtree[-1].lower_ in TIME_WORDS and subtree[-1].i > head.i:
            subtree = subtree[:-2] if subtree[-2].lower_ in _TIME_OPENERS else subtree[:-1]  # "X on Friday reported"
        opening = next((t.i for t in subtree if t.text == "," and t.i < head.i), None)
        if opening is not None and subtree[0].pos_ in ("ADV", "ADP") and not any(t.ent_type_ for t in subtree if t.i < opening):
            subtree = [t for t in subtree if t.i > opening]  # "Earlier in the day, Fed chairman X said"
        return subtree

    @staticmethod
    def _has_clause(tokens: list[Token]) -> bool:
        """Whether a verb in `tokens` heads a clause that is not a relative
        clause opened by a relative pronoun ("de man die het zag")."""
        relative = False
        for token in tokens:
            if token.lower_ in _RELATIVE:
                relative = True
            elif token.pos_ in ("VERB", "AUX") and token.dep_ != "amod" and not relative and not token.ent_type_:
                return True  # a word of a name is none ("Kees Jansen": the tagger calls "Jansen" an infinitive)
        return False


def _after_close_or_familiar(token: Token) -> bool:
    """ "sources close to the talks", "people familiar with the matter": the
    preposition is inside the speaker phrase."""
    return token.i > 0 and token.nbor(-1).lower_ in _CLOSE_OR_FAMILIAR.get(token.lower_, ())


_CLOSE_OR_FAMILIAR = {"to": ("close",), "with": ("familiar",)}


def no_role(apposition: Span) -> bool:
    """Between the commas after a speaker: an age, a participle's clause
    or a circumstance ("54", "speaking on condition of anonymity", "citing
    safety concerns", "in het bezit van …"), which tell how, not who; a
    role ("chairman of VisNed") stays with the speaker."""
    if not len(apposition):
        return False
    first = apposition[0]
    if first.lower_ in _CIRCUMSTANCE:
        return True  # "X, in het bezit van een snorfiets, betoogt": how, not who
    return all(t.like_num for t in apposition) or (first.pos_ == "VERB" and first.tag_ in ("VBG", "VBN"))


def _ends_after(token: Token) -> bool:
    """Whether `token` ends a phrase that follows its verb (`_AFTER_STOPS`),
    unless it is part of a name ("Mei Li", "Die Zeit")."""
    return token.lower_ in _AFTER_STOPS and not token.ent_type_ and not token.text[:1].isupper()


def _time_ago(tokens) -> bool:
    """ "een jaar geleden", "two weeks ago": a time phrase of three words."""
    first = len(tokens) == 3 and (tokens[0].like_num or tokens[0].lower_ in ("een", "a", "an"))
    return first and tokens[1].lower_ in _TIME_UNITS and tokens[2].lower_ in _AGO


def _closes(tokens: list[Token]) -> bool:
    """Whether the last of `tokens` closes a bracket opened among them."""
    return tokens[-1].text == ")" and any(t.text == "(" for t in tokens)


def prepositional_phrases(doc, first: int, end: int) -> int:
    """The token past prepositional phrases from `first` by their tags
    ("in an interview with the radio station | the talks …"): a phrase
    ends at its noun, where a determiner opens the next noun phrase."""
    index = reached = first
    while index < end and doc[index].pos_ == "ADP":
        index += 1
        noun = False
        # a determiner or possessive after the noun opens the next phrase ("from Pakistan | his government …")
        while index < end and _nominal(doc[index]) and not (noun and (doc[index].pos_ == "DET" or doc[index].lower_ in POSSESSIVES)):
            noun = noun or doc[index].pos_ in ("NOUN", "PROPN") or doc[index].text[:1].isupper()
            index += 1
        if not noun:
            return reached
        reached = index
    return reached


def _nominal(token: Token) -> bool:
    """A word of a noun phrase by its tag or a possessive, or a capitalised
    word inside one (a place name the tagger took for something else:
    "Jerevan")."""
    return token.pos_ in NOUN_PHRASE_TAGS or token.lower_ in POSSESSIVES or (token.text[:1].isupper() and token.is_alpha)


def plain_phrase(tokens) -> bool:
    """Whether `tokens` hold no verb and no punctuation: a phrase, not a
    clause or a piece of two."""
    return not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in tokens)
