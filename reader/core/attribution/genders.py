"""Whether a person's first name is a man's or a woman's name, so that a
pronoun is not given to someone it cannot stand for ("she" for Mark
Rutte, "hij" for Willeke Dost).

The list (`resources/names/first-name-genders.json.gz`, built by
`reader.core.training.genders`) holds only names that are one gender
wherever they are known; any other name, a surname alone or an initial
gives no answer, and the pronoun is then left as it was resolved.
"""

from __future__ import annotations

import gzip
import json
from functools import cache

from ..config.resources import resources_dir

#: Pronouns for a man, and for a woman (Dutch "ze"/"zij" also for a group).
_HE = frozenset("hij hem zijn he him his".split())
_SHE = frozenset("zij ze haar she her".split())


@cache
def _genders() -> dict[str, str]:
    path = resources_dir() / "names" / "first-name-genders.json.gz"
    try:
        data = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    except (OSError, ValueError):
        return {}  # a damaged or missing file: no pronoun is checked, none is lost
    return {name: gender for gender in ("female", "male") for name in data.get(gender, ())}


def gender_of(name: str) -> str | None:
    """The gender of a person's name as written ("female", "male" or None:
    "Marie-Louise van Dam" is "female"); a name of one word counts when it
    is a first name ("zijn vrouw Ursula"): a surname alone is in no list."""
    words = name.split()
    if not words:
        return None
    first = words[0].lower()
    genders = _genders()
    if first in genders:
        return genders[first]
    parts = {genders.get(part) for part in first.split("-")} if "-" in first else {None}
    return parts.pop() if len(parts) == 1 else None  # "Marie-Louise": both a woman's name


def may_stand_for(pronoun: str, name: str) -> bool:
    """Whether `pronoun` may stand for the person called `name`: not "hij"
    for a woman's first name or "she" for a man's. Dutch "ze"/"zij" is also
    "they", which never stands for one man either."""
    return fits(pronoun, gender_of(name))


def fits(pronoun: str, gender: str | None) -> bool:
    """Whether `pronoun` may stand for someone of `gender` ("female",
    "male" or None for not known): not "hij" for a woman, not "she" for a
    man."""
    word = pronoun.lower()
    return not (word in _HE and gender == "female" or word in _SHE and gender == "male")
