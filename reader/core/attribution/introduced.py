"""A quote whose speaker the sentence before it introduces.

News introduces whoever it quotes next: "Trainer Erik ten Hag was na
afloop tevreden. ,,We hebben goed gespeeld.''" A direct quote with no cue
and no speaker after the other rules, that opens its sentence (or its
paragraph), takes the person that opens the sentence right before it, when
that sentence names no one else, is no quote itself and does not say
they kept silent ("X reageerde niet"). The name must
open the sentence (after titles at most): in "De politie hield Jansen
aan." Jansen is not who speaks next; right after the verb of a Dutch
clause that opens with something else it is ("Ook daarover is Rikkering
enthousiast."). Failing that (and the main person,
`protagonist_speakers`), the person the parse gives as that sentence's
subject (`subject_before.py`). Anything else stays unknown.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .intervals import Intervals
from .mentions import is_role
from .people import ONE_PERSON, agent_noun, of_a_thing, someone_described
from .sentences import Paragraphs, sentences

if TYPE_CHECKING:
    from .quotes import Found

#: How far back the sentence before is looked for (a long paragraph of
#: one line must not be split into sentences for every quote).
_WINDOW = 600
#: The end of a sentence right before a quote in the same paragraph.
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’»]*\s+$")
#: Words that make a sentence say someone did not speak ("X reageerde
#: niet", "declined to comment"): the quote after it is not theirs.
NEGATIONS = frozenset("niet geen nooit not no never declined weigerde weigert".split())
#: What opens a part of a sentence beside its main clause: a comma, a complement or relative clause.
_ASIDE = re.compile(r",|\b(?:dat|die|that|who)\b")
#: At most this many title words before the name ("Prime Minister John Major").
_TITLE_WORDS = 3


def introduced_speakers(quotes: list[Found], paragraphs: Paragraphs, persons: Intervals) -> None:
    """Give the quotes described above their speaker. `quotes` are all
    quotes found, in order; `persons` the mentions of people (values:
    (start, end, the actor or anything that tells two people apart))."""
    text = paragraphs.text
    for quote, before, telling in uncued(quotes, paragraphs):
        named = persons.overlapping(*before)
        skipped = False  # a sentence of no one's between: only a name opening the one before speaks
        if not named and (_opens_with_one_pronoun(text[before[0] : before[1]]) or _of_no_one(text, before)):
            # "Ahmed Ali vluchtte uit Syrië. Hij woont nu in Utrecht. ,,…''": the pronoun's
            # sentence tells of the one named just before it; "Directeur X lanceert hem met pijn
            # in het hart. Want uit onderzoek blijkt: … ,,…''": a sentence of no one's goes on with X
            skipped = not _opens_with_one_pronoun(text[before[0] : before[1]])
            before = sentence_before(text, paragraphs, before[0], own=True)
            if not telling(before):
                continue
            named = persons.overlapping(*before)
        if not named:
            continue
        start, end, opener = min(named, key=lambda mention: mention[:2])
        several = len({id(person) for _, _, person in named}) > 1
        if several and not _others_aside(text, named, opener, end, before[1]):
            continue  # two people: who speaks is not clear
        titles = text[before[0] : start].split()
        if len(titles) <= _TITLE_WORDS and all(word[:1].isupper() or is_role(word) for word in titles):
            quote.speaker = (start, end)
        elif not several and not skipped and (
            _closing(text, before, start, end)
            or _right_after_the_verb(text, before, start)
            or _introduced_here(text, before, (start, end, opener), persons)
            or _SPEECH_OF.search(text, before[0], start) is not None
        ):
            quote.speaker = (start, end)


#: The name after a speech noun and "van" ("Daarna volgt de reactie via het
#: account van minister X.", "Het antwoord van X kwam snel."): their words follow.
_SPEECH_OF = re.compile(
    r"\b(?:reactie|antwoord|tweet|bericht|verklaring|boodschap|reply|response|statement|message)\b[^.,;:!?]{0,40}"
    r"\b(?:van|from|by)\s+(?:[a-z]\w*\s+)?$"
)


def _of_no_one(text: str, sentence: tuple[int, int]) -> bool:
    """A sentence that speaks of no one: no person or group described
    opening it, no pronoun for a person, not the writer's "ik"."""
    words = set(re.findall(r"\w+", text[sentence[0] : sentence[1]].lower()))
    return not (words & _PERSON_PRONOUNS) and not someone_described(text, *sentence)


