"""Whether a word is a finite verb: by the tagger's tags and morphology,
and, where the tagger is unsure, by the word itself."""

from __future__ import annotations

from spacy.tokens import Token

#: Tags of an English finite verb; a past participle right after the
#: subject is a past tense the tagger took for one ("Iran, which …, urged").
_FINITE_TAGS = frozenset("VBD VBZ VBP VBN".split())


def finite(token: Token) -> bool:
    """A finite verb: by its English tag, or by its morphology."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    return token.tag_ in _FINITE_TAGS or "Fin" in token.morph.get("VerbForm")


#: Finite verbs known without a parse (a sentence with no cue word is not
#: parsed): the commonest auxiliaries and copulas of Dutch and English.
_FINITE_WORDS = frozenset(
    "is was zijn waren werd werden wordt worden heeft hebben had hadden zal zou zouden kan kon moet moest"
    " wil wilde bleek blijkt gaat ging kreeg krijgt leidde leidt was were has have had will would could"
    " did does led".split()
)


def finite_or_known(token: Token) -> bool:
    """A finite verb by the parse, or one of the commonest by its word."""
    return finite(token) or token.lower_ in _FINITE_WORDS


def finite_or_past(token: Token) -> bool:
    """A finite verb, or an English word in -ed that the tagger took for an
    adjective ("Britain on Saturday condemned …")."""
    return finite(token) or (token.text.islower() and token.text.endswith("ed") and token.pos_ in ("ADJ", "VERB"))


#: Dutch finite forms no other word shares (not "kan", a jug, or "was",
#: the washing): the tagger, trained on little formal address, takes
#: "bent" for a noun ("Volgens uw advocaat bent u …").
_UNMISTAKABLE = frozenset(
    "ben bent is heeft hebt heb wordt werd werden zult zal zou zouden moet moest moesten mag mocht mochten kunt konden".split()
)


def finite_or_unmistakable(token: Token) -> bool:
    """A finite verb by the parse, or a Dutch form that can be nothing else."""
    return finite(token) or token.lower_ in _UNMISTAKABLE
