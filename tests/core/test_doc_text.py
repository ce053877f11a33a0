"""A Doc's text is made once and kept (reader.core.attribution.doc_text.py)."""

import spacy

from reader.core.attribution.doc_text import doc_text


def test_a_docs_text_is_its_text_and_made_once():
    doc = spacy.blank("nl")("Premier Rutte zei dinsdag in Den Haag dat het kabinet blijft.")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first  # kept, not joined from the tokens again
    assert doc.text is not doc.text  # what spaCy does at every call
