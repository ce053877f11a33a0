"""Websites news names as a source ("volgens retailtrends.nl", "www.rtl.nl"),
found in the text (`kinds` makes them MISC names, as the project's gold
marks them)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .doc_text import text_words


def web_addresses(doc: Doc) -> list[int]:
    """The tokens that are a site's address as news names it ("nu.nl",
    "www.rtl.nl"); not a mail address or a link to a page. Found in the
    text, then checked as whole tokens: no Token object for every word."""
    found = []
    for start, word in text_words(doc):
        if "." not in word:
            continue  # no address, or only punctuation ("...")
        span = doc.char_span(start, start + len(word))
        if span is not None and len(span) == 1 and _ADDRESS.fullmatch(span[0].text):
            found.append(span.start)
    return found


#: A site's name and a top-level domain news readers meet ("t.holman", a
#: byline's initial and name, is none).
_ADDRESS = re.compile(r"(?:www\.)?[\w-]{2,}(?:\.[\w-]+)*\.(?:nl|be|com|org|net|eu|de|fr|uk|info|io|nu|tv|gov|edu)", re.I)
