"""HTML pages saved from news sites: main text, title, byline and date.

trafilatura finds the article in the page and drops navigation, scripts,
styles and comments; we keep its headings and paragraphs as blocks. A page
it cannot take (nested deeper than the HTML parser builds, or too large to
search in reasonable time) is read flat instead (`page_text`), with the
reason in the article's metadata.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import trafilatura
from lxml import etree

from ..article import HEADING, PARAGRAPH, Article, ArticleError
from .blocks import compose
from .decoding import NotText, decode_text
from .limits import MAX_FINDER_ELEMENTS, MAX_PAGE_ELEMENTS, too_many_elements
from .page_text import page_text

_PARAGRAPH_TAGS = {"p", "item", "cell", "code"}
#: libxml2 builds at most this many levels and silently drops what is deeper.
_PARSER_DEPTH = 255


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


def _deepest(root) -> int:
    deepest, stack = 0, [(root, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


def _parsed(page: str):
    """`page` as libxml2 parses it, and whether it stopped at its depth limit."""
    parser = lxml.html.HTMLParser(collect_ids=False, encoding="utf-8")
    try:
        root = etree.fromstring(page.encode("utf-8", "surrogatepass"), parser)
    except etree.LxmlError:
        return None, False
    too_deep = any(
        error.type_name == "ERR_RESOURCE_LIMIT" and "depth" in error.message.lower() for error in parser.error_log
    )
    return root, too_deep


def _too_hard_for_finder(page: str) -> str | None:
    """Why the article finder cannot take `page`, or None when it can."""
    # Closing tags, counted before anything is built (a script's "a < b"
    # has none).
    closed = page.count("</")
    if closed > MAX_PAGE_ELEMENTS:
        raise too_many_elements(f"about {closed:,}")
    root, stopped = _parsed(page)
    if root is None:
        return None
    too_deep = f"page text: the page is nested deeper than the {_PARSER_DEPTH} levels the article finder reads"
    if stopped:
        return too_deep
    elements = int(root.xpath("count(//*)"))
    if elements > MAX_PAGE_ELEMENTS:
        raise too_many_elements(f"{elements:,}")
    if _deepest(root) >= _PARSER_DEPTH:
        return too_deep
    if elements > MAX_FINDER_ELEMENTS:
        return (
            f"page text: the page has {elements:,} elements, more than the "
            f"{MAX_FINDER_ELEMENTS:,} the article finder searches"
        )
    return None


def _flat(path: Path, page: str, reason: str) -> Article:
    found = page_text(page)
    text, blocks = compose(found.parts)
    if not text:
        raise ArticleError(path, "no text found in this HTML page")
    return Article(
        path=str(path),
        text=text,
        blocks=blocks,
        title=found.title or next((text[b.start : b.end] for b in blocks if b.kind == HEADING), ""),
        author=found.author,
        format="html",
        metadata={"extraction": reason},
    )


def load(path: Path, data: bytes) -> Article:
    try:
        page, _ = decode_text(data)
    except NotText as error:
        raise ArticleError(path, str(error)) from None
    reason = _too_hard_for_finder(page)
    if reason:
        return _flat(path, page, reason)
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
