"""HTML pages saved from news sites: main text, title, byline and date.

trafilatura finds the article in the page and drops navigation, scripts,
styles and comments; we keep its headings and paragraphs as blocks.
"""

from __future__ import annotations

from pathlib import Path

import trafilatura
from lxml import etree

from ..article import HEADING, PARAGRAPH, Article, ArticleError
from .blocks import compose
from .decoding import NotText, decode_text

_PARAGRAPH_TAGS = {"p", "item", "cell", "code"}


def _parts(element) -> list[tuple[str, str]]:
    parts: list[tuple[str, str]] = []
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "head":
            parts.append((HEADING, " ".join("".join(child.itertext()).split())))
        elif tag in _PARAGRAPH_TAGS and not any(isinstance(c.tag, str) and c.tag in _PARAGRAPH_TAGS for c in child):
            parts.append((PARAGRAPH, " ".join("".join(child.itertext()).split())))
        elif tag == "graphic":
            continue
        else:
            parts.extend(_parts(child))
    return parts


def load(path: Path, data: bytes) -> Article:
    try:
        page, _ = decode_text(data)
    except NotText as error:
        raise ArticleError(path, str(error)) from None
    xml = trafilatura.extract(
        page,
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
    )
    if not xml:
        raise ArticleError(path, "no article text found in this HTML page")
    doc = etree.fromstring(xml.encode("utf-8"))
    main = doc.find("main")
    text, blocks = compose(_parts(main if main is not None else doc))
    if not text:
        raise ArticleError(path, "no article text found in this HTML page")
    title = doc.get("title") or next((text[b.start : b.end] for b in blocks if b.kind == HEADING), "")
    metadata = {key: doc.get(key) for key in ("sitename", "hostname", "url", "categories") if doc.get(key)}
    return Article(
        path=str(path),
        text=text,
        blocks=blocks,
        title=title,
        date=doc.get("date"),
        author=doc.get("author"),
        format="html",
        metadata=metadata,
    )
