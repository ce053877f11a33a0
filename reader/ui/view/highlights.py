"""Apply character formats to a large document without freezing the window.

A long article can have tens of thousands of highlights; merging them all
in one go keeps the event loop busy for a noticeable time. `FormatJob`
merges them in slices of at most `SLICE_SECONDS` each, one slice a turn of
the event loop (reader/ui/turns.py), so the window keeps answering (see benchmarks/window.py).

The highlights themselves: entities are filled in their label's colour
(the paper); quotes change the ink instead, so the two never compete and a
name inside a quote keeps its fill. Direct quotes are set in italic in the
theme's quiet quote ink, reported speech in the same ink but upright, the
way a page sets someone's words. No underlines under quotes: a line under
whole sentences reads as a spelling mark, and the wavy underline is the
notes'. A name the reader's own rule made (a correction) keeps its label's
fill with a thin dotted underline in the text's ink: the reader's, not the
model's, and quiet.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from heapq import merge
from operator import itemgetter
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from ..turns import Turns
from .theme import Theme

if TYPE_CHECKING:
    from ...core.analysis import Analysis, Entity, Quote

#: Work per turn of the event loop, before Qt lays the text out again
#: (about as long again): a key press or a paint can wait for two slices
#: (Qt may run the next before a timer that came due during one), and two
#: stay well under the 100 ms a person notices, also on a slow machine.
SLICE_SECONDS = 0.010
#: Closing a slice lays out again every block (Qt's paragraph) it touched,
#: which costs in proportion to their length: a slice keeps to whole blocks
#: (the view's are ~16,000 characters, see structure.py), as many as fit in
#: this, so each is laid out once.
SLICE_CHARS = 16_000

#: A range and the format to merge into it: character formats for the
#: characters, block formats for the paragraphs the range touches.
Span = tuple[int, int, QTextCharFormat | QTextBlockFormat]


def entity_format(theme: Theme, label: str, hidden: bool, ruled: bool = False) -> QTextCharFormat:
    """A name's fill; `ruled`: made by the reader's rule (a dotted underline
    besides). Every format sets the underline, so a name that was the
    reader's before a re-analysis loses the mark when it no longer is."""
    fmt = QTextCharFormat()
    if hidden:
        fmt.setBackground(QBrush(Qt.NoBrush))
    else:
        fmt.setBackground(QColor(theme.labels.get(label, theme.labels["MISC"])))
    fmt.setUnderlineStyle(QTextCharFormat.DotLine if ruled and not hidden else QTextCharFormat.NoUnderline)
    if ruled and not hidden:
        fmt.setUnderlineColor(QColor(theme.text))
    return fmt


def cleared_entity() -> QTextCharFormat:
    """No name's fill or mark: where the analysis before had a name."""
    fmt = QTextCharFormat()
    fmt.setBackground(QBrush(Qt.NoBrush))
    fmt.setUnderlineStyle(QTextCharFormat.NoUnderline)
    return fmt


def quote_format(theme: Theme, kind: str, hidden: bool) -> QTextCharFormat:
    """Quote ink, italic for direct quotes; hidden, the text's own ink and
    upright again (no foreground brush: the palette's text colour, which
    follows the theme)."""
    fmt = QTextCharFormat()
    fmt.setForeground(QBrush(Qt.NoBrush) if hidden else QColor(theme.quote))
    fmt.setFontItalic(kind == "direct" and not hidden)
    return fmt


def highlight_spans(
    entities: Sequence[Entity],
    quotes: Iterable[tuple[Quote, list[tuple[int, int]]]] | None,
    labels: set[str] | None,
    theme: Theme,
    hidden_labels: set[str],
    quotes_hidden: bool,
) -> tuple[Iterator[Span], int]:
    """The spans of `quotes` (each with its pieces; None: quotes left as
    they are) and of the names in `entities` with `labels` (all when None),
    top first, and how many. Both come in text order and are merged as a
    `FormatJob`'s slices take them: made at once, a long article's 20,000
    held the window 40 ms."""
    inks = {kind: quote_format(theme, kind, quotes_hidden) for kind in ("direct", "reported")}
    quoted: Iterable[Span] = ()
    total = 0
    if quotes is not None:
        quotes = list(quotes)
        quoted = ((a, b, inks.get(q.kind, inks["reported"])) for q, pieces in quotes for a, b in pieces)
        total += sum(len(pieces) for _q, pieces in quotes)
    wanted = {e.label for e in entities} if labels is None else labels
    fills = {
        (label, ruled): entity_format(theme, label, label in hidden_labels, ruled)
        for label in wanted
        for ruled in (False, True)
    }
    names = ((e.start, e.end, fills[e.label, bool(e.rule)]) for e in entities if e.label in wanted)
    total += len(entities) if labels is None else sum(1 for e in entities if e.label in wanted)
    return merge(quoted, names, key=itemgetter(0)), total


