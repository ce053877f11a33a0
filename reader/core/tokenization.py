"""Tokenizer adjustments that every pipeline gets, bundled or official.

- News sites print apostrophes as ``’``. spaCy's Dutch tokenizer keeps
  ``Zelensky's`` as one token (as the CoNLL-2002 data does) but splits
  ``Zelensky’s`` at the typographic apostrophe, because ``’`` is in its
  infix quote class. Between two letters ``’`` is an apostrophe, not a
  quote, so it gets the same treatment as ``'``.
- spaCy's Dutch exceptions include all-caps copies of legal abbreviations
  (``VS.``, ``AL.``, ``BEL.``), so ``de VS. Directeur Burns`` keeps the
  sentence's full stop inside ``VS.``. In news an all-caps word before a
  full stop is an acronym ending a sentence, so those copies are dropped.
"""

from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

#: Languages whose default infixes split at ``’`` but not at ``'``.
_APOSTROPHE_INFIX_LANGS = {"nl", "de"}
_ALL_CAPS_ABBREVIATION = re.compile(r"[A-Z]{2,}\.")


def adapt_tokenizer(nlp: Language) -> Language:
    """Apply the adjustments above to `nlp`'s tokenizer; idempotent."""
    tokenizer = nlp.tokenizer
    if nlp.lang in _APOSTROPHE_INFIX_LANGS:
        infixes = [pattern.replace("’", "") for pattern in nlp.Defaults.infixes or []]
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    rules = tokenizer.rules or {}
    kept = {key: value for key, value in rules.items() if not _ALL_CAPS_ABBREVIATION.fullmatch(key)}
    if len(kept) != len(rules):
        tokenizer.rules = kept
    return nlp


@spacy.registry.callbacks("reader.adapt_tokenizer.v1")
def create_adapt_tokenizer():
    """Config callback (``[initialize.before_init]``) used when training."""
    return adapt_tokenizer
