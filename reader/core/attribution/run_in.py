"""Subheadings run into the text: news text read as one paragraph puts a
subheading's words right before the next sentence ("Bedrog Een
woordvoerder van …", "De Vries Van Koppen zegt …"). Their words are no
part of who speaks."""

from __future__ import annotations

from spacy.tokens import Span

from .intervals import Intervals
from .names import ARTICLES
from .titles import SENTENCE_ENDS

#: Words that open a phrase, not a subheading (and, for `speaker_checks`, a description).
DETERMINERS = frozenset(
    "de het een die deze zijn haar hun diens enkele sommige twee drie the a an this these his her their one some several two three".split()
)
#: What stands before a subheading: a sentence's end, a closing quotation mark.
_HEADING_BEFORE = (".", "!", "?", "'", '"', "”", "’", "»")


def heading_run_in(span: Span) -> bool:
    """A subheading's word run into the sentence after it: a capitalised
    word opening the sentence, then a capitalised article that opens the
    phrase ("Bedrog Een woordvoerder van …"; not "De Tweede Kamer",
    "Kasteel De Haar", which is one name)."""
    first, second = span[0], span[1]
    doc = span.doc
    opens = first.i == 0 or doc[first.i - 1].is_space or doc[first.i - 1].text in SENTENCE_ENDS
    article = second.lower_ in ARTICLES and second.text.istitle()
    # a place as a dateline ("Algerije De Algerijnse president …") runs in too; a name the article is part of does not
    one_name = first.ent_type_ and second.ent_iob_ == "I"
    return opens and first.text.istitle() and first.lower_ not in DETERMINERS and article and not one_name


def after_a_run_in_name(text: str, names: Intervals, span: Span) -> Span:
    """`span` from the second of two people's names that stand back to
    back after a sentence's end: a run-in subheading's, then the
    speaker's ("De Vries | Van Koppen zegt"); else `span`."""
    found = [n for n in sorted(names.starting_between(span.start_char, span.end_char)) if _a_person(n[2])]
    for first, second in zip(found, found[1:]):
        if first[2] != second[2] and not text[first[1] : second[0]].strip():
            before = text[max(0, first[0] - 4) : first[0]].rstrip()
            if not before or before.endswith(_HEADING_BEFORE):
                return span.doc.char_span(second[0], span.end_char, alignment_mode="expand") or span
    return span


def _a_person(actor) -> bool:
    return getattr(actor, "label", None) == "PER"
