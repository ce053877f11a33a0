"""Organisations after the model (issue 15): what the words around a name
say about it, and names news writes for organisations.

The rules work on the model's entities of one Doc as token bounds
``[start, end, label, model_label]`` (see `mentions.model_mentions`):

- a listed party, government body or medium (`organisation_names`) is an
  organisation, and one the model missed is added when its form cannot be
  a common word (``D66``, ``NOS``, ``Tweede Kamer``); a seat of government
  the model calls MISC or a person is one too (``het Witte Huis``);
- the ministry a minister or ministry is "of" is an organisation
  (``minister van Buitenlandse Zaken``: ``Buitenlandse Zaken``);
- a name right after a noun for an organisation (``het bedrijf X``, ``de
  club X``, ``energiebedrijf X``) or after a role and ``van``/``bij``
  (``woordvoerder van X``), a name that ends in a legal form (``X B.V.``,
  ``X Holding``), a name that opens a compound with a role
  (``X-topman``: every ``X`` of the Doc) are organisations, unless the
  model calls the name a place or it is a person's full name;
- a compound word for an organisation in front of its name is no part of
  the name (``Jongerenclub X``: ``X``, an organisation).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import LOWER
from spacy.tokens import Doc

from .appositions import apposition_noun
from .flags import FIRST_NAME_FLAG, PLACE_FLAG
from .organisation_names import (
    LEGAL_FORMS,
    MEDIA_NAMES,
    ORGANISATION_COMPOUND_ROLES,
    ORGANISATION_HEADS,
    ORGANISATION_NAMES,
    ORGANISATION_NOUNS,
    ORGANISATION_ROLES,
    PORTFOLIO_WORDS,
    FIRMS,
    SEATS,
)
from .doc_text import doc_text, text_words, tokens_among, word_hashes
from .spans import opens_sentence

_ARTICLES = frozenset(("de", "het", "the"))
_OF = frozenset(("van", "bij", "of", "at", "for"))
_MINISTRY_WORDS = frozenset(("ministerie", "ministeries", "minister", "ministers", "staatssecretaris", "departement"))
_MINISTRY_HASHES = word_hashes(_MINISTRY_WORDS)


def _compound_of(word: str, heads: tuple[str, ...]) -> bool:
    """A lower-case compound ending in one of `heads` with a first part of
    three letters or more (``energiebedrijf``)."""
    word = word.lower()
    return any(word.endswith(head) and len(word) >= len(head) + 3 for head in heads)


def is_organisation_noun(word: str) -> bool:
    """``bedrijf``, ``club``, ``supermarktketen``, ``chipmaker``, also as a
    diminutive (``zorgbedrijfje``) …"""
    if not word.islower():
        return False
    forms = (word, word[:-2]) if word.endswith("je") else (word,)
    return any(form in ORGANISATION_NOUNS or _compound_of(form, ORGANISATION_HEADS) for form in forms)


def _a_person(doc: Doc, start: int, end: int, label: str) -> bool:
    """A person's full name: two words or more opening with a known first name."""
    first = doc[start]
    if label != "PER" or end - start < 2:
        return False
    initial = len(first.text) == 2 and first.text.endswith(".")  # "J. Jansen"
    return initial or (FIRST_NAME_FLAG in doc.vocab.lex_attr_getters and first.check_flag(FIRST_NAME_FLAG))


def _after_role(doc: Doc, start: int) -> bool:
    """``woordvoerder van (de) X``, ``CEO of X``."""
    i = start - 1
    if i >= 0 and doc[i].lower_ in _ARTICLES:
        i -= 1
    role = doc[i - 1].lower_ if i >= 1 else ""
    role = role.split("-", 1)[1] if role.startswith(("oud-", "ex-")) else role  # "oud-medewerker van X"
    return i >= 1 and doc[i].lower_ in _OF and role in ORGANISATION_ROLES


def _described_after(doc: Doc, end: int) -> bool:
    """``X, een failliet zorgbedrijfje``, ``X, the chipmaker``: a name with
    an apposition whose noun (within three words of its article) is one for
    an organisation."""
    # not "X, de directeur van het bedrijf": whose role, not what X is
    return apposition_noun(doc, end, is_organisation_noun, stops=_OF) is not None


