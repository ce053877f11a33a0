"""Group entity mentions into actors.

Rules, in order:

0. People the model ran together in one mention are set apart first
   (`together`: ``Rutte en Wiebes``, ``Netanyahu zei Trump``).
1. Who is a person is settled per article: a name (possessives, Dutch
   genitives such as ``Ruttes`` and a leading article aside) the model
   calls a person more often than anything else, or as often when it is a
   full name, or the surname of a person named in full, is a person at
   every mention; a name it calls a person less often than something else
   is that something else at every mention. So is a full name the model
   calls MISC or ORG whose last word it calls only a person alone
   (``Moammar Khaddafi``), and a first name alone it calls MISC or ORG
   that one person named in full bears; a one-word name it calls a person
   that is the short form of an organisation's (rule 3: ``de Kamer``) is
   the organisation. Other labels stay the model's, mention by mention;
   an actor takes the label most of its mentions carry.
2. People: a full name is an actor; a bare surname joins the full name
   with that surname (when several share it, the one named in full just
   before it, else the one named most often so far), a first name alone the
   one full name that opens with it.
   A full name that is the end of one longer name (``Groot Wassink``), an
   initial with a surname (``M. Rutte``) or a genitive (``Ed Husains``
   beside ``Husain``) is that person, and so is either part of a double
   surname (``Borst``). Full names that differ (two people called Sergej)
   stay apart (`people_groups.py`).
3. Organisations, places and other names: a short form joins its long
   form when it is its acronym (``VS``/``Verenigde Staten``; with the
   particles' letters: ``FvD``/``Forum voor Democratie``), a known pair
   (``NAVO``/``Noord-Atlantische Verdragsorganisatie``), the long form's
   first words followed by a generic word (``NBC``/``NBC News``), or the
   head of one long form alone (``Forum``, ``Hof`` for ``Europees Hof``).

An actor's name is its most complete form; its aliases every surface form.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..analysis import Actor
from ..analysis import Entity as Mention
from .names import (
    PARTICLES,
    broken_word,
    fold,
    initials,
    is_acronym,
    is_full,
    name_tokens,
    surname,
    without_possessive,
)
from .organisation_names import GENERIC_TAIL_WORDS, KNOWN_PAIRS
from .people_groups import Groups, genitive_keys, group_people
from .together import separate_people

#: `GENERIC_TAIL_WORDS` as compared.
GENERIC_TAILS = frozenset(fold(word) for word in GENERIC_TAIL_WORDS)


def _key(mention: Mention) -> str:
    """A name's identity: folded, without possessive, and without a leading
    article except for people."""
    return fold(" ".join(name_tokens(mention.text, drop_article=mention.label != "PER")))


def _named_in_full(mentions: list[Mention]) -> None:
    """A name of two or three capitalised words that the model calls
    MISC or ORG is a person when its last word is a name it calls a
    person alone, and not anything else (``Moammar Khaddafi`` (MISC)
    beside ``Khaddafi``); then `unify_labels` makes the rest of that
    person's mentions a person's too. Not a firm's name after a person
    (``Jansen Holding`` ends in no person's name)."""
    alone: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        tokens = name_tokens(mention.text)
        if len(tokens) == 1:
            alone[fold(tokens[0])].add(mention.label)
    for mention in mentions:
        tokens = name_tokens(mention.text)
        if mention.label not in ("MISC", "ORG") or not 2 <= len(tokens) <= 3 or not is_full(tokens):
            continue
        if _head(tokens) is not None:
            continue  # an adjective and a noun ("Europees Hof") or "Forum voor Democratie"
        if all(t[:1].isupper() and t.replace("-", "").isalpha() for t in tokens) and alone.get(fold(tokens[-1])) == {"PER"}:
            mention.label = "PER"


def _short_forms(mentions: list[Mention], people: set[str]) -> None:
    """A one-word name the model calls a person that is the short form
    of an organisation's, place's or other name of the article (`_links`,
    `_head`) is that name's (``Planbureau`` beside ``Planbureau voor de
    Leefomgeving``, ``de Kamer`` beside ``Tweede Kamer``, ``FvD``), unless
    it is the surname or first name of a person named in full (`people`)."""
    names = {_key(m): (name_tokens(m.text, drop_article=True), m.label) for m in mentions if m.label != "PER"}
    heads = _heads({key: tokens for key, (tokens, _) in names.items()})
    for mention in mentions:
        key = fold(" ".join(name_tokens(mention.text, drop_article=True)))
        if mention.label != "PER" or " " in key or key in people or key in names:
            continue
        long = heads.get(key) or next((k for k, (t, _) in names.items() if len(t) > 1 and _links(key, t)), None)
        if long:
            mention.label = names[long][1]


def unify_labels(mentions: list[Mention]) -> None:
    """Settle who is a person (rule 1). The surname of a person named in
    full is that person (``De Wit`` after ``Marieke de Wit``), whatever the
    model called it, and so is its genitive (``Ruttes``), and so is the
    first name of one person named in full that the model calls MISC or
    ORG alone (``Renske``). A name the model
    calls a person more often than anything else is a person everywhere;
    on a tie, only a name of two words or more (``Ellen Jansen``, not
    ``Donbass``). A name it calls a person less often than something else
    is that something else at every mention, so that the same name is
    never a person and a place at once. Other labels stay as the model
    gave them: in news, one name is a team (ORG) in one line and a city
    (LOC) in the next, and voting those away cost F1 on the development
    sets (nl and en, measured on whole documents through the analyzer);
    they are one actor all the same (`_group_names`)."""
    _named_in_full(mentions)
    surnames, firsts = set(), defaultdict(set)
    for mention in mentions:
        tokens = name_tokens(mention.text)
        if mention.label == "PER" and len(tokens) >= 2 and tokens[0].lower() not in PARTICLES:
            surnames.add(fold(" ".join(surname(tokens))))
            firsts[fold(tokens[0])].add(fold(" ".join(surname(tokens))))
    for mention in mentions:
        name = fold(" ".join(name_tokens(mention.text)))
        if mention.label != "PER" and (name in surnames or (name.endswith("s") and name[:-1] in surnames)):
            mention.label = "PER"
        elif mention.label in ("MISC", "ORG") and len(firsts.get(name, ())) == 1:
            mention.label = "PER"  # "Renske" (MISC) after "Renske Groenendijk": a place keeps its name
    _short_forms(mentions, surnames | set(firsts))
    keys = {id(mention): _key(mention) for mention in mentions}
    genitives = genitive_keys(keys.values())
    votes: dict[str, Counter] = defaultdict(Counter)
    ruled = set()  # names a rule made a person against the model ("premier Rutte", model MISC): a title says who
    for mention in mentions:
        key = genitives.get(keys[id(mention)], keys[id(mention)])
        votes[key][mention.label] += 1
        if mention.label == "PER" and mention.model_label == "MISC":  # (a place or firm the model saw may still be one)
            ruled.add(key)
    decided = {}
    for key, counter in votes.items():
        people, others = counter.get("PER", 0), Counter({k: v for k, v in counter.items() if k != "PER"})
        if not people:
            continue
        most, other = (others.most_common(1)[0][1], others.most_common(1)[0][0]) if others else (0, None)
        if people > most or (people == most and len(key.split()) >= 2) or key in ruled:
            decided[key] = "PER"
        else:
            decided[key] = other
    for mention in mentions:
        key = genitives.get(keys[id(mention)], keys[id(mention)])
        if key in decided and (decided[key] == "PER" or mention.label == "PER"):
            mention.label = decided[key]


def _links(short: str, long_tokens: list[str]) -> bool:
    """Whether `short` (a folded name) is a short form of `long_tokens`."""
    long_key = fold(" ".join(long_tokens))
    if KNOWN_PAIRS.get(short) == long_key:
        return True
    if is_acronym(short.upper()) and fold(initials(long_tokens)) == short.replace(".", ""):
        return True
    if len(short) >= 3 and short.isalpha() and short == "".join(fold(t[0]) for t in long_tokens):
        return True  # with the particles' letters: "FvD", "PvdA" (Partij van de Arbeid)
    short_tokens = short.split()
    folded = [fold(t) for t in long_tokens]
    if len(short_tokens) < len(folded) and folded[: len(short_tokens)] == short_tokens:
        return all(t in GENERIC_TAILS for t in folded[len(short_tokens) :])
    return False


#: Lower-case words after the head of a name (``Forum voor Democratie``,
#: ``Raad van State``, ``Bank of England``).
_CONNECTIVES = frozenset(("voor", "van", "of", "for", "der", "des"))


def _head(long_tokens: list[str]) -> str | None:
    """The word a name is cut to in news (folded): the first of ``Forum
    voor Democratie`` (``Forum``), the second of an adjective and a noun
    (``Tweede Kamer``: ``Kamer``; ``Europees Hof``: ``Hof``)."""
    if len(long_tokens) >= 3 and long_tokens[1] in _CONNECTIVES and long_tokens[0][:1].isupper():
        return fold(long_tokens[0])
    first = long_tokens[0]
    if len(long_tokens) == 2 and first[:1].isupper() and first.endswith(("e", "es")) and long_tokens[1][:1].isupper():
        return fold(long_tokens[1])
    return None


def _heads(forms) -> dict[str, str]:
    """Each word that is the head (`_head`) of exactly one of `forms`
    (key -> tokens), mapped to that form's key."""
    found: dict[str, list[str]] = defaultdict(list)
    for key, tokens in forms.items():
        head = _head(tokens)
        if head and head != key:
            found[head].append(key)
    return {head: keys[0] for head, keys in found.items() if len(keys) == 1}


def _group_names(names: list[Mention], groups: Groups) -> None:
    by_key: dict[str, str] = {}
    forms: dict[str, list[str]] = {}
    # A genitive joins its name when the model gave both one label (``Ruttes``
    # and ``Rutte``, both MISC); ``Nederlands`` (MISC) is not ``Nederland`` (LOC).
    labelled = {f"{m.label} {_key(m)}" for m in names}
    genitives = {key.split(" ", 1)[1]: base.split(" ", 1)[1] for key, base in genitive_keys(labelled).items()}
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
    heads = _heads(forms)
    for short in keys:
        for long in reversed(keys):
            if long == short or len(forms[long]) <= len(short.split()):
                continue
            if _links(short, forms[long]) or heads.get(short) == long:
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
    genitives = genitive_keys(fold(form) for form in forms)
    forms = [form for form in forms if fold(form) not in genitives] or forms  # "Rutte", not "Ruttes"
    # the most words, then unbroken ("Oppenheimer", not "Oppen-heimer"), then the longest
    return max(forms, key=lambda form: (len(form.split()), not broken_word(form), len(form), -forms.index(form)))


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
    groups = Groups()
    group_people([m for m in mentions if m.label == "PER"], groups)
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
