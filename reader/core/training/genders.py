"""Build `resources/names/first-name-genders.json.gz`: first names that are
a man's or a woman's name wherever gender-guesser's list knows them.

Run once when the list changes (``python -m reader.core.training.genders``);
the file is a product file, committed like the models, so the reader needs
no gender-guesser at run time. A name that is unisex, or a man's name in
one country and a woman's in another (Andrea, Jean, Kim, Nicola), is left
out: a pronoun is then checked against nothing rather than against a
guess. A name only "mostly" one gender but nowhere the other is kept when
the list knows it so in the Netherlands, Belgium or East Frisia (Piet,
Femke): left out, "ze" could stand for Piet.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from ..config.resources import resources_dir

SOURCE = {
    "name": "First-name list by Jörg Michael, via gender-guesser",
    "license": "GFDL 1.2",
    "url": "https://github.com/lead-ratings/gender-guesser",
}


#: Where a name only "mostly" of one gender still counts (the list's columns).
_DUTCH_COUNTRIES = ("belgium", "the_netherlands", "east_frisia")


def first_name_genders() -> dict[str, list[str]]:
    """Lower-case first names by gender: {"female": [...], "male": [...]}."""
    from gender_guesser.detector import Detector

    detector = Detector(case_sensitive=False)
    dutch = [detector.COUNTRIES.index(country) for country in _DUTCH_COUNTRIES]
    genders: dict[str, list[str]] = {"female": [], "male": []}
    for name, answers in detector.names.items():
        for gender in ("female", "male"):
            # "Marie": a woman's name, in one country mostly; "Glyn" (mostly a woman's in one
            # country, a man's in Wales) and "Andrea" (a man's in Italy) are left out
            if " " in name or not set(answers) <= {gender, "mostly_" + gender}:
                continue
            # "Piet", "Femke": only "mostly" one gender where the list knows them, and that in
            # the Dutch-speaking countries; "mostly" alone elsewhere is too thin a guess
            if gender in answers or any(answers["mostly_" + gender][i : i + 1].strip() for i in dutch):
                genders[gender].append(name)
    return {gender: sorted(names) for gender, names in genders.items()}


def write(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"source": SOURCE, **first_name_genders()}
    # mtime=0: the same list gives the same bytes, so a rebuild shows no change
    path.write_bytes(gzip.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), mtime=0))


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else resources_dir() / "names" / "first-name-genders.json.gz")
