"""The reading view keeps its state right from article to article: the
column centred and held to the reading width whatever the article's
length, a clean character format for every new text, the caret brought
along by scrolling, and quotes in their own ink."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtTest import QTest

from reader.core.article import Article, Block
from reader.ui.view.reading_view import QUOTES
from reader.ui.view.structure import content_pieces
from reader.ui.view.theme import DARK, LIGHT

from ..conftest import SAMPLES
from .conftest import open_and_wait
from .test_theme import contrast

PARAGRAPH = (
    "The harbour board said on Monday that the floating solar park near the old coal quay will be "
    "built next spring, after two years of studies and a long talk with the fishermen of the "
    "coast, who feared for their routes to the open sea and for the nets they leave out at night."
)


def short_article(tmp_path, name: str = "short.txt"):
    """An article that needs no scroll bar in a window of the usual size."""
    path = tmp_path / name
    path.write_text(f"Solar park on the quay\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n", encoding="utf-8")
    return path


def format_at(view, position: int) -> QTextCharFormat:
    cursor = QTextCursor(view.document())
    cursor.setPosition(position + 1)  # the format of the character before
    return cursor.charFormat()


def assert_centred_column(view) -> None:
    """Centred: equal margins, the text starting at the left one; held to
    the reading width: a long paragraph's lines about `line_length`
    characters (or narrower, in a window too narrow for the column)."""
    fmt = view.document().rootFrame().frameFormat()
    left, right = fmt.leftMargin(), fmt.rightMargin()
    assert left == pytest.approx(right, abs=1)
    block = view.document().findBlock(view.toPlainText().index(PARAGRAPH[:40]))
    assert view.document().documentLayout().blockBoundingRect(block).left() == pytest.approx(left, abs=1)
    layout = block.layout()
    widest = max(layout.lineAt(i).textLength() for i in range(layout.lineCount()))
    assert widest <= view.line_length * 1.2
    if left > 30:  # room for the whole column
        assert widest >= view.line_length * 0.8


def test_a_short_article_is_centred_and_held_to_the_reading_width(qtbot, window, tmp_path):
    view = window.view
    assert open_and_wait(qtbot, window, short_article(tmp_path)) == 0
    assert not view.verticalScrollBar().isVisible()  # the case: nothing to scroll
    assert_centred_column(view)
    # Another short one at the same width (no scroll bar comes or goes).
    assert open_and_wait(qtbot, window, short_article(tmp_path, "other.txt")) == 0
    assert_centred_column(view)
    for width in (1700, 1100, 760):
        window.resize(width, window.height())
        qtbot.waitUntil(lambda: window.width() == width)
        assert_centred_column(view)
    window.registry.run("view.zoom_in")
    window.registry.run("view.zoom_in")
    assert_centred_column(view)
    window.resize(1280, window.height())
    qtbot.waitUntil(lambda: window.width() == 1280)
    assert_centred_column(view)


def test_a_docx_opened_first_is_centred(qtbot, window, tmp_path):
    document = docx.Document()
    document.add_heading("Solar park on the quay", 1)
    document.add_paragraph(PARAGRAPH)
    document.add_paragraph(PARAGRAPH)
    path = tmp_path / "first.docx"
    document.save(path)
    assert open_and_wait(qtbot, window, path) == 0  # the first article in a fresh window
    assert_centred_column(window.view)
    first_line = window.view.document().findBlock(0).layout().lineAt(0)
    assert first_line.naturalTextWidth() < window.view.viewport().width() / 2  # not run from the left edge


def plain(fmt: QTextCharFormat) -> bool:
    return (
        fmt.background().style() == Qt.NoBrush
        and fmt.foreground().style() == Qt.NoBrush
        and not fmt.fontItalic()
        and fmt.fontWeight() <= 400
        and fmt.underlineStyle() == QTextCharFormat.NoUnderline
        and not fmt.hasProperty(QTextFormat.FontSizeAdjustment)
    )


def put_caret(window, where: str) -> None:
    """Stand the caret in something formatted, as a reader would."""
    if where == "dimmed byline":
        block = next(b for b in window.article.blocks if not b.is_content)
        window.view.setTextCursor(window.view.cursor_for(block.start + 2, block.start + 2))
    else:
        window.registry.run({"name": "go.next_entity", "quote": "go.next_quote"}[where])
    assert not plain(format_at(window.view, window.view.textCursor().position() - 1))


@pytest.mark.parametrize("where", ["name", "quote", "dimmed byline"])
@pytest.mark.parametrize("how", ["open", "reload"])
def test_a_new_text_starts_from_a_clean_format(qtbot, window, seed_article_path, where, how):
    view = window.view
    assert open_and_wait(qtbot, window, seed_article_path) == 0
    put_caret(window, where)
    shown: list[bool] = []
    # Right after the view takes the new text: before structure or highlights.
    window.session.article_ready.connect(
        lambda article: shown.append(all(plain(format_at(view, i)) for i in range(len(article.text) - 1)))
    )
    if how == "open":
        assert open_and_wait(qtbot, window, SAMPLES / "harbour-floating-solar.txt") == 0
    else:
        codes: list[int] = []
        window.finished_callbacks.append(codes.append)
        window.registry.run("file.reload")
        qtbot.waitUntil(lambda: bool(codes), timeout=120_000)
    assert shown == [True]
    marked = {i for e in window.analysis.entities for i in range(e.start, e.end)}
    marked |= {i for q in window.analysis.quotes for i in range(q.start, q.end)}
    marked |= {i for b in window.article.blocks if b.kind != "paragraph" for i in range(b.start, b.end)}
    text = window.article.text
    assert all(plain(format_at(view, i)) for i in range(len(text) - 1) if i not in marked and text[i] != "\n")


def visible_range(view) -> tuple[int, int]:
    top = view.cursorForPosition(QPoint(0, 0)).position()
    bottom = view.cursorForPosition(QPoint(view.viewport().width(), view.viewport().height())).position()
    return top, bottom


def test_paging_down_brings_the_caret_so_the_next_name_is_on_screen(qtbot, window, seed_article_path):
    view = window.view
    assert open_and_wait(qtbot, window, seed_article_path) == 0
    bar = view.verticalScrollBar()
    assert bar.maximum() > view.viewport().height()  # more than two screens
    view.setFocus()
    QTest.keyClick(view, Qt.Key_Space)  # go.page_down
    assert bar.value() > 0
    top, bottom = visible_range(view)
    caret = view.textCursor()
    assert not caret.hasSelection()
    assert top <= caret.position() <= bottom
    QTest.keyClick(view, Qt.Key_E)  # go.next_entity
    selected = view.textCursor().selectionStart()
    assert top <= selected <= bottom  # on the screen the reader saw, not back at the top
    assert view.entity_at(selected) is not None
    assert not any(caret.position() <= e.start < selected for e in window.analysis.entities)


def test_scrolling_moves_the_caret_only_when_it_leaves_the_screen(qtbot, window, seed_article_path):
    view = window.view
    assert open_and_wait(qtbot, window, seed_article_path) == 0
    window.registry.run("go.page_down")
    window.registry.run("go.next_entity")
    chosen = view.textCursor()
    window.registry.run("go.line_down")  # the name is still on screen: it stays chosen
    assert (view.textCursor().selectionStart(), view.textCursor().selectionEnd()) == (
        chosen.selectionStart(),
        chosen.selectionEnd(),
    )
    window.registry.run("go.bottom")
    top, bottom = visible_range(view)
    assert top <= view.textCursor().position() <= bottom
    assert view.textCursor().position() > chosen.selectionEnd()
    window.registry.run("go.page_up")
    top, bottom = visible_range(view)
    assert top <= view.textCursor().position() <= bottom
    window.registry.run("go.top")
    assert view.verticalScrollBar().value() == 0
    assert view.textCursor().position() == 0 and not view.textCursor().hasSelection()


def test_quotes_change_the_ink_not_the_paper(qtbot, window):
    assert open_and_wait(qtbot, window, SAMPLES / "harbour-floating-solar.txt") == 0
    view = window.view
    quotes = window.analysis.quotes
    direct = next(q for q in quotes if q.kind == "direct")
    reported = next(q for q in quotes if q.kind == "reported")

    def inside(quote) -> QTextCharFormat:
        position = next(i for i in range(quote.start, quote.end) if view.entity_at(i) is None)
        return format_at(view, position)

    def ink(fmt: QTextCharFormat):
        return fmt.foreground().color() if fmt.foreground().style() != Qt.NoBrush else None

    for fmt in (inside(direct), inside(reported)):
        assert ink(fmt) == QColor(LIGHT.quote)
        assert fmt.underlineStyle() == QTextCharFormat.NoUnderline and not fmt.fontUnderline()
        assert fmt.background().style() == Qt.NoBrush
    assert inside(direct).fontItalic() and not inside(reported).fontItalic()
    assert "Direct quote" in view.describe_position(direct.start + 1)
    view.set_visible(QUOTES, False)
    qtbot.waitUntil(lambda: not view.highlighting)
    assert all(ink(inside(q)) is None and not inside(q).fontItalic() for q in (direct, reported))
    view.set_visible(QUOTES, True)
    view.set_theme(DARK)
    qtbot.waitUntil(lambda: not view.highlighting)
    assert ink(inside(direct)) == QColor(DARK.quote) and inside(direct).fontItalic()
    assert ink(inside(reported)) == QColor(DARK.quote) and not inside(reported).fontItalic()


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_quote_ink_is_easy_to_read(theme):
    assert contrast(theme.quote, theme.page) >= 7  # WCAG AAA, like the text
    for label, fill in theme.labels.items():  # a name inside a quote
        assert contrast(theme.quote, fill) >= 4.5, label


def test_quote_ink_stays_off_dimmed_blocks():
    text = "Para one says this.\nBy A. Writer\nand more words.\n"
    article = Article(
        path="a.txt", text=text, blocks=[Block(0, 19, "paragraph"), Block(20, 32, "metadata"), Block(33, 48, "paragraph")]
    )
    assert content_pieces(article, [(5, 45), (0, 10), (21, 30)]) == [[(5, 20), (32, 45)], [(0, 10)], []]
