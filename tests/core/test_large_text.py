"""Large texts in bounded memory: the analyzer reads an article's Docs a
segment at a time, and the result is the one of a single Doc."""

import pytest

from reader.core.article import Article, Block
from reader.core.loading.blocks import segment
from reader.core.nlp import segments

from ..conftest import SAMPLES, SEED_ARTICLE

# Quotes that run on over paragraphs, speakers carried to the next
# paragraph, a report pointing back to the sentence before, names the model
# may miss: what must come out the same when a segment ends between them.
PARAGRAPHS = """Overleg in Den Haag

Minister Jan de Vries zei dinsdag: “Dit is het begin van een lange reeks gesprekken met de buurlanden.

“We gaan door tot er een akkoord ligt, hoe lang dat ook duurt,” voegde De Vries eraan toe.

“Niemand wil dat de onderhandelingen mislukken en dat de burgers de rekening betalen.”

De gesprekken worden volgende week in Brussel voortgezet. Dat meldt de Volkskrant.

Volgens woordvoerster Anna Bakker van het ministerie is de sfeer goed. De Vries wil voor de zomer een akkoord.

Dat heeft Bakker woensdag bekendgemaakt tijdens een persconferentie in het ministerie.
"""


def article_text() -> str:
    parts = [PARAGRAPHS] + [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    if SEED_ARTICLE.exists():
        parts.append(SEED_ARTICLE.read_text(encoding="utf-8"))
    return "\n\n".join(parts * 2)


def article(text: str) -> Article:
    found = segment(text)
    return Article(path="large.txt", text=text, blocks=found.blocks, language="nl")


def analysed(analyzer, text: str, monkeypatch, segment_chars: int | None = None, batch_chars: int | None = None):
    packed = []
    pack = segments._pack

    def counting(start, doc):
        packed.append(start)
        assert doc.tensor.size == 0  # the model's tensor is not carried along
        return pack(start, doc)

    monkeypatch.setattr(segments, "_pack", counting)
    if segment_chars:
        monkeypatch.setattr(segments, "SEGMENT_CHARS", segment_chars)
    if batch_chars:
        monkeypatch.setattr(segments, "BATCH_CHARS", batch_chars)
    return analyzer.analyze(article(text)).to_dict(), packed


def test_an_article_in_segments_is_analysed_as_in_one_doc(analyzer, monkeypatch):
    text = article_text()
    whole, packed = analysed(analyzer, text, monkeypatch)
    assert not packed  # an ordinary article is one segment
    cut, packed = analysed(analyzer, text, monkeypatch, segment_chars=600, batch_chars=1500)
    assert len(packed) >= 5  # segments were stored and made Docs again
    assert cut["entities"] == whole["entities"]
    assert cut["actors"] == whole["actors"]
    assert cut["quotes"] == whole["quotes"]
    # The quotation over two paragraphs, and the quote paragraph after it
    # that takes its speaker.
    assert sum(bool(q["speaker"]) and q["speaker"]["text"].startswith("De Vries") for q in whole["quotes"]) >= 4


def test_a_segment_ends_only_where_no_quotation_runs_on(analyzer, monkeypatch):
    starts = []
    close = segments.Segments._close

    def noting(self):
        starts.append(self._open[0][0].start)
        return close(self)

    monkeypatch.setattr(segments.Segments, "_close", noting)
    # 70: the first segment could end where the quotation is reopened (at
    # 126 characters); nothing but a quotation keeps it from that.
    analysed(analyzer, PARAGRAPHS * 3, monkeypatch, segment_chars=70)
    assert len(starts) > 3
    opening, continued = PARAGRAPHS.index("“Dit is"), PARAGRAPHS.index("“We gaan")
    assert all(not (opening < start <= continued) for start in starts)


def test_one_long_line_is_cut_and_keeps_exact_offsets(analyzer, monkeypatch):
    sentence = "Minister Jan de Vries zei dinsdag in Brussel dat de gesprekken met Frankrijk goed gaan. "
    text = sentence * 400  # one line, 36,000 characters: two chunks and, here, several segments
    result, packed = analysed(analyzer, text, monkeypatch, segment_chars=5000, batch_chars=8000)
    assert packed
    for entity in result["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]
    for quote in result["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
    assert sum(e["text"] == "Brussel" for e in result["entities"]) >= 390


@pytest.mark.parametrize("sizes, chars", [([5, 5, 5], 10), ([30, 1, 1], 10), ([3] * 10, 100)])
def test_batches_hold_at_most_their_characters_unless_one_text_is_longer(sizes, chars):
    items = [("x" * size, n) for n, size in enumerate(sizes)]
    found = list(segments.batches(items, chars=chars, count=4))
    assert [context for batch in found for _, context in batch] == list(range(len(sizes)))
    for batch in found:
        assert len(batch) <= 4
        assert len(batch) == 1 or sum(len(text) for text, _ in batch) <= chars


def test_level_text_maps_back_to_the_article():
    text = "Kop\n\nEerste alinea.\n\n\nTweede alinea, die langer is.\n"
    blocks = [Block(0, 3, "heading"), Block(5, 20, "paragraph"), Block(23, 52, "paragraph")]
    level = segments.LevelText(text, [(b.start, b.end) for b in blocks], limit=10)
    assert level.text.replace("\n\n", "") == "".join(text[b.start : b.end] for b in blocks)
    for piece in level.pieces:
        at = level.text[piece.start : piece.start + piece.length]
        assert at == text[piece.article_start : piece.article_start + piece.length]
        assert level.to_article(piece.start, piece.start + piece.length) == (
            piece.article_start, piece.article_start + piece.length
        )


def test_a_stored_segment_comes_back_as_the_same_doc():
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.blank("nl")
    words = ["Minister", "De", "Vries", "zei", "dat", "het", "goed", "gaat", ".", "\n\n", "Ja", "."]
    heads = [3, 2, 0, 3, 7, 7, 7, 3, 3, 9, 10, 10]
    deps = ["nsubj", "flat", "flat", "ROOT", "mark", "nsubj", "advmod", "ccomp", "punct", "dep", "ROOT", "punct"]
    doc = Doc(nlp.vocab, words=words, spaces=[True] * 8 + [False] * 4, heads=heads, deps=deps, ents=["O", "B-PER", "I-PER"] + ["O"] * 9)
    start, data, length = segments._pack(42, doc)
    back = segments._unpack(nlp.vocab, data, length)
    assert start == 42 and back.text == doc.text
    assert [(e.start, e.end, e.label_) for e in back.ents] == [(1, 3, "PER")]
    assert [(t.head.i, t.dep_) for t in back] == [(t.head.i, t.dep_) for t in doc]
    assert back.has_annotation("DEP")
