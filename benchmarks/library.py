"""The library's speed, for the README.

    python benchmarks/library.py [--articles 200] [--batch 16]

Makes a folder of N article files at run time (the Dutch news of shared/,
each file one article with a numbered closing line so no two are the same
file; the seed article and the bundled samples when shared/ is absent;
nothing is copied into the project), then, with the models loaded once
beforehand and the reader's home in a temporary folder:

1. what `reader analyze --format jsonl` does with the N files (load each,
   `Analyzer.analyze_stream`, serialise), as the batch throughput;
2. `library add` of the folder (hash, cache lookup, load, `analyze_batch`
   a batch at a time, cache and library written), as the import
   throughput, and its ratio to 1;
3. a rescan of the folder: every file read from the cache;
4. reopening one analysed article: `CachedAnalyzer.open` on a new
   analyzer (as after a restart), median of 20, against analysing it.

With `--window` (run with QT_QPA_PLATFORM=offscreen on a machine without
a screen) it measures the window instead: a folder of N articles added
through the library's command (in a process of its own, `reader library
add --progress jsonl`, whose start, imports and model load are counted)
while a timer on the GUI thread notes the longest stall of the event
loop, and then an analysed article opened in the window the first time
and again, from `open_path` to every highlight in. The machine's load
average is printed with the figures: on a shared machine a stall of a few
tens of milliseconds can be the window's process waiting for a core.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from articles import news_pieces


def make_folder(folder: Path, count: int) -> list[Path]:
    pieces = [p for p in news_pieces() if len(p) > 400]
    paths = []
    for number in range(count):
        path = folder / f"article-{number:04d}.txt"
        path.write_text(f"{pieces[number % len(pieces)]}\n\n(artikel {number})\n", encoding="utf-8")
        paths.append(path)
    return paths


def batch(analyzer, paths: list[Path]) -> float:
    from reader.core.analysis import Analysis
    from reader.core.loading import load_article

    start = time.perf_counter()
    for _, result in analyzer.analyze_stream(load_article(p) for p in paths):
        if isinstance(result, Analysis):
            json.dumps(result.to_dict(), ensure_ascii=False)
    return time.perf_counter() - start


def in_window(folder: Path, paths: list[Path]) -> dict:
    """The window's event loop while a folder is added, and reopening."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader.ui.window import ReaderWindow

    app = QApplication.instance() or QApplication([])
    window = ReaderWindow()
    window.show()
    controller = window.library_ctl
    worst, last, interval = [0.0, 0.0], [time.perf_counter()], 0.005
    analysing = controller._progress

    def progress(step) -> None:  # the first file done: the model has loaded
        if not worst[1] and step[0]:
            worst[1], last[0] = -1.0, time.perf_counter()
        analysing(step)

    controller._progress = progress

    def tick() -> None:
        now = time.perf_counter()
        late = now - last[0] - interval
        worst[0] = max(worst[0], late)
        if worst[1]:
            worst[1] = max(worst[1], late)
        last[0] = now

    def opened(path: Path) -> float:
        codes: list[int] = []
        window.finished_callbacks.append(codes.append)
        begin = time.perf_counter()
        window.open_path(path)
        while not codes:
            app.processEvents()
            time.sleep(0.001)
        window.finished_callbacks.remove(codes.append)
        return time.perf_counter() - begin

    # An article read first, as a reader would: spaCy is imported then,
    # and the folder's own pipelines load while the window is in use.
    fresh = folder.parent / "not-in-the-library.txt"
    fresh.write_text(paths[1].read_text(encoding="utf-8") + "\n(nieuw)\n", encoding="utf-8")
    first = opened(fresh)
    timer = QTimer()
    timer.setInterval(int(interval * 1000))
    timer.timeout.connect(tick)
    start = time.perf_counter()
    controller.start_import(str(folder))
    last[0] = time.perf_counter()
    timer.start()
    while controller.cancel is not None:
        app.processEvents()
        time.sleep(0.001)
    added_s = time.perf_counter() - start
    timer.stop()

    again = [opened(fresh) for _ in range(5)]
    window.close()
    return {
        "articles": len(paths),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "window_library_add_s": round(added_s, 1),
        "window_library_add_articles_per_s": round(len(paths) / added_s, 2),
        "window_longest_stall_while_adding_ms": round(worst[0] * 1000, 1),
        "window_longest_stall_after_the_model_loaded_ms": round(worst[1] * 1000, 1),
        "window_open_to_highlights_first_s": round(first, 2),
        "window_reopen_to_highlights_median_s": round(statistics.median(again), 3),
        "window_reopen_to_highlights_max_s": round(max(again), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--batch", type=int, default=16, help="articles per analyze_batch in the import")
    parser.add_argument("--window", action="store_true", help="measure the window instead (see above)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["READER_HOME"] = str(Path(tmp) / "home")
        if args.window:
            folder = Path(tmp) / "news"
            folder.mkdir()
            print(json.dumps(in_window(folder, make_folder(folder, args.articles)), indent=2))
            return
        from reader.core.analyzer import Analyzer
        from reader.core.library import folder as folder_import
        from reader.core.library.cache import AnalysisCache
        from reader.core.library.cached import CachedAnalyzer
        from reader.core.library.store import Library
        from reader.core.loading import load_article
        from reader.core.nlp.pipeline import Pipelines

        folder_import.BATCH = args.batch
        paths = make_folder(Path(tmp), args.articles)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
        analyzer = Analyzer(Pipelines())
        analyzer.analyze(load_article(paths[0]))  # load the model first: excluded from both
        batch_s = batch(analyzer, paths)
        library, cached = Library(), CachedAnalyzer(analyzer, AnalysisCache())
        start = time.perf_counter()
        report = folder_import.import_folder(library, cached, tmp)
        import_s = time.perf_counter() - start
        start = time.perf_counter()
        again = folder_import.rescan(library, cached)
        rescan_s = time.perf_counter() - start
        reopen = []
        for _ in range(20):
            start = time.perf_counter()
            opened = CachedAnalyzer(analyzer, cached.cache).open(paths[0])
            reopen.append(time.perf_counter() - start)
            assert opened.cached
        start = time.perf_counter()
        analyzer.analyze(load_article(paths[0]))
        fresh_s = time.perf_counter() - start
        figures = {
            "articles": len(paths),
            "characters": chars,
            "analyze_batch_s": round(batch_s, 1),
            "analyze_articles_per_s": round(len(paths) / batch_s, 2),
            "library_add_s": round(import_s, 1),
            "library_add_articles_per_s": round(len(paths) / import_s, 2),
            "library_add_vs_batch": round(batch_s / import_s, 2),
            "analysed": len(report.analysed),
            "failed": len(report.failed),
            "rescan_all_cached_s": round(rescan_s, 2),
            "rescan_cached": len(again.cached),
            "reopen_cached_median_ms": round(statistics.median(reopen) * 1000, 1),
            "reopen_cached_max_ms": round(max(reopen) * 1000, 1),
            "analyse_same_article_ms": round(fresh_s * 1000, 1),
            "article_chars": len(paths[0].read_text(encoding="utf-8")),
            "cache_mb": round(
                sum(f.stat().st_size for f in cached.cache.path.parent.glob("analyses.sqlite*")) / 1e6, 1
            ),
        }
        library.close()
        cached.cache.close()
        print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
