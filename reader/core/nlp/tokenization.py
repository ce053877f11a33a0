"""Tokenizer adjustments.

For every pipeline, bundled or official (`adapt_tokenizer`):

- News sites print apostrophes as ``’``. spaCy's Dutch tokenizer keeps
  ``Zelensky's`` as one token (as the CoNLL-2002 data does) but splits
  ``Zelensky’s`` at the typographic apostrophe, because ``’`` is in its
  infix quote class. Between two letters ``’`` is an apostrophe, not a
  quote, so it gets the same treatment as ``'``.
- spaCy's Dutch exceptions include all-caps copies of legal abbreviations
  (``VS.``, ``AL.``, ``BEL.``), so ``de VS. Directeur Burns`` keeps the
  sentence's full stop inside ``VS.``. In news an all-caps word before a
  full stop is an acronym ending a sentence, so those copies are dropped.
- spaCy's Dutch exceptions also hold abbreviations that are common words
  (``dat.``, ``al.``, ``me.``, ``vol.``, ``hand.``), so ``zeggen ze dat.``
  or ``wisten we al.`` kept the sentence's full stop inside the word, and
  "zeggen dat." was no statement with its "dat". In news such a word
  before a full stop ends a sentence; those exceptions are dropped.
- spaCy's Dutch exceptions hold some 1,400 abbreviations of Belgian law
  reports and their case copies (``Rev.dr.ulb.``, ``ANN.DR.SC.POL.``),
  none of which appeared in 300 news articles; adding each to the
  tokenizer took a third of the time to load the Dutch model. Those with
  more than one part and a part of three letters or more are dropped
  (``o.a.``, ``d.w.z.``, ``N.V.`` and one-part abbreviations stay).
- spaCy's exceptions keep the emoticon ``):`` whole, so in ``De Groot
  (GL): '…'`` no colon followed the speaker; in news it is a bracket and
  a colon, and the exception is dropped.
- spaCy splits a full stop off a word ending in a lower-case letter or in
  two capitals, but not off one ending in lower case then a capital:
  ``GroenLinks-PvdA.`` and ``McD.`` kept the sentence's full stop, and the
  name was then never recognised. Such a full stop is split off too.

For the bundled models only, at training time (`conll_tokenizer`, saved
with the model): hyphenated words stay whole (``Anne-Gaelle``,
``Chester-le-Street``, ``regering-Biden``), as the CoNLL data has them;
spaCy's English tokenizer would split them, and the model would then see
tokens it was never trained on.

A bundled model is loaded with an empty tokenizer in place of the
language's default (`LEAN_TOKENIZER`): spaCy would build the default, with
its thousands of exceptions, only to replace all of it with the model's
saved tokenizer, and that was half the time to load the Dutch model. The
saved tokenizers already have the adjustments above, so applying them at
load changes nothing and costs nothing.
"""

from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex

#: Languages whose default infixes split at ``’`` but not at ``'``.
_APOSTROPHE_INFIX_LANGS = {"nl", "de"}
_ALL_CAPS_ABBREVIATION = re.compile(r"[A-Z]{2,}\.")
_CAMEL_CASE_FULL_STOP = r"(?<=[a-z][A-Z])\.$"
#: A law report's abbreviation: two parts or more, one of three letters or more.
_CITATION = re.compile(r"(?=[^.]*\.[^.])(?:[^.]+\.)*[^.\d]{3,}\.(?:[^.]+\.)*")
#: Dutch abbreviation exceptions that are common words ending a sentence
#: far more often than abbreviations (counted in 300 news articles).
_WORDS_BEFORE_A_FULL_STOP = frozenset("dat. al. me. kon. hand. vol. pas. ver. top. best.".split())
#: Emoticon exceptions that are news punctuation: a bracket closing an
#: aside before a colon ("De Groot (GL): '…'").
_NOT_EMOTICONS = frozenset({"):"})


def adapt_tokenizer(nlp: Language) -> Language:
    """Apply the adjustments for every pipeline; idempotent."""
    tokenizer = nlp.tokenizer
    if nlp.lang in _APOSTROPHE_INFIX_LANGS:
        pattern = getattr(getattr(tokenizer.infix_finditer, "__self__", None), "pattern", None)
        if pattern and "’" in pattern:
            tokenizer.infix_finditer = re.compile(pattern.replace("’", "")).finditer
    suffix = getattr(getattr(tokenizer.suffix_search, "__self__", None), "pattern", None)
    if suffix and _CAMEL_CASE_FULL_STOP not in suffix:
        tokenizer.suffix_search = re.compile(f"{suffix}|{_CAMEL_CASE_FULL_STOP}").search
    rules = tokenizer.rules or {}
    kept = {
        key: value
        for key, value in rules.items()
        if not (_ALL_CAPS_ABBREVIATION.fullmatch(key) or _CITATION.fullmatch(key))
        and key not in _WORDS_BEFORE_A_FULL_STOP
        and key not in _NOT_EMOTICONS
    }
    if len(kept) != len(rules):
        tokenizer.rules = kept
    return nlp


def conll_tokenizer(nlp: Language) -> Language:
    """Tokenise like the CoNLL data: hyphenated words and dates stay whole."""
    infixes = [
        pattern
        for pattern in nlp.Defaults.infixes or []
        if not (re.search(pattern, "a-b") or re.search(pattern, "1-2"))
    ]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return adapt_tokenizer(nlp)


@spacy.registry.callbacks("reader.conll_tokenizer.v1")
def create_conll_tokenizer():
    """Config callback (``[initialize.before_init]``) used when training."""
    return conll_tokenizer


@spacy.registry.tokenizers("reader.lean_tokenizer.v1")
def create_lean_tokenizer():
    """A tokenizer with no rules or patterns, for a pipeline whose saved
    tokenizer sets them all (see the module docstring)."""

    def create(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return create


#: The config override that loads a saved pipeline with that tokenizer.
LEAN_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "reader.lean_tokenizer.v1"}}}
