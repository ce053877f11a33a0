"""A Dutch quotation that its verb of naming follows at the end of a
clause: "de mannen die elkaar tot voor kort 'kleine raketman' en '…'
noemden", "dat zijn partijgenoot een ziekenhuis eerder 'een stapel
stenen' had genoemd". What someone called something in quotation marks
is their words (the gold README's "noemde het plan 'onverantwoord'"),
also when the verb closes the clause; its speaker is the clause's
subject. So are words a noun names and a verb of writing or shouting
follows ("een docent die de kreet '…' schreef onder een bericht"), what
someone thinks of something ("omdat de minister het plan '…' vond"), and
the naming of a main clause in the perfect ("De partij heeft het voorstel
'…' genoemd"). Not a name given in quotation marks ("die hij 'De
Vrijheid' noemde": a title). After a relative pronoun and a noun phrase,
either may have named: the one that can speak, or no one named when both
can ("Wilders, die de premier '…' noemde")."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from .cues import FINDING_VERBS
from .marks import Marked, a_title
from .names import ARTICLES

if TYPE_CHECKING:
    from .quotes import QuoteFinder

_NAMING = frozenset("noemt noemde noemden noemen genoemd".split())
#: Verbs of judging, with what is thought of something in quotation marks before them.
_FINDING = FINDING_VERBS | {"gevonden"}
#: Verbs of writing or shouting words, after a noun for those words ("die
#: de kreet '…' schreef onder een bericht"): their words too.
_WRITING = frozenset("schreef schreven geschreven riep riepen geroepen scandeerde scandeerden gescandeerd".split())
#: Nouns for the words themselves, which stand between the opener and them.
_WORDS = frozenset("kreet kreten leus leuzen tekst woorden zin zinnen slogan boodschap".split())
#: Auxiliaries of the perfect between the quotation and "genoemd".
_AUXILIARIES = frozenset("had hadden heeft hebben".split())
#: Words that join a second quotation to the first ("'…' en '…' noemden").
_JOINING = frozenset(("en", "of"))


def named_after(finder: "QuoteFinder", marked: Marked) -> tuple[str, tuple[int, int]] | None:
    """The verb of naming that closes the clause of `marked` and the
    speaker it has, or None."""
    if finder.lang != "nl" or not finder.sentences:
        return None
    inner = marked.inner(finder.text)
    if a_title(finder.text[inner[0] : inner[1]]):
        return None
    s_start, s_end = finder.sentences[finder.sentence_at(marked.start)]
    end = _past_a_second_quotation(finder, marked, s_end)
    after = finder.tokens(end, s_end) if end < s_end else None
    if after is None or not len(after):
        return None
    doc, i = finder.doc, after.start
    while i < after.end and doc[i].lower_ in _AUXILIARIES:
        i += 1
    before = finder.tokens(s_start, marked.start)
    words = before is not None and len(before) > 0 and before[-1].lower_ in _WORDS
    quoted = finder.tokens(marked.start, marked.end)
    # "dat de minister het plan 'onverantwoord' vindt": what is thought of something, like its name
    judged = doc[i].lower_ in _FINDING and quoted is not None and finder._a_predicate(quoted.start)
    if i >= after.end or not (doc[i].lower_ in _NAMING or judged or words and doc[i].lower_ in _WRITING):
        return None
    following = doc[i + 1] if i + 1 < after.end else None
    if following is not None and not (following.is_punct or following.lower_ in _JOINING or words and following.pos_ == "ADP"):
        return None  # "'…' noemde hij het": the verb opens a clause of its own
    speaker = _subject(finder, before)
    if speaker is _EITHER:
        return doc[i].text, None  # their words, but whose the text does not tell
    return (doc[i].text, speaker) if speaker else None


def _subject(finder: "QuoteFinder", before) -> tuple[int, int] | None:
    """The subject of the verb-final clause that `before` (the sentence up
    to the quotation) ends in: the phrase after its opening word ("dat
    zijn partijgenoot …"), or for a relative "die" with an object after it
    ("de mannen die elkaar …", "een docent die de kreet …") the phrase
    "die" stands for."""
    if before is None or not len(before):
        return None
    doc = finder.doc
    opener = next((t.i for t in reversed(before) if t.lower_ in _OPENERS), None)
    if opener is None:
        return _main_clause_subject(finder, before)
    phrase = finder.phrases.after(opener + 1, before.end) if opener + 1 < before.end else None
    tokens = finder.tokens(*phrase) if phrase else None
    if tokens is not None and len(tokens) and tokens[0].lower_ not in _RECIPROCAL and tokens[-1].lower_ not in _WORDS:
        # "zijn partijgenoot | een ziekenhuis": the subject ends where the object's article starts
        cut = next((t for t in tokens[1:] if t.lower_ in ARTICLES and t.nbor(-1).pos_ in ("NOUN", "PROPN")), None)
        subject = finder.checked_speaker((phrase[0], cut.idx - 1) if cut is not None else phrase, described=True)
        relative = doc[opener].lower_ in ("die", "dat") and opener > before.start and (
            doc[opener - 1].text == "," or doc[opener - 1].pos_ in _NOUN_PHRASE
        )
        if not relative or subject is None or tokens[0].lower_ in _SUBJECT_PRONOUNS:
            return subject  # "dat zijn partijgenoot …", "dat hij '…' noemde"
        return _who_named(finder, opener, before, subject)
    if doc[opener].lower_ != "die" or opener <= before.start:
        return None
    # the noun phrase right before "die" ("schorste | een docent die …"), back to its article
    first = opener - 1
    while first > before.start and doc[first].pos_ != "DET" and doc[first - 1].pos_ in _NOUN_PHRASE:
        first -= 1
    if doc[opener - 1].pos_ not in _NOUN_PHRASE:
        return None
    return finder.checked_speaker((doc[first].idx, doc[opener - 1].idx + len(doc[opener - 1])), described=True)


def _who_named(finder: "QuoteFinder", opener: int, before, after: tuple[int, int]) -> tuple[int, int] | None:
    """ "X, die het plan '…' noemde" / "het boek, dat de schrijver '…'
    noemde": a relative pronoun and a noun phrase after it, either of which
    may be the one who named; the one that can speak, when only one can
    (the phrase "die" stands for, or the phrase after it); `_EITHER` when
    both can ("Wilders, die de premier '…' noemde"), None when neither can."""
    comma = opener - 1 if finder.doc[opener - 1].text == "," else opener
    antecedent = finder.phrases.before(comma, before.start) if comma > before.start else None
    speaks_before = finder.checked_speaker(antecedent) if antecedent else None
    speaks_after = finder.checked_speaker(after)
    if (speaks_before is None) == (speaks_after is None):
        return _EITHER if speaks_before else None
    return speaks_before or speaks_after


#: Both the phrase a relative pronoun stands for and the one after it may have named ("Wilders, die de premier '…' noemde").
_EITHER = (-1, -1)


def _main_clause_subject(finder: "QuoteFinder", before) -> tuple[int, int] | None:
    """ "De partij heeft het voorstel '…' genoemd": in a main clause, the
    phrase that opens the sentence right before its auxiliary of the
    perfect; not "Eerder had de partij …" (the subject after it)."""
    aux = next((t.i for t in before if t.lower_ in _AUXILIARIES), None)
    phrase = finder.phrases.before(aux, before.start) if aux is not None and aux > before.start else None
    if phrase is None or phrase[0] != before.start_char:
        return None
    return finder.checked_speaker(phrase, described=True)


#: Subject pronouns after a relative pronoun, which is then the object ("dat hij '…' noemde").
_SUBJECT_PRONOUNS = frozenset("hij zij ze wij we ik jij je u men".split())
#: Parts of speech of a noun phrase before a relative "die".
_NOUN_PHRASE = frozenset(("DET", "ADJ", "NUM", "NOUN", "PROPN"))
#: Words that open a clause whose verb comes last.
_OPENERS = frozenset("dat die omdat nadat toen terwijl zodat hoewel".split())
#: Objects right after a relative "die", which is then the subject.
_RECIPROCAL = frozenset("elkaar zich hem haar hen ons".split())


def _past_a_second_quotation(finder: "QuoteFinder", marked: Marked, s_end: int) -> int:
    """Where the words after `marked` go on: past "en '…'" when a second
    quotation is joined to it before the verb."""
    rest = finder.text[marked.end : s_end]
    word = rest.split(maxsplit=1)[0] if rest.strip() else ""
    if word not in _JOINING:
        return marked.end
    index = bisect_right(finder.marked, marked.end, key=lambda m: m.start)  # the quotations are in text order
    second = finder.marked[index] if index < len(finder.marked) else None
    if second is None or finder.text[marked.end : second.start].split() != [word]:
        return marked.end
    return second.end
