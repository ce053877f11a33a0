"""Dutch opinions of a thing: "vinden", "noemen", "achten" and "omschrijven … als"
with an object and what is thought of it ("Jansen vindt het plan een goed
idee", "noemt het besluit onbegrijpelijk"), a statement without "dat";
also with the object first and the one who thinks it after the verb ("De
zorgen vindt historicus X voorbarig", `fronted_opinion`)."""

from __future__ import annotations

from .cues import ADVERBS_BETWEEN, DESCRIBING_VERBS, FINDING_VERBS
from .found import Found
from .names import name_end
from .phrases import finite

#: Words that make "vinden" another verb ("vindt plaats", "vond het boek terug").
_NOT_OPINION = frozenset("plaats terug".split())
#: Dutch "noemen" with a predicate: an opinion too ("noemt het plan onhaalbaar").
_CALLING = frozenset("noemt noemde noemden noemen".split())
#: Dutch "achten" (to consider): with an object and a predicate it is an
#: opinion ("acht de kans klein"); the tagger often reads "acht" as eight.
_CONSIDERING = frozenset("acht achten achtte achtten".split())
#: Endings of Dutch adjectives, for a predicate the tagger does not know
#: and calls a noun ("noemt het plan onbetaalbaar", "acht het ontoelaatbaar").
_ADJECTIVE_ENDINGS = ("baar", "lijk", "ig", "isch", "loos", "zaam", "achtig")


def opinion_of_a_thing(doc, verb: int, end: int) -> bool:
    """ "Jansen vindt het plan een goed idee", "vindt het besluit
    onbegrijpelijk": the Dutch opinion verb at `verb` with an object and a
    predicate after it (the parse's second object or its complement), in
    the clause, before punctuation; "noemt het besluit onbegrijpelijk",
    "noemt het een gemiste kans" and "omschreef het als vrolijk" by their
    words."""
    if doc[verb].lower_ not in FINDING_VERBS | _CALLING | DESCRIBING_VERBS | _CONSIDERING:
        return False
    clause = _clause(doc, verb, end)
    if doc[verb].lower_ in DESCRIBING_VERBS:  # "omschreef het als vrolijk en luchtig"
        return len(clause) >= 3 and any(t.lower_ == "als" for t in clause[1:])
    if doc[verb].lower_ in _CALLING:
        # "noemt het voorstel onacceptabel": an adjective closes the clause ("noemden hun zoon Pieter" names him);
        # "noemt het een verbindend programma": "het", "dit" or "dat" and a noun phrase
        rest = [t for t in clause[1:] if t.lower_ not in ADVERBS_BETWEEN]  # "noemt het zelf een …"
        it = len(rest) >= 2 and clause[0].lower_ in ("het", "dit", "dat") and rest[0].lower_ in ("een", "de", "het")
        return it or len(clause) >= 2 and _adjective(clause[-1]) and clause[0].pos_ != "ADP"
    if doc[verb].lower_ in _CONSIDERING:
        # "acht de kans op herhaling klein": an object opens the clause, a predicate closes it
        return len(clause) >= 2 and clause[0].lower_ in _FRONTED_OPENERS and _adjective(clause[-1])
    if any(t.lower_ in _NOT_OPINION for t in clause):
        return False
    if _it_and_a_question(clause) or _adjective_closes(clause) or _compared(clause) or _judging_word_closes(clause):
        return True
    after = [t for t in doc[verb].children if t.i > verb and t in clause]
    objects = [t for t in after if t.dep_ in ("obj", "iobj", "nsubj")]  # the parser may call the object "iobj"
    predicates = [t for t in after if t.dep_ == "xcomp" and t.pos_ in ("ADJ", "NOUN", "VERB")]
    return bool(objects) and (bool(predicates) or len(objects) >= 2)


def _clause(doc, verb: int, end: int) -> list:
    """The words after `verb` up to punctuation. A quotation inside the
    clause of "vinden" is part of it ("vindt het 'immoreel' als …"); one
    that ends it is what was said in so many words (`naming`: "vond de
    plannen 'onverantwoord'"), and the clause stops at its opening mark."""
    clause, opened = [], None
    for token in doc[verb + 1 : end]:
        if _mark(token) and doc[verb].lower_ in FINDING_VERBS:
            opened = len(clause) if opened is None else opened
            continue
        if token.is_punct:
            break
        clause.append(token)
    if opened is not None and clause and clause[-1].i + 1 < len(doc) and _mark(doc[clause[-1].i + 1]):
        return clause[:opened]
    return clause


def _mark(token) -> bool:
    return token.is_quote or token.text == ",,"  # spaCy knows every mark but the Dutch opening ",,"


def _adjective(token) -> bool:
    """A lowercase adjective, by its tag or, for a word the tagger does not
    know, by its ending ("onbetaalbaar", "ontoelaatbaar", "twijfelachtig")."""
    if not token.text.islower():
        return False
    return token.pos_ == "ADJ" or token.pos_ == "NOUN" and len(token) > 6 and token.lower_.endswith(_ADJECTIVE_ENDINGS)


#: Words that open an indirect question ("vindt het onduidelijk wat …").
_QUESTION_WORDS = frozenset("wat hoe waarom wie welke waar wanneer hoeveel".split())
#: … or a condition or a purpose ("vindt het onverstandig als …", "vindt het leuk om … te").
_CONDITIONS = frozenset("als indien om".split())


