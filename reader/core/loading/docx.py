"""Word documents: paragraphs with heading styles as headings."""

from __future__ import annotations

import io
from pathlib import Path

import docx

from ..article import HEADING, PARAGRAPH, Article
from .blocks import compose


def _kind(paragraph) -> str:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    return HEADING if style.startswith(("Heading", "Title", "Subtitle", "Kop", "Titel")) else PARAGRAPH


def load(path: Path, data: bytes) -> Article:
    document = docx.Document(io.BytesIO(data))
    parts = [(_kind(p), p.text) for p in document.paragraphs]
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
