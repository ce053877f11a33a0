"""Every input bounded: files built to cost minutes or gigabytes are refused
with the limit named (and the file), or read a simpler way; never half-read
in silence. Memory is measured in a subprocess, the honest measure of what
opening the file costs; time is not asserted (no wall-clock limits in unit
tests) but printed."""

from __future__ import annotations

import io
import logging
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from reader.core.article import ArticleError
from reader.core.loading import archive, html, limits, load_article, page_text, pdf
from reader.core.loading.decoding import decode_text

MB = 1024 * 1024
SENTENCE = "The mayor said on Monday that the bridge would reopen next spring after repairs costing four million euros."

# ------------------------------------------------------------------ zips

CONTENT_TYPES = (
    b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELATIONSHIPS = (
    b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Target="word/document.xml" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>'
)
DOCUMENT_START = (
    b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body>"
)
DOCUMENT_END = b"</w:body></w:document>"


def _deflated(start: bytes, chunk: bytes, repeats: int, end: bytes, declared: int | None = None):
    """Raw deflate of start + chunk * repeats + end; its CRC and size, or
    those of its first `declared` bytes. Fast for any size: each piece is
    compressed on its own with a full flush (which starts afresh), so the
    chunk's compressed form is just repeated."""

    def pieces(data: bytes, last: bool) -> bytes:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        return compressor.compress(data) + compressor.flush(zlib.Z_FINISH if last else zlib.Z_FULL_FLUSH)

    packed = pieces(start, False) + pieces(chunk, False) * repeats + pieces(end, True)
    size = len(start) + len(chunk) * repeats + len(end) if declared is None else declared
    crc, left = 0, size
    for piece in [start] + [chunk] * repeats + [end]:
        crc, left = zlib.crc32(piece[:left], crc), left - len(piece[:left])
    return packed, crc, size


def _fields(name: bytes, crc: int, packed: int, size: int) -> bytes:
    """What a local header and a central-directory entry share (deflated, 1 Jan 1980)."""
    return struct.pack("<HHHHHIIIHH", 20, 0, 8, 0, 0x21, crc, packed, size, len(name), 0)


def write_bomb(path: Path, size: int, declared: int | None = None) -> Path:
    """A DOCX that python-docx opens, whose word/document.xml is `size`
    bytes of empty paragraphs; with `declared`, it declares that size and
    the checksum of that much (zipfile then reads it without complaint).
    1 GB takes a second to write and is 1.5 MB on disk."""
    chunk = b"<w:p/>" * (MB // 6)
    members = [
        (b"[Content_Types].xml", _deflated(CONTENT_TYPES, b"", 0, b"")),
        (b"_rels/.rels", _deflated(RELATIONSHIPS, b"", 0, b"")),
        (b"word/document.xml", _deflated(DOCUMENT_START, chunk, size // len(chunk), DOCUMENT_END, declared)),
    ]
    out = io.BytesIO()
    directory = b""
    for name, (packed, crc, stated) in members:
        fields = _fields(name, crc, len(packed), stated)
        directory += b"PK\x01\x02" + struct.pack("<H", 20) + fields + struct.pack("<HHHII", 0, 0, 0, 0, out.tell()) + name
        out.write(b"PK\x03\x04" + fields + name + packed)
    start = out.tell()
    out.write(directory)
    out.write(b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, len(members), len(members), len(directory), start, 0))
    path.write_bytes(out.getvalue())
    return path


MEASURE = """
import resource, sys, time
from reader.core.article import ArticleError
from reader.core.loading import load_article


def peak_mb():
    # This process's own high-water mark: ru_maxrss would also count the
    # pages of the (large) test process it was forked from.
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak // (1024 * 1024) if sys.platform == "darwin" else peak // 1024


start = time.perf_counter()
try:
    load_article(sys.argv[1])
    print("loaded")
except ArticleError as error:
    print(error)
print(peak_mb(), round(time.perf_counter() - start, 2))
"""


def open_in_subprocess(path: Path) -> tuple[str, int, float]:
    """What opening `path` says, its peak memory in MB and its time in s."""
    done = subprocess.run([sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    message, measures = done.stdout.strip().rsplit("\n", 1)
    peak, seconds = measures.split()
    print(f"{path.name}: {message} ({peak} MB peak, {seconds} s)")
    return message, int(peak), float(seconds)


def test_a_docx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    bomb = write_bomb(tmp_path / "bomb.docx", 1024 * MB)
    assert bomb.stat().st_size < 3 * MB  # 1 GB of XML in a couple of megabytes
    message, peak, _ = open_in_subprocess(bomb)
    assert str(bomb) in message
    assert "word/document.xml" in message and "50 MB a member" in message
    assert peak < 200  # python-docx took 2.2 GB for it


def test_a_zip_whose_sizes_lie_is_refused_in_bounded_memory(tmp_path):
    # Declares 40 MB (under every limit, 27 to 1) with the checksum of its
    # first 40 MB, holds 1 GB: python-docx took 2.1 GB for it.
    liar = write_bomb(tmp_path / "liar.docx", 1024 * MB, declared=40 * MB)
    with zipfile.ZipFile(liar) as archive, archive.open("word/document.xml") as member:
        while member.read(MB):  # zipfile reads the declared 40 MB and is content
            pass
    message, peak, _ = open_in_subprocess(liar)
    assert str(liar) in message
    assert "damaged archive: member word/document.xml unpacks to more than the 40 MB it declares" in message
    assert peak < 200


def test_declared_sizes_are_not_trusted_alone(tmp_path, monkeypatch):
    """Unpacking, a chunk at a time, stops at the limit by itself."""
    bomb = write_bomb(tmp_path / "bomb.docx", 200 * MB)
    monkeypatch.setattr(archive, "_check_declared", lambda infos: None)
    with pytest.raises(ArticleError) as caught:
        load_article(bomb)
    assert "unpacks to more than 50 MB" in caught.value.reason


def test_a_zip_compressed_beyond_the_ratio_is_refused(tmp_path):
    bomb = write_bomb(tmp_path / "dense.docx", 40 * MB)  # under the size limits, about 1000 to 1
    with pytest.raises(ArticleError) as caught:
        load_article(bomb)
    assert f"more than {limits.MAX_RATIO} to 1" in caught.value.reason


def test_a_zip_of_too_many_members_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "MAX_MEMBERS", 5)
    path = tmp_path / "many.docx"
    with zipfile.ZipFile(path, "w") as out:
        for number in range(8):
            out.writestr(f"part{number}.xml", "<x/>")
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    assert str(path) in str(caught.value) and "at most 5" in caught.value.reason


def test_a_real_docx_is_within_every_limit(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Bridge to reopen", level=1)
    for _ in range(200):
        document.add_paragraph(SENTENCE)
    document.save(tmp_path / "article.docx")
    assert load_article(tmp_path / "article.docx").title == "Bridge to reopen"


# ------------------------------------------------------------------ html


def test_html_nested_ten_thousand_deep_is_read(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text(
        "<!doctype html><html><head><title>Bridge to reopen</title></head><body>"
        + "<div>" * 10_000
        + f"<p>{SENTENCE}</p><p>{SENTENCE.replace('Monday', 'Tuesday')}</p>"
        + "</div>" * 10_000
        + "</body></html>",
        encoding="utf-8",
    )
    article = load_article(path)
    assert SENTENCE in article.text and "on Tuesday" in article.text
    assert article.title == "Bridge to reopen"
    assert "nested deeper than the 255 levels" in article.metadata["extraction"]


def test_a_page_just_past_the_parser_depth_is_read_whole(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text(
        "<html><body><nav><a href='/'>Home</a></nav><h1>Bridge</h1>" + "<div>" * 300 + f"<p>{SENTENCE}</p>"
        + "</div>" * 300 + "<footer>© Example News</footer></body></html>",
        encoding="utf-8",
    )
    article = load_article(path)
    assert SENTENCE in article.text and "Bridge" in article.text
    assert "Home" not in article.text and "Example News" not in article.text  # the page's own navigation and footer


def test_an_ordinary_page_still_goes_to_the_article_finder(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><article><h1>Bridge</h1><p>{SENTENCE}</p></article></body></html>", encoding="utf-8")
    assert "extraction" not in load_article(path).metadata


def test_a_page_too_large_for_the_finder_is_read_as_page_text(tmp_path, monkeypatch):
    monkeypatch.setattr(html, "MAX_FINDER_ELEMENTS", 50)
    path = tmp_path / "large.html"
    path.write_text("<html><body>" + f"<p>{SENTENCE}</p>" * 60 + "</body></html>", encoding="utf-8")
    article = load_article(path)
    assert len(article.content_blocks()) == 60
    assert "more than the 50 the article finder searches" in article.metadata["extraction"]


def test_a_page_of_too_many_elements_is_refused(tmp_path):
    path = tmp_path / "huge.html"
    path.write_text("<html><body>" + "<span>a</span>" * (limits.MAX_PAGE_ELEMENTS + 1) + "</body></html>")
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    assert f"at most {limits.MAX_PAGE_ELEMENTS:,}" in caught.value.reason


def test_a_deep_page_of_too_many_elements_is_refused_while_read(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_PAGE_ELEMENTS", 1_000)
    monkeypatch.setattr(page_text, "MAX_PAGE_ELEMENTS", 1_000)
    path = tmp_path / "huge.html"
    path.write_text("<html><body>" + "<div>" * 300 + "<span>a" * 1_001)  # none closed: not counted beforehand
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    assert "more than 1,000 elements" in caught.value.reason and "at most 1,000" in caught.value.reason


# -------------------------------------------------------------- markdown


def test_markdown_nested_past_the_parser_keeps_every_line(tmp_path):
    lines = [">" * depth + f" Line {depth}: {SENTENCE}" for depth in range(1, 41)]
    path = tmp_path / "deep.md"
    path.write_text("\n\n".join(lines), encoding="utf-8")
    article = load_article(path)
    assert all(f"Line {depth}:" in article.text for depth in range(1, 41))  # 20 of them were dropped
    assert "flattened" in article.metadata["extraction"]


def test_markdown_ten_thousand_quotes_deep_is_read(tmp_path):
    path = tmp_path / "deep.md"
    path.write_text(">" * 10_000 + " " + SENTENCE, encoding="utf-8")
    assert load_article(path).text == SENTENCE


def test_ordinary_markdown_is_not_flattened(tmp_path):
    path = tmp_path / "article.md"
    path.write_text(f"# Bridge\n\n{SENTENCE}\n\n> {SENTENCE}\n\n- one\n  - two\n", encoding="utf-8")
    assert "extraction" not in load_article(path).metadata


# ------------------------------------------------------------------ text


def test_a_text_of_too_many_lines_is_refused(tmp_path):
    path = tmp_path / "lines.txt"
    path.write_text("a\n" * (limits.MAX_LINES + 1), encoding="utf-8")
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    assert f"{limits.MAX_LINES + 1:,} lines" in caught.value.reason
    assert f"at most {limits.MAX_LINES:,}" in caught.value.reason


def test_a_text_of_too_many_paragraphs_is_refused(tmp_path):
    path = tmp_path / "paragraphs.txt"
    path.write_text("Word.\n\n" * (limits.MAX_BLOCKS + 1), encoding="utf-8")
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    assert f"more than {limits.MAX_BLOCKS:,} paragraphs" in caught.value.reason


def test_a_huge_single_line_is_one_paragraph(tmp_path):
    path = tmp_path / "line.txt"
    path.write_text(SENTENCE[:-1] + ", " + "and so on, " * 500_000 + "the end.", encoding="utf-8")
    article = load_article(path)
    assert len(article.blocks) == 1


def test_bytes_cp1252_leaves_undefined_are_read_as_latin1_in_one_pass():
    text, encoding = decode_text(b"Caf\xe9 \x93quoted\x94 \x80" + b"\x81\x8d\x8f\x90\x9d" * 200_000)
    assert encoding == "cp1252"
    assert text.startswith("Café “quoted” €\x81\x8d\x8f\x90\x9d")
    assert len(text) == 15 + 1_000_000


# ------------------------------------------------------------------- pdf


def many_pages_pdf(pages: int, content: bytes, compressed: bool = False) -> bytes:
    """A PDF of `pages` pages that all show one content stream."""
    stream = zlib.compress(content) if compressed else content
    filters = b" /Filter /FlateDecode" if compressed else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join([b"3 0 R"] * pages) + b"] /Count %d >>" % pages,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d%s >>\nstream\n" % (len(stream), filters) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


PAGE = f"BT /F1 12 Tf 72 720 Td ({SENTENCE}) Tj ET".encode("latin-1")


def test_a_pdf_of_too_many_pages_is_refused(tmp_path):
    path = tmp_path / "pages.pdf"
    path.write_bytes(many_pages_pdf(limits.MAX_PDF_PAGES + 1, PAGE))
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    assert f"{limits.MAX_PDF_PAGES + 1:,} pages" in caught.value.reason
    assert f"at most {limits.MAX_PDF_PAGES:,}" in caught.value.reason


needs_pypdf_limits = pytest.mark.skipif(
    not hasattr(pdf.pypdf, "apply_configuration"), reason="pypdf without resource limits"
)


@needs_pypdf_limits
def test_a_pdf_page_past_the_parsing_budget_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "MAX_PDF_STREAM_TOKENS", 1_000)
    path = tmp_path / "dense.pdf"
    path.write_bytes(many_pages_pdf(1, b"BT /F1 12 Tf 72 720 Td " + b"(word) Tj " * 2_000 + b"ET", compressed=True))
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    assert "too complex" in caught.value.reason and "1,000 operations a page" in caught.value.reason


def test_pdf_text_past_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf, "MAX_TEXT_CHARS", 1_000)
    path = tmp_path / "long.pdf"
    path.write_bytes(many_pages_pdf(20, PAGE))
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    assert "passes 1,000 characters" in caught.value.reason


# --------------------------------------------------------------- the log


def test_a_library_failure_is_logged_with_its_cause(tmp_path, caplog):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with caplog.at_level(logging.INFO, logger="reader.core.loading"):
        with pytest.raises(ArticleError):
            load_article(path)
    record = next(r for r in caplog.records if r.name == "reader.core.loading")
    assert str(path) in record.getMessage()
    assert record.exc_info and record.exc_info[0] is zipfile.BadZipFile
