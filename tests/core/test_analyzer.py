"""The analyzer in-process: batching, long texts, offsets."""

from reader.core.analyzer import CHUNK_CHARS, chunks
from reader.core.article import Article, Block


def make_article(text, lang="en", path="mem.txt"):
    return Article(path=path, text=text, blocks=[Block(0, len(text), "paragraph")], language=lang)


def test_chunks_cover_the_text_at_sentence_ends():
    text = "Officials in London said the talks would go on. " * 2000
    pieces = list(chunks(text, 0, len(text), 1000))
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    assert all(end - start <= 1000 for start, end in pieces)
    assert all(text[end - 1] == " " and text[end - 2] == "." for _, end in pieces[:-1])


def test_one_huge_paragraph_is_analysed_with_exact_offsets(analyzer):
    sentence = "Angela Merkel met Emmanuel Macron in Paris on Monday. "
    text = sentence * (3 * CHUNK_CHARS // len(sentence))
    analysis = analyzer.analyze(make_article(text))
    assert len(analysis.entities) >= 3 * (len(text) // len(sentence)) * 0.9
    for entity in analysis.entities:
        assert text[entity.start : entity.end] == entity.text


def test_batch_mixes_languages_and_keeps_order(analyzer):
    articles = [
        make_article("De minister Sergej Lavrov sprak in Moskou met de pers.", "nl", "a"),
        make_article("Prime Minister Keir Starmer spoke in London on Tuesday.", "en", "b"),
        make_article("Premier Mark Rutte was dinsdag in Brussel.", "nl", "c"),
    ]
    results = analyzer.analyze_batch(articles)
    assert [r.article.path for r in results] == ["a", "b", "c"]
    assert [r.pipeline.name for r in results] == ["nl_reader_ner", "en_reader_ner", "nl_reader_ner"]


def test_possessives_join_the_actor(analyzer):
    text = "Zelensky’s plan was rejected. Zelensky said on Monday that Zelensky's team would go on."
    analysis = analyzer.analyze(make_article(text))
    people = [a for a in analysis.actors if a.label == "PER"]
    zelensky = [a for a in people if a.name == "Zelensky"]
    assert len(zelensky) == 1 and len(zelensky[0].mentions) >= 2
