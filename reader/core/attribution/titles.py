"""People the model missed after their title (issue 15): in ``minister
Hols zei`` or ``de burgemeester Van Dalen``, a capitalised name right
after a role noun written in lower case is a person, whether or not the
model found it. Works on the token bounds ``[start, end, label,
model_label]`` of one Doc (see `mentions.model_mentions`)."""

from __future__ import annotations

from spacy.tokens import Doc

from .roles import DEFAULT_ROLE_NOUNS

#: Particles inside a surname (``Van der Laan``).
_PARTICLES = frozenset(("van", "de", "der", "den", "ter", "ten", "te", "von", "la", "le", "du", "di", "da"))
#: Role nouns that are also words for what is no person's title
#: (``hoofd Communicatie``, ``chef Sport``).
_NOT_TITLES = frozenset(("hoofd", "chef", "head", "ally", "bondgenoot", "editor", "general", "chair", "secretary"))
_TITLES = DEFAULT_ROLE_NOUNS - _NOT_TITLES
_PLACE_FLAG = 53


def _name_after(doc: Doc, i: int) -> int:
    """The end of a name that starts at token `i`: capitalised words,
    with particles between them; `i` when there is none."""
    end = i
    while end < len(doc) and end - i < 4:
        word = doc[end].text
        if word[:1].isupper() and word.isalpha() and not word.isupper():
            end += 1
        elif word in _PARTICLES and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
            end += 1
        else:
            break
    while end > i and doc[end - 1].text in _PARTICLES:
        end -= 1
    return end


def titled_names(doc: Doc, bounds: list[list]) -> list[list]:
    """`bounds` with the names after a lower-case title that no bound
    covers, as people."""
    taken = {i for b in bounds for i in range(b[0], b[1])}
    lexicon = _PLACE_FLAG in doc.vocab.lex_attr_getters
    found = []
    for token in doc[:-1]:
        if token.text not in _TITLES:
            continue
        start = token.i + 1
        end = _name_after(doc, start)
        if end == start or any(i in taken for i in range(start, end)) or doc[start].lower_ in DEFAULT_ROLE_NOUNS:
            continue
        if lexicon and end - start == 1 and doc[start].check_flag(_PLACE_FLAG):
            continue  # "premier Vlaanderen"-like: a place after the title is its country
        if end + 1 < len(doc) and doc[end].lower_ in ("voor", "van", "of", "for") and doc[end + 1].text[:1].isupper():
            continue  # "voorzitter Commissie voor Monumenten": a body's name goes on
        found.append([start, end, "PER", None])
    return sorted(bounds + found) if found else bounds