#: Pronouns for people, whose sentence speaks of someone ("zijn" is also "are": not listed).
_PERSON_PRONOUNS = frozenset("ik hij zij ze hem haar hun hen jij je he she him her his they them i".split())


def _introduced_here(text: str, sentence: tuple[int, int], mention: tuple, persons: Intervals) -> bool:
    """The person is named for the first time, with a role in front or an
    apposition after ("Dat gedrag fascineert psycholoog Paul van Lange,
    hoogleraar aan de VU, mateloos."): news introduces so whom it quotes
    next, wherever the name stands in the main clause; not when the
    sentence opens with someone described ("De agent hield verdachte X
    aan") or speaks of someone else's ("overlegt zijn fractie met de
    senatoren, die worden geleid door partijoprichter X")."""
    start, end, person = mention
    before, after = text[sentence[0] : start].split(), text[end : sentence[1]]
    introduced = (bool(before) and before[-1].islower() and is_role(before[-1])) or bool(_APPOSITION.match(after))
    mentions = getattr(person, "mentions", None)  # an actor's own: not every mention before, on a long article
    if mentions is not None:
        earlier = any(s < start for s, _ in mentions)
    else:
        earlier = any(other is person for _, _, other in persons.overlapping(0, start))
    aside = _ASIDE.search(text, sentence[0], start) or any(word.lower() in _POSSESSIVES for word in before)
    return introduced and not earlier and not aside and not someone_described(text, sentence[0], start)


#: Possessives before the name: the sentence speaks of someone else too.
_POSSESSIVES = frozenset("zijn haar hun his her their".split())


#: A comma and a lower-case word after a name: an apposition ("X, hoogleraar …").
_APPOSITION = re.compile(r",\s+[^\W\d_A-Z]")


def _others_aside(text: str, named: list, opener: object, end: int, sentence_end: int) -> bool:
    """Everyone named besides `opener` (whose name ends at `end`) stands
    after a comma or a "dat"/"that" clause that follows the opener's name,
    not next to it in the main clause ("Senator Lindsey Graham, a
    Republican close to Trump, fears Kim …": Graham; not "Jansen sprak met
    De Vries"), or owns a thing named: the sentence is about the opener."""
    aside = _ASIDE.search(text, end, sentence_end)
    bound = aside.end() if aside is not None else sentence_end
    # whose a thing is stands aside too ("De Mos is dol op de drive van Marin")
    return all(s >= bound or of_a_thing(text, s) for s, _, person in named if person is not opener)


