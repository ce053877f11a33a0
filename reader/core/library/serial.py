"""An `Analysis` as JSON and back, whole: the article (text, blocks and
metadata) with everything found in it, so a cached analysis can be shown
without reading the file again."""

from __future__ import annotations

from ..analysis import Actor, Analysis, Entity, PipelineInfo, Quote, Speaker
from ..article import Article, Block


def to_json(analysis: Analysis) -> dict:
    """`Analysis.to_dict` (the `reader analyze` contract) plus what it
    leaves out and a reopened analysis needs."""
    data = analysis.to_dict()
    data["format"] = analysis.article.format
    data["metadata"] = dict(analysis.article.metadata)
    data["pipeline"]["source"] = analysis.pipeline.source
    data["warnings"] = list(analysis.warnings)
    return data


def _quote(data: dict) -> Quote:
    speaker = data.get("speaker")
    return Quote(
        start=data["start"],
        end=data["end"],
        text=data["text"],
        kind=data["kind"],
        cue=data.get("cue"),
        speaker=Speaker(**speaker) if speaker else None,
        rule=data.get("rule"),  # a quote the reader's correction made: still marked when reopened
    )


def _actor(data: dict) -> Actor:
    values = dict(data)
    values["mentions"] = [tuple(m) for m in data.get("mentions", [])]
    return Actor(**values)


def from_json(data: dict, path: str | None = None) -> Analysis:
    """The analysis `to_json` wrote; `path` (where the file is now) in
    place of the path it was analysed at."""
    article = Article(
        path=path if path is not None else data["path"],
        text=data["text"],
        blocks=[Block(b["start"], b["end"], b["kind"]) for b in data["blocks"]],
        title=data.get("title", ""),
        date=data.get("date"),
        author=data.get("author"),
        language=data.get("language"),
        format=data.get("format", "text"),
        metadata=dict(data.get("metadata") or {}),
    )
    pipeline = data["pipeline"]
    return Analysis(
        article=article,
        pipeline=PipelineInfo(pipeline["name"], pipeline["version"], pipeline.get("source", "")),
        entities=[Entity(**e) for e in data.get("entities", [])],
        actors=[_actor(a) for a in data.get("actors", [])],
        quotes=[_quote(q) for q in data.get("quotes", [])],
        warnings=list(data.get("warnings", [])),
    )
