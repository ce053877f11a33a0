"""The subject of a reporting verb when a relative clause stands between
them with no punctuation but commas: "The man who saw the fire said …",
"Een Duits echtpaar dat in het hotel logeerde, dacht dat …". The noun
phrase that opens the sentence speaks, not the clause about it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from .noun_cues import SPEECH_NOUNS
from .perfect import PERFECT
from .phrases import finite
from .run_on import RELATIVE_SPEAKERS
from .speaker_checks import is_text_noun

if TYPE_CHECKING:
    from .subjects import ReportedSubjects

_EN_RELATIVES = frozenset("who whom which whose".split())


def subject_before_relative(finder: "ReportedSubjects", verb: int, span: Span) -> tuple[int, int] | None:
    """English "A truck maker in which Ford has a stake said …", "The man
    who saw the fire said …": the noun phrase that opens the sentence,
    when a relative clause with a verb of its own runs from it to the
    reporting verb with no punctuation but commas. Dutch: `_dutch`."""
    doc = finder.doc
    if finder.lang == "nl":
        return _dutch(finder, verb, span)
    relative = next((j for j in range(verb - 2, span.start, -1) if doc[j].lower_ in _EN_RELATIVES), None)
    if relative is None or not any(finite(t) for t in doc[relative + 1 : verb]):
        return None
    if any(t.is_punct and t.text != "," for t in doc[relative:verb]):
        return None  # commas only: an apposition inside the clause ("who examined X, a chief of …, said")
    opening = relative - 1 if doc[relative - 1].pos_ == "ADP" else relative
    phrase = doc[span.start : opening]
    if not 0 < len(phrase) <= 8 or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in phrase):
        return None
    return phrase.start_char, phrase.end_char


def _dutch(finder: "ReportedSubjects", verb: int, span: Span) -> tuple[int, int] | None:
    """ "Een Duits echtpaar dat in het hotel logeerde, dacht dat …": the
    noun phrase that opens the sentence with the relative clause that a
    "dat" after a neuter noun opens, up to the comma right before the verb,
    as a "die" clause is ("Ministers die in de EU willen blijven, zeggen")."""
    doc = finder.doc
    if verb - 1 <= span.start or doc[verb - 1].text != ",":
        return None
    relative = next((j for j in range(span.start + 1, verb - 1) if doc[j].lower_ == "dat"), None)
    if relative is None or "Neut" not in doc[relative - 1].morph.get("Gender"):
        return None
    # "Een passerend Duits echtpaar": a participle before the noun is an adjective
    phrase = doc[span.start : relative]
    if not 0 < len(phrase) <= 6 or any(t.is_punct or t.pos_ in ("VERB", "AUX") and not _adjectival(t, relative) for t in phrase):
        return None
    return phrase.start_char, doc[verb - 2].idx + len(doc[verb - 2])


def _adjectival(token, noun_end: int) -> bool:
    """A verb form used as an adjective before the noun ("een passerend
    echtpaar"): by the parse, or a participle before the phrase's end."""
    return token.dep_ == "amod" or ("Part" in token.morph.get("VerbForm") and token.i < noun_end - 1)


def relative_before(doc, verb: int) -> int | None:
    """The relative pronoun right before reporting verb `verb`, or before
    its auxiliary of the perfect ("who said", "who has said"); else None."""
    if not 1 <= verb < len(doc):
        return None
    relative = verb - 2 if verb >= 2 and doc[verb - 1].lower_ in PERFECT else verb - 1
    while relative > 0 and verb - relative <= 3 and doc[relative].lower_ in _ADVERBS_IN_A_RELATIVE:
        relative -= 1  # "die daarin aangeeft", "who also said"
    return relative if relative >= 0 and doc[relative].lower_ in RELATIVE_SPEAKERS else None


#: Adverbs that may stand between a relative pronoun and its reporting verb.
_ADVERBS_IN_A_RELATIVE = frozenset("ook al eerder daarin daarbij toen zelf nu also earlier previously later then".split())


def antecedent_of_relative(finder: "ReportedSubjects", verb: int, floor: int) -> tuple[int, int] | None:
    """The phrase before ", who/die" + `verb`, past a cue before it ("…, zei
    de wethouder, die vond dat …": the alderman, not "zei de wethouder")."""
    doc = finder.doc
    comma = relative_before(doc, verb) - 1
    if doc[comma].text != ",":  # "a man who said", "mensen die denken": the noun phrase the parse gives the noun
        noun = doc[comma]
        head = noun.head if noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and noun.head.i < noun.i else noun
        start = head.left_edge.i  # "lieden uit de Unilever-top die …": the noun the phrase hangs on
        while start < head.i and doc[start].pos_ in ("ADP", "ADV", "CCONJ", "SCONJ"):
            start += 1  # "Ook voor de wethouder die …", "over mensen die …": no part of who
        return (doc[start].idx, noun.idx + len(noun)) if start >= floor else None
    phrase = finder.phrases.before(comma, floor)
    span = finder.tokens(*phrase) if phrase else None
    if span is not None and (owner := whose_words(span, finder.lang)) is not None:
        return owner
    if span is not None and len(span) > 1 and finder.is_cue(span.start, span.end):
        return span[1].idx, phrase[1]
    verb_in = next((t.i for t in reversed(span) if t.tag_ in ("VBD", "VBZ", "VBP")), None) if span is not None else None
    if verb_in is not None and verb_in + 1 < span.end:
        return doc[verb_in + 1].idx, phrase[1]  # "The paper quoted Mr Smith, who said": Mr Smith
    return phrase


#: Nouns for words said, besides texts and statements, whose owner speaks in a relative clause after them.
_WORDS_SAID = frozenset("kritiek woorden uitspraken opmerking opmerkingen vragen criticism words remarks comments questions reaction".split())


def whose_words(span: Span, lang: str) -> tuple[int, int] | None:
    """ "de kritiek van de oppositie, die eerder stelde dat …": words do not
    speak; the one whose words they are does (the phrase after "van")."""
    of = next((t.i for t in span[1:-1] if t.lower_ in ("van", "of", "from")), None)
    if of is None:
        return None
    noun = span.doc[of - 1].lower_
    if not (is_text_noun(noun) or noun in SPEECH_NOUNS.get(lang, ()) or noun in _WORDS_SAID):
        return None
    return span.doc[of + 1].idx, span.end_char
