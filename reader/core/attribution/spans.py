"""Names the model ran together (issue 15), split again, on the token
bounds ``[start, end, label, model_label]`` of one Doc (see
`mentions.model_mentions`):

- an adjective of nationality in front of a one-word name that is no
  common word is a name of its own (``Chinese Xandrix``: ``Chinese`` MISC
  and ``Xandrix``); ``Europese Unie`` stays one name;
- a common word opening a sentence is no part of the person's name after
  it (``Column Thomas Verbeek``: ``Thomas Verbeek``);
- a person's name followed by ``van`` and a ministry or body is two
  names (``Wiebes van Economische Zaken``: ``Wiebes`` and ``Economische
  Zaken``, an organisation);
- a listed body followed by ``van`` and a place is two names (``Eerste
  Kamer van Algerije``: ``Eerste Kamer`` and ``Algerije``);
- a lower-case word between a capitalised word and an article is a verb
  or noun with its object, no part of a name: ``Rijkswaterstaat sloot de
  Oosterscheldekering`` is two names;
- an article before a common word ends a name: ``Rutte de CO2-heffing``
  is ``Rutte``;
- a body, ``van`` and a person's first name are two names, the person's
  running on past where the model stopped (``het CDA van Marianne van der
  Sloot``: ``CDA`` and ``Marianne van der Sloot``);
- a name, ``op``/``via`` and a listed medium are two names (``Youth for
  Climate op Instagram``: ``Youth for Climate`` and ``Instagram``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..loading.language import FUNCTION_WORDS
from .flags import COMMON_FLAG, EVERYDAY_FLAG, FIRST_NAME_FLAG, PLACE_FLAG
from .names import ARTICLES, PARTICLES, STATE_WORDS, fold
from .organisation_names import ORGANISATION_NAMES, PORTFOLIO_WORDS
from .roles import DEFAULT_ROLE_NOUNS

#: Endings of Dutch and English adjectives of nationality (``Chinese``,
#: ``Amerikaanse``, ``Russische``, ``Japanese``).
_ADJECTIVE_ENDINGS = ("se", "sche", "ese")
_FUNCTION_WORDS = frozenset().union(*FUNCTION_WORDS.values())
#: Function words that are first names, and the particles of surnames; and
#: the words of the language-detection lists that open names of places and
#: bodies ("New York", "NEW YORK 1996-08-30", "All Blacks", "Eerste Kamer").
_NAMES_TOO = PARTICLES | frozenset(("al", "dan", "will", "an")) | frozenset("new one two all last eerste andere".split())


def _lexicon(doc: Doc) -> bool:
    return PLACE_FLAG in doc.vocab.lex_attr_getters


def _nationality_in_front(doc: Doc, start: int, end: int) -> bool:
    """``Chinese Xandrix``, ``het Chinese Huawei``: an adjective of
    nationality, then one word that is no place and no word in everyday
    use (``Europese Unie`` stays whole; a brand such as ``Huawei`` is
    frequent enough to be among the common words, but not among the most
    common)."""
    if end - start != 2 or not _lexicon(doc):
        return False
    first, name = doc[start], doc[start + 1]
    return (
        first.is_alpha
        and first.text[:1].isupper()
        and first.text[1:].islower()
        and len(first.text) >= 5
        and first.text.endswith(_ADJECTIVE_ENDINGS)
        and first.check_flag(COMMON_FLAG)
        and not first.check_flag(FIRST_NAME_FLAG)  # "Louise"
        and name.is_alpha
        and not name.check_flag(EVERYDAY_FLAG)
        and not name.check_flag(PLACE_FLAG)
        and name.lower_ not in STATE_WORDS  # "Tsjechische Republiek" is one country
        and not _ends_in_a_word(doc, name.lower_)
    )


def _ends_in_a_word(doc: Doc, word: str) -> bool:
    """``gemeenschapscommissie``: a compound of a common word, part of a
    name such as ``Vlaamse Gemeenschapscommissie``."""
    common = doc.vocab.lex_attr_getters[COMMON_FLAG]  # no lexeme for every part of the word
    return any(common(word[cut:]) for cut in range(2, len(word) - 4))


def _second_surname(doc: Doc, start: int, end: int, label: str) -> int | None:
    """Where a second surname opens in the person's name at `start`-`end`:
    a capitalised particle after a surname, both surnames of other people
    the Doc names ("Peter R. de Vries", "Peter van Koppen"); or None."""
    if label != "PER" or end - start < 3 or not all(t.text[:1].isupper() for t in doc[start:end]):
        return None
    # surnames: the last words of other people's full names (a first name alone, "Herman", is none)
    others = {e[-1].lower_ for e in doc.ents if e.label_ in ("PER", "PERSON") and len(e) > 1 and not (e.start < end and start < e.end)}
    cut = next((k for k in range(start + 1, end - 1) if doc[k].lower_ in _SURNAME_OPENINGS and doc[k - 1].lower_ not in PARTICLES), None)
    return cut if cut is not None and doc[cut - 1].lower_ in others and doc[end - 1].lower_ in others else None


#: Particles that open a Dutch surname written without a first name (``Van Koppen``, ``De Vries``).
_SURNAME_OPENINGS = frozenset("van de den der ter ten".split())


def opens_sentence(doc: Doc, i: int) -> bool:
    return i == 0 or doc[i - 1].text in (".", "!", "?") or "\n" in doc[i - 1].text_with_ws


def _heading_in_front(doc: Doc, start: int, end: int, label: str) -> bool:
    """``Column Thomas``: a person's name that opens with a common word at
    the start of a sentence or line, then a known first name; or with a
    function word that a sentence's first capital made look like a name
    (``Door Siza``, ``Mét Zelle``, ``But Smith``), then a capital. Not a
    particle that opens a surname (``Van Bree``) or a function word that
    is also a first name (``Al``, ``Will``; the list of first names holds
    ``Door`` and ``The`` too, so it cannot tell)."""
    if end - start < 2 or not _lexicon(doc) or not opens_sentence(doc, start):
        return False
    first, second = doc[start], doc[start + 1]
    if not first.is_alpha:
        return False
    word = fold(first.text)
    function_words = FUNCTION_WORDS.get(doc.lang_, _FUNCTION_WORDS)
    if word in function_words and word not in _NAMES_TOO and second.text[:1].isupper():
        return True  # whatever the model called it: "Mét Brouwer" was MISC
    return (
        label == "PER"
        and first.check_flag(COMMON_FLAG)
        and not first.check_flag(FIRST_NAME_FLAG)
        and not first.check_flag(PLACE_FLAG)
        and second.check_flag(FIRST_NAME_FLAG)
    )


def _body_of_a_place(doc: Doc, start: int, end: int) -> int | None:
    """Where ``van`` cuts a listed body from the place after it (``Eerste
    Kamer van Algerije``), or None."""
    for i in range(start + 1, end - 1):
        if doc[i].text == "van" and doc[start:i].text in ORGANISATION_NAMES and doc[start:end].text not in ORGANISATION_NAMES:
            place = doc[i + 1 : end]
            if _lexicon(doc) and len(place) == 1 and place[0].check_flag(PLACE_FLAG):
                return i
    return None


#: Lower-case words that belong inside names (``Raad van State``,
#: ``Partij voor de Dieren``, ``Bank of England``).
_INSIDE = frozenset(
    "van de der den het ten ter te op in voor en of the and for on aan bij zu von la le du des di da dos das del".split()
)


def _verb_inside(doc: Doc, start: int, end: int) -> int | None:
    """A lower-case word between a capitalised word and an article inside
    the bounds (``Rijkswaterstaat sloot de Oosterscheldekering``): a verb
    and its object, not a name; the word's position, or None."""
    for i in range(start + 1, end - 2):
        word = doc[i]
        if (
            word.is_alpha
            and word.is_lower
            and word.text not in _INSIDE
            and doc[i + 1].lower_ in ARTICLES
            and doc[i - 1].text[:1].isupper()
        ):
            return i
    return None


