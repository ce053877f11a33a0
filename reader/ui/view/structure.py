"""The article's structure as formats: line spacing for every paragraph,
headings larger and bold, metadata and boilerplate dimmed; the column the
text is set in; and the blocks it is set in.

A job of its own (see highlights.py), so a long article's text is on
screen at once and styled a slice at a time, top first.

Blocks: Qt lays out a whole block (its paragraph) again whenever a format
in it changes, and keeps memory for every block it has laid out, the less
a character the longer the block: 20 MB of news took 916 MB in its own
paragraphs, 805 MB in blocks of 4,000 characters and 325 MB in blocks of
16,000 (the text of benchmarks/memory.py in a bare view), and a block of
16,000 is laid out again in some 20 ms. So the view sets the text in
blocks of about `BLOCK_CHARS`: short lines run
together into one block with line separators (U+2028) for their line
breaks, and a longer line (a paragraph without breaks, a file of one line)
is cut into blocks at spaces, a paragraph separator (U+2029) for the space.
Both are one character for one character, so every offset in the
document is still the offset in `Article.text`, and the page looks the
same but for a long line's cuts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from ...core.article import CONTENT_KINDS, Article
from ...core.config.settings import LARGEST_TEXT, SMALLEST_TEXT
from ..turns import Turns
from .highlights import Span
from .theme import Theme

#: Space around the column: at least this much at the sides, and above and
#: below the text.
SIDE, TOP, BOTTOM = 24.0, 28.0, 48.0
#: Characters in a block of the document, about (see the module's docstring).
BLOCK_CHARS = 16_000
#: Characters put into the document at a time: Qt lays out what came before
#: as more comes in, about a millisecond a thousand characters; one block,
#: so that two pieces (see SLICE_SECONDS in highlights.py) stay well under
#: 100 ms.
PIECE_CHARS = BLOCK_CHARS
#: The first piece, set into the view at once: about a screenful. Laying
#: out and drawing a whole block of a long line first took up to 0.1 s on
#: a slow machine before the window could answer a key.
FIRST_CHARS = 4_000
LINE_SEPARATOR, PARAGRAPH_SEPARATOR = "\u2028", "\u2029"
#: Where a long line is cut: the space after a sentence's end, else any.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]? ")
_NEWLINE = re.compile("\n")
_SPACE_OR_BREAK = re.compile("[ \n]")


class DisplayText:
    """`text` as the document holds it, a piece at a time: the same length,
    in blocks of at most `limit` characters where spaces allow (see the
    module docstring)."""

    def __init__(self, text: str, limit: int = BLOCK_CHARS):
        self.text = text
        self.limit = limit
        self.start = 0  # where the next block starts

    def piece(self, chars: int = PIECE_CHARS) -> str:
        """The next whole blocks, as many as fit in `chars` characters (at
        least one: a block is longer only where no space or line break
        allows a cut); "" once all is given."""
        text, begin = self.text, self.start
        limit = min(self.limit, chars)
        changes: list[tuple[int, str]] = []
        while self.start < len(text):
            known = len(changes)
            end = self._block(changes, limit)
            if end - begin > chars and self.start > begin:
                del changes[known:]
                break
            self.start = end
        parts, at = [], begin
        for position, separator in changes:
            parts += [text[at:position], separator]
            at = position + 1
        parts.append(text[at : self.start])
        return "".join(parts)

    def _block(self, changes: list[tuple[int, str]], limit: int) -> int:
        """Note the separators of the block at `start`; where the next starts."""
        text, start = self.text, self.start
        end = start + limit
        newline = text.rfind("\n", start, end + 1) if end < len(text) else len(text)
        if newline >= start:  # the block ends at the last line break that fits
            changes += [(match.start(), LINE_SEPARATOR) for match in _NEWLINE.finditer(text, start, newline)]
            return newline + 1
        cut = None
        for match in _SENTENCE_END.finditer(text, start + limit // 2, end + 1):
            cut = match.end() - 1
        if cut is None:
            space = text.rfind(" ", start + 1, end)
            cut = space if space > start else None
        if cut is None:  # no space in the block: the first one (or line break) after it
            after = _SPACE_OR_BREAK.search(text, end)
            if after is None:
                return len(text)
            cut = after.start()
            if text[cut] == "\n":
                return cut + 1
        changes.append((cut, PARAGRAPH_SEPARATOR))
        return cut + 1


def display_text(text: str, limit: int = BLOCK_CHARS) -> str:
    """The whole of `DisplayText`."""
    display = DisplayText(text, limit)
    return "".join(iter(lambda: display.piece(len(text) + 1), ""))


class TextFeed(QObject):
    """Puts `text` into `document` as `DisplayText`: the view sets `first()`
    itself (so it is on screen at once), the rest goes in a piece a turn of
    the event loop (`turns`) after `start()`; `finished` once all is in."""

    finished = Signal()

    def __init__(self, document: QTextDocument, text: str, turns: Turns, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.display = DisplayText(text)
        self._turns = turns

    def first(self) -> str:
        return self.display.piece(FIRST_CHARS)

    def start(self) -> None:
        self._turns.add(self._step)

    def cancel(self) -> None:
        self._turns.remove(self._step)

    @property
    def running(self) -> bool:
        return self._turns.has(self._step)

    def ensure(self, position: int) -> None:
        """Put the text in at once as far as `position` (the reader jumps there)."""
        while self.running and self.display.start < position:
            self._step()

    def _step(self) -> bool:
        piece = self.display.piece()
        if piece:
            cursor = QTextCursor(self.document)
            cursor.movePosition(QTextCursor.End)
            cursor.insertText(piece)
            return False
        self._turns.remove(self._step)
        self.finished.emit()
        return True


def find_in(text: str, needle: str, position: int, forward: bool) -> tuple[int, int] | None:
    """Where `needle` is in `text`, in any case: the first match from
    `position` on, or (backward) the last one starting before it; round the
    end if there is none that way. Searched in the article's text, not the
    document's, so a match may run over a long line's block separators."""
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    if forward:
        match = pattern.search(text, position) or pattern.search(text)
        return match.span() if match else None
    return _last_before(pattern, text, position) or _last_before(pattern, text, len(text))


def _last_before(pattern: re.Pattern, text: str, end: int) -> tuple[int, int] | None:
    window = 4096
    while True:
        low, last = max(0, end - window), None
        for match in pattern.finditer(text, low):
            if match.start() >= end:
                break
            last = match.span()
        if last is not None or low == 0:
            return last
        window *= 8


def structure_spans(article: Article, theme: Theme) -> list[Span]:
    spacing = QTextBlockFormat()
    spacing.setLineHeight(140, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    length = len(article.text)
    spans: list[Span] = [(start, min(start + 4000, length), spacing) for start in range(0, length, 4000)]
    heading = QTextCharFormat()
    heading.setFontWeight(QFont.Bold)
    heading.setProperty(QTextFormat.FontSizeAdjustment, 1)
    dim = QTextCharFormat()
    dim.setForeground(QColor(theme.dim))
    dim.setProperty(QTextFormat.FontSizeAdjustment, -1)
    for block in article.blocks:
        if block.kind == "heading":
            spans.append((block.start, block.end, heading))
        elif block.kind not in CONTENT_KINDS:
            spans.append((block.start, block.end, dim))
    # Paragraph by paragraph from the top, so what is on screen is done first.
    spans.sort(key=lambda span: span[0])
    return spans


def content_pieces(article: Article, ranges: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Each range without the dimmed blocks (metadata, boilerplate) inside
    it: highlights that change the text's ink (quotes) leave the structure's
    dim ink alone, so hiding them again cannot undo it."""
    dimmed = sorted((b.start, b.end) for b in article.blocks if b.kind not in CONTENT_KINDS)
    starts = [start for start, _end in dimmed]
    pieces = []
    for start, end in ranges:
        parts, at = [], start
        for gap_start, gap_end in islice(dimmed, max(0, bisect_right(starts, start) - 1), None):
            if gap_start >= end:
                break
            if gap_end > at:
                parts.append((at, max(at, gap_start)))
                at = gap_end
        parts.append((at, end))
        pieces.append([(a, b) for a, b in parts if a < b])
    return pieces


def zoomed(size: float, steps: int) -> float:
    """`size` made `steps` points larger, within the sizes the zoom keys reach."""
    return float(max(SMALLEST_TEXT, min(LARGEST_TEXT, size + steps)))


def fit_column(document: QTextDocument, width: float, line_length: int) -> None:
    """Hold the text to about `line_length` characters a line, centred in
    `width` (the viewport's), by the side margins of the root frame.

    Compared with the frame itself, never with a remembered margin: a new
    text (`setPlainText`) comes in a new root frame, with default margins.
    """
    metrics = QFontMetricsF(document.defaultFont())
    sample = "the quick brown fox jumps over a lazy dog "
    column = metrics.horizontalAdvance(sample) / len(sample) * line_length
    margin = max(SIDE, (width - column) / 2)
    frame = document.rootFrame()
    fmt = frame.frameFormat()
    if abs(fmt.leftMargin() - margin) < 0.5 and abs(fmt.rightMargin() - margin) < 0.5 and fmt.topMargin() == TOP:
        return
    fmt.setLeftMargin(margin)
    fmt.setRightMargin(margin)
    fmt.setTopMargin(TOP)
    fmt.setBottomMargin(BOTTOM)
    frame.setFrameFormat(fmt)
