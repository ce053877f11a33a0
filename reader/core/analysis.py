"""What the analysis finds in an article, in the shape ``reader analyze``
prints: entities, actors and quotes, with offsets into the article's text."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .article import Article


class Cancelled(Exception):
    """Raised by a progress callback to stop an analysis nobody wants
    (here, not in analyzer.py, so the window can name it without spaCy)."""


@dataclass
class PipelineInfo:
    name: str
    version: str
    source: str  # "user", "installed" or "bundled"


@dataclass
class Entity:
    """One entity mention: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str
    label: str  # the reader's: PER, ORG, LOC, MISC
    model_label: str | None  # the model's own; None where the reader found it
    actor: str | None = None
    rule: str | None = None  # the id of the reader's rule that made it; None: the model's


@dataclass
class Actor:
    """A person, organisation, place or other named thing in the article."""

    id: str
    name: str
    label: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    role: str | None = None
    quotes: list[int] = field(default_factory=list)  # indices into Analysis.quotes
    rules: list[str] = field(default_factory=list)  # ids of the reader's rules that merged or named it


@dataclass
class Speaker:
    text: str
    start: int
    end: int
    actor: str | None = None


@dataclass
class Quote:
    start: int
    end: int
    text: str
    kind: str  # "direct" or "reported"
    cue: str | None
    speaker: Speaker | None
    rule: str | None = None  # the id of the reader's rule that made, moved or attributed it; None: the model's


@dataclass
class Analysis:
    article: Article
    pipeline: PipelineInfo
    entities: list[Entity] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The stable JSON contract of ``reader analyze``."""
        article = self.article
        return {
            "path": article.path,
            "title": article.title,
            "language": article.language,
            "date": article.date,
            "author": article.author,
            "pipeline": {"name": self.pipeline.name, "version": self.pipeline.version},
            "text": article.text,
            "blocks": [{"start": b.start, "end": b.end, "kind": b.kind} for b in article.blocks],
            "entities": [asdict(e) for e in self.entities],
            "actors": [
                {
                    "id": a.id,
                    "name": a.name,
                    "label": a.label,
                    "aliases": list(a.aliases),
                    "mentions": [list(m) for m in a.mentions],
                    "role": a.role,
                    "quotes": list(a.quotes),
                    "rules": list(a.rules),
                }
                for a in self.actors
            ],
            "quotes": [asdict(q) for q in self.quotes],
        }
