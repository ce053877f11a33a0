"""Speakers carried from one quote to the next: a split quote, a quote
paragraph without a cue right after one of X's quotes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from collections.abc import Iterable

from .group_pronouns import SENTENCE_END
from .intervals import Intervals
from .interview import interview_answers, one_voice, own_voice
from .introduced import introduced_speakers, protagonist_speakers, subject_speakers
from .sentences import Paragraphs
from .people import plural_noun, someone_described

if TYPE_CHECKING:
    from .quotes import Found


def continue_speakers(quotes: list[Found], paragraphs: Paragraphs) -> None:
    """Split quotes and cue-less quote paragraphs take the speaker of the
    quote just before them when nothing stands between but the cue or a
    paragraph break. `quotes` are the direct ones in `paragraphs`' text."""
    text = paragraphs.text
    for previous, quote in zip(quotes, quotes[1:]):
        if quote.speaker is not None or previous.speaker is None:
            continue
        here, before = paragraphs.at(quote.start), paragraphs.at(previous.end - 1)
        speaker_text = text[previous.speaker[0] : previous.speaker[1]]
        # “…”, zei X, “…”: the cue between the halves names the speaker.
        between = text[previous.end : quote.start]
        split = here == before and previous.speaker[1] <= quote.start and _only_the_cue(between, speaker_text)
        # A paragraph that is only a quote, right after X's quote.
        continued = here == before + 1 and paragraphs.fills(quote.start, quote.end)
        # “…” En: “…”: the writer adds more of the same speaker's words
        more = here - before in (0, 1) and _MORE.fullmatch(between) is not None
        if split or continued or more:
            quote.speaker, quote.cue, quote.pronoun = previous.speaker, previous.cue, previous.pronoun


def _only_the_cue(between: str, speaker: str) -> bool:
    """Whether `between` two quotes is the sentence of their cue (", zei X,
    "; ", verklaart X maandag tegen de NOS. "), not also sentences of the
    writer's own after it in which the speaker happens to be named."""
    ends = list(_SENTENCE_ENDS.finditer(between))
    # after the cue's sentence, nothing but the quote: not "… X. Kabinetsleden zeggen dat …, '…'"
    return speaker in between and len(ends) <= 1 and not (ends and between[ends[-1].end() :].strip())


_SENTENCE_ENDS = SENTENCE_END
#: Between two quotes of one speaker: "En:", "Maar ook:", "And:".
_MORE = re.compile(r"\s*(?:(?:En|Maar|Of|And|But|Or)(?: ook| also)?|Ook|Also)\s*:\s*")
#: Text that ends with a sentence (or a colon) and white space.
_ENDS_A_SENTENCE = re.compile(r"[.!?:][\"'”’»]*\s*$")


#: What may stand between a statement and the cue-less quote sentence that
#: follows it: the rest of the statement's sentence (", concludeert X."),
#: a colon ("X zegt:"), closing marks, space.
_SENTENCE_END = re.compile(r"[^.!?:\n]*[.!?:][\"'”’»]*\s*")


#: A quotation that closes with a full stop or exclamation mark inside its marks (a question is answered by another).
_STATEMENT_END = re.compile(r"[.!…][\"'”’»]{1,2}$")
#: What may stand between a reported statement and a quote that goes on with it.
_SAME_SENTENCE = re.compile(r"\s*,\s*")


