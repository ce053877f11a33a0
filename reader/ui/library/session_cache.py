"""The analysis cache for the window's session: an article opened again,
unchanged and with the same rules touching it, is shown with its cached
analysis instead of running the model (looked up on the worker before the
model loads: neither spaCy nor the model is needed for it). Every article
the window analyses is cached and remembered in the library. A cache or
library that cannot be written costs the cache, never the article."""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path
from types import SimpleNamespace

from ...core.analysis import Analysis
from ...core.article import Article
from ...core.library.cache import AnalysisCache
from ...core.library.cached import CachedAnalyzer, Opened
from ...core.library.store import Library, LibraryError
from ...core.nlp.pipeline import Pipelines
from ...core.rules import RuleSet

_log = logging.getLogger(__name__)
PROBLEMS = (sqlite3.Error, OSError, LibraryError)


class SessionCache:
    def __init__(self, model: str | None, pipeline_settings: dict):
        self.pipelines = Pipelines(model, pipeline_settings)
        self._lock = threading.Lock()
        self._cache: AnalysisCache | None = None
        self._library: Library | None = None

    def _open(self) -> tuple[AnalysisCache, Library]:
        with self._lock:
            if self._cache is None:
                self._cache, self._library = AnalysisCache(), Library()
            return self._cache, self._library

    def lookup(self, article: Article, rules) -> Opened | None:
        """The cached analysis of `article` (in `.analysis`, None when there
        is none valid), or None when it cannot be cached (no file)."""
        if not article.path or not Path(article.path).is_file():
            return None
        try:
            cache, library = self._open()
            looked = SimpleNamespace(pipelines=self.pipelines, rules=rules or RuleSet())
            opened = CachedAnalyzer(looked, cache).lookup(article.path)
            if opened.analysis is not None:
                if opened.analysis.article.text != article.text:
                    opened.analysis = None  # changed since it was read: analyse what is shown
                else:
                    opened.analysis.article = article
                    library.record(article.path, opened.file_hash, opened.analysis, opened=True)
            return opened if opened.error is None else None
        except PROBLEMS:
            _log.info("the analysis cache cannot be read", exc_info=True)
            return None

    def store(self, opened: Opened, analyzer, analysis: Analysis) -> None:
        try:
            cache, library = self._open()
            CachedAnalyzer(analyzer, cache).store(opened.file_hash, analysis)
            library.record(analysis.article.path, opened.file_hash, analysis, opened=True)
        except PROBLEMS:
            _log.info("the analysis cannot be cached", exc_info=True)
