"""Whether a speaker phrase is two noun phrases side by side, and so holds
a verb the tagger missed between them ("Deze editie kent een bijzonder
thema"): such a phrase is no one."""

from __future__ import annotations

from .mentions import is_role
from .names import ARTICLES


def clause_words(span) -> bool:
    """Whether a phrase holds a second article that no preposition or
    conjunction joins to the first noun: two noun phrases side by side, so
    a verb between them ("Deze editie kent een bijzonder thema"); not a
    surname's article ("Marieke de Wit", "minister De Jonge")."""
    return any(
        token.lower_ in ARTICLES
        and previous.lower_ not in _JOINING_WORDS
        and previous.pos_ != "ADP"
        and not _a_surnames_article(span, previous, token)
        for previous, token in zip(span, span[1:])
    )


def _a_surnames_article(span, previous, token) -> bool:
    """ "Marieke de Wit", "minister De Jonge", "Jan De Vries": an article
    that opens a surname, after a first name or a role."""
    if not (token.i + 1 < span.end and span.doc[token.i + 1].text[:1].isupper()):
        return False
    if token.text.islower():
        return previous.text[:1].isupper()
    return token.text[:1].isupper() and (previous.text[:1].isupper() or is_role(previous.text))


#: Words that join a noun phrase to the one before it inside a description.
_JOINING_WORDS = frozenset(
    "van uit bij in op voor met aan namens tegen over en of from at in for with to on by of and or , 's".split()
)
