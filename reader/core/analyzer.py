"""Run articles through their spaCy pipeline and build `Analysis` objects.

Only content blocks (headings, paragraphs) are analysed: boilerplate and
metadata are skipped. Each block is one spaCy text, cut further where it is
very long, so memory stays bounded whatever the article's size, and
offsets are shifted back to the article's text. Articles are batched
through ``nlp.pipe`` per pipeline, and every pipeline is loaded once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .actors import group_actors
from .analysis import Analysis, Entity, PipelineInfo
from .article import Article
from .labels import reader_label
from .pipeline import Pipelines, PipelineError, PipelineSpec

#: spaCy's NER needs memory in proportion to a text's length; a block
#: longer than this is cut at a paragraph or sentence end.
CHUNK_CHARS = 20_000
_BREAKS = re.compile(r"\n|(?<=[.!?])\s")


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

    def analyze(self, article: Article) -> Analysis:
        result = self.analyze_batch([article])[0]
        if isinstance(result, Exception):
            raise result
        return result

    def analyze_batch(self, articles: list[Article]) -> list[Analysis | PipelineError]:
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
            found = self._entities(nlp, [articles[i] for i in indexes])
            for index, entities in zip(indexes, found):
                article = articles[index]
                analysis = Analysis(article=article, pipeline=info, entities=entities)
                analysis.actors = group_actors(entities)
                if spec.lang and article.language and spec.lang != article.language and spec.source == "bundled":
                    analysis.warnings.append(
                        f"no pipeline for language {article.language!r}; analysed with the {spec.lang!r} model"
                    )
                results[index] = analysis
        return results  # type: ignore[return-value]

    def analyze_stream(self, articles: Iterable[Article]) -> Iterator[Analysis | PipelineError]:
        """Analyse an iterable lazily, `batch_size` articles at a time."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.batch_size:
                yield from self.analyze_batch(batch)
                batch = []
        if batch:
            yield from self.analyze_batch(batch)

    def _entities(self, nlp, articles: list[Article]) -> list[list[Entity]]:
        found: list[list[Entity]] = [[] for _ in articles]

        def texts():
            for number, article in enumerate(articles):
                for block in article.content_blocks():
                    for start, end in chunks(article.text, block.start, block.end):
                        yield article.text[start:end], (number, start)

        for doc, (number, offset) in nlp.pipe(texts(), as_tuples=True, batch_size=256):
            text = articles[number].text
            for ent in doc.ents:
                label = reader_label(ent.label_)
                if label is None:
                    continue
                start, end = offset + ent.start_char, offset + ent.end_char
                found[number].append(Entity(start, end, text[start:end], label, ent.label_))
        return found
