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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--batch", type=int, default=16, help="articles per analyze_batch in the import")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["READER_HOME"] = str(Path(tmp) / "home")
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