def stale_spans(
    entities: Iterable[Entity], quotes: Iterable[tuple[Quote, list[tuple[int, int]]]], analysis: Analysis, theme: Theme
) -> list[Span]:
    """Spans that take away the highlights of the names and quotes shown
    (`quotes`: each with its pieces) that `analysis` lacks (same range,
    label, rule and kind): a new analysis of the same article replaces them."""
    new_entities = {(e.start, e.end, e.label, e.rule) for e in analysis.entities}
    new_quotes = {(q.start, q.end, q.kind) for q in analysis.quotes}
    entity, quote = cleared_entity(), quote_format(theme, "reported", hidden=True)
    spans: list[Span] = [
        (e.start, e.end, entity) for e in entities if (e.start, e.end, e.label, e.rule) not in new_entities
    ]
    for q, pieces in quotes:
        if (q.start, q.end, q.kind) not in new_quotes:
            spans += [(start, end, quote) for start, end in pieces]
    return spans


class FormatJob(QObject):
    """Merges `spans` into `document` a slice a turn (`turns`, shared with
    the window's other work); `finished` fires once all are in. `cancel()`
    stops it (a newer job replaces it)."""

    progress = Signal(float)
    finished = Signal()

    def __init__(
        self,
        document: QTextDocument,
        spans: Iterable[Span],
        turns: Turns,
        parent: QObject | None = None,
        total: int | None = None,
    ):
        """`spans` in the order to merge them, made as the slices take them
        (a megabyte article's 20,000 made at once held the window 40 ms);
        `total`: how many there are, when `spans` cannot tell (progress)."""
        super().__init__(parent)
        self.document = document
        self.total = len(spans) if total is None else total  # type: ignore[arg-type]
        self._spans = iter(spans)
        self._pending = next(self._spans, None)  # the next span to merge
        self.done = 0
        self.cancelled = False
        self._turns = turns

    def start(self) -> None:
        if self._pending is None:
            QTimer.singleShot(0, self.finished.emit)
            return
        self._turns.add(self._step)

    def cancel(self) -> None:
        self.cancelled = True
        self._turns.remove(self._step)

    @property
    def running(self) -> bool:
        return self._turns.has(self._step)

    def _step(self) -> bool:
        deadline = time.perf_counter() + SLICE_SECONDS
        cursor = QTextCursor(self.document)
        length = self.document.characterCount() - 1
        # One edit block per slice: the layout is updated once, not per span.
        cursor.beginEditBlock()
        stop = self._slice_end(self._pending[0]) if self._pending is not None else 0
        merged = 0
        while self._pending is not None:
            start, end, fmt = self._pending
            if start >= stop and merged:
                break
            merged += 1
            if 0 <= start < end <= length:
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.KeepAnchor)
                if isinstance(fmt, QTextBlockFormat):
                    cursor.mergeBlockFormat(fmt)
                else:
                    cursor.mergeCharFormat(fmt)
            self._pending = next(self._spans, None)
            if merged % 32 == 0 and time.perf_counter() > deadline:
                break
        cursor.endEditBlock()
        self.done += merged
        self.progress.emit(min(1.0, self.done / max(1, self.total)))
        if self._pending is not None:
            return False
        self._turns.remove(self._step)
        self.finished.emit()
        return True

    def _slice_end(self, start: int) -> int:
        """Where a slice from `start` ends: the end of its block, or of the
        last whole block after it that fits in `SLICE_CHARS`."""
        block = self.document.findBlock(start)
        end = block.position() + block.length()
        following = block.next()
        while following.isValid() and following.position() + following.length() - start <= SLICE_CHARS:
            end = following.position() + following.length()
            following = following.next()
        return end
