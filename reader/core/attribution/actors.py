"""Group entity mentions into actors.

Rules, in order:

1. Who is a person is settled per article: a name (possessives, Dutch
   genitives such as ``Ruttes`` and a leading article aside) the model
   calls a person more often than anything else, or as often when it is a
   full name, or the surname of a person named in full, is a person at
   every mention; a name it calls a person less often than something else
   is that something else at every mention. Other labels stay the model's,
   mention by mention; an actor takes the label most of its mentions carry.
2. People: a full name is an actor; a bare surname joins the full name
   with that surname (the nearest one mentioned before it when several
   share it), a first name alone the one full name that opens with it.
   Full names that differ (two people called Sergej) stay apart.
3. Organisations, places and other names: a short form joins its long
   form when it is its acronym (``VS``/``Verenigde Staten``), a known pair
   (``NAVO``/``Noord-Atlantische Verdragsorganisatie``), or the long form's
   first words followed by a generic word (``NBC``/``NBC News``).

An actor's name is its most complete form; its aliases every surface form.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..analysis import Actor
from ..analysis import Entity as Mention
from .names import (
    PARTICLES,
    fold,
    initials,
    is_acronym,
    name_tokens,
    surname,
    without_possessive,
)

_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ul|ad|ar|as|at|az|ash)-", re.IGNORECASE)

#: Short and long forms that initials do not link.
KNOWN_PAIRS = {
    "navo": "noord-atlantische verdragsorganisatie",
    "nato": "north atlantic treaty organization",
    "vs": "verenigde staten",
    "vn": "verenigde naties",
    "eu": "europese unie",
    "vk": "verenigd koninkrijk",
    "us": "united states",
    "usa": "united states of america",
    "un": "united nations",
    "uk": "united kingdom",
}
#: Words that, after a short form, make a longer name of the same thing.
_GENERIC_TAIL_WORDS = (
    "News", "Nieuws", "Group", "Groep", "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "NV", "N.V.", "BV", "B.V.", "SE",
    "AG", "Co", "Co.", "Company", "Holding", "Holdings", "International", "Party", "Partij", "Foundation", "Stichting",
)  # fmt: skip
GENERIC_TAILS = frozenset(fold(word) for word in _GENERIC_TAIL_WORDS)


def _key(mention: Mention) -> str:
    """A name's identity: folded, without possessive, and without a leading
    article except for people."""
    return fold(" ".join(name_tokens(mention.text, drop_article=mention.label != "PER")))


def _genitive_keys(keys) -> dict[str, str]:
    """Dutch genitives written without an apostrophe (``Ruttes``,
    ``Bidens``): each key that is another key with an ``s`` added, mapped
    to that key. (``Zelensky’s`` and ``Biden's`` lose their ``’s`` in
    `without_possessive`.)"""
    keys = set(keys)
    return {key: key[:-1] for key in keys if key.endswith("s") and len(key) > 3 and key[:-1] in keys}


def unify_labels(mentions: list[Mention]) -> None:
    """Settle who is a person (rule 1). The surname of a person named in
    full is that person (``De Wit`` after ``Marieke de Wit``), whatever the
    model called it, and so is its genitive (``Ruttes``). A name the model
    calls a person more often than anything else is a person everywhere;
    on a tie, only a name of two words or more (``Ellen Jansen``, not
    ``Donbass``). A name it calls a person less often than something else
    is that something else at every mention, so that the same name is
    never a person and a place at once. Other labels stay as the model
    gave them: in news, one name is a team (ORG) in one line and a city
    (LOC) in the next, and voting those away cost F1 on the development
    sets (nl and en, measured on whole documents through the analyzer);
    they are one actor all the same (`_group_names`)."""
    surnames = set()
    for mention in mentions:
        tokens = name_tokens(mention.text)
        if mention.label == "PER" and len(tokens) >= 2 and tokens[0].lower() not in PARTICLES:
            surnames.add(fold(" ".join(surname(tokens))))
    for mention in mentions:
        name = fold(" ".join(name_tokens(mention.text)))
        if mention.label != "PER" and (name in surnames or (name.endswith("s") and name[:-1] in surnames)):
            mention.label = "PER"
    keys = {id(mention): _key(mention) for mention in mentions}
    genitives = _genitive_keys(keys.values())
    votes: dict[str, Counter] = defaultdict(Counter)
    for mention in mentions:
        votes[genitives.get(keys[id(mention)], keys[id(mention)])][mention.label] += 1
    decided = {}
    for key, counter in votes.items():
        people, others = counter.get("PER", 0), Counter({k: v for k, v in counter.items() if k != "PER"})
        if not people:
            continue
        most, other = (others.most_common(1)[0][1], others.most_common(1)[0][0]) if others else (0, None)
        if people > most or (people == most and len(key.split()) >= 2):
            decided[key] = "PER"
        else:
            decided[key] = other
    for mention in mentions:
        key = genitives.get(keys[id(mention)], keys[id(mention)])
        if key in decided and (decided[key] == "PER" or mention.label == "PER"):
            mention.label = decided[key]


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
            if _is_full(tokens):
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


def _separated(mention: Mention, names: Counter, surnames: set[str]) -> list[Mention] | None:
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
    return None


def _piece(mention: Mention, run: list[re.Match], label: str) -> Mention:
    begin, end = run[0].start(), run[-1].end()
    return Mention(mention.start + begin, mention.start + end, mention.text[begin:end], label, mention.model_label)


def separate_people(mentions: list[Mention]) -> list[Mention]:
    """`mentions` with the people run together in one mention apart (see
    `_separated`), in text order."""
    names, surnames = _people(mentions)
    out = []
    for mention in mentions:
        out += _separated(mention, names, surnames) or [mention]
    return out


class _Groups:
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


def _group_people(people: list[Mention], groups: _Groups) -> None:
    by_full: dict[str, str] = {}  # folded full name -> group
    by_surname: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, set[str]] = defaultdict(set)  # folded first name -> groups
    full_keys = {fold(" ".join(name_tokens(m.text))) for m in people if _is_full(name_tokens(m.text))}
    genitives = _genitive_keys(full_keys)  # "mark ruttes" -> "mark rutte"
    singles = []
    for mention in people:
        tokens = name_tokens(mention.text)
        if not _is_full(tokens):  # "Lavrov", "De Wit"
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
            by_first[fold(tokens[0])].add(group)
        by_full[key] = by_full[short] = group
        groups.add(group, mention)
    single_keys = {fold(" ".join(name_tokens(m.text))) for m in singles}
    # "Ruttes" is Rutte's: the genitive of a surname or of a name mentioned alone.
    genitives = _genitive_keys(single_keys | set(by_surname))
    own: dict[str, str] = {}
    for mention in singles:
        key = fold(" ".join(name_tokens(mention.text)))
        key = genitives.get(key, key)
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


def _is_full(tokens: list[str]) -> bool:
    """A name of two words or more that does not open with a particle."""
    return len(tokens) >= 2 and tokens[0].lower() not in PARTICLES


def _nearest_before(candidates: list[str], mention: Mention, groups: _Groups) -> str:
    best, best_start = candidates[0], -1
    for group in candidates:
        for other in groups.members[group]:
            if best_start < other.start < mention.start:
                best, best_start = group, other.start
    return best


def _links(short: str, long_tokens: list[str]) -> bool:
    """Whether `short` (a folded name) is a short form of `long_tokens`."""
    long_key = fold(" ".join(long_tokens))
    if KNOWN_PAIRS.get(short) == long_key:
        return True
    if is_acronym(short.upper()) and fold(initials(long_tokens)) == short.replace(".", ""):
        return True
    short_tokens = short.split()
    folded = [fold(t) for t in long_tokens]
    if len(short_tokens) < len(folded) and folded[: len(short_tokens)] == short_tokens:
        return all(t in GENERIC_TAILS for t in folded[len(short_tokens) :])
    return False


def _group_names(names: list[Mention], groups: _Groups) -> None:
    by_key: dict[str, str] = {}
    forms: dict[str, list[str]] = {}
    # A genitive joins its name when the model gave both one label (``Ruttes``
    # and ``Rutte``, both MISC); ``Nederlands`` (MISC) is not ``Nederland`` (LOC).
    labelled = {f"{m.label} {_key(m)}" for m in names}
    genitives = {key.split(" ", 1)[1]: base.split(" ", 1)[1] for key, base in _genitive_keys(labelled).items()}
    for mention in names:
        key = _key(mention)
        key = genitives.get(key, key) if f"{mention.label} {genitives.get(key, key)}" in labelled else key
        if key not in by_key:
            by_key[key] = groups.new(mention)
            forms[key] = name_tokens(mention.text, drop_article=True)
        groups.add(by_key[key], mention)
    # Short forms join long forms; an acronym may cross ORG/LOC/MISC (the
    # model often calls "VS" an organisation and "Verenigde Staten" a place).
    keys = sorted(by_key, key=lambda k: len(forms[k]))
    for short in keys:
        for long in reversed(keys):
            if long == short or len(forms[long]) <= len(short.split()):
                continue
            if _links(short, forms[long]):
                source, target = by_key[short], by_key[long]
                if source == target:
                    break
                for mention in groups.members.pop(source):
                    groups.add(target, mention)
                for key, group in by_key.items():
                    if group == source:
                        by_key[key] = target
                break


def _name(members: list[Mention]) -> str:
    forms = [without_possessive(m.text) for m in members]
    genitives = _genitive_keys(fold(form) for form in forms)
    forms = [form for form in forms if fold(form) not in genitives] or forms  # "Rutte", not "Ruttes"
    return max(forms, key=lambda form: (len(form.split()), len(form), -forms.index(form)))


def _label(members: list[Mention]) -> str:
    """The actor's one label: the one most of its mentions carry; on a tie,
    that of its longest mention among them."""
    counts = Counter(m.label for m in members)
    most = max(counts.values())
    tied = [m for m in members if counts[m.label] == most]
    return max(tied, key=lambda m: len(m.text.split())).label


def group_actors(mentions: list[Mention]) -> list[Actor]:
    """Make actors from `mentions` (in text order) and set each mention's
    ``actor``. Ids are ``a1``, ``a2``, … in order of first mention.
    People run together in one mention are first set apart, in the list
    itself (`separate_people`): the caller's mentions are the actors'."""
    mentions[:] = separate_people(mentions)
    unify_labels(mentions)
    groups = _Groups()
    _group_people([m for m in mentions if m.label == "PER"], groups)
    _group_names([m for m in mentions if m.label != "PER"], groups)
    ordered = sorted(groups.members.values(), key=lambda members: min(m.start for m in members))
    actors = []
    for number, members in enumerate(ordered, start=1):
        members.sort(key=lambda m: m.start)
        actor = Actor(id=f"a{number}", name=_name(members), label=_label(members))
        for mention in members:
            mention.actor = actor.id  # the mention keeps its own label
            surface = " ".join(mention.text.split())
            if surface not in actor.aliases:
                actor.aliases.append(surface)
            actor.mentions.append((mention.start, mention.end))
        actors.append(actor)
    return actors
