"""A country named by an adjective and a state word ("de Dominicaanse
Republiek", "de Tsjechische Republiek", "the Czech Republic") is one place
(issue 15). The Dutch model now and then splits it into the adjective
(MISC) and the state word (a place), or leaves the state word out. Works
on the token bounds ``[start, end, label, model_label]`` of one Doc (see
`mentions.model_mentions`)."""

from __future__ import annotations

from spacy.tokens import Doc

from .names import STATE_WORDS


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
