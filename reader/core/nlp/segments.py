"""Feeding an article of any length through a pipeline in bounded memory.

spaCy's entity recogniser needs memory in proportion to what it reads at
once, and a Doc keeps some 230 bytes a token (the shared tok2vec's tensor
another 512 until dropped). So:

- each content block is one spaCy text, cut at line and sentence ends where
  it is longer than `CHUNK_CHARS` (`chunks`), and the texts go through
  ``nlp.pipe`` in batches of at most `BATCH_CHARS` characters (`batches`);
- the article-level text (`LevelText`) is what the article components
  read: the chunks joined, directly where they touch in the article and
  with a paragraph break where something (white space, a dimmed block) lies
  between them;
- its Docs are joined a segment at a time (`Segments`): about
  `SEGMENT_CHARS` characters, cut where a new paragraph starts and the
  article components allow it (so the result is the one of a single Doc);
  within a paragraph longer than that only where they allow it, and at
  worst anywhere (a file of one enormous line). A finished segment is kept
  as compact arrays and made a Doc again when it is read, so only one
  segment is a Doc at a time. An article of less than `SEGMENT_CHARS` is
  one segment: its article-level Doc is exactly the one Doc of the whole
  article. Joining a segment's Docs is one long call that holds Python's
  lock, and with it the window: the size keeps that short.
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import numpy
from spacy import attrs
from spacy.tokens import Doc

#: spaCy's NER needs memory in proportion to a text's length; a block
#: longer than this is cut at a paragraph or sentence end.
CHUNK_CHARS = 20_000
#: Characters (and texts) per call of ``nlp.pipe``: the model's working
#: memory is some 19 kB a token of the batch (256 paragraphs of a long
#: article took 1 GB). What the model finds in a text does not depend on
#: the batch it is in.
BATCH_CHARS = 50_000
BATCH_TEXTS = 256
#: About this many characters of the article-level text make one Doc.
#: spaCy's calls over a whole Doc (joining, its text, its arrays) hold
#: Python's lock, and so the window, in proportion: at 200,000 they took
#: 50 ms and more on a slow machine. An article under this size is one Doc.
SEGMENT_CHARS = 100_000
_BREAKS = re.compile(r"\n|(?<=[.!?])\s")
#: What a stored segment keeps of each token: everything but the tensor.
_ATTRS = [
    attrs.ORTH, attrs.SPACY, attrs.NORM, attrs.LEMMA, attrs.TAG, attrs.POS, attrs.MORPH,
    attrs.HEAD, attrs.DEP, attrs.ENT_IOB, attrs.ENT_TYPE, attrs.ENT_KB_ID, attrs.ENT_ID,
]  # fmt: skip
PARAGRAPH_BREAK = "\n\n"


def chunks(text: str, start: int, end: int, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, int]]:
    """Cut ``text[start:end]`` into (start, end) pieces of at most `limit`
    characters, preferring line and sentence ends."""
    while end - start > limit:
        cut = None
        for match in _BREAKS.finditer(text, start + limit // 2, start + limit):
            cut = match.end()
        if cut is None:
            space = text.rfind(" ", start + 1, start + limit)
            cut = space + 1 if space > start else start + limit
        yield start, cut
        start = cut
    if end > start:
        yield start, end


def batches(items: Iterable[tuple[str, object]], chars: int | None = None, count: int = BATCH_TEXTS):
    """(text, context) pairs in lists of at most `count` texts and, unless
    one text is longer, `chars` characters (`BATCH_CHARS`)."""
    chars = chars or BATCH_CHARS
    batch: list[tuple[str, object]] = []
    size = 0
    for item in items:
        if batch and (size + len(item[0]) > chars or len(batch) >= count):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += len(item[0])
    if batch:
        yield batch


@dataclass(frozen=True)
class Piece:
    """A chunk of the article: ``level.text[start:start+length]`` is
    ``article.text[article_start:article_start+length]``; `joined` when
    it follows the piece before it directly (no paragraph break between)."""

    start: int
    article_start: int
    length: int
    joined: bool


class LevelText:
    """The article-level text of an article's content blocks, and the map
    from its offsets back to the article's."""

    def __init__(self, text: str, ranges: Iterable[tuple[int, int]], limit: int = CHUNK_CHARS):
        self.pieces: list[Piece] = []
        parts: list[str] = []
        position, previous_end = 0, None
        for block_start, block_end in ranges:
            for start, end in chunks(text, block_start, block_end, limit):
                joined = previous_end == start
                if previous_end is not None and not joined:
                    parts.append(PARAGRAPH_BREAK)
                    position += len(PARAGRAPH_BREAK)
                self.pieces.append(Piece(position, start, end - start, joined))
                parts.append(text[start:end])
                position += end - start
                previous_end = end
        self.text = "".join(parts)
        self._starts = [piece.start for piece in self.pieces]

    def _map(self, offset: int) -> int:
        piece = self.pieces[bisect_right(self._starts, offset) - 1]
        return piece.article_start + offset - piece.start

    def to_article(self, start: int, end: int) -> tuple[int, int]:
        return self._map(start), self._map(end - 1) + 1


