"""Markdown articles: rendered to plain text (markup dropped) with headings
and paragraphs as blocks. YAML front matter gives title, date and author.

markdown-it stops at 20 levels of nested quotes and lists and drops the
rest of the container in silence; a file that reaches that depth is read
again with its quote and list markers taken off the lines, so every
line's text is kept (noted in the article's metadata).
"""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt

from ..article import HEADING, PARAGRAPH, Article
from .blocks import compose
from .plain import read_text

_FRONT_MATTER = re.compile(r"\A---\n(?P<body>.*?)\n(?:---|\.\.\.)\n", re.S)
#: Blocks that hold only inline text (every other opening token is a
#: quote or list that holds blocks).
_LEAVES = ("paragraph_open", "heading_open")
#: Quote and list markers (and indentation) at the start of a line.
_CONTAINER_MARKERS = re.compile(r"^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))*[ \t]*", re.M)


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


def _tokens(body: str) -> tuple[list, str | None]:
    """The tokens of `body`, and why it was flattened (None when it was not)."""
    markdown = MarkdownIt("commonmark")
    tokens = markdown.parse(body)
    depth = markdown.options["maxNesting"]
    # A quote or list opened at the last level has its content dropped.
    if not any(token.nesting == 1 and token.level >= depth - 1 and token.type not in _LEAVES for token in tokens):
        return tokens, None
    # Each line that had a marker becomes a paragraph of its own.
    flat = _CONTAINER_MARKERS.sub(lambda marker: "\n" if marker.group().strip() else "", body)
    return markdown.parse(flat), (
        f"quotes and lists flattened: nested deeper than the {depth} levels the Markdown parser reads"
    )


def load(path: Path, data: bytes) -> Article:
    source, encoding = read_text(path, data)
    fields, body = _front_matter(source)
    tokens, flattened = _tokens(body)
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
        metadata={"encoding": encoding, **({"extraction": flattened} if flattened else {})},
    )