def _it_and_a_question(clause) -> bool:
    """ "vindt het nog steeds onduidelijk wat het akkoord inhoudt": "het", at
    most a few adverbs, an adjective, then an indirect question (what is
    found of something is the statement, its subject a clause)."""
    if len(clause) < 3 or clause[0].lower_ != "het":
        return False
    adjective = next((n for n, t in enumerate(clause[1:6], start=1) if t.pos_ == "ADJ"), None)
    if adjective is None or adjective + 1 >= len(clause) or any(t.pos_ != "ADV" for t in clause[1:adjective]):
        return False
    return clause[adjective + 1].lower_ in _QUESTION_WORDS | _CONDITIONS


#: Words that open the object of "vinden" before its predicate.
_OBJECT_OPENERS = frozenset("de het die dat dit deze zijn haar hun".split())


def _adjective_closes(clause) -> bool:
    """ "vond de afwijzingen maar vreemd": an object, then a word of degree
    and an adjective that closes the clause (the parse may hang it on
    another word); not "vond de auto leeg", "vond de oplossing snel"."""
    return (
        len(clause) >= 4
        and clause[0].lower_ in _OBJECT_OPENERS
        and clause[-2].lower_ in _DEGREE
        and clause[-1].pos_ == "ADJ"
        and clause[-1].text.islower()
    )


def _judging_word_closes(clause) -> bool:
    """ "vindt zo'n meldpunt laakbaar en onaanvaardbaar": a short object and
    a word with an adjective's ending that judges (`_adjective`, which the
    tagger may take for a noun), closing the clause; no verb between."""
    return (
        3 <= len(clause) <= _JUDGED_WORDS
        and clause[0].lower_ in _FRONTED_OPENERS
        and _adjective(clause[-1])
        and clause[-1].lower_.endswith(_ADJECTIVE_ENDINGS)
        and not any(finite(t) or t.pos_ in ("VERB", "AUX") for t in clause)
    )


#: At most this many words from the object to the judging word ("zo'n meldpunt laakbaar en onaanvaardbaar").
_JUDGED_WORDS = 7
#: Words of degree before what is thought of something ("maar vreemd", "te duur", "erg goed").
_DEGREE = frozenset("maar te erg heel zeer nogal best vrij echt ontzettend behoorlijk enorm weinig wat beetje".split())


def _compared(clause) -> bool:
    """ "vonden de kosten belangrijker dan de dreiging": a comparative and "dan"."""
    return any(
        t.lower_ == "dan" and n > 1 and clause[n - 1].pos_ == "ADJ" and clause[n - 1].lower_.endswith("er") for n, t in enumerate(clause)
    )


#: Words that open a noun phrase put first as the object of "vinden".
_FRONTED_OPENERS = _OBJECT_OPENERS | frozenset("een zo'n zulke".split())
#: At most this many words of a role before the name after the verb ("historicus", "China-expert").
_ROLE_WORDS = 2
#: At most this many words in what is thought of the object ("een beetje voorbarig").
_PREDICATE_WORDS = 5


def fronted_opinion(finder, verb: int, span) -> Found | None:
    """ "De bezorgdheid over China's invloed vindt historicus Frankopan een
    beetje voorbarig": a Dutch "vinden" after a noun phrase (its object,
    put first), a name (a role may come before it) right after it as its
    subject, and a word of degree and an adjective that close the sentence
    (as `_adjective_closes` asks); the statement is the whole sentence, its
    cue inside. Not "De auto vond Jansen in de sloot" (no adjective closes
    it) or "Dat vindt X …" (no phrase before the verb)."""
    doc = finder.doc
    if finder.lang != "nl" or doc[verb].lower_ not in FINDING_VERBS or verb - span.start < 2:
        return None
    before = doc[span.start : verb]
    if before[0].lower_ not in _FRONTED_OPENERS or any(t.is_punct or finite(t) or t.pos_ in ("VERB", "AUX") for t in before):
        return None
    name = next((t.i for t in doc[verb + 1 : min(verb + 2 + _ROLE_WORDS, span.end)] if t.ent_type_ in ("PER", "PERSON", "ORG")), None)
    if name is None or any(t.ent_type_ or t.text[:1].isupper() or t.is_punct for t in doc[verb + 1 : name]):
        return None
    end = name_end(doc, name, span.end)
    close = next((t.i for t in doc[end : span.end] if t.is_punct), span.end)
    predicate = doc[end:close]
    if not 0 < len(predicate) <= _PREDICATE_WORDS or close < span.end - 1 or any(finite(t) for t in predicate):
        return None  # the sentence goes on past the predicate: not (only) what was thought of the object
    # a word of degree before the adjective: "vond de oplossing snel" may be how soon it was found
    if not (len(predicate) >= 2 and predicate[-2].lower_ in _DEGREE and predicate[-1].pos_ == "ADJ" and predicate[-1].text.islower()):
        return None
    speaker = finder.checked_speaker((doc[verb + 1].idx, doc[end - 1].idx + len(doc[end - 1])))
    if speaker is None:
        return None
    return Found(*finder._trim((span.start_char, predicate.end_char)), "reported", doc[verb].text, speaker)
