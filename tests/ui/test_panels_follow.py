"""The actors and quotes panels in a real window: they follow jumps in the
text, keep a name in view in its context line, count what a filter shows,
let Down into the list, sort with arrows a reader reads right, mark the
focused list, and show each label's colour."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHeaderView

from reader.core.labels import LABEL_TITLES
from reader.ui.panels.actors import KIND_ROLE, VALUE_ROLE
from reader.ui.panels.quotes import QUOTE_ROLE
from reader.ui.view.theme import DARK, LIGHT, resolve

from ..conftest import SAMPLES
from .conftest import open_and_wait


def shown_in_panel(tree, index) -> bool:
    """`index` is the current, selected row and lies within the list's viewport."""
    return (
        tree.currentIndex().siblingAtColumn(0) == index
        and tree.selectionModel().isSelected(tree.currentIndex())
        and tree.viewport().rect().contains(tree.visualRect(index))
    )


def current_quote(window) -> int | None:
    item = window.quotes.tree.currentItem()
    return item.data(0, QUOTE_ROLE) if item is not None else None


def test_next_entity_selects_its_actor_and_next_mention_follows_it(qtbot, window, seed_article_path):
    assert open_and_wait(qtbot, window, seed_article_path) == 0
    view, panel = window.view, window.actors
    entities = sorted(window.analysis.entities, key=lambda e: e.start)
    first = panel.actor(entities[0].actor)
    panel.select_actor(first.id)  # chosen in the panel
    view.setFocus()
    view.moveCursor(QTextCursor.Start)
    for entity in entities[:8]:
        QTest.keyClick(view, Qt.Key_E)
        assert view.textCursor().selectionStart() == entity.start
        assert panel.current_actor() == entity.actor
        assert shown_in_panel(panel.tree, panel.tree.currentIndex().siblingAtColumn(0))
        assert view.hasFocus()  # the panel follows without taking the focus
    # E onto another actor than the one chosen before: M goes on with the new one.
    QTest.keyClick(view, Qt.Key_E, Qt.ShiftModifier)
    assert panel.current_actor() == entities[6].actor
    other = next(e for e in entities[7:] if e.actor != entities[6].actor)
    view.select_range(entities[6].start, entities[6].start)
    while view.textCursor().selectionStart() != other.start:
        QTest.keyClick(view, Qt.Key_E)
    actor = panel.actor(other.actor)
    assert panel.current_actor() == actor.id
    QTest.keyClick(view, Qt.Key_M)
    later = [m for m in actor.mentions if m[0] > other.start] or actor.mentions
    assert (view.textCursor().selectionStart(), view.textCursor().selectionEnd()) == later[0]


def test_next_quote_selects_its_row_and_its_speakers_actor_or_none(qtbot, window, seed_article_path):
    assert open_and_wait(qtbot, window, seed_article_path) == 0
    view, panel, analysis = window.view, window.actors, window.analysis
    order = sorted(range(len(analysis.quotes)), key=lambda i: analysis.quotes[i].start)
    speakers = [analysis.quotes[i].speaker.actor if analysis.quotes[i].speaker else None for i in order]
    # The article has quotes by actors right before quotes by no actor.
    assert any(a is not None and b is None for a, b in zip(speakers, speakers[1:]))
    view.setFocus()
    view.moveCursor(QTextCursor.Start)
    for index, speaker in zip(order, speakers):
        QTest.keyClick(view, Qt.Key_Q)
        assert view.textCursor().selectionStart() == analysis.quotes[index].start
        assert current_quote(window) == index
        item = window.quotes.tree.currentItem()
        assert item.isSelected()
        assert window.quotes.tree.viewport().rect().contains(window.quotes.tree.visualItemRect(item))
        assert panel.current_actor() == speaker  # None: the actor before is let go
        if speaker is None:
            assert panel.tree.selectionModel().selectedRows() == []
        assert view.hasFocus()
    QTest.keyClick(view, Qt.Key_Q, Qt.ShiftModifier)
    assert current_quote(window) == order[-2]
    assert panel.current_actor() == speakers[-2]


def test_choosing_a_quote_in_the_panel_shows_its_speaker_or_no_actor(qtbot, window, seed_article_path):
    assert open_and_wait(qtbot, window, seed_article_path) == 0
    quotes, panel = window.analysis.quotes, window.actors
    known = next(i for i, q in enumerate(quotes) if q.speaker and q.speaker.actor)
    unknown = next(i for i, q in enumerate(quotes) if not (q.speaker and q.speaker.actor))
    tree = window.quotes.tree
    for index in (known, unknown):
        item = next(tree.topLevelItem(r) for r in range(tree.topLevelItemCount())
                    if tree.topLevelItem(r).data(0, QUOTE_ROLE) == index)
        tree.setFocus()
        tree.setCurrentItem(item)
        QTest.keyClick(tree, Qt.Key_Return)
        assert window.view.textCursor().selectionStart() == quotes[index].start
        speaker = quotes[index].speaker
        assert panel.current_actor() == (speaker.actor if speaker else None)
    assert window.view.extraSelections() == []  # no actor emphasised any more


