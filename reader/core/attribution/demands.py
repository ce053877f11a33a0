"""Dutch demands with a noun for their content: "eisen het vertrek van X",
"pleit voor een hoger minimumloon", "vraagt om een onderzoek", "dringt aan
op uitstel", "roept op tot kalmte". The gold README counts a nominalised
request as the statement of whoever makes it, like "eist dat …"."""

from __future__ import annotations

from .cues import of_after_speaking
from .phrases import finite

#: The demanding verb's forms, each to the words that must follow it (none:
#: the object comes right after the verb).
_DEMANDS = {
    **dict.fromkeys("eist eisen eiste eisten bepleit bepleiten bepleitte bepleitten".split(), ()),
    **dict.fromkeys("pleit pleiten pleitte pleitten".split(), ("voor",)),
    **dict.fromkeys("vraagt vragen vroeg vroegen".split(), ("om",)),
    **dict.fromkeys("dringt dringen drong drongen".split(), ("aan", "op")),
    **dict.fromkeys("roept roepen riep riepen".split(), ("op", "tot")),
}
#: The most words between the verb and its preposition ("pleit een aantal
#: van hen al jaren voor", "dringt vandaag in de Tweede Kamer aan op").
_GAP = 8
#: A penalty demanded in court ("eiste een celstraf van zes maanden", "tbs",
#: "een boete", "een beroepsverbod"), which is a step of the trial, not a
#: statement (the gold README's court reports leave it unmarked).
_PENALTIES = ("straf", "cel", "tbs", "boete", "verbod", "vrijspraak", "schuldigverklaring")
#: Particles that make "eisen" another verb: "eist de macht op", "eisen geld terug".
_OTHER_VERB = frozenset("op terug".split())
#: What a demanded thing opens with: an article, a noun or its adjective, a number.
_OPENINGS = frozenset("DET NOUN ADJ NUM PROPN".split())
#: Words that make the object no demanded thing: "vraagt om te …" (an
#: infinitive the caller reads), "pleit voor dat" (a clause), a pronoun.
_NOT_A_THING = frozenset("dat dit die deze te zich er".split())


def demanded(doc, verb: int, end: int) -> int | None:
    """The first token of the noun phrase that the Dutch demanding verb at
    `verb` asks for, before token `end`; None when it asks for none. Its
    preposition may come a few words later, past the subject or a time
    ("pleit X al jaren voor …"), never past a comma or another verb."""
    after = _DEMANDS.get(doc[verb].lower_)
    if after is None:
        return None
    j = verb + 1
    if after:
        while j < min(end, verb + 1 + _GAP) and doc[j].lower_ != after[0]:
            if doc[j].is_punct or finite(doc[j]) or doc[j].pos_ in ("VERB", "AUX", "SCONJ"):
                return None
            j += 1
        if doc[j : j + len(after)].text.lower().split() != list(after):
            return None
        j += len(after)
    if j >= end or doc[j].lower_ in _NOT_A_THING or doc[j].pos_ not in _OPENINGS or doc[j].lower_ == "het" and doc[j].pos_ != "DET":
        return None
    rest = [t.lower_ for t in doc[j:end]]
    if any(word.endswith(_PENALTIES) for word in rest) or not after and _OTHER_VERB & set(rest):
        return None
    return j


def spoken_of(doc, verb: int, end: int) -> int | None:
    """The first token of what the verb at `verb` speaks of ("spreekt van
    een aanslag") or demands ("eist het vertrek van X"), before token `end`."""
    of = of_after_speaking(doc, verb, end)
    return of + 1 if of is not None else demanded(doc, verb, end)
