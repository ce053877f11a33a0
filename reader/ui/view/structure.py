"""The article's structure as formats: line spacing for every paragraph,
headings larger and bold, metadata and boilerplate dimmed.

A job of its own (see highlights.py), so a long article's text is on
screen at once and styled a slice at a time, top first.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextFormat

from ...core.article import CONTENT_KINDS, Article
from .highlights import Span
from .theme import Theme


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
