"""Peak memory on the largest article the reader accepts, for the README.

    OPENBLAS_NUM_THREADS=1 QT_QPA_PLATFORM=offscreen python benchmarks/memory.py [--mb 20] [--one-line]

Builds an article of news text (benchmarks/articles.py) as large as the
loader accepts (20 MB, `MAX_FILE_BYTES`, and 20,000,000 characters,
`MAX_TEXT_CHARS`), then, each in a fresh process:

1. `reader analyze --format json FILE` (output to a temporary file), its
   peak resident memory (ru_maxrss) and wall time;
2. the window (`reader FILE`, the real entry point, under the platform
   QT_QPA_PLATFORM names) until every highlight is in: peak memory, and
   the peak and time when the text was shown, when the analysis came in
   and when the highlights were done.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from articles import news_file

ROOT = Path(__file__).resolve().parent.parent

# Run in a fresh process: note the peak memory (so far) when the text is
# shown, the analysis is in and the highlights are done, then quit.
WINDOW = r"""
import json, resource, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import reader.ui.window as window_module
started = time.perf_counter()
marks = {}

def mark(name):
    if name not in marks:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        marks[name] = {"s": round(time.perf_counter() - started, 2), "peak_mb": round(peak)}

ready, analysed, done = (getattr(window_module.ReaderWindow, name)
                         for name in ("_article_ready", "_analysis_ready", "_highlights_done"))
def _ready(self, article):
    ready(self, article)
    mark("text_shown")
def _analysed(self, analysis):
    mark("analysis_in")
    analysed(self, analysis)
def _done(self):
    done(self)
    if self.analysis is not None:
        mark("highlights_done")
        print(json.dumps(marks), flush=True)
        QTimer.singleShot(0, QApplication.instance().quit)
window_module.ReaderWindow._article_ready = _ready
window_module.ReaderWindow._analysis_ready = _analysed
window_module.ReaderWindow._highlights_done = _done
from reader.cli import main
sys.exit(main([sys.argv[1]]))
"""


def run_measured(command: list[str], env: dict, stdout) -> tuple[float, float, int]:
    """Run `command`; its wall time, peak resident memory (MB) and exit code."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode("utf-8", "replace")
    process.stderr.close()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{errors[-3000:]}")
    return time.perf_counter() - started, usage.ru_maxrss / 1024, process.returncode


def analyze(path: Path, env: dict) -> dict:
    with tempfile.TemporaryFile() as out:
        seconds, peak, _ = run_measured([sys.executable, "-m", "reader", "analyze", "--format", "json", str(path)], env, out)
        out.seek(0)
        data = json.load(out)
    return {
        "peak_mb": round(peak),
        "wall_s": round(seconds, 1),
        "entities": len(data["entities"]),
        "actors": len(data["actors"]),
        "quotes": len(data["quotes"]),
    }


def window(path: Path, env: dict) -> dict:
    with tempfile.TemporaryFile() as out:
        seconds, peak, _ = run_measured([sys.executable, "-c", WINDOW, str(path)], env, out)
        out.seek(0)
        marks = json.loads(out.read().decode("utf-8").strip().splitlines()[-1])
    return {"peak_mb": round(peak), "wall_s": round(seconds, 1), **marks}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=None, help="article size in MB (default: the loader's limit)")
    parser.add_argument("--one-line", action="store_true", help="the article as one line, no paragraph breaks")
    parser.add_argument("--skip-analyze", action="store_true")
    parser.add_argument("--skip-window", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from reader.core.loading.limits import MAX_FILE_BYTES, MAX_TEXT_CHARS

    size = MAX_FILE_BYTES if args.mb is None else int(args.mb * 1024 * 1024)
    path = news_file(size, one_line=args.one_line, max_chars=MAX_TEXT_CHARS)
    result: dict = {
        "bytes": path.stat().st_size,
        "characters": len(path.read_text(encoding="utf-8")),
        "limits": [MAX_FILE_BYTES, MAX_TEXT_CHARS],
        "one_line": args.one_line,
    }
    try:
        with tempfile.TemporaryDirectory() as home:
            env = dict(os.environ, READER_HOME=home)
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
            if not args.skip_analyze:
                result["analyze"] = analyze(path, env)
                print(json.dumps(result["analyze"]), file=sys.stderr, flush=True)
            if not args.skip_window:
                result["window"] = window(path, env)
    finally:
        path.unlink()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
