"""Which actor a quote's speaker phrase names."""

from __future__ import annotations

import re
from bisect import bisect_left, insort

from ..analysis import Actor, Quote, Speaker
from ..labels import READER_LABELS
from .intervals import Intervals
from .mentions import is_role
from .names import ARTICLES
from .organisations import is_organisation_noun
from .genders import gender_of, may_stand_for
from .kinds import PLACE_PREPOSITIONS
from .roles import by_role, may_be
from .spans import ON_A_MEDIUM
from .people import BODY_NOUNS, described_openings, led_by, of_a_thing, plural_noun, someone_described
from .described import opening_described
from .speaker_checks import DEMONSTRATIVES
from .cues import PRONOUNS
from .goes_on import statement_goes_on
from .group_pronouns import DESCRIBED_WINDOW as _DESCRIBED_WINDOW
from .group_pronouns import SENTENCE_END, group_meant, sentence_start
from .quotes import Found
from .someone_else import after_a_person_noun, someone_elses

_ALL_PRONOUNS = frozenset().union(*PRONOUNS.values()) | DEMONSTRATIVES | frozenset("zijn his".split())  # "naar zijn idee"
_LABEL_ORDER = {label: rank for rank, label in enumerate(READER_LABELS)}


def speaker_actor(mentions: Intervals, start: int, end: int, text: str) -> Actor | None:
    """The actor named in the speaker phrase: a person first, else the
    organisation a description names ("a spokesman for the ministry"). A
    place or other name speaks only as the whole phrase ("Moscow said"):
    in "fishermen from Scheveningen fear …" the town is not the speaker."""
    phrase = end - start
    # "Ministers die in de EU willen blijven": a name in a relative clause tells which ones, not who
    relative = _RELATIVE.search(text, start, end)
    end = relative.start() if relative else end
    named = [
        actor
        for mention_start, mention_end, actor in mentions.overlapping(start, end)
        if (actor.label in ("PER", "ORG") or (mention_end - mention_start) >= phrase - len("the ") and not _described(text, start, actor))
        and not (actor.label == "PER" and someone_elses(text, (start, end), (mention_start, mention_end), actor.name))
        and not (actor.label == "PER" and led_by(text, mentions, start, mention_start))  # "Party (KDP) of Massoud Barzani"
        # "Kamer- en Statenleden": a word cut off at its hyphen is part of a compound, no person's name
        and not (actor.label == "PER" and text[mention_end - 1] == "-")
        and not (actor.label == "ORG" and _OUTSIDER.search(text, start, mention_start))
        and not (actor.label == "ORG" and _departments_head(text, (start, end), (mention_start, mention_end)))
        # "The opposition motion against Banharn", "the cabinet, in a letter to the OSCE": whom it is aimed at
        and not _AIMED_AT.search(text, start, mention_start)
        and not _CHANNEL.search(text, start, mention_start)  # "X op Instagram": where X spoke, not who
    ]
    if not named:
        return None
    return min(named, key=lambda actor: _LABEL_ORDER.get(actor.label, 4))


def _departments_head(text: str, phrase: tuple[int, int], mention: tuple[int, int]) -> bool:
    """ "Minister van Binnenlandse Zaken Ollongren": an organisation after a
    role and "van"/"voor", with a name after it in the phrase, is the
    department of the person named, who speaks (whether the model found
    that name or not); not "een woordvoerder van Shell"."""
    before = text[phrase[0] : mention[0]].split()
    after = text[mention[1] : phrase[1]].split()
    role = len(before) >= 2 and before[-1].lower() in ("van", "voor", "of", "for") and is_role(before[-2].lower())
    return role and bool(after) and after[0][:1].isupper()


def _described(text: str, start: int, actor: Actor) -> bool:
    """ "de Arnhemse", "the German": an article and one word the model calls
    MISC describe someone by where they are from; no actor speaks."""
    one_word = actor.label == "MISC" and " " not in actor.name and not is_organisation_noun(actor.name.lower())  # not "de Rijksvoorlichtingsdienst"
    first = text[start : start + 4].lower().split()[:1]
    return one_word and bool(first) and first[0] in ARTICLES


