"""Build `resources/names/first-name-genders.json.gz`: first names that are
a man's or a woman's name wherever gender-guesser's list knows them.

Run once when the list changes (``python -m reader.core.training.genders``);
the file is a product file, committed like the models, so the reader needs
no gender-guesser at run time. A name that is unisex, only "mostly" one
gender, or a man's name in one country and a woman's in another (Andrea,
Jean, Kim, Nicola) is left out: a pronoun is then checked against nothing rather than
against a guess.
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


def first_name_genders() -> dict[str, list[str]]:
    """Lower-case first names by gender: {"female": [...], "male": [...]}."""
    from gender_guesser.detector import Detector

    detector = Detector(case_sensitive=False)
    genders: dict[str, list[str]] = {"female": [], "male": []}
    for name, answers in detector.names.items():
        for gender in ("female", "male"):
            # "Marie": a woman's name, in one country mostly; "Glyn" (mostly a woman's in one
            # country, a man's in Wales) and "Andrea" (a man's in Italy) are left out
            if " " not in name and gender in answers and set(answers) <= {gender, "mostly_" + gender}:
                genders[gender].append(name)
    return {gender: sorted(names) for gender, names in genders.items()}


def write(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"source": SOURCE, **first_name_genders()}
    # mtime=0: the same list gives the same bytes, so a rebuild shows no change
    path.write_bytes(gzip.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), mtime=0))


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else resources_dir() / "names" / "first-name-genders.json.gz")
