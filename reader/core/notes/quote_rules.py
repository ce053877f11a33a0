"""Corrections of quotes, kept as rules with one article.

Quotes rarely repeat, so unlike a label a quote's correction is about one
place in one article: its ``article_id`` (the key notes use, a hash of the
article's text: a moved file keeps it), the quote's offsets (``start``,
``end``) and, as ``text``, the quote's exact words (not a hash: the rules
list shows them, and they tell whether the correction still fits). Four
kinds:

- ``quote-speaker``: the quote at [start, end) was said by ``value``;
- ``not-quote``: what was found at [start, end) is no quote;
- ``quote-span``: the quote found there (overlapping most) is [start, end);
- ``add-quote``: [start, end) is a quote, said by ``value``.

One more kind is placed the same way, though it is about a name:
``split-mention``, the mention at [start, end) is not its actor's but the
actor named ``value`` (another actor of the article), or with no value an
actor of its own. A rule about text cannot say this (the same text names
the actor elsewhere); a rule about one place can.

``value`` says who speaks: ``actor:NAME`` (an actor of the article, found
again by its name or aliases), ``said:DESCRIPTION`` (someone the article
describes, "a ministry spokeswoman") or ``unknown``.

When an article's file changes, its quote corrections move to the new text
(`carry`) when the quote's words stand there unchanged; one whose words
are gone stays with the old text and no longer applies.
"""

from __future__ import annotations

from .anchors import CONTEXT_CHARS, Anchor, relocate
from .model import StoreError, now
from .schema import PLACED_KINDS

UNKNOWN = "unknown"
ACTOR, SAID = "actor:", "said:"
#: The kinds whose value is a speaker.
WITH_SPEAKER = ("quote-speaker", "add-quote")


def speaker_value(actor: str | None = None, said: str | None = None) -> str:
    """The value that says who speaks: an actor's name, a description, or
    neither (unknown)."""
    if actor and actor.strip():
        return ACTOR + " ".join(actor.split())
    if said and said.strip():
        return SAID + " ".join(said.split())
    return UNKNOWN


def speaker_of(value: str | None) -> tuple[str, str | None]:
    """("actor", name), ("said", description) or ("unknown", None)."""
    value = value or UNKNOWN
    for prefix in (ACTOR, SAID):
        if value.startswith(prefix) and value[len(prefix) :].strip():
            return prefix[:-1], value[len(prefix) :]
    return UNKNOWN, None


def checked_speaker(value) -> str:
    if not isinstance(value, str) or not (value == UNKNOWN or speaker_of(value)[0] != UNKNOWN):
        raise StoreError(f"a quote's speaker is {ACTOR}NAME, {SAID}DESCRIPTION or {UNKNOWN}, not {value!r}")
    kind, who = speaker_of(value)
    return speaker_value(who if kind == "actor" else None, who if kind == "said" else None)


def checked_place(kind: str, text: str, start, end, article_id) -> None:
    """StoreError unless a placed rule (a quote's, a split) has its article
    and offsets that cover exactly its text; other kinds have neither."""
    if kind not in PLACED_KINDS:
        if start is not None or end is not None:
            raise StoreError(f"a {kind} rule is about a text, not a place (no start or end)")
        return
    if not isinstance(article_id, str) or not article_id:
        raise StoreError(f"a {kind} rule is kept with its article (article_id)")
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in (start, end)):
        raise StoreError(f"a {kind} rule needs the start and end offsets of its words")
    if not 0 <= start < end or end - start != len(text):
        raise StoreError(f"the offsets {start}..{end} do not cover the rule's {len(text)} characters")


def describe_speaker(value: str | None) -> str:
    kind, who = speaker_of(value)
    if kind == "actor":
        return who or ""
    if kind == "said":
        return f"“{who}”"
    return "an unknown speaker"


def short(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def describe(kind: str, text: str, value: str | None) -> str:
    """What a placed rule says, in words."""
    quote = f"“{short(text)}”"
    if kind == "split-mention":
        return f"{quote} here is {value}" if value else f"{quote} here is an actor of its own"
    if kind == "quote-speaker":
        return f"{quote} was said by {describe_speaker(value)}"
    if kind == "not-quote":
        return f"{quote} is not a quote"
    if kind == "quote-span":
        return f"the quote is {quote}"
    return f"{quote} is a quote by {describe_speaker(value)}"


def carry(conn, rules: list, old_text: str | None, new_id: str, new_text: str) -> int:
    """Move the placed rules (quotes', splits) of an older text of one file to its new text
    (`new_id`) where the quote's exact words still stand (the place whose
    surroundings match best); returns how many moved. Others stay with
    the old text: they no longer fit. `rules` are `notes.rules.Rule`s."""
    from .rules import rule_checksum

    moved = 0
    for rule in rules:
        if rule.kind not in PLACED_KINDS or rule.start is None or rule.damaged:
            continue
        before = old_text[max(0, rule.start - CONTEXT_CHARS) : rule.start] if old_text else ""
        after = old_text[rule.end : rule.end + CONTEXT_CHARS] if old_text else ""
        placed = relocate(Anchor(rule.start, rule.end, rule.text, before, after), new_text)
        if placed is None or new_text[placed[0] : placed[1]] != rule.text:
            continue
        rule.article_id, (rule.start, rule.end) = new_id, placed
        conn.execute(
            'UPDATE rules SET article_id = ?, start = ?, "end" = ?, updated = ?, checksum = ? WHERE id = ?',
            (new_id, rule.start, rule.end, now(), rule_checksum(rule), rule.id),
        )
        moved += 1
    return moved
