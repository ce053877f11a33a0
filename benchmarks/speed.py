"""Speed and memory of `reader analyze`, for the README.

    python benchmarks/speed.py [--runs 5]

1. Cold start: the whole process `reader analyze --format json` on the
   seed article (or the bundled sample when shared/ is absent), wall time
   and peak memory, best and median of several runs.
2. Throughput: the CoNLL development documents, detokenised into article
   files, through what `reader analyze --format jsonl` does (load, detect
   language, analyse in batches, serialise) compared with raw `nlp.pipe`
   of the same model over the same texts. Model loading is excluded from
   both.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "articles" / "000_d18874d5f773594b.txt"
DEV = {"nl": SHARED / "data/conll2002/ned.testa", "en": SHARED / "data/conll2003/eng.testa"}


def cold_start(runs: int) -> dict:
    article = SEED if SEED.exists() else ROOT / "resources/samples/rotterdam-haven.txt"
    script = (
        "import resource, runpy, sys, time\n"
        "sys.argv = ['reader', 'analyze', '--format', 'json', sys.argv[1]]\n"
        "from reader.cli import main\n"
        "code = main()\n"
        "sys.stderr.write('MAXRSS %d\\n' % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
        "sys.exit(code)\n"
    )
    times, rss = [], []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", script, str(article)], capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        assert done.returncode == 0, done.stderr
        rss.append(int(done.stderr.split("MAXRSS")[-1]) / 1024)
    return {
        "article": article.name,
        "best_s": round(min(times), 2),
        "median_s": round(statistics.median(times), 2),
        "peak_rss_mb": round(max(rss)),
    }


def write_corpus(folder: Path, copies: int) -> list[Path]:
    from reader.core.training.conll import read_sentences
    from reader.core.training.evaluate import detokenise

    paths = []
    for lang, dev in DEV.items():
        for number, document in enumerate(read_sentences(dev)):
            paragraphs = [detokenise([w for w, _ in sentence])[0] for sentence in document]
            text = "\n\n".join(" ".join(paragraphs[i : i + 4]) for i in range(0, len(paragraphs), 4))
            for copy in range(copies):
                path = folder / f"{lang}-{number:03d}-{copy}.txt"
                path.write_text(text, encoding="utf-8")
                paths.append(path)
    return paths


def throughput(copies: int) -> dict:
    from reader.cli import analyze_paths
    from reader.core.analyzer import Analyzer
    from reader.core.loading import load_article
    from reader.core.pipeline import Pipelines

    with tempfile.TemporaryDirectory() as tmp:
        paths = write_corpus(Path(tmp), copies)
        articles = [load_article(p) for p in paths]
        pipelines = Pipelines()
        by_lang = {}
        for article in articles:
            by_lang.setdefault(article.language, []).append(article.text)
        models = {lang: pipelines.get(pipelines.spec_for(lang)) for lang in by_lang}
        words = sum(len(text.split()) for texts in by_lang.values() for text in texts)

        start = time.perf_counter()
        for lang, texts in by_lang.items():
            for _ in models[lang].pipe(texts, batch_size=64):
                pass
        raw = time.perf_counter() - start

        # What `reader analyze --format jsonl` does, with the same (already
        # loaded) pipelines.
        sink = io.StringIO()
        start = time.perf_counter()
        failures = analyze_paths([str(p) for p in paths], "jsonl", Analyzer(pipelines), sink)
        reader_time = time.perf_counter() - start
        assert not failures
        assert len(sink.getvalue().splitlines()) == len(paths)
    return {
        "articles": len(paths),
        "words": words,
        "raw_nlp_pipe_words_per_s": round(words / raw),
        "reader_analyze_words_per_s": round(words / reader_time),
        "reader_share_of_raw": round(raw / reader_time, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--copies", type=int, default=2)
    args = parser.parse_args()
    os.environ.setdefault("READER_HOME", tempfile.mkdtemp(prefix="reader-bench-"))
    result = {"cold_start": cold_start(args.runs), "throughput": throughput(args.copies)}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