_RELATIVE = re.compile(r"\s(?:die|who|which|that)\s")
#: A word before a name in a speaker phrase that makes it whom the words are aimed at, not who speaks.
_AIMED_AT = re.compile(r"\b(?:against|to|towards|tegen|aan)\s+(?:(?:the|de|het)\s+)?$", re.IGNORECASE)
#: A medium's name after "op"/"via" in a speaker phrase (`spans.ON_A_MEDIUM`): where someone spoke.
_CHANNEL = re.compile(r"\w\s+(?:" + "|".join(sorted(ON_A_MEDIUM)) + r")\s+$")
#: Before an organisation's name in a speaker phrase, people who do not
#: speak for it: who worked there once, its customers, critics, rivals
#: ("een oud-medewerker van Ciran", "former employees of", "klanten van");
#: not the organisation itself ("tegenstander PVV", "the rival KDP").
_OUTSIDER = re.compile(
    r"(?i)(?:\b(?:oud|ex)-|\b(?:voormalige?|former|ex|klant(?:en)?|customers?|critic[iu]s|critics?|tegenstanders?"
    r"|opponents?|rivals?|concurrent(?:en)?|slachtoffers?|victims?|patiënt(?:en)?|patients?|fans|supporters"
    r"|investors?|shareholders?|beleggers?|aandeelhouders?)\b).*\b(?:van|bij|voor|of|at|for|in)\s"
)


def attributed(text: str, found: list[Found], actors: list[Actor]) -> list[Quote]:
    """The quotes found, each speaker linked to the actor it names; every
    actor's `quotes` lists the indices of its quotes."""
    quotes = []
    for actor in actors:
        actor.quotes = []
    spans = Intervals((s, e, (s, e, actor)) for actor in actors for s, e in actor.mentions)
    people = Intervals((s, e, (s, e, actor)) for actor in actors if actor.label == "PER" for s, e in actor.mentions)
    # Speakers that are no actor ("zegt de vrouw", "zegt Marie Bos": the model missed her)
    others: list[tuple[int, int, bool]] = []
    other_starts: list[int] = []  # where they were named, sorted (a long article has thousands)
    last_organisation: tuple[int, Actor] | None = None  # where an organisation last spoke, and which
    quoted = Intervals((q.start, q.end, q) for q in found if q.kind == "direct")
    statements = Intervals((q.start, q.end, q) for q in found)
    pronouns: dict[tuple[int, int], tuple] = {}  # a pronoun's phrase and actor, once found: one "he" is one person
    for quote in found:
        speaker = None
        if quote.speaker is None and quote.cue and quote.introducer and not quote.introducer[1]:
            start, end = quote.introducer[0]  # the one the writer speaks to: a pronoun after may be them
            if speaker_actor(spans, start, end, text) is None:
                others.append((start, end, False))
                insort(other_starts, start)
        if quote.speaker is not None:
            start, end = quote.speaker
            if quote.pronoun:
                # '"…," he said. "…"': the quote the cue's pronoun was carried to means whom the first did
                if quote.speaker not in pronouns:
                    pronouns[quote.speaker] = _pronoun_meant(text, quote, people, quotes, actors, (others, other_starts), quoted)
                (start, end), actor = pronouns[quote.speaker]
            else:
                actor = speaker_actor(spans, start, end, text) or _it(text[start:end], quote.start, last_organisation)
                actor = actor or by_role(text[start:end], actors, start)
                meant = group_meant(text, people, others, (start, end), quote.cue, statements) if actor is None else None
                if meant is not None:
                    start, end = meant
                    actor = speaker_actor(spans, start, end, text)  # "X en Y …. ,,…'', stellen zij": as before
                if actor is None:
                    # a Dutch plural verb ("zeggen omwonenden"): a group, whom no "ze" of one points to
                    group = bool(quote.cue) and quote.cue.lower().endswith("en")
                    others.append((start, end, group))
                    insort(other_starts, start)
            if actor is None and text[start:end].lower() in _ALL_PRONOUNS:
                speaker = None  # "they", "ze" with no one to point to: unknown, never the bare pronoun
            else:
                speaker = Speaker(text[start:end], start, end, actor.id if actor else None)
            if actor is not None:
                actor.quotes.append(len(quotes))
                last_organisation = (quote.end, actor) if actor.label == "ORG" else last_organisation
        quotes.append(Quote(quote.start, quote.end, text[quote.start : quote.end], quote.kind, quote.cue, speaker))
    return quotes


