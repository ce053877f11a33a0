"""The ``reader`` command: the window by default, sub-commands for headless work.

    reader [FILE] [--screenshot OUT.png]      open the reading window
    reader analyze [--format F] [--model M] [--no-rules] PATH...
    reader model train --lang nl --data ../shared/data/conll2002
    reader model train-parser --lang nl --ud ../shared/data/ud
    reader model evaluate --lang nl --data ../shared/data/conll2002
    reader model list
    reader notes add|list|search|export|import …
    reader rules add|list|delete|export|import …   (see cli_rules.py)
    reader library add|rescan|articles|actors|quotes|suggestions …   (see cli_library.py)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from . import __version__
from .cli_common import error as _error
from .cli_common import open_notes_store
from .cli_library import add_parser as _library_parser
from .cli_library import run_library
from .cli_rules import add_parser as _rules_parser
from .cli_rules import rules_for_analysis, run_rules

SUBCOMMANDS = ("analyze", "model", "notes", "rules", "library")


def _utf8_stdout() -> None:
    # Article text is Unicode; a Windows console or a pipe may default to a
    # legacy code page.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8", errors="replace")
        except (AttributeError, ValueError):
            pass


def _settings() -> dict:
    """What choosing a pipeline needs from the settings; problems in the
    file go to stderr, one line each, and the defaults stand in."""
    from .core.config.settings import load_settings

    settings, problems = load_settings()
    for problem in problems:
        _error(problem)
    return settings.for_pipelines()


# ----------------------------------------------------------------- analyze


def _summary(data: dict) -> str:
    from .core.labels import LABEL_TITLES

    # One column for every value, wide enough for the longest heading
    # ("Organisations:"), so a name never runs into its heading.
    width = max(len(title) for title in (*LABEL_TITLES.values(), "Language")) + 2

    def row(heading: str, value: str) -> str:
        return f"  {heading + ':':<{width}}{value}"

    lines = [data["path"], row("Title", data["title"])]
    lines.append(
        row("Language", f"{data['language']}    Pipeline: {data['pipeline']['name']} {data['pipeline']['version']}")
    )
    kinds = Counter(block["kind"] for block in data["blocks"])
    lines.append(row("Blocks", ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))))
    for label, title in LABEL_TITLES.items():
        actors = [a for a in data["actors"] if a["label"] == label]
        if actors:
            actors.sort(key=lambda a: (-len(a["mentions"]), a["name"]))
            lines.append(row(title, ", ".join(f"{a['name']} ({len(a['mentions'])})" for a in actors)))
    lines.append(row("Entities", f"{len(data['entities'])}    Quotes: {len(data['quotes'])}"))
    return "\n".join(lines)


def _loaded(paths: list[str], failures: list[str]):
    from .core.article import ArticleError
    from .core.loading import load_article

    for path in paths:
        try:
            yield load_article(path)
        except ArticleError as error:
            _error(str(error))
            failures.append(path)


def analyze_paths(paths: list[str], fmt: str, analyzer, out=None) -> list[str]:
    """Analyse `paths` and print each result to `out` in format `fmt`;
    returns the paths that failed (each already reported on stderr)."""
    from .core.nlp.pipeline import PipelineError

    out = out or sys.stdout
    failures: list[str] = []
    collected = []
    printed = 0
    for article, result in analyzer.analyze_stream(_loaded(paths, failures)):
        if isinstance(result, PipelineError):
            _error(f"{article.path}: {result}")
            failures.append(article.path)
            continue
        for warning in result.warnings:
            _error(f"{article.path}: {warning}")
        data = result.to_dict()
        if fmt == "jsonl":
            out.write(json.dumps(data, ensure_ascii=False) + "\n")
        elif fmt == "text":
            out.write(("\n" if printed else "") + _summary(data) + "\n")
        else:
            collected.append(data)
        printed += 1
    if fmt == "json" and collected:
        single = len(paths) == 1
        out.write(json.dumps(collected[0] if single else collected, ensure_ascii=False, indent=2) + "\n")
    out.flush()
    return failures


def run_analyze(args: argparse.Namespace) -> int:
    from .core.analyzer import Analyzer
    from .core.nlp.pipeline import Pipelines

    _utf8_stdout()
    rules = rules_for_analysis(not args.no_rules, args.paths)
    if isinstance(rules, str):
        _error(rules)
        return 2
    analyzer = Analyzer(Pipelines(args.model, _settings()), rules=rules)
    return 1 if analyze_paths(args.paths, args.format, analyzer) else 0


# ------------------------------------------------------------------- model


def run_model(args: argparse.Namespace) -> int:
    if args.model_command == "train":
        from .core.config.resources import models_dir
        from .core.training.train import model_name, train_model

        output = Path(args.output) if args.output else models_dir() / model_name(args.lang)
        meta = train_model(args.lang, Path(args.data), output, seed=args.seed)
        print(json.dumps(meta["reader"]["scores"], indent=2))
        print(f"model written to {output}")
        return 0
    if args.model_command == "train-parser":
        return _train_parser(args)
    if args.model_command == "evaluate":
        from .core.labels import reader_label
        from .core.nlp.pipeline import Pipelines
        from .core.training.evaluate import evaluate_marked, evaluate_model
        from .core.training.train import CORPORA

        if not args.data and not args.marked and not args.ud:
            print("reader model evaluate: give --data, --marked, --ud or several", file=sys.stderr)
            return 2
        spec = Pipelines(args.model, {}).spec_for(args.lang)
        scores: dict = {"pipeline": spec.name}
        if args.data:
            scores.update(evaluate_model(spec.name, Path(args.data) / CORPORA[args.lang].dev, args.lang, reader_label))
        for path in args.marked or ():
            scores[path] = evaluate_marked(spec.name, Path(path), args.lang, reader_label)
        if args.ud:
            from .core.training.parser import score_parser

            scores["ud"] = score_parser(spec.name, args.lang, Path(args.ud))
        print(json.dumps(scores, indent=2))
        return 0
    from .core.nlp.pipeline import bundled_models, choose_pipeline, installed_pipelines

    settings = _settings()
    for lang, folder in sorted(bundled_models().items()):
        print(f"bundled    {lang}  {folder}")
    for lang in ("nl", "en"):
        for name in installed_pipelines(lang):
            print(f"installed  {lang}  {name}")
        spec = choose_pipeline(lang, None, settings)
        print(f"in use     {lang}  {spec.name} ({spec.source})")
    return 0


def _train_parser(args: argparse.Namespace) -> int:
    from .core.nlp.pipeline import bundled_models
    from .core.training.parser import train_parser

    model = Path(args.model) if args.model else bundled_models()[args.lang]
    output = Path(args.output) if args.output else model
    meta = train_parser(args.lang, Path(args.ud), model, seed=args.seed, output=output)
    print(json.dumps(meta["scores"], indent=2))
    print(f"model written to {output}")
    return 0


# ------------------------------------------------------------------- notes


def _note_line(note, titles: dict) -> str:
    tags = f" [{', '.join(note.tags)}]" if note.tags else ""
    state = (" (detached)" if note.detached else "") + (" (damaged)" if note.damaged else "")
    lines = [f"{note.id[:8]}  {note.target}{state}{tags}  {titles.get(note.article_id, '')}"]
    if note.exact:
        lines.append(f"    > {' '.join(note.exact.split())}")
    lines.extend(f"    {line}" for line in note.body.splitlines() or [""])
    return "\n".join(lines)


def _print_notes(store, notes, fmt: str) -> None:
    if fmt == "json":
        print(json.dumps([note.__dict__ for note in notes], ensure_ascii=False, indent=2))
        return
    titles = {a["id"]: a["title"] for a in store.articles()}
    print("\n".join(_note_line(note, titles) for note in notes))
    damaged = sum(note.damaged for note in notes)
    if damaged:
        _error(f"{damaged} of these notes no longer match what was written (the stored text changed); marked (damaged)")


def run_notes(args: argparse.Namespace) -> int:
    from .core.article import ArticleError
    from .core.loading import load_article
    from .core.notes.export import EXPORTERS, import_json
    from .core.notes.store import StoreError

    _utf8_stdout()
    store = open_notes_store()
    if store is None:
        return 2
    try:
        article_id = None
        path = getattr(args, "article", None)
        if path:
            article = load_article(path)
            article_id, _ = store.open_article(article)
        if args.notes_command == "add":
            start = end = None
            target = "article"
            if args.passage:
                start = article.text.find(args.passage)
                if start < 0:
                    _error(f"{path}: the passage {args.passage!r} is not in the article")
                    return 1
                end, target = start + len(args.passage), "passage"
            note = store.add_note(article_id, args.body, target=target, start=start, end=end, tags=args.tag)
            print(note.id)
        elif args.notes_command == "list":
            _print_notes(store, store.notes(article_id), args.format)
        elif args.notes_command == "search":
            _print_notes(store, store.search(args.query), args.format)
        elif args.notes_command == "export":
            text = EXPORTERS[args.format](store, article_id)
            if args.output:
                Path(args.output).write_text(text, encoding="utf-8")
            else:
                sys.stdout.write(text)
        elif args.notes_command == "import":
            count = import_json(store, Path(args.file).read_text(encoding="utf-8"))
            print(f"imported {count} notes")
    except ArticleError as error:
        _error(str(error))
        return 1
    except (StoreError, ValueError, OSError) as error:
        _error(str(error))
        return 1
    finally:
        store.close()
    return 0


# ---------------------------------------------------------------- parsing


def _analyze_parser(sub) -> None:
    p = sub.add_parser("analyze", help="print the analysis of article files")
    p.add_argument("--format", choices=("json", "jsonl", "text"), default="json")
    p.add_argument("--model", help="spaCy pipeline name or folder to use for every article")
    p.add_argument("--no-rules", action="store_true", help="the model alone, without the rules in the notes database")
    p.add_argument("paths", nargs="+", metavar="PATH")


def _model_parser(sub) -> None:
    p = sub.add_parser("model", help="train, evaluate or list the models")
    msub = p.add_subparsers(dest="model_command", required=True)
    train = msub.add_parser("train", help="train a bundled model from CoNLL data")
    train.add_argument("--lang", choices=("nl", "en"), required=True)
    train.add_argument("--data", required=True, help="folder with the CoNLL files")
    train.add_argument("--output", help="where to write the model (default: resources/models)")
    train.add_argument("--seed", type=int, default=0)
    parse = msub.add_parser("train-parser", help="add a tagger and parser trained on UD treebanks to a bundled model")
    parse.add_argument("--lang", choices=("nl", "en"), required=True)
    parse.add_argument("--ud", required=True, help="folder with the UD treebanks (CoNLL-U)")
    parse.add_argument("--model", help="the model to add them to (default: the bundled model)")
    parse.add_argument("--output", help="where to write the result (default: over --model)")
    parse.add_argument("--seed", type=int, default=0)
    evaluate = msub.add_parser("evaluate", help="score a pipeline on the CoNLL development set")
    evaluate.add_argument("--lang", choices=("nl", "en"), required=True)
    evaluate.add_argument("--data", help="folder with the CoNLL files")
    evaluate.add_argument(
        "--marked", action="append", metavar="FILE", help="also score sentences annotated as [name](LABEL), one a line"
    )
    evaluate.add_argument("--ud", help="also score tagging and parsing on the held-out part of the UD treebanks in this folder")
    evaluate.add_argument("--model")
    msub.add_parser("list", help="list bundled and installed pipelines")


def _notes_parser(sub) -> None:
    p = sub.add_parser("notes", help="add, list, search, export and import notes")
    nsub = p.add_subparsers(dest="notes_command", required=True)
    add = nsub.add_parser("add", help="add a note to an article or one of its passages")
    add.add_argument("article", metavar="ARTICLE")
    add.add_argument("--passage", help="exact text of the article the note is about")
    add.add_argument("--tag", action="append", default=[])
    add.add_argument("body", metavar="BODY")
    listing = nsub.add_parser("list", help="list notes, of one article or all")
    listing.add_argument("article", metavar="ARTICLE", nargs="?")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    search = nsub.add_parser("search", help="full-text search in notes, tags and passages")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--format", choices=("text", "json"), default="text")
    from .core.notes.export import EXPORTERS

    export = nsub.add_parser("export", help="export notes as Markdown, CSV or JSON")
    export.add_argument("--format", choices=tuple(EXPORTERS), default="md")
    export.add_argument("--article", metavar="ARTICLE")
    export.add_argument("-o", "--output", metavar="FILE")
    imported = nsub.add_parser("import", help="import a JSON export")
    imported.add_argument("file", metavar="FILE")


def build_parser(subcommand: bool) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reader", description="Read news articles with their actors and quotes in view.")
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    if subcommand:
        sub = parser.add_subparsers(dest="command", required=True)
        _analyze_parser(sub)
        _model_parser(sub)
        _notes_parser(sub)
        _rules_parser(sub)
        _library_parser(sub)
    else:
        parser.add_argument("file", nargs="?", help="article to open")
        parser.add_argument("--model", help="spaCy pipeline name or folder")
        parser.add_argument("--screenshot", metavar="OUT.png", help="save a screenshot once analysed, then exit")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        args = build_parser(True).parse_args(argv)
        commands = {"analyze": run_analyze, "model": run_model, "notes": run_notes, "rules": run_rules, "library": run_library}
        return commands[args.command](args)
    args = build_parser(False).parse_args(argv)
    from .ui.app import run_window

    return run_window(args.file, model=args.model, screenshot=args.screenshot)
