"""Interviews: the writer asks, the one interviewed answers.

A Dutch interview addresses its subject as "u" in the writer's own text
("In 1998 muntte u de term Leitkultur.", "U ontbeert die steun?") and puts
the answers in quotation marks after the questions, with no cue ("Wat kan
Europa hiertegen doen? '…'"). Such a quote is the interviewed person's:
the article's main person (`introduced.main_person`). Only in an
article that says "u" at least twice outside quotations, only after a
question of the writer's or a statement put to "u" ("Volgens uw critici
…"), and only when one person is clearly the main one; anywhere else a
question before a quote tells nothing of who answers.

An interview may also be printed as its subject's words alone, paragraph
after paragraph, with no cue at all (`one_voice`): then the quotes are the
one person the article names outside them and they do not speak of. And
in any article a cue-less quote in someone's own voice goes on with the
last speaker when the writer has named no one else since (`own_voice`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from .genders import may_stand_for
from .group_pronouns import SENTENCE_END
from .intervals import Intervals
from .introduced import main_person, uncued
from .sentences import Paragraphs

if TYPE_CHECKING:
    from .found import Found

#: "u"/"uw" as a word, not an initial ("U. Jansen").
_YOU = re.compile(r"\b[Uu]w?\b(?![.\-'’])")
#: How often the writer says "u" outside quotations in an interview.
_ADDRESSED = 2
#: A word of someone speaking in their own voice, to someone.
_OWN_VOICE = re.compile(r"\b(?:[Ii]k|[Mm]ij|[Mm]ijn|[Mm]e|[Ww]e|[Ww]ij|[Oo]ns|[Oo]nze|[Jj]e|[Jj]ij|[Jj]ou|[Jj]ouw|I|[Mm]y|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)\b")
#: How far before a quote its speaker is named or heard at most (`own_voice`), in characters,
#: and how many sentences may end after the name or words of anyone but the main person.
_NEAR, _SENTENCES_SINCE = 600, 2


def interview_answers(quotes: list["Found"], paragraphs: Paragraphs, persons: Intervals) -> None:
    """Cue-less quotes after the writer's questions are the interviewed
    person's answers (see the module). `persons`: (start, end, actor)
    values of every person's mention."""
    text = paragraphs.text
    if _addressed(text, quotes) < _ADDRESSED:
        return
    main = main_person(persons)
    if main is None:
        return
    mentions = [(start, end) for start, end, (_, _, actor) in persons.items() if actor is main]
    prompted = [quote for quote, before, _ in uncued(quotes, paragraphs) if _prompts(text, before)]
    # "U doelt op taqiyya? Docerend: '…'": a manner phrase and a colon after the question
    prompted += [q for q in quotes if q.kind == "direct" and q.speaker is None and q.cue == ":" and _after_a_question(text, q.start)]
    for quote in prompted:
        named = [mention for mention in mentions if mention[1] <= quote.start]
        if named:
            quote.speaker = named[-1]


def _prompts(text: str, before: tuple[int, int]) -> bool:
    """Whether the writer's sentence `before` an answer prompts it: a
    question ("Wat kan Europa doen?") or a statement put to the one
    interviewed ("Volgens uw critici …")."""
    sentence = text[before[0] : before[1]].rstrip()
    return sentence.endswith("?") or _YOU.search(sentence) is not None


def _after_a_question(text: str, at: int) -> bool:
    """Whether a quote at `at` follows a question and a short phrase with a colon."""
    return _MANNER_AFTER_QUESTION.search(text, max(0, at - 60), at) is not None


#: A question's mark, then a phrase of at most four words and a colon ("? Met een diepe zucht: ").
_MANNER_AFTER_QUESTION = re.compile(r"\?['’\"”]*\s+(?:[^\s.!?:]+\s+){0,3}[^\s.!?:]+:\s*$")


def _addressed(text: str, quotes: list["Found"]) -> int:
    """How often the writer says "u" outside the direct quotes."""
    count, position = 0, 0
    for quote in sorted((q for q in quotes if q.kind == "direct"), key=lambda q: q.start):
        count += len(_YOU.findall(text, position, max(position, quote.start)))
        position = max(position, quote.end)
    return count + len(_YOU.findall(text, position))


def one_voice(quotes: list["Found"], paragraphs: Paragraphs, persons: Intervals) -> None:
    """An article with one voice: when no quote has a speaker yet, the
    direct quotes with no cue in the first person singular ("ik", "mijn")
    are the one person named outside them whom none of them speaks of by
    name: the person the article is about ("X (35) klaagt Boeing aan",
    then her words in paragraphs of their own, "want Jackson is zo'n
    geluksvogel" about the other). Only with two such quotes or more, and
    never when more than one person is left. Run after the other rules."""
    if any(q.speaker is not None for q in quotes):
        return
    text = paragraphs.text
    mine = [q for q in quotes if q.kind == "direct" and q.cue is None and _FIRST_PERSON.search(text, q.start, q.end)]
    if len(mine) < 2:
        return
    inside = Intervals((q.start, q.end, q) for q in quotes)
    said = " ".join(text[q.start : q.end] for q in quotes)
    outside = [(s, e, actor) for s, e, (_, _, actor) in persons.items() if not inside.overlaps(s, e)]
    spoken_of = {id(actor) for s, e, actor in outside if any(_named(word, said) for word in text[s:e].split())}
    left = {id(actor): actor for _, _, actor in outside if id(actor) not in spoken_of}
    if len(left) != 1:
        return
    mentions = [(s, e) for s, e, actor in outside if id(actor) in left]
    for quote in mine:
        before = [mention for mention in mentions if mention[1] <= quote.start]
        quote.speaker = before[-1] if before else mentions[0]


