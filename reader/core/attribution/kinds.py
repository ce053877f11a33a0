"""What a name is not (issue 15): rules after the model for names that
are no person and no place, on the token bounds ``[start, end, label,
model_label]`` of one Doc (see `mentions.model_mentions`):

- a name after ``storm``, ``orkaan`` or ``hurricane`` that the model
  calls a person is a storm (MISC), without the word (``Storm Xandra``:
  ``Xandra``), and one after ``operatie`` or ``type`` an event or a
  product;
- a name after a noun for a region or settlement (``regio Donbass``,
  ``havenstad Odessa``) is a place;
- one word that ends in an event (``Wagneropstand``, ``Golfoorlog``,
  ``Boekenweek``) is an event (MISC), not a place or a person;
- a name and a lower-case word in one (``Syriëgangers``, ``EU-topman``,
  ``Utrechter``: a place's name and a demonym ending) is MISC, as the
  CoNLL-2002 guidelines tag ``CVP-voorzitter``;
- one word the model calls a person right after ``in``, ``uit`` or
  ``naar`` (and an article) is a place (``in de Donbass``), and so is one
  it calls MISC after ``op de``/``op het`` with no noun after it (``op de
  Zuidas``: its other MISC mentions too; Dutch only);
- a name the model calls MISC that ends like a street or building
  (``JP Coenstraat``, ``Stevenskerk``) and a hyphenated place name it
  calls a person (``Oud-Zuid``) are places;
- a sentence's first word that is two common words in one (``Waterleiding
  bedrijven`` written as one word), an adverb or adjective by its ending
  (``Jarenlang``, ``Gevaarlijk``) or a word the Doc also writes in lower
  case is no person, organisation or place when the Doc never writes it
  with a capital inside a sentence (Dutch only);
- a website's address the model missed (``volgens retailtrends.nl``) is
  MISC, as the project's gold marks it (a product of its publisher), so
  that the reader can list and attribute it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .appositions import apposition_noun
from .addresses import web_addresses
from .countries import listed_with_places, state_names
from .described_people import OLDEST, described_person
from .regions import a_region, regions
from .venues import venues
from .flags import COMMON_FLAG, FIRST_NAME_FLAG, PLACE_FLAG
from .names import STATE_WORDS
from .organisation_names import (
    EVENT_ENDINGS,
    ORGANISATION_HEADS,
    ORGANISATION_NAMES,
    PLACE_HEADS,
    PLACE_NOUNS,
    STORM_WORDS,
    THING_NOUNS,
)

#: Endings that make a place's name a word for its people (``Utrechter``,
#: ``Nijmegenaren``, ``Amsterdammers``).
_DEMONYM_ENDINGS = (
    "er", "ers", "enaar", "enaren", "naar", "naren", "aar", "aren", "ees", "ezen", "se", "ganger", "gangers",
)  # fmt: skip
#: Ends of a place's own name (``Stadionbuurt`` is a neighbourhood).
_PLACE_WORDS = ("straat", "laan", "plein", "gracht", "kade", "singel", "buurt", "markt", "weg", "dijk", "park", "wijk")
_SENTENCE_ENDS = frozenset(".!?:;")
_FULL_STOPS = frozenset(".!?")  # not after "Bristol:" in a table of results


def _has_lexicon(doc: Doc) -> bool:
    return PLACE_FLAG in doc.vocab.lex_attr_getters


def _flag(doc: Doc, text: str, flag: int) -> bool:
    # The list's own test, not a lexeme: looking up every part of a word
    # in the vocabulary would add it there for good.
    return bool(doc.vocab.lex_attr_getters[flag](text))


def is_event(word: str) -> bool:
    """One word for an event: ``Wagneropstand``, ``Boekenweek``."""
    lower = word.lower()
    return word[:1].isupper() and any(lower.endswith(e) and len(lower) >= len(e) + 3 for e in EVENT_ENDINGS)


def _a_place_and_word(doc: Doc, word: str) -> bool:
    """``Syriëgangers``, ``Nijmegenaren``, ``Amsterdammers``: the name of
    a well-known place (in the list of places and in common use), then a
    demonym ending or a common lower-case word."""
    if doc.lang_ != "nl" or not _has_lexicon(doc) or "-" in word or word.endswith(_PLACE_WORDS):
        return False  # Dutch writes such words as one; English names do (Yorkshire)
    if _flag(doc, word, PLACE_FLAG) or _flag(doc, word, FIRST_NAME_FLAG):
        return False
    for cut in range(4, len(word) - 1):
        head, rest = word[:cut], word[cut:]
        if not rest.islower() or not (_flag(doc, head, PLACE_FLAG) and _flag(doc, head, COMMON_FLAG)):
            continue
        if rest[0] == head[-1] and rest[1:] in ("er", "ers"):  # "Amsterdam|mers"
            rest = rest[1:]
        if rest in _DEMONYM_ENDINGS or (len(rest) >= 5 and _flag(doc, rest, COMMON_FLAG)):
            return True
    return False


def _a_name_and_word(word: str) -> bool:
    """``EU-topman``, ``CDA-variant``: a name, a hyphen, a lower-case word."""
    name, dash, rest = word.rpartition("-")
    return bool(dash) and name[:1].isupper() and len(rest) >= 3 and rest.isalpha() and rest.islower()


def _misc_label(doc: Doc, bound: list) -> str | None:
    """MISC for a storm, an event or a word made of a name and a word;
    the bound loses a storm word or article in front (``Storm Xandra``,
    ``De Syriëgangers``)."""
    start, end, label = bound[0], bound[1], bound[2]
    while end - start >= 2 and label in ("PER", "MISC") and doc[start].lower_ in STORM_WORDS:
        bound[0] = start = start + 1  # "Hurricane Edouard": CoNLL marks the name only
        label = "MISC"
    if label == "PER" and start > 0 and doc[start - 1].lower_ in STORM_WORDS | THING_NOUNS:
        return "MISC"  # "storm Xandra", "operatie Margarita"; not "to storm Grozny"
    if end - start == 2 and doc[start].lower_ in ("de", "het") and _a_place_and_word(doc, doc[start + 1].text):
        bound[0] = start = start + 1
    if end - start != 1:
        return label if label != bound[2] else None
    word = doc[start].text
    if label in ("PER", "LOC") and is_event(word):
        return "MISC"
    if label == "ORG" and word.rpartition("-")[2].lower() in _PROCESSES:
        return "MISC"  # "Brexit negotiator", "Post-Brexit talks": an event, which the model of 1996 calls a body
    if label in ("PER", "LOC") and _a_name_and_word(word) and not word.lower().endswith(ORGANISATION_HEADS):
        return "MISC"
    if label in ("PER", "ORG") and _a_place_and_word(doc, word):
        return "MISC"
    return label if label != bound[2] else None


#: Events named in one word after the country that goes through them.
_PROCESSES = frozenset(("brexit", "grexit", "frexit", "nexit"))


def _opens_sentence(doc: Doc, i: int, ends: frozenset[str] = _SENTENCE_ENDS) -> bool:
    j = i - 1
    while j >= 0 and (doc[j].is_space or doc[j].is_quote):
        if "\n" in doc[j].text:
            return True
        j -= 1
    return j < 0 or doc[j].text in ends or "\n" in doc[j].whitespace_


def _a_quoted_description(doc: Doc, bound: list) -> bool:
    """A person's "name" of one word in single quotation marks after an
    article ("De 'Storkiaan' is ontdaan"): a label the writer gives someone,
    no name (a name takes no article)."""
    start, end = bound[0], bound[1]
    if bound[2] != "PER" or end - start != 1 or start < 2 or end >= len(doc):
        return False
    marks = doc[start - 1].text in ("'", "‘") and doc[end].text in ("'", "’")
    return marks and doc[start - 2].lower_ in ("de", "het", "een", "the", "a", "an")


def _two_common_words(doc: Doc, word: str) -> bool:
    """``Waterleidingbedrijven``: two lower-case words in common use."""
    lower = word.lower()
    for cut in range(3, len(lower) - 3):
        if _flag(doc, lower[:cut], COMMON_FLAG) and _flag(doc, lower[cut:], COMMON_FLAG):
            return True
    return False


def _a_common_word(doc: Doc, bound: list, capitalised_inside: set[str]) -> bool:
    """A sentence's first word that is two common words in one and that
    the Doc never writes with a capital inside a sentence."""
    start, end = bound[0], bound[1]
    if end - start != 1 or doc.lang_ != "nl" or not _has_lexicon(doc):
        return False  # English writes names such as Millwall as one word
    if bound[2] == "MISC" and not (doc[start].text.lower().endswith(_WORD_ENDINGS) and len(doc[start]) >= 8):
        return False  # "Nederlandse", "Europese": an adjective of a place is MISC; "Telefonisch" is no name
    if not _opens_sentence(doc, start, _FULL_STOPS):
        return False
    if end == len(doc) or "\n" in doc[start].whitespace_ or doc[end].is_space:
        return False  # alone on its line: a heading (CoNLL-2002 marks sections such as "Buitenland")
    token: Token = doc[start]
    word = token.text
    if not (word.isalpha() and word[1:].islower()) or word in capitalised_inside or word in ORGANISATION_NAMES:
        return False  # "Rijkswaterstaat" is listed
    if token.check_flag(PLACE_FLAG) or token.check_flag(FIRST_NAME_FLAG) or a_region(doc, word):
        return False  # "Donbass" is no "Don" and "bass"
    lower = word.lower()
    if lower.endswith(_WORD_ENDINGS) and len(word) >= 8:
        return True  # "Jarenlang", "Gevaarlijk", "Klimaatneutraal"
    return _two_common_words(doc, word) or any(t.text == lower for t in doc)


#: Endings of Dutch adverbs and adjectives, no names' (``Jarenlang``,
#: ``Gevaarlijk``, ``Onvermijdelijk``, ``Klimaatneutraal``, ``Telefonisch``).
_WORD_ENDINGS = ("lang", "lijk", "baar", "loos", "matig", "waardig", "neutraal", "vriendelijk", "isch", "gewijs")


#: Ends of the names of streets and buildings: a name the model calls
#: MISC that ends in one is a place (``JP Coenstraat``, ``Stevenskerk``).
_PLACE_ENDINGS = (
    "straat", "laan", "plein", "gracht", "kade", "singel", "kerk", "kapel", "toren", "monument", "brug", "dijk", "kering",
    "sluis", "tunnel",
)  # fmt: skip
#: First parts of hyphenated place names (``Oud-Zuid``, ``Noord-Holland``).
_PLACE_PARTS = frozenset(("Noord", "Zuid", "Oost", "West", "Oud", "Nieuw", "Midden", "Boven", "Neder"))


def _a_place_noun(word: str) -> bool:
    """``regio``, ``provincie``, ``havenstad``, ``city``: written in lower case."""
    return word.islower() and (word in PLACE_NOUNS or any(word.endswith(h) and len(word) >= len(h) + 3 for h in PLACE_HEADS))


def _place_label(doc: Doc, bound: list) -> str | None:
    """LOC for a street or building the model calls MISC, for a
    hyphenated place name it calls a person (``Oud-Zuid``), for a building
    or estate named so (``Jachtslot Mookerheide``), and for a
    name it calls a person or MISC right after a noun for a region or
    settlement (``de oostelijke regio Donbass``) or after its English "of"
    (``the province of Zhejiang``)."""
    start, end, label = bound[0], bound[1], bound[2]
    if label in ("PER", "MISC") and start > 0 and _a_place_noun(doc[start - 1].text):
        return "LOC"
    if label == "ORG" and start > 0 and _a_place_noun(doc[start - 1].lower_ if doc[start - 1].lower_ not in _GOVERNED else "-") and _a_listed_place(doc, bound):
        return "LOC"  # "de Russische regio Koersk" (not "de provincie Utrecht", also its government)
    if label in ("PER", "MISC") and start > 1 and doc[start - 1].lower_ == "of" and _a_place_noun(doc[start - 2].text):
        return "LOC"  # "the eastern province of Zhejiang" (not Dutch "het dorp van Henk": his village)
    last = doc[end - 1].text
    _, dash, tail = last.rpartition("-")
    if label == "MISC" and (
        tail in _PLACE_ENDINGS if dash else any(last.endswith(e) and len(last) >= len(e) + 3 for e in _PLACE_ENDINGS)
    ):
        return "LOC"  # "Indië-monument"; not "Sfinks-organisatoren"
    first, dash, rest = doc[start].text.partition("-")
    if label == "PER" and end - start == 1 and dash and first in _PLACE_PARTS and rest[:1].isupper():
        return "LOC"
    if label in ("PER", "MISC") and end - start >= 2 and doc[start].text in _BUILDINGS:
        return "LOC"  # "Jachtslot Mookerheide", "Kasteel De Haar": a building, not a person
    if label != "LOC" and end - start >= 2 and doc[end - 1].lower_ in STATE_WORDS and doc[end - 1].text[:1].isupper():
        return "LOC"  # "de Centraal Afrikaanse Republiek", "the Czech Republic": a country
    return "LOC" if label != "LOC" and _described_as_a_place(doc, end) else None


#: What follows a place noun that heads its phrase: a comma or a preposition.
_AFTER_A_PLACE = frozenset(", . in near on at of outside north south east west bij nabij aan op van ten buiten".split())


def _described_as_a_place(doc: Doc, end: int) -> bool:
    """``Kupiansk, a town in the Kharkiv region``, ``X, een dorp in de
    Achterhoek``: an apposition whose head is a noun for a settlement or
    region (a preposition or a comma after it; not ``a city councillor``,
    ``the city's club``)."""
    noun = apposition_noun(doc, end, _a_place_noun)
    # the tagger runs after the names: no parts of speech here, only the word after the noun
    return noun is not None and noun + 1 < len(doc) and doc[noun + 1].lower_ in _AFTER_A_PLACE


#: Capitalised words for a building or estate that open its name.
_BUILDINGS = frozenset(
    """Kasteel Slot Jachtslot Paleis Landgoed Buitenplaats Havezate Hoeve Villa Fort Burcht Abdij Klooster Molen
    Castle Palace Manor Abbey""".split()
)


_IN = frozenset(("in", "uit", "naar", "nabij", "vanaf", "vanuit"))


def _in_a_place(doc: Doc, bound: list) -> bool:
    """One word the model calls a person after ``in (de)``, ``uit``,
    ``naar``, ``vanaf``, ``vanuit``: people are not where one is, comes
    from or goes (``in de Donbass``, ``vanaf Slotervaart``);
    nor is a name the model calls MISC after ``op de`` or ``op het``,
    when no noun follows it (``op de Zuidas``, not ``op de Amerikaanse
    markt``); a name of two words or more the model calls a person after
    such a preposition and a lower-case article (``op de Kale Duinen``).
    Dutch only: in English one believes in God."""
    start, end, label = bound[0], bound[1], bound[2]
    word = doc[start]
    if label == "PER" and end - start >= 2 and doc.lang_ == "nl" and _after_a_place_article(doc, start):
        return True  # "op de Kale Duinen": the article in lower case opens no one's name
    if label not in ("PER", "MISC", "ORG") or end - start != 1 or not word.is_alpha or word.is_upper or doc.lang_ != "nl":
        return False
    i = start - 1
    article = i >= 0 and doc[i].lower_ in ("de", "het")
    i -= article
    if i < 0:
        return False
    if label == "ORG":  # "in Siberië", "uit Veldhoven": a listed place the model took for a body
        return not article and doc[i].lower_ in _IN and _a_listed_place(doc, bound)
    if label == "PER":
        return doc[i].lower_ in _IN
    following = doc[end] if end < len(doc) else None
    return (
        article
        and doc[i].lower_ == "op"
        and not word.text.endswith(_ADJECTIVE_ENDINGS)
        and not (following is not None and following.is_alpha and following.is_lower)
    )


_ADJECTIVE_ENDINGS = ("se", "sche", "ese")


#: Place nouns that also name the body that governs the place ("de provincie Utrecht besluit").
_GOVERNED = frozenset(("provincie", "province"))


def _a_listed_place(doc: Doc, bound: list) -> bool:
    """One word in the bundled models' list of places (a territory or a city)."""
    return bound[1] - bound[0] == 1 and _has_lexicon(doc) and _flag(doc, doc[bound[0]].text, PLACE_FLAG)


#: Dutch prepositions of where one is or goes, before an article and a place's name.
PLACE_PREPOSITIONS = _IN | {"op"}


def _after_a_place_article(doc: Doc, start: int) -> bool:
    """A preposition of place and "de"/"het" in lower case right before
    token `start` ("zegt hij op de Kale Duinen")."""
    return start >= 2 and doc[start - 1].text in ("de", "het") and doc[start - 2].lower_ in PLACE_PREPOSITIONS


def kind_rules(doc: Doc, bounds: list[list]) -> list[list]:
    """The bounds with the rules of this module applied (see there), `venues` and `regions`."""
    bounds = state_names(doc, regions(doc, venues(doc, bounds)))
    inside = {t.text for t in doc if t.text[:1].isupper() and not _opens_sentence(doc, t.i)}
    kept, places = [], set()
    taken = {i for bound in bounds for i in range(bound[0], bound[1])}
    addresses = [[i, i + 1, "MISC", None] for i in web_addresses(doc) if i not in taken]
    for bound in sorted(bounds + addresses):
        if _a_common_word(doc, bound, inside) or _a_quoted_description(doc, bound):
            continue
        label = (
            _aged(doc, bound)
            or described_person(doc, bound)
            or _party_label(doc, bound, kept)
            or _misc_label(doc, bound)
            or _place_label(doc, bound)
        )
        if label:
            bound[2] = label
        elif _in_a_place(doc, bound):
            bound[2] = "LOC"
            places.add(doc[bound[0] : bound[1]].text)
        kept.append(bound)
    for bound in kept:  # "op de Zuidas" tells of the other mentions too
        if bound[2] == "MISC" and doc[bound[0] : bound[1]].text in places:
            bound[2] = "LOC"
    return listed_with_places(doc, kept)


def _aged(doc: Doc, bound: list) -> str | None:
    """A name after an age, of two words or opening with a known first
    name, is a person (``20-year-old Tiger Woods``, called an organisation
    by the model; ``de 42-jarige Jan Smit``); not a firm or club's age
    (``het 100-jarige Ajax``, ``the 90-year-old Ford Motor Company``)."""
    before = doc[bound[0] - 1].text if bound[0] > 0 else ""
    age = _AGE.match(before)
    if bound[2] == "PER" or age is None or int(age.group(1)) > OLDEST:
        return None
    words = [t.text for t in doc[bound[0] : bound[1]]]
    # two capitalised words, unless the model called them a place: "a 27-year-old West Bank labourer"
    named = len(words) == 2 and bound[2] != "LOC" and all(w[:1].isupper() and w.isalpha() for w in words) and not words[-1].lower().endswith(ORGANISATION_HEADS)
    return "PER" if named or (len(words) > 1 and _flag(doc, words[0], FIRST_NAME_FLAG)) else None  # not "the 21-year-old German"


_AGE = re.compile(r"^(\d{1,3})-(?:year-old|jarige)$")


def _party_label(doc: Doc, bound: list, before: list[list]) -> str | None:
    """ORG for an abbreviation in brackets right after a person's name,
    the party or body they belong to ("Anne Smit (GL)", "Piet Jansen
    (FvD)", "Kees Bos (D66)"), or after a body's name it is the initials of
    ("… Restoration Council (SLORC)"), when the model took it for a person
    or MISC."""
    start, end = bound[0], bound[1]
    if end - start != 1 or start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text[:1] != ")":
        return None
    if bound[2] not in ("PER", "MISC"):
        return None  # one the model calls a place is a country in a list of results ("Carl Lewis (USA)")
    word = doc[start].text
    capitals = sum(c.isupper() for c in word)
    if not (word.isalnum() and 2 <= len(word) <= 7 and (capitals >= 2 or capitals and any(c.isdigit() for c in word))):
        return None
    # the name before may be the model's MISC ("De Groot (GL)"), or a body's name the model missed in part
    # ("the State Law and Order Restoration Council (SLORC)": initials of the capitalised words before)
    named = before and before[-1][1] == start - 1 and before[-1][2] in ("PER", "MISC")
    return "ORG" if named or _initials_before(doc, start - 1, word) else None


def _initials_before(doc: Doc, opening: int, word: str) -> bool:
    """Whether `word` spells the initials of the capitalised words before
    the bracket at `opening` (small words between left out)."""
    if not word.isupper():
        return False
    initials = [t.text[0] for t in doc[max(0, opening - 3 * len(word)) : opening] if t.text[:1].isupper()]
    return len(word) >= 3 and "".join(initials).endswith(word)