def _context_label(doc: Doc, bound: list, organisations: set[str]) -> str | None:
    """ORG when the words around the name say it is one."""
    start, end, label = bound[0], bound[1], bound[2]
    if label == "LOC" or _a_person(doc, start, end, label) or _a_compound(doc[end - 1].text):
        return None  # "de Franse club Metz" is a place in CoNLL; "Tros-programma" a compound
    before = doc[start - 1] if start > 0 else None  # "Netbeheerder Liander" opening the sentence too
    if (before is not None and is_organisation_noun(before.lower_ if opens_sentence(doc, before.i) else before.text)) or _described_after(doc, end):
        return "ORG"
    if _after_role(doc, start) and not (label == "MISC" and end < len(doc) and doc[end].is_lower):
        return "ORG"  # not "a spokeswoman of the Dutch police"
    if doc[end - 1].text in LEGAL_FORMS and end - start >= 2:
        return "ORG"
    if doc[start:end].text in organisations:
        return "ORG"
    return None


def _a_compound(word: str) -> bool:
    """A name and a lower-case word in one (``CDA-variant``): MISC by the
    CoNLL guidelines, whatever its first part is."""
    name, dash, rest = word.rpartition("-")
    return bool(dash) and bool(name) and rest.islower()


def _compound_prefixes(doc: Doc) -> set[str]:
    """Names that open a compound with a role of an organisation
    (``X-topman``, ``X-medewerkers``)."""
    found = set()
    for _, word in text_words(doc):
        if "-" in word:
            name, _, rest = word.rpartition("-")
            if name[:1].isupper() and rest.islower() and rest in ORGANISATION_COMPOUND_ROLES:
                found.add(name)
    return found


def _organisation_head(doc: Doc, start: int, end: int) -> bool:
    """``Jongerenclub`` in front of a name: a capitalised compound for an
    organisation, not the organisation's own first word."""
    word = doc[start].text
    if end - start < 2 or not (word[:1].isupper() and word[1:].islower() and _compound_of(word, ORGANISATION_HEADS)):
        return False
    # "Rijksuniversiteit Leiden" is one name: the rest is a place's name.
    return not (end - start == 2 and PLACE_FLAG in doc.vocab.lex_attr_getters and doc[start + 1].check_flag(PLACE_FLAG))


def _listed(text: str, names: frozenset[str] = ORGANISATION_NAMES) -> bool:
    words = text.split()
    return text in names or (len(words) > 1 and words[0].lower() in _ARTICLES and " ".join(words[1:]) in names)


def _ministry(doc: Doc, start: int, starts: dict[int, str]) -> tuple[int, int] | None:
    """The name after ``minister(ie) van`` at token `start` (the Dutch
    ministry word in lower case): a capitalised word and the words of
    ministries' names after it (`PORTFOLIO_WORDS`), up to the next name the
    model found (`starts`: ``minister van Justitie Jan Jansen``), or a list
    of them (``Volksgezondheid, Welzijn en Sport``; ``Arbeid en Sociale
    Zaken`` is two, as in CoNLL-2002)."""
    word = doc[start].text
    if word.lower() not in _MINISTRY_WORDS or word == "Ministerie" or start + 2 >= len(doc) or doc[start + 1].text != "van":
        return None
    first = end = start + 2
    listed = False
    while end < len(doc) and (end == first or not _a_name_starts(doc, end, starts)):
        word = doc[end].text
        if word[:1].isupper() and word.isalpha() and (end == first or word in PORTFOLIO_WORDS):
            end += 1
        elif word == "," and end > first and end + 1 < len(doc) and doc[end + 1].text in PORTFOLIO_WORDS:
            end, listed = end + 1, True
        elif word == "en" and listed and end + 1 < len(doc) and doc[end + 1].text in PORTFOLIO_WORDS:
            end += 1
        else:
            break
    while end > first and doc[end - 1].text in (",", "en"):
        end -= 1
    return (first, end) if end > first else None


def _a_name_starts(doc: Doc, i: int, starts: dict[int, str]) -> bool:
    """A name the model found starts at token `i`: a person, or another
    name right after a word (not one after ``,`` or ``en`` in a list)."""
    return starts.get(i) == "PER" or (i in starts and doc[i - 1].text not in (",", "en"))


def _put(bounds: list[list], new: list) -> list[list]:
    """`bounds` with `new` in place of the bounds it overlaps."""
    kept = [b for b in bounds if b[1] <= new[0] or new[1] <= b[0]]
    return sorted(kept + [new])


def _ministries(doc: Doc, bounds: list[list], names: set[str]) -> list[list]:
    """`bounds` with the ministries found; their names added to `names`."""
    for i in tokens_among(doc, LOWER, _MINISTRY_HASHES):
        found = _ministry(doc, i, {b[0]: b[2] for b in bounds})
        if found is not None:
            model = next((b[3] for b in bounds if b[0] < found[1] and found[0] < b[1]), None)
            bounds = _put(bounds, [found[0], found[1], "ORG", model])
            names.add(doc[found[0] : found[1]].text)
    return bounds


