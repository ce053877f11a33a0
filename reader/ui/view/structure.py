"""The article's structure as formats: line spacing for every paragraph,
headings larger and bold, metadata and boilerplate dimmed; and the column
the text is set in.

A job of its own (see highlights.py), so a long article's text is on
screen at once and styled a slice at a time, top first.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import islice

from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from ...core.article import CONTENT_KINDS, Article
from .highlights import Span
from .theme import Theme

#: Space around the column: at least this much at the sides, and above and
#: below the text.
SIDE, TOP, BOTTOM = 24.0, 28.0, 48.0


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