class Segments:
    """The Docs of a `LevelText`'s pieces, given in order to `add`, joined
    into one Doc per segment. `add` and `finish` return each segment as it
    closes, as ``(start, doc)`` with `start` its offset in the level text;
    iterating gives them all again, in order.

    A segment closes before a piece that starts a paragraph once it holds
    `limit` characters, where ``may_cut(offset)`` agrees; at twice that,
    before any piece where it agrees; at four times, before the next piece
    whatever the text."""

    def __init__(self, vocab, level: LevelText, may_cut: Callable[[int], bool], limit: int | None = None):
        self.vocab = vocab
        self.level = level
        self.may_cut = may_cut
        self.limit = limit or SEGMENT_CHARS
        self._next = 0  # the index of the piece the next Doc belongs to
        self._open: list[tuple[Piece, Doc]] = []  # the segment being filled
        self._stored: list[tuple[int, bytes, int]] = []  # (start, arrays, tokens)
        self._live: tuple[int, Doc] | None = None

    def add(self, doc: Doc) -> tuple[int, Doc] | None:
        piece = self.level.pieces[self._next]
        self._next += 1
        closed = self._close() if self._open and self._closes_before(piece) else None
        self._open.append((piece, doc))
        return closed

    def finish(self) -> tuple[int, Doc] | None:
        return self._close() if self._open else None

    def _closes_before(self, piece: Piece) -> bool:
        size = piece.start - self._open[0][0].start
        if size < self.limit:
            return False
        if size >= 4 * self.limit:
            return True
        return (not piece.joined or size >= 2 * self.limit) and self.may_cut(piece.start)

    def _close(self) -> tuple[int, Doc]:
        parts: list[Doc] = []
        for piece, doc in self._open:
            if parts and not piece.joined:
                parts.append(Doc(self.vocab, words=[PARAGRAPH_BREAK], spaces=[False]))
            parts.append(doc)
        start = self._open[0][0].start
        self._open = []
        doc = Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor", "user_data"])
        if self._live is not None:  # only the latest segment stays a Doc
            self._stored.append(_pack(*self._live))
        self._live = (start, doc)
        return self._live

    def __iter__(self) -> Iterator[tuple[int, Doc]]:
        for start, data, length in self._stored:
            yield start, _unpack(self.vocab, data, length)
        if self._live is not None:
            yield self._live


def _pack(start: int, doc: Doc) -> tuple[int, bytes, int]:
    return start, zlib.compress(doc.to_array(_ATTRS).tobytes(), 1), len(doc)


def _unpack(vocab, data: bytes, length: int) -> Doc:
    array = numpy.frombuffer(zlib.decompress(data), dtype="uint64").reshape(length, len(_ATTRS))
    doc = Doc(vocab, words=array[:, 0], spaces=array[:, 1].astype(bool).tolist())
    return doc.from_array(_ATTRS[2:], array[:, 2:])


def drop_tensor(doc: Doc) -> Doc:
    """The tok2vec output the recogniser has used: 512 bytes a token."""
    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc
