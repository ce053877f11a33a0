"""Split plain article text into blocks without changing a character.

News saved from the web carries lines that are not the article: a date
prefix, a label glued to the first sentence (``UpdateEen groep ...``), a
video teaser (``KIJK. ...``), a cookie notice. They stay in the text (every
offset refers to the file) but become `metadata` or `boilerplate` blocks, so
the window can dim them and the analyser can skip them. Short lines without
final punctuation between paragraphs are headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..article import BOILERPLATE, HEADING, METADATA, PARAGRAPH, Block
from .limits import MAX_LINES, LimitExceeded, check_blocks
from .paragraphs import nonblank_ranges

#: A leading date line or prefix: ``date 2023-07``, ``Datum: 12 juli 2023``.
_DATE_PREFIX = re.compile(
    r"(?i)^\s*(?:date|datum|published|gepubliceerd|updated|bijgewerkt)\s*:?\s*"
    r"(?P<date>\d{4}-\d{2}(?:-\d{2})?(?:[ T]\d{2}:\d{2}(?::\d{2})?)?|\d{1,2}[ ./-]\w+[ ./-]\d{4})"
)

#: Labels that sites glue in front of the first sentence or a heading.
_LABELS = (
    "Update|Updated|Live|Liveblog|Breaking|Exclusief|Exclusive|Analyse|Analysis|"
    "Interview|Column|Opinie|Opinion|Video|Nieuws|News|Plus|Premium|Reportage|"
    "Achtergrond|Commentaar|Review|Recensie|Eerder|Net binnen|Uitgelicht|Fotoserie"
)
_GLUED_LABEL = re.compile(rf"^(?P<label>(?:{_LABELS}))(?=[A-Z\u00C0-\u00DD][a-z\u00DF-\u00FF])")
_SEPARATED_LABEL = re.compile(rf"^(?P<label>(?:{_LABELS}|BREAKING|UPDATE|LIVE))\s*[:|•–-]\s+(?=\S)")

#: Whole lines that are not part of the article.
_BOILERPLATE_LINE = re.compile(
    r"(?i)^\s*(?:"
    r"(?:KIJK|BEKIJK|LUISTER|VIDEO|WATCH|LISTEN|FOTO'?S|LEES (?:OOK|MEER|VERDER)|READ (?:MORE|ALSO)|"
    r"ALSO READ|RELATED|MEER OVER|SEE ALSO|ZIE OOK)\s*[.:|]"
    r"|(?:advertentie|advertisement|sponsored|gesponsord)\s*$"
    r"|(?:deel dit artikel|share this (?:article|story)|volg ons|follow us)\b"
    r"|(?:©|\(c\)|copyright)\s"
    r"|(?:alle rechten voorbehouden|all rights reserved)"
    r")"
)
_BOILERPLATE_CASE = re.compile(r"^\s*(?:KIJK|BEKIJK|LUISTER|WATCH|LISTEN|LEES OOK)\b")
#: Consent notices mention cookies together with a request or a setting.
_COOKIE = re.compile(r"(?i)\bcookies?\b")
_CONSENT = re.compile(
    r"(?i)\b(?:aanvaard|accepteer|accept|toestemming|consent|instellingen|settings|"
    r"inhoud (?:niet )?(?:bekijken|weer te geven)|view this content|enable|uitgeschakeld|disabled|"
    r"privacy)\b"
)

#: Short lines of facts about the article rather than its content.
_METADATA_LINE = re.compile(
    r"(?i)^\s*(?:(?:door|by|tekst|text|foto|beeld|photo|image|bron|source|credit)\s*[:|]"
    r"|image caption|afbeelding|bijschrift"
    r"|(?:door|by)\s+[A-Z\u00C0-\u00DD][\w.'’-]+(?:[\s,]+[\w.'’&-]+){0,7}\s*$)"
)
_MONTHS = (
    "jan|feb|mrt|maart|apr|mei|jun|jul|aug|sep|sept|okt|oct|nov|dec|januari|februari|april|juni|juli|"
    "augustus|september|oktober|november|december|january|february|march|may|june|july|august|october"
)
_DATE = (
    rf"\d{{1,2}}\.?\s+(?:{_MONTHS})\.?\s+\d{{4}}|(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
)
#: A line that is only a date or time, perhaps with a label:
#: "7 juli 2023, 22:15", "Bijgewerkt: 8 juli 2023", "Published 3 hours ago".
_DATE_LINE = re.compile(
    rf"(?i)^\s*(?:(?:gepubliceerd|bijgewerkt|laatste update|update|published|updated|last updated|posted)\s*:?\s*)?"
    rf"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
    rf"(?:(?P<date>{_DATE})(?:,?\s*(?:om\s+|at\s+)?\d{{1,2}}[:.]\d{{2}}(?:\s*(?:uur|u|am|pm|[A-Z]{{2,4}}))?)?"
    rf"|\d{{1,2}}[:.]\d{{2}}(?:\s*(?:uur|u))?"
    rf"|\d+\s+(?:minutes?|hours?|days?|minuten|uur|dagen)\s+(?:ago|geleden))\s*$"
)
#: Words of a page's controls, alone on a line.
_CONTROLS = frozenset(
    "share save print delen opslaan printen reageer reacties comments comment follow volg "
    "listen luister play afspelen menu zoeken search".split()
)
#: A line that opens a list of links to other articles; the short lines
#: after it belong to that list.
_RELATED = re.compile(r"(?i)^\s*(?:lees ook|lees meer|meer over dit onderwerp|related topics|related|more on this story|read more)\s*:?\s*$")

_FINAL_PUNCTUATION = ".!?:;,…"
_CLOSING_QUOTES = "\"'”’»"
_HEADING_MAX_CHARS = 120
#: The longest paragraph that can be a cookie or consent notice.
_NOTICE_MAX_CHARS = 2_000
_HEADING_MAX_WORDS = 16
_WRAPPED_LINE_MAX = 100


@dataclass
class Segmentation:
    blocks: list[Block]
    title: str
    date: str | None
    author: str | None


def is_heading_line(line: str) -> bool:
    """A short line that does not end a sentence (closing quotes ignored)."""
    stripped = line.strip()
    if not stripped or len(stripped) > _HEADING_MAX_CHARS:
        return False
    if len(stripped.split()) > _HEADING_MAX_WORDS:
        return False
    core = stripped.rstrip(_CLOSING_QUOTES)
    if not core or core[-1] in _FINAL_PUNCTUATION:
        return False
    return any(ch.isalpha() for ch in core)


_LINE = re.compile(r"[^\n]+")


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-blank lines of ``text[start:end]`` as stripped (start, end) ranges."""
    return nonblank_ranges(text, _LINE, start, end)


