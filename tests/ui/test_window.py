"""The reading window on the seed article: text first, then highlights;
actors with their counts; jumping; hiding labels; quotes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtTest import QTest

from reader.ui.view.reading_view import QUOTES

from ..conftest import SAMPLES
from .conftest import open_and_wait


def fill_at(view, position: int):
    cursor = QTextCursor(view.document())
    cursor.setPosition(position + 1)  # the format of the character before
    return cursor.charFormat().background()


def test_text_shows_first_and_the_actors_panel_lists_people_with_counts(qtbot, window, seed_article_path):
    codes: list[int] = []
    window.finished_callbacks.append(codes.append)
    window.open_path(seed_article_path)
    qtbot.waitUntil(lambda: window.article is not None)
    # The text is on screen while the analysis still runs.
    assert "Lavrov" in window.view.toPlainText()
    assert window.analysis is None
    qtbot.waitUntil(lambda: bool(codes), timeout=120_000)
    assert codes == [0]
    analysis = window.analysis
    rows = window.actors.visible_rows()
    people = {name: (mentions, quotes) for label, name, mentions, quotes in rows if label == "PER"}
    for actor in analysis.actors:
        if actor.label == "PER":
            assert people[actor.name] == (len(actor.mentions), len(actor.quotes))
    assert {"Sergej Lavrov", "Volodymyr Zelensky"} <= set(people)
    # Most mentioned first within the group.
    counts = [mentions for label, _name, mentions, _quotes in rows if label == "PER"]
    assert counts == sorted(counts, reverse=True)
    assert f"{len(analysis.entities)} entities" in window.status.text()
    assert f"{len(analysis.quotes)} quotes" in window.status.text()


def test_next_mention_moves_the_selection_to_the_actor(qtbot, window, seed_article_path):
    assert open_and_wait(qtbot, window, seed_article_path) == 0
    lavrov = next(a for a in window.analysis.actors if a.name == "Sergej Lavrov")
    assert len(lavrov.mentions) >= 2
    window.actors.select_actor(lavrov.id)
    # Choosing the actor emphasises all its mentions.
    assert len(window.view.extraSelections()) == len(lavrov.mentions)
    window.view.setFocus()
    text = window.article.text
    for start, end in lavrov.mentions:
        QTest.keyClick(window.view, Qt.Key_M)
        cursor = window.view.textCursor()
        assert (cursor.selectionStart(), cursor.selectionEnd()) == (start, end)
        assert cursor.selectedText() == text[start:end]
    QTest.keyClick(window.view, Qt.Key_M, Qt.ShiftModifier)
    assert window.view.textCursor().selectionStart() == lavrov.mentions[-2][0]


def test_hiding_a_label_removes_its_highlights_and_showing_brings_them_back(qtbot, window, seed_article_path):
    assert open_and_wait(qtbot, window, seed_article_path) == 0
    view = window.view
    people = [e for e in window.analysis.entities if e.label == "PER"]
    places = [e for e in window.analysis.entities if e.label == "LOC"]
    assert people and places
    colour = QColor(view.theme.labels["PER"])
    assert all(fill_at(view, e.start).color() == colour for e in people)
    view.setFocus()
    QTest.keyClick(view, Qt.Key_1)
    qtbot.waitUntil(lambda: not view.highlighting)
    assert all(fill_at(view, e.start).style() == Qt.NoBrush for e in people)
    assert all(fill_at(view, e.start).style() != Qt.NoBrush for e in places)
    assert view.next_entity(-1, True).label != "PER"  # jumps skip hidden labels
    QTest.keyClick(view, Qt.Key_1)
    qtbot.waitUntil(lambda: not view.highlighting)
    assert all(fill_at(view, e.start).color() == colour for e in people)


def test_quotes_hide_and_link_their_speaker(qtbot, window):
    assert open_and_wait(qtbot, window, SAMPLES / "harbour-floating-solar.txt") == 0
    view = window.view
    text = window.article.text
    start = text.index('"Nobody asked us anything,"')
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 3)
    assert cursor.charFormat().fontItalic() and cursor.charFormat().foreground().color() == QColor(view.theme.quote)
    assert "Jan Bakker" in view.describe_position(start + 3)
    # Choosing the quote in the panel selects it and its speaker's actor.
    index = next(i for i, q in enumerate(window.analysis.quotes) if q.start <= start + 3 < q.end)
    window.quotes.quote_chosen.emit(index)
    quote = window.analysis.quotes[index]
    assert view.textCursor().selectionStart() == quote.start
    assert window.actors.current_actor() == quote.speaker.actor
    view.set_visible(QUOTES, False)
    qtbot.waitUntil(lambda: not view.highlighting)
    cursor.setPosition(start + 3)
    assert not cursor.charFormat().fontItalic() and cursor.charFormat().foreground().style() == Qt.NoBrush
    assert view.describe_position(start + 3) == ""


def test_quotes_panel_groups_by_speaker(qtbot, window, seed_article_path):
    assert open_and_wait(qtbot, window, seed_article_path) == 0
    tree = window.quotes.tree
    assert tree.topLevelItemCount() == len(window.analysis.quotes)
    window.registry.run("panels.group_quotes")
    speakers = {window.quotes.speaker_name(q) for q in window.analysis.quotes}
    assert tree.topLevelItemCount() == len(speakers)
    assert sum(tree.topLevelItem(i).childCount() for i in range(tree.topLevelItemCount())) == len(
        window.analysis.quotes
    )


def test_actors_filter_and_appearances(qtbot, window, seed_article_path):
    assert open_and_wait(qtbot, window, seed_article_path) == 0
    panel = window.actors
    window.registry.run("panels.filter_actors")
    assert panel.filter.hasFocus()
    QTest.keyClicks(panel.filter, "lavr")
    assert [name for _label, name, _m, _q in panel.visible_rows()] == ["Sergej Lavrov"]
    QTest.keyClick(panel.filter, Qt.Key_Return)
    index = panel.tree.currentIndex()
    assert index.data() == "Sergej Lavrov"
    panel.tree.expand(index)
    lavrov = panel.actor(panel.current_actor())
    appearance = panel.proxy.index(0, 0, index)
    assert "«Lavrov" in appearance.data() or "«Sergej Lavrov" in appearance.data()
    assert panel.proxy.rowCount(index) == len(lavrov.mentions)
    panel.tree.setCurrentIndex(appearance)
    QTest.keyClick(panel.tree, Qt.Key_Return)
    cursor = window.view.textCursor()
    assert (cursor.selectionStart(), cursor.selectionEnd()) in lavrov.mentions


def test_find_next_and_previous(qtbot, window, seed_article_path):
    assert open_and_wait(qtbot, window, seed_article_path) == 0
    text = window.article.text
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_F, Qt.ControlModifier)
    assert window.find_bar.field.hasFocus()
    QTest.keyClicks(window.find_bar.field, "Lavrov")
    first = window.view.textCursor().selectionStart()
    assert first == text.index("Lavrov")
    QTest.keyClick(window.find_bar.field, Qt.Key_Return)
    second = window.view.textCursor().selectionStart()
    assert second == text.index("Lavrov", first + 1)
    QTest.keyClick(window.find_bar.field, Qt.Key_Return, Qt.ShiftModifier)
    assert window.view.textCursor().selectionStart() == first
    QTest.keyClick(window.find_bar.field, Qt.Key_Escape)
    assert not window.find_bar.isVisible() and window.view.hasFocus()


def test_next_entity_and_quote_keys(qtbot, window, seed_article_path):
    assert open_and_wait(qtbot, window, seed_article_path) == 0
    view = window.view
    view.setFocus()
    view.moveCursor(QTextCursor.Start)
    entities = sorted(window.analysis.entities, key=lambda e: e.start)
    QTest.keyClick(view, Qt.Key_E)
    QTest.keyClick(view, Qt.Key_E)
    assert view.textCursor().selectedText() == entities[1].text
    QTest.keyClick(view, Qt.Key_E, Qt.ShiftModifier)
    assert view.textCursor().selectionStart() == entities[0].start
    quotes = sorted(window.analysis.quotes, key=lambda q: q.start)
    view.moveCursor(QTextCursor.Start)
    QTest.keyClick(view, Qt.Key_Q)
    assert view.textCursor().selectionStart() == quotes[0].start
    assert "quote" in window.caret.text().lower()


def test_hovering_a_name_shows_the_actor(qtbot, window, seed_article_path):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    assert open_and_wait(qtbot, window, seed_article_path) == 0
    view = window.view
    lavrov = next(a for a in window.analysis.actors if a.name == "Sergej Lavrov")
    start, end = lavrov.mentions[0]
    view.select_range(start, start)
    rect = view.cursorRect(view.cursor_for(start + 1, start + 1))
    point = QPoint(rect.center().x(), rect.center().y())
    event = QHelpEvent(QEvent.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    shown = QToolTip.text()
    assert "Sergej Lavrov" in shown and "person" in shown
    assert f"{len(lavrov.mentions)} mentions" in shown
