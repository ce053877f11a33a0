"""Adding a folder to the library: its supported files analysed a batch at
a time (`Analyzer.analyze_batch`), each file already in the cache read
from it, a file that fails listed with its reason while the rest go on,
with progress and cancellation for a caller on another thread. Running it
again (a rescan) picks up the files added since and the files changed;
a file whose size and time are as they were, analysed with the same
reader, pipeline and rules, is passed over without being read, and so is
a file or folder the user removed from the library (`Library.remove`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..analysis import Cancelled
from ..article import ArticleError
from ..loading import SUPPORTED_SUFFIXES, load_article
from .cached import CachedAnalyzer, Opened
from .store import Library

#: Called with (files done, files in all, the file just done).
Progress = Callable[[int, int, str], None]
BATCH = 16


@dataclass
class ImportReport:
    analysed: list[str] = field(default_factory=list)
    cached: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False


def supported_files(folder: Path | str, left_out: list[str] = ()) -> list[Path]:
    """The article files under `folder` (hidden ones left out, and those
    at or under a path in `left_out`), sorted."""
    folder = Path(folder)
    out = {Path(p) for p in left_out}
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in SUPPORTED_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        and not (out and (p.resolve() in out or not out.isdisjoint(p.resolve().parents)))
    )


class _Run:
    def __init__(self, library: Library, analyzer: CachedAnalyzer, total: int, progress, cancel):
        self.library, self.analyzer, self.total = library, analyzer, total
        self.progress, self.cancel = progress, cancel or (lambda: False)
        self.report, self.done, self.queue = ImportReport(), 0, []

    def step(self, path: str) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total, path)

    def failed(self, path: str, reason: str) -> None:
        self.library.fail(path, reason)
        self.report.failed.append((path, reason))
        self.step(path)

    def seen(self, path: Path, language: str | None) -> str:
        """The file's size and time, and what it would be analysed with."""
        try:
            stat = path.stat()
        except OSError:
            return ""
        return f"{stat.st_size}:{stat.st_mtime_ns}:{self.analyzer.stamp(language)}"

    def file(self, path: Path) -> None:
        known = self.library.seen(path)
        if known is not None and known[0] and known[0] == self.seen(path, known[1]):
            self.report.cached.append(str(path))  # unchanged, and so is all it was analysed with
            return self.step(str(path))
        opened = self.analyzer.lookup(path)
        if opened.error is not None:
            return self.failed(str(path), opened.error)
        if opened.analysis is not None:
            self.library.record(
                path, opened.file_hash, opened.analysis, seen=self.seen(path, opened.analysis.article.language)
            )
            self.report.cached.append(str(path))
            return self.step(str(path))
        try:
            self.queue.append((opened, load_article(path)))
        except ArticleError as error:
            return self.failed(str(path), error.reason)
        if len(self.queue) >= BATCH:
            self.flush()

    def flush(self) -> None:
        def check(_fraction: float) -> None:
            if self.cancel():
                raise Cancelled()

        items, self.queue = self.queue, []
        if items:
            self.analyzer.analyze_loaded(items, check)
        for opened, _ in items:
            self.finish(opened)

    def finish(self, opened: Opened) -> None:
        if opened.analysis is None:
            return self.failed(opened.path, opened.error or "not analysed")
        seen = self.seen(Path(opened.path), opened.analysis.article.language)
        self.library.record(opened.path, opened.file_hash, opened.analysis, seen=seen)
        self.report.analysed.append(opened.path)
        self.step(opened.path)


def import_folder(
    library: Library,
    analyzer: CachedAnalyzer,
    folder: Path | str,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportReport:
    """Add `folder` to the library and analyse its files; `cancel()`
    returning true stops the run between files (and inside a batch)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ArticleError(folder, "is not a folder")
    library.add_folder(folder)
    library.take_back(folder)  # added again on purpose: no longer left out
    files = supported_files(folder, library.left_out())
    run = _Run(library, analyzer, len(files), progress, cancel)
    try:
        for path in files:
            if run.cancel():
                raise Cancelled()
            run.file(path)
        run.flush()
    except Cancelled:
        run.report.cancelled = True
    return run.report


def rescan(library: Library, analyzer: CachedAnalyzer, progress: Progress | None = None, cancel=None) -> ImportReport:
    """Every folder of the library again: new and changed files analysed."""
    total = ImportReport()
    for folder in library.folders():
        if not Path(folder).is_dir():
            total.failed.append((folder, "folder not found"))
            continue
        report = import_folder(library, analyzer, folder, progress, cancel)
        total.analysed += report.analysed
        total.cached += report.cached
        total.failed += report.failed
        if report.cancelled:
            total.cancelled = True
            break
    return total
