"""``reader rules …``: the reader's corrections as rules, from the command line.

    reader rules add --label LOC Donbass
    reader rules add --not-entity KIJK
    reader rules add --same-as "Vladimir Poetin" Poetin
    reader rules add --label ORG "Wagner Groep" --article ARTICLE   (that article only)
    reader rules list [--format text|json]
    reader rules delete|disable|enable ID
    reader rules export [-o FILE]
    reader rules import FILE

and the rules `reader analyze` applies (`rules_for_analysis`).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path


from .cli_common import error as _error
from .cli_common import open_notes_store


def add_parser(sub) -> None:
    p = sub.add_parser("rules", help="add, list, delete, export and import the reader's corrections")
    rsub = p.add_subparsers(dest="rules_command", required=True)
    add = rsub.add_parser("add", help="add a rule the analysis applies to every article (or one)")
    kind = add.add_mutually_exclusive_group(required=True)
    kind.add_argument("--label", metavar="LABEL", help="TEXT is a name with this label: PER, ORG, LOC or MISC")
    kind.add_argument("--not-entity", action="store_true", help="TEXT is not a name")
    kind.add_argument("--same-as", metavar="NAME", help="TEXT names the same actor as NAME")
    add.add_argument("--article", metavar="ARTICLE", help="apply the rule to this article only")
    add.add_argument("text", metavar="TEXT")
    listing = rsub.add_parser("list", help="list the rules")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    for name, what in (
        ("delete", "delete a rule"),
        ("disable", "keep a rule but stop applying it"),
        ("enable", "apply a rule again"),
    ):
        rsub.add_parser(name, help=what).add_argument("id", metavar="ID")
    export = rsub.add_parser("export", help="write the rules as JSON")
    export.add_argument("-o", "--output", metavar="FILE")
    imported = rsub.add_parser("import", help="add the rules of an export (same ids are replaced)")
    imported.add_argument("file", metavar="FILE")


def _line(rule, titles: dict) -> str:
    state = (" (disabled)" if not rule.enabled else "") + (" (damaged)" if rule.damaged else "")
    scope = f"  [only in {titles.get(rule.article_id) or rule.article_id}]" if rule.article_id else ""
    return f"{rule.id}  {rule.kind:<10}  {rule.describe()}{scope}{state}"


def _add(store, args: argparse.Namespace) -> None:
    from .core.loading import load_article

    scope = store.remember(load_article(args.article)) if args.article else None
    if args.label is not None:
        rule = store.rules.add("label", args.text, args.label, scope)
    elif args.same_as is not None:
        rule = store.rules.add("same-as", args.text, args.same_as, scope)
    else:
        rule = store.rules.add("not-entity", args.text, None, scope)
    print(f"{rule.id}  {rule.describe()}")


def _run(store, args: argparse.Namespace) -> None:
    from .core.notes.rules import export_rules, parse_rules

    command = args.rules_command
    if command == "add":
        _add(store, args)
    elif command == "list":
        rules = store.rules.all()
        if args.format == "json":
            print(json.dumps([asdict(rule) for rule in rules], ensure_ascii=False, indent=2))
        elif rules:
            titles = {a["id"]: a["title"] for a in store.articles()}
            print("\n".join(_line(rule, titles) for rule in rules))
    elif command in ("delete", "disable", "enable"):
        change = {
            "delete": store.rules.delete,
            "disable": lambda i: store.rules.enable(i, False),
            "enable": store.rules.enable,
        }
        rule = change[command](args.id)
        print(f"{command}d {rule.id}  {rule.describe()}")
    elif command == "export":
        text = export_rules(store.rules.all())
        if args.output:
            Path(args.output).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
    elif command == "import":
        path = Path(args.file)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or error
            raise ValueError(f"{path}: cannot read the rules file ({reason})") from None
        count = store.rules.restore(parse_rules(text, str(path)))
        print(f"imported {count} rule{'' if count == 1 else 's'} from {path}")


def run_rules(args: argparse.Namespace) -> int:
    from .core.article import ArticleError
    from .core.notes.store import StoreError

    store = open_notes_store()
    if store is None:
        return 2
    try:
        _run(store, args)
    except (ArticleError, StoreError, ValueError, OSError) as error:
        _error(str(error))
        return 1
    finally:
        store.close()
    return 0


def _carry_changed(store, paths) -> None:
    """The corrections kept with an article (its quotes', its splits) follow
    a changed file among `paths` (files or folders) to its new text where
    they still fit, before it is analysed, as opening it in the window does."""
    from .core.article import ArticleError
    from .core.loading import load_article
    from .core.notes.model import article_id

    given = [Path(path).resolve() for path in paths]
    for stored in store.rules.placed_paths():
        place = Path(stored)
        if not any(place == path or path in place.parents for path in given) or not place.is_file():
            continue
        try:
            article = load_article(place)
        except (ArticleError, OSError, ValueError):
            continue  # the analysis says what is wrong with it
        store.rules.carry(stored, article_id(article.text), article.text)


def rules_for_analysis(use: bool, paths=()):
    """The rules in force in the user's notes database (none when `use` is
    false or there is no database yet: it is not created for this), or a
    message saying why they cannot be read. The corrections kept with a
    changed file among `paths` first move to its new text."""
    from .core.config.paths import notes_file
    from .core.rules import RuleSet

    if not use or not notes_file().exists():
        return RuleSet()
    # Only now: the store brings in sqlite-utils (0.2 s of a cold start).
    from .core.notes.store import NoteStore, StoreError

    try:
        with NoteStore() as store:
            if store.recovered:
                _error(store.recovered)
            _carry_changed(store, paths)
            return RuleSet(store.rules.in_force())
    except StoreError as error:
        return f"{error} (--no-rules analyses without the rules)"
