"""Statements whose cue is a noun for something said: "Mays argument dat
…", "de oproep van Khomeini aan alle moslims om … te doden", "the
minister's claim that …", "de eis van het OM dat …". The speaker is the
name in the genitive before the noun, or the phrase after its "van"/"of"/
"by"; the content is the "dat"/"that" clause (or Dutch "om … te") that
follows within a few words. A mixin of `ReportedSpeech`: it needs the
finder's doc, phrases, cues, speaker checks and `_trim`.
"""

from __future__ import annotations

from spacy.tokens import Span

from .found import Found
from .light_verbs import carried_by
from .phrases import finite_or_known

#: Nouns for a statement, by language.
SPEECH_NOUNS = {
    "nl": frozenset(
        "oproep argument aankondiging belofte bewering claim eis verzoek waarschuwing uitspraak stelling"
        " boodschap verwijt beschuldiging mededeling voorstel pleidooi advies suggestie dreigement toezegging opdracht".split()
    ),
    "en": frozenset(
        "claim argument call announcement promise pledge warning demand request assertion accusation"
        " allegation insistence proposal suggestion plea threat assurance appeal recommendation".split()
    ),
}
#: Words that open the speaker after the noun ("de oproep van X").
_OF = frozenset("van of by".split())
#: Words that end that speaker ("… van X aan alle moslims om", "… of X that").
_SPEAKER_ENDS = frozenset("aan dat om that to , tot voor".split())
#: At most this many words between the speaker (or the noun) and the content.
_GAP = 6
#: Dutch forms of "staan" that say where something is written ("staat in").
_STANDS = frozenset("staat stond staan stonden".split())
#: "met het verwijt dat", "with a warning that": the subject's statement.
_WITH = frozenset("met with".split())
_ARTICLES = frozenset("het de een the a an".split())
#: Verbs with which someone brings a statement "met"/"with" ("kwam met de
#: boodschap dat", "responded with a warning that"); not "werd geconfronteerd
#: met", "kreeg te maken met": those bring it to them.
_COMING_WITH = frozenset(
    """kwam komt kwamen komen reageerde reageert reageerden opende opent openden sloot sluit sloten
    beet bijt verraste verrast antwoordde antwoordt came comes responded responds reacted reacts
    opened opens closed closes countered counters answered answers replied replies""".split()
)
#: English genitive endings as tokens.
_GENITIVE = frozenset(("'s", "’s"))


