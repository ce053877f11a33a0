"""How names are written in news: possessives, name particles, initials.

Pure string functions used to decide which mentions name the same actor.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
#: Lower-case words inside names that are not the name's core: Dutch,
#: German, French, Spanish and Arabic surname particles and English connectives.
PARTICLES = frozenset(
    "van de der den het ten ter te op in 't von zu la le du des di da dos das del bin ibn "
    "of the and for on en voor".split()
)
#: Dutch and English articles.
ARTICLES = frozenset({"de", "het", "een", "the", "a", "an"})
#: Words that end the name of a country ("Tsjechische Republiek", "Verenigd Koninkrijk").
STATE_WORDS = frozenset("republiek republic koninkrijk kingdom emiraten emirates".split())


@lru_cache(maxsize=65536)  # called for every mention compared with every other
def without_possessive(name: str) -> str:
    """``Zelensky’s`` → ``Zelensky``; single spaces."""
    name = " ".join(name.split())
    stripped = _POSSESSIVE.sub("", name)
    return stripped if len(stripped) > 1 else name


#: A hyphen between two lower-case letters inside a name.
_BROKEN_WORD = re.compile(r"(?<=[a-zß-ÿ])-(?=[a-zß-ÿ])")


def broken_word(text: str) -> bool:
    """Whether a word of `text` is broken by a hyphen ("Oppen-heimer")."""
    return bool(_BROKEN_WORD.search(text))


@lru_cache(maxsize=65536)  # called for every word of every name compared
def fold(text: str) -> str:
    """Case- and accent-insensitive form for comparing names; a word broken
    at the end of a line keeps no hyphen ("Oppen-heimer": a lower-case
    letter on both sides; "Jean-Pierre" keeps its own)."""
    decomposed = unicodedata.normalize("NFKD", _BROKEN_WORD.sub("", text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def name_tokens(name: str, drop_article: bool = False) -> list[str]:
    tokens = without_possessive(name).split()
    if drop_article and len(tokens) > 1 and tokens[0].lower() in ARTICLES:
        tokens = tokens[1:]
    return tokens


def is_full(tokens: list[str]) -> bool:
    """A name of two words or more that does not open with a particle."""
    return len(tokens) >= 2 and tokens[0].lower() not in PARTICLES


def surname(tokens: list[str]) -> list[str]:
    """The surname of a full name, with its particles: ``Marieke de Wit`` →
    ``de Wit``; ``Sergej Lavrov`` → ``Lavrov``. Empty for a single word."""
    if len(tokens) < 2:
        return []
    start = len(tokens) - 1
    while start > 1 and tokens[start - 1].lower() in PARTICLES:
        start -= 1
    return tokens[start:]


#: English prepositions found inside names of organisations.
_ENGLISH_NAME_WORDS = frozenset("on of for without at against".split())


def joins_a_name(lang: str, word: str, before: str, after: str) -> bool:
    """Whether `word` between the words `before` and `after` is a word of a
    name: an English preposition between two capitalised words of a Dutch
    text ("volgens Eyes on Animals", "Doctors without Borders"); in English
    text "Smith on Monday" is two phrases."""
    return lang == "nl" and word.lower() in _ENGLISH_NAME_WORDS and before[:1].isupper() and after[:1].isupper()


def is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def initials(tokens: list[str]) -> str:
    """Initials of the capitalised words: ``Verenigde Staten`` → ``VS``,
    ``Council on Foreign Relations`` → ``CFR``."""
    out = []
    for token in tokens:
        for part in token.split("-"):
            if part[:1].isupper():
                out.append(part[0])
    return "".join(out)


def name_in_apposition(span) -> int | None:
    """Where a person's name after the last comma of `span` starts, when
    only capitalised words follow the comma ("Reagan's wife, Nancy"; not
    "… of Barnett Banks in Jacksonville, Fla.", a place); else None."""
    comma = next((t for t in reversed(span) if t.text == ","), None)
    if comma is None or comma.i + 1 >= span.end:
        return None
    after = span.doc[comma.i + 1 : span.end]
    named = all(t.text[:1].isupper() for t in after) and any(t.ent_type_ in ("PER", "PERSON") for t in after)
    return after.start_char if named else None


def name_end(doc, start: int, limit: int) -> int:
    """The token after the name that opens at token `start`: past the
    tokens of its entity, before `limit`."""
    end = start + 1
    while end < limit and doc[end].ent_iob_ == "I":
        end += 1
    return end
