"""Run articles through their spaCy pipeline and build `Analysis` objects.

Only content blocks (headings, paragraphs) are analysed: boilerplate and
metadata are skipped. Each block is one spaCy text, cut further where it is
very long, and the texts go through ``nlp.pipe`` a bounded batch at a time
(see `nlp.segments`), so memory stays bounded whatever the article's size.
The article components then read the article-level text a segment at a
time, in the steps of their `steps()`; offsets are shifted back to the
article's text. Articles are batched per pipeline, and every pipeline is
loaded once. The reader's rules (`rules`), when given, run in the pipeline
(a ruler after the NER) and after the actors are built; articles to which
different rules apply go through the pipeline apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc

from .analysis import Actor, Analysis, Cancelled, Entity, PipelineInfo, Quote  # noqa: F401 (Cancelled: re-exported)
from .article import Article
from .attribution.parsing import cue_hashes, parse_sentences
from .nlp.pipeline import ARTICLE_COMPONENTS, PipelineError, Pipelines, PipelineSpec, sentence_parse
from .nlp.segments import CHUNK_CHARS, LevelText, Segments, batches, chunks, drop_tensor  # noqa: F401 (re-exported)
from .rules import ArticleRules, RuleSet, ruler
from .rules.after import after_actors

#: Called with the fraction of text analysed so far (0..1).
Progress = Callable[[float], None]
Results = tuple[list[Entity], list[Actor], list[Quote]]


def pipeline_info(nlp, spec: PipelineSpec) -> PipelineInfo:
    meta = nlp.meta
    return PipelineInfo(
        name=f"{meta.get('lang', nlp.lang)}_{meta.get('name', 'pipeline')}",
        version=str(meta.get("version", "")),
        source=spec.source,
    )


class Analyzer:
    """Analyses articles with pipelines chosen per language."""

    def __init__(self, pipelines: Pipelines | None = None, batch_size: int = 64, rules: RuleSet | None = None):
        self.pipelines = pipelines or Pipelines()
        self.batch_size = batch_size
        self.rules = rules or RuleSet()  # none: the model alone

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
        groups: dict[tuple[PipelineSpec, str], list[int]] = {}
        rule_sets: dict[str, ArticleRules] = {}
        for index, article in enumerate(articles):
            try:
                spec = self.pipelines.spec_for(article.language)
            except PipelineError as error:
                results[index] = error
                continue
            rules = self.rules.for_text(article.text)
            rule_sets[rules.version] = rules
            groups.setdefault((spec, rules.version), []).append(index)
        for (spec, version), indexes in groups.items():
            try:
                nlp = self.pipelines.get(spec)
            except PipelineError as error:
                for index in indexes:
                    results[index] = error
                continue
            info, rules = pipeline_info(nlp, spec), rule_sets[version]
            ruler.install(nlp, rules)
            found = self._analyse_texts(nlp, [articles[i] for i in indexes], progress, rules)
            for index, found_in in zip(indexes, found):
                entities, actors, quotes = after_actors(rules, *found_in)
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
        self, nlp, articles: list[Article], progress: Progress | None = None, rules: ArticleRules | None = None
    ) -> list[Results]:
        """Entities per chunk with nlp.pipe (the article components left
        out: they need the whole article), each article's Docs joined into
        segments as they come; once an article's last chunk is in, the
        article components read its segments (`_ArticleLevel`)."""
        levels = [LevelText(a.text, ((b.start, b.end) for b in a.content_blocks())) for a in articles]
        results: list[Results] = [([], [], []) for _ in articles]
        open_: dict[int, _ArticleLevel] = {}
        disabled = [name for name in ARTICLE_COMPONENTS if name in nlp.pipe_names]
        disabled += ruler.disabled(nlp, rules or ArticleRules())
        # The bundled parse runs apart, on the sentences attribution reads (attribution.parsing).
        parse = sentence_parse(nlp)
        cues = cue_hashes(nlp.vocab, nlp.get_pipe("reader_quotes").cues) if parse else None
        disabled += parse
        total = sum(len(article.text) for article in articles) or 1
        done = [0]

        def texts() -> Iterator[tuple[str, tuple[int, int]]]:
            for number, level in enumerate(levels):
                for index, piece in enumerate(level.pieces):
                    yield level.text[piece.start : piece.start + piece.length], (number, index)

        def report() -> None:
            if progress is not None:
                progress(min(done[0] / total, 1.0))

        for batch in batches(texts()):
            piped = nlp.pipe(batch, as_tuples=True, batch_size=len(batch), disable=disabled)
            docs = [(drop_tensor(doc), key) for doc, key in piped]
            if parse:
                parse_sentences(nlp, [doc for doc, _ in docs], cues, parse)
            for doc, (number, index) in docs:
                level = open_.get(number) or open_.setdefault(number, _ArticleLevel(nlp, levels[number]))
                level.add(doc)
                done[0] += levels[number].pieces[index].length
                report()
                if index == len(levels[number].pieces) - 1:
                    results[number] = open_.pop(number).finish(articles[number], report)
                    levels[number] = None  # type: ignore[call-overload]
        return results


class _ArticleLevel:
    """One article's Docs, joined into segments as they come, and the
    article components' steps over them."""

    def __init__(self, nlp, level: LevelText):
        self.level = level
        self.actors = nlp.get_pipe("reader_actors").steps()
        self.quotes = nlp.get_pipe("reader_quotes").steps(level.text)
        self.segments = Segments(nlp.vocab, level, self.quotes.may_cut)

    def add(self, doc: Doc) -> None:
        closed = self.segments.add(doc)
        if closed is not None:
            self.actors.read(closed[1], closed[0])

    def finish(self, article: Article, between: Callable[[], None]) -> Results:
        closed = self.segments.finish()
        if closed is not None:
            self.actors.read(closed[1], closed[0])
        for start, doc in self.segments:
            self.actors.read_again(doc, start)
            between()
        actors = self.actors.group()
        for start, doc in self.segments:
            self.actors.find_roles(doc, start)
            self.quotes.read(doc, start, actors)
            between()
        quotes = self.quotes.finish(actors)
        return self._in_article(article, self.actors.mentions, actors, quotes)

    def _in_article(self, article: Article, mentions: list[Entity], actors: list[Actor], quotes: list[Quote]) -> Results:
        """Offsets from the article-level text's to the article's."""
        to_article, text = self.level.to_article, article.text
        entities = []
        for mention in mentions:
            start, end = to_article(mention.start, mention.end)
            entities.append(Entity(start, end, text[start:end], mention.label, mention.model_label, mention.actor))
        for actor in actors:
            actor.mentions = [to_article(start, end) for start, end in actor.mentions]
        for quote in quotes:
            quote.start, quote.end = to_article(quote.start, quote.end)
            quote.text = text[quote.start : quote.end]
            if quote.speaker is not None:
                speaker = quote.speaker
                speaker.start, speaker.end = to_article(speaker.start, speaker.end)
                speaker.text = text[speaker.start : speaker.end]
        return entities, actors, quotes
