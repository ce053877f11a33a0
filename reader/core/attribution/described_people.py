"""A name that an apposition describes as a person is a person.

"Victoria Beckham, the designer, …", "Anna Schmidt, a nurse from Berlin",
"Jan de Vries, een leraar uit Deventer", "Florence Welch, 34,": news
describes whom it names, and a noun for a person or an age right after the
name says more than the model's label (which may call such a name a place
or an organisation, so a "she" later points nowhere). Only for a name of
two words or more opening with a known first name, so that "Santa Monica,
a city" and "Apple, the designer of the iPhone" keep their labels.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .appositions import apposition_noun
from .flags import FIRST_NAME_FLAG
from .organisation_names import ORGANISATION_HEADS, ORGANISATION_NOUNS
from .people import BODY_NOUNS, agent_noun
from .roles import DEFAULT_ROLE_NOUNS, FEMALE_NOUNS, MALE_NOUNS

#: The highest number read as an age (here and for ``20-year-old X`` in `kinds`).
OLDEST = 110


def described_person(doc: Doc, bound: list) -> str | None:
    """PER for the name in `bound` ([start, end, label, …]) when an
    apposition right after it describes a person; else None."""
    start, end = bound[0], bound[1]
    getter = doc.vocab.lex_attr_getters.get(FIRST_NAME_FLAG)
    if bound[2] == "PER" or end - start < 2 or getter is None or not getter(doc[start].text):
        return None
    if _aged_after(doc, end):
        return "PER"  # "Florence Welch, 34, …", "Anna de Groot (34)"
    return "PER" if apposition_noun(doc, end, person_noun) is not None else None


def _aged_after(doc: Doc, end: int) -> bool:
    """An age between commas or in brackets right after the name."""
    if end + 2 >= len(doc) or (doc[end].text, doc[end + 2].text) not in ((",", ","), ("(", ")")):
        return False
    age = doc[end + 1].text
    return age.isdigit() and 0 < int(age) <= OLDEST


def person_noun(word: str) -> bool:
    """A noun for a person: a role ("spokeswoman", "hoogleraar"), a word of
    family or sex ("mother", "vrouw"), or one by what they do ("designer",
    "leraar"); not for a body ("company", "chipmaker")."""
    if word in ORGANISATION_NOUNS or word in BODY_NOUNS or word.endswith(ORGANISATION_HEADS):
        return False
    return word in DEFAULT_ROLE_NOUNS or word in FEMALE_NOUNS or word in MALE_NOUNS or agent_noun(word)
