"""``reader library …``: the articles read, and the actors across them.

    reader library add FOLDER [--model M]     analyse a folder's articles into the library
    reader library rescan                     pick up files added to (or changed in) its folders
        (both: --progress jsonl, how the window runs them in a process of their own)
    reader library articles [--format text|json]
    reader library actors [--format text|json]
    reader library quotes ACTOR [--format text|json|md]   (--anonymous: the unnamed sources)
    reader library suggestions [--format text|json] [--accept N | --dismiss N]
    reader library suggestions --dismissed [--restore N]   the dismissed ones; offer one again
    reader library remove PATH                an article or a folder out of the library (files untouched)

Analyses are cached (core/library/cache.py): a file analysed before, with
the same pipeline and the same rules touching it, is not analysed again.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from dataclasses import asdict

from .cli_common import error as _error


def add_parser(sub) -> None:
    p = sub.add_parser("library", help="the library of articles read and the actors across them")
    lsub = p.add_subparsers(dest="library_command", required=True)
    add = lsub.add_parser("add", help="add a folder: analyse its article files into the library")
    add.add_argument("folder", metavar="FOLDER")
    rescan = lsub.add_parser("rescan", help="analyse the files added to or changed in the library's folders")
    for command in (add, rescan):
        command.add_argument("--model", help="spaCy pipeline name or folder to use for every article")
        command.add_argument(
            "--progress",
            choices=("text", "jsonl"),
            default="text",
            help="jsonl: a JSON line per file and one for the end on stdout, and a line 'cancel' "
            "(or the end of input) on stdin stops the run (how the window runs it)",
        )
    for name, what in (("articles", "list the articles"), ("actors", "list the actors across the articles")):
        lsub.add_parser(name, help=what).add_argument("--format", choices=("text", "json"), default="text")
    quotes = lsub.add_parser("quotes", help="everything an actor said, across the articles")
    quotes.add_argument("actor", metavar="ACTOR", nargs="?")
    quotes.add_argument("--anonymous", action="store_true", help="the quotes of sources no actor names")
    quotes.add_argument("--format", choices=("text", "json", "md"), default="text")
    suggest = lsub.add_parser("suggestions", help="actors that look like one name spelt two ways")
    suggest.add_argument("--format", choices=("text", "json"), default="text")
    act = suggest.add_mutually_exclusive_group()
    act.add_argument("--accept", type=int, metavar="N", help="merge suggestion N (adds a same-as rule)")
    act.add_argument("--dismiss", type=int, metavar="N", help="never offer suggestion N again")
    act.add_argument("--dismissed", action="store_true", help="list the dismissed suggestions")
    act.add_argument("--restore", type=int, metavar="N", help="offer dismissed suggestion N again")
    remove = lsub.add_parser("remove", help="remove an article or a folder from the library (the files stay)")
    remove.add_argument("path", metavar="PATH")


def _rules():
    from .cli_rules import rules_for_analysis

    rules = rules_for_analysis(True)
    problem = rules if isinstance(rules, str) else None
    if problem:
        raise ValueError(problem)
    return rules


def _json_line(data: dict) -> None:
    # ASCII, so no locale of the pipe's reader can garble a path.
    sys.stdout.write(json.dumps(data) + "\n")
    sys.stdout.flush()


def _cancel_on_input() -> threading.Event:
    """Set when stdin says 'cancel' or ends (the window that started us is
    gone): the run then stops between files, its work so far kept."""
    cancel = threading.Event()

    def watch() -> None:
        for line in sys.stdin:
            if line.strip() == "cancel":
                break
        cancel.set()

    threading.Thread(target=watch, daemon=True, name="cancel").start()
    return cancel


def _import(library, args: argparse.Namespace) -> int:
    from .cli import _settings
    from .core.analyzer import Analyzer
    from .core.library.cache import AnalysisCache
    from .core.library.cached import CachedAnalyzer
    from .core.library.folder import import_folder, rescan
    from .core.nlp.pipeline import Pipelines

    jsonl = args.progress == "jsonl"
    cancel = _cancel_on_input() if jsonl else threading.Event()
    analyzer = CachedAnalyzer(Analyzer(Pipelines(args.model, _settings()), rules=_rules()), AnalysisCache())

    def progress(done: int, total: int, path: str) -> None:
        if jsonl:
            _json_line({"done": done, "total": total, "path": path})
        else:
            print(f"[{done}/{total}] {path}", file=sys.stderr)

    try:
        if args.library_command == "add":
            report = import_folder(library, analyzer, args.folder, progress, cancel.is_set)
        else:
            report = rescan(library, analyzer, progress, cancel.is_set)
    finally:
        analyzer.cache.close()
    for path, reason in report.failed:
        _error(f"{path}: {reason}")
    if jsonl:
        _json_line(asdict(report))
    else:
        print(f"{len(report.analysed)} analysed, {len(report.cached)} from the cache, {len(report.failed)} failed")
    return 1 if report.failed else 0


def _articles(library, fmt: str) -> None:
    articles, failures = library.articles(), library.failures()
    if fmt == "json":
        print(json.dumps({"articles": articles, "failed": failures}, ensure_ascii=False, indent=2))
        return
    for a in articles:
        print(f"{a['title']}  [{a['language'] or '?'}]  {a['actors']} actors, {a['quotes']} quotes  {a['path']}")
    for failure in failures:
        print(f"failed: {failure['path']}: {failure['reason']}")


def _actors(library):
    from .core.library.actors import library_actors

    return library_actors(library.actor_rows(), library.quote_rows(), _rules().rules)


def _print_actors(library, fmt: str) -> None:
    actors = _actors(library)
    if fmt == "json":
        print(json.dumps([a.to_dict() for a in actors], ensure_ascii=False, indent=2))
        return
    for a in actors:
        others = sorted(set(a.spellings) - {a.name})
        also = f"  (also {', '.join(others)})" if others else ""
        print(f"{a.name}  {a.label}  {len(a.articles)} articles, {a.mentions} mentions, {len(a.quotes)} quotes{also}")


def _quote_lines(quotes, fmt: str, heading: str) -> str:
    if fmt == "json":
        return json.dumps([asdict(q) for q in quotes], ensure_ascii=False, indent=2)
    if fmt == "md":
        lines = [f"# {heading}", ""]
        for q in quotes:
            source = "named" if q.named else "anonymous"
            lines.append(f"- > {' '.join(q.text.split())}")
            lines.append(f"  — {q.speaker or 'unknown'} ({q.kind}, {source}), *{q.title}* (`{q.path}`, {q.start})")
        return "\n".join(lines)
    return "\n".join(
        f"{q.title} @{q.start}  [{q.kind}, {'named' if q.named else 'anonymous'}]  "
        f"{q.speaker or 'unknown'}: {' '.join(q.text.split())}"
        for q in quotes
    )


def _quotes(library, args: argparse.Namespace) -> int:
    from .core.library.actors import anonymous_quotes, find_actor

    if args.anonymous:
        print(_quote_lines(anonymous_quotes(library.quote_rows()), args.format, "Anonymous sources"))
        return 0
    if not args.actor:
        _error("name an ACTOR, or give --anonymous")
        return 2
    actor = find_actor(_actors(library), args.actor)
    if actor is None:
        _error(f"no actor {args.actor!r} in the library")
        return 1
    print(_quote_lines(actor.quotes, args.format, f"{actor.name}: quotes in {len(actor.articles)} articles"))
    return 0


def _chosen(found: list, number: int):
    if not 1 <= number <= len(found):
        _error(f"no suggestion {number}; there are {len(found)}")
        return None
    return found[number - 1]


def _print_suggestions(found, fmt: str) -> None:
    if fmt == "json":
        print(json.dumps([s.to_dict() for s in found], ensure_ascii=False, indent=2))
        return
    for number, s in enumerate(found, 1):
        print(f"{number}. {s.alias!r} may be {s.canonical!r} ({s.label})")
        for spelling, where in s.evidence.items():
            print(f"     {spelling}: {', '.join(where)}")


def _dismissed(library, args: argparse.Namespace) -> int:
    rows = library.dismissed()
    if args.restore is not None:
        row = _chosen(rows, args.restore)
        if row is None:
            return 1
        library.restore(row["label"], row["canonical"], row["alias"])
        print(f"offered again: {row['alias']!r} may be {row['canonical']!r} ({row['label']})")
        return 0
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    for number, row in enumerate(rows, 1) if args.format == "text" else ():
        print(f"{number}. {row['alias']!r} may be {row['canonical']!r} ({row['label']}), dismissed {row['dismissed']}")
    return 0


def _suggestions(library, args: argparse.Namespace) -> int:
    from .core.library.suggest import accept, dismiss, suggestions
    from .core.notes.store import NoteStore

    if args.dismissed or args.restore is not None:
        return _dismissed(library, args)
    found = suggestions(_actors(library), library.dismissed())
    number = args.accept if args.accept is not None else args.dismiss
    if number is None:
        _print_suggestions(found, args.format)
        return 0
    chosen = _chosen(found, number)
    if chosen is None:
        return 1
    if args.dismiss is not None:
        dismiss(library, chosen)
        print(f"dismissed: {chosen.alias!r} may be {chosen.canonical!r} ({chosen.label})")
        return 0
    with NoteStore() as store:
        rule = accept(store.rules, chosen)
    print(f"{rule.id}  {rule.describe()}")
    return 0


def _remove(library, path: str) -> int:
    from .core.library.cache import AnalysisCache
    from .core.library.remove import NotInLibrary, describe, remove

    cache = AnalysisCache()
    try:
        print(describe(remove(library, cache, path)))
    except NotInLibrary as error:
        _error(str(error))
        return 1
    finally:
        cache.close()
    return 0


def run_library(args: argparse.Namespace) -> int:
    from .core.article import ArticleError
    from .core.library.store import Library, LibraryError
    from .core.notes.model import StoreError

    command = args.library_command
    try:
        with Library() as library:
            if command in ("add", "rescan"):
                return _import(library, args)
            if command == "articles":
                _articles(library, args.format)
            elif command == "actors":
                _print_actors(library, args.format)
            elif command == "quotes":
                return _quotes(library, args)
            elif command == "remove":
                return _remove(library, args.path)
            else:
                return _suggestions(library, args)
    except (ArticleError, LibraryError, StoreError, ValueError, OSError) as error:
        _error(str(error))
        return 1
    return 0
