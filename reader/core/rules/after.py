"""The rules' step after the actors are built: `marks`, then `merge`, then
the article's mentions split out of their actors (`split`), then the
corrections of its quotes (`quotes`), which name actors as the merged and
split analysis has them."""

from __future__ import annotations

from ..analysis import Actor, Entity, Quote
from .marks import mark
from .merge import merge
from .quotes import correct_quotes
from .split import split_mentions
from .ruleset import ArticleRules


def after_actors(
    rules: ArticleRules, entities: list[Entity], actors: list[Actor], quotes: list[Quote]
) -> tuple[list[Entity], list[Actor], list[Quote]]:
    if not rules:
        return entities, actors, quotes
    entities = mark(rules, entities, actors)
    actors = merge(rules, entities, actors, quotes)
    actors = split_mentions(rules, entities, actors, quotes)
    return entities, actors, correct_quotes(rules, entities, actors, quotes)
