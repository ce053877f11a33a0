"""Score an NER pipeline on a CoNLL development file.

Four measures: the classic one on the gold tokens (comparable with the
literature); end to end, in which each sentence is detokenised into
ordinary text, run through the pipeline's own tokenizer, and entities
compared as exact character spans; per sentence by the reader, each such
sentence analysed as an article of its own by the reader's `Analyzer`
(the rules after the model included); and per article, in which each
CoNLL document becomes one article (a paragraph a sentence) analysed by
the reader, with its article-level rules (missed names of people, who is
a person), exactly what the window shows. `evaluate_marked` scores
hand-annotated sentences (``[Keir Starmer](PER) said``) end to end, such as
the project's sentences of today's news.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Doc

from .conll import entity_spans, read_sentences

_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "n't", "...", "'"}
_NO_SPACE_AFTER = {"(", "[", "{", "$"}


def detokenise(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join CoNLL tokens the way they would appear in running text.

    Returns the text and each token's character span in it.
    """
    text, offsets = "", []
    open_quote = False
    glue_next = True
    for word in words:
        glue = glue_next or word in _NO_SPACE_BEFORE
        glue_next = word in _NO_SPACE_AFTER
        if word == '"':
            glue = open_quote or glue
            glue_next = not open_quote
            open_quote = not open_quote
        if not glue:
            text += " "
        offsets.append((len(text), len(text) + len(word)))
        text += word
    return text, offsets


def _f1(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4)}


def _score(gold: set, pred: set) -> dict:
    labels = sorted({label for *_, label in gold | pred})
    result = {"all": _f1(len(gold & pred), len(pred - gold), len(gold - pred))}
    for label in labels:
        g = {s for s in gold if s[-1] == label}
        p = {s for s in pred if s[-1] == label}
        result[label] = _f1(len(g & p), len(p - g), len(g - p))
    return result


def _not_for_entities(nlp) -> list[str]:
    """Components entities do not depend on: the reader's article-level
    ones and the bundled models' tagger and parser (with their own
    token-to-vector layer); left out to score entities faster."""
    from ..nlp.pipeline import ARTICLE_COMPONENTS, PARSE_COMPONENTS

    return [name for name in nlp.pipe_names if name in ARTICLE_COMPONENTS or name in PARSE_COMPONENTS]


def _text_entities(nlp, texts: list[str], relabel) -> set[tuple[int, int, int, str]]:
    """(text number, start, end, label) of every entity `nlp` finds, the
    reader's article-level components left out."""
    found = set()
    for i, doc in enumerate(nlp.pipe(texts, batch_size=256, disable=_not_for_entities(nlp))):
        for ent in doc.ents:
            label = relabel(ent.label_)
            if label:
                found.add((i, ent.start_char, ent.end_char, label))
    return found


def evaluate_model(model: Path | str, conll_path: Path, lang: str, label_map=None) -> dict:
    """Return gold-token and end-to-end scores (P/R/F overall and per label)."""
    from ..nlp.pipeline import PipelineSpec, load_pipeline

    nlp = load_pipeline(PipelineSpec(str(model), "user", lang))
    relabel = label_map or (lambda label: label)
    sentences = [s for document in read_sentences(conll_path) for s in document]

    gold_tok, pred_tok, gold_txt = set(), set(), set()
    texts = []
    gold_docs = []
    for i, sentence in enumerate(sentences):
        words = [w for w, _ in sentence]
        tags = [t for _, t in sentence]
        spans = entity_spans(tags)
        for s, e, label in spans:
            gold_tok.add((i, s, e, label))
        text, offsets = detokenise(words)
        texts.append(text)
        for s, e, label in spans:
            gold_txt.add((i, offsets[s][0], offsets[e - 1][1], label))
        gold_docs.append(Doc(nlp.vocab, words=words))

    for i, doc in enumerate(nlp.pipe(gold_docs, batch_size=256, disable=_not_for_entities(nlp))):
        for ent in doc.ents:
            label = relabel(ent.label_)
            if label:
                pred_tok.add((i, ent.start, ent.end, label))
    pred_txt = _text_entities(nlp, texts, relabel)

    return {
        "gold_tokens": _score(gold_tok, pred_tok),
        "end_to_end": _score(gold_txt, pred_txt),
        "articles": evaluate_articles(model, conll_path, lang),
        # each sentence analysed as an article of its own by the reader, its rules included: `reader analyze`
        # on one sentence, with none of what the rest of the article tells about a name
        "sentences_by_reader": _score(gold_txt, _reader_on_sentences(model, texts, lang)),
        "sentences": len(sentences),
        "entities": len(gold_tok),
    }


