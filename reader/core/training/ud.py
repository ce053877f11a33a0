"""Universal Dependencies treebanks for the bundled models' tagger,
morphologizer and parser: which files train, stop and score each language,
how they are read, and what the model says about them.

Dutch has only the ``dev`` and ``test`` parts of Alpino (newspaper text)
and LassySmall (Wikipedia): the model trains on LassySmall dev and test and
Alpino test, every tenth document of those set aside to stop training, and
is scored on Alpino dev, news like the articles the reader is for. English
trains on EWT train, stops on EWT dev and is scored on EWT test.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

#: Sentences a training or scoring Doc holds (as ``spacy convert -n 10``):
#: the parser learns where sentences end inside a Doc, and the sentence
#: score needs more than one sentence a Doc.
SENTENCES_PER_DOC = 10
#: Every n-th training Doc is set aside to stop training when a language has
#: no development part of its own.
STOP_SHARE = 10

LICENCE = "CC BY-SA 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by-sa/4.0/"


@dataclass(frozen=True)
class Treebank:
    name: str
    url: str
    citation: str


TREEBANKS = {
    "nl_alpino": Treebank(
        "UD Dutch Alpino",
        "https://github.com/UniversalDependencies/UD_Dutch-Alpino",
        "Van der Beek et al. 2002; UD conversion by Gosse Bouma and Gertjan van Noord",
    ),
    "nl_lassysmall": Treebank(
        "UD Dutch LassySmall",
        "https://github.com/UniversalDependencies/UD_Dutch-LassySmall",
        "Van Noord et al. 2013; UD conversion by Gosse Bouma and Gertjan van Noord",
    ),
    "en_ewt": Treebank(
        "UD English EWT",
        "https://github.com/UniversalDependencies/UD_English-EWT",
        "Silveira et al. 2014, English Web Treebank (LDC2012T13) in UD",
    ),
}


@dataclass(frozen=True)
class Split:
    """The CoNLL-U files (``<treebank>-ud-<part>.conllu``) of a language."""

    train: tuple[str, ...]
    test: str
    stop: str | None = None  # None: every STOP_SHARE-th training Doc

    def files(self) -> list[str]:
        return [*self.train, *([self.stop] if self.stop else []), self.test]


SPLITS = {
    "nl": Split(
        train=("nl_lassysmall-ud-dev.conllu", "nl_lassysmall-ud-test.conllu", "nl_alpino-ud-test.conllu"),
        test="nl_alpino-ud-dev.conllu",
    ),
    "en": Split(train=("en_ewt-ud-train.conllu",), stop="en_ewt-ud-dev.conllu", test="en_ewt-ud-test.conllu"),
}


def read_conllu(path: Path, vocab: Vocab | None = None) -> list[Doc]:
    """A CoNLL-U file as Docs of `SENTENCES_PER_DOC` sentences with words,
    spaces, UPOS, XPOS, features, heads and relations (multi-word tokens as
    their words)."""
    from spacy.training.converters import conllu_to_docs

    docs = list(conllu_to_docs(Path(path).read_text(encoding="utf-8"), n_sents=SENTENCES_PER_DOC, no_print=True))
    if vocab is None:
        return docs
    return [Doc(vocab).from_bytes(doc.to_bytes(exclude=["user_data"]), exclude=["user_data"]) for doc in docs]


def training_docs(lang: str, ud_dir: Path) -> tuple[list[Doc], list[Doc]]:
    """(train, stop) Docs of `lang`: what the model learns from and what
    decides when it stops (never the scored part)."""
    split = SPLITS[lang]
    train = [doc for name in split.train for doc in read_conllu(ud_dir / name)]
    if split.stop:
        return train, read_conllu(ud_dir / split.stop)
    kept = [doc for i, doc in enumerate(train) if i % STOP_SHARE != STOP_SHARE - 1]
    stop = [doc for i, doc in enumerate(train) if i % STOP_SHARE == STOP_SHARE - 1]
    return kept, stop


def _header(path: Path) -> dict[str, str]:
    """Comment keys of the first sentence (``# auto = ALUD2.12.3``)."""
    found: dict[str, str] = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("#"):
                break
            key, _, value = line[1:].partition("=")
            found.setdefault(key.strip(), value.strip())
    return found


def describe_file(path: Path) -> dict:
    """What a model's meta says of one treebank file: treebank, part,
    version as its header gives it, size and checksum."""
    stem = path.name.removesuffix(".conllu")
    key, _, part = stem.partition("-ud-")
    header = _header(path)
    text = path.read_bytes()
    rows = [line for line in text.decode("utf-8").splitlines() if line[:1].isdigit()]
    words = sum(1 for row in rows if row.split("\t", 1)[0].isdigit())
    conversion = header.get("auto")
    return {
        "file": path.name,
        "treebank": TREEBANKS[key].name,
        "part": part,
        "version": f"converted by Alpino-to-UD {conversion.removeprefix('ALUD')}" if conversion else "not stated in the file",
        "sentences": sum(1 for line in text.decode("utf-8").splitlines() if line.startswith("# sent_id")),
        "words": words,
        "sha256": hashlib.sha256(text).hexdigest(),
    }


def sources(lang: str) -> list[dict]:
    """Entries for the ``sources`` list of a model's meta.json."""
    keys = dict.fromkeys(name.partition("-ud-")[0] for name in SPLITS[lang].files())
    return [
        {"name": f"{TREEBANKS[key].name} ({TREEBANKS[key].citation})", "license": LICENCE, "url": TREEBANKS[key].url}
        for key in keys
    ]