def _no_word(name: str) -> bool:
    """A listed name that is no common word in any position: more than one
    word, or a capital, digit or ``&`` after the first letter."""
    return " " in name or any(ch.isupper() or ch.isdigit() or ch == "&" for ch in name[1:])


@lru_cache(maxsize=4)
def _listed_pattern(any_name: bool = False, listed: frozenset[str] = ORGANISATION_NAMES) -> re.Pattern:
    """The listed names that `_no_word` allows, or all of them."""
    names = [n for n in listed if any_name or _no_word(n)]
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<![\w&-])(?:" + alternatives + r")(?![\w&-])")


def _headline(doc: Doc, start: int, end: int) -> bool:
    """Words in capitals around: a headline in capitals, not a name."""
    near = [t for t in doc[max(0, start - 2) : min(len(doc), end + 2)] if t.is_alpha and not start <= t.i < end]
    return any(t.is_upper and len(t) > 1 for t in near)


def _starts(doc: Doc, i: int) -> bool:
    """Token `i` opens a sentence or line (or follows a quotation mark)."""
    before = doc[i - 1]
    return before.text in (".", "!", "?", ":") or before.is_quote or "\n" in before.text_with_ws


def _missed_listed(doc: Doc, bounds: list[list]) -> list[list]:
    """Listed names the model missed, or took only part of (``Kamer``);
    also listed firms, at a sentence's start too ("Nvidia werd …", "OpenAI,
    het bedrijf achter …"), unless an article stands before the name ("up
    the Amazon") or the text also writes it in lower case ("een apple")."""
    text = doc_text(doc)
    firms = [m for m in _listed_pattern(True, FIRMS).finditer(text) if not _after_an_article(text, m.start())]
    lower = set(re.findall(r"\w+", text)) if firms else set()  # the text's words only when a firm is named
    firms = [m for m in firms if m.group().lower() not in lower]
    for match in sorted([*_listed_pattern(True).finditer(text), *firms], key=lambda m: m.start()):
        span = doc.char_span(*match.span())
        if span is None or _headline(doc, span.start, span.end):
            continue
        if not (_no_word(span.text) or match in firms) and (span.start == 0 or doc[span.start - 1].is_sent_end or _starts(doc, span.start)):
            continue  # "Trouw", "Facebook": only inside a sentence
        if len(span.text) <= 2 and (span.start == 0 or doc[span.start - 1].lower_ not in _ARTICLES):
            continue  # "het OM", "de SP"; not two capitals in a table
        inside = [b for b in bounds if b[0] < span.end and span.start < b[1]]
        if all(span.start <= b[0] and b[1] <= span.end for b in inside) and not any(
            b[0] == span.start and b[1] == span.end for b in inside  # relabelled, or not, in `organisation_rules`
        ):
            bounds = _put(bounds, [span.start, span.end, "ORG", inside[0][3] if inside else None])
    return bounds


#: Legal forms that make the name before them a firm's (`LEGAL_FORMS`
#: without the words that also follow other names: ``Bank``, ``Co.``).
_TRAILING_FORMS = frozenset(
    "B.V. BV N.V. NV Groep Group Holding Holdings Investments Inc. Ltd Ltd. GmbH AG plc PLC LLC Corp.".split()
)


def _taken(bounds: list[list], i: int) -> bool:
    return any(b[0] <= i < b[1] for b in bounds)


def _after_an_article(text: str, at: int) -> bool:
    """An article right before offset `at` ("up the Amazon")."""
    before = text[max(0, at - 5) : at].split()
    return bool(before) and before[-1].lower() in _ARTICLES


def _firm_as_place(doc: Doc, bound: list, text: str) -> bool:
    """A listed firm the model called a place ("Nvidia became …"), unless
    the name is a listed place too or has an article before it ("up the
    Amazon": a river)."""
    if bound[2] != "LOC" or not _listed(text, FIRMS) or PLACE_FLAG not in doc.vocab.lex_attr_getters:
        return False
    if bound[0] > 0 and doc[bound[0] - 1].lower_ in _ARTICLES:
        return False
    return not any(token.check_flag(PLACE_FLAG) for token in doc[bound[0] : bound[1]])


