"""People the model missed after their title (issue 15): in ``minister
Hols zei``, ``de burgemeester Van Dalen`` or ``dominee Bakker``, a
capitalised name right after a role noun or form of address written in
lower case is a person, whether or not the model found it. Also what a
name's span may open with that is no part of the name: forms of address
and titles (`HONORIFICS`) and demonyms (`is_demonym`). Works on the token bounds ``[start, end, label,
model_label]`` of one Doc (see `mentions.model_mentions`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..loading.language import FUNCTION_WORDS
from .flags import COMMON_FLAG, EVERYDAY_FLAG, FIRST_NAME_FLAG, PLACE_FLAG
from .organisation_names import FIRMS, ORGANISATION_NAMES
from .roles import DEFAULT_ROLE_NOUNS
from .roles import singulars as singular_forms

#: Particles inside a surname (``Van der Laan``).
NAME_PARTICLES = frozenset(("van", "de", "der", "den", "ter", "ten", "te", "von", "la", "le", "du", "di", "da"))
#: Role nouns that are also words for what is no person's title
#: (``hoofd Communicatie``, ``chef Sport``).
_NOT_TITLES = frozenset(("hoofd", "chef", "head", "ally", "bondgenoot", "editor", "general", "chair", "secretary"))
#: Forms of address, academic and religious titles written before a
#: name (``mevrouw Jansen``, ``dr. Bakker``, ``dominee De Vries``,
#: ``imam Said``), with and without their full stop.
_HONORIFIC_WORDS = """
dr drs mr prof ir ing ds dhr mevr mevrouw meneer heer dokter dominee pastoor pater kapelaan imam rabbijn sjeik
ayatollah zuster broeder mrs ms sir rev reverend rabbi sheikh
"""
HONORIFICS = frozenset(_HONORIFIC_WORDS.split()) | frozenset(word + "." for word in _HONORIFIC_WORDS.split())
#: Dutch roles always spelt with a capital (a member of the Kamer, of the Staten).
_CAPITALISED_TITLES = frozenset("Kamerlid Statenlid".split())
_TITLES = (DEFAULT_ROLE_NOUNS - _NOT_TITLES) | HONORIFICS | _CAPITALISED_TITLES
_LONG_TITLES = tuple(title for title in _TITLES if len(title) >= 5)
#: Offices one person holds, named before a surname ("Minister Hoekstra"), never before a body's name.
_OFFICES = frozenset(
    "minister premier president staatssecretaris burgemeester wethouder koning koningin prins prinses paus kanselier"
    " senator gouverneur minister-president vicepremier ambassadeur kamerlid".split()
)
#: Names of bodies and firms, which no office stands before as a person's surname.
_BODIES = ORGANISATION_NAMES | FIRMS
#: Demonyms that are not a place's name with an ending (`is_demonym`).
_DEMONYMS = frozenset(
    "Brit Belg Fransman Duitser Rus Turk Engelsman Schot Ier Pool Zweed Noor Deen Fin Spanjaard Griek Hongaar "
    "Tsjech Zwitser Palestijn Koerd Jemeniet Saoediër Arabier".split()
)
#: Endings of demonyms and what the place's name ends in instead
#: (``Oekraïner``: ``Oekraïne``; ``Amsterdammer``; ``Amerikaan``: ``Amerika``;
#: ``Zwollenaar``, ``Delftenaar``, ``Leidenaar``).
_DEMONYM_ENDINGS = (
    ("er", "e"), ("er", ""), ("mer", ""), ("ner", ""), ("r", ""), ("iër", ""), ("aan", "a"), ("aan", "ië"),
    ("aan", "o"), ("ees", "a"), ("ees", ""), ("naar", ""), ("enaar", ""), ("aar", ""),
)  # fmt: skip
#: A closed syllable's long vowel is written single when the syllable
#: opens (``Groesbekenaar``: ``Groesbeek``; ``Hagenaar``: ``Haag``).
_LONG_VOWEL = re.compile(r"(?<=[^aeiou])([aeou])(?=[^aeiou]$)")


def is_demonym(doc: Doc, token) -> bool:
    """A word for one of a country's or city's people (``Oekraïner``,
    ``Amsterdammer``, ``Syriër``, ``Brit``), which news puts before a
    name (``de Oekraïner Zelensky``); no first name (``Adriaan``). Only
    with the bundled models' list of places, and only in Dutch."""
    word = token.text
    if not word[:1].isupper() or not word.isalpha() or PLACE_FLAG not in doc.vocab.lex_attr_getters:
        return False
    if doc.lang_ != "nl":
        return False  # Dutch forms: in English "Labor" would be one of "Labo" (Philippines)
    if word in _DEMONYMS:
        return True
    return not token.check_flag(FIRST_NAME_FLAG) and _of_a_place(doc, word)


def _of_a_place(doc: Doc, word: str) -> bool:
    """Whether `word` is a known place's name with a demonym's ending."""
    place = doc.vocab.lex_attr_getters[PLACE_FLAG]  # no lexeme for every cut of the word
    for end, instead in _DEMONYM_ENDINGS:
        stem = word[: -len(end)] + instead
        if word.endswith(end) and len(word) > len(end) + 2 and (place(stem) or place(_LONG_VOWEL.sub(r"\1\1", stem))):
            return True
    return False


def demonym_plural(doc: Doc, token) -> bool:
    """A Dutch plural of a demonym (``Soedanezen``, ``Chinezen``,
    ``Britten``, ``Oekraïners``): a group of a country's people, who may
    speak ("Veel Soedanezen eisen …"). Not a surname that is a first
    name's genitive ("Peters": Peter), nor a short word ("Den", "Ben")."""
    word = token.text
    getters = doc.vocab.lex_attr_getters
    if doc.lang_ != "nl" or len(word) < 5 or not word[:1].isupper() or not word.isalpha() or PLACE_FLAG not in getters:
        return False
    if not word.endswith(("s", "en")):
        return False
    # Britten → Brit, Soedanezen → Soedanees, Algerijnen → Algerijn: the nouns' own plural rules
    singulars = [word[0] + form[1:] for form in singular_forms(word.lower())[1:]]
    first_name = getters.get(FIRST_NAME_FLAG, lambda _: False)
    if first_name(word):
        return False
    return any(s in _DEMONYMS or (not first_name(s) and _of_a_place(doc, s)) for s in singulars if len(s) > 2)


def _name_after(doc: Doc, i: int) -> int:
    """The end of a name that starts at token `i`: capitalised words,
    with particles between them; `i` when there is none."""
    end = i
    while end < len(doc) and end - i < 4:
        word = doc[end].text
        if word[:1].isupper() and word.isalpha() and not word.isupper():
            end += 1
        elif word in NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
            end += 1
        else:
            break
    while end > i and doc[end - 1].text in NAME_PARTICLES:
        end -= 1
    return end


def _titled_person(doc: Doc, bound: list, taken: set[int] = frozenset()) -> list:
    """`bound` as a person when a lower-case title is right before it and
    it is a first name and more ("staatssecretaris Mona Keijzer", which
    the model took for something other than a person), or one word the
    model called MISC that is no place ("premier Rutte")."""
    start, end, label = bound[0], bound[1], bound[2]
    first = _first_name_before(doc, start)
    # not over a name of its own ("trainer Erik | ten Hag": the model's "Erik", which another rule joins)
    if first is not None and label != "PER" and _a_title(doc[first - 1].lower_) and not taken & set(range(first, start)):
        return [first, end, "PER", *bound[3:]]  # "Politierechter Roos van den | Munckhof": the model took the surname
    if label == "PER" or start == 0 or doc[start - 1].lower_ not in _TITLES:
        return bound  # (a title opening the sentence is capitalised: "Burgemeester Fränzel spreekt …")
    # "premier Rutte", which the model called MISC, "Minister Hoekstra", which it called a body: a surname
    # alone after a title, when it is no place (after an office held by one person for a body: not
    # "woordvoerder Defensie", "directeur Schiphol")
    office = label == "ORG" and doc[start - 1].lower_ in _OFFICES and not doc[start].text.isupper() and doc[start].text not in _BODIES
    surname = end - start == 1 and (label == "MISC" or office) and not doc[start].check_flag(PLACE_FLAG) and not is_demonym(doc, doc[start])
    if not surname and (end - start < 2 or not doc[start].check_flag(FIRST_NAME_FLAG) or doc[start].text in NAME_PARTICLES):
        return bound
    return [start, end, "PER", *bound[3:]]


def _a_title(word: str) -> bool:
    """A title, or a compound ending in one ("politierechter", "oud-minister")."""
    return word in _TITLES or any(word.endswith(title) and len(word) >= len(title) + 4 for title in _LONG_TITLES)


def _first_name_before(doc: Doc, start: int) -> int | None:
    """Where a first name and the particles after it start right before
    token `start` ("Roos van den" before "Munckhof"); None without one."""
    i = start
    while i > 0 and doc[i - 1].text in NAME_PARTICLES:
        i -= 1
    if i == start or i < 2 or not doc[i - 1].check_flag(FIRST_NAME_FLAG) or not doc[i - 1].text.istitle():
        return None
    return i - 1


