"""After the actors are built: mark the entities a label rule made, and
keep a not-entity rule's text out of the analysis.

The ruler has already labelled every match of a label rule and removed
every model entity a not-entity rule names; here an entity whose text is a
label rule's text and whose label is the rule's gets that rule's id (the
window can tell the reader's own from the model's), and a mention of a
not-entity text the reader's article rules added back (a bare surname,
say) is dropped with its place in its actor.
"""

from __future__ import annotations

from ..analysis import Actor, Entity
from ..attribution.names import without_possessive
from .ruleset import ArticleRules


def _text(text: str) -> str:
    return " ".join(text.split())


def mark(rules: ArticleRules, entities: list[Entity], actors: list[Actor]) -> list[Entity]:
    """Set ``rule`` on entities a label rule made; returns the entities
    without those a not-entity rule names (their actors lose them)."""
    labels = {(r.text, r.value): r.id for r in rules.labels}
    unwanted = {r.text for r in rules.not_entities}
    kept, dropped = [], set()
    for entity in entities:
        text = _text(entity.text)
        rule = labels.get((text, entity.label)) or labels.get((without_possessive(text), entity.label))
        if rule is not None:
            entity.rule, entity.model_label = rule, None
        if text in unwanted and rule is None:
            dropped.add((entity.start, entity.end))
            continue
        kept.append(entity)
    if dropped:
        for actor in actors:
            actor.mentions = [m for m in actor.mentions if tuple(m) not in dropped]
            actor.aliases = [alias for alias in actor.aliases if alias not in unwanted]
        actors[:] = [a for a in actors if a.mentions]
    return kept