def _article_of_a_thing(doc: Doc, start: int, end: int) -> int | None:
    """An article inside the bounds before a word in lower case or a
    compound ending in one (``Rutte de CO2-heffing``, ``Rutte het
    kabinet``): the name ends before it (``Jan de Vries``, ``Partij voor de
    Dieren`` stay whole); its position, or None."""
    for i in range(start + 1, end - 1):
        following = doc[i + 1].text
        if doc[i].text in ARTICLES and (following[:1].islower() or following.rpartition("-")[2].islower()):
            return i
    return None


def _office_after(doc: Doc, start: int, end: int, label: str) -> int | None:
    """Where ``van`` cuts a person's name from the ministry or body after
    it (``Wiebes van Economische Zaken``, ``Van Ark van Sociale Zaken``):
    a ministry's word or a listed body follows, or the name had its own
    ``van`` already. The position of ``van``, or None."""
    if label != "PER":
        return None
    particle = False
    for i in range(start + 1, end - 1):
        if doc[i].text != "van":
            continue
        rest = doc[i + 1 : end].text
        if particle or doc[i + 1].text in PORTFOLIO_WORDS or rest in ORGANISATION_NAMES:
            return i
        particle = True
    return None


def _medium_after(doc: Doc, start: int, end: int) -> int | None:
    """Where "op", "via" or "on" cuts a name from the listed medium that
    closes the bounds (``Youth for Climate op Instagram``, ``X via
    Twitter``): two names, the second an organisation; or None."""
    for i in range(start + 1, end - 1):
        if doc[i].text in ON_A_MEDIUM and doc[i + 1 : end].text in ORGANISATION_NAMES:
            return i
    return None


