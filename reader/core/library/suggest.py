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
rule, the user's own, which the analysis and the library then apply.
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


def suggestions(actors: list[LibraryActor]) -> list[Suggestion]:
    """Pairs of actors that look like one spelt two ways, the actor seen
    more often named as the canonical one."""
    found, seen = [], set()
    forms = [(actor, _forms(actor)) for actor in actors]
    for i, (one, one_forms) in enumerate(forms):
        for other, other_forms in forms[i + 1 :]:
            if one.label != other.label or one.name_keys() & other.name_keys():
                continue
            shared = sorted(set(one_forms) & set(other_forms))
            if not shared or (one.name, other.name) in seen:
                continue
            seen.add((one.name, other.name))
            big, small = (
                (one, other)
                if (one.mentions, len(one.articles)) >= (other.mentions, len(other.articles))
                else (other, one)
            )
            spellings = {one_forms[shared[0]]: one, other_forms[shared[0]]: other}
            evidence = {s: sorted(a.spellings[s]) for s, a in spellings.items()}
            found.append(Suggestion(big.name, small.name, one.label, evidence))
    return found


def accept(rules_store, suggestion: Suggestion):
    """Merge the two, as the user's same-as rule: the alias is the same
    actor as the canonical name, in every article. Returns the rule."""
    return rules_store.add("same-as", suggestion.alias, suggestion.canonical)


def is_suggested(suggestions_: list[Suggestion], a: str, b: str) -> bool:
    keys = {name_key(a), name_key(b)}
    return any({name_key(s.canonical), name_key(s.alias)} == keys for s in suggestions_)