def _closing(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """The name at `start`-`end` closes `sentence` after a comma and a verb,
    titles at most between ("…, vreest Beens.", "…, lacht trainer De Boer.",
    "…, valt scholier Stijn Smit op."): the one whose view the sentence
    gives, whatever the verb."""
    before = _CLOSING_VERB.search(text, sentence[0], start)
    # a separable verb's particle may close it after the name ("…, valt X op.", "…, vult X aan.")
    if before is None or text[end : sentence[1]].strip(" .!?…\"'”’»") not in ("", *_PARTICLES):
        return False
    titles = text[before.end() : start].split()
    return len(titles) <= _TITLE_WORDS and all(is_role(word) or agent_noun(word) for word in titles)


def _right_after_the_verb(text: str, sentence: tuple[int, int], start: int) -> bool:
    """The name at `start` stands right after the finite verb of a Dutch
    main clause that opens with something else, titles at most between
    ("Ook over de invulling is Rikkering enthousiast.", "Na afloop was
    trainer De Boer tevreden."): in that order the name is the subject."""
    # an aside between dashes or brackets does not count ("Ook over de invulling - waaronder … - is X enthousiast.")
    words = _ASIDES.sub(" ", text[sentence[0] : start]).split()
    while words and is_role(words[-1]) and words[-1].islower():
        words.pop()
    return 2 <= len(words) <= _OPENING_WORDS and words[-1] in _INVERTING_VERBS and not any(
        word.strip(",") in _INVERTING_VERBS for word in words[:-1]
    )


#: Particles of separable verbs that may close a sentence after the name ("…, valt X op.").
_PARTICLES = ("op", "aan", "toe", "mee", "uit", "bij", "af", "voor", "vast")
#: Finite verbs after which a Dutch subject follows when something else opens the clause.
_INVERTING_VERBS = frozenset(
    "is was blijft bleef lijkt leek klinkt klonk oogt oogde toont toonde reageert reageerde heeft had"
    " vindt vond meent meende denkt dacht".split()
)
#: At most this many words before that verb.
_OPENING_WORDS = 12
#: An aside between dashes or in brackets.
_ASIDES = re.compile(r"\s[-–—]\s[^-–—]*?\s[-–—]\s|\([^()]*\)")


#: A comma and a lower-case word (a verb) before a name that closes its sentence.
_CLOSING_VERB = re.compile(r",\s+[^\W\d_A-Z]+\s+(?=(?:\S+\s+){0,3}\S*$)")


def protagonist_speakers(quotes: list[Found], paragraphs: Paragraphs, persons: Intervals) -> None:
    """A feature's main person speaks its cue-less quotes: a direct quote
    that opens its sentence, right after a sentence that names no one but
    them ("Borgmeijer ontving een telefoontje van de bank. ,,De vraag was
    …''") or speaks of one person as "hij" or "ze" with no one named, is
    theirs. Main: named at least three times, and at least a quarter more
    often than anyone else (1.5 times missed features with two voices). Run
    after `introduced_speakers`."""
    main = main_person(persons)
    if main is None:
        return
    text = paragraphs.text
    for quote, before, _ in uncued(quotes, paragraphs):
        named = persons.overlapping(*before)
        if named and all(actor is main for _, _, actor in named):
            start, end, _ = max(named, key=lambda mention: mention[0])
            quote.speaker = (start, end)
        elif not named and _speaks_of_one(text[before[0] : before[1]]):
            last = persons.last_before(before[0])
            if (
                last is not None and last[2] is main and before[0] - last[1] <= _WINDOW
                and not _someone_else_spoke(quotes, persons, main, last[1], quote.start)
            ):  # fmt: skip
                quote.speaker = (last[0], last[1])


def _someone_else_spoke(quotes: list[Found], persons: Intervals, main, since: int, before: int) -> bool:
    """Whether a quote between offsets `since` and `before` has a speaker
    named who is not `main` ("…, zegt een oud-consultant. Dat leidt hij af
    uit …": "hij" is no longer the main person)."""
    return any(
        q.speaker is not None and not q.pronoun and since <= q.start < before
        and all(actor is not main for _, _, actor in persons.overlapping(*q.speaker))
        for q in quotes
    )  # fmt: skip


def uncued(quotes: list[Found], paragraphs: Paragraphs):
    """The direct quotes with no cue and no speaker yet, each with the
    sentence right before it, when that sentence can tell who speaks: no
    quote in it and no one keeping silent. With them the test itself, for
    another sentence."""
    text = paragraphs.text
    found = Intervals((q.start, q.end, q) for q in quotes)

    def telling(sentence: tuple[int, int] | None) -> bool:
        return sentence is not None and not found.overlaps(*sentence) and not _silent(text[sentence[0] : sentence[1]])

    for quote in quotes:
        if quote.kind != "direct" or quote.speaker is not None or quote.cue is not None:
            continue
        before = sentence_before(text, paragraphs, quote.start)
        if telling(before):
            yield quote, before, telling


def subject_speakers(quotes: list[Found], paragraphs: Paragraphs) -> None:
    """A cue-less quote still without a speaker takes the person the
    sentence before it has as subject (`subject_before`, kept on the quote
    as `introducer`), when that sentence is no quote and no silence. Run
    last: the rules that read a name are surer."""
    for quote, _, _ in uncued(quotes, paragraphs):
        if quote.introducer is not None:
            quote.speaker, quote.pronoun = quote.introducer


def main_person(persons: Intervals):
    """The person named at least three times and a quarter more often than anyone else; None if no one is."""
    counts: dict[int, int] = {}
    actors = {}
    for _, _, (_, _, actor) in persons.items():
        counts[id(actor)] = counts.get(id(actor), 0) + 1
        actors[id(actor)] = actor
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 1.25 * ranked[1][1]):
        return None
    return actors[ranked[0][0]]