def _units(text: str) -> list[tuple[int, int]]:
    """Paragraph-sized units: runs of lines between blank lines, split into
    lines unless they look hard-wrapped; a heading line on top of a wrapped
    paragraph becomes its own unit."""
    units: list[tuple[int, int]] = []
    lines_in_all = text.count("\n") + (not text.endswith("\n"))
    if lines_in_all > MAX_LINES:
        raise LimitExceeded(f"has {lines_in_all:,} lines; the reader opens articles of at most {MAX_LINES:,}")
    for run in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text):
        check_blocks(len(units))
        lines = _lines(text, run.start(), run.end())
        if not lines:
            continue
        if len(lines) == 1:
            units.extend(lines)
            continue
        wrapped = all(e - s <= _WRAPPED_LINE_MAX for s, e in lines[:-1]) and not all(
            is_heading_line(text[s:e]) for s, e in lines
        )
        if not wrapped:
            units.extend(lines)
            continue
        first = lines[0]
        if is_heading_line(text[first[0] : first[1]]) and len(lines) > 2:
            units.append(first)
            lines = lines[1:]
        units.append((lines[0][0], lines[-1][1]))
    check_blocks(len(units))
    return units


def classify_line(line: str) -> str | None:
    """`boilerplate` or `metadata` for lines that are not article content, else None."""
    if _BOILERPLATE_LINE.match(line) or _BOILERPLATE_CASE.match(line) or _RELATED.match(line):
        return BOILERPLATE
    if len(line) <= _HEADING_MAX_CHARS and line.strip().lower() in _CONTROLS:
        return BOILERPLATE
    # A notice is a short paragraph; searching a megabyte on one line held
    # the window 35 to 90 ms while it read the file.
    if len(line) <= _NOTICE_MAX_CHARS and _COOKIE.search(line) and _CONSENT.search(line):
        return BOILERPLATE
    if len(line) <= _HEADING_MAX_CHARS and (_METADATA_LINE.match(line) or _DATE_LINE.match(line)):
        return METADATA
    return None


