import os

import docx
import pytest

from reader.core.article import HEADING, PARAGRAPH, ArticleError
from reader.core.loading import MAX_FILE_BYTES, load_article

from .pdfmaker import make_pdf

HTML = """<!DOCTYPE html><html lang="en"><head><title>Minister resigns over leak | Daily News</title>
<meta name="author" content="Jane Smith">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<style>body { color: red }</style><script>var tracking = "SCRIPTTEXT";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">NAVWORLD</a></nav>
<article><h1>Minister resigns over leak</h1>
<p>The British minister John Doe resigned on Tuesday after a leak of documents to The Guardian, officials in London said.</p>
<h2>Reaction in Parliament</h2>
<p>"This is a sad day," said Keir Starmer, the leader of the Labour Party. He added that the government should explain itself.</p>
<p>Downing Street declined to comment on the resignation when asked by reporters on Tuesday evening.</p>
</article><footer>Copyright 2024 Daily News. FOOTERTEXT</footer></body></html>"""


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def check_blocks(article):
    for block in article.blocks:
        assert 0 <= block.start < block.end <= len(article.text)
        assert article.text[block.start : block.end].strip() == article.text[block.start : block.end]


def test_plain_text_is_verbatim_with_crlf_normalised(tmp_path):
    text = "Kop van het stuk\r\n\r\nDe burgemeester van Gent zei dat de brug dicht blijft.\r\n"
    article = load_article(write(tmp_path, "a.txt", text.encode("cp1252")))
    assert article.text == text.replace("\r\n", "\n")
    assert article.title == "Kop van het stuk"
    assert article.language == "nl"
    check_blocks(article)


def test_markdown_drops_markup_and_keeps_structure(tmp_path):
    md = (
        "---\ntitle: Storm over Cornwall\nauthor: Jane Smith\ndate: 2024-01-02\n---\n"
        "# Storm over Cornwall\n\nHeavy **winds** hit [Cornwall](https://example.org) on Monday,"
        " the *Met Office* said.\n\n## Damage\n\n- Roofs were torn off in Truro.\n"
    )
    article = load_article(write(tmp_path, "a.md", md))
    assert "**" not in article.text and "](" not in article.text and "#" not in article.text
    assert article.title == "Storm over Cornwall"
    assert article.author == "Jane Smith"
    assert article.date == "2024-01-02"
    assert [b.kind for b in article.blocks] == [HEADING, PARAGRAPH, HEADING, PARAGRAPH]
    assert article.block_text(article.blocks[1]) == "Heavy winds hit Cornwall on Monday, the Met Office said."
    check_blocks(article)


def test_html_keeps_the_article_and_drops_the_page(tmp_path):
    article = load_article(write(tmp_path, "a.html", HTML))
    assert article.title == "Minister resigns over leak"
    assert article.author == "Jane Smith"
    assert article.date == "2024-03-05"
    assert "John Doe resigned" in article.text
    for junk in ("SCRIPTTEXT", "NAVWORLD", "color: red", "FOOTERTEXT"):
        assert junk not in article.text
    assert (HEADING, "Reaction in Parliament") in [(b.kind, article.block_text(b)) for b in article.blocks]
    assert article.language == "en"
    check_blocks(article)


def test_docx_headings_and_properties(tmp_path):
    document = docx.Document()
    document.core_properties.author = "Piet Jansen"
    document.add_heading("Brug in Gent blijft dicht", level=1)
    document.add_paragraph("De burgemeester van Gent zei dinsdag dat de brug nog maanden dicht blijft.")
    document.add_heading("Reactie", level=2)
    document.add_paragraph("De oppositie noemt dat onaanvaardbaar, zei een woordvoerder.")
    path = tmp_path / "a.docx"
    document.save(path)
    article = load_article(path)
    assert article.title == "Brug in Gent blijft dicht"
    assert article.author == "Piet Jansen"
    assert [b.kind for b in article.blocks] == [HEADING, PARAGRAPH, HEADING, PARAGRAPH]
    assert article.language == "nl"
    check_blocks(article)


def test_pdf_with_text_layer(tmp_path):
    pdf = make_pdf(["Storm hits Cornwall", "", "Heavy winds struck the coast of Cornwall on Monday, officials said."])
    article = load_article(write(tmp_path, "a.pdf", pdf))
    assert "Heavy winds struck the coast of Cornwall" in article.text
    assert article.title == "Test article"
    assert article.author == "Test Author"
    check_blocks(article)


def test_unknown_extension_is_sniffed(tmp_path):
    article = load_article(write(tmp_path, "saved-page", HTML))
    assert article.format == "html"


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\n \t\n", "empty"),
        ("image.txt", bytes(range(256)) * 40, "binary"),
        ("nothing.html", b"<html><head><title>x</title></head><body><nav>Home</nav></body></html>", "no article text"),
        ("damaged.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage", "pdf"),
        ("damaged.docx", b"PK\x03\x04 not really a zip", "docx"),
    ],
)
def test_bad_files_raise_a_clear_error_naming_the_file(tmp_path, name, data, reason):
    path = write(tmp_path, name, data)
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    assert caught.value.path == str(path)
    assert str(path) in str(caught.value)
    assert reason in caught.value.reason.lower()


def test_missing_path_and_folder(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        load_article(tmp_path / "missing.txt")
    with pytest.raises(ArticleError, match="folder"):
        load_article(tmp_path)


def test_scanned_pdf_without_text_layer(tmp_path):
    path = write(tmp_path, "scan.pdf", make_pdf([]))
    with pytest.raises(ArticleError, match="no text layer"):
        load_article(path)


def test_oversized_file_is_refused_with_the_limit_named(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as out:  # sparse: no 50 MB written to disk
        out.truncate(50 * 1024 * 1024)
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    assert f"{MAX_FILE_BYTES // 1024 // 1024} MB" in caught.value.reason
    assert "50.0 MB" in caught.value.reason


def test_loading_writes_nothing_next_to_the_file(tmp_path):
    path = write(tmp_path, "a.html", HTML)
    before = sorted(os.listdir(tmp_path))
    load_article(path)
    assert sorted(os.listdir(tmp_path)) == before
