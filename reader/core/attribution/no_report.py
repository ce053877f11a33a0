"""Cues that report no statement of their own: how something is called
(", zoals hij het zelf noemt,", "in what police described as"), a
condition ("Als May belooft te …, dan"), asked rather than asking ("werd
gevraagd of"), nothing said ("would not say"), an embedded question
("is te zien hoe een vrouw scandeert"), what must or will still be said
("moet de club beloven dat"), and a relative clause before the
main verb ("The KDP, which accuses Iran of …, said that …"). A mixin of
`ReportedSpeech`: it needs the finder's doc, language, cues, `is_cue`
and `_passive`.
"""

from __future__ import annotations

from spacy.tokens import Span

from .cues import DUTCH_OPINION_VERBS
from .phrases import finite
from .sentences import comma_outside_brackets

_CONDITIONS = frozenset("als indien mocht tenzij if unless".split())
#: Words that say nothing was said, before or right after a cue, and refusals before its "to"/"te".
_NEGATIONS = frozenset("not n't never neither nor nothing niet nooit noch niets niks".split())
_REFUSALS = frozenset("refused refuses declined declines weigerde weigert weigerden".split())
#: Words that open a second verb of the same subject: a negation before
#: them belongs to the first ("wil niet wachten en zegt dat …").
_COORDINATORS = frozenset("en maar and but".split())
_QUESTION_WORDS = frozenset("of waar wie wat hoe waarom hoeveel wanneer whether if where who what how why when".split())
#: Words that open a Dutch clause whose verb closes it: a question or a circumstance.
_EMBEDDING = frozenset(
    "hoe wat waarom wie waar wanneer of omdat hoewel terwijl toen nadat zodat"
    " waarin waarop waarbij waardoor waarmee waarvan waarover waarna".split()
)
#: Words that open "as X calls it", "zoals hij zegt".
_AS_CLAUSE = frozenset("zoals as".split())
_WHAT = frozenset("what wat".split())
#: Dutch finite verbs of the future and of having to before an infinitive,
#: and what one may have to say without having said it yet.
_WILL = frozenset("zal zullen".split())
_MUST = frozenset("moet moeten hoeft hoeven".split())
_OWED = frozenset("beloven toezeggen garanderen uitleggen verantwoorden eisen vragen verzoeken aankondigen".split())
#: "had … moeten zeggen", "zou … kunnen zeggen": what someone should or could have said, not said.
_WOULD, _MODALS = frozenset("had hadden zou zouden".split()), frozenset("moeten kunnen willen".split())
#: Words that open a relative clause about the subject before its main verb.
_RELATIVE_OPENERS = frozenset("which who die".split())


#: Dutch "uitsluiten", which states with a negation ("sluit niet uit dat …").
_EXCLUDING = frozenset("sluit sluiten sloot sloten".split())


