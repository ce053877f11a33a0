"""Quote attribution scored against the development gold, for the README
and for whoever improves attribution.

    python benchmarks/quotes.py --lang nl [--details] [--model NAME_OR_PATH]
    python benchmarks/quotes.py --lang en [--parse on|off]
    python benchmarks/quotes.py --lang nl|en --set dev2|…|dev9|heldout1|heldout

Runs the reader's analysis (the bundled model of the language, unless
--model names another) on every gold article of tests/data/gold/ and prints
the scores as Markdown tables; --details lists each quote missed, each
speaker wrong or missing, each bad speaker and each false quote (with the
text of the article, for reading only: the articles are copyrighted, do
not paste the output into the project). --set scores another gold set:
dev2 to dev9 (more Dutch development sets), heldout1 (the first held-out set,
now development gold) or heldout (tests/data/gold/quotes-nl-heldout.json and
quotes-en-heldout.json): articles the rules were not tuned on, for
reporting figures; it gives no --details, since reading its failures
would make it development gold. The articles come from ../shared; without
it there is nothing to score and the script says so.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from reader.core.training.quotes_eval import evaluate_quotes, table
from reader.core.training.quotes_gold import DEVELOPMENT_SETS, GOLD_SETS, SOURCES, gold_path


def _short(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit // 2] + " … " + text[-limit // 2 :]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=["nl", "en"], required=True)
    parser.add_argument(
        "--set", choices=GOLD_SETS, default="dev", help="the development gold (default), another development set, or the held-out one (scores only)"
    )
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared folder with data/ (default ../shared)")
    parser.add_argument("--model", help="spaCy pipeline name or folder instead of the bundled model")
    parser.add_argument("--details", action="store_true", help="list every miss, wrong speaker and false quote")
    parser.add_argument(
        "--parse", choices=["on", "off"], help="run the bundled model's tagger and parser or not (default: as shipped)"
    )
    args = parser.parse_args(argv)
    if args.set != "dev" and not gold_path(args.lang, args.set).exists():
        parser.error(f"there is no {args.set} gold for --lang {args.lang}")
    if args.set not in DEVELOPMENT_SETS and args.details:
        parser.error("--details is not given for the held-out gold: its failures must not be read when writing rules")
    if args.parse:
        from reader.core.nlp import pipeline

        pipeline.BUNDLED_PARSE = args.parse == "on"
    source = args.shared / SOURCES[args.lang]
    if not source.exists():
        print(f"skipped: {source} is absent; the gold holds offsets into it, not the text")
        return 0
    analyzer = None
    if args.model:
        from reader.core.analyzer import Analyzer
        from reader.core.nlp.pipeline import Pipelines

        analyzer = Analyzer(Pipelines(args.model))
    scores = evaluate_quotes(args.lang, args.shared, analyzer, gold_set=args.set)
    command = f"python benchmarks/quotes.py --lang {args.lang}" + (f" --set {args.set}" if args.set != "dev" else "")
    command += f" --model {args.model}" if args.model else ""
    command += f" --parse {args.parse}" if args.parse else ""
    gold = "" if args.set == "dev" else f", {gold_path(args.lang, args.set).name}"
    print(f"Measured with `{command}` on {date.today().isoformat()} ({SOURCES[args.lang]}{gold}):\n")
    print(table(scores))
    if args.details:
        print()
        for article_id, what, kind, scope, speaker_type, text, speaker in scores.details:
            where = f" {scope}/{speaker_type}" if scope else ""
            said = f" — speaker: {speaker!r}" if speaker else ""
            print(f"- {article_id}: {what} ({kind}{where}): {_short(text)}{said}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
