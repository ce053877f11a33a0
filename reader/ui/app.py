"""The reading window (a first version): the article's text at once,
entity highlights and an actors list when the analysis is done.

The reading-window work builds the full window on top of this.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QIcon, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
)

from .. import __version__
from ..core.analysis import Analysis
from ..core.article import Article, ArticleError, CONTENT_KINDS
from ..core.loading import SUPPORTED_SUFFIXES, load_article
from ..core.resources import icon_path
from .palette import LABEL_COLOURS, QUOTE_COLOUR
from .tasks import run_task

LABEL_TITLES = {"PER": "People", "ORG": "Organisations", "LOC": "Places", "MISC": "Other"}


class ReaderWindow(QMainWindow):
    def __init__(self, model: str | None = None):
        super().__init__()
        self.model = model
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self._analyzer = None
        self._run = 0  # the latest analysis run; older results are dropped
        self.setWindowTitle("Reader")
        self.resize(1100, 760)

        self.view = QTextBrowser(self)
        self.view.setAccessibleName("Article text")
        self.view.setOpenLinks(False)
        font = QFont("Georgia")
        font.setStyleHint(QFont.Serif)
        font.setPointSize(12)
        self.view.setFont(font)
        self.view.document().setDocumentMargin(32)
        self.setCentralWidget(self.view)

        self.actors = QTreeWidget(self)
        self.actors.setAccessibleName("Actors")
        self.actors.setHeaderLabels(["Actor", "Mentions"])
        self.actors.itemActivated.connect(self._jump_to_actor)
        dock = QDockWidget("Actors", self)
        dock.setObjectName("actors-dock")
        dock.setWidget(self.actors)
        self.addDockWidget(Qt.RightDockWidgetArea, dock)

        self.status = QLabel("No article", self)
        self.statusBar().addWidget(self.status, 1)

        open_action = self.menuBar().addMenu("&File").addAction("&Open…")
        open_action.setShortcut("Ctrl+O")
        open_action.triggered.connect(self.choose_file)
        self.finished_callbacks = []

    # -- opening ---------------------------------------------------------

    def choose_file(self) -> None:
        patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(self, "Open article", "", f"Articles ({patterns});;All files (*)")
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> None:
        self._run += 1
        self.analysis = None
        self.actors.clear()
        try:
            article = load_article(path)
        except ArticleError as error:
            self.article = None
            self.view.setPlainText("")
            self._show_error(str(error))
            return
        self.article = article
        self.setWindowTitle(f"{article.title} — Reader")
        self._show_text(article)
        self.status.setText(f"{article.language or '?'} · analysing…")
        self._analyse(article, self._run)

    def _show_text(self, article: Article) -> None:
        self.view.setPlainText(article.text)
        dim = QTextCharFormat()
        dim.setForeground(QColor("#8a8a8a"))
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Bold)
        heading.setFontPointSize(15)
        for block in article.blocks:
            if block.kind in CONTENT_KINDS and block.kind != "heading":
                continue
            cursor = self._cursor(block.start, block.end)
            cursor.mergeCharFormat(heading if block.kind == "heading" else dim)

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.KeepAnchor)
        return cursor

    # -- analysis --------------------------------------------------------

    def _analyse(self, article: Article, run: int) -> None:
        if self._analyzer is None:
            from ..core.analyzer import Analyzer
            from ..core.pipeline import Pipelines

            self._analyzer = Analyzer(Pipelines(self.model))
        analyzer = self._analyzer
        run_task(
            lambda: analyzer.analyze(article),
            lambda result: self._analysed(result, run),
            lambda error: self._failed(error, run),
        )

    def _analysed(self, analysis: Analysis, run: int) -> None:
        if run != self._run:
            return
        self.analysis = analysis
        names = {actor.id: actor for actor in analysis.actors}
        for quote in analysis.quotes:
            # Quotes are underlined, not filled, so entity colours stay readable.
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.SingleUnderline if quote.kind == "direct" else QTextCharFormat.DotLine)
            fmt.setUnderlineColor(QColor(QUOTE_COLOUR))
            speaker = quote.speaker
            who = names[speaker.actor].name if speaker and speaker.actor in names else (speaker.text if speaker else "unknown speaker")
            fmt.setToolTip(f"{quote.kind} quote · {who}" + (f" ({quote.cue})" if quote.cue else ""))
            self._cursor(quote.start, quote.end).mergeCharFormat(fmt)
        for entity in analysis.entities:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(LABEL_COLOURS[entity.label]))
            actor = names.get(entity.actor)
            role = f" · {actor.role}" if actor and actor.role else ""
            fmt.setToolTip(f"{actor.name if actor else entity.text} · {entity.label}{role}")
            self._cursor(entity.start, entity.end).mergeCharFormat(fmt)
        groups = {}
        for label, title in LABEL_TITLES.items():
            members = [a for a in analysis.actors if a.label == label]
            if not members:
                continue
            group = QTreeWidgetItem([f"{title} ({len(members)})", ""])
            groups[label] = group
            for actor in sorted(members, key=lambda a: (-len(a.mentions), a.name)):
                item = QTreeWidgetItem([actor.name, str(len(actor.mentions))])
                item.setData(0, Qt.UserRole, actor.mentions[0][0])
                group.addChild(item)
        self.actors.addTopLevelItems(list(groups.values()))
        self.actors.expandAll()
        self.actors.resizeColumnToContents(0)
        info = analysis.pipeline
        self.status.setText(
            f"{analysis.article.language} · {info.name} {info.version} · "
            f"{len(analysis.entities)} entities · {len(analysis.actors)} actors · {len(analysis.quotes)} quotes"
        )
        self._finish(0)

    def _failed(self, error: Exception, run: int) -> None:
        if run != self._run:
            return
        self._show_error(f"analysis failed: {error}")

    def _show_error(self, message: str) -> None:
        self.status.setText(message)
        self.statusBar().setToolTip(message)
        print(f"reader: {message}", file=sys.stderr)
        self._finish(1)

    def _finish(self, code: int) -> None:
        for callback in self.finished_callbacks:
            callback(code)

    def _jump_to_actor(self, item: QTreeWidgetItem) -> None:
        start = item.data(0, Qt.UserRole)
        if start is not None:
            self.view.setTextCursor(self._cursor(start, start))
            self.view.ensureCursorVisible()


def run_window(path: str | None, model: str | None = None, screenshot: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Reader")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(icon_path())))
    window = ReaderWindow(model=model)
    window.show()
    exit_code = 0
    if screenshot:
        if not path:
            print("reader: --screenshot needs an article to open", file=sys.stderr)
            return 2

        def save(code: int) -> None:
            nonlocal exit_code
            exit_code = code
            window.grab().save(screenshot)
            QTimer.singleShot(0, app.quit)

        window.finished_callbacks.append(save)
    if path:
        QTimer.singleShot(0, lambda: window.open_path(path))
    app.exec()
    return exit_code