#: Lower-case words between a name and the medium it spoke on.
ON_A_MEDIUM = frozenset("op via on".split())


def _person_of_a_body(doc: Doc, start: int, end: int, label: str) -> tuple[int, int] | None:
    """``het CDA van Marianne van der Sloot``, ``the CDU of Friedrich
    Merz``: a party or body, ``van``/``of`` and a first name run together
    (the model stopped inside the person's name, or took it whole);
    where ``van`` stands and where the person's name ends (past the bounds,
    over ``van der Sloot``), or None."""
    if label == "PER" or not _lexicon(doc):
        return None
    for i in range(start + 1, end - 1):
        first = doc[i + 1]
        if doc[i].text not in ("van", "of") or not (first.check_flag(FIRST_NAME_FLAG) and first.text.istitle()):
            continue
        last = end
        while last < len(doc) and not doc[last].ent_type_ and (doc[last].text in _SURNAME_PARTICLES or doc[last].text.istitle()):
            last += 1
        if last > i + 2 and doc[last - 1].text.istitle():
            return i, last
    return None


#: Particles inside a Dutch surname (``van der Sloot``, ``ten Hag``).
_SURNAME_PARTICLES = frozenset("van de der den ten ter 't".split())


def split_names(doc: Doc, bounds: list[list]) -> list[list]:
    """The bounds with the names run together split (see the module)."""
    out = []
    for start, end, label, model_label in bounds:
        verb = _verb_inside(doc, start, end)
        if verb is not None:
            out += [[start, verb, label, model_label], [verb + 2, end, label, model_label]]
            continue
        article = _article_of_a_thing(doc, start, end)
        if article is not None:
            end = article
            if start > 0 and doc[start - 1].text in DEFAULT_ROLE_NOUNS:
                label = "PER"  # "premier Rutte": what the model said of the run-on name does not hold
        if _nationality_in_front(doc, start, end):
            out += [[start, start + 1, "MISC", model_label], [start + 1, end, label, model_label]]
            continue
        second = _second_surname(doc, start, end, label)
        if second is not None:
            out += [[start, second, label, model_label], [second, end, label, model_label]]
            continue
        if _heading_in_front(doc, start, end, label):
            start += 1
        cut = _office_after(doc, start, end, label)
        if cut is not None:
            place = cut + 2 == end and _lexicon(doc) and doc[cut + 1].check_flag(PLACE_FLAG)
            out += [[start, cut, label, model_label], [cut + 1, end, "LOC" if place else "ORG", model_label]]
            continue
        person = _person_of_a_body(doc, start, end, label)
        if person is not None:
            out += [[start, person[0], label, model_label], [person[0] + 1, person[1], "PER", model_label]]
            continue
        cut = _body_of_a_place(doc, start, end)
        if cut is not None:
            out += [[start, cut, "ORG", model_label], [cut + 1, end, "LOC", model_label]]
            continue
        cut = _medium_after(doc, start, end)
        if cut is not None:
            out += [[start, cut, label, model_label], [cut + 1, end, "ORG", model_label]]
            continue
        out.append([start, end, label, model_label])
    return out
