"""Speed and memory of `reader analyze`, for the README.

    python benchmarks/speed.py [--runs 5]

1. Cold start: the whole process `reader analyze --format json` on the
   seed article (or the bundled sample when shared/ is absent), wall time
   and peak memory, best and median of several runs; and the time to load
   each bundled model in a fresh process.
2. Throughput: the CoNLL development documents, detokenised into article
   files, through what `reader analyze --format jsonl` does (load, detect
   language, analyse in batches, serialise) compared with raw `nlp.pipe`
   of the same model over the same texts (without the reader's actor and
   quote components), and the share of the time spent in those components.
   Model loading is excluded from both.
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
    from reader.core.analyzer import Analyzer
    from reader.core.loading import load_article
    from reader.core.nlp.pipeline import ARTICLE_COMPONENTS, Pipelines

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
            # The model alone: the reader's own components left out.
            start = time.perf_counter()
            for lang, texts in by_lang.items():
                for _ in models[lang].pipe(texts, batch_size=64, disable=list(ARTICLE_COMPONENTS)):
                    pass
            return time.perf_counter() - start

        raw_pipe()  # warm-up: fills the vocabularies, so neither run pays for it
        raw = min(raw_pipe() for _ in range(2))

        # What `reader analyze --format jsonl` does, with the same (already
        # loaded) pipelines; the actor and quote components are timed inside.
        component_time = [0.0]
        for nlp in models.values():
            for name in ("reader_actors", "reader_quotes"):
                component = nlp.get_pipe(name)
                component.match = _timed(component.match, component_time)
        reader_time = float("inf")
        for _ in range(2):
            component_time[0] = 0.0
            sink = io.StringIO()
            start = time.perf_counter()
            failures = analyze_paths([str(p) for p in paths], "jsonl", Analyzer(pipelines), sink)
            reader_time = min(reader_time, time.perf_counter() - start)
            assert not failures
            assert len(sink.getvalue().splitlines()) == len(paths)
    return {
        "articles": len(paths),
        "words": words,
        "raw_nlp_pipe_words_per_s": round(words / raw),
        "reader_analyze_words_per_s": round(words / reader_time),
        "reader_share_of_raw": round(raw / reader_time, 3),
        "actors_and_quotes_s": round(component_time[0], 2),
        "actors_and_quotes_share_of_analyze": round(component_time[0] / reader_time, 3),
    }


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
        "cold_start": cold_start(args.runs),
        "model_load_s": model_load(args.runs),
        "throughput": throughput(args.copies),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
