"""Regions are places: "Tsjetsjenië", "Beieren", "de Donbass", "Twente",
"the West Bank" (issue 15). The bundled models' list of places holds
countries and cities; a region the model has seen little it calls a
person ("De Krim", "Dagestan"), an organisation ("Achterhoek") or MISC
("Donbass"), or misses ("Brabant", "Wallonië"). Works on the token bounds
``[start, end, label, model_label]`` of one Doc (see
`mentions.model_mentions`).

The list (`resources/names/regions.json.gz`, built by
`reader.core.training.regions`) holds the first-level subdivisions of
every country and regions the news names as places. Some of those names
are words or people's names too ("Komen", "Meta", "Victoria",
"Washington"): such a name is a place only when the list of common
words and that of first names do not know it, or when it is one of the
news regions the project listed by hand; and never when it is the surname
of a person the Doc names in full. An organisation becomes a place only
after "in", "uit", "naar" ("in de Achterhoek"): "Bayern" is a club too.
"""

from __future__ import annotations

import gzip
import json
from functools import cache

from spacy.attrs import ORTH
from spacy.tokens import Doc

from ..config.resources import resources_dir
from .doc_text import tokens_among, word_hashes
from .flags import COMMON_FLAG, FIRST_NAME_FLAG

#: The longest region name, in words ("Saint Vincent and the Grenadines" is a country).
_LONGEST = 4
#: A capitalised article the model took into the name at a sentence's start ("De Krim").
_ARTICLES = frozenset("De Het The".split())
#: Prepositions after which an organisation's name is a place ("in de Achterhoek", "from Bavaria").
_IN = frozenset("in uit naar vanuit nabij from".split())


@cache
def _regions(lang: str) -> dict[tuple[str, ...], bool]:
    """Region names of a language as word tuples, each with whether the
    project listed it by hand (so it is a place even if it is a word)."""
    path = resources_dir() / "names" / "regions.json.gz"
    try:
        data = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    except (OSError, ValueError):
        return {}  # a damaged or missing file: regions are left as the model labels them
    listed = set(data.get("listed", {}).get(lang, ()))
    return {tuple(name.split()): name in listed for name in data.get(lang, ())}


def _trusted(doc: Doc, words: tuple[str, ...], listed: bool, surnames: set[str]) -> bool:
    """Whether a region's name in `doc` is a place and nothing else."""
    if listed:
        return words[-1] not in surnames
    if len(words) == 1:
        getters = doc.vocab.lex_attr_getters
        if COMMON_FLAG not in getters:
            return False  # an official pipeline has no word lists to tell "Komen" from "Tsjetsjenië"
        if any(getters[flag](words[0]) for flag in (COMMON_FLAG, FIRST_NAME_FLAG)):
            return False  # "Komen", "Planken", "Meta", "Victoria"
    return words[-1] not in surnames  # "Washington" after "Denzel Washington"


def regions(doc: Doc, bounds: list[list]) -> list[list]:
    """`bounds` with regions as places (see the module)."""
    known = _regions(doc.lang_)
    if not known:
        return bounds
    # the surnames of people named in full ("Denzel Washington"), not of a region the model called a person
    surnames = {
        doc[b[1] - 1].text
        for b in bounds
        if b[2] == "PER" and b[1] - b[0] >= 2 and doc[b[0]].text not in _ARTICLES and tuple(t.text for t in doc[b[0] : b[1]]) not in known
    }
    for bound in bounds:
        start, end, label = bound[0], bound[1], bound[2]
        if label == "LOC":
            continue
        if end - start >= 2 and doc[start].text in _ARTICLES:
            start += 1  # "De Krim"
        words = tuple(t.text for t in doc[start:end])
        if words not in known or not _trusted(doc, words, known[words], surnames):
            continue
        if label == "PER" and len(words) >= 2 and not known[words] and _first_name(doc, words[0]) and not _after_a_place_word(doc, start):
            continue  # "Diego Garcia" is an atoll and a person's name; "uit Sierra Leone" is the country
        if label in ("PER", "MISC") or (label == "ORG" and _after_a_place_word(doc, start)):
            bound[0], bound[2] = start, "LOC"
    return bounds + _missed(doc, bounds, known, surnames)


def _first_name(doc: Doc, word: str) -> bool:
    return FIRST_NAME_FLAG in doc.vocab.lex_attr_getters and bool(doc.vocab.lex_attr_getters[FIRST_NAME_FLAG](word))


def a_region(doc: Doc, word: str) -> bool:
    """Whether one word is a region's name that is nothing else."""
    known = _regions(doc.lang_)
    return (word,) in known and _trusted(doc, (word,), known[(word,)], set())


def _after_a_place_word(doc: Doc, start: int) -> bool:
    before = start - 1 if start > 0 and doc[start - 1].lower_ not in ("de", "het", "the") else start - 2
    return before >= 0 and doc[before].lower_ in _IN


def _missed(doc: Doc, bounds: list[list], known: dict, surnames: set[str]) -> list[list]:
    """Regions the model did not mark: capitalised, outside every name,
    with no capitalised word right before or after that would make them
    part of another name ("Hotel Zeeland"). Only the tokens that open a
    region's name are looked at (`tokens_among`)."""
    taken = {i for b in bounds for i in range(b[0], b[1])}
    found: list[list] = []
    free = 0  # past the last region found
    for i in tokens_among(doc, ORTH, _first_words(doc.lang_)):
        if i < free or i in taken or not doc[i].text[:1].isupper():
            continue
        for size in range(min(_LONGEST, len(doc) - i), 0, -1):
            words = tuple(t.text for t in doc[i : i + size])
            if words in known and not taken & set(range(i, i + size)) and _alone(doc, i, i + size):
                if _trusted(doc, words, known[words], surnames):
                    found.append([i, i + size, "LOC", None])
                    free = i + size
                break
    return found


@cache
def _first_words(lang: str):
    """The hashes of the words that open a region's name."""
    return word_hashes(words[0] for words in _regions(lang))


def _alone(doc: Doc, start: int, end: int) -> bool:
    """No capitalised word joined to the name on either side (a sentence's
    first word before it may be one: "Ook Brabant …" is the start)."""
    after = doc[end] if end < len(doc) else None
    if after is not None and (after.text[:1].isupper() or after.text == "-") and not after.is_punct:
        return False
    before = doc[start - 1] if start > 0 else None
    if before is None or before.is_punct or before.is_space or not before.text[:1].isupper():
        return True
    return before.i == 0 or doc[before.i - 1].text in ".!?\n" or doc[before.i - 1].is_space