def titled_names(doc: Doc, bounds: list[list]) -> list[list]:
    """`bounds` with the names after a lower-case title that no bound
    covers, as people."""
    taken = {i for b in bounds for i in range(b[0], b[1])}
    lexicon = PLACE_FLAG in doc.vocab.lex_attr_getters
    if lexicon:
        bounds = [_titled_person(doc, b, taken) for b in bounds]
        taken = {i for b in bounds for i in range(b[0], b[1])}  # "Rechter Roos van den | Munckhof" now joined
    found = []
    for token in doc[:-1]:
        capitalised = _capitalised_title(token)
        if token.text not in _TITLES and not capitalised and not _in_a_compound_title(token.text):
            continue
        start = token.i + 1
        # "Topman Ben van Beurden", "Trainer Ellen": a known first name after a title that opens a sentence;
        # "President Macron": after an office, a word that is no common word and no place
        if capitalised and not (lexicon and (doc[start].check_flag(FIRST_NAME_FLAG) or _an_office_holder(doc, token))):
            continue
        if doc[start].text in NAME_PARTICLES:
            continue  # "woordvoerder van Natuurbeheer": of whom, no name (a surname alone opens with "Van")
        end = _name_after(doc, start)
        if end == start or any(i in taken for i in range(start, end)) or doc[start].lower_ in DEFAULT_ROLE_NOUNS:
            continue
        if lexicon and end - start == 1 and doc[start].check_flag(PLACE_FLAG):
            continue  # "premier Vlaanderen"-like: a place after the title is its country
        if end + 1 < len(doc) and doc[end].lower_ in ("voor", "van", "of", "for") and doc[end + 1].text[:1].isupper():
            continue  # "voorzitter Commissie voor Monumenten": a body's name goes on
        found.append([start, end, "PER", None])
    return sorted(bounds + found) if found else bounds


def _an_office_holder(doc: Doc, title) -> bool:
    """A surname right after an office that opens the sentence ("President
    Macron"): capitalised, no everyday word ("Premier League") and no place."""
    name = doc[title.i + 1]
    return (
        title.lower_ in _OFFICES
        and name.is_alpha
        and name.text.istitle()
        and not name.check_flag(PLACE_FLAG)
        # not an everyday word ("Premier League"); a name the news often writes, such as "macron", is common
        and not doc.vocab.lex_attr_getters[EVERYDAY_FLAG](name.lower_)
    )


def _capitalised_title(token) -> bool:
    """A title that opens its sentence ("Topman", "Trainer")."""
    doc = token.doc
    opens = token.i == 0 or doc[token.i - 1].is_space or doc[token.i - 1].text in SENTENCE_ENDS
    return opens and token.text.istitle() and token.lower_ in _TITLES


def _in_a_compound_title(word: str) -> bool:
    """ "Shell-topman", "KLM-baas": a name and a title in one word (whose
    name the model may swallow with the title)."""
    head = word.rsplit("-", 1)[-1]
    return "-" in word and head in _TITLES and head not in HONORIFICS


#: What ends the sentence before a word that opens one.
SENTENCE_ENDS = frozenset(".!?'\"”’»")


def subheading_words(doc: Doc, bounds: list[list]) -> list[list]:
    """A word of a subheading run into the sentence after it is no first
    name: "… apart.'' Kringloop Borgmeijer weet …" is "Borgmeijer", the
    person the Doc names in full elsewhere ("Marischka Borgmeijer"), not a
    second one. Only a word that opens its sentence, is no known first name
    (or is one of the language's function words: "Al", "Nu") but a word of
    the language, before the surname of another person of
    the Doc with a different first word or none. Bundled models only
    (their lists)."""
    if FIRST_NAME_FLAG not in doc.vocab.lex_attr_getters:
        return bounds
    people = [b for b in bounds if b[2] == "PER"]
    surnames = {doc[b[1] - 1].text for b in people}

    def ends_in_a_surname(b: list) -> bool:
        # a name the model called otherwise that ends in a person's surname, every word capitalised
        # ("Wachtlijst Dokter Verhagen", MISC; not "Netanyahu zei Trump")
        return doc[b[1] - 1].text in surnames and all(t.text[:1].isupper() for t in doc[b[0] : b[1]])

    for bound in (b for b in bounds if b[1] - b[0] >= 2 and (b[2] == "PER" or ends_in_a_surname(b))):
        first = doc[bound[0]]
        if bound[0] == 0 or doc[bound[0] - 1].text[-1:] not in SENTENCE_ENDS:
            continue
        function_word = first.lower_ in FUNCTION_WORDS.get(doc.lang_, ())  # "Al", "Nu": no first name here
        if not (first.is_alpha and first.text.istitle()) or (first.check_flag(FIRST_NAME_FLAG) and not function_word):
            continue
        if not doc.vocab.lex_attr_getters[COMMON_FLAG](first.lower_):
            continue
        if first.lower_ in ("van", "de", "ter", "ten") and doc[bound[0] + 1].text in ("der", "den", "de"):
            continue  # "Van der Helm": the particles of one surname, no subheading word
        surname, name = doc[bound[1] - 1].text, doc[bound[0] : bound[1]].text
        others = [doc[o[0] : o[1]].text for o in people if o is not bound and doc[o[1] - 1].text == surname]
        # "Groot Wassink" after "Rutger Groot Wassink" is the whole surname.
        if others and not any(other.endswith(" " + name) or other == name for other in others):
            bound[0] += 1
            while bound[1] - bound[0] > 1 and doc[bound[0]].lower_ in _TITLES:
                bound[0] += 1  # the title after the subheading's word is no part of the name either
            bound[2] = "PER"
    return bounds

