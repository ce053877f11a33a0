"""Group entity mentions into actors.

For now an actor is one distinct name per label, with possessive forms
(``Zelensky’s``, ``Biden's``) counted as the name itself; the
actors-and-quotes work replaces this with real grouping.
"""

from __future__ import annotations

import re

from .analysis import Actor, Entity

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


def base_name(text: str) -> str:
    """The name without possessive ending and with single spaces."""
    name = " ".join(text.split())
    stripped = _POSSESSIVE.sub("", name)
    return stripped if len(stripped) > 1 else name


def group_actors(entities: list[Entity]) -> list[Actor]:
    """Make actors from `entities` (in text order) and set each entity's
    ``actor`` id. Ids are ``a1``, ``a2``, … in order of first mention."""
    actors: dict[tuple[str, str], Actor] = {}
    for entity in entities:
        key = (entity.label, base_name(entity.text).casefold())
        actor = actors.get(key)
        if actor is None:
            actor = Actor(id=f"a{len(actors) + 1}", name=base_name(entity.text), label=entity.label)
            actors[key] = actor
        surface = " ".join(entity.text.split())
        if surface not in actor.aliases:
            actor.aliases.append(surface)
        actor.mentions.append((entity.start, entity.end))
        entity.actor = actor.id
    return list(actors.values())
