"""The mentions an actor is made of: the model's entities, cleaned up, and
the names of known people that the model missed elsewhere in the text."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ..analysis import Entity
from ..labels import reader_label
from .flags import COMMON_FLAG, FIRST_NAME_FLAG, PLACE_FLAG
from .names import ARTICLES, PARTICLES
from .kinds import kind_rules
from .roles import DEFAULT_ROLE_NOUNS
from .spans import split_names
from .organisation_names import EVENT_ENDINGS, ORGANISATION_HEADS
from .organisations import is_organisation_noun, organisation_rules
from .titles import HONORIFICS, is_demonym, subheading_words, titled_names


_PAIRS = {"(": ")", "[": "]", ")": "(", "]": "["}


def _balanced_edge(doc: Doc, start: int, end: int, edge: int) -> bool:
    """Whether the bracket at token `edge` of doc[start:end] has its
    partner inside the span ("Mladost (L)" keeps its ")")."""
    partner = _PAIRS.get(doc[edge].text)
    return partner is not None and any(doc[i].text == partner for i in range(start, end) if i != edge)


#: Lower-case words a name never ends in: a model that takes one in
#: (``Rutte van``, ``De Nieuwe Maan van``) has run into the next phrase.
_TRAILING_WORDS = PARTICLES | frozenset((
    "een", "bij", "met", "uit", "naar", "over", "aan", "door", "om", "tot", "tegen", "na", "als", "dat", "die", "zei",
    "zegt", "a", "an", "at", "by", "from", "to", "with", "as", "said", "says",
))  # fmt: skip
#: Particles that open a surname written without the first name (``Van
#: Bree``, ``Van den Munckhof``, ``De Jonge``).
_SURNAME_PARTICLES = frozenset(("van", "de", "der", "den", "ter", "ten", "te", "von", "la", "le", "du", "di", "da", "dos", "del"))
#: Abbreviations whose full stop belongs to the name (``Acme Inc.``).
_ABBREVIATIONS = frozenset((
    "inc", "corp", "ltd", "co", "jr", "sr", "st", "bros", "mr", "mrs", "ms", "dr", "prof", "mgr", "ir", "drs", "gen", "col",
    "lt", "sgt",
))  # fmt: skip
#: Role nouns that also head a compound role (``Politierechter``, ``Wagnerbaas``).
_ROLE_HEADS = tuple(noun for noun in DEFAULT_ROLE_NOUNS if len(noun) >= 4)


#: A member of a party or club written as its name and ``'er``
#: (``VVD'er``, ``D66'ers``, ``PvdA’er``).
_MEMBER = re.compile(r"^[A-Z][\w&-]*['’]ers?$")


@lru_cache(maxsize=65536)  # asked of most capitalised words of an article
def is_role(word: str) -> bool:
    """A title or role written before a name (``Trainer``, ``Hoogleraar``,
    ``minister``, ``President``, ``Politierechter``). A compound needs a
    first part of four letters or more (``Utrechter`` is no judge), or a
    hyphen after a name (``SP-Kamerlid``, ``VS-president``)."""
    word = word.lower()
    if word.rpartition("-")[2] in DEFAULT_ROLE_NOUNS and word.rpartition("-")[0] or word in HONORIFICS:
        return True
    return word in DEFAULT_ROLE_NOUNS or any(word.endswith(head) and len(word) >= len(head) + 4 for head in _ROLE_HEADS)


def _a_person_after(doc: Doc, start: int, end: int) -> bool:
    """A demonym, title or form of address, then one or two capitalised
    words that end no name of an organisation or event (``Imam Said``;
    not ``Prins Bernhard Cultuurfonds``)."""
    first, rest = doc[start], doc[start + 1 : end]
    named = len(rest) == 3 and _first_name(rest[0]) and rest[1].text in PARTICLES  # "Gerard 't Hooft", "Jan van Dijk"
    if not (1 <= len(rest) <= 2 or named) or not all(_capitalised(t.text) and "-" not in t.text or t.text in PARTICLES for t in rest):
        return False
    last = rest[-1].lower_
    if is_organisation_noun(last) or last.endswith(ORGANISATION_HEADS) or last.endswith(EVENT_ENDINGS):
        return False
    return is_demonym(doc, first) or (is_role(first.text) and "-" not in first.text)


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _without_trailing_words(doc: Doc, start: int, end: int) -> int:
    """The end of doc[start:end] without the lower-case words a name never ends in (`_TRAILING_WORDS`)."""
    while end - start > 1 and doc[end - 1].text in _TRAILING_WORDS:
        end -= 1
    return end


def _without_a_verb(doc: Doc, start: int, end: int) -> int:
    """The end of a person's name without the lower-case word after it that
    the model took in ("De Jonge bekendgemaakt", "Jansen vandaag"): no
    person's name ends in one but a particle, which `_TRAILING_WORDS` has."""
    while end - start > 1 and doc[end - 1].is_alpha and doc[end - 1].is_lower and _capitalised(doc[end - 2].text):
        end -= 1
    return end


