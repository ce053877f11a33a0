"""What the tagger, morphologizer and parser cost, and what they score.

    OPENBLAS_NUM_THREADS=1 python benchmarks/parse.py [--ud ../shared/data/ud] [--analyze]

1. Time of each component of each bundled model over the CoNLL
   development documents (the texts of benchmarks/speed.py), best of two
   runs, and raw ``nlp.pipe`` words/s with and without the parse
   components (what adding them cost).
2. With ``--ud``: the held-out tagging and parsing scores, as
   ``reader model evaluate --ud`` prints them, and the seconds they take.
3. With ``--analyze``: benchmarks/speed.py's cold start and throughput of
   `reader analyze` with the parse components run (``BUNDLED_PARSE`` on),
   to compare with speed.py's own figures for the reader as shipped.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import speed


def texts_by_language() -> dict[str, list[str]]:
    from reader.core.loading import load_article

    by_lang: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for path in speed.write_corpus(Path(tmp), 1):
            article = load_article(path)
            by_lang.setdefault(article.language, []).append(article.text)
    return by_lang


def component_times(nlp, texts: list[str]) -> dict[str, float]:
    from reader.core.nlp.pipeline import ARTICLE_COMPONENTS

    best: dict[str, float] = {}
    for _ in range(2):
        start = time.perf_counter()
        docs = [nlp.make_doc(text) for text in texts]
        times = {"tokenizer": time.perf_counter() - start}
        for name, pipe in nlp.pipeline:
            if name in ARTICLE_COMPONENTS:
                continue
            start = time.perf_counter()
            docs = list(pipe.pipe(docs, batch_size=64)) if hasattr(pipe, "pipe") else [pipe(doc) for doc in docs]
            times[name] = time.perf_counter() - start
        best = {name: min(seconds, best.get(name, seconds)) for name, seconds in times.items()}
    return {name: round(seconds, 2) for name, seconds in best.items()}


def words_per_second(nlp, texts: list[str], disable: list[str]) -> int:
    words = sum(len(text.split()) for text in texts)
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=64, disable=disable):
            pass
        best = min(best, time.perf_counter() - start)
    return round(words / best)


def main() -> None:
    from reader.core.nlp.pipeline import (
        ARTICLE_COMPONENTS,
        PipelineSpec,
        bundled_models,
        load_pipeline,
    )
    from reader.core.training.parser import PARSE_COMPONENTS, score_parser

    parser = argparse.ArgumentParser()
    parser.add_argument("--ud", help="folder with the UD treebanks: also score the held-out parts")
    parser.add_argument("--analyze", action="store_true", help="also time `reader analyze` with the parse run")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    result = {}
    by_lang = texts_by_language()
    for lang, folder in sorted(bundled_models().items()):
        nlp = load_pipeline(PipelineSpec(str(folder), "bundled", lang), parse=True)
        texts = by_lang[lang]
        list(nlp.pipe(texts[:20]))  # warm-up
        parse = [name for name in PARSE_COMPONENTS if name in nlp.pipe_names]
        entry = {
            "words": sum(len(text.split()) for text in texts),
            "component_s": component_times(nlp, texts),
            "words_per_s": words_per_second(nlp, texts, list(ARTICLE_COMPONENTS)),
            "words_per_s_without_parse": words_per_second(nlp, texts, [*ARTICLE_COMPONENTS, *parse]),
        }
        if args.ud:
            start = time.perf_counter()
            entry["held_out"] = score_parser(folder, lang, Path(args.ud))
            entry["held_out_s"] = round(time.perf_counter() - start, 1)
        result[lang] = entry
    if args.analyze:
        result["analyze_with_parse"] = analyze_with_parse(args.runs)
    print(json.dumps(result, indent=2))


def analyze_with_parse(runs: int) -> dict:
    """speed.py's cold start (whole process) and throughput, with
    ``BUNDLED_PARSE`` on."""
    import os
    import statistics
    import subprocess

    from reader.core.nlp import pipeline

    os.environ.setdefault("READER_HOME", tempfile.mkdtemp(prefix="reader-bench-"))
    article = speed.SEED if speed.SEED.exists() else speed.ROOT / "resources/samples/rotterdam-haven.txt"
    script = (
        "import sys\n"
        "import reader.core.nlp.pipeline as pipeline\n"
        "pipeline.BUNDLED_PARSE = True\n"
        "from reader.cli import main\n"
        "sys.exit(main(['analyze', '--format', 'json', sys.argv[1]]))\n"
    )
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", script, str(article)], capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    pipeline.BUNDLED_PARSE = True
    return {
        "cold_start": {"article": article.name, "best_s": round(min(times), 2), "median_s": round(statistics.median(times), 2)},
        "throughput": speed.throughput(2),
    }

if __name__ == "__main__":
    main()
