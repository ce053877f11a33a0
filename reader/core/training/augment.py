"""Training-time variants of CoNLL sentences for what news text has and the
1996/2000 data lacks: typographic quotes and apostrophes, and all-caps
headlines.

Registered as a spaCy augmenter so that the training config names it.
"""

from __future__ import annotations

import random
from typing import Callable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from ..attribution.marks import PAIRS

#: Typographic pairs a news site may use instead of ``"``; Dutch papers also
#: use low-high quotes.
DOUBLE_QUOTES = [(opening, PAIRS[opening][0]) for opening in "“„«"]
SINGLE_QUOTES = [("‘", PAIRS["‘"])]


def typographic_words(words: list[str], rng: random.Random) -> list[str]:
    """Replace ASCII quotes and apostrophes by typographic ones.

    Stand-alone quote tokens alternate between opening and closing forms;
    an apostrophe inside a word (``Christo's``, ``'s``, ``O'Brien``) becomes
    the right single quote, as typesetting software writes it.
    """
    double = rng.choice(DOUBLE_QUOTES)
    single = rng.choice(SINGLE_QUOTES)
    out, open_double, open_single = [], True, True
    for word in words:
        if word in ('"', "``", "''"):
            out.append(double[0] if open_double else double[1])
            open_double = not open_double
        elif word in ("'", "`"):
            out.append(single[0] if open_single else single[1])
            open_single = not open_single
        else:
            out.append(word.replace("'", "’"))
    return out


def _variant(nlp: Language, example: Example, words: list[str]) -> Example:
    reference = example.reference
    spaces = [bool(token.whitespace_) for token in reference]
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, e.start, e.end, label=e.label_) for e in reference.ents]
    predicted = Doc(nlp.vocab, words=words, spaces=spaces)
    return Example(predicted, doc)


@spacy.registry.augmenters("reader.news_variants.v1")
def create_news_augmenter(
    typographic_level: float, upper_level: float
) -> Callable[[Language, Example], Iterator[Example]]:
    """Yield each example, plus a typographic variant with probability
    `typographic_level` and an all-caps variant with probability `upper_level`."""
    rng = random.Random(0)

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        yield example
        words = [token.text for token in example.reference]
        if any(("'" in w or '"' in w or "`" in w) for w in words):
            if rng.random() < typographic_level:
                yield _variant(nlp, example, typographic_words(words, rng))
        if rng.random() < upper_level:
            yield _variant(nlp, example, [w.upper() for w in words])

    return augment
