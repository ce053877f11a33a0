"""A Doc's text, built once.

spaCy makes ``Doc.text`` anew at every call, joining a Python object made
for each of its tokens: about a millisecond for an article, and the
article components (names, organisations, phrases, quotes) each asked for
it, 7% of the whole analysis. A Doc's text never changes (merging tokens
keeps it), so it is kept in the Doc's own `user_data` once made.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "reader.text"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
