"""Run articles through their spaCy pipeline and build `Analysis` objects.

Only content blocks (headings, paragraphs) are analysed: boilerplate and
metadata are skipped. Each block is one spaCy text, cut further where it is
very long, so memory stays bounded whatever the article's size, and
offsets are shifted back to the article's text. Articles are batched
through ``nlp.pipe`` per pipeline, and every pipeline is loaded once.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc

from .analysis import Actor, Analysis, Cancelled, Entity, PipelineInfo, Quote  # noqa: F401 (Cancelled: re-exported)
from .article import Article
from .nlp.pipeline import ARTICLE_COMPONENTS, PipelineError, Pipelines, PipelineSpec

#: spaCy's NER needs memory in proportion to a text's length; a block
#: longer than this is cut at a paragraph or sentence end.
CHUNK_CHARS = 20_000
_BREAKS = re.compile(r"\n|(?<=[.!?])\s")


#: Called with the fraction of text analysed so far (0..1).
Progress = Callable[[float], None]


def chunks(text: str, start: int, end: int, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, int]]:
    """Cut ``text[start:end]`` into (start, end) pieces of at most `limit`
    characters, preferring line and sentence ends."""
    while end - start > limit:
        cut = None
        for match in _BREAKS.finditer(text, start + limit // 2, start + limit):
            cut = match.end()
        if cut is None:
            space = text.rfind(" ", start + 1, start + limit)
            cut = space + 1 if space > start else start + limit
        yield start, cut
        start = cut
    if end > start:
        yield start, end


def pipeline_info(nlp, spec: PipelineSpec) -> PipelineInfo:
    meta = nlp.meta
    return PipelineInfo(
        name=f"{meta.get('lang', nlp.lang)}_{meta.get('name', 'pipeline')}",
        version=str(meta.get("version", "")),
        source=spec.source,
    )


class Analyzer:
    """Analyses articles with pipelines chosen per language."""

    def __init__(self, pipelines: Pipelines | None = None, batch_size: int = 64):
        self.pipelines = pipelines or Pipelines()
        self.batch_size = batch_size

    def analyze(self, article: Article, progress: Progress | None = None) -> Analysis:
        """One article; `progress(fraction)` is called as its text is
        analysed, and may raise (for example `Cancelled`) to stop early."""
        result = self.analyze_batch([article], progress)[0]
        if isinstance(result, Exception):
            raise result
        return result

    def analyze_batch(
        self, articles: list[Article], progress: Progress | None = None
    ) -> list[Analysis | PipelineError]:
        """Analyse `articles`; a pipeline failure is returned in place of
        the analyses of the articles it was meant for."""
        results: list[Analysis | PipelineError | None] = [None] * len(articles)
        groups: dict[PipelineSpec, list[int]] = {}
        for index, article in enumerate(articles):
            try:
                spec = self.pipelines.spec_for(article.language)
            except PipelineError as error:
                results[index] = error
                continue
            groups.setdefault(spec, []).append(index)
        for spec, indexes in groups.items():
            try:
                nlp = self.pipelines.get(spec)
            except PipelineError as error:
                for index in indexes:
                    results[index] = error
                continue
            info = pipeline_info(nlp, spec)
            found = self._analyse_texts(nlp, [articles[i] for i in indexes], progress)
            for index, (entities, actors, quotes) in zip(indexes, found):
                article = articles[index]
                analysis = Analysis(article=article, pipeline=info, entities=entities, actors=actors, quotes=quotes)
                if spec.lang and article.language and spec.lang != article.language and spec.source == "bundled":
                    analysis.warnings.append(
                        f"no pipeline for language {article.language!r}; analysed with the {spec.lang!r} model"
                    )
                results[index] = analysis
        return results  # type: ignore[return-value]

    def analyze_stream(self, articles: Iterable[Article]) -> Iterator[tuple[Article, Analysis | PipelineError]]:
        """Analyse an iterable lazily, `batch_size` articles at a time;
        yields (article, analysis or error) in input order."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.batch_size:
                yield from zip(batch, self.analyze_batch(batch))
                batch = []
        if batch:
            yield from zip(batch, self.analyze_batch(batch))

    def _analyse_texts(
        self, nlp, articles: list[Article], progress: Progress | None = None
    ) -> list[tuple[list[Entity], list[Actor], list[Quote]]]:
        """Entities per chunk with nlp.pipe (the article components left
        out: they need the whole article), then the article components on
        one article-level Doc (chunk docs joined with paragraph breaks)."""
        per_article: list[list[tuple[int, Doc]]] = [[] for _ in articles]

        def texts():
            for number, article in enumerate(articles):
                for block in article.content_blocks():
                    for start, end in chunks(article.text, block.start, block.end):
                        yield article.text[start:end], (number, start, end - start)

        disabled = [name for name in ARTICLE_COMPONENTS if name in nlp.pipe_names]
        total = sum(len(article.text) for article in articles) or 1
        done = 0
        for doc, (number, offset, length) in nlp.pipe(texts(), as_tuples=True, batch_size=256, disable=disabled):
            per_article[number].append((offset, doc))
            if progress is not None:
                done += length
                progress(min(done / total, 1.0))
        return [self._article_level(nlp, article, docs) for article, docs in zip(articles, per_article)]

    def _article_level(self, nlp, article: Article, docs: list[tuple[int, Doc]]):
        if not docs:
            return [], [], []
        parts: list[Doc] = []
        pieces = OffsetMap()
        position = 0
        previous_end = None
        for offset, doc in docs:
            length = len(doc.text)  # Doc.text is rebuilt from the tokens on every access
            if previous_end is not None and previous_end != offset:
                parts.append(Doc(nlp.vocab, words=["\n\n"], spaces=[False]))
                position += 2
            pieces.add(position, offset, length)
            parts.append(doc)
            position += length
            previous_end = offset + length
        whole = Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor", "user_data"])
        # The article-level components run as spaCy runs any pipe, so a
        # user's own nlp(text) goes through the same code as the window.
        for name, pipe in nlp.pipeline:
            if name in ARTICLE_COMPONENTS:
                whole = pipe(whole)
        mentions, actors, quotes = whole._.reader_mentions, whole._.reader_actors, whole._.reader_quotes
        text = article.text
        entities = []
        for mention in mentions:
            start, end = pieces.to_article(mention.start, mention.end)
            entities.append(Entity(start, end, text[start:end], mention.label, mention.model_label, mention.actor))
        for actor in actors:
            actor.mentions = [pieces.to_article(start, end) for start, end in actor.mentions]
        for quote in quotes:
            quote.start, quote.end = pieces.to_article(quote.start, quote.end)
            quote.text = text[quote.start : quote.end]
            if quote.speaker is not None:
                speaker = quote.speaker
                speaker.start, speaker.end = pieces.to_article(speaker.start, speaker.end)
                speaker.text = text[speaker.start : speaker.end]
        return entities, actors, quotes


class OffsetMap:
    """Maps offsets in an article-level Doc back to the article's text."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.pieces: list[tuple[int, int, int]] = []

    def add(self, doc_start: int, article_start: int, length: int) -> None:
        self.starts.append(doc_start)
        self.pieces.append((doc_start, article_start, length))

    def _map(self, offset: int) -> int:
        doc_start, article_start, _ = self.pieces[bisect_right(self.starts, offset) - 1]
        return article_start + offset - doc_start

    def to_article(self, start: int, end: int) -> tuple[int, int]:
        return self._map(start), self._map(end - 1) + 1
