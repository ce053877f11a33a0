"""Opening and analysing an article, off the window: read the file on a
worker, hand the text over at once, load the model and analyse once the
text is on screen, report progress. A newer open wins: the analysis of the
one before is cancelled and whatever it still sends is dropped.

The window only listens: `article_ready`, `progress`, `analysis_ready`,
`failed`, and `notice` for what the reader should know but is no failure.

The reader's rules (corrections kept in the notes database) come from a
`rules_source` the window sets: read on the GUI thread when an analysis
starts (waiting for the database while it still opens) and handed to the
worker as plain values. `reanalyse` analyses the article shown again, with
the rules as they are now, on the same worker path.
"""

from __future__ import annotations

import copy
import logging
import sys
import threading
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance

from ..core.analysis import Analysis, Cancelled
from ..core.article import Article
from ..core.config import recent
from ..core.config.collector import settle, settled
from ..core.loading import load_article
from .library.session_cache import SessionCache
from .tasks import run_task


class RulesSource(Protocol):
    """Where the session gets the rules in force."""

    ready: SignalInstance  # emitted when rules() can answer (the database opened, or failed to)

    def rules(self):
        """The `RuleSet` in force, or None while the database is still opening."""


def with_rules(analyzer, rules):
    """`analyzer` applying `rules` (a shallow copy: the pipelines are shared);
    `analyzer` itself when there are none."""
    if not rules or not rules.rules:
        return analyzer
    ruled = copy.copy(analyzer)
    ruled.rules = rules
    return ruled


class ReadingSession(QObject):
    article_ready = Signal(object)  # Article: its text can be shown
    progress = Signal(str, object)  # what, and a fraction (None: no way to tell how long)
    analysis_ready = Signal(object)  # Analysis of the article shown
    failed = Signal(str)  # the open or the analysis failed: a message for the reader
    notice = Signal(str)  # worth a message, but the open goes on

    def __init__(self, painted: SignalInstance, model: str | None, pipeline_settings: dict, analyzer=None, parent=None):
        super().__init__(parent)
        self.painted = painted  # the text view's first paint of a new article
        self.model = model
        self.pipeline_settings = pipeline_settings
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self._analyzer = analyzer  # built on first use: spaCy loads lazily
        self._analyzer_lock = threading.Lock()  # two quick opens build it once
        self.run = 0  # the latest open; results of older runs are dropped
        self._cancel = threading.Event()
        self.rules_source: RulesSource | None = None
        # Reopening an analysed article reads its analysis from the cache (None: no cache).
        self.analysis_cache: SessionCache | None = SessionCache(model, pipeline_settings)

    def open_path(self, path: str | Path) -> None:
        """Read `path` on a worker, then analyse it; whatever an earlier
        open was still doing is cancelled or dropped."""
        run = self._new_run()
        self.progress.emit("Opening", None)
        path = str(path)
        run_task(
            lambda: load_article(path),
            lambda article: self._loaded(article, run),
            lambda error: self._failed(error, run, "Could not open"),
        )

    def show_article(self, article: Article) -> None:
        """Take an article that needs no reading (a copy kept with the notes)."""
        self._loaded(article, self._new_run())

    def reanalyse(self) -> bool:
        """Analyse the article shown again (its rules changed); its text
        stays on screen and the analysis before stays until the new one is
        in. False when there is no article."""
        if self.article is None:
            return False
        run = self._new_run()
        self._analyse(self.article, run)
        return True

    def _new_run(self) -> int:
        """A new open: cancel the analysis of the one before, drop its results."""
        self.run += 1
        self._cancel.set()
        self._cancel = threading.Event()
        return self.run

    def _loaded(self, article: Article, run: int) -> None:
        if run != self.run:
            return
        self.article, self.analysis = article, None
        settle()  # its blocks, kept while it is shown
        if article.path and Path(article.path).exists():
            try:
                recent.remember(article.path)
            except OSError as error:
                self.notice.emit(f"Could not update the recent articles list: {error}")
        else:
            self.notice.emit(f"{article.path or 'The file'} is gone: showing the copy kept with your notes.")
        self.article_ready.emit(article)
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
            self.painted.disconnect(go)
            # After this turn of the event loop, so the painted frame
            # reaches the screen before the work starts.
            QTimer.singleShot(0, lambda: run == self.run and start())

        self.painted.connect(go)
        QTimer.singleShot(200, go)

    def _rules(self, article: Article, run: int):
        """The rules in force; None when the database is still opening (the
        analysis then starts once it has)."""
        source = self.rules_source
        if source is None:
            return False  # no rules to apply (not None: nothing to wait for)
        rules = source.rules()
        if rules is None:

            def retry() -> None:
                source.ready.disconnect(retry)
                if run == self.run:
                    self._analyse(article, run)

            source.ready.connect(retry)
        return rules

    def _analyse(self, article: Article, run: int) -> None:
        cancel = self._cancel
        rules = self._rules(article, run)
        if rules is None:
            return

        def work(report):
            # Reading a cached analysis, importing spaCy, loading the model
            # and analysing make many objects that live on: no collection
            # over them meanwhile (one held the window too, for 0.1 s and
            # more), and all of it settled after (config/collector.py). An
            # analysis leaves little cyclic garbage: some 2,000 objects a
            # megabyte.
            with settled():
                return analyse(report)

        def analyse(report):
            cache = self.analysis_cache
            cached = cache.lookup(article, rules) if cache is not None else None
            if cached is not None and cached.analysis is not None:
                return cached.analysis
            analyzer = self._the_analyzer()
            spec = analyzer.pipelines.spec_for(article.language)
            if not analyzer.pipelines.is_loaded(spec):
                report(("Loading model", None))
                analyzer.pipelines.get(spec)

            def progress(fraction: float) -> None:
                if cancel.is_set():
                    raise Cancelled()
                report(("Analysing", fraction))

            progress(0.0)
            result = with_rules(analyzer, rules).analyze(article, progress)
            if cached is not None:
                cache.store(cached, with_rules(analyzer, rules), result)
            return result

        run_task(
            work,
            lambda result: self._analysed(result, run),
            lambda error: self._failed(error, run, "Analysis failed"),
            lambda step: run == self.run and self.progress.emit(*step),
        )

    def _the_analyzer(self):
        """Built on first use, on the worker: importing spaCy takes a second
        or two, which on the window's thread would hold the first frame of
        the text back from the screen."""
        with self._analyzer_lock:
            if self._analyzer is None:
                from ..core.analyzer import Analyzer
                from ..core.nlp.pipeline import Pipelines

                self._analyzer = Analyzer(Pipelines(self.model, self.pipeline_settings))
            return self._analyzer

    def _analysed(self, analysis: Analysis, run: int) -> None:
        if run != self.run:
            return
        self.analysis = analysis  # settled by the worker that made it
        self.analysis_ready.emit(analysis)

    def _failed(self, error: Exception, run: int, what: str) -> None:
        if run != self.run or isinstance(error, Cancelled):
            return
        print(f"reader: {error}", file=sys.stderr)
        # The message bar gets the words; the log gets the cause with it.
        logging.getLogger(__name__).info(what, exc_info=error)
        self.failed.emit(f"{what}: {error}")