def _speaks_of_one(sentence: str) -> bool:
    """"hij", "he", "she", or "ze"/"zij" not before a plural verb."""
    words = re.findall(r"\w+", sentence.lower())
    for word, following in zip(words, words[1:] + [""]):
        if word in ("hij", "he", "she") or (word in ("ze", "zij") and not following.endswith("en")):
            return True
    return False




def _opens_with_one_pronoun(sentence: str) -> bool:
    """A sentence that opens with a pronoun for one person and a singular
    verb tells of one person ("Ze woont", not "Ze wonen")."""
    words = sentence.split()
    return len(words) >= 3 and words[0].lower() in ONE_PERSON and not words[1].lower().endswith(("en", "waren"))


def _silent(sentence: str) -> bool:
    """A negation with a word of answering ("X reageerde niet", "wilde er
    niets over kwijt", "declined to comment"); a negation alone ("Borgmeijer
    heeft geen idee") says nothing of whether they spoke."""
    words = re.findall(r"\w+", sentence.lower())
    # another word than the negation: "weigert de vlag uit te hangen" is no silence, "weigert te reageren" is
    return bool(NEGATIONS & set(words)) and any(word.startswith(_ANSWERING) for word in words if word not in NEGATIONS)


#: Beginnings of words for answering or keeping silent.
_ANSWERING = tuple(
    "reageer reageren gereageerd commentaar kwijt zeg zei antwoord beantwoord uitspra uitlat uitgelaten"
    " toelicht toegelicht bereikbaar ingaan ingegaan spreken sprak gesproken praten"
    " comment respond answer repl say said speak spoke talk declin refus weiger".split()
)


def sentence_before(text: str, paragraphs: Paragraphs, at: int, own: bool = False) -> tuple[int, int] | None:
    """The sentence right before a quote at `at` that opens its sentence:
    in its paragraph, or the last of the paragraph before when the quote
    opens its own; None when the quote does not open a sentence. With
    `own`, `at` is where a sentence starts."""
    here = paragraphs.at(at)
    p_start, p_end = paragraphs.ranges[here]
    if own and text[p_start:at].strip():
        window = max(p_start, at - _WINDOW)
        end = len(text[:at].rstrip())
    elif text[p_start:at].strip():
        window = max(p_start, at - _WINDOW)
        ending = _ENDS_SENTENCE.search(text, window, at)
        if ending is None:
            return None  # the quote goes on a sentence: its speaker is the sentence's
        end = ending.start() + 1
    elif here > 0:
        p_start, end = paragraphs.ranges[here - 1]
        if not text[p_start:end].rstrip().endswith(tuple(".!?:;…'\"”’»)")):
            return None  # a headline ("Man-vrouw-verhouding. THEODOR HOLMAN"): whose words follow, it does not say
        window = max(p_start, end - _WINDOW)
    else:
        return None
    found = sentences(text, window, end)
    if not found or (window > p_start and len(found) == 1):
        return None  # longer than the window: where it starts is not known
    return found[-1]
