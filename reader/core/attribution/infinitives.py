"""Dutch reported content as a te-infinitive ("zegt gedupeerd te zijn",
"riep X op om … te stoppen"): where it starts, a mixin of `QuoteFinder`
(through `ReportedSpeech`)."""

from __future__ import annotations

from spacy.tokens import Span

from .content import CONTRASTS, SUBORDINATORS, CUE_WINDOW
from .cues import DUTCH_VERBS
from .marks import ALL_MARKS as MARKS
from .phrases import TIME_WORDS

#: Adverbs between a Dutch reporting verb and its te-infinitive content
#: that belong to the verb ("kondigde maandag al aan …").
_FILLERS = frozenset("al nog ook dus wel toen eerder gisteravond vanochtend vanmiddag vanavond".split())
#: Prepositions that make a te-infinitive a manner or time, not content.
_NOT_INFINITIVE_CONTENT = frozenset("door zonder na".split())
#: Dutch reporting verbs whose content may be "om … te …" (a call, a request).
_OM_VERBS = frozenset(
    "roept riep riepen vraagt vroeg vroegen verzoekt verzocht verzochten eist eiste eisten pleit pleitte pleitten"
    " dringt drong drongen adviseert adviseerde adviseerden raadt raden raadde raadden stelt stelde stelden"
    " beveelt beval bevalen sommeert sommeerde sommeerden draagt droeg droegen"
    # warnings, urgings and pleas: "waarschuwt automobilisten om voorzichtig te rijden", "maant de leden om …"
    " waarschuwt waarschuwde waarschuwden maant maande spoort spoorde spoorden smeekt smeekte smeekten"
    # the participles: "heeft de bewoners opgeroepen om …"
    " opgeroepen gevraagd verzocht geëist gepleit aangedrongen geadviseerd aangeraden voorgesteld opgedragen"
    " bevolen gesommeerd gewaarschuwd gemaand aangespoord gesmeekt"
    # the plural present: "De bewoners verzoeken de gemeente om …" (not "stellen": "alles in het werk stellen om …")
    " roepen vragen verzoeken eisen pleiten dringen adviseren bevelen sommeren waarschuwen manen sporen smeken".split()
)


class InfinitiveContent:
    """Needs the finder's doc, language, cues and `is_cue`."""

    def _infinitive_start(self, verb: int, span: Span, subject: tuple[int, int]) -> int | None:
        """Where Dutch content as a te-infinitive starts ("zegt gedupeerd te
        zijn", "kondigde aan voor het eind van zijn termijn te vertrekken",
        "riep X op om … op te stappen"): after the verb, its subject when
        that follows it, and a particle or time word; None when no "te" and
        infinitive follow within the clause (no punctuation, complementiser
        or other reporting verb on the way)."""
        if self.lang != "nl":
            return None
        doc = self.doc
        # not "terwijl"/"hoewel": a contrast states ("terwijl het bedrijfsleven belooft af te zien van …")
        opening = next((t.i for t in reversed(doc[span.start : verb]) if t.lower_ in SUBORDINATORS - CONTRASTS), None)
        subordinate = opening is not None and not any(t.text == "," for t in doc[opening:verb])
        if subordinate and doc[verb].lower_ not in DUTCH_VERBS:
            # "omdat zij dacht te hebben gewonnen": a belief given as a reason ("Voordat …, laat hij weten" is a
            # statement); a verb of saying states inside the clause too ("omdat de fractie zei vragen te hebben")
            return None
        last = min(span.end - 1, verb + 2 * CUE_WINDOW)
        te = None
        for j in range(verb + 1, last):
            token = doc[j]
            if (token.is_punct and token.text not in MARKS) or token.lower_ in self.cues.complementisers:
                return None
            if token.lower_ in _NOT_INFINITIVE_CONTENT and doc[j + 1].lower_ != "te":
                # "reageerden door stenen te gooien": how, not what was said
                # ("door te voeren" is the particle of doorvoeren)
                return None
            if token.lower_ == "te" and doc[j + 1].is_alpha and doc[j + 1].text.islower():
                te = j
                break
            if j > verb + 1 and self.is_cue(j, span.end) and doc[j - 1].pos_ != "DET":
                return None  # another verb of saying; not a noun after a determiner ("nog veel vragen te hebben")
        if te is None:
            return None
        between = [t for t in doc[opening + 1 : verb] if t.idx >= subject[1]] if subordinate else []
        if between and not any(t.is_punct or t.pos_ in ("AUX", "VERB") for t in between):
            return between[0].idx  # "omdat de partij een kleinere overheid zegt na te streven": the object comes first
        first = verb + 1
        while first < te and doc[first].idx < subject[1] and doc[first].idx >= subject[0]:
            first += 1  # "zei de legerleider …": past the subject after the verb
        particles = self.cues.particle_verbs.get(doc[verb].lower_, "").split()
        om = next((j for j in range(first, te) if doc[j].lower_ == "om"), None)
        if om is not None:
            if doc[verb].lower_ not in _OM_VERBS:
                return None  # "kondigde maatregelen aan om … te beperken": a purpose
            return doc[om].idx
        particle = next((j for j in range(first, te) if doc[j].lower_ in particles), None)
        if particle is not None:
            first = particle + 1  # "laat via zijn advocaat weten …": what the verb's particle closes is no content
        while first < te and (
            doc[first].lower_ in particles or doc[first].lower_ in TIME_WORDS or doc[first].lower_ in _FILLERS
        ):
            first += 1
        return doc[first].idx