#: Capitalised last words of institutions named after a person.
_INSTITUTIONS = frozenset(
    """Lyceum College School Scholengemeenschap Gymnasium Academie Universiteit Ziekenhuis Museum Instituut
    Stichting Fonds Prijs Huis University Hospital Institute Museum Foundation Prize""".split()
)


def organisation_rules(doc: Doc, bounds: list[list]) -> list[list]:
    """The bounds with the rules of this module applied (see there)."""
    organisations = _compound_prefixes(doc)
    bounds = _spelled_out(doc, _ministries(doc, bounds, organisations))
    bounds = _missed_listed(doc, bounds)
    for bound in bounds:
        if bound[1] < len(doc) and doc[bound[1]].text in _TRAILING_FORMS and not _taken(bounds, bound[1]):
            bound[1], bound[2] = bound[1] + 1, "ORG"  # "Jansen Holding": a firm, not a person
        if _organisation_head(doc, bound[0], bound[1]):
            bound[0], bound[2] = bound[0] + 1, "ORG"
        if bound[2] != "ORG" and bound[1] - bound[0] >= 2 and doc[bound[1] - 1].text in _TRAILING_FORMS:
            bound[2] = "ORG"  # "Wagner Groep", "Blackstone Investments" with the form inside: a firm
        if bound[2] == "PER" and bound[1] - bound[0] >= 2 and doc[bound[1] - 1].text in _INSTITUTIONS:
            bound[2] = "ORG"  # "Cornelius Haga Lyceum": a school named after a person
        word = doc[bound[0]].text
        if bound[2] == "PER" and bound[1] - bound[0] == 1 and word[1:].islower() and _compound_of(word, ORGANISATION_HEADS):
            bound[2] = "ORG"  # "de Bloemcampschool", "Jongerenpartij": one word, its last part says an organisation
        text = doc[bound[0] : bound[1]].text
        if _listed(text) and not (bound[2] == "PER" and len(text) <= 2):  # "(MR)": an author's initials
            bound[2] = "ORG"
            if text not in ORGANISATION_NAMES and bound[1] - bound[0] > 1 and text.split(" ", 1)[1] not in MEDIA_NAMES:
                bound[0] += 1  # "Het Internationaal Strafhof" opening a sentence: the article is no part of the name
            continue
        if bound[2] in ("MISC", "PER") and (_listed(text, SEATS) or _listed(text, FIRMS)) or _firm_as_place(doc, bound, text):
            bound[2] = "ORG"
            continue
        label = _context_label(doc, bound, organisations)
        if label:
            bound[2] = label
            organisations.add(text)
    for bound in bounds:  # what the context said at one mention holds at the others
        if bound[2] in ("PER", "MISC") and doc[bound[0] : bound[1]].text in organisations:
            bound[2] = "ORG"
    return bounds


def _spelled_out(doc: Doc, bounds: list[list]) -> list[list]:
    """A name that its initials in brackets right after it spell out is one
    organisation, however the model cut it ("Nationaal Coördinator
    Terrorismebestrijding en Veiligheid (NCTV)" was an organisation and a
    person "Veiligheid"): the capitalised words and the small words between
    them ("en", "van", "voor") whose first letters make the initials."""
    for opening in (t.i for t in doc if t.text == "(" and t.i + 2 < len(doc) and doc[t.i + 2].text == ")"):
        letters = doc[opening + 1].text
        if not (3 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
            continue
        start, spelled = opening, ""
        while start > 0 and len(spelled) < len(letters):
            word = doc[start - 1]
            if word.text[:1].isupper() and word.is_alpha:
                spelled = word.text[0] + spelled
            elif word.lower_ not in _SMALL_WORDS or not spelled:
                break
            start -= 1
        if spelled != letters or not doc[start].text[:1].isupper():
            continue
        inside = [b for b in bounds if b[0] < opening and start < b[1]]
        article = lambda b: all(t.lower_ in _ARTICLES for t in doc[b[0] : start])  # "Het Sociaal | en Cultureel Planbureau"
        whole = len(inside) == 1 and inside[0][1] == opening and article(inside[0])
        if not inside or whole or any(b[1] > opening or not article(b) for b in inside) or all(b[2] == "PER" for b in inside):
            continue  # none, the whole name already, one that runs past it, or people ("Jan Smit en Piet Bakker")
        bounds = [b for b in bounds if b not in inside] + [[start, opening, "ORG", inside[0][3]]]
    return sorted(bounds)


#: Small words inside an organisation's name that its initials pass over.
_SMALL_WORDS = frozenset("en van voor de het der and of for the".split())
