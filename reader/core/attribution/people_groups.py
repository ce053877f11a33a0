"""People grouped into actors (rule 2 of `actors`): a full name is an
actor; a bare surname joins the full name with that surname (when several
share it, the one named in full just before it, else the one named most
often so far); a first name alone the one full name that opens with it; a
genitive, an initial with a surname or the end of a longer name is that
person.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..analysis import Entity as Mention
from .names import fold, is_full, name_tokens, surname

_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ul|ad|ar|as|at|az|ash)-", re.IGNORECASE)


def genitive_keys(keys) -> dict[str, str]:
    """Dutch genitives written without an apostrophe (``Ruttes``,
    ``Bidens``): each key that is another key with an ``s`` added, mapped
    to that key. (``Zelensky’s`` and ``Biden's`` lose their ``’s`` in
    `without_possessive`.)"""
    keys = set(keys)
    return {key: key[:-1] for key in keys if key.endswith("s") and len(key) > 3 and key[:-1] in keys}


class Groups:
    """Actors in the making: each group's mentions and label."""

    def __init__(self) -> None:
        self.members: dict[str, list[Mention]] = {}
        self.label: dict[str, str] = {}

    def new(self, mention: Mention) -> str:
        group = f"g{len(self.members)}"
        self.members[group] = []
        self.label[group] = mention.label
        return group

    def add(self, group: str, mention: Mention) -> None:
        self.members[group].append(mention)
        mention.actor = group


def group_people(people: list[Mention], groups: Groups) -> None:
    """People into `groups` (rule 2 of `actors`)."""
    by_full: dict[str, str] = {}  # folded full name -> group
    by_surname: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, set[str]] = defaultdict(set)  # folded first name -> groups
    genitives = _full_forms(people)  # "mark ruttes" -> "mark rutte"
    singles = []
    for mention in people:
        tokens = name_tokens(mention.text)
        if not is_full(tokens):  # "Lavrov", "De Wit"
            singles.append(mention)
            continue
        key = fold(" ".join(tokens))
        key = genitives.get(key, key)
        tokens = key.split() if key != fold(" ".join(tokens)) else tokens
        # "John F. Kennedy" and "John Kennedy" are one person.
        short = fold(f"{tokens[0]} {tokens[-1]}")
        group = by_full.get(key) or by_full.get(short)
        if group is None:
            group = groups.new(mention)
            by_surname[fold(" ".join(surname(tokens)))].append(group)
            if surname(tokens)[0] != tokens[-1]:  # "de Wit" is also "Wit"
                by_surname[fold(tokens[-1])].append(group)
            bare = _ARABIC_ARTICLE.sub("", tokens[-1])
            if bare != tokens[-1]:  # "al-Burhan" is also "Burhan"
                by_surname[fold(bare)].append(group)
            elif all(part[:1].isupper() for part in tokens[-1].split("-")[1:]):
                for part in tokens[-1].split("-")[:2] if "-" in tokens[-1] else ():
                    by_surname[fold(part)].append(group)  # "Borst-Eilers" is "Borst", and "Eilers"
            by_first[fold(tokens[0])].add(group)
        by_full[key] = by_full[short] = group
        groups.add(group, mention)
    single_keys = {fold(" ".join(name_tokens(m.text))) for m in singles}
    # "Ruttes" is Rutte's: the genitive of a surname or of a name mentioned alone.
    genitives = genitive_keys(single_keys | set(by_surname))
    own: dict[str, str] = {}
    for mention in singles:
        key = fold(" ".join(name_tokens(mention.text)))
        key = key if key in by_surname else genitives.get(key, key)  # "Meijers" may be a surname
        candidates = by_surname.get(key, [])
        if not candidates and len(by_first.get(key, ())) == 1:
            # A first name alone is the one person named in full with it
            # ("Renske" and "Renske Groenendijk"; not when two are).
            candidates = list(by_first[key])
        if len(candidates) == 1:
            group = candidates[0]
        elif candidates:
            group = _nearest_before(candidates, mention, groups)
        else:
            group = own.get(key) or groups.new(mention)
            own[key] = group
        groups.add(group, mention)


def _full_forms(people: list[Mention]) -> dict[str, str]:
    """The full names that are another's form, each mapped to that one
    (folded): a genitive (``Mark Ruttes``) to the name; the end of one
    longer name (``Gaed Salah``, ``Groot Wassink``: Dutch and Arabic
    names of three words are often cut to their last two) to it; and a
    name whose last word is a surname mentioned alone with an ``s``
    added (``Ed Husains verhaal`` beside ``Husain``) to the name without
    the ``s``, unless that is someone else's surname too."""
    full, singles = {}, set()
    for mention in people:
        tokens = name_tokens(mention.text)
        key = fold(" ".join(tokens))
        if is_full(tokens):
            full[key] = key.split()
        else:
            singles.add(key)
    forms = genitive_keys(full)
    surnames = Counter(fold(" ".join(surname(tokens))) for tokens in full.values())
    for key, tokens in full.items():
        if key in forms:
            continue
        longer = [k for k, t in full.items() if len(t) > len(tokens) and t[-len(tokens) :] == tokens and k not in forms]
        last = tokens[-1]
        if len(tokens[0].rstrip(".")) == 1:  # "M. Rutte": the one Rutte whose first name opens with an M
            longer = [k for k, t in full.items() if t[1:] == tokens[1:] and t[0][0] == tokens[0][0] and len(t[0]) > 2]
        if len(longer) == 1:
            forms[key] = longer[0]
        elif last.endswith("s") and last[:-1] in singles and surnames[last] + surnames[last[:-1]] == 1:
            forms[key] = " ".join(tokens[:-1] + [last[:-1]])
    return forms


def _nearest_before(candidates: list[str], mention: Mention, groups: Groups) -> str:
    """Of several people with the surname of a bare `mention`: the one named
    in full just before it (within `_CLOSE` characters: "Michiels vader Joop
    Witteveen bouwde … Witteveen richtte …"); else the one named most often
    so far, the article's own ("Michiel Witteveen", not the father named
    once), and on a tie the one named last before it."""
    best, best_start = candidates[0], -1
    for group in candidates:
        for other in groups.members[group]:
            if best_start < other.start < mention.start and len(other.text.split()) > 1:
                best, best_start = group, other.start
    if best_start >= 0 and mention.start - best_start <= _CLOSE:
        return best
    named = {group: sum(m.start < mention.start for m in groups.members[group]) for group in candidates}
    most = max(named.values())
    return best if named[best] == most else max(candidates, key=lambda group: named[group])


#: How close (characters) a full name must be for a bare surname after it to be that person's.
_CLOSE = 300