def _named(word: str, said: str) -> bool:
    """Whether the quotes name someone by `word` of their name ("Jackson" of "Jackson Musoni")."""
    return word[:1].isupper() and len(word) > 2 and re.search(rf"\b{re.escape(word)}\b", said) is not None


#: A quotation that closes with a comma inside its marks: its cue follows it.
_COMMA_BEFORE_CLOSE = re.compile(r",\s*(?:''|[\"'”’»])$")
#: A word of the first person singular.
_FIRST_PERSON = re.compile(r"\b(?:[Ii]k|[Mm]ij|[Mm]ijn|[Mm]e)\b")


def own_voice(quotes: list["Found"], persons: Intervals, text: str, others: Intervals) -> None:
    """A cue-less direct quote still without a speaker is the last
    speaker's when the writer names them last before it (not inside a
    quotation), shortly before it (their name or their last words at most
    `_NEAR` characters back): "Dwangsommen vragen vond hij 'kinderachtig',
    totdat … Kevins cliënten begonnen te klagen. '…'" in a portrait; "Later
    diende het gezin een verzoek in, waardoor moeder Armina terug mag. ,,Ik
    heb Howick meteen gebeld …''" after her earlier words; an expert's
    "we" after a sentence of the writer's. Anyone but the article's main
    person (`main_person`) only when named or heard in one of the two
    sentences before the quote (a longer account of the writer's may be
    someone else's source) and with no organisation named since (`others`:
    the mentions of people and organisations that may speak; one may have
    spoken). Only when the quote speaks in the first or second person
    (someone's own voice, not the words of a law or the name of a work) and
    does not name them (that is someone speaking of them), and not right
    after another quotation (a turn in a dialogue). Run after the other
    rules: any speaker they found is surer. `quotes` are in text order."""
    inside = Intervals((q.start, q.end, q) for q in quotes)
    named = _named_by_the_writer(persons, inside)
    names: dict[int, set[str]] = {}  # the words of each speaker's names, found once
    main = main_person(persons)
    last_speaker, last_end = None, 0
    for number, quote in enumerate(quotes):
        if quote.speaker is not None:
            last_speaker, last_end = _actor_of(quote.speaker, quote.pronoun, persons, named, text), quote.end
            continue
        person = last_speaker  # whose own voice the quote may go on with
        if quote.kind != "direct" or quote.cue is not None or person is None or not _OWN_VOICE.search(text, quote.start, quote.end):
            continue
        if _COMMA_BEFORE_CLOSE.search(text, quote.start, quote.end):
            continue  # '"…," the official told Reuters': a cue follows that was not read, maybe someone else's
        previous = quotes[number - 1] if number else None
        if previous is not None and 0 < quote.start - previous.end and not text[previous.end : quote.start].strip():
            continue  # right after another quotation: a turn in a dialogue, the other's
        last = persons.last_before(quote.start)
        # near the name or their last words; not named inside a quotation: spoken to or of ("…, Theodor." "…")
        if last is None or last[2] is not person or quote.start - max(last[1], last_end) > _NEAR or inside.overlaps(last[0], last[1]):
            continue
        since = max(last[1], last_end)
        if person is not main and (len(SENTENCE_END.findall(text, since, quote.start)) > _SENTENCES_SINCE or others.overlapping(since, quote.start)):
            continue
        if id(person) not in names:
            names[id(person)] = {word for s, e, (_, _, actor) in persons.items() if actor is person for word in text[s:e].split()}
        if any(re.search(rf"\b{re.escape(word)}\b", text[quote.start : quote.end]) for word in names[id(person)] if word[:1].isupper()):
            continue
        quote.speaker = (last[0], last[1])
        last_end = quote.end


def _named_by_the_writer(persons: Intervals, inside: Intervals) -> tuple[list, list[int]]:
    """The mentions of people outside the quotations, (start, end, actor) in
    text order, and where each ends (to find those before an offset)."""
    named = sorted(((s, e, value[2]) for s, e, value in persons.items() if not inside.overlaps(s, e)), key=lambda m: m[:2])
    return named, [end for _, end, _ in named]


def _actor_of(speaker: tuple[int, int], pronoun: bool, persons: Intervals, named: tuple[list, list[int]], text: str):
    """The person a speaker phrase names, or the one a pronoun speaker
    most likely means: the last person the writer named before it (`named`:
    not inside a quotation, where people are spoken to or of) whom the
    pronoun fits ("ze" not for "Pier Eringa"); None if neither."""
    mentioned = persons.overlapping(*speaker)
    if mentioned:
        return mentioned[0][2]
    if not pronoun:
        return None
    word, (mentions, ends) = text[speaker[0] : speaker[1]], named
    last = bisect_right(ends, speaker[0]) - 1  # the last mention that ends before it, then back
    fitting = (mentions[i][2] for i in range(last, -1, -1) if may_stand_for(word, getattr(mentions[i][2], "name", "")))
    return next(fitting, None)