def carry_speakers(quotes: list[Found], paragraphs: Paragraphs, people: Intervals) -> None:
    """A direct quote with no cue of its own that opens the sentence right
    after an attributed statement, in the same paragraph or opening the
    next when the statement ends its own, is the same speaker's ("…,
    concludeert X. ,,…''" / "X zegt: ,,…''"), unless someone else is named
    in between. `quotes` are all quotes found, in
    order; `people` the mentions of persons and organisations (values:
    anything)."""
    text = paragraphs.text
    previous = None
    for quote in quotes:
        if (
            previous is not None
            and quote.kind == "direct"
            and quote.speaker is None
            and quote.cue is None
            and previous.speaker is not None
            and previous.end <= quote.start
            and (
                _follows(text, paragraphs, previous, quote)
                or _opens_next_paragraph(text, paragraphs, previous, quote)
                or (_follows_closely(text, paragraphs, previous, quote) and not _of_them(text, previous, quote))
            )
            and all(
                _inside(m, previous.speaker) or _in_apposition(text, m, previous.speaker) or _spoken_of(text, m, quote)
                for m in people.overlapping(previous.end, quote.start)
                if m[0] >= previous.end  # not the name the statement ends in ("past bij T. ,,…''")
            )
        ):
            quote.speaker, quote.cue, quote.pronoun = previous.speaker, previous.cue, previous.pronoun
        previous = quote if quote.speaker is not None or quote.kind == "direct" else previous


def context_speakers(
    quotes: list[Found], paragraphs: Paragraphs, mentions: Iterable[tuple[int, int, object]]
) -> None:
    """The speakers the context gives, once every quote is found
    (`carry_speakers`, then `introduced_speakers`). `quotes` are all quotes,
    in order; `mentions` (start, end, actor) every mention of an actor (a
    value without a label counts as a person)."""
    labelled = [(start, end, actor, getattr(actor, "label", "PER")) for start, end, actor in mentions]
    text = paragraphs.text
    people = Intervals(
        (s, e, (s, e))
        for s, e, _, label in labelled
        if label == "PER" or (label == "ORG" and not _WHERE.search(text, max(0, s - 12), s))
    )
    carry_speakers(quotes, paragraphs, people)
    persons = Intervals((s, e, (s, e, actor)) for s, e, actor, label in labelled if label == "PER")
    introduced_speakers(quotes, paragraphs, persons)
    addressed_speakers(quotes, text, persons)
    protagonist_speakers(quotes, paragraphs, persons)
    interview_answers(quotes, paragraphs, persons)
    subject_speakers(quotes, paragraphs)
    carry_speakers(quotes, paragraphs, people)  # again: from the quotes those rules gave a speaker
    one_voice(quotes, paragraphs, persons)
    own_voice(quotes, persons, text, people)
    headline_speakers(quotes, paragraphs)


def addressed_speakers(quotes: list[Found], text: str, persons: Intervals) -> None:
    """In a dialogue, a cue-less quote right after one that ends by
    addressing a person ("'…, Theodor.' 'Mijn mannelijkheid?'") is that
    person's answer, and so is every second quote after it while the
    quotes follow each other with nothing between: two people take turns."""
    for number, (previous, quote) in enumerate(zip(quotes, quotes[1:]), start=1):
        if not _answers(previous, quote, text):
            continue
        called = _ADDRESSED.search(text, previous.start, previous.end)
        named = persons.overlapping(*called.span(1)) if called else []
        if named:
            quote.speaker = called.span(1)
            _their_turns(quotes, number, text, called.group(1))


def _answers(previous: Found, quote: Found, text: str) -> bool:
    """`quote` is a cue-less direct quote straight after the direct quote `previous`."""
    if quote.kind != "direct" or previous.kind != "direct" or quote.speaker is not None or quote.cue is not None:
        return False
    return not text[previous.end : quote.start].strip()  # words between: not a reply straight after


def _their_turns(quotes: list[Found], first: int, text: str, name: str) -> None:
    """Every second quote after quote `first` (whose speaker is set) in an
    unbroken run of cue-less quotes is the same person's, until a quote of
    theirs addresses them by name (the turns are not as they seem)."""
    speaker = quotes[first].speaker
    for number in range(first + 2, len(quotes), 2):
        other, quote = quotes[number - 1], quotes[number]
        if not (_answers(quotes[number - 2], other, text) and _answers(other, quote, text)):
            return
        called = _ADDRESSED.search(text, quote.start, quote.end)
        if called and called.group(1) == name:
            return
        quote.speaker = speaker


