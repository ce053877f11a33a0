"""The noun of an apposition right after a name: ", a nurse", ", een dorp
in de Achterhoek", ", the chipmaker". What that noun is for (a person, a
place, an organisation) tells what the name is, whatever the model said."""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc

from .names import ARTICLES

#: How many words after its article the noun may stand ("a retired nurse").
NOUN_WITHIN = 3


def apposition_noun(doc: Doc, end: int, fits: Callable[[str], bool], stops: Collection[str] = ()) -> int | None:
    """The token of the first word that `fits` in an apposition opened by a
    comma and an article right after the name ending at token `end`, within
    `NOUN_WITHIN` words of the article; None at a capital, punctuation or a
    word of `stops` before it."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ARTICLES:
        return None
    for token in doc[end + 2 : end + 2 + NOUN_WITHIN]:
        if not token.is_lower or token.lower_ in stops:
            return None
        if fits(token.text):
            return token.i
    return None