def _pronoun_meant(
    text: str, quote: Found, people: Intervals, quotes: list[Quote], actors: list[Actor], described: tuple, quoted: Intervals
) -> tuple[tuple[int, int], Actor | None]:
    """The speaker phrase and actor of a quote whose speaker is a pronoun;
    `described` holds the speakers that are no actor and where they were
    named (both added to when the pronoun means one of them)."""
    others, other_starts = described
    start, end = quote.speaker
    # "zei hij": the last person named, unless someone else spoke since (up to the pronoun
    # itself inside reported content: "Het hoofd … zwaaide met stembiljetten die volgens hem …",
    # or in a later paragraph: a headline's words, said by "ze" further on)
    inside = (quote.kind == "reported" and quote.start < start < quote.end) or "\n" in text[quote.end : start]
    offset = start if inside or _named_between(text, people, quote.end, start) else min(quote.start, start)
    actor = _antecedent(text, people, offset, other_starts, quoted)
    actor = statement_goes_on(text, quotes, actors, actor, offset, text[start:end])
    if actor is not None and not may_stand_for(text[start:end], actor.name):
        # "he" after "Alicia Machado": someone else; the one who spoke just before, if the pronoun fits them
        actor = _last_speaker(quotes, actors, text[start:end], offset) or _fitting_before(
            text, people, text[start:end], offset
        )
    if actor is None and _last_to_speak(quotes, offset, others):
        start, end = _described_before(text, people, others, offset, text[start:end]) or (start, end)
    if actor is None and (start, end) == quote.speaker:
        described = opening_described(text, people, quotes, offset, text[start:end], quote.cue)
        if described is not None:
            start, end = described
            others.append((start, end, False))
            insort(other_starts, start)
    return (start, end), actor


def _it(word: str, at: int, last: tuple[int, Actor] | None) -> Actor | None:
    """ "…, Television New Zealand said. It said the quake …": an English
    "it" that speaks is the organisation that spoke just before."""
    if word.lower() != "it" or last is None or at - last[0] > _IT_WINDOW:
        return None
    return last[1]


#: How far (characters) after an organisation's statement "it said" is theirs.
_IT_WINDOW = 400


def _last_speaker(quotes: list[Quote], actors: list[Actor], pronoun: str, offset: int) -> Actor | None:
    """The actor who spoke the last quote before `offset`, shortly before it,
    when `pronoun` may stand for them ("Martin Brooks said he spoke with
    Machado … “…,” he told Reuters": Brooks, not Machado); else None."""
    last = next((q for q in reversed(quotes) if q.end <= offset), None)
    if last is None or last.speaker is None or last.speaker.actor is None or offset - last.end > _DESCRIBED_WINDOW:
        return None
    actor = next((a for a in actors if a.id == last.speaker.actor), None)
    return actor if actor is not None and actor.label == "PER" and may_stand_for(pronoun, actor.name) else None


def _fitting_before(text: str, people: Intervals, pronoun: str, offset: int) -> Actor | None:
    """Past the people of the other gender named shortly before `offset`, the
    last one whose first name is of the pronoun's gender ("Mrs. Brady
    called the bill Clinton signed … But she said": Sarah Brady), when no
    one is described by a noun in between; else None."""
    last = people.last_before(offset)
    while last is not None and offset - last[1] <= _DESCRIBED_WINDOW:
        actor = last[2]
        if gender_of(actor.name) is not None and may_stand_for(pronoun, actor.name):
            return None if someone_described(text, last[1], offset) else actor
        last = people.last_before(last[0])
    return None