def _trim(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """Token bounds of an entity without what is not part of the name: a
    title or role in front of a person's name (``Trainer Ellen Jansen``),
    a preposition or article at the end (``Rutte van``); a person's name
    takes in the capitalised particle in front of it that the model left
    out (``Van Bree``)."""
    end = _without_trailing_words(doc, start, end)
    if label == "PER":
        if end - start > 2 and doc[start].lower_ in ARTICLES and is_role(doc[start + 1].text):
            start += 1  # "De Wagnerbaas Prigozjin"
        while end - start > 1 and is_role(doc[start].text) and _capitalised(doc[start + 1].text):
            start += 1
        start = _surname_start(doc, start, end)
        before = start
        while before > max(0, start - 3) and doc[before - 1].lower_ in _SURNAME_PARTICLES and doc[before - 1].whitespace_:
            before -= 1
        if before < start and _capitalised(doc[before].text):
            start = before
    return start, end


def _first_name(token) -> bool:
    """A known first name or an initial (``H.``)."""
    return token.check_flag(FIRST_NAME_FLAG) or token.text.endswith(".") or len(token.text) <= 2


def _only_a_title(doc: Doc, start: int, end: int) -> bool:
    """A title the model took for a name: alone before a name it missed
    (``Politierechter`` in ``Politierechter Roos van den Munckhof``), or a
    compound title with its article (``De Wagnerbaas wordt niet
    vervolgd``; ``De Koning`` is a surname). A compound with a name
    (``Likoed-leider``) is a name."""
    word = doc[end - 1]
    if "-" in word.text or not is_role(word.text):
        return False
    if end - start == 1:
        return end < len(doc) and _capitalised(doc[end].text)
    return end - start == 2 and doc[start].lower_ in ARTICLES and word.lower_ not in DEFAULT_ROLE_NOUNS


def _surname_start(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts when words in front of a surname that
    opens with a capital particle are no first names (``Utrechter Van
    Schie``: ``Van Schie``); ``Karel De Gucht`` and ``H. Van der Plancken``
    stay whole. Only with the
    bundled models' list of first names."""
    if FIRST_NAME_FLAG not in doc.vocab.lex_attr_getters:
        return start
    for i in range(start + 1, end - 1):
        word = doc[i]
        if _capitalised(word.text) and word.lower_ in _SURNAME_PARTICLES:
            front = doc[start:i]
            if all(_capitalised(t.text) and t.lower_ not in PARTICLES and not _first_name(t) for t in front):
                return i
            return start
    return start


#: Endings of Dutch street, square and neighbourhood names, and English
#: words for streets: such a name is a place, not a person. Not ``dijk`` or
#: ``weg``, which end many surnames (``Groenendijk``).
_PLACE_ENDINGS = ("straat", "laan", "plein", "gracht", "kade", "singel", "steeg", "dreef", "markt", "buurt")
_PLACE_WORDS = frozenset(["Street", "Avenue", "Road", "Square", "Boulevard", "Lane"])


def place_by_form(text: str, label: str) -> str:
    """LOC for a person's or organisation's name that is written as a
    street, square or neighbourhood (``Marco Pololaan``, ``Albert
    Cuypmarkt``, ``Apollobuurt``; ``Baker Street`` for a person only);
    otherwise `label`. A surname that is only the word (``Van der Laan``,
    ``Van Dijk``) stays a person's."""
    words = text.split()
    if label not in ("PER", "ORG") or not words:
        return label
    last = words[-1].lower()
    if any(last.endswith(ending) and len(last) >= len(ending) + 4 for ending in _PLACE_ENDINGS):
        return "LOC"
    if label == "PER" and len(words) > 1 and words[-1] in _PLACE_WORDS:
        return "LOC"
    return label


def without_full_stop(text: str) -> str:
    """`text` without a full stop the tokenizer left on its last word
    (``Herald.``, ``Jansen.``), unless the word is an initial or an
    abbreviation (``Gökmen T.``, ``Acme Inc.``, ``B.V.``)."""
    if not text.endswith("."):
        return text
    last = text.split()[-1][:-1]
    if len(last) < 3 or "." in last or not any(ch.islower() for ch in last) or last.lower() in _ABBREVIATIONS:
        return text
    return text[:-1]


def model_mentions(doc: Doc) -> list[Entity]:
    """The pipeline's entities with the reader's labels; punctuation a model
    sometimes takes in at either edge (``BBC,``), a title or role in front
    of a person's name and a preposition at the end are left out (see
    `_trim`), and a mention that is only a title is dropped
    (`_only_a_title`). What the reader's rules made (`rules.ruler`) stays
    as the user said: the built-in rules after the model never change it."""
    bounds, ruled = [], []
    for ent in doc.ents:
        label = reader_label(ent.label_)
        if ent.id_ and label:  # the reader's own rule (rules.ruler): as the user said, untouched
            ruled.append([ent.start, ent.end, label, ent.label_])
            continue
        start, end = ent.start, ent.end
        while end - start > 2 and _PAIRS.get(doc[start].text) == doc[end - 1].text and doc[start].text in "([":
            start, end = start + 1, end - 1  # "(BBC)" is BBC
        while start < end and doc[start].is_punct and not _balanced_edge(doc, start, end, start):
            start += 1
        while end > start and doc[end - 1].is_punct and not _balanced_edge(doc, start, end, end - 1):
            end -= 1
        if start == end or not label:
            continue
        if end - start > 1 and _MEMBER.match(doc[start].text) and _capitalised(doc[start + 1].text):
            start += 1  # "VVD'er Wiebes": a member of the party, by name
            label = "PER" if doc[start - 1].text.endswith("er") else label
        # a place the model saw in "Nobelprijswinnaar Gerard 't Hooft": the role and a first name say a person
        if (label in ("PER", "MISC") or (label == "LOC" and end - start > 2 and _first_name(doc[start + 1]))) and _a_person_after(doc, start, end):
            start, label = start + 1, "PER"  # "Oekraïner Zelensky", "Imam Said": the model's MISC
        start, end = _trim(doc, start, end, label)
        if _only_a_title(doc, start, end):
            continue
        bounds.append([start, end, label, ent.label_])
    mentions = []
    bounds = titled_names(doc, organisation_rules(doc, split_names(doc, bounds)))  # names, organisations
    bounds = subheading_words(doc, _whole_names(doc, kind_rules(doc, bounds)))
    bounds = [b for b in bounds if not any(b[0] < r[1] and r[0] < b[1] for r in ruled)]
    by_rule = {(start, end) for start, end, _, _ in ruled}
    for start, end, label, model_label in sorted(bounds + ruled):
        if (start, end) not in by_rule:
            end = _without_trailing_words(doc, start, end)  # a rule that cut the name may leave "voor" at its end ("Vogel voor | het eerst")
            end = _without_a_verb(doc, start, end) if label == "PER" else end
        span = doc[start:end]
        text = without_full_stop(span.text)
        if any(ch.isalpha() for ch in text):
            if (start, end) not in by_rule:
                label = place_by_form(text, label)
            if label == "LOC" and start > 0 and doc[start - 1].like_num and text.lower().startswith(_MONTHS):
                span = doc[start - 1 : end]  # "24 Oktoberplein"
                text = without_full_stop(span.text)
            mentions.append(Entity(span.start_char, span.start_char + len(text), text, label, model_label))
    return mentions


_MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
    "january", "february", "march", "june", "july", "august", "october",
)  # fmt: skip


def _whole_names(doc: Doc, bounds: list[list]) -> list[list]:
    """A first name the model took alone is the whole name it opens: with
    the name the model took apart right after it (``Fenna`` and
    ``Vermeer``; not a common word, such as ``Brit`` in ``de Brit John
    Watson``), or with the surname after it that starts with a particle
    (``Robine van Engelen``). Only with the bundled models' list of first
    names."""
    if FIRST_NAME_FLAG not in doc.vocab.lex_attr_getters:
        return bounds
    joined: list[list] = []
    swallowed: set[int] = set()  # starts of surnames joined to the first name before them
    for bound in bounds:
        start, end = bound[0], bound[1]
        if start in swallowed:
            continue
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous[1] == start
            and previous[1] - previous[0] == 1
            and (_opens_name(doc[previous[0]]) or _unknown_pair(doc, previous[0], start, end))
            and not doc[previous[0]].check_flag(COMMON_FLAG)  # not "Brit", "German"
            and doc[previous[0]].whitespace_
            and all(_capitalised(t.text) or t.lower_ in _SURNAME_PARTICLES for t in doc[start:end])
        ):
            previous[1], previous[2] = end, "PER"
            continue
        if end - start == 1 and _opens_name(doc[start]):
            i = end
            while i < len(doc) and i < end + 3 and doc[i].text in _SURNAME_PARTICLES:
                i += 1
            taken = [b for b in bounds if b[0] <= i < b[1]]
            # "Erik ten Hag": the model took "Hag" alone for a place; a one-word name after the particle is his
            # surname, also with the particles ("Ursula | der Leyen", "Ursula | von der Leyen")
            surname = len(taken) == 1 and end <= taken[0][0] <= i and taken[0][1] == i + 1
            if end < i < len(doc) and doc[i].is_alpha and _capitalised(doc[i].text) and (not taken or surname):
                bound = [start, i + 1, "PER", bound[3]]
                swallowed.update([taken[0][0]] if surname else [])
        joined.append(bound)
    return joined


def _unknown_pair(doc: Doc, first: int, start: int, end: int) -> bool:
    """Two words the model took as two names, side by side, that are no
    word of the language, no place and no acronym (``Jacinda`` (MISC)
    ``Ardern`` (ORG)): one name, as a first name not in the list and a
    surname. Not ``Europa Huawei`` in a headline (a place) nor ``Chinese
    Huawei`` (a common word)."""
    words = [doc[first]] + list(doc[start:end])
    return end - start == 1 and all(
        t.is_alpha and t.text.istitle() and not t.check_flag(COMMON_FLAG) and not t.check_flag(PLACE_FLAG) for t in words
    )


def _opens_name(token) -> bool:
    return token.is_alpha and _capitalised(token.text) and token.check_flag(FIRST_NAME_FLAG) and not is_role(token.text)
