"""The corrections of one article's quotes, applied once its actors are
built and merged (see `notes.quote_rules` for what each kind says).

In the order they were made, so a later correction of the same quote wins
(and undoing it brings the earlier one back): a span rule gives the quote
found there (the one overlapping it most) its span, a not-quote rule drops
the quote found there, an add-quote rule puts its quote in place of any it
overlaps, and a speaker rule (or an added quote's own) sets who speaks:
an actor of the article by its name (an actor no longer there is kept as
the name, as written), a description, or no one. A quote a rule made,
moved or attributed carries the rule's id (``rule``), so the window can
tell the reader's own from the model's. The actors' ``quotes`` follow.
"""

from __future__ import annotations

from ..analysis import Actor, Entity, Quote, Speaker
from ..notes.quote_rules import speaker_of
from ..notes.rules import Rule
from .merge import _named
from .ruleset import ArticleRules


def _overlap(quote: Quote, start: int, end: int) -> int:
    return min(quote.end, end) - max(quote.start, start)


def found_at(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The quote at exactly [start, end), else the one overlapping it most
    when that is at least half of either: the model may cut the same
    quote a little differently."""
    exact = next((q for q in quotes if (q.start, q.end) == (start, end)), None)
    if exact is not None:
        return exact
    best = max(quotes, key=lambda q: _overlap(q, start, end), default=None)
    if best is None or _overlap(best, start, end) * 2 < min(end - start, best.end - best.start):
        return None
    return best


def _speaker(value: str | None, quote: Quote, actors: list[Actor], entities: list[Entity]) -> Speaker | None:
    kind, who = speaker_of(value)
    if kind == "unknown":
        return None
    actor = _named(actors, who) if kind == "actor" else None
    if actor is None or not actor.mentions:  # a description, or an actor gone: the words, at the quote
        return Speaker(who or "", quote.start, quote.start, None)
    # The actor's mention nearest the quote stands for the speaker.
    start, end = min(actor.mentions, key=lambda m: min(abs(m[0] - quote.end), abs(quote.start - m[1])))
    text = next((e.text for e in entities if (e.start, e.end) == (start, end)), actor.name)
    return Speaker(text, start, end, actor.id)


def _apply(rule: Rule, quotes: list[Quote], actors: list[Actor], entities: list[Entity]) -> list[Quote]:
    start, end = rule.start, rule.end
    if rule.kind == "add-quote":
        kept = [q for q in quotes if _overlap(q, start, end) <= 0]
        kind = "direct" if rule.text.lstrip()[:1] in "\"'“”‘’„‚«»‹›" else "reported"
        added = Quote(start, end, rule.text, kind, None, None, rule.id)
        added.speaker = _speaker(rule.value, added, actors, entities)
        return sorted(kept + [added], key=lambda q: (q.start, q.end))
    quote = found_at(quotes, start, end)
    if quote is None:
        return quotes  # the analysis finds no quote there any more: nothing to correct
    if rule.kind == "not-quote":
        return [q for q in quotes if q is not quote]
    if rule.kind == "quote-span":
        quote.start, quote.end, quote.text = start, end, rule.text
    else:
        quote.speaker = _speaker(rule.value, quote, actors, entities)
    quote.rule = rule.id
    return sorted(quotes, key=lambda q: (q.start, q.end))


def correct_quotes(rules: ArticleRules, entities: list[Entity], actors: list[Actor], quotes: list[Quote]) -> list[Quote]:
    """`quotes` with the article's quote corrections applied; the actors'
    quote lists follow."""
    if not rules.quotes:
        return quotes
    for rule in rules.quotes:
        if rule.start is not None and rule.end is not None:
            quotes = _apply(rule, list(quotes), actors, entities)
    follow_speakers(actors, quotes)
    return quotes


def follow_speakers(actors: list[Actor], quotes: list[Quote]) -> None:
    """Each actor's ``quotes``: the indices of the quotes it speaks."""
    for actor in actors:
        actor.quotes = [n for n, q in enumerate(quotes) if q.speaker is not None and q.speaker.actor == actor.id]