def conll_articles(conll_path: Path, lang: str) -> tuple[list, set]:
    """One `Article` per CoNLL document (sentences detokenised, joined by
    blank lines, each a paragraph) and the gold entities as
    (article number, start, end, label)."""
    from ..article import Article, Block

    articles, gold = [], set()
    for number, document in enumerate(read_sentences(conll_path)):
        parts, blocks, position = [], [], 0
        for sentence in document:
            text, offsets = detokenise([word for word, _ in sentence])
            if parts:
                position += 2  # the blank line before it
            blocks.append(Block(position, position + len(text), "paragraph"))
            for start, end, label in entity_spans([tag for _, tag in sentence]):
                gold.add((number, position + offsets[start][0], position + offsets[end - 1][1], label))
            parts.append(text)
            position += len(text)
        articles.append(Article(path="", text="\n\n".join(parts), blocks=blocks, language=lang))
    return articles, gold


def _reader_on_sentences(model: Path | str, texts: list[str], lang: str) -> set[tuple[int, int, int, str]]:
    """The reader's entities (`_analysed_entities`) for each text as an
    article of one paragraph."""
    from ..article import Article, Block

    return _analysed_entities(model, [Article(path="", text=t, blocks=[Block(0, len(t), "paragraph")], language=lang) for t in texts])


def evaluate_articles(model: Path | str, conll_path: Path, lang: str) -> dict:
    articles, gold = conll_articles(conll_path, lang)
    return _score(gold, _analysed_entities(model, articles))


def _analysed_entities(model: Path | str, articles: list) -> set[tuple[int, int, int, str]]:
    """(article number, start, end, label) of every entity the reader's
    `Analyzer` shows for `articles`, its rules included."""
    from ..analyzer import Analyzer
    from ..nlp.pipeline import Pipelines

    predicted = set()
    for number, analysis in enumerate(Analyzer(Pipelines(str(model))).analyze_batch(articles)):
        if isinstance(analysis, Exception):
            raise analysis
        predicted |= {(number, e.start, e.end, e.label) for e in analysis.entities}
    return predicted


_MARK = re.compile(r"\[([^\]]+)\]\((PER|ORG|LOC|MISC)\)")


def read_marked(path: Path) -> list[tuple[str, set[tuple[int, int, str]]]]:
    """Read sentences annotated inline as ``[Keir Starmer](PER) said``, one a
    line (``#`` starts a comment line); returns each plain sentence with its
    entities as (start, end, label) character spans."""
    sentences = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, spans, position = "", set(), 0
        for match in _MARK.finditer(line):
            text += line[position : match.start()]
            spans.add((len(text), len(text) + len(match.group(1)), match.group(2)))
            text += match.group(1)
            position = match.end()
        sentences.append((text + line[position:], spans))
    return sentences


def evaluate_marked(model: Path | str, path: Path, lang: str, label_map=None) -> dict:
    """Score a pipeline end to end on hand-annotated sentences (see
    `read_marked`): the model alone, and under "reader" each sentence
    analysed as an article of its own, the reader's rules included (what
    `reader analyze` shows for it)."""
    from ..nlp.pipeline import PipelineSpec, load_pipeline

    nlp = load_pipeline(PipelineSpec(str(model), "user", lang))
    relabel = label_map or (lambda label: label)
    sentences = read_marked(path)
    gold = {(i, *span) for i, (_, spans) in enumerate(sentences) for span in spans}
    texts = [text for text, _ in sentences]
    predicted = _text_entities(nlp, texts, relabel)
    reader = _score(gold, _reader_on_sentences(model, texts, lang))
    return {**_score(gold, predicted), "reader": reader, "sentences": len(sentences), "entities": len(gold)}
