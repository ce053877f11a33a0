"""PDF files with a text layer: the extracted text, segmented like plain text."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from ..article import Article, ArticleError
from .blocks import segment
from .decoding import normalise_newlines

# pypdf logs warnings for every small defect; a damaged file is reported once
# by us instead.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def load(path: Path, data: bytes) -> Article:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise ArticleError(path, "PDF is encrypted") from None
        pages = [page.extract_text() or "" for page in reader.pages]
    except PdfReadError as error:
        raise ArticleError(path, f"damaged PDF ({error})") from None
    text = normalise_newlines("\n\n".join(page.strip("\n") for page in pages))
    if not text.strip():
        raise ArticleError(path, "PDF has no text layer (a scanned document?)")
    found = segment(text)
    info = reader.metadata or {}
    title = (info.get("/Title") or "").strip() if info else ""
    return Article(
        path=str(path),
        text=text,
        blocks=found.blocks,
        title=title or found.title,
        date=found.date,
        author=((info.get("/Author") or "").strip() or found.author) if info else found.author,
        format="pdf",
    )