class NoReport:
    """Needs the finder's doc, language, cues, `is_cue` and `_passive`."""

    def _reports_nothing(self, verb: int, span: Span) -> bool:
        """Whether cue `verb` reports no statement of its own: how something
        is called (", zoals hij het zelf noemt,"), a condition ("Als May
        belooft te …, dan"), asked rather than asking ("werd gevraagd of"),
        nothing said ("would not say"), an embedded question, or a relative
        clause before the main verb ("The KDP, which accuses Iran of …,
        said on Thursday that …")."""
        return (
            self._as_clause(verb, span.start)
            or self._condition(verb, span)
            or self._passive(verb)
            or self._negated(verb, span)
            or self._embedded(verb, span)
            or self._relative_before_main(verb, span)
            or self._still_to_say(verb, span)
            or self._answer_only(verb, span)
        )

    def _negated(self, verb: int, span: Span) -> bool:
        """A reporting verb that says nothing was said: a negation right
        before it in its clause ("would not say", "wilde niet zeggen", "did
        n't say"), one right after it before the content ("zei niet of"),
        one closing the inverted speaker's clause ("…, zegt X niet."), or a
        refusal ("refused to say", "weigerde te zeggen")."""
        doc = self.doc
        for i in range(verb - 1, max(span.start, verb - 4) - 1, -1):
            if doc[i].is_punct or doc[i].lower_ in _COORDINATORS:
                break
            if doc[i].lower_ in _NEGATIONS or (doc[i].lower_ in ("to", "te") and i > span.start and doc[i - 1].lower_ in _REFUSALS):
                return True
        after = verb + 1
        # "Wie de schuldeisers zijn, zegt Hoogma niet.": a negation closes the clause of the speaker after the verb
        closing = next((j for j in range(after, min(span.end, verb + 8)) if doc[j].is_punct), None)
        if closing is not None and closing - 1 > verb and doc[closing - 1].lower_ in _NEGATIONS and doc[verb - 1].text == ",":
            return True
        # "spoort haar inwoners niet aan om …": a negation before the particle, no "dat" after it; not "sluit niet
        # uit (dat)", whose negation is the statement's
        particle = self._particle_after(verb, span.end) if self.lang == "nl" and doc[verb].lower_ not in _EXCLUDING else None
        if particle is not None and any(t.lower_ in _NEGATIONS for t in doc[after:particle]):
            return particle + 1 >= span.end or doc[particle + 1].lower_ not in self.cues.complementisers
        # "zei niet of …"; not "denkt niet dat …", an opinion that something is not so
        return (
            after + 1 < span.end
            and doc[after].lower_ in _NEGATIONS
            and doc[after + 1].lower_ in self.cues.complementisers | _QUESTION_WORDS
            and not (doc[verb].lower_ in DUTCH_OPINION_VERBS and doc[after + 1].lower_ == "dat")
        )

    def _answer_only(self, verb: int, span: Span) -> bool:
        """A Dutch cue after a sentence-opening question put to the speaker
        ("Op de vraag of hij spijt heeft, antwoordt de verdachte
        ontkennend", "Gevraagd naar …, zegt hij: …"), with no "dat" of its
        own: what stands before it is the question, not the statement.
        (English content needs no "that", so "Asked about …" is left.)"""
        doc = self.doc
        opening = [t.lower_ for t in doc[span.start : span.start + 3]]
        if self.lang != "nl" or (opening != ["op", "de", "vraag"] and opening[:1] != ["gevraagd"]):
            return False
        comma = next((t.i for t in doc[span.start : verb] if t.text == ","), None)
        return comma is not None and not any(t.lower_ == "dat" for t in doc[verb + 1 : span.end])

    def _still_to_say(self, verb: int, span: Span) -> bool:
        """A Dutch infinitive cue after a finite verb of having to or of the
        future in its clause ("dan moet de club wel beloven dat …", "De
        minister zal uitleggen waarom …"), or of what should have been ("had
        hij moeten zeggen: …"): what someone must, will or should say, not
        what they said."""
        doc = self.doc
        if self.lang != "nl" or not doc[verb].text.endswith("en") or finite(doc[verb]):
            return False
        punct = self._punct_before(verb, span.start)
        before = {t.lower_ for t in doc[punct + 1 if punct is not None else span.start : verb]}
        # "moet toegeven dat", "moet zeggen dat" say it all the same; a promise or an account owed does not
        return bool(before & _WILL) or (bool(before & _MUST) and doc[verb].lower_ in _OWED) or bool(before & _WOULD and before & _MODALS)

    def _relative_before_main(self, verb: int, span: Span) -> bool:
        """Whether `verb` is in a relative clause between commas ("…, which
        accuses Iran of …,", "…, die Iran beschuldigt van …,") and a cue
        follows its closing comma."""
        doc = self.doc
        opener = next((j for j in range(verb - 1, max(span.start, verb - 4), -1) if doc[j - 1].text == ","), None)
        if opener is None or doc[opener].lower_ not in _RELATIVE_OPENERS:
            return False  # the relative word right after the comma, up to two words before the verb ("die Iran beschuldigt")
        comma = next((t.i for t in doc[verb + 1 : span.end] if t.text == ","), None)
        return comma is not None and any(self.is_cue(j, span.end) for j in range(comma + 1, min(span.end, comma + 6)))

    def _embedded(self, verb: int, span: Span) -> bool:
        """`verb` closes a Dutch clause that a question word or a
        subordinator opens ("is te zien hoe een vrouw scandeert.", "Wat hij
        zegt, klopt niet"): what is asked about or assumed, no statement."""
        doc = self.doc
        # the verb closes its clause, maybe with a te-infinitive ("waarin X een spits nodig denkt te hebben.")
        after = verb + 3 if verb + 3 <= span.end and doc[verb + 1].lower_ == "te" else verb + 1
        if self.lang != "nl" or (after < span.end and not doc[after].is_punct):
            return False
        start, depth = span.start, 0
        for j in range(verb - 1, span.start - 1, -1):  # back to the punctuation before the clause, past brackets
            depth += (doc[j].text == ")") - (doc[j].text == "(")
            if doc[j].is_punct and depth == 0 and doc[j].text != "(":
                start = j + 1
                break
        # "… andere motieven dan minister X (Defensie, CDA) heeft verklaard": a comparison, not "Dan zei hij"
        return any(t.lower_ in _EMBEDDING or (t.lower_ == "dan" and not finite(t.nbor())) for t in doc[start:verb])

    def _condition(self, verb: int, span: Span) -> bool:
        """`verb` in a clause of condition that opens the sentence, the main
        clause after its comma ("Als May belooft te vertrekken, dan zou …";
        not "Als voorzitter zei Jansen dat …"): what is supposed, not said."""
        doc = self.doc
        if doc[span.start].lower_ not in _CONDITIONS or comma_outside_brackets(doc[span.start : verb]):
            return False
        return comma_outside_brackets(doc[verb : span.end])

    def _punct_before(self, verb: int, floor: int) -> int | None:
        """The last punctuation token before `verb`, from token `floor`: where its clause opens."""
        return next((j for j in range(verb - 1, floor - 1, -1) if self.doc[j].is_punct), None)

    def _as_clause(self, verb: int, floor: int) -> bool:
        """Whether the clause of `verb` opens with "zoals"/"as" ("zoals hij het
        noemt") or "what" ("in what police described as …"): how something
        is called, not what was said."""
        doc = self.doc
        clause = self._punct_before(verb, floor)
        if clause is None or clause + 1 >= verb:
            return False
        opener = doc[clause + 1] if doc[clause + 1].pos_ != "ADP" else doc[clause + 2]
        return doc[clause + 1].lower_ in _AS_CLAUSE or (opener.lower_ in _WHAT and opener.i < verb)
