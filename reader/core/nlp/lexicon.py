"""Word-list features for the bundled NER models: a spaCy component.

The CoNLL data are news from 1996 and 2000; a model that has only seen
them has never met Zelensky or Oekraïne. Signals that generalise beyond
the training words are how common a word is in the language, and whether
it is a known place or first name. This component keeps such word lists
(saved inside the model folder) and exposes them as lexeme flags
``FLAG50``–``FLAG55`` that the model's token-to-vector layer embeds like
any other attribute. Flags live on the vocabulary's lexemes, so the
component does its work when loaded; on each doc it does nothing.
"""

from __future__ import annotations

import gzip
import json
import unicodedata
from pathlib import Path
from typing import Callable, Iterable

from spacy.language import Language
from spacy.util import ensure_path

#: Flag id for each list; the model config names them as ``FLAG50`` etc.
FLAGS = {
    "common_3": 50,  # lowercase form has Zipf frequency >= 3 (about once per million words)
    "common_4": 51,
    "common_5": 52,
    "place": 53,  # the word is a whole place name (country, territory, city)
    "place_part": 54,  # the word is part of a multi-word place name
    "first_name": 55,
}
FLAG_ATTRS = [f"FLAG{flag}" for flag in FLAGS.values()]
_LOWERCASED = {"common_3", "common_4", "common_5"}
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


class Lexicon:
    """Holds the word lists and registers a flag per list on the vocab."""

    def __init__(self, nlp: Language, name: str = "reader_lexicon"):
        self.name = name
        self.vocab = nlp.vocab
        self.lists: dict[str, frozenset[str]] = {key: frozenset() for key in FLAGS}

    def __call__(self, doc):
        return doc

    def set_lists(self, lists: dict[str, Iterable[str]]) -> None:
        self.lists = {key: frozenset(lists.get(key, ())) for key in FLAGS}
        self._register()

    def _getter(self, key: str) -> Callable[[str], bool]:
        words = self.lists[key]
        if key == "first_name":
            return _first_name_getter(words, self.lists["place"])
        if key in _LOWERCASED:
            return lambda text: text.lower().translate(_APOSTROPHES) in words
        return lambda text: text.translate(_APOSTROPHES) in words

    def _register(self) -> None:
        for key, flag in FLAGS.items():
            self.vocab.add_flag(self._getter(key), flag_id=flag)

    def initialize(self, get_examples=None, *, nlp=None, lists_path: str | None = None):
        """Load the lists built by ``reader.core.training.wordlists``."""
        if lists_path:
            self.set_lists(_read(Path(lists_path)))
        else:
            self._register()

    def to_disk(self, path, *, exclude=tuple()):
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "lists.json.gz").write_bytes(self.to_bytes())

    def from_disk(self, path, *, exclude=tuple()):
        self.set_lists(_read(ensure_path(path) / "lists.json.gz"))
        return self

    def to_bytes(self, *, exclude=tuple()):
        data = {key: sorted(words) for key, words in self.lists.items()}
        # mtime=0: the same lists give the same bytes, so retraining does
        # not show a changed file when nothing changed.
        return gzip.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), mtime=0)

    def from_bytes(self, data: bytes, *, exclude=tuple()):
        self.set_lists(json.loads(gzip.decompress(data).decode("utf-8")))
        return self


def _first_name_getter(names: frozenset[str], places: frozenset[str]) -> Callable[[str], bool]:
    """A first name as listed, or written with a diaeresis or accent the
    list lacks ("Gabriël", "Chloë" for "Gabriel", "Chloe"; the list has
    "Daniël" but not every such spelling); not a place ("Israël")."""

    def first_name(text: str) -> bool:
        word = text.translate(_APOSTROPHES)
        if word in names:
            return True
        if word.isascii() or word in places:
            return False
        folded = "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))
        return folded in names

    return first_name


def _read(path: Path) -> dict[str, list[str]]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return json.load(lines)


@Language.factory("reader_lexicon")
def make_lexicon(nlp: Language, name: str) -> Lexicon:
    return Lexicon(nlp, name)
