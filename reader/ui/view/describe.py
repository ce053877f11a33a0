"""What the status line and the tooltips say about a name or a quote: its
actor, label, role and counts; a quote's kind, speaker and cue; "your rule"
where the reader's own correction made the name or the actor."""

from __future__ import annotations

from ...core.analysis import Actor, Entity, Quote
from ...core.labels import LABEL_NOUNS

#: What is added for a name or actor the reader's rule made.
YOUR_RULE = "your rule"


def describe_entity(entity: Entity, actors: dict[str, Actor]) -> str:
    actor = actors.get(entity.actor or "")
    mine = [YOUR_RULE] if entity.rule or (actor is not None and actor.rules) else []
    if actor is None:
        return " · ".join([entity.text, LABEL_NOUNS.get(entity.label, entity.label), *mine])
    label = entity.label if entity.rule else actor.label
    parts = [actor.name, LABEL_NOUNS.get(label, label)]
    if actor.role:
        parts.append(actor.role)
    count = len(actor.mentions)
    parts.append(f"{count} mention" + ("s" if count != 1 else ""))
    if actor.quotes:
        parts.append(f"{len(actor.quotes)} quote" + ("s" if len(actor.quotes) != 1 else ""))
    return " · ".join(parts + mine)


def describe_quote(quote: Quote, actors: dict[str, Actor]) -> str:
    speaker = quote.speaker
    actor = actors.get(speaker.actor or "") if speaker else None
    who = actor.name if actor else (speaker.text if speaker else "speaker unknown")
    cue = f" ({quote.cue})" if quote.cue else ""
    return f"{quote.kind.capitalize()} quote · {who}{cue}"