class NounCues:
    def _noun_report(self, span: Span) -> Found | None:
        nouns = SPEECH_NOUNS.get(self.lang, frozenset())
        for i in range(span.start + 1, span.end - 2):
            token = self.doc[i]
            if token.lower_ not in nouns or not token.text.islower() or self.doc[i - 1].lower_ == "in" and token.lower_ == "opdracht":
                continue  # "onderzoek in opdracht van AD": commissioned, not ordered
            found = self._speaker_of_noun(i, span)
            if found is None:
                continue
            speaker, after = found
            content = self._noun_content(after, span, self._subject_end(token))
            if content is not None:
                return Found(*content, "reported", token.text, speaker)
        return None

    def _subject_end(self, noun) -> int | None:
        """Where the subject ends when the statement noun is the subject of a
        verb after it (the end of the noun's phrase, by the parse)."""
        if not self.phrases.parsed or noun.dep_ not in ("nsubj", "nsubj:pass") or noun.head.i <= noun.i:
            return None
        return noun.right_edge.i + 1

    def _speaker_of_noun(self, noun: int, span: Span) -> tuple[tuple[int, int], int] | None:
        """The speaker of the statement noun at `noun` and the token after
        the phrase (where the content may start); None when it names no one."""
        doc = self.doc
        before = doc[noun - 1]
        if before.text in _GENITIVE and noun - 2 >= span.start:
            # "the minister's claim", "Smith's claim": the name or the noun with its article
            return self._checked(self._owner(noun - 2, span.start), noun + 1)
        if self.lang == "nl" and before.text[:1].isupper() and before.text.endswith("s") and noun - 1 > span.start:
            # "Mays argument": the name without its genitive s, not a capital opening the sentence
            if before.ent_type_ or self.names.overlaps(before.idx, before.idx + len(before) - 1):
                found = self._checked((before.idx, before.idx + len(before)), noun + 1)
                if found is None or not self.text[found[0][0] : found[0][1]].endswith("s"):
                    return found
                return (found[0][0], found[0][1] - 1), found[1]
            return None
        if noun - 2 > span.start and doc[noun - 2].lower_ in _WITH and doc[noun - 1].lower_ in _ARTICLES:
            return self._subject_with(noun - 2, span, noun + 1)
        if noun + 2 < span.end and doc[noun + 1].lower_ in _OF:
            # case matters: "om" ends the speaker, the initials "OM" do not
            end = next((j for j in range(noun + 2, span.end) if doc[j].text in _SPEAKER_ENDS), span.end)
            phrase = self.phrases.after(noun + 2, end)
            tokens = self.tokens(*phrase) if phrase else None
            if tokens is None:
                return None
            return self._checked(phrase, tokens.end)
        carrier = carried_by(self, noun, span)  # "deed de oproep om …", "issued a warning that …"
        return (carrier, noun + 1) if carrier is not None else None

    def _subject_with(self, with_: int, span: Span, after: int) -> tuple[tuple[int, int], int] | None:
        """ "Wilders beet het spits af met het verwijt dat …", "X responded
        with a warning that …": the statement is the subject's, the phrase
        before the sentence's finite verb, when it is one of bringing
        (`_COMING_WITH`)."""
        doc = self.doc
        verb = next((t.i for t in doc[span.start : with_] if finite_or_known(t) or t.lower_ in _COMING_WITH), None)
        if verb is None or verb == span.start or doc[verb].lower_ not in _COMING_WITH:
            return None  # "heeft te maken met het verwijt", "kreeg te maken met": what came to them
        return self._checked(self.phrases.before(verb, span.start), after)

    def _owner(self, last: int, floor: int) -> tuple[int, int] | None:
        """The owner before an English "'s" ending at token `last`: a name,
        or a noun with up to two words and its article ("the prime
        minister")."""
        doc = self.doc
        first = last
        if doc[last].ent_type_:
            while first > floor and doc[first].ent_iob_ == "I":
                first -= 1
        else:
            while first > max(floor, last - 3) and doc[first].lower_ not in ("the", "a", "an"):
                first -= 1
            if doc[first].lower_ not in ("the", "a", "an"):
                return None
        return doc[first].idx, doc[last].idx + len(doc[last])

    def _checked(self, phrase: tuple[int, int] | None, after: int) -> tuple[tuple[int, int], int] | None:
        speaker = self.checked_speaker(phrase)
        return (speaker, after) if speaker is not None else None

    def _noun_content(self, after: int, span: Span, stop: int | None = None) -> tuple[int, int] | None:
        """The "dat"/"that" clause, or Dutch "om … te", within `_GAP` words
        after token `after`, up to the end of the clause or a comma before
        a finite verb (the sentence's main clause: "Met de aankondiging dat
        …, bewoog het kabinet"), and before token `stop` (where the noun's
        phrase ends when it is the sentence's subject: "The minister's claim
        that taxes would fall was wrong")."""
        doc = self.doc
        opener = None
        for j in range(after, min(span.end, after + _GAP)):
            if doc[j].lower_ in self.cues.complementisers:
                opener = j + 1
                break
            if self.lang == "nl" and doc[j].text == "om":
                if any(t.lower_ == "te" for t in doc[j + 1 : span.end]):
                    opener = j
                break
            if self.lang == "nl" and doc[j].lower_ == "te" and j > after and j + 1 < span.end and doc[j + 1].text.isalpha():
                # "de opdracht tegen het amendement te stemmen": a te-infinitive without "om", no verb before it
                if doc[j + 1].text.islower() and not any(finite_or_known(t) for t in doc[after:j]):
                    opener = after
                break
            if doc[j].is_punct:
                return None
        if opener is None or opener >= span.end:
            return None
        if doc[opener].text == "om" or opener == after:  # "om … te doden": up to the infinitive
            te = next(j for j in range(opener, span.end) if doc[j].lower_ == "te")
            end = te + 2 if te + 1 < span.end and doc[te + 1].is_alpha else te + 1
            return self._trim((doc[opener].idx, doc[end - 1].idx + len(doc[end - 1])))
        end = next(
            (j for j in range(opener + 1, span.end - 1) if doc[j].text == "," and finite_or_known(doc[j + 1])),
            span.end,
        )
        end = min(end, stop) if stop is not None and stop > opener + 1 else end
        content = self._trim((doc[opener].idx, doc[end - 1].idx + len(doc[end - 1])))
        return content if content[1] - content[0] >= 8 else None

    def written_in(self, verb: int, end: int) -> tuple[int, int] | None | bool:
        """ "'…', staat in het nieuwste dreigingsbeeld van de NCTV", "…, zo
        staat in een interne nota van een generaal": a Dutch "staat in" with
        a text after it closes a statement; the text's author after "van"
        speaks (None: no author). False when `verb` is no such cue."""
        doc = self.doc
        if self.lang != "nl" or doc[verb].lower_ not in _STANDS or verb + 2 >= end or doc[verb + 1].lower_ != "in":
            return False
        of = next((j for j in range(verb + 2, min(end, verb + 2 + _GAP)) if doc[j].lower_ == "van"), None)
        head = doc[(of if of is not None else min(end, verb + 2 + _GAP)) - 1]
        if not any(t.lower_.endswith(_WRITINGS) for t in doc[verb + 2 : head.i + 1]):
            return False  # "stond in 1883 aan de basis van …", "staat in de file": no text
        if of is None:
            return None
        return self.checked_speaker(self.phrases.after(of + 1, end), described=True)

    def _written_report(self, span: Span) -> Found | None:
        """ "…, (zo) staat in een nota van X.": the statement before the cue."""
        for token in span[3:]:
            speaker = self.written_in(token.i, span.end)
            if speaker is not False and self.doc[token.i - 1].text in (",", "zo"):
                comma = token.i - 1 if self.doc[token.i - 1].text == "," else token.i - 2
                content = self._trim((span.start_char, self.doc[comma].idx))
                return Found(*content, "reported", token.text, speaker) if content[1] - content[0] >= 8 else None
        return None


#: Words (and compound endings) for texts something stands in ("staat in het rapport").
_WRITINGS = tuple(
    """rapport nota notitie brief krant verslag document boek artikel memo beeld tekst wet verdrag akkoord
    contract plan programma brochure column tweet mail bericht verklaring notulen dossier vonnis conclusie
    advies onderzoek studie folder flyer blog""".split()
)
