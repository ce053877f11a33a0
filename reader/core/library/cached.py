"""Analyses through the cache: a file whose content, pipeline, reader
version and touching rules are unchanged is not analysed again; its
cached analysis is read back (`serial.from_json`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..analysis import Analysis
from ..article import Article, ArticleError
from ..loading import load_article
from ..loading.limits import MAX_FILE_BYTES
from ..nlp.pipeline import PipelineError
from .cache import AnalysisCache
from .keys import READER_VERSION, file_hash, pipeline_key, rules_version
from .serial import from_json, to_json

if TYPE_CHECKING:  # spaCy loads with the analyzer: a cache hit needs neither
    from ..analyzer import Analyzer


@dataclass
class Opened:
    """One file's analysis (or why there is none) and whether it came
    from the cache."""

    path: str
    file_hash: str = ""
    analysis: Analysis | None = None
    error: str | None = None
    cached: bool = False


def read_bytes(path: Path) -> bytes:
    """The file's bytes for hashing, or ArticleError (as `load_article`
    would say it)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            load_article(path)  # raises with the reader's own message
        return path.read_bytes()
    except OSError as error:
        raise ArticleError(path, f"cannot be read ({error.strerror or error})") from None


class CachedAnalyzer:
    """An `Analyzer` in front of an `AnalysisCache`."""

    def __init__(self, analyzer: Analyzer, cache: AnalysisCache):
        """`analyzer` needs `pipelines` and `rules` for a lookup, and
        `analyze_batch` only for what is not in the cache."""
        self.analyzer = analyzer
        self.cache = cache
        self._pipelines: dict[str | None, str] = {}

    def _pipeline(self, language: str | None) -> str:
        if language not in self._pipelines:
            self._pipelines[language] = pipeline_key(self.analyzer.pipelines.spec_for(language))
        return self._pipelines[language]

    def lookup(self, path: Path | str) -> Opened:
        """The file's cached analysis if it is still valid; otherwise an
        `Opened` without analysis (or with the error reading it)."""
        path = Path(path)
        try:
            digest = file_hash(read_bytes(path))
        except ArticleError as error:
            return Opened(str(path), error=error.reason)
        opened = Opened(str(path), digest)
        entry = self.cache.entry(digest, READER_VERSION)
        if entry is None:
            return opened
        try:
            if entry["pipeline"] != self._pipeline(entry["language"]):
                return opened
        except PipelineError:
            return opened
        data = entry["analysis"]
        if entry["rules_version"] != rules_version(self.analyzer.rules, data["text"]):
            return opened
        opened.analysis, opened.cached = from_json(data, str(path)), True
        return opened

    def stamp(self, language: str | None) -> str:
        """What an analysis in this language is made with now: the reader,
        the pipeline, and every rule in force (any change of rules changes
        it: the cache then tells which articles it touches)."""
        try:
            pipeline = self._pipeline(language)
        except PipelineError:
            pipeline = ""
        return f"{READER_VERSION}|{pipeline}|{self.analyzer.rules.version}"

    def store(self, digest: str, analysis: Analysis) -> None:
        article = analysis.article
        self.cache.put(
            digest,
            READER_VERSION,
            self._pipeline(article.language),
            rules_version(self.analyzer.rules, article.text),
            article.language,
            to_json(analysis),
        )

    def analyze_loaded(
        self, items: list[tuple[Opened, Article]], progress: Callable[[float], None] | None = None
    ) -> None:
        """Analyse loaded articles in one batch and cache each analysis."""
        results = self.analyzer.analyze_batch([article for _, article in items], progress)
        for (opened, _), result in zip(items, results):
            if isinstance(result, Exception):
                opened.error = str(result)
            else:
                opened.analysis = result
                self.store(opened.file_hash, result)

    def open(self, path: Path | str, progress: Callable[[float], None] | None = None) -> Opened:
        """One file: from the cache, or loaded, analysed and cached."""
        opened = self.lookup(path)
        if opened.analysis is None and opened.error is None:
            try:
                article = load_article(path)
            except ArticleError as error:
                opened.error = error.reason
                return opened
            self.analyze_loaded([(opened, article)], progress)
        return opened
