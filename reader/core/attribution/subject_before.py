"""Who the sentence before a cue-less quote is about, by its parse.

News tells of someone and then quotes them: "Dus klinkt
softwareontwikkelaar Cory Zue opgetogen. ,,…''", "Een bewoner van nummer
58 was enorm geschrokken. ,,…''", "Afgelopen donderdag kreeg ze een bericht
van de bank. ,,…''". The subject of that sentence's main verb is the
likely speaker wherever it stands, which word order alone
(`introduced.py`: a name opening the sentence) does not see.

Found while the sentence's Doc is at hand (`QuoteFinder.direct`) and kept
on the quote as `Found.introducer`; used only after every other rule has
left the quote without a speaker, and only when the sentence is no quote
and no silence (`introduced.subject_speakers`). Only a person counts: one
person named, a singular pronoun ("ze" before a singular verb), or a
person described by a noun ("een bewoner van nummer 58"); an organisation
or a place as subject is more often the topic than who speaks next.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from .introduced import sentence_before
from .phrases import finite
from .roles import may_be
from .people import ONE_PERSON, described_openings, describes_a_person, one_described, plural_noun

if TYPE_CHECKING:
    from .quotes import QuoteFinder

#: The subject is "ze"/"zij" and the verb plural ("ze wonen"): a group.
_PLURAL = "Plur"
#: How far before a pronoun subject only one person may be named (about
#: two sentences): with two, which one "ze" is needs more than word order.
_PRONOUN_WINDOW = 300


def subject_before(finder: "QuoteFinder", start: int) -> tuple[tuple[int, int], bool] | None:
    """The speaker phrase (and whether it is a pronoun for one person) that
    the sentence right before a quote at `start` has as its subject; None
    when that sentence is not parsed or its subject is no person."""
    before = sentence_before(finder.text, finder.paragraphs, start)
    span = finder.tokens(*before) if before else None
    if span is None or not finder.phrases.parsed:
        return None
    # the parser may split a sentence in two ("Ook buurman | Jan de Vries maakt …"): the root that is a verb
    roots = [token for token in span if token.dep_ == "ROOT"]
    root = next((token for token in roots if token.pos_ in ("VERB", "AUX")), roots[0] if roots else None)
    subject = finder.phrases.subject_of(root.i) if root is not None else None
    # "Vooropgesteld: ook X vindt …": a word before a colon labels, it does not act
    label = subject is not None and finder.text[subject[1] :].lstrip().startswith(":")
    speaker = (None if label else finder.checked_speaker(subject)) or _another_subject(finder, root, subject)
    speaker = speaker or (_after_the_verb(finder, root, span) if subject is None else None)
    if speaker is None:
        return None
    if finder._pronoun(speaker):
        word = finder.text[speaker[0] : speaker[1]]
        one = finder._pronoun(speaker, singular=True) or (
            word.lower() in ("ze", "zij") and _PLURAL not in root.morph.get("Number") and not root.text.endswith("en")
        )
        if not one:
            return None
        if _one_person_before(finder, speaker[0]):
            return speaker, True
        described = _described_before(finder, speaker[0])
        if described is not None:
            return described, False
        # as "…, zegt ze" is: the last person named, unless the words before their name say otherwise
        return (speaker, True) if _last_person_may_be(finder, speaker[0], word) else None
    phrase = finder.tokens(*speaker)
    if any(token.ent_type_ and token.ent_type_ not in ("PER", "PERSON") for token in phrase):
        return None  # an organisation or a place: the topic, not who speaks next
    named = finder.names.overlapping(*speaker)  # the actors named in it
    if any(getattr(actor, "label", "PER") != "PER" for actor in named) or len({id(a) for a in named}) > 1:
        return None
    person = named or any(token.ent_type_ for token in phrase)
    if not person and len(phrase) == 1:
        return None  # "ronselaars": a kind of people, not one who speaks
    if not (person or any(finder.roles.is_role_word(t) for t in phrase) or describes_a_person(phrase)):
        return None  # "de politie", "het bestuur": a body, which speaks through someone
    return speaker, False


def _another_subject(finder: "QuoteFinder", root, subject: tuple[int, int] | None) -> tuple[int, int] | None:
    """A second subject the parse gives the verb, a name or a pronoun for a
    person, when the first is no speaker ("Haar rooster … krijgt ze …":
    two subjects is a wrong parse, and "ze" is likelier right)."""
    if root is None:
        return None
    for child in root.children:
        inside = subject is not None and subject[0] <= child.idx < subject[1]
        if child.dep_ == "nsubj" and not inside and (child.pos_ == "PROPN" or child.lower_ in ONE_PERSON):
            name = next((e for e in child.doc.ents if e.start <= child.i < e.end), None)  # the whole name, not "Frank"
            return finder.checked_speaker((name.start_char, name.end_char) if name else (child.idx, child.idx + len(child)))
    return None


def _after_the_verb(finder: "QuoteFinder", root, span) -> tuple[int, int] | None:
    """ "Zelf weigert de staatssecretaris daarom …": in a Dutch main clause
    that opens with an adverb or a preposition, the phrase right after the
    finite verb is its subject, when the parse gave the verb none (it took
    "de staatssecretaris" for an object)."""
    if finder.lang != "nl" or root is None or root.i + 1 >= span.end or not finite(root):
        return None
    if root.i == span.start or span[0].pos_ not in ("ADV", "ADP") or span[0].text == "Er":
        return None
    first = finder.doc[root.i + 1]
    noun = first.head if first.dep_ == "det" else first
    if noun.pos_ not in ("NOUN", "PROPN") or not root.i < noun.left_edge.i <= noun.right_edge.i < span.end:
        return None
    return finder.checked_speaker((noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)))


def _last_person_may_be(finder: "QuoteFinder", pronoun: int, word: str) -> bool:
    """Whether the last person named shortly before the pronoun `word` at
    `pronoun` may be whom it stands for: not when the words just before
    the name give the other gender ("Een buurman, Kees Dekker, hielp haar.
    Toen dacht ze …": not him) or their sentence names someone else too."""
    window = max(0, pronoun - _PRONOUN_WINDOW)
    named = [(s, id(a)) for s, _, a in finder.names.starting_between(window, pronoun) if getattr(a, "label", "PER") == "PER"]
    if not named:
        return False
    start, person = max(named)
    sentence = finder.sentences[finder.sentence_at(start)]
    if any(other != person for s, other in named if sentence[0] <= s < sentence[1]):
        return False  # "Vermeulen en Dekker zien elkaar nog. Daarna ging hij …": which one is not clear
    before = re.split(r"[.!?]\s", finder.text[max(0, start - _DESCRIPTION_CHARS) : start])[-1]
    return all(may_be(word, w) for w in re.findall(r"\w+", before.lower()))


#: How far before a name its description is looked for ("Een buurman, ").
_DESCRIPTION_CHARS = 40


def _described_before(finder: "QuoteFinder", pronoun: int) -> tuple[int, int] | None:
    """ "Een medewerker van de winkel … kan het niet geloven. Rond vier uur
    schrok ze van een knal. ,,…''": with no one named before the pronoun at
    `pronoun`, the one person a sentence shortly before opens with, by a
    noun for what they are or do; None with none or two of them."""
    window = max(0, pronoun - _PRONOUN_WINDOW)
    # a person named inside a quotation is spoken of or to ("'Als je Thierry …', riep ze"), not meant
    marked = finder.marked  # in text order, none inside another: looked up, not walked (thousands in a long text)
    first, last = bisect_right(marked, window, key=lambda m: m.end), bisect_left(marked, pronoun, key=lambda m: m.start)
    quoted = [(m.start, m.end) for m in marked[first:last]]
    named = [(s, e, actor) for s, e, actor in finder.names.starting_between(window, pronoun) if not any(a <= s < b for a, b in quoted)]
    if any(getattr(actor, "label", "PER") == "PER" for _, _, actor in named):
        return None
    found = []
    for opening, noun in described_openings(finder.text, window, pronoun):
        if any(m.start < opening < m.end for m in finder.marked):
            continue  # inside a quotation: someone's words, not the writer's description
        start = finder.tokens(opening, opening + 1)
        phrase = finder.checked_speaker(finder.phrases.after(start.start, _verb_after(finder, start.start))) if start else None
        phrase = _up_to_the_noun(finder, phrase, noun)
        span = finder.tokens(*phrase) if phrase else None
        # "A spokesman for the American Stock Exchange …": a role noun after the article describes one too
        role = finder.roles.is_role_word(span[1] if len(span) > 1 else span[0]) if span is not None else False
        if span is None or not (describes_a_person(span) or role) or plural_noun(noun):
            return None  # not one person by a noun ("De bewoners"): whom "ze" means is not clear
        found.append(phrase)
    if len({finder.text[a:b].lower() for a, b in found}) != 1:
        return None
    return found[0]


def _up_to_the_noun(finder: "QuoteFinder", phrase: tuple[int, int] | None, noun: str) -> tuple[int, int] | None:
    """`phrase` up to its noun for the person when a lower-case word other
    than "van"/"of" follows it: a sentence that is not parsed has no tags
    to end the phrase at its verb ("The president arrived in …")."""
    span = finder.tokens(*phrase) if phrase else None
    at = next((t.i for t in span if t.lower_ == noun), None) if span is not None else None
    if at is None or at + 1 >= span.end:
        return phrase
    following = finder.doc[at + 1]
    noun_end = finder.doc[at].idx + len(finder.doc[at])
    if following.lower_ in _OF:
        # "Het hoofd van de AKP-afdeling van Istanbul | zwaaide": the phrases after it, each to its noun or name
        return phrase[0], min(phrase[1], _OF_PHRASES.match(finder.text, noun_end).end())
    if not following.text.islower():
        return phrase
    return phrase[0], noun_end


#: Words after a person's noun that go on with whose they are ("de woordvoerder van …").
_OF = frozenset("van voor bij uit of for from at with".split())
#: Those phrases: the word, an article, adjectives, then a name or a noun with a name after it
#: ("van de gemeentelijke dienst", "van wethouder Laurens Ivens", "of the American Stock Exchange").
_OF_PHRASES = re.compile(
    r"(?:\s+(?:" + "|".join(sorted(_OF)) + r")\s+(?:(?:de|het|een|der|den|the|a|an)\s+)?(?:[a-z][\w-]*e\s+)*"
    r"(?:[A-Z][\w&'’.-]*|[a-z][\w-]*)(?:\s+[A-Z][\w&'’.-]*)*)*"
)


def _verb_after(finder: "QuoteFinder", start: int) -> int:
    """The first verb after token `start`, by its tag or as a reporting
    verb (the tagger took "lacht" for an adverb): where the phrase that
    opens the sentence ends ("De trainer | lacht om de vraag")."""
    following = finder.doc[start + 1 :]
    return next((t.i for t in following if t.pos_ in ("VERB", "AUX") or t.lower_ in finder.verbs), len(finder.doc))


def _one_person_before(finder: "QuoteFinder", pronoun: int) -> bool:
    """Exactly one person named in the stretch before the pronoun at
    `pronoun` ("Sanne twijfelde. Een buurman, Kees, hielp haar. Toen
    dacht ze …": two, so "ze" is not resolved by being near)."""
    named = finder.names.overlapping(max(0, pronoun - _PRONOUN_WINDOW), pronoun)
    people = {id(actor) for actor in named if getattr(actor, "label", "PER") == "PER"}
    return len(people) == 1


def described_pronouns(finder: "QuoteFinder", quotes: list) -> None:
    """ "De woordvoerder laat zich niet van zijn stuk brengen. …, vervolgt
    hij.": a pronoun for one person that speaks, with no one named shortly
    before it, is the one person a sentence shortly before opens with by a
    noun (`_described_before`), when the pronoun may stand for them."""
    ordered = sorted(quotes, key=lambda q: q.start)
    for number, quote in enumerate(ordered):
        if not quote.pronoun or quote.speaker is None:
            continue
        word = finder.text[quote.speaker[0] : quote.speaker[1]]
        if word.lower() not in ONE_PERSON:
            continue
        described = _described_before(finder, quote.speaker[0])
        described = described or _described_speaker_before(finder, ordered, number)
        if described is not None and all(may_be(word, w) for w in finder.text[described[0] : described[1]].lower().split()):
            quote.speaker, quote.pronoun = described, False


def _described_speaker_before(finder: "QuoteFinder", ordered: list, number: int) -> tuple[int, int] | None:
    """ "A trader at a Japanese bank said …  He said …  [a sentence of the
    writer's]  "…," he said.": for quote `number` of `ordered` (all quotes,
    in order), the speaker of the statement right before (a quote paragraph
    with no cue goes on with the one before it), when that is one person
    described, not named, and no person is named from that statement on."""
    quote = ordered[number]
    if not number or quote.start - ordered[number - 1].end > _PRONOUN_WINDOW:
        return None
    earlier = (ordered[k] for k in range(number - 1, -1, -1))
    last = next((q for q in earlier if not (q.kind == "direct" and q.speaker is None and q.cue is None)), None)
    speaker = last.speaker if last is not None else None
    if speaker is None or last.pronoun:
        return None
    span = finder.tokens(*speaker)
    named = finder.names.overlapping(min(speaker[0], last.start), quote.speaker[0])
    if span is None or not one_described(span) or any(getattr(actor, "label", "PER") == "PER" for actor in named):
        return None
    return speaker