def _last_to_speak(quotes: list[Quote], offset: int, others: list[tuple[int, int, bool]]) -> bool:
    """Whether the last speaker no actor names (`others`) spoke the last
    quote before `offset` that has a speaker; not when someone spoke since
    ("…'', zegt een oud-medewerker. … Niet waar, vindt de directeur. Hij …")."""
    for quote in reversed(quotes):
        if quote.end < offset - _DESCRIBED_WINDOW:
            return True  # no one spoke close by; the described speaker's own window is checked apart
        if quote.end <= offset and quote.speaker is not None:
            return not others or quote.speaker.start == others[-1][0]
    return True


def _described_before(
    text: str, people: Intervals, others: list[tuple[int, int, bool]], offset: int, pronoun: str
) -> tuple[int, int] | None:
    """The speaker phrase a pronoun at `offset` points to when the last one
    to speak before it is no actor ("…'', benadrukt de vrouw. … ,,…'',
    vertelt ze."): that speaker's, when it is no group, no person was named
    since and it spoke close by; else None."""
    if not others or offset - others[-1][0] > _DESCRIBED_WINDOW:
        return None
    start, end, group = others[-1]
    last = people.last_before(offset)
    while last is not None and last[1] > end and _whose(text, last[0], last[1], last[2].name):
        last = people.last_before(last[0])  # "zoals Zue's regentank": no one who may speak
    # a sentence before the pronoun's own opening with someone described ("De man zelf wil …")
    own = max(text.rfind(". ", end, offset), text.rfind("\n", end, offset))
    described = own > end and any(may_be(pronoun, word) for _, word in described_openings(text, end, own + 1))
    # "three Russian deputy foreign ministers and a vice defence minister": more than one, whom "he" is not
    # (the head before "van"/"of": "een woordvoerder van wethouder Laurens Ivens" is one)
    head = re.split(r"\s(?:van|of|for|voor|bij|at)\s", text[start:end])[0].split()
    many = " and " in text[start:end] or " en " in text[start:end] or bool(head) and head[-1].islower() and plural_noun(head[-1])
    # "the Russian army", "de politie": a body, for which "he" or "she" does not stand
    noun = re.split(r",|\s(?:in|from|uit)\s", " ".join(head))[0].split()  # "X, een talent in de partij": X
    body = bool(noun) and (noun[-1].lower() in BODY_NOUNS or is_organisation_noun(noun[-1]))
    if group or many or body or (last is not None and last[1] > end) or described:
        return None  # a group, or someone named or described since: not clear whom the pronoun means
    return start, end


def _antecedent(text: str, people: Intervals, offset: int, others: list[int], quoted: Intervals) -> Actor | None:
    """The last person named before `offset` outside quotation marks, unless a sentence since then
    opens with a person or group described by a noun ("De woordvoerster …",
    "The spokesman …"), or a quote since then has a speaker who is no
    actor (`others`: where they were named, sorted): the pronoun more likely points
    to them, so the speaker is unknown rather than wrong."""
    last = _unquoted(people, quoted, people.last_before(offset))
    if last is not None and _spoken_of(text, last[0], offset):
        topic = last[2]  # not them at all: any earlier mention of theirs too
        while last is not None and last[2] is topic:
            last = _unquoted(people, quoted, people.last_before(last[0]))
    while last is not None and (_of_someone(text, last[0]) or _AT_A_PLACE.search(text, max(0, last[0] - 16), last[0])):
        # "de vader van Gökmen, … zei hij": the father; "op de Kale Duinen": a place, whatever its label
        last = _unquoted(people, quoted, people.last_before(last[0]))
    if last is not None and (of_a_thing(text, last[0]) or _whose(text, last[0], last[1], last[2].name)):
        # "haalt Trump een brief van Kim uit zijn binnenzak. ,,…'', zei hij", "Trump koestert Kims post.
        # Hij …": the one the sentence names before; before a genitive ("zoals Zue's regentank"), whoever was named before
        earlier = _unquoted(people, quoted, people.last_before(last[0]))
        same = earlier is not None and earlier[0] >= sentence_start(text, last[0])
        if earlier is not None and earlier[2] is not last[2] and (same or _whose(text, last[0], last[1], last[2].name)):
            last = earlier
    if last is not None and sentence_start(text, last[0]) < sentence_start(text, offset) and _after_a_subject_pronoun(text, last[0]):
        # "He shared victory with Matthew Pinsent … he said": the pronoun goes on
        # with that sentence's subject, whom the name before it names, not its object
        last = _unquoted(people, quoted, people.last_before(sentence_start(text, last[0])))
    if last is None:
        return None
    _, mention_end, actor = last
    if bisect_left(others, mention_end) < bisect_left(others, offset):
        return None  # one of them named at or after the person, before the pronoun
    if someone_described(text, mention_end, offset, person=True):
        return None
    return actor


