"""Markdown articles: rendered to plain text (markup dropped) with headings
and paragraphs as blocks. YAML front matter gives title, date and author."""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt

from ..article import HEADING, PARAGRAPH, Article
from .blocks import compose
from .plain import read_text

_FRONT_MATTER = re.compile(r"\A---\n(?P<body>.*?)\n(?:---|\.\.\.)\n", re.S)


def _inline_text(token) -> str:
    out = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type == "softbreak":
            out.append(" ")
        elif child.type == "hardbreak":
            out.append("\n")
    return "".join(out)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields = {}
    for line in match.group("body").splitlines():
        key, sep, value = line.partition(":")
        if sep and value.strip():
            fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields, text[match.end() :]


def load(path: Path, data: bytes) -> Article:
    source, encoding = read_text(path, data)
    fields, body = _front_matter(source)
    tokens = MarkdownIt("commonmark").parse(body)
    parts: list[tuple[str, str]] = []
    kind = PARAGRAPH
    for token in tokens:
        if token.type == "heading_open":
            kind = HEADING
        elif token.type == "paragraph_open":
            kind = PARAGRAPH
        elif token.type == "inline":
            parts.append((kind, _inline_text(token)))
        elif token.type in ("fence", "code_block"):
            parts.append((PARAGRAPH, token.content))
    text, blocks = compose(parts)
    title = fields.get("title") or next((text[b.start : b.end] for b in blocks if b.kind == HEADING), "")
    return Article(
        path=str(path),
        text=text,
        blocks=blocks,
        title=title,
        date=fields.get("date"),
        author=fields.get("author"),
        format="markdown",
        metadata={"encoding": encoding},
    )
