"""The reading window: the article in the middle, actors, quotes and notes
beside it, every action a command with a key (see commands/areas.py).

The window lays out the widgets and connects them: opening and analysing
is the `ReadingSession`'s, what commands do is in their areas, notes are
the `NotesController`'s. Those reach the window only through the `Desk`
methods below.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QLabel, QMainWindow, QProgressBar
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..core.analysis import Actor, Analysis, Entity, Quote
from ..core.article import Article
from ..core.config.collector import settle
from ..core.config.keymap import load_keymap
from ..core.config.settings import load_settings, save_settings
from . import errors, layout
from .commands.areas import register_commands
from .commands.go import Navigation
from .commands.help_overlay import HelpOverlay
from .commands.menus import build_menus
from .commands.palette import Help
from .commands.panels import Panes
from .commands.registry import CommandRegistry
from .commands.view import refresh_legend
from .corrections.controller import CorrectionsController
from .elided_label import ElidedLabel
from .library.controller import LibraryController
from .notes.controller import NotesController
from .panels.actors import ActorsPanel
from .panels.notes import NotesPanel
from .panels.quotes import QUOTE_ROLE, QuotesPanel
from .panels.turns import PanelTurns
from .session import ReadingSession
from .view.find_bar import FindBar
from .view.reading_view import ReadingView
from .view.theme import next_choice, resolve, tell_platform
from .view.typeface import reading_family

LANGUAGES = {"nl": "Dutch", "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian"}


class ReaderWindow(QMainWindow):
    def __init__(self, model: str | None = None, analyzer=None):
        super().__init__()
        self.model = model
        self.finished_callbacks: list = []  # called with 0 or 1 when an open ends
        self._finished_run = -1
        self.dialogs: dict[str, QDialog] = {}  # by name, while open (tests look at them)
        self.settings, self.problems = load_settings()
        self.setWindowTitle("Reader")
        self.setAcceptDrops(True)
        self.resize(1280, 820)
        self._build()
        self.session = ReadingSession(self.view.painted, model, self.settings.for_pipelines(), analyzer, self)
        self.panels_waiting = PanelTurns(lambda: self.analysis, self.view.turns)
        self.when_panels_filled = self.panels_waiting.then  # (Desk)
        # Before the corrections connect theirs: they choose an actor in the
        # actors panel once the panels waiting for this analysis are filled.
        self.session.analysis_ready.connect(self._analysis_ready)
        self.corrections = CorrectionsController(self, self.notes_ctl, self.session, self.actors, self.view, self)
        self._connect()
        self._register_commands()
        LibraryController.of(self).rescan_later()  # files added to the library's folders since
        self.apply_theme()
        layout.restore(self)
        if self.problems:
            self.show_message("\n".join(self.problems))
        settle()  # the program's code and widgets live as long as the window

    # -- building ----------------------------------------------------------

    def _build(self) -> None:
        self.view = ReadingView(
            self,
            font_family=reading_family(),
            text_size=self.settings.text_size,
            line_length=self.settings.line_length,
            zoom=self.settings.zoom,
        )
        self.message = QLabel(self)
        self.message.setObjectName("message-bar")
        self.message.setAccessibleName("Message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.message.hide()
        self.find_bar = FindBar(self)
        centre = QWidget(self)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.message)
        column.addWidget(self.view, 1)
        column.addWidget(self.find_bar)
        self.setCentralWidget(centre)
        self._build_panels()
        self._build_status_bar()

    def _build_panels(self) -> None:
        self.actors = ActorsPanel(self)
        self.actors_dock = self._dock("Actors", "actors-dock", self.actors)
        self.quotes = QuotesPanel(self)
        self.quotes_dock = self._dock("Quotes", "quotes-dock", self.quotes)
        self.notes = NotesPanel(self)
        self.notes_dock = self._dock("Notes", "notes-dock", self.notes)
        self.splitDockWidget(self.actors_dock, self.quotes_dock, Qt.Vertical)
        self.tabifyDockWidget(self.quotes_dock, self.notes_dock)
        self.quotes_dock.raise_()
        self.notes_ctl = NotesController(self.notes, self, self)
        self.resizeDocks([self.actors_dock], [380], Qt.Horizontal)
        self.resizeDocks([self.actors_dock, self.quotes_dock], [500, 280], Qt.Vertical)

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setAccessibleName(f"{title} panel")
        dock.setWidget(widget)
        self.addDockWidget(Qt.RightDockWidgetArea, dock)
        return dock

    def _build_status_bar(self) -> None:
        self.status = QLabel("No article", self)
        self.status.setAccessibleName("Article summary")
        self.caret = ElidedLabel(self)  # gives way to the counts at its right
        self.caret.setAccessibleName("At the caret")
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName("Progress")
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.activity = QLabel(self)  # what the progress bar is about
        self.activity.setAccessibleName("Working on")
        self.statusBar().addWidget(self.caret, 1)
        self.statusBar().addPermanentWidget(self.activity)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.status)

    def _connect(self) -> None:
        self.navigation = Navigation(self.view, self.actors, self.quotes, self.find_bar, self.say)
        self.panes = Panes(
            self.view,
            self.actors,
            self.quotes,
            {
                "actors": (self.actors_dock, self.actors.tree),
                "quotes": (self.quotes_dock, self.quotes.tree),
                "notes": (self.notes_dock, self.notes.list),
            },
            self.say,
        )
        session = self.session
        session.article_ready.connect(self._article_ready)
        session.progress.connect(self._show_progress)
        session.failed.connect(self._failed)
        session.notice.connect(self.show_message)
        self.view.caret_info.connect(lambda text: self.caret.setText(text.replace("\n", "  ·  ")))
        self.view.progress.connect(lambda fraction: self._show_progress("Highlighting", fraction))
        self.view.highlights_done.connect(self._highlights_done)
        self.actors.actor_selected.connect(self._actor_selected)
        self.actors.appearance_chosen.connect(self.view.select_range)
        self.quotes.quote_chosen.connect(self.navigation.go_to_quote)
        self.find_bar.changed.connect(self.navigation.find_as_typed)
        self.find_bar.step.connect(self.navigation.find_step)
        self.notes_ctl.marks_changed.connect(self.view.set_note_marks)
        self.notes_ctl.counted.connect(lambda count: self.notes_dock.setWindowTitle(f"Notes ({count})"))
        self.notes_ctl.wants_panel.connect(lambda: (self.notes_dock.show(), self.notes_dock.raise_()))

    def _register_commands(self) -> None:
        self.registry = CommandRegistry(self)
        help_commands = Help(self.registry, self)
        targets = {
            "file": self,
            "view": self,
            "go": self.navigation,
            "notes": self.notes_ctl,
            "rules": self.corrections,
            "panels": self.panes,
            "help": help_commands,
        }
        register_commands(self.registry, targets)
        build_menus(self.menuBar(), self.registry)
        keymap, problems = load_keymap()
        self.problems += problems + self.registry.apply_keys(keymap)
        self.help = help_commands.overlay = HelpOverlay(self.centralWidget(), self.registry)
        self.view.setPlaceholderText(
            f"Open an article with {self.registry['file.open'].first_key_text or 'File ▸ Open'}, "
            f"or drop a file here. {self.registry['app.help'].first_key_text or 'Help ▸ Keys'} lists every key."
        )

    # -- opening (the session does it; the window shows it) -----------------

    @property
    def article(self) -> Article | None:
        return self.session.article

    @property
    def analysis(self) -> Analysis | None:
        return self.session.analysis

    def open_path(self, path: str | Path) -> None:
        self.message.hide()  # about the article before
        self.session.open_path(path)

    def show_article(self, article: Article) -> None:
        self.message.hide()
        self.session.show_article(article)

    def _article_ready(self, article: Article) -> None:
        self.panels_waiting.clear()
        self.actors.show_analysis(None)
        self.quotes.show_analysis(None)
        self.setWindowTitle(f"{article.title or 'Untitled'} — Reader")
        self.view.show_article(article)
        self.view.setFocus()
        self.status.setText(LANGUAGES.get(article.language or "", article.language or "language unknown"))
        self.notes_ctl.article_opened(article)

    def _analysis_ready(self, analysis: Analysis) -> None:
        self.view.set_analysis(analysis)
        self.panels_waiting.show(analysis, [self.actors, self.quotes])
        info = analysis.pipeline
        language = LANGUAGES.get(analysis.article.language or "", analysis.article.language or "?")
        self.status.setText(
            f"{language} · {info.name} {info.version} · {len(analysis.entities)} entities · "
            f"{len(analysis.actors)} actors · {len(analysis.quotes)} quotes"
        )
        if analysis.warnings:
            self.show_message("\n".join(analysis.warnings))

    def _highlights_done(self) -> None:
        self.panels_waiting.finish()  # the panels are full before the open counts as done
        self._hide_progress()
        if self.analysis is not None:
            self._finish(0)

    def _failed(self, message: str) -> None:
        self._hide_progress()
        self.show_message(message)
        self._finish(1)

    def _finish(self, code: int) -> None:
        # Once per open: later restyles (a label shown again) are not news.
        if self._finished_run == self.session.run:
            return
        self._finished_run = self.session.run
        for callback in list(self.finished_callbacks):
            callback(code)

    def _show_progress(self, what: str, fraction: float | None) -> None:
        self.activity.setText(f"{what}…")
        self.activity.show()
        self.progress.show()
        if fraction is None:
            self.progress.setRange(0, 0)  # busy: no way to tell how long
        else:
            self.progress.setRange(0, 100)
            self.progress.setValue(int(fraction * 100))
        self.progress.setAccessibleDescription(what)

    def _hide_progress(self) -> None:
        self.progress.hide()
        self.activity.hide()

    def closeEvent(self, event) -> None:
        self.notes_ctl.close()  # what is typed in a note is saved first
        layout.save(self)
        super().closeEvent(event)

    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_path(files[0])

    def _actor_selected(self, actor_id: str | None) -> None:
        if actor_id is None or self.analysis is None:
            self.view.emphasise([], "PER")
            return
        actor = self.actors.actor(actor_id)
        self.view.emphasise(actor.mentions, actor.label)

    # -- the Desk: what notes and commands may ask of the window ------------

    def selection(self) -> tuple[int, int]:
        cursor = self.view.textCursor()
        return cursor.selectionStart(), cursor.selectionEnd()

    def select_range(self, start: int, end: int) -> None:
        self.view.select_range(start, end)

    def focus_text(self) -> None:
        self.view.setFocus()

    def at(self, position: int) -> tuple[Entity | None, Quote | None]:
        return self.view.entity_at(position), self.view.quote_at(position)

    def chosen_in_panels(self) -> Actor | Quote | None:
        if self.actors.tree.hasFocus() and self.actors.current_actor() and self.analysis is not None:
            actors = {actor.id: actor for actor in self.analysis.actors}
            return actors.get(self.actors.current_actor())
        item = self.quotes.tree.currentItem() if self.quotes.tree.hasFocus() else None
        index = item.data(0, QUOTE_ROLE) if item is not None else None
        if index is not None and self.analysis is not None:
            return self.analysis.quotes[index]
        return None

    def say(self, text: str) -> None:
        self.caret.setText(text)

    def show_message(self, text: str, level: int | None = None) -> None:
        """A message above the text (errors, problems in the user's files);
        the back key (Esc) hides it. Also written to reader.log, at `level`
        (by default ERROR for a failure, else WARNING) and with the
        exception being handled, if any."""
        errors.log_shown(text, level)
        self.message.setText(text)
        self.message.show()

    def key_text(self, command: str) -> str:
        return self.registry[command].key_text

    def dialog_parent(self) -> QWidget:
        return self

    def open_dialog(self, name: str, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        self.dialogs[name] = dialog
        dialog.open()

    @property
    def palette_dialog(self) -> QDialog | None:
        return self.dialogs.get("palette")

    @property
    def recent_dialog(self) -> QDialog | None:
        return self.dialogs.get("recent")

    @property
    def search_dialog(self) -> QDialog | None:
        return self.dialogs.get("search")

    def is_shown(self, kind: str) -> bool:
        return kind not in self.view.hidden

    def toggle_shown(self, kind: str) -> bool:
        visible = kind in self.view.hidden
        self.view.set_visible(kind, visible)
        return visible

    def back_to_text(self) -> None:
        if self.help.isVisible():
            self.help.close_overlay()
        self.find_bar.hide()
        self.message.hide()
        self.actors.select_actor(None)
        self.view.emphasise([], "PER")
        self.view.setFocus()

    # -- settings-backed looks ---------------------------------------------

    def apply_theme(self) -> None:
        tell_platform(self.settings.theme)
        theme = resolve(self.settings.theme)
        app = QApplication.instance()
        app.setStyle("Fusion")
        app.setPalette(theme.palette())
        self.message.setStyleSheet(f"QLabel#message-bar {{ background: {theme.labels['PER']}; padding: 8px 16px; }}")
        self.view.set_theme(theme)
        self.actors.set_theme(theme)  # the swatches in its group headings
        refresh_legend(self.registry, theme)  # the View menu's colour squares
        self.help.set_theme(theme)  # the F1 legend

    def cycle_theme(self) -> None:
        self.settings.theme = next_choice(self.settings.theme)
        self.apply_theme()
        self.save_settings()
        self.say(f"Theme: {self.settings.theme}")

    def zoom(self, steps: int) -> None:
        self.view.zoom(steps)
        # Only the zoom changes: Ctrl+0 goes back to the text size set by the user.
        self.settings.zoom = round(self.view.document().defaultFont().pointSizeF()) - self.settings.text_size
        self.save_settings()

    def save_settings(self) -> None:
        try:
            save_settings(self.settings)
        except OSError as error:
            self.show_message(f"Could not save settings: {error}")
