"""Speed and memory of `reader analyze`, for the README.

    OPENBLAS_NUM_THREADS=1 python benchmarks/speed.py [--runs 5] [--copies 2]

0. The machine: a pure-Python loop and a matrix product, so that figures
   taken on other days or machines can be compared (this machine's speed
   has varied by a factor of two and more between sessions).
1. Cold start: the whole process `reader analyze --format json` on the
   seed article (or the bundled sample when shared/ is absent), wall time
   and peak memory, best and median of several runs; and the time to load
   each bundled model in a fresh process.
2. Throughput: the CoNLL development documents, detokenised into article
   files, through what `reader analyze --format jsonl` does (load, detect
   language, analyse in batches, serialise) compared with `nlp.pipe` of
   the entity recogniser alone over the same texts, and the shares of the
   time spent parsing the sentences with a cue word (`attribution.parsing`) and in
   the actor and quote components. Model loading is excluded from both.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
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


def model_load(runs: int) -> dict:
    """Seconds to load each bundled model in a fresh process (spaCy already
    imported), best of `runs`."""
    script = (
        "import time, spacy\n"
        "from reader.core.nlp.pipeline import PipelineSpec, bundled_models, load_pipeline\n"
        "import sys\n"
        "folder = bundled_models()[sys.argv[1]]\n"
        "start = time.perf_counter()\n"
        "load_pipeline(PipelineSpec(str(folder), 'bundled', sys.argv[1]))\n"
        "print(time.perf_counter() - start)\n"
    )
    result = {}
    for lang in ("nl", "en"):
        times = []
        for _ in range(runs):
            done = subprocess.run([sys.executable, "-c", script, lang], capture_output=True, text=True, check=True)
            times.append(float(done.stdout))
        result[lang] = round(min(times), 2)
    return result


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
    from reader.core import analyzer
    from reader.core.loading import load_article
    from reader.core.nlp.pipeline import ARTICLE_COMPONENTS, PARSE_COMPONENTS, Pipelines

    with tempfile.TemporaryDirectory() as tmp:
        paths = write_corpus(Path(tmp), copies)
        articles = [load_article(p) for p in paths]
        pipelines = Pipelines()
        by_lang = {}
        for article in articles:
            by_lang.setdefault(article.language, []).append(article.text)
        models = {lang: pipelines.get(pipelines.spec_for(lang)) for lang in by_lang}
        words = sum(len(text.split()) for texts in by_lang.values() for text in texts)

        def raw_pipe() -> float:
            # The entity recogniser alone: the parse and the reader's own
            # components left out.
            start = time.perf_counter()
            for lang, texts in by_lang.items():
                for _ in models[lang].pipe(texts, batch_size=64, disable=[*ARTICLE_COMPONENTS, *PARSE_COMPONENTS]):
                    pass
            return time.perf_counter() - start

        raw_pipe()  # warm-up: fills the vocabularies, so neither run pays for it
        raw = min(raw_pipe() for _ in range(2))

        # What `reader analyze --format jsonl` does, with the same (already
        # loaded) pipelines; the sentence parse and the article components
        # (actors, quotes) are timed inside.
        parse_time, article_time = [0.0], [0.0]
        analyzer.parse_sentences = _timed(analyzer.parse_sentences, parse_time)
        analyzer._ArticleLevel.finish = _timed(analyzer._ArticleLevel.finish, article_time)
        best = None
        for _ in range(2):
            parse_time[0] = article_time[0] = 0.0
            sink = io.StringIO()
            start = time.perf_counter()
            failures = analyze_paths([str(p) for p in paths], "jsonl", analyzer.Analyzer(pipelines), sink)
            took = time.perf_counter() - start
            if best is None or took < best[0]:
                best = (took, parse_time[0], article_time[0])
            assert not failures
            assert len(sink.getvalue().splitlines()) == len(paths)
    reader_time, parsing, article = best
    return {
        "articles": len(paths),
        "words": words,
        "ner_alone_words_per_s": round(words / raw),
        "reader_analyze_words_per_s": round(words / reader_time),
        "reader_share_of_ner_alone": round(raw / reader_time, 3),
        "sentence_parse_share_of_analyze": round(parsing / reader_time, 3),
        "actors_and_quotes_share_of_analyze": round(article / reader_time, 3),
    }


def machine() -> dict:
    """A yardstick for comparing figures taken on different days or
    machines: pure Python and one-thread matrix products."""
    import numpy

    loop = min(timeit.repeat("sum(range(10**6))", number=10, repeat=5)) / 10
    matrix = numpy.random.default_rng(0).random((512, 512), dtype="float32")
    product = min(timeit.repeat(lambda: matrix @ matrix, number=20, repeat=5)) / 20
    return {"python_sum_range_1e6_ms": round(loop * 1000, 1), "numpy_matmul_512_ms": round(product * 1000, 2)}


def _timed(method, total: list[float]):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return method(*args, **kwargs)
        finally:
            total[0] += time.perf_counter() - start

    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--copies", type=int, default=2)
    args = parser.parse_args()
    os.environ.setdefault("READER_HOME", tempfile.mkdtemp(prefix="reader-bench-"))
    result = {
        "machine": machine(),
        "cold_start": cold_start(args.runs),
        "model_load_s": model_load(args.runs),
        "throughput": throughput(args.copies),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
