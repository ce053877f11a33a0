"""Names in a speaker phrase that are someone else's: the person a
description is about ("de moeder van Lili Smit", "de advocaat van
slachtoffers X"), a genitive ("een van Howicks beste vrienden") or a name
that modifies a role ("a Clinton aide"); the speaker is the one described,
not the one named."""

from __future__ import annotations

from .mentions import is_role
from .roles import SPEAKER_NOUNS
from .titles import NAME_PARTICLES


def someone_elses(text: str, phrase: tuple[int, int], mention: tuple[int, int], name: str) -> bool:
    """A person named in a description of someone else: after a person noun
    and "van"/"of" ("de moeder van Lili Smit"; not "de woorden van
    Clinton"), or as a genitive before more words ("een van Howicks beste
    vrienden"; not "Veerle Vrindts van ProVeg")."""
    before = text[phrase[0] : mention[0]].split()
    while len(before) > 2 and is_role(before[-1]):
        before.pop()  # "a spokeswoman for Prince Rainier": the title goes with the name
    after = text[mention[1] : phrase[1]].split()
    said = text[mention[0] : mention[1]]
    of = after_a_person_noun(before, ("van", "of", "for", "voor"))
    # "een van Howicks beste vrienden", "Trumps Noord-Koreagezant Stephen Biegun"
    genitive = bool(after) and after[0][:1].isalpha() and said.endswith(("s", "'s", "’s")) and not name.endswith("s")
    # "Louwes' advocaat Geert-Jan Knoops", "Yeltsin's spokesman": the apostrophe or "'s" a token of its own
    # and "Rupert Murdoch's News Corp": a name after it is what the person has, not who
    apostrophe = len(after) >= 2 and after[0] in ("'", "’", "'s", "’s") and after[1][:1].isalpha()
    # "an Arafat adviser", "a Clinton aide", "Dole campaign manager X": the name as a modifier of a role, someone else's
    modifier = bool(after) and after[0].islower() and after[0] not in ("en", "and") and any(is_role(w) or w in SPEAKER_NOUNS for w in after[:2])
    return of or genitive or apostrophe or modifier


def _person_noun(word: str) -> bool:
    """A role, a noun for people who speak or a relative ("moeder", "advocaat"), or its plural."""
    word = word.lower()
    return any(is_role(form) or form in SPEAKER_NOUNS or form in _KIN for form in (word, word[:-1]))


#: Relatives, for "de moeder van X" (mother, father, son …).
_KIN = frozenset("moeder vader zoon dochter broer zus vriend vriendin buurman buurvrouw mother father brother sister friend".split())


def after_a_person_noun(before: list[str], prepositions: tuple[str, ...]) -> bool:
    """Whether the words `before` a name end with a noun for a person and one
    of `prepositions` ("de moeder van", "a spokeswoman for"), also with a
    name and "en"/"and" between ("de moeder van Lili en" Howick); after a
    relative, also a short noun phrase the name stands beside ("de moeder
    van de Armeense asielkinderen" Lili; a role's is its department:
    "minister voor Buitenlandse Zaken" Wang Yi is the minister)."""
    before = _past_a_person_noun(before)  # "… en zoon" Sharon
    if len(before) >= 4 and before[-1] in ("en", "and") and before[-2][:1].isupper():
        named = before[:-1]
        while len(named) > 2 and (named[-1][:1].isupper() or named[-1] in NAME_PARTICLES and named[-2][:1].isupper()):
            named = named[:-1]  # "Lili", "Martin Colmans", "Jan de Vries": the name before "en"
        before = _past_a_person_noun(named)
    if len(before) >= 2 and before[-1] in prepositions and _person_noun(before[-2]):
        return True
    for at in range(len(before) - 2, max(0, len(before) - 2 - _BESIDE), -1):
        if before[at][-1:] in ",.;:!?" or before[at + 1][-1:] in ",.;:!?":
            return False
        if before[at] in prepositions and at >= 1 and before[at - 1].lower() in _KIN:
            return True
    return False


def _past_a_person_noun(before: list[str]) -> list[str]:
    """`before` without a lower-case noun for people at its end, and its
    article: "een woordvoerder van wethouder" X, "de advocaat van (de)
    slachtoffers" X (who they are, not who speaks)."""
    if len(before) >= 3 and _person_noun(before[-1]) and before[-1].islower():
        return before[:-2] if len(before) >= 4 and before[-2].lower() in ("de", "het", "the") else before[:-1]
    return before


#: At most this many words between "van"/"of" and the name ("van de Armeense asielkinderen" Lili).
_BESIDE = 3