def test_an_appearance_shows_the_name_within_the_panel(qtbot, window, seed_article_path):
    assert open_and_wait(qtbot, window, seed_article_path) == 0
    panel, tree = window.actors, window.actors.tree
    assert panel.width() <= 400  # the window's default panel width (380)
    metrics = tree.fontMetrics()
    checked = 0
    for group in range(panel.proxy.rowCount()):
        parent = panel.proxy.index(group, 0)
        for row in range(panel.proxy.rowCount(parent)):
            actor_index = panel.proxy.index(row, 0, parent)
            tree.expand(actor_index)
            for line in range(panel.proxy.rowCount(actor_index)):
                index = panel.proxy.index(line, 0, actor_index)
                assert index.data(KIND_ROLE) == "appearance"
                text = index.data()
                start, end = index.data(VALUE_ROLE)
                name = " ".join(window.article.text[start:end].split())
                upto_name = text[: text.index(f"«{name}»") + len(name) + 2]
                rect = tree.visualRect(index)
                # The text starts after the indentation and a few pixels of margin.
                assert metrics.horizontalAdvance(upto_name) + 8 <= rect.width(), text
                assert rect.right() <= tree.viewport().width()
                checked += 1
    assert checked == len(window.analysis.entities)


def test_group_headings_count_what_the_filter_shows(qtbot, window, seed_article_path):
    assert open_and_wait(qtbot, window, seed_article_path) == 0
    panel = window.actors
    people = sum(a.label == "PER" for a in window.analysis.actors)
    places = sum(a.label == "LOC" for a in window.analysis.actors)

    def headings():
        return {panel.proxy.index(r, 0).data(VALUE_ROLE): panel.proxy.index(r, 0).data()
                for r in range(panel.proxy.rowCount())}

    assert headings()["PER"] == f"{LABEL_TITLES['PER']} ({people})"
    window.registry.run("panels.filter_actors")
    QTest.keyClicks(panel.filter, "lavr")
    assert headings() == {"PER": f"{LABEL_TITLES['PER']} (1 of {people})"}
    panel.filter.clear()
    QTest.keyClicks(panel.filter, "o")
    shown = {label for label, *_ in panel.visible_rows()}
    for label, heading in headings().items():
        count = sum(1 for row in panel.visible_rows() if row[0] == label)
        total = sum(a.label == label for a in window.analysis.actors)
        assert heading == f"{LABEL_TITLES[label]} ({count} of {total})"
    assert "LOC" in shown
    panel.filter.clear()
    assert headings()["LOC"] == f"{LABEL_TITLES['LOC']} ({places})"


def test_down_and_page_down_in_the_filter_go_to_the_first_actor_shown(qtbot, window, seed_article_path):
    assert open_and_wait(qtbot, window, seed_article_path) == 0
    panel = window.actors
    for key in (Qt.Key_Down, Qt.Key_PageDown):
        window.registry.run("panels.filter_actors")
        QTest.keyClicks(panel.filter, "lavr")
        QTest.keyClick(panel.filter, key)
        assert panel.tree.hasFocus()
        assert panel.tree.currentIndex().data() == "Sergej Lavrov"
        assert panel.tree.selectionModel().isSelected(panel.tree.currentIndex())
    window.registry.run("panels.filter_actors")
    panel.filter.clear()
    QTest.keyClick(panel.filter, Qt.Key_Down)
    assert panel.tree.hasFocus() and panel.tree.currentIndex() == panel.first_actor_index()


