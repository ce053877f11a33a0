"""The text of an HTML page read flat, for pages the article finder cannot
take: nested deeper than libxml2 builds a tree (it stops at 255 levels and
drops the rest, so a page of 10,000 nested ``<div>`` lost its article), or
too large to search in reasonable time.

The standard library's streaming parser keeps no tree, so depth costs
nothing: the text of every block element (paragraph, heading, list item,
cell, ...) is a part, and scripts, styles, navigation, headers, footers
and forms are left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from ..article import HEADING, PARAGRAPH
from .limits import MAX_PAGE_ELEMENTS, too_many_elements

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Elements that end one part of text and start another.
_BLOCKS = _HEADINGS | frozenset(
    "address article aside blockquote body caption dd details div dl dt fieldset figcaption figure footer "
    "form header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
#: Elements whose text is not the article's.
_SKIPPED = frozenset(
    "script style noscript template svg math nav aside form button select textarea iframe object canvas head".split()
)
#: The page's header and footer are skipped, an article's own are kept
#: (its headline is often in one).
_SECTIONS = frozenset({"header", "footer"})
_ARTICLES = frozenset({"article", "main"})
#: What a skipped header or footer is called inside the reader.
_PAGE_SECTION = "page header or footer"
_SKIPPED |= {_PAGE_SECTION}
_BLOCKS |= {_PAGE_SECTION}
#: Elements without an end tag (they do not nest).
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


@dataclass
class PageText:
    parts: list[tuple[str, str]] = field(default_factory=list)
    title: str = ""
    author: str | None = None


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = PageText()
        self.skipping: dict[str, int] = {}  # open skipped elements by name
        self.kind = PARAGRAPH
        self.buffer: list[str] = []
        self.in_title = False
        self.articles = 0  # open article and main elements
        self.sections: list[bool] = []  # open headers and footers: skipped?
        self.elements = 0

    def flush(self) -> None:
        text = " ".join("".join(self.buffer).split())
        self.buffer.clear()
        if text:
            self.page.parts.append((self.kind, text))

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "meta":
            values = dict(attrs)
            if (values.get("name") or "").lower() == "author" and values.get("content"):
                self.page.author = self.page.author or values["content"].strip()
            return
        if tag in _VOID:
            if tag == "br":
                self.buffer.append(" ")
            return
        self.elements += 1
        if self.elements > MAX_PAGE_ELEMENTS:
            raise too_many_elements(f"more than {MAX_PAGE_ELEMENTS:,}")
        if tag == "title":
            self.in_title = True
        self.articles += tag in _ARTICLES
        if tag in _SECTIONS:
            self.sections.append(self.articles == 0)
            tag = _PAGE_SECTION if self.sections[-1] else tag
        if tag in _SKIPPED:
            self.skipping[tag] = self.skipping.get(tag, 0) + 1
        if tag in _BLOCKS:
            self.flush()
            self.kind = HEADING if tag in _HEADINGS else PARAGRAPH

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if tag == "title":
            self.in_title = False
        if tag in _ARTICLES:
            self.articles = max(self.articles - 1, 0)
        if tag in _SECTIONS and self.sections:
            tag = _PAGE_SECTION if self.sections.pop() else tag
        if self.skipping.get(tag):
            self.skipping[tag] -= 1
        if tag in _BLOCKS:
            self.flush()
            self.kind = PARAGRAPH

    def handle_data(self, data: str) -> None:
        if self.in_title and not self.page.title:
            self.page.title = " ".join(data.split())
        elif not any(self.skipping.values()):
            self.buffer.append(data)


def page_text(page: str) -> PageText:
    """The parts of `page` as (kind, text), its title and author."""
    reader = _Reader()
    reader.feed(page)
    reader.close()
    reader.flush()
    return reader.page
