"""People the model ran together in one mention (issue 15), set apart
before mentions are grouped into actors (`actors.group_actors`): ``Rutte
en Wiebes``, ``Netanyahu zei Trump``, ``Trump van een herverkiezing``,
two surnames side by side in Dutch word order (``zegt De Vries Van
Koppen``), and a place or organisation beside an organisation (``als
Europa Huawei uitsluit``). Only the parts that are people the article names elsewhere
become people; works on the article's mentions, not on a Doc."""

from __future__ import annotations

import re
from collections import Counter

from ..analysis import Entity as Mention
from .names import PARTICLES, fold, is_full, name_tokens, surname

#: Words that join two names in a span the model made of both
#: (``Rutte en Wiebes``); ``&`` stays inside (``Jansen & Janssen``).
_AND = frozenset(("en", "and"))
_WORD = re.compile(r"\S+")


def _people(mentions: list[Mention]) -> tuple[Counter, set[str]]:
    """How often each person's name is a mention the model calls a
    person (folded), and the surnames of the people named in full."""
    names, surnames = Counter(), set()
    for mention in mentions:
        tokens = name_tokens(mention.text)
        if mention.label == "PER" and tokens:
            names[fold(" ".join(tokens))] += 1
            if is_full(tokens):
                surnames.add(fold(" ".join(surname(tokens))))
    return names, surnames


def _runs(text: str) -> list[list[re.Match]]:
    """The words of `text` in runs of a name's words (capitalised, ``&``,
    or a particle before a capital), cut by the other words."""
    words = list(_WORD.finditer(text))
    runs, run = [], []
    for i, word in enumerate(words):
        w, after = word.group(), words[i + 1].group() if i + 1 < len(words) else ""
        if w[:1].isupper() or w == "&" or (w.lower() in PARTICLES - _AND and after[:1].isupper()):
            run.append(word)
        else:
            runs, run = runs + [run] if run else runs, []
    return runs + [run] if run else runs


def _known(key: str, names) -> bool:
    return key in names or (key.endswith("s") and key[:-1] in names)  # "Ruttes"


def _separated(mention: Mention, names: Counter, surnames: set[str], labels: dict[str, Counter]) -> list[Mention] | None:
    """The people in a mention the model ran together with other words
    (``Rutte en Wiebes``, ``Netanyahu zei Trump``, ``Trump van een
    herverkiezing``; in a person's span only ``en``/``and`` cut it: not
    ``bin`` in ``Mohammed bin Salman``), or two surnames of people named
    in full side by side (``De Vries Van Koppen zegt``); None when none."""
    text = mention.text
    runs = _runs(text)
    words = text.split()
    if len(words) < 2 or not runs:
        return None
    key = lambda run: fold(" ".join(name_tokens(text[run[0].start() : run[-1].end()])))
    inside = {word.start() for run in runs for word in run}
    others = [word.group().lower() for word in _WORD.finditer(text) if word.start() not in inside]
    if others:
        if mention.label == "PER" and not set(others) <= _AND:
            return None
        people = [run for run in runs if _known(key(run), names.keys() | surnames)]
        if not people:
            return None
        return [_piece(mention, run, "PER" if run in people else mention.label) for run in runs]
    whole = key(runs[0]) if len(runs) == 1 else None
    if whole is None or names[whole] > (mention.label == "PER"):
        return None  # the whole is a name the model gave elsewhere
    for cut in range(1, len(runs[0])):
        left, right = runs[0][:cut], runs[0][cut:]
        if key(left) in surnames and key(right) in surnames and key(left) != key(right):
            return [_piece(mention, left, "PER"), _piece(mention, right, "PER")]
    return _two_names(mention, runs[0], labels)


def _two_names(mention: Mention, run: list[re.Match], labels: dict[str, Counter]) -> list[Mention] | None:
    """A place, organisation or person side by side with an organisation
    or person, each named on its own elsewhere in the article and the whole
    nowhere else ("als Europa Huawei uitsluit", Dutch verb-final order):
    two names. Not before a place: "Feyenoord Rotterdam" is one; not two
    people: a first name and a surname are one person's full name."""
    text = lambda part: fold(mention.text[part[0].start() : part[-1].end()])
    if sum(labels.get(text(run), Counter()).values()) > 1:
        return None
    for cut in range(1, len(run)):
        left, right = labels.get(text(run[:cut])), labels.get(text(run[cut:]))
        if not left or not right:
            continue
        left_label, right_label = left.most_common(1)[0][0], right.most_common(1)[0][0]
        if left_label == right_label == "PER":
            continue  # "Ellen van Dijk", then "Ellen" and "Van Dijk": one person's first name and surname
        if right_label in ("ORG", "PER") and left_label in ("LOC", "ORG", "PER") and text(run[:cut]) != text(run[cut:]):
            return [_piece(mention, run[:cut], left_label), _piece(mention, run[cut:], right_label)]
    return None


def _piece(mention: Mention, run: list[re.Match], label: str) -> Mention:
    begin, end = run[0].start(), run[-1].end()
    return Mention(mention.start + begin, mention.start + end, mention.text[begin:end], label, mention.model_label)


def separate_people(mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the people run together in one mention apart (see
    `_separated`), in text order."""
    names, surnames = _people(mentions)
    labels: dict[str, Counter] = {}  # every mention's folded text: its labels, counted
    for mention in mentions:
        labels.setdefault(fold(mention.text), Counter())[mention.label] += 1
    out = []
    for mention in mentions:
        out += _separated(mention, names, surnames, labels) or [mention]
    return out
