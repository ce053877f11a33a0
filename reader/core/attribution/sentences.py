"""Paragraphs and sentences as character ranges, without a parser.

Quote attribution keeps its own sentences rather than the parser's (the
bundled English parser's sentence boundaries score F 0.72, and a pipeline
may have no parser at all): a sentence ends at ``.``, ``!`` or ``?``
(optionally followed by closing quotes or brackets) before white space
and an upper-case letter or a digit, maybe after an opening quote (,, too).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..loading.paragraphs import paragraphs
from .marks import CLOSING, OPENING

_CLOSERS = re.escape(CLOSING + "\"')]")
_OPENERS = re.escape(OPENING + "\"'([")
_SENTENCE_END = re.compile(rf"[.!?…]+[{_CLOSERS}]*(?=\s+(?:,,|[{_OPENERS}])?[A-ZÀ-Þ0-9])")
#: Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr gen gov sen rep lt col sgt capt mt vs inc corp co ltd no "
    "dhr mevr drs ir ing mgr bijv bv ca dwz enz evt jl mln mld nr resp vgl zgn".split()
)
_NOT_SPACE = re.compile(r"\S")
#: What opens a sentence after a surname cut to its initial ("Gökmen T."):
#: a quotation, or a pronoun or article no name starts with.
_AFTER_A_SHORTENED_NAME = re.compile(
    rf"\s+(?:,,|[{re.escape(OPENING)}\"']|(?:Hij|Zij|Ze|Het|Dat|Die|Deze|Dit|Er|Hun|Zijn|Haar|He|She|It|They|The|His|Her)\b)"
)
_NOT_END = re.compile(r"[^ .!?\n]")


class Paragraphs:
    """The paragraphs of `text` (they end at a blank line), with lookups."""

    def __init__(self, text: str):
        self.text = text
        self.ranges = _joined(text, paragraphs(text))
        self._starts = [start for start, _ in self.ranges]

    def at(self, offset: int) -> int:
        """The number of the paragraph `offset` is in (or the one before)."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def fills(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is its whole paragraph (but for
        white space and final punctuation). Searched, not sliced: a
        paragraph may be a whole article of one line."""
        p_start, p_end = self.ranges[self.at(start)]
        return _NOT_SPACE.search(self.text, p_start, start) is None and _NOT_END.search(self.text, end, p_end) is None


def _joined(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`ranges` with a paragraph that opens in lower case joined to the one
    before: a line cut inside a sentence ("…?"" / "asked X, a labourer …"),
    not a paragraph of its own."""
    joined: list[tuple[int, int]] = []
    for start, end in ranges:
        if joined and text[start : start + 1].islower():
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` (one paragraph) as (start, end)."""
    found = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start, end):
        word = re.search(r"(\w+)\.$", text[max(begin, match.start() - 12) : match.start() + 1])
        abbreviation = word.group(1) if word else ""
        # "dr." and "J." do not end a sentence; an acronym ("de VS.") does.
        if word and not abbreviation.isupper() and abbreviation.lower() in _ABBREVIATIONS:
            continue
        if (
            len(abbreviation) == 1 and abbreviation.isalpha() and text[match.start() - 2 : match.start() - 1] not in ("'", "’")
            and not _AFTER_A_SHORTENED_NAME.match(text, match.end())
        ):
            continue  # an initial, not the "s" of "auto's." nor a surname cut short ("past bij T. ,,Als hij …")
        found.append((begin, match.end()))
        begin = match.end()
        while begin < end and text[begin].isspace():
            begin += 1
    if begin < end and text[begin:end].strip():
        found.append((begin, end))
    return [part for sentence in found for part in _after_a_heading(text, *sentence)]


#: A subheading run into the next sentence (news text read as one
#: paragraph): a few words, the first capitalised, then a capitalised word
#: that opens a sentence and never a name, with a lower-case word after it
#: ("Hart onder de riem Een verhuurder …", "Afstel Zij stemden …"). Not
#: after a function word ("werkt in Het …") nor before a capital ("bij De
#: Telegraaf", "meent De Groot"), where the word opens a name or a title.
_RUN_IN = re.compile(
    r"(?:[A-ZÀ-Þ][\w'’-]*)(?: [\w'’-]+){0,5}? (?=(?:De|Het|Een|Deze|Dit|Die|Zij|Hij|Ze|Wij|We|Ik|Maar|Volgens|Toch|"
    r"Ook|Dat|Er|Daar|Sinds|Tijdens|Vorige?|Toen|Nadat|Omdat|The|He|She|They|We|But|According|After|In|Op|Bij|Met|Na|Voor) [a-zà-ÿ])"
)
#: Words a subheading does not end in: the capitalised word after them
#: belongs to their phrase.
_NOT_HEADING_END = frozenset(
    "de het een van in op bij met naar voor door om aan uit over tot onder als dan en of is was zijn werd wordt "
    "heet noemt noemde the a an of in at on by for to from with as and or is was called named".split()
)


def _after_a_heading(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence text[start:end], cut after a run-in subheading."""
    match = _RUN_IN.match(text, start, end)
    if match is None or match.group().split()[-1].lower() in _NOT_HEADING_END:
        return [(start, end)]
    return [(start, match.end() - 1), (match.end(), end)]


def comma_outside_brackets(tokens) -> bool:
    """A comma among `tokens` that no bracket encloses ("Dat heeft minister X
    (Justitie, CDA) laten weten" has none)."""
    depth = 0
    for token in tokens:
        depth += (token.text == "(") - (token.text == ")")
        if token.text == "," and depth <= 0:
            return True
    return False


def a_question(span) -> bool:
    """A sentence that ends with a question mark: what it reports is asked."""
    last = next((t for t in reversed(span) if not t.is_space and t.text not in ("'", '"', "”", "’", "''")), None)
    return last is not None and last.text == "?"


def a_time_that(span) -> bool:
    """ "Het wordt tijd dat Europa de Engelsen vertelt dat …": what someone
    should say, in the writer's wish, is not said."""
    words = [t.lower_ for t in span]
    return any(a == "tijd" and b == "dat" for a, b in zip(words, words[1:]))
