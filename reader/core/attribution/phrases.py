"""Speaker phrases: the noun phrase next to a reporting verb.

Without a parser (the bundled models have none) a phrase runs over
determiners, adjectives, nouns, names and ``van``/``of`` phrases and stops
at punctuation, finite verbs, time words and prepositions that open a new
phrase. With a parser, the verb's subject subtree is used instead.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .marks import ALL_MARKS as MARKS

#: Words that end a speaker phrase: finite verbs, time words, prepositions
#: that start a new phrase. Dutch and English.
PHRASE_STOPS = frozenset(
    """
    is was waren zijn heeft hebben had hadden zou zouden wordt werd worden kan kon moet moest zal
    gaat ging wil wilde niet ook al nog wel echter daarover daarmee toen nu dan maar want omdat
    gisteren vandaag morgen maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    tijdens na in op tegen tegenover aan met over bij om voor
    are were has have would will can could should may might not also yesterday today tomorrow
    monday tuesday wednesday thursday friday saturday sunday during after in on at to with about
    for when while as that dat
    """.split()
)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "csubj", "expl:subj"})
TIME_WORDS = frozenset(
    """gisteren vandaag morgen maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    yesterday today tomorrow monday tuesday wednesday thursday friday saturday sunday
    week""".split()
)
_CONNECTORS = frozenset({"van", "de", "het", "der", "den", "of", "the", "en", "and", "'s"})
_PHRASE_TOKENS = 16


class Phrases:
    """Finds speaker phrases in one Doc; offsets are characters of its text."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text
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
            if token.is_space or (token.lower_ in PHRASE_STOPS and not token.ent_type_):
                break
            end += 1
        while end > index and (doc[end - 1].lower_ in _CONNECTORS or doc[end - 1].text in MARKS):
            end -= 1
        while index < end and doc[index].text in MARKS:
            index += 1
        if end <= index:
            return None
        return self.unquote(doc[index].idx, doc[end - 1].idx + len(doc[end - 1]))

    def inside_name(self, token: Token) -> bool:
        """Punctuation that may stand inside a speaker phrase: quotation
        marks around a name, a hyphen inside a word (Secretary-General),
        not a dash between phrases."""
        if token.text in ("‘", "’", "'"):
            return True
        if token.text == "-":
            before = self.doc[token.i - 1] if token.i > 0 else None
            return before is not None and not before.whitespace_ and not token.whitespace_
        return False

    def before(self, index: int, floor: int) -> tuple[int, int] | None:
        """A noun phrase ending just before token `index`, passing over a
        time phrase ("Guterres on Tuesday warned")."""
        doc = self.doc
        while index - 1 > floor and doc[index - 1].lower_ in TIME_WORDS:
            index -= 1
            if index - 1 > floor and doc[index - 1].lower_ in ("on", "op", "last", "vorige", "afgelopen"):
                index -= 1
        start = index
        while start > max(floor, 0) and index - start < _PHRASE_TOKENS:
            token = doc[start - 1]
            if token.is_space or (token.is_punct and not self.inside_name(token)):
                break
            if token.lower_ in PHRASE_STOPS and not token.ent_type_:
                break
            start -= 1
        while start < index and doc[start].text in MARKS:
            start += 1
        if start >= index:
            return None
        return self.unquote(doc[start].idx, doc[index - 1].idx + len(doc[index - 1]))

    def unquote(self, start: int, end: int) -> tuple[int, int]:
        """Strip quotation marks around a phrase (``‘NBC News’`` → ``NBC News``)."""
        while start < end and self.text[start] in MARKS:
            start += 1
        while end > start and self.text[end - 1] in MARKS:
            end -= 1
        return start, end

    def subject_of(self, verb: int) -> tuple[int, int] | None:
        """The subject of the reporting verb by the dependency parse, when
        the pipeline has a parser; the heuristics are the fallback."""
        if not self.parsed:
            return None
        for child in self.doc[verb].children:
            if child.dep_ in _SUBJECT_DEPS:
                subtree = list(child.subtree)
                return self.unquote(subtree[0].idx, subtree[-1].idx + len(subtree[-1]))
        return None
