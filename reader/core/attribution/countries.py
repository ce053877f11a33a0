"""Countries the model gets wrong (issue 15), on the token bounds
``[start, end, label, model_label]`` of one Doc (see
`mentions.model_mentions`):

- a country named by an adjective and a state word ("de Dominicaanse
  Republiek", "de Tsjechische Republiek") is one place; the Dutch model
  now and then splits it into the adjective (MISC) and the state word (a
  place), or leaves the state word out (`state_names`);
- a listed place that is also a first name ("Iran", "Mali"), which the
  model called a person, is a place when it is joined by "en", "of" or a
  comma to a place ("tussen Iran en Irak", "Mali en Niger")
  (`listed_with_places`)."""

from __future__ import annotations

from spacy.tokens import Doc

from .flags import PLACE_FLAG
from .names import STATE_WORDS

#: Words that join the names of a list.
_JOINING = frozenset(", en of and or".split())


def state_names(doc: Doc, bounds: list[list]) -> list[list]:
    """`bounds` with each one-word MISC right before a capitalised state
    word made one place with it, and the bound of the state word alone dropped."""
    merged: set[int] = set()
    for bound in bounds:
        after = bound[1]
        if bound[2] == "MISC" and after - bound[0] == 1 and after < len(doc) and _a_state_word(doc[after]):
            bound[1], bound[2] = after + 1, "LOC"
            merged.add(after)
    return [b for b in bounds if not (b[1] - b[0] == 1 and b[0] in merged)]


def _a_state_word(token) -> bool:
    return token.lower_ in STATE_WORDS and token.text[:1].isupper()


def listed_with_places(doc: Doc, bounds: list[list]) -> list[list]:
    """`bounds` with a one-word person that the list of places has made a
    place when a place stands next to it in a list (see the module)."""
    if PLACE_FLAG not in doc.vocab.lex_attr_getters:
        return bounds  # an official pipeline has no list of places
    ordered = sorted(bounds, key=lambda b: (b[0], b[1]))  # the model labels may be None: no comparing them
    for before, bound, after in zip([None, *ordered], ordered, [*ordered[1:], None]):
        if bound[2] != "PER" or bound[1] - bound[0] != 1 or not doc[bound[0]].check_flag(PLACE_FLAG):
            continue
        # "Mali en de Centraal Afrikaanse Republiek": an article may open the next
        gap = 2 if bound[1] + 1 < len(doc) and doc[bound[1] + 1].lower_ in ("de", "het", "the") else 1
        joined_after = after is not None and after[2] == "LOC" and after[0] == bound[1] + gap and doc[bound[1]].lower_ in _JOINING
        joined_before = before is not None and before[2] == "LOC" and before[1] == bound[0] - 1 and doc[before[1]].lower_ in _JOINING
        if joined_after or joined_before:
            bound[2] = "LOC"
    return bounds
