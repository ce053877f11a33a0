"""The article view: the text typeset for reading in a centred column, with
entities filled in their label's colour and quotes in a quote ink (direct
quotes in italic, reported speech upright; see highlights.py).

Offsets in the document equal offsets in `Article.text` (the text is set
character for character, a long article a piece at a time: see
structure.py), so every range from the analysis applies as it is.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import chain
from operator import attrgetter

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractSlider,
    QTextBrowser,
    QTextEdit,
    QToolTip,
    QWidget,
)

from ...core.analysis import Actor, Analysis, Entity, Quote
from ...core.article import Article
from ..turns import Turns
from . import structure
from .describe import describe_entity, describe_quote
from .highlights import FormatJob, Span, highlight_spans, stale_spans
from .structure import TextFeed, content_pieces, fit_column, structure_spans
from .theme import LIGHT, Theme

QUOTES = "QUOTE"  # the key for quotes among the hideable kinds


class ReadingView(QTextBrowser):
    """Emits `highlights_done` when every highlight is in, `progress`
    while they go in, and `caret_info` with a line about what the caret is on."""

    highlights_done = Signal()
    painted = Signal()  # once, when a newly shown article is first painted
    progress = Signal(float)
    caret_info = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        font_family: str = "serif",
        text_size: int = 13,
        line_length: int = 70,
        zoom: int = 0,
    ):
        super().__init__(parent)
        self.setAccessibleName("Article text")
        self.setOpenLinks(False)
        self.setAcceptDrops(False)  # files dropped here go to the window
        self.setTextInteractionFlags(
            Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard | Qt.LinksAccessibleByKeyboard
        )
        self.setMouseTracking(True)
        self.setFrameShape(QTextBrowser.NoFrame)
        self.document().setUndoRedoEnabled(False)  # formats would pile up there
        font = QFont(font_family)
        font.setStyleHint(QFont.Serif)
        font.setPointSizeF(structure.zoomed(text_size, zoom))
        self.document().setDefaultFont(font)
        self.setFont(font)
        self.line_length = line_length
        self.base_size = text_size
        self.theme: Theme = LIGHT
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self.hidden: set[str] = set()
        self._entities: list[Entity] = []
        self._entity_starts: list[int] = []
        self._quotes: list[Quote] = []
        self._quote_starts: list[int] = []
        self._quote_pieces: list[list[tuple[int, int]]] = []  # each quote without dimmed blocks
        self._actors: dict[str, Actor] = {}
        # The view's slices of work and the window's panels take turns here.
        self.turns = Turns(self)
        self._job: FormatJob | None = None
        self._structure: FormatJob | None = None
        self._feed: TextFeed | None = None  # the text going in
        self._stale: list[Span] = []  # highlights of an analysis replaced, to take away
        self._emphasis: list[QTextEdit.ExtraSelection] = []
        self._note_marks: list[QTextEdit.ExtraSelection] = []
        self._note_ranges: list[tuple[int, int]] = []
        self._fresh = False
        self.cursorPositionChanged.connect(self._report_caret)

    # -- text ------------------------------------------------------------

    def show_article(self, article: Article) -> None:
        self._cancel("_job", "_structure", "_feed")
        self.article, self.analysis = article, None
        self._entities, self._entity_starts, self._quotes, self._quote_starts = [], [], [], []
        self._quote_pieces, self._actors = [], {}
        self._emphasis, self._note_marks, self._stale = [], [], []
        self.setExtraSelections([])
        # setPlainText gives the whole text the caret's character format
        # (a name's fill, a heading's weight): clearing first resets the
        # caret, and the format is set plain besides.
        self.document().clear()
        self.setCurrentCharFormat(QTextCharFormat())
        self._feed = TextFeed(self.document(), article.text, self.turns, self)
        self.setPlainText(self._feed.first())
        self._fit_column()  # the new text's root frame has default margins
        self._fresh = True
        self._feed.finished.connect(self._text_in)
        self._feed.start()

    def _text_in(self) -> None:
        """All the text is in: style it, and highlight it if the analysis
        came first."""
        self._feed.deleteLater()
        self._feed = None
        self._structure = FormatJob(self.document(), structure_spans(self.article, self.theme), self.turns, self)
        self._structure.finished.connect(self._maybe_done)
        self._structure.start()
        if self.analysis is not None:
            self._restyle(include_quotes=True, labels=None)
        self.set_note_marks(self._note_ranges)

    def _cancel(self, *jobs: str) -> None:
        """Stop the jobs named ("_job", "_structure", "_feed"): newer ones
        replace them."""
        for name in jobs:
            job = getattr(self, name)
            if job is not None:
                job.cancel()
                job.deleteLater()
                setattr(self, name, None)

    # -- highlights ------------------------------------------------------

    def set_analysis(self, analysis: Analysis) -> None:
        """Highlight `analysis`; a new analysis of the article shown (after a
        correction) first takes away the highlights the one before had."""
        if self.analysis is not None and self.analysis.article is analysis.article:
            # A run not yet applied still counts.
            self._stale += stale_spans(self._entities, zip(self._quotes, self._quote_pieces), analysis, self.theme)
        self.analysis = analysis
        self._entities = sorted(analysis.entities, key=attrgetter("start", "end"))
        self._entity_starts = [e.start for e in self._entities]
        self._quotes = sorted(analysis.quotes, key=attrgetter("start", "end"))
        self._quote_starts = [q.start for q in self._quotes]
        self._quote_pieces = content_pieces(analysis.article, [(q.start, q.end) for q in self._quotes])
        self._actors = {actor.id: actor for actor in analysis.actors}
        self._restyle(include_quotes=True, labels=None)

    def _restyle(self, include_quotes: bool, labels: set[str] | None) -> None:
        """(Re)apply the formats of quotes and of entities with `labels`
        (all when None), a slice at a time, once the text is in."""
        if self._feed is not None:
            return  # `_text_in` applies them all
        if self._job is not None and self._job.running:
            # The running job has not finished its spans: restart from
            # everything, which covers both (simple, and still sliced).
            self._cancel("_job")
            include_quotes, labels = True, None
        quotes = zip(self._quotes, self._quote_pieces) if include_quotes else None
        hidden = (self.hidden, QUOTES in self.hidden)
        spans, total = highlight_spans(self._entities, quotes, labels, self.theme, *hidden)
        # What the analysis before highlighted and this one does not, cleared first.
        spans, total = chain(self._stale, spans), total + len(self._stale)
        self._stale = []
        self._cancel("_job")
        self._job = FormatJob(self.document(), spans, self.turns, self, total)
        self._job.progress.connect(self.progress)
        self._job.finished.connect(self._maybe_done)
        self._job.start()

    def _maybe_done(self) -> None:
        """Announce the highlights once they and the structure are in."""
        if self._job is not None and not self._job.running and not self.styling:
            self.highlights_done.emit()

    @property
    def highlighting(self) -> bool:
        return (self._job is not None and self._job.running) or (self._feed is not None and self.analysis is not None)

    @property
    def styling(self) -> bool:
        return self._feed is not None or (self._structure is not None and self._structure.running)

    def set_visible(self, kind: str, visible: bool) -> None:
        """Show or hide one label's fills ("PER", …) or the quote marks."""
        if visible == (kind not in self.hidden):
            return
        (self.hidden.discard if visible else self.hidden.add)(kind)
        if kind == QUOTES:
            self._restyle(include_quotes=True, labels=set())
        else:
            self._restyle(include_quotes=False, labels={kind})

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        if self.article is not None and self._feed is None:
            self._cancel("_structure")
            self._structure = FormatJob(self.document(), structure_spans(self.article, self.theme), self.turns, self)
            self._structure.finished.connect(self._maybe_done)
            self._structure.start()
        if self.analysis is not None:
            self._restyle(include_quotes=True, labels=None)
        self.emphasise([], "PER")
        self.set_note_marks(self._note_ranges)  # in the new accent colour

    def set_note_marks(self, ranges: list[tuple[int, int]]) -> None:
        """Mark the passages that have notes (a wavy underline in the accent
        colour: unlike quotes' ink and entities' fills)."""
        self._note_ranges = ranges
        if self._feed is not None:
            return  # marked once the text is in (`_text_in`)
        marks = []
        for start, end in ranges:
            mark = QTextEdit.ExtraSelection()
            mark.cursor = self.cursor_for(start, end)
            mark.format.setUnderlineStyle(QTextCharFormat.WaveUnderline)
            mark.format.setUnderlineColor(QColor(self.theme.accent))
            marks.append(mark)
        self._note_marks = marks
        self.setExtraSelections(self._emphasis + self._note_marks)

    def emphasise(self, mentions: list[tuple[int, int]], label: str) -> None:
        """Make one actor's mentions stand out (a stronger fill)."""
        selections = []
        colour = QColor(self.theme.emphasis.get(label, self.theme.emphasis["MISC"]))
        for start, end in mentions:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.cursor_for(start, end)
            selection.format.setBackground(colour)
            selection.format.setForeground(QColor("#000000" if self.theme.name == "light" else "#ffffff"))
            selections.append(selection)
        self._emphasis = selections
        self.setExtraSelections(self._emphasis + self._note_marks)

    # -- lookup ----------------------------------------------------------

    def cursor_for(self, start: int, end: int) -> QTextCursor:
        if self._feed is not None:  # a jump into text still to come: in with it now
            self._feed.ensure(end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.KeepAnchor)
        return cursor

    def entity_at(self, position: int) -> Entity | None:
        # Entities never overlap, so only the nearest start can hold it.
        index = bisect_right(self._entity_starts, position) - 1
        if index >= 0 and self._entities[index].start <= position < self._entities[index].end:
            return self._entities[index]
        return None

    def quote_at(self, position: int) -> Quote | None:
        # Quotes do not overlap either.
        index = bisect_right(self._quote_starts, position) - 1
        if index >= 0 and self._quotes[index].start <= position < self._quotes[index].end:
            return self._quotes[index]
        return None

    def next_entity(self, position: int, forward: bool) -> Entity | None:
        starts = self._entity_starts
        if forward:
            for index in range(bisect_right(starts, position), len(starts)):
                if self._entities[index].label not in self.hidden:
                    return self._entities[index]
        else:
            for index in range(bisect_left(starts, position) - 1, -1, -1):
                if self._entities[index].label not in self.hidden:
                    return self._entities[index]
        return None

    def next_quote(self, position: int, forward: bool) -> Quote | None:
        starts = self._quote_starts
        index = bisect_right(starts, position) if forward else bisect_left(starts, position) - 1
        return self._quotes[index] if 0 <= index < len(starts) else None

    def describe_position(self, position: int) -> str:
        parts = []
        entity = self.entity_at(position)
        if entity is not None and entity.label not in self.hidden:
            parts.append(describe_entity(entity, self._actors))
        quote = self.quote_at(position)
        if quote is not None and QUOTES not in self.hidden:
            parts.append(describe_quote(quote, self._actors))
        return "\n".join(parts)

    # -- moving ----------------------------------------------------------

    def select_range(self, start: int, end: int) -> None:
        """Select text[start:end] and bring it to the middle of the view."""
        self.setTextCursor(self.cursor_for(start, end))
        rect = self.cursorRect()
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.center().y() - self.viewport().height() // 2)

    def scroll(self, action: QAbstractSlider.SliderAction) -> None:
        """Scroll, and bring the caret along when it is off the screen (to
        the start for the top, else to the first whole line in view), so
        jumps and notes start from what the reader sees."""
        bar = self.verticalScrollBar()
        bar.triggerAction(action)
        if action == QAbstractSlider.SliderToMinimum:
            position = 0
        elif self._in_view(self.textCursor().selectionStart()):
            return
        else:
            position = self._first_line_in_view()
        value = bar.value()
        self.setTextCursor(self.cursor_for(position, position))
        bar.setValue(value)  # setting the caret must not scroll the view

    def _in_view(self, position: int) -> bool:
        rect = self.cursorRect(self.cursor_for(position, position))
        return rect.top() >= 0 and rect.bottom() <= self.viewport().height()

    def _first_line_in_view(self) -> int:
        cursor = self.cursorForPosition(QPoint(self.viewport().width() // 2, 0))
        cursor.movePosition(QTextCursor.StartOfLine)
        if self.cursorRect(cursor).top() < 0:  # a line cut by the top edge
            cursor.movePosition(QTextCursor.Down)
            cursor.movePosition(QTextCursor.StartOfLine)
        return cursor.position()

    def find_text(self, text: str, forward: bool = True, again: bool = False) -> bool:
        """Select the next (or previous) match after the caret, wrapping;
        with `again`, the current match itself may match (find as you type)."""
        if not text or self.article is None:
            return False
        caret = self.textCursor()
        position = caret.selectionEnd() if forward and not again else caret.selectionStart()
        found = structure.find_in(self.article.text, text, position, forward)
        if found is not None:
            self.select_range(*found)
        return found is not None

    def createMimeDataFromSelection(self):
        """What is copied is the article's text (not a long line's block
        separators)."""
        data = super().createMimeDataFromSelection()
        cursor = self.textCursor()
        if self.article is not None and cursor.hasSelection():
            data.setText(self.article.text[cursor.selectionStart() : cursor.selectionEnd()])
        return data

    def zoom(self, steps: int) -> None:
        """Change the text size by `steps` points (0 resets)."""
        font = self.document().defaultFont()
        size = self.base_size if steps == 0 else structure.zoomed(font.pointSizeF(), steps)
        font.setPointSizeF(size)
        self.document().setDefaultFont(font)
        self.setFont(font)
        self._fit_column()

    # -- Qt events -------------------------------------------------------

    def _fit_column(self) -> None:
        # On every resize of the viewport too: a scroll bar that comes or
        # goes changes its width (resizeEvent hears of that as well).
        fit_column(self.document(), self.viewport().width(), self.line_length)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._fresh:
            self._fresh = False
            self.painted.emit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_column()

    def viewportEvent(self, event) -> bool:
        # Tooltips come from the analysis, not from character formats, so
        # they follow hidden labels and cost no memory per highlight.
        if event.type() == QEvent.ToolTip:
            text = self.describe_position(self.cursorForPosition(event.pos()).position())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _report_caret(self) -> None:
        # After a jump the caret sits at the end of the selection; describe
        # what the selection starts with.
        self.caret_info.emit(self.describe_position(self.textCursor().selectionStart()))
