"""Plain-text articles: the file's content verbatim, newlines normalised."""

from __future__ import annotations

from pathlib import Path

from ..article import Article, ArticleError
from .blocks import segment
from .decoding import NotText, decode_text, normalise_newlines


def read_text(path: Path, data: bytes) -> tuple[str, str]:
    try:
        text, encoding = decode_text(data)
    except NotText as error:
        raise ArticleError(path, str(error)) from None
    return normalise_newlines(text), encoding


def load(path: Path, data: bytes) -> Article:
    text, encoding = read_text(path, data)
    if not text.strip():
        raise ArticleError(path, "file is empty")
    found = segment(text)
    return Article(
        path=str(path),
        text=text,
        blocks=found.blocks,
        title=found.title,
        date=found.date,
        author=found.author,
        format="text",
        metadata={"encoding": encoding},
    )