#: A name closing a quotation after a comma: whom it speaks to.
_ADDRESSED = re.compile(r",\s+([A-Z][\w-]+)[.?!]?\s*['’\"”]{1,2}$")


#: "op Airbnb", "via Facebook", "in de Volkskrant", "on Twitter": an
#: organisation named as where something stands, not one who may speak next.
_WHERE = re.compile(r"\b(?:op|via|in|on)\s+(?:de\s+|het\s+|the\s+)?$")


def headline_speakers(quotes: list[Found], paragraphs: Paragraphs) -> None:
    """A quote in the headline without a speaker is the speaker's whose
    quote further on has most of its words ("'Ik ga niet in op wat mensen
    schrijven'" above ",,Ik ga niet in op wat mensen op een spandoek
    schrijven'', zegt X"): headlines repeat a quote from the article."""
    text = paragraphs.text
    words_of = lambda q: set(_WORDS.findall(text[q.start : q.end].lower()))
    said = None  # the later quotes with a speaker and their words, made when first needed
    for quote in quotes:
        if paragraphs.at(quote.start) != 0 or quote.speaker is not None or quote.kind != "direct":
            continue
        words = words_of(quote)
        if len(words) < _HEADLINE_WORDS:
            continue
        if said is None:
            said = [(q, words_of(q)) for q in quotes if q.speaker is not None and paragraphs.at(q.start) > 0]
        best, shared = max(((q, len(words & other)) for q, other in said), key=lambda pair: pair[1], default=(None, 0))
        if best is None or shared < _HEADLINE_SHARE * len(words):
            best = _lead_statement(quotes, paragraphs)
        if best is not None:
            quote.speaker, quote.cue, quote.pronoun = best.speaker, best.cue, best.pronoun


def _lead_statement(quotes: list[Found], paragraphs: Paragraphs) -> Found | None:
    """The statement that opens the article, in the first sentence after
    the headline, when it names its speaker ("Er zijn nog steeds
    aanhangers … Dat heeft de NCTV gisteren bekendgemaakt." under
    "'Jihadi's blijven aanslagen plannen in Nederland'"): a headline in
    quotation marks sums up what the lead says."""
    if len(paragraphs.ranges) < 2:
        return None
    body = paragraphs.ranges[1][0]
    first = next((q for q in quotes if q.start >= body), None)
    if first is None or first.speaker is None or first.pronoun or first.start - body > _LEAD_CHARACTERS:
        return None
    # in the text's first sentence: not after a sentence of the writer's ("De bewoners moeten wijken. ,,…'', zegt X")
    return None if _SENTENCE_ENDS.search(paragraphs.text, body, first.start) else first


_WORDS = re.compile(r"\w+")
#: A headline quote of at least this many words, most of them (this share)
#: in a later quote, is that quote's speaker's.
_HEADLINE_WORDS = 3
_HEADLINE_SHARE = 0.6
#: How far into the text after the headline its first statement may start to be the lead's.
_LEAD_CHARACTERS = 300


def _follows(text: str, paragraphs: Paragraphs, previous: Found, quote: Found) -> bool:
    """`quote` opens the sentence after `previous`, in its paragraph."""
    return paragraphs.at(quote.start) == paragraphs.at(previous.end - 1) and bool(
        _SENTENCE_END.fullmatch(text, previous.end, quote.start)
        # "De groep zegt dat ze …, ,,maar dit leidde niet tot …''": the statement goes on
        or (previous.kind == "reported" and _SAME_SENTENCE.fullmatch(text, previous.end, quote.start))
        # ",,… aan de kant.'' ,,We zijn gescheiden …''": quote paragraphs run together; not after a question,
        # nor in a dialogue, whose turns have no cue
        or (
            previous.kind == "direct"
            and previous.cue is not None
            and not text[previous.end : quote.start].strip()
            and _STATEMENT_END.search(text, 0, previous.end) is not None
        )
    )


