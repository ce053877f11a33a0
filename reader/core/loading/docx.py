"""Word documents: paragraphs with heading styles as headings.

The archive is checked against the zip limits before python-docx unpacks
it (see `archive`)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE

from ..article import HEADING, PARAGRAPH, Article
from .archive import check_archive
from .blocks import compose
from .limits import check_blocks

_HEADING_STYLES = ("Heading", "Title", "Subtitle", "Kop", "Titel")


def _style_names(document) -> tuple[dict[str, str], str]:
    """Style id to name, and the default paragraph style's name. Looked up
    once: python-docx searches the styles part on every `paragraph.style`,
    which made a document of 100,000 paragraphs take minutes."""
    styles = document.styles
    names = {style.style_id: style.name or "" for style in styles if style.type == WD_STYLE_TYPE.PARAGRAPH}
    default = styles.default(WD_STYLE_TYPE.PARAGRAPH)
    return names, (default.name or "") if default is not None else ""


def _kinds(document):
    names, default = _style_names(document)
    for paragraph in document.paragraphs:
        style_id = paragraph._p.style  # the paragraph's style id, or None
        style = names.get(style_id, default) if style_id is not None else default
        yield (HEADING if style.startswith(_HEADING_STYLES) else PARAGRAPH), paragraph.text


def load(path: Path, data: bytes) -> Article:
    check_archive(data)
    document = docx.Document(io.BytesIO(data))
    # Every paragraph, in tables too, counted in one go before they are
    # read one by one (a quarter of a millisecond each).
    check_blocks(int(document.element.body.xpath("count(.//w:p)")))
    parts = list(_kinds(document))
    for table in document.tables:
        for row in table.rows:
            parts.extend((PARAGRAPH, cell.text) for cell in row.cells)
    text, blocks = compose(parts)
    props = document.core_properties
    first_heading = next((text[b.start : b.end] for b in blocks if b.kind == HEADING), None)
    return Article(
        path=str(path),
        text=text,
        blocks=blocks,
        title=props.title or first_heading,
        date=props.created.date().isoformat() if props.created else None,
        author=props.author or None,
        format="docx",
    )
