"""Merge suggestions: actors whose spellings differ only by
transliteration or diacritics (``Zelensky``/``Zelenski``/``Zelenskyy``/
``Zelenskij``, ``Prigozjin``/``Prigozhin``, ``Loekasjenko``/``Lukashenko``).

Each spelling is folded to a coarse form: accents and case dropped, the
Dutch, English and German renderings of one Cyrillic letter made one
(``sj``/``sh`` → ``s``, ``zj``/``zh`` → ``z``, ``tsj``/``tch`` → ``c``,
``oe`` → ``u``, ``j``/``y``/``ij`` → ``i``, ``w`` → ``v``, ``kh`` → ``h``)
and doubled letters made single. Two library actors of one label sharing a
folded spelling are offered, with each spelling and where it appears.
Nothing is merged here: accepting a suggestion (`accept`) adds a same-as
rule, the user's own, which the analysis and the library then apply. A
suggestion the user dismissed (kept in the library, `Library.dismiss`) is
not offered again while either actor still goes by one of the two names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..attribution.names import fold
from .actors import LibraryActor, name_key

#: In order: longer renderings first.
FOLDS = (
    ("sjtsj", "sc"), ("shch", "sc"), ("tsj", "c"), ("tch", "c"), ("zj", "z"), ("zh", "z"), ("sj", "s"),
    ("sh", "s"), ("kh", "h"), ("ch", "h"), ("oe", "u"), ("ij", "i"), ("y", "i"), ("j", "i"), ("w", "v"),
    ("ks", "x"),
)  # fmt: skip


def transliterated(name: str) -> str:
    """The coarse form of a spelling (see the module's docstring)."""
    text = re.sub(r"[^a-z ]", " ", fold(name))
    text = " ".join(text.split())
    for old, new in FOLDS:
        text = text.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", text)


@dataclass
class Suggestion:
    """Merge `alias` (the actor seen less) into `canonical`."""

    canonical: str
    alias: str
    label: str
    evidence: dict[str, list[str]]  # each spelling -> the articles it appears in

    def to_dict(self) -> dict:
        return {"canonical": self.canonical, "alias": self.alias, "label": self.label, "evidence": self.evidence}


def _forms(actor: LibraryActor) -> dict[str, str]:
    return {transliterated(spelling): spelling for spelling in actor.spellings if len(transliterated(spelling)) > 3}


def _dismissed_pairs(dismissed: list[dict]) -> set[tuple[str, str, str]]:
    return {(row["label"], row["one"], row["other"]) for row in dismissed}


def _was_dismissed(pairs: set, one: LibraryActor, other: LibraryActor) -> bool:
    # By every spelling of each: the actors' names follow the mentions, and
    # a new article can make another spelling the name.
    return any(
        (one.label, *sorted((a, b))) in pairs for a in one.name_keys() for b in other.name_keys()
    )


def suggestions(actors: list[LibraryActor], dismissed: list[dict] = ()) -> list[Suggestion]:
    """Pairs of actors that look like one spelt two ways, the actor seen
    more often named as the canonical one (actors bucketed by folded
    spelling, so thousands of actors take no pairwise comparison), but
    for those `dismissed` (rows of `Library.dismissed`)."""
    pairs = _dismissed_pairs(list(dismissed))
    buckets: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for index, actor in enumerate(actors):
        for form, spelling in _forms(actor).items():
            buckets.setdefault((actor.label, form), []).append((index, spelling))
    found, seen = [], set()
    for members in buckets.values():
        for i, (one_index, one_spelling) in enumerate(members):
            for other_index, other_spelling in members[i + 1 :]:
                pair = (min(one_index, other_index), max(one_index, other_index))
                one, other = actors[one_index], actors[other_index]
                if one_index == other_index or pair in seen or one.name_keys() & other.name_keys():
                    continue
                seen.add(pair)
                if pairs and _was_dismissed(pairs, one, other):
                    continue
                found.append(_suggestion(one, one_spelling, other, other_spelling))
    return found


def _suggestion(one: LibraryActor, one_spelling: str, other: LibraryActor, other_spelling: str) -> Suggestion:
    big, small = (
        (one, other) if (one.mentions, len(one.articles)) >= (other.mentions, len(other.articles)) else (other, one)
    )
    evidence = {
        one_spelling: sorted(one.spellings[one_spelling]),
        other_spelling: sorted(other.spellings[other_spelling]),
    }
    return Suggestion(big.name, small.name, one.label, evidence)


def dismiss(library, suggestion: Suggestion) -> None:
    """Never offer this pair again (kept in the library database)."""
    library.dismiss(suggestion.label, suggestion.canonical, suggestion.alias)


def accept(rules_store, suggestion: Suggestion):
    """Merge the two, as the user's same-as rule: the alias is the same
    actor as the canonical name, in every article. Returns the rule."""
    return rules_store.add("same-as", suggestion.alias, suggestion.canonical)


def is_suggested(suggestions_: list[Suggestion], a: str, b: str) -> bool:
    keys = {name_key(a), name_key(b)}
    return any({name_key(s.canonical), name_key(s.alias)} == keys for s in suggestions_)
