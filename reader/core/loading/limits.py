"""Every bound the loaders keep, in one place.

A news article is kilobytes of text in at most a few thousand paragraphs.
Each limit sits far above what a real article (or a whole newspaper issue)
reaches and far below what would make opening a file cost minutes or
gigabytes; a file past one is refused with the limit named, never read
half-way in silence. Files that are only awkward (nested too deeply for
the article finder, or too large for it) are read a simpler way instead.
"""

from __future__ import annotations

MB = 1024 * 1024

#: The file itself: read into memory whole.
MAX_FILE_BYTES = 20 * MB
#: Text of the article, whatever the format (a 20 MB text file is at most
#: this many characters; PDF and DOCX text can unpack to more).
MAX_TEXT_CHARS = 20_000_000
#: Lines of a text file: hard-wrapped prose has a line per ~70 characters,
#: so 20 MB of it is ~300,000 lines; every line may become a block.
MAX_LINES = 1_000_000
#: Blocks (headings, paragraphs) of an article; each is classified and shown.
MAX_BLOCKS = 100_000

#: Zipped formats (DOCX): everything unpacked, and any one member (the XML
#: of the document is parsed into a tree several times its size).
MAX_UNPACKED_BYTES = 200 * MB
MAX_MEMBER_BYTES = 50 * MB
MAX_MEMBERS = 10_000
#: Unpacked to packed size of one member: XML compresses 5 to 20 times,
#: images not at all; a deflate bomb reaches about 1000. Members smaller
#: than `RATIO_FLOOR_BYTES` may compress as well as they like.
MAX_RATIO = 200
RATIO_FLOOR_BYTES = 1 * MB

#: PDF pages (a newspaper issue has about a hundred; pypdf reads a dense page
#: in a tenth of a second); and the work pypdf may spend on one page's
#: content (its tokens: a dense page has tens of thousands, and a million
#: take pypdf 15 seconds and 350 MB).
MAX_PDF_PAGES = 500
MAX_PDF_STREAM_TOKENS = 200_000

#: HTML elements the article finder (trafilatura, about a millisecond an
#: element) is given; a larger page, or one nested deeper than the HTML
#: parser builds (libxml2: 255 levels), is read as the page's text instead,
#: up to `MAX_PAGE_ELEMENTS` (a page's text takes ~60 µs an element).
MAX_FINDER_ELEMENTS = 25_000
MAX_PAGE_ELEMENTS = 100_000


class LimitExceeded(ValueError):
    """A file past one of the limits; the message names the limit (and
    `load_article` adds the file's name)."""


def megabytes(size: int) -> str:
    return f"{size // MB} MB" if size % MB == 0 else f"{size / MB:.1f} MB"


def check_blocks(count: int) -> None:
    if count > MAX_BLOCKS:
        raise LimitExceeded(f"has more than {MAX_BLOCKS:,} paragraphs; the reader opens articles of at most {MAX_BLOCKS:,}")


def too_many_elements(count: int | str) -> LimitExceeded:
    return LimitExceeded(
        f"page has {count} elements; the reader opens pages of at most {MAX_PAGE_ELEMENTS:,}"
    )