def arrow_points_down(header: QHeaderView) -> bool:
    """Whether the sort arrow drawn on `header` has its wide end at the top
    (▼). The header is drawn with and without its arrow, the sections held
    at their sizes (they are sized to their contents, arrow included), and
    the pixels that differ are the arrow's."""
    # As a reader sees it: after the header's delayed re-layout (a sort
    # lays the sections out again on a later turn of the event loop).
    QApplication.processEvents()
    modes = [header.sectionResizeMode(i) for i in range(header.count())]
    sizes = [header.sectionSize(i) for i in range(header.count())]
    for column, size in enumerate(sizes):
        header.setSectionResizeMode(column, QHeaderView.Fixed)
        header.resizeSection(column, size)

    def render() -> QImage:
        image = QImage(header.size(), QImage.Format_ARGB32)
        image.fill(Qt.white)
        header.render(image)
        return image

    try:
        with_arrow = render()
        header.setSortIndicatorShown(False)
        without = render()
    finally:
        header.setSortIndicatorShown(True)
        for column, mode in enumerate(modes):
            header.setSectionResizeMode(column, mode)
    section = header.sortIndicatorSection()
    left = header.sectionViewportPosition(section)
    columns = range(left, left + header.sectionSize(section))
    widths = [sum(with_arrow.pixel(x, y) != without.pixel(x, y) for x in columns) for y in range(header.height())]
    drawn = [width for width in widths if width]
    assert len(drawn) >= 3 and drawn[0] != drawn[-1], widths  # a triangle, not a line
    return drawn[0] > drawn[-1]


def test_sort_arrows_point_down_when_the_largest_is_first(qtbot, window, seed_article_path):
    assert open_and_wait(qtbot, window, seed_article_path) == 0
    panel = window.actors
    header = panel.tree.header()

    def people_mentions():
        return [mentions for label, _name, mentions, _quotes in panel.visible_rows() if label == "PER"]

    def people_names():
        return [name for label, name, _mentions, _quotes in panel.visible_rows() if label == "PER"]

    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.DescendingOrder)
    assert people_mentions() == sorted(people_mentions(), reverse=True)
    assert arrow_points_down(header)  # most mentioned first: ▼
    window.registry.run("panels.sort_actors")
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.AscendingOrder)
    assert people_names() == sorted(people_names())
    assert not arrow_points_down(header)  # A to Z, the smallest first: ▲
    window.registry.run("panels.sort_actors")
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.DescendingOrder)
    assert arrow_points_down(header)
    header.setSortIndicator(1, Qt.AscendingOrder)  # a click on the header: fewest first
    assert people_mentions() == sorted(people_mentions())
    assert not arrow_points_down(header)


def ring_shown(panel, tree) -> bool:
    """The panel draws a ring in the highlight colour just outside the list."""
    image = panel.grab().toImage()
    geometry: QRect = tree.geometry()
    colour = panel.palette().color(QPalette.Highlight)
    points = [(geometry.left() - 1, geometry.center().y()), (geometry.center().x(), geometry.bottom() + 1)]
    return all(image.pixelColor(x, y) == colour for x, y in points)


def test_focus_next_marks_the_list_it_lands_on(qtbot, window, seed_article_path):
    assert open_and_wait(qtbot, window, seed_article_path) == 0
    window.back_to_text()  # no actor chosen
    assert not window.actors.tree.currentIndex().isValid()
    assert not ring_shown(window.actors, window.actors.tree)
    window.registry.run("panels.focus_next")
    tree = window.actors.tree
    assert tree.hasFocus()
    assert tree.currentIndex() == window.actors.first_actor_index()
    assert tree.selectionModel().isSelected(tree.currentIndex())
    assert ring_shown(window.actors, tree)
    window.registry.run("panels.focus_next")
    quotes = window.quotes.tree
    assert quotes.hasFocus()
    assert quotes.currentItem() is not None and quotes.currentItem().isSelected()
    assert ring_shown(window.quotes, quotes)
    assert not ring_shown(window.actors, tree)
    # Showing a hidden panel focuses its list, marked the same way.
    window.registry.run("panels.actors")
    window.registry.run("panels.actors")
    assert tree.hasFocus() and tree.selectionModel().isSelected(tree.currentIndex())


def swatch_colour(index) -> QColor:
    icon = index.data(Qt.DecorationRole)
    assert icon is not None, index.data()
    image = icon.pixmap(12, 12).toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def test_group_headings_show_their_label_colour(qtbot, window):
    assert open_and_wait(qtbot, window, SAMPLES / "harbour-floating-solar.txt") == 0
    panel = window.actors
    groups = [panel.proxy.index(row, 0) for row in range(panel.proxy.rowCount())]
    assert {group.data(VALUE_ROLE) for group in groups} == {"PER", "ORG", "LOC", "MISC"}
    for group in groups:
        assert swatch_colour(group) == QColor(panel.theme.labels[group.data(VALUE_ROLE)])
    for theme in (DARK, LIGHT):
        panel.set_theme(theme)
        for group in groups:
            assert swatch_colour(group) == QColor(theme.labels[group.data(VALUE_ROLE)])
    for _switch in range(2):  # the window's theme switch recolours them too
        window.cycle_theme()
        theme = resolve(window.settings.theme)
        for group in groups:
            assert swatch_colour(group) == QColor(theme.labels[group.data(VALUE_ROLE)])