#: A preposition of place and a lower-case article right before a name ("op de Kale Duinen"): a place, whatever
#: its label, where no pronoun for a person points.
_AT_A_PLACE = re.compile(r"\b(?:" + "|".join(sorted(PLACE_PREPOSITIONS)) + r")\s+(?:de|het)\s+$")


def _of_someone(text: str, at: int) -> bool:
    """A name at `at` after a person noun and "van"/"of" ("de vader van
    Gökmen"): the one described is someone else, whom a pronoun after it
    more likely means."""
    return after_a_person_noun(text[max(0, at - 60) : at].split(), ("van", "of"))


def _whose(text: str, start: int, end: int, name: str) -> bool:
    """A name in the genitive before a lower-case word ("Kims post", "Kim's
    letter", "Primakov 's pledge"): whose the thing is, not who acts. Not a
    name that ends in "s" itself ("David Richards was furious")."""
    after = text[end : end + 30].split()
    said = text[start:end]
    if after[:1] in (["'s"], ["’s"]):
        after = after[1:]
    elif not (said.endswith(("'s", "’s")) or said.endswith("s") and not name.endswith(said)):
        return False
    word = after[0].rstrip(".,;:!?") if after else ""
    return word.isalpha() and word.islower()


def _after_a_subject_pronoun(text: str, at: int) -> bool:
    """Whether the sentence of a name at `at` opens with a pronoun for one
    person before it ("He shared victory with X"): X is that sentence's object."""
    start = sentence_start(text, at)
    words = text[start:at].split()
    # one clause ("He and co-driver X were unhurt but team boss Y was furious": Y is a subject too)
    return bool(words) and words[0] in _SUBJECT_PRONOUNS and not any(w.strip(",;").lower() in _JOINS or w.endswith((",", ";")) for w in words)


_SUBJECT_PRONOUNS = frozenset("He She Hij Zij Ze".split())
_JOINS = frozenset("and but or while en maar of terwijl".split())


def _unquoted(people: Intervals, quoted: Intervals, last):
    """`last` or the person named before it, outside quotation marks: one
    named in someone's words ("I know Olly's situation") is not the one speaking."""
    while last is not None and quoted.overlaps(last[0], last[1]):
        last = people.last_before(last[0])
    return last


def _named_between(text: str, people: Intervals, end: int, pronoun: int) -> bool:
    """A person named after a statement and before its cue's pronoun, in the
    same sentence ("…, had chirurg X niet verwacht toen hij … schreef"): the
    pronoun's own antecedent."""
    last = people.last_before(pronoun)
    return pronoun > end and last is not None and last[0] >= end and not SENTENCE_END.search(text, end, pronoun)


def _spoken_of(text: str, start: int, offset: int) -> bool:
    """A person named after "over" or "tegen" in the pronoun's own sentence
    ("Over Eringa zegt ze", "Tegen Jansen zei hij"): whom the speaker
    speaks of or to, not whom the pronoun means."""
    before = re.split(r"[.!?\n]", text[max(0, start - 30) : start])[-1].split()  # in the name's own sentence
    # "Tegen persbureau Demirören zei hij": a noun for what they are may come between
    of = bool(before) and (before[-1].lower() in _OF_OR_TO or (len(before) > 1 and before[-2].lower() in _OF_OR_TO and before[-1].islower()))
    return of and not SENTENCE_END.search(text, start, offset)


_OF_OR_TO = frozenset("over tegen about to".split())
