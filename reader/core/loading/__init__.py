"""Load an article file of any supported format into an `Article`.

`load_article` picks a loader by the file's extension (and, for files
without a known one, by its content), checks size and readability first,
and turns every failure into an `ArticleError` that names the file and
the reason.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path

from ..article import Article, ArticleError
from .language import detect_language
from .limits import MAX_FILE_BYTES, MAX_TEXT_CHARS, LimitExceeded, megabytes

__all__ = ["MAX_FILE_BYTES", "SUPPORTED_SUFFIXES", "load_article"]

#: A library's failure on a damaged file is told to the reader in a line;
#: the exception itself goes here (the window logs it to ``reader.log``).
_log = logging.getLogger(__name__)

#: Extension to loader module. Modules are imported when first needed: the
#: HTML, PDF and DOCX libraries take longer to import than a text article
#: takes to open.
LOADERS = {
    ".txt": "plain",
    ".text": "plain",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}

SUPPORTED_SUFFIXES = tuple(LOADERS)


def _sniff(data: bytes) -> str:
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return "pdf"
    if head.startswith(b"pk\x03\x04"):
        return "docx"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "plain"


def _read(path: Path) -> bytes:
    if not path.exists():
        raise ArticleError(path, "no such file")
    if path.is_dir():
        raise ArticleError(path, "is a folder, not an article file")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ArticleError(
                path, f"file is {size / 1024 / 1024:.1f} MB; the reader opens articles of at most {megabytes(MAX_FILE_BYTES)}"
            )
        data = path.read_bytes()
    except PermissionError:
        raise ArticleError(path, "permission denied") from None
    except OSError as error:
        raise ArticleError(path, f"cannot be read ({error.strerror or error})") from None
    if not data.strip():
        raise ArticleError(path, "file is empty")
    return data


def load_article(path: Path | str) -> Article:
    """Read `path` into an `Article`, or raise `ArticleError`."""
    path = Path(path)
    data = _read(path)
    kind = LOADERS.get(path.suffix.lower()) or _sniff(data)
    try:
        loader = importlib.import_module(f"{__name__}.{kind}")
        article = loader.load(path, data)
    except ArticleError:
        raise
    except LimitExceeded as error:
        raise ArticleError(path, str(error)) from None
    except ImportError as error:
        _log.info("%s: %s files cannot be read", path, kind, exc_info=True)
        # A broken or missing library (an install that went wrong): this
        # file cannot be read, but other formats still can.
        missing = error.name or str(error)
        raise ArticleError(
            path, f"{kind} files cannot be read: a library the reader needs is missing or broken ({missing}); "
            "reinstall the reader"
        ) from None
    except Exception as error:  # a library's failure on a damaged file
        _log.info("%s: cannot be read as %s", path, kind, exc_info=True)
        raise ArticleError(path, f"cannot be read as {kind} ({error})") from None
    if not article.text.strip() or not article.content_blocks():
        raise ArticleError(path, "no article text found")
    if len(article.text) > MAX_TEXT_CHARS:
        raise ArticleError(
            path, f"text is {len(article.text):,} characters; the reader opens articles of at most {MAX_TEXT_CHARS:,}"
        )
    if article.language is None:
        article.language = detect_language(
            " ".join(article.block_text(block) for block in article.content_blocks()[:40])
        )
    return article
