"""The speaker of a Dutch reporting verb in a verb cluster: in the perfect
with words between the auxiliary and the participle ("De burgemeester
heeft de bewoners opgeroepen om …"), where the parser often takes the
object for the participle's subject, which would make the residents
speak; and a "door te" infinitive ("Het kabinet verraste door aan te
kondigen dat …"), whose subject is its clause's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span

from .phrases import NOUN_PHRASE_TAGS, finite

if TYPE_CHECKING:
    from .subjects import ReportedSubjects

#: A Dutch past participle by its form (the tagger takes some for infinitives or finite verbs).
PARTICIPLE = re.compile(r"(?:(?:aan|toe|op|mee|uit|af|bekend)?ge\w+(?:d|t|en)|(?:be|ver|ont|her|er)\w{3,}[dt])$")
#: Dutch auxiliaries of the perfect of a reporting verb.
_HAVE = frozenset("heeft hebben had hadden".split())
_BE = frozenset("is zijn was waren ben bent".split())
#: Participles of a state of mind reported with "dat" ("is ervan overtuigd dat", "is ervan uitgegaan dat").
STATES_OF_MIND = frozenset(("overtuigd", "uitgegaan"))
#: Auxiliaries of the perfect, Dutch and English ("heeft gezegd", "has said").
PERFECT = _HAVE | frozenset("has have".split())


def before_the_auxiliary(finder: "ReportedSubjects", verb: int, span: Span) -> tuple[int, int] | None:
    """The phrase that opens the clause before the auxiliary of participle
    `verb`; after a time or place there ("Gisteren heeft de burgemeester de
    bewoners verteld"), the first phrase after the auxiliary; None when
    `verb` is no Dutch participle after one."""
    doc = finder.doc
    # the participle, or the infinitive that stands for it ("heeft via een woordvoerder laten weten")
    if finder.lang != "nl" or not (doc[verb].tag_[:5] == "WW|vd" or PARTICIPLE.match(doc[verb].lower_) or doc[verb].lower_ == "laten"):
        return None
    # "is ervan overtuigd dat": a state of mind, whose perfect takes "zijn"
    auxiliaries = _HAVE | _BE if doc[verb].lower_ in STATES_OF_MIND else _HAVE
    auxiliary = next((t.i for t in doc[span.start : verb - 1] if t.lower_ in auxiliaries), None)
    phrase = finder.phrases.before(auxiliary, span.start) if auxiliary is not None and auxiliary > span.start else None
    tokens = finder.tokens(*phrase) if phrase else None
    if tokens is not None and tokens.start == span.start:
        return phrase
    if auxiliary is None or finder.checked_speaker(phrase) is not None:
        return None
    end, noun = auxiliary + 1, False
    while end < verb and not (noun and doc[end].pos_ in ("DET", "PRON")) and doc[end].pos_ in NOUN_PHRASE_TAGS:
        noun = noun or doc[end].pos_ in ("NOUN", "PROPN")
        end += 1
    return (doc[auxiliary + 1].idx, doc[end - 1].idx + len(doc[end - 1])) if noun and end < verb else None


def by_saying(doc, verb: int, span: Span) -> int | None:
    """The finite verb of the clause whose subject did so by saying
    (Dutch "door [particle] te" before `verb`: "maakte een gebaar door aan
    te kondigen dat"), or None. Only "door": after "hoopt", "weigerde" or
    "vergat" the "te" infinitive was not (yet) said."""
    if verb < 2 or doc[verb - 1].lower_ != "te":
        return None
    door = verb - 2 if doc[verb - 2].lower_ == "door" else verb - 3
    if door < span.start or doc[door].lower_ != "door":
        return None
    before = doc[span.start : door]
    # the tagger takes some past tenses for participles ("De club verraste …")
    verbs = [t.i for t in before if finite(t)] or [t.i for t in before if t.pos_ in ("VERB", "AUX")]
    return verbs[0] if verbs else None


#: Dutch verbs whose subject says what their infinitive reports ("wil ons
#: wijsmaken dat", "probeerde aan te tonen dat"); not "zal" or "gaat" (what
#: will be said later), "moet" (what is yet to be shown: "moet de stichting
#: aantonen dat") or "kan" (what could be: "kan de EU eisen dat").
_WANTING = frozenset(
    "wil wilde wilden willen probeert probeerde probeerden proberen durft durfde durfden durven weet wist wisten".split()
)
#: "blijven zeggen dat": kept saying, so said.
_KEEPING = frozenset("blijft blijven bleef bleven".split())  # "wist te melden dat": managed to tell


def wanting_to_say(doc, verb: int, span: Span) -> int | None:
    """The finite verb of wanting, trying, daring or managing whose
    infinitive (with or without "te") is the reporting verb at `verb`, in
    its clause with no punctuation or other finite verb between; None otherwise."""
    if not doc[verb].lower_.endswith("en"):
        return None
    for i in range(verb - 1, max(span.start, verb - 12) - 1, -1):
        if doc[i].is_punct:
            return None
        if doc[i].lower_ in _WANTING or doc[i].lower_ in _KEEPING:
            return i
        if finite(doc[i]):
            return None  # another clause's verb: "laat X naamloos blijven De premier weigert … uit te spreken"
    return None