def _first_sentence(text: str, limit: int = 120) -> str:
    match = re.match(r"(.+?[.!?])(?:\s|$)", text)
    sentence = match.group(1) if match else text
    if len(sentence) > limit:
        sentence = sentence[: limit - 1].rsplit(" ", 1)[0] + "…"
    return sentence.strip()


def segment(text: str) -> Segmentation:
    """Classify every paragraph-sized unit of `text` into blocks."""
    blocks: list[Block] = []
    date = author = None
    first_content = True
    in_related = False  # inside a "Lees ook" / "Related" list of links
    title = ""
    for start, end in _units(text):
        if first_content:
            # Leading date prefix and glued label, possibly on the first line.
            match = _DATE_PREFIX.match(text[start:end])
            if match:
                date = match.group("date")
                label_end = start + match.end()
                blocks.append(Block(start, label_end, METADATA))
                start = label_end
                while start < end and text[start].isspace():
                    start += 1
                if start >= end:
                    continue
            label = _GLUED_LABEL.match(text[start:end]) or _SEPARATED_LABEL.match(text[start:end])
            if label:
                label_end = start + label.end("label")
                blocks.append(Block(start, label_end, METADATA))
                start = label_end
                while start < end and (text[start].isspace() or text[start] in ":|•–-"):
                    start += 1
                if start >= end:
                    continue
        line = text[start:end]
        kind = classify_line(line)
        if kind is None and in_related and is_heading_line(line):
            kind = BOILERPLATE
        in_related = bool(_RELATED.match(line)) or (in_related and kind == BOILERPLATE)
        if kind == METADATA and date is None:
            dated = _DATE_LINE.match(line)
            if dated and dated.group("date"):
                date = dated.group("date")
        if kind == METADATA and author is None:
            byline = re.match(r"(?i)^\s*(?:door|by)\s*:?\s+(.+)$", line)
            if byline:
                author = byline.group(1).strip()
        if kind is None:
            kind = HEADING if is_heading_line(line) else PARAGRAPH
            if first_content:
                title = line.strip() if kind == HEADING else _first_sentence(line)
            first_content = False
        blocks.append(Block(start, end, kind))
    return Segmentation(blocks=blocks, title=title, date=date, author=author)


def compose(parts: list[tuple[str, str]]) -> tuple[str, list[Block]]:
    """Join extracted (kind, text) parts into one text, a blank line apart.

    Used by loaders of structured formats: a part's own kind (heading or
    paragraph, from the markup) is kept unless its text is boilerplate or
    metadata by the same rules as plain text.
    """
    text_parts: list[str] = []
    blocks: list[Block] = []
    position = 0
    for kind, part in parts:
        part = part.strip()
        if not part:
            continue
        if text_parts:
            text_parts.append("\n\n")
            position += 2
        kind = classify_line(part) or kind
        check_blocks(len(blocks) + 1)
        blocks.append(Block(position, position + len(part), kind))
        text_parts.append(part)
        position += len(part)
    return "".join(text_parts), blocks
