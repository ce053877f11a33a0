"""Long news-like articles for the benchmarks, written to temporary files.

The text is real news repeated: the seed article and the Dutch news of
shared/ when present, the bundled samples always. As paragraphs (blank
lines between the pieces, as a saved article has them) or as one line
(every run of white space made one space, as text exported from some tools
comes).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: shared/ beside the checkout; READER_SHARED names it for a checkout elsewhere.
SHARED = Path(os.environ.get("READER_SHARED") or ROOT.parent / "shared")
SEED = SHARED / "articles" / "000_d18874d5f773594b.txt"
NEWS = SHARED / "data" / "news-nl" / "dpg2019-dev.jsonl"
SAMPLES = ROOT / "resources" / "samples"


def news_pieces(news: bool = True) -> list[str]:
    """The texts repeated: whole articles, each with its paragraphs; with
    `news`, the Dutch news of shared/ too (more names, more variety)."""
    pieces = [SEED.read_text(encoding="utf-8")] if SEED.exists() else []
    if news and NEWS.exists():
        for line in NEWS.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item.get("text"):
                pieces.append(f"{item['title']}\n\n{item['text']}")
    pieces += [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    return [piece.strip() for piece in pieces]


def news_text(target_bytes: int, one_line: bool = False, news: bool = True, max_chars: int | None = None) -> str:
    """News text of at most `target_bytes` bytes of UTF-8 and `max_chars`
    characters (as close as a whole piece allows, then filled up with the
    start of one)."""
    pieces = news_pieces(news)
    if one_line:
        # A consent notice run into the article's line would make all of it
        # boilerplate (the loader dims a line that asks about cookies).
        paragraphs = ([p for p in piece.split("\n\n") if "cookie" not in p.lower()] for piece in pieces)
        pieces = [" ".join(" ".join(kept).split()) for kept in paragraphs]
    separator = " " if one_line else "\n\n"
    parts, size, index = [], 0, 0
    max_chars = max_chars or target_bytes
    chars = 0
    while True:
        piece = pieces[index % len(pieces)]
        cost = len(piece.encode("utf-8")) + (len(separator) if parts else 0)
        if size + cost > target_bytes or chars + len(piece) + len(separator) > max_chars:
            break
        parts.append(piece)
        size += cost
        chars += len(piece) + (len(separator) if len(parts) > 1 else 0)
        index += 1
    text = separator.join(parts)
    room = min(target_bytes - size, max_chars - chars) - len(separator)
    if room > 0:  # the start of the next piece, cut at a space
        tail = pieces[index % len(pieces)].encode("utf-8")[:room].decode("utf-8", "ignore")
        tail = tail[: tail.rfind(" ")] if " " in tail else ""
        if tail:
            text += separator + tail
    return text


def news_file(target_bytes: int, one_line: bool = False, news: bool = True, max_chars: int | None = None) -> Path:
    """`news_text` in a temporary .txt file; the caller deletes it."""
    handle = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8", newline="\n")
    handle.write(news_text(target_bytes, one_line, news, max_chars))
    handle.close()
    return Path(handle.name)
