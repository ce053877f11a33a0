"""The rules' step after the actors are built: `marks`, then `merge`."""

from __future__ import annotations

from ..analysis import Actor, Entity, Quote
from .marks import mark
from .merge import merge
from .ruleset import ArticleRules


def after_actors(
    rules: ArticleRules, entities: list[Entity], actors: list[Actor], quotes: list[Quote]
) -> tuple[list[Entity], list[Actor], list[Quote]]:
    if not rules:
        return entities, actors, quotes
    entities = mark(rules, entities, actors)
    return entities, merge(rules, entities, actors, quotes), quotes
