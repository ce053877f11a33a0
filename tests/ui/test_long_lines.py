"""One long line (text exported without paragraph breaks) is set in blocks
of bounded length, a space made a block separator every few thousand
characters, and every offset stays the article's: highlights, finding,
selection, copying and notes land where the analysis and the reader put
them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtTest import QTest

from reader.core.analysis import Analysis, Entity, PipelineInfo
from reader.core.article import Article, Block
from reader.core.notes.store import NoteStore
from reader.ui.view.reading_view import ReadingView
from reader.ui.view.structure import (
    BLOCK_CHARS,
    FIRST_CHARS,
    LINE_SEPARATOR,
    PARAGRAPH_SEPARATOR,
    display_text,
)

from ..conftest import SAMPLES
from .conftest import open_and_wait


def one_line(chars: int) -> str:
    """News text of the samples, all its white space single spaces."""
    words = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in sorted(SAMPLES.glob("*.txt")))
    text = " ".join([words] * (chars // len(words) + 1))[:chars]
    return text[: text.rfind(" ")]


def stored_notes():
    with NoteStore() as store:
        return store.notes()


def blocks(view: ReadingView) -> list[tuple[int, str]]:
    found, block = [], view.document().firstBlock()
    while block.isValid():
        found.append((block.position(), block.text()))
        block = block.next()
    return found


def show(qtbot, text: str, wait: bool = True) -> ReadingView:
    view = ReadingView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    view.show_article(Article(path="line.txt", text=text, blocks=[Block(0, len(text), "paragraph")], language="nl"))
    if wait:
        qtbot.waitUntil(lambda: not view.styling, timeout=60_000)
    return view


def test_display_text_keeps_every_character_but_the_chosen_separators():
    line = one_line(50_000)
    shown = display_text(line)
    assert len(shown) == len(line) and "\n" not in line
    changed = [i for i, (a, b) in enumerate(zip(line, shown)) if a != b]
    assert changed and all(line[i] == " " and shown[i] == PARAGRAPH_SEPARATOR for i in changed)
    assert all(len(piece) <= BLOCK_CHARS for piece in shown.split(PARAGRAPH_SEPARATOR))
    # Most cuts follow a sentence's end.
    assert sum(line[i - 1] == "." for i in changed) >= len(changed) * 0.8
    # Short paragraphs run together into blocks of about the same size,
    # their line breaks kept as line separators.
    paragraphs = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")) * 20)
    shown = display_text(paragraphs)
    assert shown.replace(LINE_SEPARATOR, "\n") == paragraphs
    assert all(len(piece) <= BLOCK_CHARS for piece in shown.split("\n"))
    assert shown.count("\n") < paragraphs.count("\n") / 10


def test_a_long_line_is_shown_in_short_blocks_at_the_articles_offsets(qtbot):
    text = one_line(200_000)
    view = show(qtbot, text)
    assert view.document().characterCount() - 1 == len(text)
    found = blocks(view)
    assert len(found) >= len(text) // BLOCK_CHARS
    for position, block_text in found:
        assert len(block_text) <= BLOCK_CHARS
        assert text[position : position + len(block_text)] == block_text
        end = position + len(block_text)
        assert end == len(text) or text[end] == " "  # the separator stands for a space


def test_highlights_land_on_the_analysis_offsets_after_the_cuts(qtbot):
    text = one_line(120_000)
    view = show(qtbot, text)
    entities, at = [], text.find("Rotterdam")
    while at >= 0:
        entities.append(Entity(at, at + len("Rotterdam"), "Rotterdam", "LOC", "LOC"))
        at = text.find("Rotterdam", at + 1)
    assert entities[-1].start > 100_000
    view.set_analysis(Analysis(article=view.article, pipeline=PipelineInfo("test", "0", "bundled"), entities=entities))
    qtbot.waitUntil(lambda: not view.highlighting, timeout=60_000)
    colour = QColor(view.theme.labels["LOC"])
    cursor = QTextCursor(view.document())
    for entity in entities:
        cursor.setPosition(entity.start + 1)
        assert cursor.charFormat().background().color() == colour
        assert view.cursor_for(entity.start, entity.end).selectedText() == entity.text
        assert view.entity_at(entity.start + 2) is entity


def test_finding_and_copying_run_over_a_cut(qtbot):
    text = one_line(60_000)
    view = show(qtbot, text)
    cut = blocks(view)[1][0] - 1  # the space made a separator
    phrase = text[cut - 8 : cut + 8]
    start = text.index(phrase)
    view.setTextCursor(view.cursor_for(0, 0))
    assert view.find_text(phrase)
    caret = view.textCursor()
    assert (caret.selectionStart(), caret.selectionEnd()) == (start, start + len(phrase))
    assert view.createMimeDataFromSelection().text() == phrase
    again = text.index(phrase, start + 1)  # the samples come round again
    assert view.find_text(phrase.upper())  # in any case, and on to the next
    assert view.textCursor().selectionStart() == again
    assert view.find_text(phrase, forward=False)
    assert view.textCursor().selectionStart() == start


def test_the_first_piece_on_screen_is_about_a_screenful_and_the_rest_follows(qtbot):
    # Laying out a whole block first held the window up to 0.1 s.
    paragraphs = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")) * 20)
    for text in (one_line(100_000), paragraphs):
        view = show(qtbot, text, wait=False)
        first = view.document().characterCount() - 1
        assert FIRST_CHARS // 2 <= first <= FIRST_CHARS
        qtbot.waitUntil(lambda: not view.styling, timeout=60_000)
        assert view.document().characterCount() - 1 == len(text)
        for position, block_text in blocks(view):
            assert len(block_text) <= BLOCK_CHARS
            assert text[position : position + len(block_text)] == block_text.replace(LINE_SEPARATOR, "\n")


def test_a_jump_into_text_still_going_in_lands_where_it_should(qtbot):
    text = one_line(400_000)
    view = show(qtbot, text, wait=False)
    assert view.document().characterCount() - 1 < len(text)  # the first piece only
    start = len(text) - 60
    view.set_note_marks([(start, start + 20)])  # as an article with notes opens
    view.select_range(start, start + 20)  # as a note found by search is shown
    caret = view.textCursor()
    assert (caret.selectionStart(), caret.selectionEnd()) == (start, start + 20)
    assert caret.selectedText().replace(PARAGRAPH_SEPARATOR, " ") == text[start : start + 20]
    qtbot.waitUntil(lambda: not view.styling, timeout=60_000)
    marks = [(m.cursor.selectionStart(), m.cursor.selectionEnd()) for m in view.extraSelections()]
    assert marks == [(start, start + 20)]


def test_a_note_and_the_analysis_of_a_one_line_file(qtbot, window, tmp_path):
    path = tmp_path / "line.txt"
    text = one_line(80_000)
    path.write_text(text, encoding="utf-8")
    assert open_and_wait(qtbot, window, path) == 0
    view = window.view
    assert len(blocks(view)) >= len(text) // BLOCK_CHARS
    for entity in window.analysis.entities:
        assert text[entity.start : entity.end] == entity.text
        assert view.cursor_for(entity.start, entity.end).selectedText().replace(PARAGRAPH_SEPARATOR, " ") == entity.text
    cut = blocks(view)[2][0] - 1
    start, end = cut - 20, cut + 20
    view.select_range(start, end)
    assert window.selection() == (start, end)
    view.setFocus()
    QTest.keyClick(view, Qt.Key_N)
    QTest.keyClicks(window.notes.body, "over a cut")
    qtbot.waitUntil(lambda: [n.body for n in stored_notes()] == ["over a cut"], timeout=5000)
    note = stored_notes()[0]
    assert (note.start, note.end, note.exact) == (start, end, text[start:end])
