"""Actors across the library's articles.

Each article's actors are matched by name: an actor's name and aliases
(case, accents and spacing aside, a possessive dropped) join it to every
actor of the same label in other articles that has one of them as name or
alias, and each same-as rule in force joins its alias to its canonical
name. Per actor: its spellings, the articles it appears in, how often it
is mentioned, and every quote attributed to it. A quote whose speaker the
analysis tied to no actor (``een woordvoerder``, ``sources``) is an
anonymous source's, listed apart (`anonymous_quotes`); so is, in its
actor's ledger, a quote of someone described on an organisation's behalf
(``een woordvoerder van de NAVO``), marked not named.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..attribution.names import fold, without_possessive
from ..notes.rules import Rule


def name_key(name: str) -> str:
    return " ".join(fold(without_possessive(name)).split())


@dataclass
class LibraryQuote:
    path: str
    title: str
    start: int
    end: int
    text: str
    kind: str  # direct or reported
    speaker: str | None  # as written in the article
    named: bool  # the speaker is a named actor


@dataclass
class LibraryActor:
    name: str
    label: str
    spellings: dict[str, list[str]] = field(default_factory=dict)  # spelling -> paths it appears in
    articles: dict[str, tuple[int, int] | None] = field(default_factory=dict)  # path -> first mention
    titles: dict[str, str] = field(default_factory=dict)
    mentions: int = 0
    quotes: list[LibraryQuote] = field(default_factory=list)

    def name_keys(self) -> set[str]:
        return {name_key(spelling) for spelling in self.spellings}

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "label": self.label,
            "articles": len(self.articles),
            "mentions": self.mentions,
            "quotes": len(self.quotes),
            "spellings": sorted(self.spellings),
            "in": [{"path": p, "title": self.titles.get(p, ""), "first": first} for p, first in self.articles.items()],
        }


class _Joined:
    def __init__(self):
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(self, key):
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def join(self, a, b) -> None:
        self.parent[self.find(a)] = self.find(b)


def _grouped(rows: list[dict], rules: list[Rule]) -> dict:
    joined = _Joined()
    for row in rows:
        own = (row["label"], name_key(row["name"]))
        for alias in row["aliases"]:
            joined.join((row["label"], name_key(alias)), own)
    labels = {row["label"] for row in rows}
    for rule in rules:
        if rule.kind == "same-as" and rule.value and rule.article_id is None:
            for label in labels:
                joined.join((label, name_key(rule.text)), (label, name_key(rule.value)))
    groups: dict = {}
    for row in rows:
        groups.setdefault(joined.find((row["label"], name_key(row["name"]))), []).append(row)
    return groups


def _actor(rows: list[dict]) -> LibraryActor:
    weight = Counter()
    for row in rows:
        weight[row["name"]] += row["mentions"]
    name = max(weight, key=lambda n: (weight[n], len(n)))
    actor = LibraryActor(name=name, label=rows[0]["label"])
    for row in rows:
        for spelling in [row["name"], *row["aliases"]]:
            places = actor.spellings.setdefault(spelling, [])
            if row["path"] not in places:
                places.append(row["path"])
        first = (row["first_start"], row["first_end"]) if row["first_start"] is not None else None
        actor.articles.setdefault(row["path"], first)
        actor.titles[row["path"]] = row["title"]
        actor.mentions += row["mentions"]
    return actor


def library_actors(actor_rows: list[dict], quote_rows: list[dict], rules: list[Rule] = ()) -> list[LibraryActor]:
    """The actors across the articles (rows of `Library.actor_rows` and
    `quote_rows`), the most widely seen first."""
    groups = _grouped(actor_rows, list(rules))
    actors = [_actor(rows) for rows in groups.values()]
    by_article_name = {}
    for actor in actors:
        for spelling, places in actor.spellings.items():
            for path in places:
                by_article_name.setdefault((path, spelling), actor)
    for row in quote_rows:
        actor = by_article_name.get((row["path"], row["actor"])) if row["actor"] else None
        if actor is not None:
            actor.quotes.append(_quote(row, _named(actor, row["speaker"])))
    actors.sort(key=lambda a: (-len(a.articles), -a.mentions, a.name))
    return actors


def _named(actor: LibraryActor, speaker: str | None) -> bool:
    """Whether the speaker, as written, names the actor (``President
    Volodymyr Zelensky``), rather than describes someone on its behalf
    (``Een woordvoerder van de NAVO``: an anonymous source of the NAVO)."""
    said = name_key(speaker or "")
    keys = actor.name_keys()
    if said in keys:
        return True
    return actor.label == "PER" and any(said.endswith(" " + key) for key in keys)


def _quote(row: dict, named: bool) -> LibraryQuote:
    return LibraryQuote(
        row["path"], row["title"], row["start"], row["end"], row["text"], row["kind"], row["speaker"], named
    )


def anonymous_quotes(quote_rows: list[dict]) -> list[LibraryQuote]:
    """Quotes whose speaker is no named actor: described or unknown."""
    return [_quote(row, False) for row in quote_rows if not row["actor"]]


def find_actor(actors: list[LibraryActor], name: str) -> LibraryActor | None:
    """The actor with this name or spelling (case and accents aside)."""
    key = name_key(name)
    return next((a for a in actors if name_key(a.name) == key), None) or next(
        (a for a in actors if key in a.name_keys()), None
    )
