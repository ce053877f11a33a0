"""Read CoNLL-2002/2003 named-entity files into spaCy `Doc` objects.

Both files put one token a line with the entity tag in the last column and a
blank line between sentences. CoNLL-2002 Dutch uses IOB2 and CoNLL-2003
English uses IOB1 (an entity may start with ``I-``); both are read the same
way: a tag opens a new entity when it is ``B-`` or when its type differs
from the previous token's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

Sentence = list[tuple[str, str]]


def read_sentences(path: Path) -> Iterator[list[Sentence]]:
    """Yield documents (lists of sentences of (word, tag)) from a CoNLL file.

    Files without ``-DOCSTART-`` lines yield a single document.
    """
    document: list[Sentence] = []
    sentence: Sentence = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if not parts:
                if sentence:
                    document.append(sentence)
                    sentence = []
                continue
            if parts[0] == "-DOCSTART-":
                if sentence:
                    document.append(sentence)
                    sentence = []
                if document:
                    yield document
                    document = []
                continue
            sentence.append((parts[0], parts[-1]))
    if sentence:
        document.append(sentence)
    if document:
        yield document


def entity_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Turn IOB1 or IOB2 tags into (start, end, label) token spans."""
    spans: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, kind = tag.partition("-")
        opens = prefix == "B" or (prefix == "I" and kind != label)
        if label is not None and (prefix == "O" or opens):
            spans.append((start, i, label))
            start, label = None, None
        if opens:
            start, label = i, kind
    return spans


def sentence_doc(vocab: Vocab, sentences: list[Sentence]) -> Doc:
    """Build one `Doc` with gold entities from consecutive sentences."""
    words = [word for sentence in sentences for word, _ in sentence]
    tags = [tag for sentence in sentences for _, tag in sentence]
    starts = [False] * len(words)
    position = 0
    for sentence in sentences:
        starts[position] = True
        position += len(sentence)
    doc = Doc(vocab, words=words, sent_starts=starts)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in entity_spans(tags)]
    return doc


def read_docs(path: Path, vocab: Vocab, sentences_per_doc: int = 10) -> list[Doc]:
    """Read a CoNLL file into docs of up to `sentences_per_doc` sentences,
    never crossing a ``-DOCSTART-`` boundary."""
    docs = []
    for document in read_sentences(path):
        for i in range(0, len(document), sentences_per_doc):
            docs.append(sentence_doc(vocab, document[i : i + sentences_per_doc]))
    return docs
