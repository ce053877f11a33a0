"""English reporting verbs with their inflected forms: the lemmas news
uses for saying, and the past forms that do not follow the -ed rule."""

from __future__ import annotations

_ENGLISH_LEMMAS = """
    accuse acknowledge add admit advise agree allege announce argue ask assert assure believe blame forecast pledge rule swear vow
    charge cite claim clarify comment complain concede conclude confirm contend continue criticize
    declare decline demand deny describe disagree disclose dispute estimate explain highlight
    indicate inform insist maintain mention note notify observe order point predict promise recall
    recommend reiterate remark remind reply report respond reveal say state stress suggest tell
    testify think threaten tweet urge warn write proclaim joke shout shriek scream exclaim
    caution emphasise emphasize quip retort lament plead reaffirm underline underscore concur speculate hint
    reckon boast brag affirm reassure muse whisper mutter yell grumble counter propose rebut refute imply
    posit opine profess aver divulge specify theorize theorise recount protest wonder answer repeat
""".split()
#: Past forms that do not follow the -ed rule.
_ENGLISH_PAST = {
    "say": ["said"],
    "tell": ["told"],
    "think": ["thought"],
    "write": ["wrote", "written"],
    "swear": ["swore", "sworn"],
    "admit": ["admitted"],
    "order": ["ordered"],
    "forecast": ["forecast", "forecasted"],
    "quip": ["quipped"],
    "brag": ["bragged"],
    "concur": ["concurred"],
    "rebut": ["rebutted"],
    "aver": ["averred"],
}


def english_forms(lemma: str) -> list[str]:
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        present, past = lemma[:-1] + "ies", [lemma[:-1] + "ied"]
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        present, past = lemma + "es", [lemma + "ed"]
    elif lemma.endswith("e"):
        present, past = lemma + "s", [lemma + "d"]
    else:
        present, past = lemma + "s", [lemma + "ed"]
    return [lemma, present, *_ENGLISH_PAST.get(lemma, past)]


ENGLISH_VERBS = frozenset(form for lemma in _ENGLISH_LEMMAS for form in english_forms(lemma))
