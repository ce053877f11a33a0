"""Development gold for named entities on modern Dutch news, and its scorer.

The gold (``tests/data/gold/entities-nl.jsonl``, described in
``tests/data/gold/entities-nl.md``) marks every PER, ORG, LOC and MISC name
in 20 articles of ``../shared/data/news-nl/dpg2019-dev.jsonl`` by the CoNLL
guidelines. The articles are copyrighted, so it holds only each article's
id, length and text hash, and each mention as ``[start, end, label, entity,
hash]``: character offsets into the document (`quotes_gold.news_document`:
the title, a blank line, the text), the label, the number of the real-world
entity it names (mentions with the same number in an article are the same
person, organisation, place or thing) and the first 8 hex digits of the
SHA-256 of its text.

A second, *held-out* set (``tests/data/gold/entities-nl-heldout.jsonl``, the
same form with a first line that says how its articles were chosen) marks
12 other articles of the same source, chosen at random, for reporting
figures: it is scored, never read when writing rules (`GOLD_SETS`,
`gold_path`).

The scorer analyses each article as ``reader analyze`` does (the bundled
model, every article-level rule) and reports:

- **Entities**, exact spans: a predicted entity is right when its start,
  end and label are a gold mention's; precision, recall and F1 overall
  and per label, and how many predictions had the right span but the
  wrong label.
- **Actors**: of the gold people, organisations and places mentioned twice
  or more in an article, how many are *split*: their mentions that the
  reader found (a predicted entity overlapping the gold mention) belong
  to two or more of the reader's actors. And how many of the reader's
  actors *merge* two different gold entities (their mentions overlap
  mentions of both), counting apart those that merge two different people.
  Finally, how many actors carry more than one label over their mentions.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .quotes_gold import (
    GOLD_DIR,
    SOURCES,
    document_problem,
    documents,
    span_hash,
)

GOLD_FILE = GOLD_DIR / "entities-nl.jsonl"
HELDOUT_FILE = GOLD_DIR / "entities-nl-heldout.jsonl"
SOURCE = SOURCES["nl"]
LABELS = ("PER", "ORG", "LOC", "MISC")
#: Whose splitting into several actors counts (the issue's measure).
ACTOR_LABELS = ("PER", "ORG", "LOC")

Span = tuple[int, int]


@dataclass
class GoldMention:
    start: int
    end: int
    label: str
    entity: int  # the same number in an article: the same real-world entity
    hash: str


@dataclass
class GoldArticle:
    id: str
    length: int
    hash: str
    mentions: list[GoldMention]


#: The entity gold sets (the quote gold has a second development set too).
GOLD_SETS = ("dev", "heldout")


def gold_path(gold_set: str = "dev") -> Path:
    """The gold file of `gold_set`: ``dev`` (development: read its failures,
    change the rules) or ``heldout`` (scored only, for reporting figures)."""
    if gold_set not in GOLD_SETS:
        raise ValueError(f"no gold set {gold_set!r}; one of {', '.join(GOLD_SETS)}")
    return GOLD_FILE if gold_set == "dev" else HELDOUT_FILE


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_header(path: Path = HELDOUT_FILE) -> dict:
    """A gold file's first line when it describes the set rather than an
    article (the held-out set's ``held_out``, ``selection`` and
    ``skipped``); empty when there is none."""
    first = _lines(path)[:1]
    return first[0] if first and "mentions" not in first[0] else {}


def read_gold(path: Path = GOLD_FILE) -> list[GoldArticle]:
    articles = []
    for item in _lines(path):
        if "mentions" not in item:  # the header of a held-out set
            continue
        mentions = [GoldMention(int(s), int(e), label, int(n), h) for s, e, label, n, h in item["mentions"]]
        articles.append(GoldArticle(str(item["id"]), item["length"], item["hash"], mentions))
    return articles


def write_gold(articles: list[GoldArticle], path: Path = GOLD_FILE, header: dict | None = None) -> None:
    """One article a line, its mentions in text order, after `header` (a
    held-out set's description) when given."""
    lines = [json.dumps(header, ensure_ascii=False, separators=(", ", ": "))] if header else []
    for item in articles:
        mentions = [[m.start, m.end, m.label, m.entity, m.hash] for m in sorted(item.mentions, key=lambda m: m.start)]
        data = {
            "id": item.id,
            "length": item.length,
            "hash": item.hash,
            "mentions": mentions,
        }
        lines.append(json.dumps(data, ensure_ascii=False, separators=(", ", ": ")))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def problems(gold: list[GoldArticle], texts: dict[str, str]) -> list[str]:
    """What does not fit the documents: a missing article, a changed text,
    a mention out of range, overlapping another or whose hash differs."""
    found = []
    for item in gold:
        missing = document_problem(item, texts)
        if missing:
            found.append(missing)
            continue
        text = texts[item.id]
        last_end = 0
        for mention in sorted(item.mentions, key=lambda m: m.start):
            if not 0 <= mention.start < mention.end <= len(text) or span_hash(text[mention.start : mention.end]) != mention.hash:
                found.append(f"{item.id}: mention {mention.start}-{mention.end} does not match its hash")
            if mention.start < last_end:
                found.append(f"{item.id}: mention {mention.start}-{mention.end} overlaps the one before")
            if mention.label not in LABELS:
                found.append(f"{item.id}: mention {mention.start}-{mention.end} has label {mention.label}")
            last_end = max(last_end, mention.end)
    return found


# -- Annotating -------------------------------------------------------------


def resolve(text: str, items: list[tuple]) -> list[tuple[int, int, str, str]]:
    """Offsets for an annotation written as quoted strings, for the
    annotator's helper (which holds article text and so stays out of the
    project). Each item is ``(label, string)``, ``(label, string,
    occurrences)`` or ``(label, string, occurrences, key)``: every
    occurrence of `string` as a whole word (not inside a longer word or
    hyphenated compound) that no longer item has taken, or only those whose
    numbers (0 first, among all occurrences) are in `occurrences`. `key`
    names the real-world entity (by default the string itself): items with
    the same label and key are one entity. Returns ``(start, end, label,
    key)`` in text order; raises ValueError for a string not found."""
    spans: list[tuple[int, int, str, str]] = []
    taken: list[Span] = []
    for item in sorted(items, key=lambda item: -len(item[1])):
        label, string = item[0], item[1]
        wanted = item[2] if len(item) > 2 else None
        key = item[3] if len(item) > 3 and item[3] else string
        pattern = r"(?<![\w-])" + re.escape(string) + r"(?![\w-])"
        found = [m.span() for m in re.finditer(pattern, text)]
        if wanted is not None:
            found = [found[number] for number in wanted if number < len(found)]
        free = [s for s in found if not any(a < s[1] and s[0] < b for a, b in taken)]
        if not free:
            raise ValueError(f"{string!r} is not in the text (or every occurrence is taken)")
        for start, end in free:
            spans.append((start, end, label, key))
            taken.append((start, end))
    return sorted(spans)


def gold_article(article_id: str, text: str, items: list[tuple]) -> GoldArticle:
    """A gold article from `resolve`'s annotation; entities numbered in
    order of first mention."""
    numbers: dict[tuple[str, str], int] = {}
    mentions = []
    for start, end, label, key in resolve(text, items):
        number = numbers.setdefault((label, key), len(numbers))
        mentions.append(GoldMention(start, end, label, number, span_hash(text[start:end])))
    return GoldArticle(article_id, len(text), span_hash(text), mentions)


# -- Scoring -----------------------------------------------------------------


@dataclass
class Scores:
    articles: int = 0
    gold: Counter = field(default_factory=Counter)  # by label
    predicted: Counter = field(default_factory=Counter)
    right: Counter = field(default_factory=Counter)
    wrong_label: int = 0  # predictions with a gold mention's span and another label
    repeated: Counter = field(default_factory=Counter)  # gold entities mentioned 2+ times, by label
    split: Counter = field(default_factory=Counter)  # of those, over two or more actors
    merged: int = 0  # actors over two or more gold entities
    merged_people: int = 0  # of those, over two or more gold people
    actors: int = 0
    mixed_labels: int = 0  # actors whose mentions carry more than one label
    details: list = field(default_factory=list)  # (article id, what, text, label, more), for reading

    def prf(self, label: str | None = None) -> tuple[float, float, float]:
        labels = LABELS if label is None else (label,)
        right = sum(self.right[x] for x in labels)
        predicted = sum(self.predicted[x] for x in labels)
        gold = sum(self.gold[x] for x in labels)
        p = right / predicted if predicted else 0.0
        r = right / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_article(gold: GoldArticle, analysis, scores: Scores) -> None:
    """Add one analysed article (an `Analysis`) to `scores`."""
    text = analysis.article.text
    scores.articles += 1
    gold_spans = {(m.start, m.end): m for m in gold.mentions}
    gold_set = {(m.start, m.end, m.label) for m in gold.mentions}
    predicted = [(e.start, e.end, e.label) for e in analysis.entities]
    for mention in gold.mentions:
        scores.gold[mention.label] += 1
    for start, end, label in predicted:
        scores.predicted[label] += 1
        if (start, end, label) in gold_set:
            scores.right[label] += 1
            continue
        same_span = gold_spans.get((start, end))
        if same_span is not None:
            scores.wrong_label += 1
            scores.details.append(
                (
                    gold.id,
                    "wrong label",
                    text[start:end],
                    label,
                    f"gold {same_span.label}",
                )
            )
        else:
            scores.details.append((gold.id, "false", text[start:end], label, ""))
    predicted_spans = {(s, e) for s, e, _ in predicted}
    for mention in gold.mentions:
        if (mention.start, mention.end) not in predicted_spans:  # a wrong label is listed above
            near = [text[s:e] for s, e, _ in predicted if _overlaps((s, e), (mention.start, mention.end))]
            more = f"predicted {', '.join(repr(n) for n in near)}" if near else ""
            scores.details.append((gold.id, "missed", text[mention.start : mention.end], mention.label, more))
    _score_actors(gold, analysis, scores)


def _score_actors(gold: GoldArticle, analysis, scores: Scores) -> None:
    text = analysis.article.text
    entity_actor = [(e.start, e.end, e.actor) for e in analysis.entities if e.actor]
    by_entity: dict[int, list[GoldMention]] = defaultdict(list)
    for mention in gold.mentions:
        by_entity[mention.entity].append(mention)
    for mentions in by_entity.values():
        label = mentions[0].label
        if len(mentions) < 2 or label not in ACTOR_LABELS:
            continue
        scores.repeated[label] += 1
        actors = {a for m in mentions for s, e, a in entity_actor if _overlaps((s, e), (m.start, m.end))}
        if len(actors) > 1:
            scores.split[label] += 1
            names = sorted({next(x.name for x in analysis.actors if x.id == a) for a in actors})
            scores.details.append(
                (
                    gold.id,
                    "split",
                    text[mentions[0].start : mentions[0].end],
                    label,
                    " / ".join(names),
                )
            )
    for actor in analysis.actors:
        scores.actors += 1
        labels = {e.label for e in analysis.entities if e.actor == actor.id}
        if len(labels) > 1:
            scores.mixed_labels += 1
            scores.details.append(
                (
                    gold.id,
                    "mixed labels",
                    actor.name,
                    actor.label,
                    " ".join(sorted(labels)),
                )
            )
        entities = {m.entity: m for m in gold.mentions for s, e in actor.mentions if _overlaps((s, e), (m.start, m.end))}
        if len(entities) > 1:
            scores.merged += 1
            people = [m for m in entities.values() if m.label == "PER"]
            scores.merged_people += len(people) > 1
            forms = " / ".join(sorted({text[m.start : m.end] for m in entities.values()}))
            scores.details.append((gold.id, "merged", actor.name, actor.label, forms))


def evaluate_entities(
    shared: Path, analyzer=None, gold: list[GoldArticle] | None = None, gold_set: str = "dev"
) -> Scores:
    """Analyse every article of `gold` (by default the gold of `gold_set`)
    with `analyzer` (by default one with the bundled Dutch model) and score
    it; raises ValueError when the gold does not fit the documents."""
    from .quotes_eval import gold_analyses

    gold = read_gold(gold_path(gold_set)) if gold is None else gold
    texts = documents("nl", shared)
    analyses = gold_analyses(gold, texts, problems(gold, texts), "nl", analyzer)
    scores = Scores()
    for item, analysis in zip(gold, analyses):
        score_article(item, analysis, scores)
    return scores


def figures(scores: Scores) -> dict[str, float]:
    """The headline figures as numbers (for tests and comparisons)."""
    numbers = {"f1": scores.prf()[2]}
    for label in LABELS:
        numbers[f"f1_{label}"] = scores.prf(label)[2]
    repeated = sum(scores.repeated.values())
    numbers["split"] = sum(scores.split.values()) / repeated if repeated else 0.0
    numbers["merged"] = float(scores.merged)
    numbers["merged_people"] = float(scores.merged_people)
    numbers["mixed_labels"] = float(scores.mixed_labels)
    return numbers


def table(scores: Scores) -> str:
    """The scores as two Markdown tables: entities per label, then actors."""
    lines = [
        "| label | gold | predicted | P | R | F1 |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for label in (None, *LABELS):
        p, r, f = scores.prf(label)
        gold = sum(scores.gold.values()) if label is None else scores.gold[label]
        predicted = sum(scores.predicted.values()) if label is None else scores.predicted[label]
        lines.append(f"| {label or '**all**'} | {gold} | {predicted} | {p:.3f} | {r:.3f} | {f:.3f} |")
    repeated, split = sum(scores.repeated.values()), sum(scores.split.values())
    by_label = ", ".join(f"{x} {scores.split[x]}/{scores.repeated[x]}" for x in ACTOR_LABELS)
    rows = [
        ("predictions with a gold span but another label", str(scores.wrong_label)),
        (
            "people, organisations, places mentioned 2+ times, split over 2+ actors (bar 0.10)",
            f"{split / repeated if repeated else 0:.3f} ({split}/{repeated}: {by_label})",
        ),
        (
            "actors merging two different gold entities (bar 0)",
            f"{scores.merged} (two people: {scores.merged_people})",
        ),
        (
            "actors whose mentions carry more than one label",
            f"{scores.mixed_labels} of {scores.actors}",
        ),
    ]
    lines += ["", "| actors | value |", "| --- | --- |"] + [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines)
