"""Speakers carried from one quote to the next: a split quote, a quote
paragraph without a cue right after one of X's quotes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sentences import Paragraphs

if TYPE_CHECKING:
    from .quotes import Found


def continue_speakers(quotes: list[Found], paragraphs: Paragraphs) -> None:
    """Split quotes and cue-less quote paragraphs take the speaker of the
    quote just before them when nothing stands between but the cue or a
    paragraph break. `quotes` are the direct ones in `paragraphs`' text."""
    text = paragraphs.text
    for previous, quote in zip(quotes, quotes[1:]):
        if quote.speaker is not None or previous.speaker is None:
            continue
        here, before = paragraphs.at(quote.start), paragraphs.at(previous.end - 1)
        speaker_text = text[previous.speaker[0] : previous.speaker[1]]
        # “…”, zei X, “…”: the cue between the halves names the speaker.
        split = here == before and previous.speaker[1] <= quote.start and speaker_text in text[previous.end : quote.start]
        # A paragraph that is only a quote, right after X's quote.
        continued = here == before + 1 and paragraphs.fills(quote.start, quote.end)
        if split or continued:
            quote.speaker, quote.cue, quote.pronoun = previous.speaker, previous.cue, previous.pronoun
