"""A cue after a quote whatever its verb: “…”, lacht Jansen. / “…,” she
quipped. News varies the verb ("nuanceert ze", "grapt hij") past any
list; a sentence of nothing but a finite verb and a speaker after a
quotation's comma is a cue all the same (`QuoteFinder._cue_after`)."""

from __future__ import annotations

from .people import describes_a_person
from .phrases import finite


def any_verb_after(finder, begin: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """“…”, lacht Jansen. / “…,” she quipped.: after a quote and its comma,
    a sentence of nothing but a finite verb and a speaker is a cue,
    whichever the verb (news varies them: "nuanceert ze", "grapt hij").
    Only when the speaker ends the sentence, or phrases of time and place
    after it ("verzuchtte X onlangs tegen de krant"): “…”, staat in het
    rapport has no speaker, and “…”, kwam hij terug op … is no cue."""
    doc = finder.doc
    last = end
    while last > begin and doc[last - 1].is_punct:
        last -= 1
    if last - begin < 2 or last - begin > 16:
        return None
    first, final = doc[begin], doc[last - 1]
    if finder.lang == "nl" and (final.dep_ == "compound:prt" or final.lower_ in _PARTICLES):
        return None  # "'…' sprak Tom Watson de menigte toe": another verb (toespreken), with an object
    # "…'', probeerde ik nog.": an adverb or two after the speaker, as a phrase of time is
    for _ in range(2):
        if last - begin > 2 and doc[last - 1].pos_ == "ADV" and doc[last - 1].lower_ not in _NEGATIONS:
            last -= 1
    first, final = doc[begin], doc[last - 1]
    if _finite_verb(first) or (finder.lang == "nl" and _dutch_verb_form(first)):
        verb, speaker, start = first, finder.phrases.after(begin + 1, last), begin + 1
    elif finder.lang == "en" and (verb := _english_verb(finder, begin, last)) is not None:
        speaker, start = finder.phrases.after(begin, verb.i), begin  # "…,” an Israeli soldier yelled at Jamil in Hebrew.
    else:
        return None
    span = finder.tokens(*speaker) if speaker else None
    if span is None or span.start != start or len(span) > 8:
        return None
    apposition = span.end < last and doc[span.end].text == ","  # ", weet Aad de Mos, oud-trainer van Ajax."
    if span.end != (last if verb is first else verb.i) and not (
        verb is first and (apposition or finder.phrases_to_end(span.end, last))
    ):
        return None  # more than the verb, its speaker and when or where they spoke: another clause
    if verb is not first and not (
        any(t.ent_type_ for t in span) or span[0].pos_ == "PRON" or any(finder.roles.is_role_word(t) for t in span)
        or describes_a_person(span)
    ):
        return None  # "…,” the statement read: a person or someone named speaks a quote, not a thing
    if writer_speaks(span.text):
        return verb.text, speaker  # the writer, whom the reader does not name: no one before the quote either
    speaker = finder.checked_speaker(speaker)  # a name, a role or a pronoun: not "the banner"
    return (verb.text, speaker) if speaker else None


def _english_verb(finder, begin: int, last: int):
    """The finite verb after an English speaker phrase that ends the
    sentence, or has only phrases of how, where and to whom after it ("she
    quipped.", "an Israeli soldier yelled at Jamil in Hebrew.")."""
    verb = next((t for t in finder.doc[begin + 1 : last] if _finite_verb(t)), None)
    if verb is None or verb.i != last - 1 and not finder.phrases_to_end(verb.i + 1, last):
        return None
    return verb


#: Words that deny the verb ("…'', zegt hij niet"): no cue.
_NEGATIONS = frozenset("niet nooit not never".split())


def writer_speaks(speaker: str) -> bool:
    """Whether the speaker phrase is the writer ("…'', probeerde ik nog",
    "…,” I pleaded"), whom the reader does not name."""
    return speaker.lower() in ("ik", "wij", "we", "i")


def _finite_verb(token) -> bool:
    """A lowercase finite main verb (Dutch tag "pv": the model's morphology
    often leaves VerbForm out)."""
    return token.pos_ == "VERB" and token.text.islower() and (finite(token) or token.tag_.startswith("WW|pv"))


#: Dutch separable particles that end a clause: the verb is another one.
_PARTICLES = frozenset("toe aan op af uit mee over door terug na bij".split())
#: Parts of speech that are never the verb of a cue.
FUNCTION_TAGS = frozenset("ADP SCONJ CCONJ PRON DET NUM".split())


def _dutch_verb_form(token) -> bool:
    """A lowercase word shaped like a Dutch finite verb (present "-t",
    past "-de"/"-te"): the tagger, trained on no ,,…'' quotes, often calls
    the verb after one an adjective ("'', lacht Jansen")."""
    word = token.text
    if word in _NOT_VERBS or token.pos_ in FUNCTION_TAGS:
        return False
    return word.isalpha() and word.islower() and word.endswith(("t", "de", "te"))


#: Dutch adverbs and function words with a verb's ending.
_NOT_VERBS = frozenset(
    "niet echt ooit net wat dat want omdat tot met eerst meest best laatst liefst vast zelfs juist slechts"
    " straks onlangs nooit toch dit iets niets uit ondanks sindsdien vooraleer".split()
)
