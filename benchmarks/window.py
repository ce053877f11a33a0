"""Speed of the reading window, for the README.

    QT_QPA_PLATFORM=offscreen python benchmarks/window.py [--runs 5] [--long-line]

1. Text on screen: from starting the process `reader FILE` (the real entry
   point, `reader.cli.main`) to the article's text painted in the window,
   cold, on the seed article (the bundled sample without shared/); and to
   highlights done, for scale.
2. A long article: about 1 MB of news text with some 20,000 highlights
   (entities and quotes), opened in the window. Reported: time to read and
   show the text, model loading and analysis time (off the GUI thread), time to apply every
   highlight once the analysis is in, and the longest stall of the event
   loop (a 5 ms timer's late ticks) while the file is read (on a worker),
   while the text goes into the view, while highlights go in, and overall. With ``--long-line`` the same text as
   one line (every run of white space one space, no paragraph breaks), as
   text exported from some tools comes.
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

from articles import news_file

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


def highlight_long_article(one_line: bool = False) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("READER_HOME", tempfile.mkdtemp())
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader.core.analyzer import Analyzer
    from reader.core.nlp.pipeline import Pipelines
    from reader.ui.window import ReaderWindow

    app = QApplication.instance() or QApplication([])
    path = news_file(1_000_000, one_line, news=False)
    analyzer = Analyzer(Pipelines())
    window = ReaderWindow(analyzer=analyzer)
    window.show()
    # The window's own first paint (all its panels) is start-up, timed by
    # text_on_screen; the stalls below are those of opening a file in a
    # window already on screen, as the reader opens one after another.
    settle = time.perf_counter() + 0.5
    while time.perf_counter() < settle:
        app.processEvents()

    marks: dict[str, float] = {}
    stalls: dict[str, float] = {"overall": 0.0, "highlighting": 0.0, "text": 0.0, "opening": 0.0}
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
        if "text" not in marks:  # the file read on a worker
            stalls["opening"] = max(stalls["opening"], late)
        elif "text_in" not in marks:  # the text going into the view (a piece at a time)
            stalls["text"] = max(stalls["text"], late)
            if getattr(window.view, "_feed", None) is None:
                marks["text_in"] = now

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
        "one_line": one_line,
        "text_shown_s": marks["text"] - marks["open"],
        "text_all_in_s": marks["text_in"] - marks["open"],
        "longest_stall_while_the_file_is_read_ms": stalls["opening"] * 1000,
        "longest_stall_while_text_goes_in_ms": stalls["text"] * 1000,
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
    parser.add_argument("--skip-open", action="store_true")
    parser.add_argument("--long-line", action="store_true", help="the long article as one line")
    args = parser.parse_args()
    result = {} if args.skip_open else {"open": text_on_screen(args.runs)}
    if not args.skip_long:
        result["long_article"] = highlight_long_article(args.long_line)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
