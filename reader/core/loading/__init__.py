"""Load an article file of any supported format into an `Article`.

`load_article` picks a loader by the file's extension (and, for files
without a known one, by its content), checks size and readability first,
and turns every failure into an `ArticleError` that names the file and
the reason.
"""

from __future__ import annotations

from pathlib import Path

from ..article import Article, ArticleError
from ..language import detect_language
from . import docx, html, markdown, pdf, plain

#: Articles are kilobytes; a file over this size is refused rather than read
#: into memory whole (and then analysed and held in the window).
MAX_FILE_BYTES = 20 * 1024 * 1024

LOADERS = {
    ".txt": plain.load,
    ".text": plain.load,
    ".md": markdown.load,
    ".markdown": markdown.load,
    ".html": html.load,
    ".htm": html.load,
    ".xhtml": html.load,
    ".docx": docx.load,
    ".pdf": pdf.load,
}

SUPPORTED_SUFFIXES = tuple(LOADERS)


def _sniff(data: bytes):
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return pdf.load
    if head.startswith(b"pk\x03\x04"):
        return docx.load
    if head.startswith((b"<!doctype html", b"<html")):
        return html.load
    return plain.load


def load_article(path: Path | str) -> Article:
    """Read `path` into an `Article`, or raise `ArticleError`."""
    path = Path(path)
    if not path.exists():
        raise ArticleError(path, "no such file")
    if path.is_dir():
        raise ArticleError(path, "is a folder, not an article file")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ArticleError(
                path,
                f"file is {size / 1024 / 1024:.1f} MB; the reader opens articles of at most "
                f"{MAX_FILE_BYTES // 1024 // 1024} MB",
            )
        data = path.read_bytes()
    except PermissionError:
        raise ArticleError(path, "permission denied") from None
    except OSError as error:
        raise ArticleError(path, f"cannot be read ({error.strerror or error})") from None
    if not data.strip():
        raise ArticleError(path, "file is empty")
    loader = LOADERS.get(path.suffix.lower()) or _sniff(data)
    try:
        article = loader(path, data)
    except ArticleError:
        raise
    except Exception as error:  # a library's failure on a damaged file
        raise ArticleError(path, f"cannot be read as {loader.__module__.rsplit('.', 1)[-1]} ({error})") from None
    if not article.text.strip() or not article.content_blocks():
        raise ArticleError(path, "no article text found")
    if article.language is None:
        article.language = detect_language(
            " ".join(article.block_text(block) for block in article.content_blocks()[:40])
        )
    return article
