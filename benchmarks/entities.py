"""Named entities and actors scored against the development gold of modern
Dutch news, for the README and for whoever improves names and actors.

    python benchmarks/entities.py [--details] [--model NAME_OR_PATH]
    python benchmarks/entities.py --set heldout [--model NAME_OR_PATH]

Runs the reader's analysis (the bundled Dutch model, unless --model names
another) on every article of tests/data/gold/entities-nl.jsonl and prints
the scores as Markdown tables: exact-span precision, recall and F1 overall
and per label, and how the reader's actors split or merge the gold
entities. --details lists every false, missed or mislabelled entity and
every split, merged or mixed-label actor (with the text of the article, for
reading only: the articles are copyrighted, do not paste the output into
the project). --set heldout scores the held-out gold instead
(tests/data/gold/entities-nl-heldout.jsonl): articles the rules were not
tuned on, for reporting figures; it gives no --details, since reading its
failures would make it development gold. The articles come from
../shared; without it there is nothing to score and the script says so.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from reader.core.training.entities_gold import (
    SOURCE,
    evaluate_entities,
    gold_path,
    table,
)
from reader.core.training.entities_gold import GOLD_SETS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--shared",
        type=Path,
        default=SHARED,
        help="the shared folder with data/ (default ../shared)",
    )
    parser.add_argument(
        "--set", choices=GOLD_SETS, default="dev", help="the development gold (default) or the held-out one (scores only)"
    )
    parser.add_argument("--model", help="spaCy pipeline name or folder instead of the bundled model")
    parser.add_argument("--details", action="store_true", help="list every error")
    args = parser.parse_args(argv)
    if args.set == "heldout" and args.details:
        parser.error("--details is not given for the held-out gold: its failures must not be read when writing rules")
    source = args.shared / SOURCE
    if not source.exists():
        print(f"skipped: {source} is absent; the gold holds offsets into it, not the text")
        return 0
    analyzer = None
    if args.model:
        from reader.core.analyzer import Analyzer
        from reader.core.nlp.pipeline import Pipelines

        analyzer = Analyzer(Pipelines(args.model))
    scores = evaluate_entities(args.shared, analyzer, gold_set=args.set)
    command = "python benchmarks/entities.py" + (f" --set {args.set}" if args.set != "dev" else "")
    command += f" --model {args.model}" if args.model else ""
    gold = gold_path(args.set).name
    print(f"Measured with `{command}` on {date.today().isoformat()} ({SOURCE}, {gold}, {scores.articles} articles):\n")
    print(table(scores))
    if args.details:
        print()
        for article_id, what, text, label, more in scores.details:
            print(f"- {article_id}: {what} {label} {' '.join(text.split())!r}" + (f" — {more}" if more else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
