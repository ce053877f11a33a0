"""The window's commands: name, title, description and what each does.

Keys are not here: they are data in ``resources/keys.json``. Menus, the
command palette and the help overlay are all generated from this table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractSlider, QApplication, QWidget

from ...core.labels import LABEL_TITLES
from ..view.reading_view import QUOTES
from .chooser import Choice, Chooser

if TYPE_CHECKING:
    from ..window import ReaderWindow

#: The command name's word for each label.
LABEL_COMMANDS = (("people", "PER"), ("organisations", "ORG"), ("places", "LOC"), ("other", "MISC"))
MENUS = (
    ("file", "&File"), ("view", "&View"), ("go", "&Go"), ("notes", "&Notes"), ("panels", "&Panels"), ("help", "&Help")
)


def register_commands(window: ReaderWindow) -> None:
    view = window.view
    add = window.registry.add

    add("file.open", "Open…", "Open an article file", window.choose_file, "file")
    add("file.recent", "Open recent…", "Choose one of the articles opened lately", window.choose_recent, "file")
    add("file.reload", "Read and analyse again", "Read the file again and redo the analysis", window.reload, "file")
    add("app.quit", "Quit", "Close the reader", window.close, "file")

    for word, label in LABEL_COMMANDS:
        title = LABEL_TITLES[label]
        add(
            f"view.toggle_{word}",
            f"Show or hide {title.lower()}",
            f"Switch the highlighting of {title.lower()} on or off",
            lambda label=label: toggle(window, label),
            "view",
        )
    add("view.toggle_quotes", "Show or hide quotes", "Switch the marking of quotes on or off",
        lambda: toggle(window, QUOTES), "view")
    add("view.zoom_in", "Larger text", "Make the text one point larger", lambda: window.zoom(1), "view")
    add("view.zoom_out", "Smaller text", "Make the text one point smaller", lambda: window.zoom(-1), "view")
    add("view.zoom_reset", "Default text size", "Go back to the default text size", lambda: window.zoom(0), "view")
    add("view.theme", "Switch theme", "Cycle between the system's theme, light and dark", window.cycle_theme, "view")
    add("view.back", "Back to the text", "Close help, find and messages, let go of the chosen actor, focus the text",
        lambda: back(window), "view")

    def go_entity(forward: bool) -> None:
        entity = view.next_entity(anchor(window, forward), forward)
        if entity is None:
            window.caret.setText("No more entities" + ("" if forward else " before this"))
        else:
            view.select_range(entity.start, entity.end)

    def go_mention(forward: bool) -> None:
        actor = window.current_actor()
        if actor is None:
            window.caret.setText("Choose an actor first (in the actors panel, or put the caret on a name)")
            return
        position = anchor(window, forward)
        mentions = actor.mentions if forward else list(reversed(actor.mentions))
        target = next((m for m in mentions if (m[0] > position if forward else m[0] < position)), None)
        if target is None:
            target = mentions[0]  # wrap round, like find
            window.caret.setText(f"Back to the {'first' if forward else 'last'} mention of {actor.name}")
        view.select_range(*target)

    def go_quote(forward: bool) -> None:
        quote = view.next_quote(anchor(window, forward), forward)
        if quote is None:
            window.caret.setText("No more quotes" + ("" if forward else " before this"))
            return
        window.go_to_quote(window.analysis.quotes.index(quote))

    add("go.next_entity", "Next entity", "Select the next highlighted name", lambda: go_entity(True), "go")
    add("go.previous_entity", "Previous entity", "Select the previous highlighted name", lambda: go_entity(False), "go")
    add("go.next_mention", "Next mention of the actor", "Select the chosen actor's next mention",
        lambda: go_mention(True), "go")
    add("go.previous_mention", "Previous mention of the actor", "Select the chosen actor's previous mention",
        lambda: go_mention(False), "go")
    add("go.next_quote", "Next quote", "Select the next quote", lambda: go_quote(True), "go")
    add("go.previous_quote", "Previous quote", "Select the previous quote", lambda: go_quote(False), "go")
    for name, title, action in (
        ("line_down", "Scroll down a line", QAbstractSlider.SliderSingleStepAdd),
        ("line_up", "Scroll up a line", QAbstractSlider.SliderSingleStepSub),
        ("page_down", "Scroll down a page", QAbstractSlider.SliderPageStepAdd),
        ("page_up", "Scroll up a page", QAbstractSlider.SliderPageStepSub),
        ("top", "Go to the top", QAbstractSlider.SliderToMinimum),
        ("bottom", "Go to the end", QAbstractSlider.SliderToMaximum),
    ):
        add(f"go.{name}", title, title + " of the text", lambda action=action: view.scroll(action), "go")
    add("go.find", "Find…", "Find words in the text", window.find_bar.open, "go")
    add("go.find_next", "Find next", "Go to the next match", lambda: window.find_step(True), "go")
    add("go.find_previous", "Find previous", "Go to the previous match", lambda: window.find_step(False), "go")

    notes = window.notes_ctl
    add("notes.add", "Add a note", "Note on the selection, or on the quote, actor or article at the caret",
        notes.add, "notes")
    add("notes.next", "Next note", "Go to the next note in the text", lambda: notes.step(True), "notes")
    add("notes.previous", "Previous note", "Go to the previous note in the text", lambda: notes.step(False), "notes")
    add("notes.delete", "Delete the note", "Delete the chosen note (undo brings it back)", notes.delete, "notes")
    add("notes.undo", "Undo delete", "Bring back the last deleted note", notes.undo, "notes")
    add("notes.search", "Search notes…", "Search the notes of every article", notes.search, "notes")
    add("notes.export", "Export this article's notes…", "Save this article's notes as Markdown, CSV or JSON",
        lambda: notes.export(False), "notes")
    add("notes.export_all", "Export all notes…", "Save every note as Markdown, CSV or JSON",
        lambda: notes.export(True), "notes")
    add("notes.import", "Import notes…", "Add the notes from a JSON export", notes.import_notes, "notes")

    add("panels.focus_next", "Next pane", "Move the focus to the next pane (text, actors, quotes)",
        lambda: cycle_focus(window, 1), "panels")
    add("panels.focus_previous", "Previous pane", "Move the focus to the previous pane",
        lambda: cycle_focus(window, -1), "panels")
    add("panels.filter_actors", "Filter actors", "Type to narrow the actors panel", lambda: filter_actors(window),
        "panels")
    add("panels.sort_actors", "Sort actors", "Sort actors by mentions or by name", window.actors.toggle_sort, "panels")
    add("panels.group_quotes", "Group quotes by speaker", "List quotes in text order or grouped by speaker",
        window.quotes.toggle_grouping, "panels")
    add("panels.actors", "Show or hide the actors panel", "Show or hide the actors panel",
        lambda: flip(window.actors_dock), "panels")
    add("panels.quotes", "Show or hide the quotes panel", "Show or hide the quotes panel",
        lambda: flip(window.quotes_dock), "panels")
    add("panels.notes", "Show or hide the notes panel", "Show or hide the notes panel",
        lambda: flip(window.notes_dock), "panels")

    add("app.palette", "Command palette…", "Run any command by typing its name", lambda: palette(window), "help")
    # The overlay is built after the commands it lists, so look it up late.
    add("app.help", "Keys", "Show or hide every command with its keys", lambda: window.help.toggle(), "help")
    build_menus(window)


def anchor(window: ReaderWindow, forward: bool) -> int:
    """Where a jump starts: the start of the selection (or the caret), so
    the next item starts after it and the previous one before it."""
    return window.view.textCursor().selectionStart()


def toggle(window: ReaderWindow, kind: str) -> None:
    visible = kind in window.view.hidden
    window.view.set_visible(kind, visible)
    name = "quotes" if kind == QUOTES else LABEL_TITLES[kind].lower()
    window.caret.setText(f"{name.capitalize()} {'shown' if visible else 'hidden'}")


def back(window: ReaderWindow) -> None:
    if window.help.isVisible():
        window.help.close_overlay()
    window.find_bar.hide()
    window.message.hide()
    window.actors.select_actor(None)
    window.view.emphasise([], "PER")
    window.view.setFocus()


def flip(dock) -> None:
    dock.setVisible(not dock.isVisible())
    if dock.isVisible():
        dock.raise_()  # in front of the panel it shares a place with
        dock.widget().setFocus()


def panes(window: ReaderWindow) -> list[QWidget]:
    found: list[QWidget] = [window.view]
    for dock, widget in (
        (window.actors_dock, window.actors.tree),
        (window.quotes_dock, window.quotes.tree),
        (window.notes_dock, window.notes.list),
    ):
        if dock.isVisible():
            found.append(widget)
    return found


def cycle_focus(window: ReaderWindow, step: int) -> None:
    order = panes(window)
    focused = QApplication.focusWidget()
    current = next((i for i, pane in enumerate(order) if pane is focused or pane.isAncestorOf(focused)), -1)
    if focused is window.actors.filter:
        current = order.index(window.actors.tree) if window.actors.tree in order else -1
    target = order[(current + step) % len(order)]
    for candidate in (window.actors_dock, window.quotes_dock, window.notes_dock):
        if candidate.isAncestorOf(target):
            candidate.raise_()  # a tabbed panel comes to the front
    target.setFocus()
    window.caret.setText(target.accessibleName())


def filter_actors(window: ReaderWindow) -> None:
    window.actors_dock.show()
    window.actors.filter.setFocus()
    window.actors.filter.selectAll()


def palette(window: ReaderWindow) -> None:
    choices = [
        Choice(command.title, command.key_text, command.name, f"{command.name} {command.description}")
        for command in window.registry
    ]
    chooser = Chooser(window, "Command palette", choices, "Type a command")
    chooser.setAttribute(Qt.WA_DeleteOnClose)
    # Run the command after the palette has closed, so focus is back.
    chooser.accepted.connect(lambda: QTimer.singleShot(0, lambda: window.registry.run(chooser.chosen)))
    window.palette_dialog = chooser
    chooser.open()


def build_menus(window: ReaderWindow) -> None:
    menus = {name: window.menuBar().addMenu(title) for name, title in MENUS}
    for command in window.registry:
        if command.menu in menus:
            menus[command.menu].addAction(command.action)
