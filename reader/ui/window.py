"""The reading window: the article in the middle, actors and quotes beside
it, every action a command with a key (see command_table.py)."""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ..core.analysis import Analysis, Cancelled
from ..core.article import Article
from ..core.config import recent
from ..core.config.keymap import load_keymap
from ..core.config.settings import load_settings, save_settings
from ..core.loading import SUPPORTED_SUFFIXES, load_article
from . import layout
from .commands.chooser import Choice, Chooser
from .commands.help_overlay import HelpOverlay
from .commands.registry import CommandRegistry
from .commands.table import register_commands
from .notes.controller import NotesController
from .panels.actors import ActorsPanel
from .panels.notes import NotesPanel
from .panels.quotes import QuotesPanel
from .tasks import run_task
from .view.find_bar import FindBar
from .view.reading_view import ReadingView
from .view.theme import next_choice, resolve
from .view.typeface import reading_family

LANGUAGES = {"nl": "Dutch", "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian"}


class ReaderWindow(QMainWindow):
    def __init__(self, model: str | None = None, analyzer=None):
        super().__init__()
        self.model = model
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self._analyzer = analyzer  # built on first use: spaCy loads lazily
        self._run = 0  # the latest open; results of older runs are dropped
        self._finished_run = -1
        self._cancel = threading.Event()
        self.finished_callbacks: list = []  # called with 0 or 1 when an open ends
        self.palette_dialog = self.recent_dialog = self.search_dialog = None  # dialogs, while open
        self.settings, self.problems = load_settings()
        self.setWindowTitle("Reader")
        self.setAcceptDrops(True)
        self.resize(1280, 820)
        self._build()
        self.registry = CommandRegistry(self)
        register_commands(self)
        keymap, problems = load_keymap()
        self.problems += problems + self.registry.apply_keys(keymap)
        self.help = HelpOverlay(self.centralWidget(), self.registry)
        self.view.setPlaceholderText(
            f"Open an article with {self.registry['file.open'].first_key_text or 'File ▸ Open'}, "
            f"or drop a file here. {self.registry['app.help'].first_key_text or 'Help ▸ Keys'} lists every key."
        )
        self.apply_theme()
        layout.restore(self)
        if self.problems:
            self.show_message("\n".join(self.problems))

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
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.find_bar)
        self.setCentralWidget(centre)

        self.actors = ActorsPanel(self)
        self.actors_dock = self._dock("Actors", "actors-dock", self.actors)
        self.quotes = QuotesPanel(self)
        self.quotes_dock = self._dock("Quotes", "quotes-dock", self.quotes)
        self.notes = NotesPanel(self)
        self.notes_dock = self._dock("Notes", "notes-dock", self.notes)
        self.splitDockWidget(self.actors_dock, self.quotes_dock, Qt.Vertical)
        self.tabifyDockWidget(self.quotes_dock, self.notes_dock)
        self.quotes_dock.raise_()
        self.notes_ctl = NotesController(self)
        self.resizeDocks([self.actors_dock], [380], Qt.Horizontal)
        self.resizeDocks([self.actors_dock, self.quotes_dock], [500, 280], Qt.Vertical)

        self.status = QLabel("No article", self)
        self.status.setAccessibleName("Article summary")
        self.caret = QLabel(self)
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

        self.view.caret_info.connect(lambda text: self.caret.setText(text.replace("\n", "  ·  ")))
        self.view.progress.connect(lambda fraction: self._show_progress("Highlighting", fraction))
        self.view.highlights_done.connect(self._highlights_done)
        self.actors.actor_selected.connect(self._actor_selected)
        self.actors.appearance_chosen.connect(self.view.select_range)
        self.quotes.quote_chosen.connect(self.go_to_quote)
        self.find_bar.changed.connect(lambda text: self.find_bar.show_result(self.view.find_text(text, True, again=True)))
        self.find_bar.step.connect(self.find_step)

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setAccessibleName(f"{title} panel")
        dock.setWidget(widget)
        self.addDockWidget(Qt.RightDockWidgetArea, dock)
        return dock

    # -- opening ---------------------------------------------------------

    def choose_file(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
        start = str(Path(self.article.path).parent) if self.article else ""
        path, _ = QFileDialog.getOpenFileName(self, "Open article", start, f"Articles ({patterns});;All files (*)")
        if path:
            self.open_path(path)

    def choose_recent(self) -> None:
        files = recent.recent_files()
        if not files:
            self.show_message("No recent articles yet.")
            return
        choices = [
            Choice(Path(f).name, str(Path(f).parent) + ("" if Path(f).exists() else "  (missing)"), f, f)
            for f in files
        ]
        chooser = Chooser(self, "Open recent", choices)
        chooser.setAttribute(Qt.WA_DeleteOnClose)
        chooser.accepted.connect(lambda: self.open_path(chooser.chosen))
        self.recent_dialog = chooser
        chooser.open()

    def open_path(self, path: str | Path) -> None:
        """Show the text as soon as it is read, then analyse it; whatever an
        earlier open was still doing is cancelled or dropped."""
        run = self._new_run()
        self._show_progress("Opening", None)
        path = str(path)
        run_task(
            lambda: load_article(path),
            lambda article: self._loaded(article, run),
            lambda error: self._failed(error, run, "Could not open"),
        )

    def reload(self) -> None:
        if self.article is not None:
            self.open_path(self.article.path)

    def show_article(self, article: Article) -> None:
        """Show an article that needs no reading (a copy kept with the notes)."""
        self._loaded(article, self._new_run())

    def _new_run(self) -> int:
        """A new open: cancel the analysis of the one before, drop its results."""
        self._run += 1
        self._cancel.set()
        self._cancel = threading.Event()
        self.message.hide()
        return self._run

    def _loaded(self, article: Article, run: int) -> None:
        if run != self._run:
            return
        self.article, self.analysis = article, None
        self.actors.show_analysis(None)
        self.quotes.show_analysis(None)
        self.setWindowTitle(f"{article.title or 'Untitled'} — Reader")
        self.view.show_article(article)
        self.view.setFocus()
        language = LANGUAGES.get(article.language or "", article.language or "language unknown")
        self.status.setText(language)
        if article.path and Path(article.path).exists():
            try:
                recent.remember(article.path)
            except OSError as error:
                self.show_message(f"Could not update the recent articles list: {error}")
        else:
            self.show_message(f"{article.path or 'The file'} is gone: showing the copy kept with your notes.")
        self.notes_ctl.article_opened(article)
        self._after_paint(run, lambda: self._analyse(article, run))

    def _after_paint(self, run: int, start) -> None:
        """Start `start` once the text is on screen: loading spaCy on a
        worker competes for Python's lock and would delay the first paint.
        A hidden window never paints, so a timer starts it anyway."""
        started = []

        def go() -> None:
            if started:
                return
            started.append(True)
            self.view.painted.disconnect(go)
            if run == self._run:
                start()

        self.view.painted.connect(go)
        QTimer.singleShot(200, go)

    def _analyse(self, article: Article, run: int) -> None:
        if self._analyzer is None:
            # spaCy loads on first use, not at start.
            from ..core.analyzer import Analyzer
            from ..core.nlp.pipeline import Pipelines

            self._analyzer = Analyzer(Pipelines(self.model, self.settings.for_pipelines()))
        analyzer, cancel = self._analyzer, self._cancel

        def work(report):
            spec = analyzer.pipelines.spec_for(article.language)
            if not analyzer.pipelines.is_loaded(spec):
                report(("Loading model", None))
                analyzer.pipelines.get(spec)
                # The model's many long-lived objects would make every full
                # garbage collection (which stops the window too) slow.
                gc.freeze()

            def progress(fraction: float) -> None:
                if cancel.is_set():
                    raise Cancelled()
                report(("Analysing", fraction))

            progress(0.0)
            return analyzer.analyze(article, progress)

        run_task(
            work,
            lambda result: self._analysed(result, run),
            lambda error: self._failed(error, run, "Analysis failed"),
            lambda step: run == self._run and self._show_progress(*step),
        )

    def _analysed(self, analysis: Analysis, run: int) -> None:
        if run != self._run:
            return
        self.analysis = analysis
        self.view.set_analysis(analysis)
        self.actors.show_analysis(analysis)
        self.quotes.show_analysis(analysis)
        info = analysis.pipeline
        language = LANGUAGES.get(analysis.article.language or "", analysis.article.language or "?")
        self.status.setText(
            f"{language} · {info.name} {info.version} · {len(analysis.entities)} entities · "
            f"{len(analysis.actors)} actors · {len(analysis.quotes)} quotes"
        )
        if analysis.warnings:
            self.show_message("\n".join(analysis.warnings))

    def _highlights_done(self) -> None:
        self._hide_progress()
        if self.analysis is not None:
            self._finish(0)

    def _failed(self, error: Exception, run: int, what: str) -> None:
        if run != self._run or isinstance(error, Cancelled):
            return
        self._hide_progress()
        self.show_message(f"{what}: {error}")
        print(f"reader: {error}", file=sys.stderr)
        self._finish(1)

    def _finish(self, code: int) -> None:
        # Once per open: later restyles (a label shown again) are not news.
        if self._finished_run == self._run:
            return
        self._finished_run = self._run
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

    def show_message(self, text: str) -> None:
        """A message above the text (errors, problems in the user's files);
        the back key (Esc) hides it."""
        self.message.setText(text)
        self.message.show()

    def closeEvent(self, event) -> None:
        self.notes_ctl.close()  # what is typed in a note is saved first
        layout.save(self)
        super().closeEvent(event)

    # -- dropping files --------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_path(files[0])

    # -- actors, quotes, finding ------------------------------------------

    def _actor_selected(self, actor_id: str | None) -> None:
        if actor_id is None or self.analysis is None:
            self.view.emphasise([], "PER")
            return
        actor = self.actors.actor(actor_id)
        self.view.emphasise(actor.mentions, actor.label)

    def current_actor(self):
        """The actor chosen in the panel, else the one under the caret."""
        actor_id = self.actors.current_actor()
        if actor_id is None:
            entity = self.view.entity_at(self.view.textCursor().selectionStart())
            actor_id = entity.actor if entity else None
            if actor_id is not None:
                self.actors.select_actor(actor_id)
        return self.actors.actor(actor_id) if actor_id and self.analysis else None

    def go_to_quote(self, index: int) -> None:
        assert self.analysis is not None
        quote = self.analysis.quotes[index]
        self.view.select_range(quote.start, quote.end)
        if quote.speaker is not None and quote.speaker.actor:
            self.actors.select_actor(quote.speaker.actor)  # the speaker links to its actor

    def find_step(self, forward: bool) -> None:
        if not self.find_bar.text():
            self.find_bar.open()
            return
        self.find_bar.show_result(self.view.find_text(self.find_bar.text(), forward))

    # -- settings-backed looks -------------------------------------------

    def apply_theme(self) -> None:
        theme = resolve(self.settings.theme)
        app = QApplication.instance()
        app.setStyle("Fusion")
        app.setPalette(theme.palette())
        self.message.setStyleSheet(f"QLabel#message-bar {{ background: {theme.labels['PER']}; padding: 8px 16px; }}")
        self.view.set_theme(theme)

    def cycle_theme(self) -> None:
        self.settings.theme = next_choice(self.settings.theme)
        self.apply_theme()
        self.save_settings()
        self.caret.setText(f"Theme: {self.settings.theme}")

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
