"""The speaker of a Dutch reporting verb in the perfect with words between
the auxiliary and the participle ("De burgemeester heeft de bewoners
opgeroepen om …"): the parser often takes the object there for the
participle's subject, which would make the residents speak."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span

from .phrases import NOUN_PHRASE_TAGS

if TYPE_CHECKING:
    from .subjects import ReportedSubjects

#: A Dutch past participle by its form (the tagger takes some for infinitives or finite verbs).
PARTICIPLE = re.compile(r"(?:(?:aan|toe|op|mee|uit|af|bekend)?ge\w+(?:d|t|en)|(?:be|ver|ont|her|er)\w{3,}[dt])$")
#: Dutch auxiliaries of the perfect of a reporting verb.
_HAVE = frozenset("heeft hebben had hadden".split())


def before_the_auxiliary(finder: "ReportedSubjects", verb: int, span: Span) -> tuple[int, int] | None:
    """The phrase that opens the clause before the auxiliary of participle
    `verb`; after a time or place there ("Gisteren heeft de burgemeester de
    bewoners verteld"), the first phrase after the auxiliary; None when
    `verb` is no Dutch participle after one."""
    doc = finder.doc
    # the participle, or the infinitive that stands for it ("heeft via een woordvoerder laten weten")
    if finder.lang != "nl" or not (doc[verb].tag_[:5] == "WW|vd" or PARTICIPLE.match(doc[verb].lower_) or doc[verb].lower_ == "laten"):
        return None
    auxiliary = next((t.i for t in doc[span.start : verb - 1] if t.lower_ in _HAVE), None)
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
