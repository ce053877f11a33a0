"""A Doc's text, built once.

spaCy makes ``Doc.text`` anew at every call, joining a Python object made
for each of its tokens: about a millisecond for an article, and the
article components (names, organisations, phrases, quotes) each asked for
it, 7% of the whole analysis. A Doc's text never changes (merging tokens
keeps it), so it is kept in the Doc's own `user_data` once made.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import numpy
from spacy.strings import hash_string
from spacy.tokens import Doc

_KEY = "reader.text"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


#: Punctuation around a word in running text ("(nu.nl).", "(KLM-baas),").
_AROUND_A_WORD = "()[]\"'“”‘’,;:!?."
_WORD = re.compile(r"\S+")


def text_words(doc: Doc) -> Iterator[tuple[int, str]]:
    """The words of the Doc's text between white space, without the
    punctuation around them, each with the offset where it starts: for rules
    that look for a kind of word ("KLM-baas", "nu.nl") without a Token
    object for every word of the text; linear on any text, unlike a search
    for the word's pattern itself."""
    for match in _WORD.finditer(doc_text(doc)):
        word = match.group()
        bare = word.strip(_AROUND_A_WORD)
        if bare:
            yield match.start() + len(word) - len(word.lstrip(_AROUND_A_WORD)), bare


def word_hashes(words: Iterable[str]) -> numpy.ndarray:
    """The hashes of `words` as the Doc's arrays hold them, for `tokens_among`."""
    return numpy.array(sorted({hash_string(word) for word in words}), dtype="uint64")


def tokens_among(doc: Doc, attr: int, hashes: numpy.ndarray) -> list[int]:
    """The indices of the tokens whose `attr` (ORTH, LOWER) is one of
    `hashes`: found in the Doc's array, with no Token object for every word
    of the text."""
    return numpy.flatnonzero(among(doc.to_array(attr), hashes)).tolist()


def among(values: numpy.ndarray, hashes: numpy.ndarray) -> numpy.ndarray:
    """Whether each of `values` is one of `hashes` (sorted, as `word_hashes`
    gives them): a binary search, where ``numpy.isin`` sorts both arrays
    together on every call; it took 3% of an analysis."""
    if not len(hashes):
        return numpy.zeros(len(values), dtype=bool)
    places = numpy.searchsorted(hashes, values).clip(max=len(hashes) - 1)
    return hashes[places] == values

