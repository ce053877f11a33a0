"""Find direct quotations by their quotation marks.

Pairs “…”, „…” (or „…“), «…», ‹…›, ‘…’, ‚…‘ (or ‚…’), the ASCII "…" and
'…', and the Dutch newspaper style ,,…'' (two commas open, two apostrophes
close; also closed by " or ”).
A quote that runs over several paragraphs opens each paragraph again and
closes only in the last, as news style has it. ASCII ``'`` counts only at a
word boundary, so apostrophes (``Zelensky's``, ``'s avonds``) are not
taken for quotes. Marks inside a quote (a title in single quotes within a
double-quoted statement) belong to it. An opening mark that never closes
ends its quote at the end of the paragraph. The scan is linear in the
length of the text, whatever the number of marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Opening mark to the marks that may close it.
PAIRS = {
    "“": "”“",  # English “…”; some Dutch and German text closes with “
    "„": "”“",
    "«": "»",
    "»": "«",  # Danish/German »…«
    "‹": "›",
    "‘": "’",
    "‚": "‘’",
    '"': '"',
    "'": "'",
}
_SINGLE = {"‘", "'", "‹", "‚"}
#: Marks of two characters: ``,,…''`` (Dutch newspapers). The opening one
#: to what may close it; each is one quotation mark.
DOUBLE_OPEN = ",,"
DOUBLE_CLOSE = ("''", "”", '"', "’’")
#: Every quotation mark, opening or closing, in any style.
ALL_MARKS = "".join(sorted(set(PAIRS) | set("".join(PAIRS.values()))))
#: Marks that only open, or only close, a quotation (the ASCII ones and
#: the Danish » do both, so they are not here).
OPENING = "‘“„«‹‚"
CLOSING = "’”»›"


@dataclass(frozen=True)
class Marked:
    """A quotation including its marks: ``text[start:end]``."""

    start: int
    end: int
    closed: bool  # False when the paragraph ended before a closing mark
    open_width: int = 1  # 2 for ,,
    close_width: int = 1  # 2 for ''

    def inner(self, text: str) -> tuple[int, int]:
        start = self.start + self.open_width
        end = self.end - self.close_width if self.closed else self.end
        return start, end

    def shifted(self, offset: int) -> "Marked":
        return Marked(self.start + offset, self.end + offset, self.closed, self.open_width, self.close_width)


def _double_opens(text: str, i: int, end: int) -> bool:
    """``,,`` opening a quotation: two commas after a space (or at the
    start) and before a word."""
    if not text.startswith(DOUBLE_OPEN, i) or i + 2 >= end:
        return False
    before = text[i - 1] if i > 0 else " "
    return (before.isspace() or before in "([") and not text[i + 2].isspace()


def _double_closes(text: str, i: int) -> int:
    """The width of the mark closing a ``,,`` quotation at `i`, or 0."""
    if i == 0 or text[i - 1].isspace():
        return 0
    for mark in DOUBLE_CLOSE:
        if text.startswith(mark, i):
            after = text[i + len(mark)] if i + len(mark) < len(text) else " "
            if mark != "''" or not after.isalnum():
                return len(mark)
    return 0


def _opens(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    if elided(text, i):
        return False
    if ch in ("'", '"', "’"):
        return not before.isalnum()
    return True


def elided(text: str, i: int) -> bool:
    """Whether the mark at `i` is the apostrophe of an elided word."""
    return text[i] in "'‘’" and _ELIDED.match(text, i + 1) is not None


#: What follows an apostrophe that starts a word instead of a quotation:
#: Dutch elided words ('s avonds, 's-Hertogenbosch, Gerard 't Hooft, 'n
#: beetje, 'k, 'm, 'r, 'ns), English ones ('em, 'til, 'cause, rock 'n'
#: roll) and years ('19, the '90s). None of them opens a sentence.
_ELIDED = re.compile(r"(?:[stnkmr]|ns|em|til|cause|\d\d(?:s|er)?)(?![^\W\d_])")


def _closes(text: str, i: int, opener: str) -> bool:
    ch = text[i]
    if ch not in PAIRS[opener]:
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace():
        return after in _AFTER_A_CLOSE  # "zeg je paf ', riep ze": no quotation opens before a comma
    if ch in ("'", "’") and after.isalnum():  # an apostrophe inside a word
        return False
    return True


#: What may follow a closing mark written after a space; never an opening one.
_AFTER_A_CLOSE = ",.;:!?"


def _mismatched_close(text: str, i: int, opener: str, open_at: int, p_start: int) -> bool:
    """A double closing mark after a single one that opened a sentence
    ("'Heel mooi, met al dat groen", roept X"): the writer mixed the
    marks; the quote ends here, not at the next apostrophe. Only before a
    comma or a space, where a quote ends."""
    if opener not in "'‘" or text[i] not in '"”' or text[i - 1].isspace():
        return False
    after = text[i + 1] if i + 1 < len(text) else " "
    before = text[p_start:open_at].rstrip()
    return (after.isspace() or after == ",") and (not before or before[-1] in ".!?:")


def _reopens(text: str, i: int) -> bool:
    """A mark after a sentence's end inside a quotation opens its next
    paragraph again (paragraphs run together: "… was. 'We streven …"),
    not a quotation inside it."""
    before = text[max(0, i - 3) : i].rstrip()
    return not before or before[-1] in ".!?…"


def find_marked(text: str, paragraphs: list[tuple[int, int]]) -> list[Marked]:
    """Every quotation in `text`, given its paragraphs as (start, end)."""
    found: list[Marked] = []
    open_at: int | None = None
    opener = ""
    nested = 0  # single quotations open inside a single quotation
    for number, (p_start, p_end) in enumerate(paragraphs):
        i = p_start
        if open_at is not None:
            # A continued quote opens the paragraph again; otherwise it ended.
            if opener == DOUBLE_OPEN and _double_opens(text, p_start, p_end):
                i = p_start + 2
            elif text[p_start] == opener or (opener in "“„" and text[p_start] in "“„"):
                i = p_start + 1
            else:
                found.append(Marked(open_at, paragraphs[number - 1][1], False, len(opener)))
                open_at = None
        while i < p_end:
            ch = text[i]
            if open_at is None or (opener in _SINGLE and ch in "“„«\"," and _opens(text, i)):
                # An unclosed single mark before a double one was an apostrophe.
                if ch == "," and _double_opens(text, i, p_end):
                    open_at, opener = i, DOUBLE_OPEN
                    i += 1
                elif ch in PAIRS and _opens(text, i):
                    open_at, opener = i, ch
            elif opener == DOUBLE_OPEN:
                width = _double_closes(text, i)
                if width:
                    found.append(Marked(open_at, i + width, True, 2, width))
                    open_at = None
                    i += width - 1
            elif opener in "'‘" and ch == opener and _opens(text, i) and not _closes(text, i, opener) and not _reopens(text, i):
                nested += 1  # "'De 'aanslagluwe' periode duurt voort.'": a quotation in the quotation
            elif _closes(text, i, opener) and nested:
                nested -= 1
            elif _closes(text, i, opener) or _mismatched_close(text, i, opener, open_at, p_start):
                # "'… zeg dan paf''": a single mark closed by the double one of
                # the newspaper style; its second apostrophe opens nothing
                width = 2 if opener == "'" and text.startswith("''", i) and not text[i + 2 : i + 3].isalnum() else 1
                found.append(Marked(open_at, i + width, True, 1, width))
                open_at = None
                i += width - 1
            if open_at is None:
                nested = 0
            i += 1
        if open_at is not None and opener in _SINGLE:
            # Single marks rarely span paragraphs; an unclosed one is an apostrophe.
            open_at = None
    if open_at is not None and paragraphs:
        found.append(Marked(open_at, paragraphs[-1][1], False, len(opener)))
    return found


def a_title(content: str) -> bool:
    """Words in quotation marks that read as a title or a name: most of
    them capitalised ("Sea of Dreams"; a sentence has few capitals)."""
    words = content.split()
    return bool(words) and sum(1 for w in words if w[:1].isupper()) / len(words) >= _TITLE_CAPITALS


#: The share of capitalised words from which quoted words are a title.
_TITLE_CAPITALS = 0.6


def inside_a_sentence(text: str, marked: Marked) -> bool:
    """Whether a quotation stands inside a sentence of the writer's as a
    part of it: a word right before its opening mark and a lower-case word
    right after its closing one that goes on with the sentence ("gaat nu
    'Tien historische plekken … die u nog niet kent' aan het aanbod
    toevoegen", "hun zogenaamde 'opstand tegen de elite' is …"). Such words
    are a title, a name or a scare quote; not words a conjunction joins to
    more of what was said ("betoonden zich 'geen voorstander …' en eisten
    …", "hoort 'Zoek een echte baan' of '…'")."""
    before = text[max(0, marked.start - _AROUND) : marked.start].rstrip()
    after = text[marked.end : marked.end + _AROUND].split()
    return bool(before) and before[-1].isalpha() and bool(after) and after[0][:1].islower() and after[0] not in _JOINING


#: How far around a quotation to look for the words next to it (characters).
_AROUND = 20
#: Conjunctions after a quotation that join it to more of what was said.
_JOINING = frozenset("en of om maar want dus and or but to".split())


def unsaid_before(text: str, start: int) -> bool:
    """Whether the words right before an opening mark at `start` say what
    someone should, could or would have said rather than what they said
    ("Eigenlijk had hij moeten zeggen: '…'", "He should have said: '…'"):
    a hypothetical utterance, no statement."""
    sentence = text[max(0, start - _UNSAID_REACH) : start]
    return _UNSAID.search(sentence) is not None


#: A counterfactual speech verb ending the words before a quotation, and how far back to look (characters).
_UNSAID = re.compile(
    r"\b(?:had|hadden|zou|zouden)\b[^.!?:]{0,40}\b(?:moeten|kunnen|willen)\s+(?:zeggen|antwoorden|schrijven|roepen)\s*:?\s*$"
    r"|\b(?:should|could|would|might)\s+have\s+(?:said|answered|written|replied)\s*:?\s*$",
    re.IGNORECASE,
)
_UNSAID_REACH = 80


def after_a_work(text: str, start: int) -> bool:
    """Whether the word right before an opening mark at `start` names a
    work, a headline or a slogan ("de brochure '…'", "de kop '…'", "the
    book '…'", "met de slogan: '…'"), or a name someone goes by ("zijn naam
    als '…'"): a title or name follows."""
    before = [word.lower().rstrip(":") for word in text[max(0, start - 30) : start].split()]
    if len(before) >= 2 and before[-1] in ("als", "as") and before[-2] in _NAMED_AS:
        return True  # "zijn naam als '…'", "known as '…'": a name he goes by
    return bool(before) and before[-1] in _WORKS


def a_cited_headline(text: str, end: int) -> bool:
    """Whether the closing mark ending at `end` is followed by the source
    and date of a newspaper headline a letter cites ("'Haftar rukt op naar
    Tripoli' (AD 9-4)", "'…' (Opinie, 21 februari)"): a title, no one's words."""
    return _CITED.match(text, end) is not None


#: A bracket with a newspaper's name or section and a date ("(AD 9-4)", "(Commentaar 1-4)", "(Opinie, 21 februari)"),
#: or a news site's address ("(AD.nl)", "(nos.nl)").
_CITED = re.compile(
    r"\s?\((?:(?:[A-Z][\w.&]*\s?){1,3},?\s?\d{1,2}(?:[-/]\d{1,2}|\s[a-z]{3,9})|[\w-]+\.(?:nl|be|com|co\.uk|org))\)"
)

#: Words before "als"/"as" and a name someone goes by in quotation marks.
_NAMED_AS = frozenset("naam bijnaam reputatie bekend name nickname reputation known".split())
#: Nouns for works, headlines and slogans whose title or words follow them in quotation marks.
_WORKS = frozenset(
    """brochure boek rapport film nota artikel column programma serie campagne titel tentoonstelling roman
    documentaire album lied single slogan motto rubriek voorstelling musical toneelstuk kop krantenkop headline
    bijnaam nickname
    book film report column programme program series campaign title exhibition novel documentary album song
    slogan motto show play""".split()
)
