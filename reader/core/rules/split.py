"""Split-mention rules: one mention of an article is not its actor's.

After the merges (so a split stands even against a same-as rule), the
entity at the rule's place leaves its actor: it joins the actor the rule
names (by name or alias, as same-as rules find actors), or becomes an
actor of its own named by its words. The quote speakers written at that
mention follow it. The old actor keeps its other mentions (and loses the
spelling as an alias when no other mention has it); both actors list the
rule in ``rules``. Actor ids are numbered again.
"""

from __future__ import annotations

from ..analysis import Actor, Entity, Quote
from ..notes.rules import Rule
from .merge import _named, renumber
from .quotes import follow_speakers
from .ruleset import ArticleRules


def _words(text: str) -> str:
    return " ".join(text.split())


def _split(rule: Rule, entities: list[Entity], actors: list[Actor], quotes: list[Quote]) -> None:
    entity = next((e for e in entities if (e.start, e.end) == (rule.start, rule.end) and e.actor), None)
    old = next((a for a in actors if entity is not None and a.id == entity.actor), None)
    if entity is None or old is None:
        return  # no name there now (or no actor): nothing to split
    target = _named([a for a in actors if a is not old], rule.value) if rule.value else None
    if target is None:
        if rule.value is None and len(old.mentions) == 1:
            return  # already an actor of its own
        target = Actor(f"split-{rule.id}", rule.value or _words(entity.text), entity.label)
        actors.append(target)
    place = (entity.start, entity.end)
    old.mentions = [tuple(m) for m in old.mentions if tuple(m) != place]
    target.mentions = sorted(set(map(tuple, target.mentions)) | {place})
    spelling = _words(entity.text)
    if not any(_words(e.text) == spelling for e in entities if e.actor == old.id and (e.start, e.end) != place):
        old.aliases = [alias for alias in old.aliases if alias != spelling]
    if spelling not in target.aliases:
        target.aliases.append(spelling)
    entity.actor = target.id
    for quote in quotes:
        said = quote.speaker
        if said is not None and said.actor == old.id and entity.start <= said.start and said.end <= entity.end:
            said.actor = target.id
    for actor in (old, target):
        if rule.id not in actor.rules:
            actor.rules.append(rule.id)
    if not old.mentions:
        actors.remove(old)


def split_mentions(rules: ArticleRules, entities: list[Entity], actors: list[Actor], quotes: list[Quote]) -> list[Actor]:
    """`actors` with the article's split-mention rules applied."""
    if not rules.splits:
        return actors
    actors = list(actors)
    for rule in rules.splits:
        if rule.start is not None and rule.end is not None:
            _split(rule, entities, actors, quotes)
    actors = renumber(actors, entities, quotes)
    follow_speakers(actors, quotes)
    return actors
