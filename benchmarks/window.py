"""Speed of the reading window, for the README.

    QT_QPA_PLATFORM=offscreen python benchmarks/window.py [--runs 5]

1. Text on screen: from starting the process `reader FILE` (the real entry
   point, `reader.cli.main`) to the article's text painted in the window,
   cold, on the seed article (the bundled sample without shared/); and to
   highlights done, for scale.
2. A long article: about 1 MB of news text with some 20,000 highlights
   (entities and quotes), opened in the window. Reported: time to read and
   show the text, model loading and analysis time (off the GUI thread), time to apply every
   highlight once the analysis is in, and the longest stall of the event
   loop (a 5 ms timer's late ticks) while highlights go in and overall.
"""

from __future__ import annotations

import argparse
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
SAMPLES = ROOT / "resources" / "samples"

# Run in a fresh process: patch the window to note when text and highlights
# are on screen, then start the program the way the `reader` command does.
CHILD = r"""
import json, sys, time
started = float(sys.argv[2])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
import reader.ui.window as window_module
marks = {}

class FirstPaint(QObject):
    # The first paint of the text view after the article's text is in it.
    def __init__(self, window):
        super().__init__(window)
        self.window = window
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Paint and self.window.article is not None and "text" not in marks:
            marks["text"] = time.time() - started
        return False

init, done = window_module.ReaderWindow.__init__, window_module.ReaderWindow._highlights_done
def __init__(self, *args, **kwargs):
    init(self, *args, **kwargs)
    self.view.viewport().installEventFilter(FirstPaint(self))
def _done(self):
    done(self)
    marks["highlights"] = time.time() - started
    print(json.dumps(marks), flush=True)
    QTimer.singleShot(0, QApplication.instance().quit)
window_module.ReaderWindow.__init__, window_module.ReaderWindow._highlights_done = __init__, _done
from reader.cli import main
sys.exit(main([sys.argv[1]]))
"""


def text_on_screen(runs: int) -> dict:
    article = SEED if SEED.exists() else SAMPLES / "rotterdam-haven.txt"
    texts, highlights = [], []
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, READER_HOME=home, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        for _ in range(runs):
            started = time.time()
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(article), repr(started)],
                env=env, capture_output=True, text=True, timeout=600, check=True,
            ).stdout
            marks = json.loads(out.strip().splitlines()[-1])
            texts.append(marks["text"])
            highlights.append(marks["highlights"])
    return {
        "article": article.name,
        "text_on_screen_s": {"best": min(texts), "median": statistics.median(texts)},
        "highlights_done_s": {"best": min(highlights), "median": statistics.median(highlights)},
    }


def long_article(target_bytes: int = 1_000_000) -> Path:
    """News text repeated to about `target_bytes`, as a temporary file."""
    sources = [SEED] if SEED.exists() else []
    sources += sorted(SAMPLES.glob("*.txt"))
    pieces = [path.read_text(encoding="utf-8") for path in sources]
    text, size, index = [], 0, 0
    while size < target_bytes:
        piece = pieces[index % len(pieces)]
        text.append(piece)
        size += len(piece.encode("utf-8")) + 2
        index += 1
    handle = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8")
    handle.write("\n\n".join(text))
    handle.close()
    return Path(handle.name)


def highlight_long_article() -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("READER_HOME", tempfile.mkdtemp())
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader.core.analyzer import Analyzer
    from reader.core.nlp.pipeline import Pipelines
    from reader.ui.window import ReaderWindow

    app = QApplication.instance() or QApplication([])
    path = long_article()
    analyzer = Analyzer(Pipelines())
    window = ReaderWindow(analyzer=analyzer)
    window.show()

    marks: dict[str, float] = {}
    stalls: dict[str, float] = {"overall": 0.0, "highlighting": 0.0}
    last = [time.perf_counter()]
    interval = 0.005

    def tick() -> None:
        now = time.perf_counter()
        late = now - last[0] - interval
        last[0] = now
        if late > stalls["overall"]:
            stalls["overall"] = late
            stalls["worst_at"] = now
        if "analysed" in marks and "highlights" not in marks:
            stalls["highlighting"] = max(stalls["highlighting"], late)

    timer = QTimer()
    timer.setInterval(int(interval * 1000))
    timer.timeout.connect(tick)
    # Noted as the result reaches the GUI thread, before the window takes it.
    analysed = window.session._analysed

    def on_analysed(analysis, run):
        marks["analysed"] = time.perf_counter()
        last[0] = time.perf_counter()  # the stall that counts starts here
        analysed(analysis, run)

    window.session._analysed = on_analysed
    window.view.highlights_done.connect(lambda: marks.setdefault("highlights", time.perf_counter()))
    window.finished_callbacks.append(lambda code: QTimer.singleShot(0, app.quit))
    timer.start()
    marks["open"] = time.perf_counter()
    window.open_path(path)
    wait = QTimer()
    wait.timeout.connect(lambda: window.article is not None and marks.setdefault("text", time.perf_counter()))
    wait.start(1)
    app.exec()
    analysis = window.analysis
    path.unlink()
    return {
        "bytes": len(analysis.article.text.encode("utf-8")),
        "entities": len(analysis.entities),
        "quotes": len(analysis.quotes),
        "highlights": len(analysis.entities) + len(analysis.quotes),
        "text_shown_s": marks["text"] - marks["open"],
        "analysis_s": marks["analysed"] - marks["text"],
        "highlights_applied_s": marks["highlights"] - marks["analysed"],
        "longest_stall_while_highlighting_ms": stalls["highlighting"] * 1000,
        "longest_stall_overall_ms": stalls["overall"] * 1000,
        "longest_stall_ended_s_after_open": stalls.get("worst_at", marks["open"]) - marks["open"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-long", action="store_true")
    args = parser.parse_args()
    result = {"open": text_on_screen(args.runs)}
    if not args.skip_long:
        result["long_article"] = highlight_long_article()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
