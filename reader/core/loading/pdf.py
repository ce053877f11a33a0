"""PDF files with a text layer: the extracted text, segmented like plain text.

Bounded like every input: at most `MAX_PDF_PAGES` pages, and the text stops
being read once it passes `MAX_TEXT_CHARS` (compressed streams unpack to
far more than the file's size). pypdf spends at most
`MAX_PDF_STREAM_TOKENS` on one content stream; a page past that (a vector
map, or a stream built to exhaust the parser) is left out and named in the
article's metadata, and a file with more such pages is refused.
"""

from __future__ import annotations

import contextlib
import io
import logging
from pathlib import Path

import pypdf
from pypdf import PdfReader
from pypdf import errors as pdf_errors
from pypdf.errors import PdfReadError

from ..article import Article, ArticleError
from .blocks import segment
from .decoding import normalise_newlines
from .limits import MAX_PDF_PAGES, MAX_PDF_STREAM_TOKENS, MAX_TEXT_CHARS, LimitExceeded

# pypdf logs warnings for every small defect; a damaged file is reported once
# by us instead.
logging.getLogger("pypdf").setLevel(logging.ERROR)

#: A page pypdf refuses to finish (its own resource limits); older pypdf
#: versions have neither the error nor the configuration.
_TOO_COMPLEX = getattr(pdf_errors, "LimitReachedError", ())
#: Pages left out before the whole file is refused.
MAX_SKIPPED_PAGES = 3


def _bounded():
    configure = getattr(pypdf, "apply_configuration", None)
    if configure is None:
        return contextlib.nullcontext()
    return configure(stream_parsing_work_maximum_count=MAX_PDF_STREAM_TOKENS)


def _page_texts(reader: PdfReader) -> tuple[list[str], list[int]]:
    """The text of each page, and the numbers of the pages left out."""
    count = len(reader.pages)
    if count > MAX_PDF_PAGES:
        raise LimitExceeded(f"PDF has {count:,} pages; the reader opens PDFs of at most {MAX_PDF_PAGES:,}")
    texts: list[str] = []
    skipped: list[int] = []
    length = 0
    for number, page in enumerate(reader.pages, start=1):
        try:
            text = page.extract_text() or ""
        except _TOO_COMPLEX as error:
            skipped.append(number)
            if len(skipped) > MAX_SKIPPED_PAGES:
                raise LimitExceeded(
                    f"more than {MAX_SKIPPED_PAGES} pages are too complex to read ({error}); "
                    f"the reader reads at most {MAX_PDF_STREAM_TOKENS:,} operations a page"
                ) from None
            continue
        length += len(text)
        if length > MAX_TEXT_CHARS:
            raise LimitExceeded(
                f"PDF text passes {MAX_TEXT_CHARS:,} characters by page {number}; "
                f"the reader opens articles of at most {MAX_TEXT_CHARS:,}"
            )
        texts.append(text)
    return texts, skipped


def load(path: Path, data: bytes) -> Article:
    try:
        with _bounded():
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                try:
                    reader.decrypt("")
                except Exception:
                    raise ArticleError(path, "PDF is encrypted") from None
            pages, skipped = _page_texts(reader)
    except PdfReadError as error:
        raise ArticleError(path, f"damaged PDF ({error})") from None
    text = normalise_newlines("\n\n".join(page.strip("\n") for page in pages))
    if not text.strip():
        if skipped:
            raise ArticleError(
                path, f"PDF pages are too complex to read; the reader reads at most {MAX_PDF_STREAM_TOKENS:,} operations a page"
            )
        raise ArticleError(path, "PDF has no text layer (a scanned document?)")
    found = segment(text)
    info = reader.metadata or {}
    title = (info.get("/Title") or "").strip() if info else ""
    metadata = {"skipped pages": ", ".join(map(str, skipped)) + " (too complex to read)"} if skipped else {}
    return Article(
        path=str(path),
        text=text,
        blocks=found.blocks,
        title=title or found.title,
        date=found.date,
        author=((info.get("/Author") or "").strip() or found.author) if info else found.author,
        format="pdf",
        metadata=metadata,
    )
