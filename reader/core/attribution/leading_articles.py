"""A sentence's capital article before a name (issue 15): "De Donbass is
een regio" after "In de Donbass wordt gevochten" is the name "Donbass";
the model took the article in because it is capitalised. Decided over the
whole article, which may be read in segments (`components.ActorSteps`):
a name the article also writes after a lower-case article and a lower-case
or function word ("in de Donbass", "naar het Binnenhof") keeps no capital
article in front. A surname's particle stays ("De Boer" after "Jan de
Boer": a name stands before that "de")."""

from __future__ import annotations

from spacy.tokens import Doc

from ..analysis import Entity
from ..loading.language import FUNCTION_WORDS
from .names import fold
from .spans import opens_sentence

_CAPITAL_ARTICLES = frozenset(("De", "Het"))
_ARTICLES = frozenset(("de", "het"))


class LeadingArticles:
    def __init__(self) -> None:
        self._after_an_article: set[str] = set()  # folded names written after "in de"
        self._opening: list[tuple[Entity, int]] = []  # a mention and where the name after its article starts

    def read(self, doc: Doc, mentions: list[Entity], start: int = 0) -> None:
        """The mentions of `doc`, a segment at `start` in the article's text."""
        function_words = FUNCTION_WORDS.get(doc.lang_, frozenset())
        for mention in mentions:
            span = doc.char_span(mention.start - start, mention.end - start, alignment_mode="expand")
            if span is None:
                continue
            first = span.start
            if len(span) >= 2 and doc[first].text in _CAPITAL_ARTICLES and opens_sentence(doc, first):
                self._opening.append((mention, start + doc[first + 1].idx))
            elif first >= 2 and doc[first - 1].text in _ARTICLES:
                before = doc[first - 2]
                if before.is_lower or before.lower_ in function_words:
                    self._after_an_article.add(fold(mention.text))

    def trim(self) -> None:
        """Each mention opening with a capital article before a name written
        elsewhere after a lower-case one, without that article."""
        for mention, name in self._opening:
            rest = mention.text[name - mention.start :]
            if fold(rest) in self._after_an_article:
                mention.start, mention.text = name, rest
