"""Speed of the notes database at scale, for the README.

    python benchmarks/notes.py [--notes 100000]

Fills a database in a temporary folder with `--notes` notes over 100
articles (1,000 on one of them), then times: adding a note, editing one,
a full-text search, and opening the article with 1,000 notes (remember
it, carry notes over, list them). Medians of repeated runs.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from reader.core.article import Article, Block
from reader.core.notes.store import Note, NoteStore, now

WORDS = (
    "haven energie minister regering gesprekken akkoord oorlog vrede verkiezingen economie "
    "klimaat rechter parlement begroting protest stad dorp school zorg water"
).split()


def make_article(number: int) -> Article:
    rng = random.Random(number)
    text = " ".join(rng.choice(WORDS) for _ in range(1500)) + f" artikel{number}."
    return Article(path=f"/bench/article-{number}.txt", text=text, blocks=[Block(0, len(text), "paragraph")], title=f"Artikel {number}")


def fill(store: NoteStore, total: int) -> Article:
    rng = random.Random(0)
    articles = [make_article(n) for n in range(100)]
    ids = [store.remember(a) for a in articles]
    stamp = now()
    heavy = 1000
    with store.write() as conn:
        for number in range(total):
            index = 0 if number < heavy else 1 + number % 99
            text = articles[index].text
            start = rng.randrange(0, len(text) - 40)
            note = Note(
                id=uuid.uuid4().hex, article_id=ids[index], target="passage",
                body=" ".join(rng.choice(WORDS) for _ in range(20)) + f" notitie{number}",
                tags=[rng.choice(WORDS)], start=start, end=start + 30, exact=text[start : start + 30],
                prefix=text[max(0, start - 32) : start], suffix=text[start + 30 : start + 62],
                created=stamp, updated=stamp,
            )
            store._insert(conn, note)
    return articles[0]


def timed(func, runs: int = 20) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, NoteStore(Path(tmp) / "notes.db") as store:
        start = time.perf_counter()
        heavy = fill(store, args.notes)
        fill_s = time.perf_counter() - start
        ident = store.remember(heavy)
        note = store.add_note(ident, "een nieuwe notitie")
        rng = random.Random(1)
        result = {
            "notes": args.notes,
            "fill_s": round(fill_s, 1),
            "add_note_ms": round(timed(lambda: store.add_note(ident, "nog een notitie", tags=["x"])), 2),
            "edit_note_ms": round(timed(lambda: store.update_note(note.id, body=f"bewerkt {rng.random()}")), 2),
            "search_ms": round(timed(lambda: store.search("minister akkoord")), 2),
            "search_rare_word_ms": round(timed(lambda: store.search("notitie4242")), 2),
            "open_article_with_1000_notes_ms": round(timed(lambda: store.open_article(heavy), runs=10), 1),
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
