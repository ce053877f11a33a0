"""Same-as rules: an alias's actor is the canonical name's actor.

After the actors are built (and `marks` has run), each same-as rule finds
the actor named by its canonical name and every other actor named by its
alias (by name or any alias, case and accents aside, possessives dropped).
Each of those is merged into the canonical one: mentions, aliases and
quotes joined, its entities and quote speakers pointed at the canonical
actor and given its label. When the article does not name the canonical
actor, an actor known by the alias alone takes the canonical name (the
alias stays among its aliases), so the same person has one name across
articles. Each actor a rule merged or named lists the rule's id in
``rules``. Actor ids are numbered again in order of first mention (``a1``,
``a2``, …).
"""

from __future__ import annotations

from ..analysis import Actor, Entity, Quote
from ..attribution.names import fold, without_possessive
from .ruleset import ArticleRules


def _key(name: str) -> str:
    return fold(without_possessive(name))


def _names(actor: Actor, name: str) -> bool:
    key = _key(name)
    return _key(actor.name) == key or any(_key(alias) == key for alias in actor.aliases)


def _named(actors: list[Actor], name: str) -> Actor | None:
    return next((actor for actor in actors if _names(actor, name)), None)


def _merge_into(target: Actor, source: Actor, entities: list[Entity], quotes: list[Quote]) -> None:
    target.mentions = sorted(set(map(tuple, target.mentions)) | set(map(tuple, source.mentions)))
    target.aliases += [alias for alias in source.aliases if alias not in target.aliases]
    target.quotes = sorted(set(target.quotes) | set(source.quotes))
    target.role = target.role or source.role
    target.rules += [rule for rule in source.rules if rule not in target.rules]
    for entity in entities:
        if entity.actor == source.id:
            entity.actor = target.id
            entity.label = entity.label if entity.rule else target.label  # a label rule stands
    for quote in quotes:
        if quote.speaker is not None and quote.speaker.actor == source.id:
            quote.speaker.actor = target.id


def merge(rules: ArticleRules, entities: list[Entity], actors: list[Actor], quotes: list[Quote]) -> list[Actor]:
    """`actors` with the same-as rules applied (see the module's docstring)."""
    actors = list(actors)
    for rule in rules.same_as:
        canonical = _named(actors, rule.value or "")
        aliases = [actor for actor in actors if actor is not canonical and _names(actor, rule.text)]
        if canonical is None:
            # Only an actor known by the alias alone takes the canonical name.
            aliases = [actor for actor in aliases if _key(actor.name) == _key(rule.text)]
            if not aliases:
                continue
            canonical = aliases.pop(0)
            if canonical.name not in canonical.aliases:
                canonical.aliases.append(canonical.name)
            canonical.name = rule.value or canonical.name
        elif not aliases:
            continue  # already one actor, or the alias is not in the article
        for alias in aliases:
            _merge_into(canonical, alias, entities, quotes)
            actors.remove(alias)
        if rule.id not in canonical.rules:
            canonical.rules.append(rule.id)
    return renumber(actors, entities, quotes)


def renumber(actors: list[Actor], entities: list[Entity], quotes: list[Quote]) -> list[Actor]:
    """Ids ``a1``, ``a2``, … in order of first mention again; entities and
    speakers follow (a speaker whose actor is gone points at none)."""
    actors = sorted(actors, key=lambda a: min(map(tuple, a.mentions), default=(float("inf"), 0)))
    new = {}
    for number, actor in enumerate(actors, start=1):
        new[actor.id] = f"a{number}"
        actor.id = new[actor.id]
        actor.mentions = [tuple(m) for m in actor.mentions]
    for entity in entities:
        entity.actor = new.get(entity.actor) if entity.actor else None
    for quote in quotes:
        if quote.speaker is not None and quote.speaker.actor:
            quote.speaker.actor = new.get(quote.speaker.actor)
    return actors
