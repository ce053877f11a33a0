"""The label and not-entity rules as patterns of a spaCy ``span_ruler``
(``reader_rules``) right after the pipeline's entity recogniser.

It writes ``doc.ents`` through a filter of its own (`keep_rules`): a label
rule's match replaces any model entity it overlaps (as spaCy's
``prioritize_new_ents_filter``), and a not-entity rule's match removes a
model entity of exactly those tokens and adds nothing. Patterns are phrase
patterns on the exact text. The component is added on first use and its
patterns replaced when other rules apply; an analysis without rules leaves
it out of ``nlp.pipe`` (`disabled`), so a pipeline shared with it is the
model alone. Replacing the patterns is locked, but two analyses with
different rules on one pipeline at the same moment are not supported (the
window has one analysis running at a time).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from spacy.pipeline.span_ruler import prioritize_new_ents_filter
from spacy.tokens import Span
from spacy.util import registry

from .ruleset import ArticleRules

NAME = "reader_rules"
#: The label a not-entity rule's matches get; never left in ``doc.ents``.
NOT_ENTITY = "READER_NOT_ENTITY"
FILTER = "reader.rules_ents_filter.v1"
_lock = threading.Lock()


def keep_rules(entities: Iterable[Span], matches: Iterable[Span]) -> list[Span]:
    """The model's entities with the rules' matches applied."""
    matches = list(matches)
    gone = {(m.start, m.end) for m in matches if m.label_ == NOT_ENTITY}
    kept = [e for e in entities if (e.start, e.end) not in gone]
    return prioritize_new_ents_filter(kept, [m for m in matches if m.label_ != NOT_ENTITY])


@registry.misc(FILTER)
def make_keep_rules():
    return keep_rules


def patterns(rules: ArticleRules) -> list[dict]:
    found = [{"label": r.value, "pattern": r.text, "id": r.id} for r in rules.labels]
    return found + [{"label": NOT_ENTITY, "pattern": r.text, "id": r.id} for r in rules.not_entities]


def _after(nlp) -> dict:
    recognisers = [name for name in nlp.pipe_names if "ner" in name or name == "entity_ruler"]
    return {"after": recognisers[-1]} if recognisers else {"last": True}


def install(nlp, rules: ArticleRules) -> None:
    """Make `nlp`'s ``reader_rules`` match `rules` (added when missing)."""
    if not rules.patterns:
        return
    with _lock:
        if NAME not in nlp.pipe_names:
            config = {"spans_key": None, "annotate_ents": True, "overwrite": False, "ents_filter": {"@misc": FILTER}}
            nlp.add_pipe("span_ruler", name=NAME, config=config, **_after(nlp))
        ruler = nlp.get_pipe(NAME)
        if getattr(ruler, "reader_version", None) != rules.version:
            ruler.clear()
            ruler.add_patterns(patterns(rules))
            ruler.reader_version = rules.version


def disabled(nlp, rules: ArticleRules) -> list[str]:
    """What to leave out of ``nlp.pipe`` for `rules`: the ruler when there are none."""
    return [NAME] if not rules.patterns and NAME in nlp.pipe_names else []