def _follows_closely(text: str, paragraphs: Paragraphs, previous: Found, quote: Found) -> bool:
    """`quote` opens a sentence at most `_CLOSE_SENTENCES` of the writer's
    own after `previous`'s, in its paragraph, and none of them opens with
    someone described ("Maar volgens X is er meer afval. Mensen eten vaker
    onderweg. ,,…''"): the writer still reports X."""
    if paragraphs.at(quote.start) != paragraphs.at(previous.end - 1) or quote.start - previous.end > _CLOSE_CHARACTERS:
        return False
    between = text[previous.end : quote.start]
    ends = _SENTENCE_ENDS.findall(between + " ")
    return (
        bool(_ENDS_A_SENTENCE.search(between))
        and len(ends) <= _CLOSE_SENTENCES + 1
        and not someone_described(text, previous.end, quote.start)
        and not _GROUP_OPENING.search(text, previous.end, quote.start)
    )


#: A sentence opening with a group of people by a quantifier ("Veel
#: bewoners waren niet verbaasd. ,,…''"): whose words may follow.
_GROUP_OPENING = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:Veel|Vele|Sommige|Enkele|Meerdere|Andere|Many|Some|Several|Other|Most)\s+\w*(?:ers|ren|den|ten|ants|ents|ists|ians)\b"
)
#: How many sentences of the writer's own, and how many characters, may
#: stand between a statement and a cue-less quote that goes on with it.
_CLOSE_SENTENCES = 2
_CLOSE_CHARACTERS = 400


def _of_them(text: str, previous: Found, quote: Found) -> bool:
    """A quote about the group that spoke before, not by them: it opens with
    "Ze"/"Zij"/"They" and never says "we" ("Salafisten zeggen de waarden te
    accepteren. Ze presenteren zich als loyaal. 'Ze zijn meesters in de
    misleiding.'"): the writer's source speaks of them."""
    words = text[previous.speaker[0] : previous.speaker[1]].split()
    said = text[quote.start : quote.end]
    return (
        bool(words) and plural_noun(words[-1].lower())
        and _THEY.match(said) is not None and _WE.search(said) is None
    )


#: A quote that opens with a plural "they", and the first person plural.
_THEY = re.compile(r"\W*(?:Ze|Zij|They)\b")
_WE = re.compile(r"\b(?:[Ww]e|[Ww]ij|[Oo]ns|[Oo]nze|[Uu]s|[Oo]ur)\b")


def _opens_next_paragraph(text: str, paragraphs: Paragraphs, previous: Found, quote: Found) -> bool:
    """`previous` ends its paragraph and `quote` opens the next one: "X zegt
    dat …" and then a paragraph of X's words."""
    before = paragraphs.at(previous.end - 1)
    if paragraphs.at(quote.start) != before + 1:
        return False
    end, start = paragraphs.ranges[before][1], paragraphs.ranges[before + 1][0]
    return bool(_SENTENCE_END.fullmatch(text, previous.end, end)) and not text[start : quote.start].strip()


def _spoken_of(text: str, mention: tuple[int, int], quote: Found) -> bool:
    """The quote itself names the person named before it ("Dat ze Lili en
    Howick weer ziet, kan ze niet bevatten. ,,Ik heb Howick meteen gebeld
    …''"): whom it speaks of, not who speaks it."""
    name = text[mention[0] : mention[1]].split()[-1]
    return len(name) > 2 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text[quote.start : quote.end]) is not None


def _inside(mention: tuple[int, int], speaker: tuple[int, int]) -> bool:
    return speaker[0] <= mention[0] and mention[1] <= speaker[1]


def _in_apposition(text: str, mention: tuple[int, int], speaker: tuple[int, int]) -> bool:
    """`mention` in the apposition after the speaker, in the cue's sentence
    (", waarschuwt X, hoogleraar bij Erasmus MC."): it tells who the
    speaker is, and names no one else who might speak next."""
    between = text[speaker[1] : mention[0]]
    return speaker[1] <= mention[0] and between.lstrip().startswith(",") and not _SENTENCE_ENDS.search(between + " ")
