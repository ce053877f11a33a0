"""Words that attribute speech in Dutch and English news.

From the project's notes on quote attribution (shared/docs/quote-cues.md):
reporting verbs with their inflected forms, and non-verbal cues.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache

from .convictions import CONVICTIONS, conviction, in_the_clause_before
from .doc_text import word_hashes
from .english_verbs import ENGLISH_VERBS

# Dutch: every listed form of each reporting verb. Separable verbs whose
# finite form is an ordinary word ("geeft", "laat") are in
# DUTCH_PARTICLE_VERBS and count only with their particle in the sentence
# (one of them, when several are listed: "geeft … aan", "geeft … toe").
DUTCH_VERBS = frozenset(
    """
    zeggen zegt zei zeiden gezegd zegde zegden zeg
    verklaren verklaart verklaarde verklaarden verklaard
    benadrukken benadrukt benadrukte benadrukten
    stellen stelt stelde stelden gesteld vastgesteld
    vertellen vertelt vertelde vertelden verteld
    melden meldt meldde meldden gemeld medegedeeld meegedeeld
    aangeven aangegeven aangeeft aangaf aangaven
    toevoegen toegevoegd aangevuld
    toevoegt toevoegde toevoegden aanvult aanvulde opmerkt opmerkte opmerkten toelicht toelichtte uitlegt uitlegde
    meedeelt meedeelde aankondigt aankondigde bekendmaakt bekendmaakte volhoudt volhield
    aankondigen aangekondigd bekendgemaakt
    beweren beweert beweerde beweerden beweerd
    bevestigen bevestigt bevestigde bevestigden bevestigd
    ontkennen ontkent ontkende ontkenden ontkend
    erkennen erkent erkende erkenden erkend bekennen bekent bekende bekenden
    waarschuwen waarschuwt waarschuwde waarschuwden gewaarschuwd
    bepaalt bepaalde bepaalden bepaald schat
    verwijt verwijten verweet verweten bezweren bezweert bezwoer bezwoeren bezworen
    antwoorden antwoordt antwoordde antwoordden geantwoord
    reageren reageert reageerde reageerden gereageerd
    vragen vraagt vroeg vroegen gevraagd afgevraagd
    schrijven schrijft schreef schreven geschreven
    tweeten tweet tweette tweetten getweet twittert twitterde twitterden getwitterd
    postte postten gepost mailt mailde mailden gemaild appte appten geappt
    roepen roept riep riepen geroepen opgeroepen afvraagt afvroeg afvroegen
    noemen noemt noemde noemden genoemd
    beloven belooft beloofde beloofden beloofd toegezegd
    onderstrepen onderstreept onderstreepte onderstreepten
    beklemtonen beklemtoont beklemtoonde beklemtoonden beklemtoond
    opmerken opgemerkt toelichten toegelicht uitgelegd
    concluderen concludeert concludeerde concludeerden geconcludeerd
    constateren constateert constateerde constateerden geconstateerd
    menen meent meende meenden gemeend
    onthullen onthult onthulde onthulden onthuld
    herhalen herhaalt herhaalde herhaalden herhaald
    betogen betoogt betoogde betoogden betoogd
    suggereren suggereert suggereerde suggereerden gesuggereerd
    claimen claimt claimde claimden geclaimd
    verzekeren verzekert verzekerde verzekerden verzekerd
    berichten bericht berichtte berichtten rapporteert rapporteerde rapporteerden gerapporteerd
    beamen beaamt beaamde beaamden beaamd
    opperen oppert opperde opperden geopperd
    eisen eist eiste eisten geëist pleiten pleit pleitte pleitten gepleit aandringen aangedrongen
    bekritiseren bekritiseert bekritiseerde bekritiseerden bekritiseerd
    klagen klaagt klaagde klaagden geklaagd zucht zuchtte zuchtten gezucht
    citeert citeerde citeerden geciteerd
    oordelen oordeelt oordeelde oordeelden geoordeeld
    verzoeken verzoekt verzocht verzochten
    beschuldigen beschuldigt beschuldigde beschuldigden
    schatten schatte schatten geschat
    volhouden volgehouden toegeven toegegeven
    weerspreekt weersprak weerspraken weersproken bestrijdt bestreed bestreden
    voorspellen voorspelt voorspelde voorspelden voorspeld
    adviseert adviseerde adviseerden geadviseerd scandeert scandeerde scandeerden gescandeerd
    vervolgt vervolgde verzucht verzuchtte nuanceert nuanceerde relativeert relativeerde grapt grapte
    lacht lachte moppert mopperde verduidelijkt verduidelijkte preciseert preciseerde
    adviseren adviseert adviseerde adviseerden geadviseerd garanderen garandeert garandeerde garandeerden
    signaleren signaleert signaleerde signaleerden gesignaleerd attenderen attendeert attendeerde attendeerden geattendeerd
    bevelen beveelt beval bevalen bevolen sommeren sommeert sommeerde sommeerden gesommeerd
    sneert sneerde schampert schamperde snauwt snauwde bromt bromde stamelt stamelde fluistert fluisterde
    grijnst grijnsde jubelt jubelde juicht juichte glundert glunderde mijmert mijmerde briest brieste
    sputtert sputterde protesteert protesteerde foetert foeterde
    verkondigen verkondigt verkondigde verkondigden verkondigd berekenen berekent berekende berekenden berekend
    omschrijft omschreef omschreven omschrijven aangetoond wijsmaken wijsgemaakt beschrijft beschreef beschreven beschrijven
    bestempelt bestempelde bestempelden kwalificeert kwalificeerde kwalificeerden typeert typeerde typeerden
    redeneert redeneerde redeneerden beredeneert beredeneerde
    vermelden vermeldt vermeldde vermeldden repliceren repliceert repliceerde repliceerden gerepliceerd
    pareert pareerde pareerden gepareerd countert counterde counterden gecounterd
    schreeuwen schreeuwt schreeuwde schreeuwden geschreeuwd gilt gilde gilden gegild brult brulde brulden gebruld
    verklapt verklapte verklapten smeken smeekt smeekte smeekten gesmeekt ontraadt ontraadde ontraadden
    toezeggen toezegt toezegde toezegden optekenen opgetekend aanstipt aanstipte aangestipt
    manen maant maande gemaand aanspoort aanspoorde aanspoorden aangespoord
    becijfert becijferde becijferden becijferd zweert zwoer zwoeren gezworen poneert poneerde poneerden geponeerd
    memoreert memoreerde memoreerden gememoreerd mompelt mompelde mompelden gemompeld
    bepleiten bepleit bepleitte bepleitten
    betreuren betreurt betreurde betreurden betreurd hekelen hekelt hekelde hekelden gehekeld
    onderkennen onderkent onderkende onderkenden onderkend kreunt kreunde kreunden zeurt zeurde zeurden
    jammert jammerde jammerden pocht pochte pochten snoeft snoefde
    """.split()
)
#: "gaan … uit" reports only as "ervan uitgaan" (to assume), its "van" before the particle.
GOING = frozenset("gaat gaan ging gingen".split())
DUTCH_PARTICLE_VERBS = {
    **dict.fromkeys("laat laten liet lieten".split(), "weten doorschemeren optekenen vallen"),
    **dict.fromkeys("geeft geven gaf gaven".split(), "aan toe"),
    **dict.fromkeys("deelt delen deelde deelden".split(), "mee"),
    **dict.fromkeys("voegt voegen voegde voegden".split(), "toe"),
    **dict.fromkeys("vult vullen vulde vulden".split(), "aan"),
    **dict.fromkeys("kondigt kondigen kondigde kondigden".split(), "aan"),
    **dict.fromkeys("maakt maken maakte maakten".split(), "bekend wijs"),  # "maakt ons wijs dat …" (`_PARTICLE_WITH_DAT`)
    **dict.fromkeys("toont tonen toonde toonden".split(), "aan"),  # "toont aan dat …" (`_PARTICLE_WITH_DAT`)
    **dict.fromkeys("merkt merken merkte merkten".split(), "op"),
    **dict.fromkeys("licht lichten lichtte lichtten".split(), "toe"),
    **dict.fromkeys("legt leggen legde legden".split(), "uit"),
    **dict.fromkeys("spreekt spreken sprak spraken".split(), "tegen"),
    **dict.fromkeys("raadt raden raadde raadden".split(), "aan"),
    **dict.fromkeys("draagt dragen droeg droegen".split(), "op"),
    **dict.fromkeys("stelt stellen stelde stelden".split(), "vast"),
    **dict.fromkeys("dringt dringen drong drongen".split(), "aan"),
    **dict.fromkeys("houdt houden hield hielden".split(), "vol"),
    **dict.fromkeys("wijst wijzen wees wezen".split(), "erop"),
    **dict.fromkeys("sluit sluiten sloot sloten".split(), "uit"),  # "sluit niet uit dat …" (`_PARTICLE_WITH_DAT`)
    **dict.fromkeys("roept roepen riep riepen".split(), "op"),  # listed verbs too: the particle is no content
    **dict.fromkeys("rekent rekenen rekende rekenden".split(), "voor uit erop op"),  # "…, rekent X voor.", "rekende uit dat …"
    **dict.fromkeys("stipt stippen stipte stipten".split(), "aan"),
    **dict.fromkeys("spoort sporen spoorde spoorden".split(), "aan"),  # "spoort X aan om … te"  # "stipte aan dat …"
    **dict.fromkeys("herinnert herinneren herinnerde herinnerden".split(), "eraan"),  # reminds; not "herinnert zich"
    # what someone takes for granted or counts on, with its "dat" (`_PARTICLE_WITH_DAT`):
    # "gaat ervan uit dat …", "rekent erop dat …", "vertrouwt erop dat …"
    **dict.fromkeys(sorted(GOING), "uit"),
    **dict.fromkeys("vertrouwt vertrouwen vertrouwde vertrouwden".split(), "erop op"),
}
#: Verbs that report what others said or wrote rather than speech; still cues.
DUTCH_OPINION_VERBS = frozenset(
    "vinden vindt vond vonden denken denkt dacht dachten verwachten verwacht verwachtte verwachtten"
    " geloven gelooft geloofde geloofden achten acht achtte achtten overtuigd mening"
    " uitgaan uitgaat uitging uitgingen uitgegaan"  # "(dat hij) ervan uitgaat dat …"
    " bedoelt bedoelde bedoelden eens".split()  # "bedoelde daarmee dat …", "is het (ermee) eens dat …"
)


REPORTING_VERBS = {"nl": DUTCH_VERBS | DUTCH_OPINION_VERBS, "en": ENGLISH_VERBS}
#: Every reporting verb form of every language (for a text in a language
#: without its own list, and for words that end a role phrase).
ALL_REPORTING_VERBS = frozenset().union(*REPORTING_VERBS.values())

#: Words that introduce reported content ("zegt dat ...", "said that ...").
COMPLEMENTISERS = {"nl": frozenset({"dat", "of"}), "en": frozenset({"that"})}
#: "volgens X", "according to X": the source before the content.
SOURCE_BEFORE = {
    "nl": ("volgens", "naar de mening van", "naar het oordeel van", "in de woorden van"),
    "en": ("according to", "in the words of"),
}
#: "..., aldus X": the source after the content.
SOURCE_AFTER = {"nl": ("aldus",), "en": ()}
#: "Dat meldt X." points back to the previous sentence.
ANAPHORS = {"nl": frozenset({"dat", "dit", "zo"}), "en": frozenset({"that", "this"})}
#: Pronouns that refer back to one person (Dutch "zij"/"ze" may be plural).
SINGULAR_PRONOUNS = {"nl": frozenset({"hij", "hem", "haar"}), "en": frozenset({"he", "she", "him", "her"})}
PRONOUNS = {
    "nl": frozenset({"hij", "zij", "ze", "hem", "haar", "hen"}),
    "en": frozenset({"he", "she", "they", "him", "her", "them", "it"}),
}
#: Dutch "spreken van": what one speaks of, named right after "van", is
#: what one said ("De brandweer sprak van een 'gecompliceerde redding'").
SPEAKING_OF = frozenset("spreekt spreken sprak spraken rept reppen repte repten".split())
#: Separable verbs, by language: finite form to the particle it needs.
#: English verbs that report with the word right after them ("called on X to …").
ENGLISH_PARTICLE_VERBS = dict.fromkeys("call calls called calling".split(), "on upon")
PARTICLE_VERBS = {"nl": DUTCH_PARTICLE_VERBS, "en": ENGLISH_PARTICLE_VERBS}
#: Reporting verbs that a particle at the end of their clause makes another
#: verb: "dacht lang na" (nadenken), "zei de afspraak af" (afzeggen),
#: "vroeg een vergunning aan" (aanvragen), "schreef zich in", "stelde het
#: besluit uit", "meldde zich aan". Finite form to those particles.
NOT_SPEECH_PARTICLES = {
    **dict.fromkeys("denkt denken dacht dachten".split(), "na mee"),
    **dict.fromkeys("zegt zeggen zei zeiden".split(), "af"),
    **dict.fromkeys("vraagt vragen vroeg vroegen".split(), "aan"),
    **dict.fromkeys("schrijft schrijven schreef schreven".split(), "in uit over"),
    **dict.fromkeys("stelt stellen stelde stelden".split(), "uit in beschikbaar beschikking teleur"),  # "stelde er geld voor beschikbaar"
    **dict.fromkeys("meldt melden meldde meldden".split(), "af aan"),
}


@dataclass(frozen=True)
class Cues:
    """The words that attribute speech in one language. The quote component
    keeps them as its data, so a pipeline saved with `to_disk` carries them
    and a user can edit them there."""

    verbs: frozenset[str]
    particle_verbs: dict[str, str] = field(default_factory=dict)
    complementisers: frozenset[str] = frozenset()
    source_before: tuple[str, ...] = ()
    source_after: tuple[str, ...] = ()
    anaphors: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    singular_pronouns: frozenset[str] = frozenset()

    def to_json(self) -> dict:
        return {f.name: _plain(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_json(cls, data: dict) -> "Cues":
        return cls(**{f.name: _FIELD_TYPES.get(f.name, frozenset)(data.get(f.name) or ()) for f in fields(cls)})


#: How each field of `Cues` is rebuilt from JSON; the others are sets.
_FIELD_TYPES = {"particle_verbs": dict, "source_before": tuple, "source_after": tuple}


def _plain(value):
    """A value of `Cues` as JSON can hold it (sets sorted, for stable files)."""
    return sorted(value) if isinstance(value, frozenset) else value


def cues_for(lang: str | None) -> Cues:
    """The built-in cues of `lang`. A text in another language gets every
    reporting verb the reader knows; one of unknown language is read with
    the English function words."""
    table = lang if lang in REPORTING_VERBS else ("en" if lang is None else "")
    return Cues(
        verbs=REPORTING_VERBS.get(lang or "", ALL_REPORTING_VERBS),
        particle_verbs=dict(PARTICLE_VERBS.get(table, {})),
        complementisers=COMPLEMENTISERS.get(table, frozenset()),
        source_before=SOURCE_BEFORE.get(table, ()),
        source_after=SOURCE_AFTER.get(table, ()),
        anaphors=ANAPHORS.get(table, frozenset()),
        pronouns=PRONOUNS.get(table, frozenset()),
        singular_pronouns=SINGULAR_PRONOUNS.get(table, frozenset()),
    )


def has_particle(doc, index: int, particles: list[str], lang: str, sentence_end: int) -> bool:
    """Whether the separable verb at `index` has one of its `particles`: an
    English one right after it ("called on"), a Dutch one anywhere after it
    in the sentence ("laat … weten") or before its "te" ("door aan te
    kondigen dat")."""
    if lang == "en":
        return index + 1 < len(doc) and doc[index + 1].lower_ in particles
    if index >= 2 and doc[index - 1].lower_ == "te" and doc[index - 2].lower_ in particles:
        return True
    if index >= 1 and doc[index - 1].lower_ in particles and doc[index - 1].lower_.startswith("er"):
        return True  # "die erop wijst dat …": a clause's verb comes last, after its "erop"
    return any(t.lower_ in particles and _with_its_dat(doc, index, t) for t in doc[index + 1 : sentence_end])


#: Separable verbs that are a cue only with "dat" (or "te") after their
#: particle, by the particle: "sluit niet uit dat …", "sluit niet uit een
#: poging te doen"; not "sluit verdere acties niet uit" (no content) or
#: "sloot de weg uit voorzorg af"; "toont aan dat …" (not "toonde interesse
#: aan"), "maakt ons wijs dat …" (the gold README counts both).
_PARTICLE_WITH_DAT = {
    **dict.fromkeys("sluit sluiten sloot sloten".split(), "uit"),
    **dict.fromkeys("toont tonen toonde toonden".split(), "aan"),
    **dict.fromkeys("maakt maken maakte maakten".split(), "wijs"),
    **dict.fromkeys("rekent rekenen rekende rekenden".split(), "uit erop op"),  # "rekende uit dat": not "rekent uit op zijn pensioen"
    **dict.fromkeys(sorted(GOING), "uit"),  # "gaat ervan uit dat": not "het licht gaat uit"
    **dict.fromkeys("vertrouwt vertrouwen vertrouwde vertrouwden".split(), "erop op"),
}


def _with_its_dat(doc, verb: int, particle) -> bool:
    if particle.lower_ not in _PARTICLE_WITH_DAT.get(doc[verb].lower_, "").split():
        return True
    if doc[verb].lower_ in GOING and not any(t.lower_ in ("ervan", "van") for t in doc[verb + 1 : particle.i]):
        return False  # "het dorp gaat uit dat weekend": going out
    after = doc[particle.i + 1 : particle.i + 8]
    if not len(after) or after[0].lower_ == "dat":
        return bool(len(after))
    # "te" only after "niet uit": "sloot de weg uit voorzorg af om te zoeken" is no cue
    negated = particle.i > 0 and doc[particle.i - 1].lower_ == "niet"
    return negated and any(t.lower_ == "te" for t in after)


#: Dutch adjectives of a judgement after "achten" and its object ("achtte de agenten schuldig").
_JUDGEMENTS = frozenset("schuldig onschuldig bewezen aannemelijk verantwoordelijk aansprakelijk".split())


def judgement_after(doc, verb: int, end: int) -> bool:
    """A judgement adjective within a few words after the Dutch opinion verb
    at `verb` ("Zij achtte de agenten schuldig aan …"), before a comma."""
    for token in doc[verb + 1 : min(end, verb + 8)]:
        if token.is_punct:
            return False
        if token.lower_ in _JUDGEMENTS:
            return True
    return False


#: Dutch "vinden" as an opinion ("vindt het plan onzin"; `opinions`).
FINDING_VERBS = frozenset("vindt vond vonden vinden".split())
#: Adverbs between "noemt het" and its predicate ("noemt het zelf een …").
ADVERBS_BETWEEN = frozenset("zelf ook wel nog dan echt toch zelfs eerder".split())
_BEFORE_VAN = ADVERBS_BETWEEN | frozenset("eens al toen nu ooit openlijk steeds".split())
#: Dutch "omschrijven … als": what someone calls something too.
DESCRIBING_VERBS = frozenset(
    "omschrijft omschreef omschreven omschrijven bestempelt bestempelde bestempelden kwalificeert kwalificeerde"
    " kwalificeerden typeert typeerde typeerden".split()
)


def of_after_speaking(doc, index: int, end: int) -> int | None:
    """The "van" of `SPEAKING_OF` at token `index`, adverbs between ("sprak
    eens van een '…'"), before token `end`; None when there is none."""
    j = index + 1
    while j < end and doc[j].lower_ in _BEFORE_VAN:
        j += 1
    return j if doc[index].lower_ in SPEAKING_OF and j < end and doc[j].lower_ == "van" else None


def phrase_cue(doc, index: int, end: int) -> bool:
    """A Dutch cue of more than a verb at token `index`: "spreekt van"
    (`of_after_speaking`), "heeft er vertrouwen in dat" (`conviction`)."""
    return of_after_speaking(doc, index, end) is not None or conviction(doc, index, end)


def noun_after(token, word: str) -> bool:
    """Whether English cue word `word` after `token` is a noun, not a verb:
    after a determiner or an adjective ("these reports", "a separate
    report"; not an adjective before a past tense: "Best said"), and an -s
    form after a verb that is no auxiliary ("rejected claims"); after a
    plural's genitive ("officials' vows"; not a closing quotation mark:
    "…,' vowed X")."""
    before = token.nbor(-1) if token.i > 0 else None
    if token.text in ("'", "’") and before is not None and not before.whitespace_ and before.is_alpha and before.lower_.endswith("s"):
        return True
    if token.pos_ in ("DET", "NUM") or (token.pos_ == "ADJ" and word not in _PAST and not word.endswith("ed")):
        return True
    return word.endswith("s") and token.lower_ not in _AUXILIARIES_EN and token.tag_ in ("VBD", "VBZ", "VBP", "VBN")


def noun_modifier(token) -> bool:
    """Whether an English cue word is a noun that modifies the noun after
    it in the parse ("Romanian listed state engineer Comelf said", "report
    card"), not a verb; never "say" or "tell", which the parse now and then
    tags so ("Travellers arriving in Egypt say militants …")."""
    return token.pos_ == "NOUN" and token.dep_ == "compound" and token.lower_ not in _NEVER_NOUNS


#: English reporting verbs that are hardly ever a noun.
_NEVER_NOUNS = frozenset("say says said tell tells told".split())


def no_speech(word: str, following) -> bool:
    """ "British Land added 12p": a gain in prices; "added the third (goal)":
    a score; "charged with theft": a charge brought; "acht doden": a
    number; not speech."""
    if word in ("add", "report") and following.i >= 2 and following.doc[following.i - 2].lower_ in _MODALS:
        # "the panel will add two tranches to …", "Cofinec will report a disappointing first half":
        # adding something, reporting results; not saying (unless "that" follows)
        return following.lower_ != "that"
    if word in _GAINED:
        after = following.nbor() if following.i + 1 < len(following.doc) else following
        return following.text[:1].isdigit() or (following.lower_ in ("a", "the", "his", "her") and after.lower_ in _ORDINALS)
    if word == "eens":
        return not _agreeing(following.doc, following.i - 1)
    if word == "acht" and following.pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "PUNCT"):
        return True  # "acht doden", "acht jaar": eight, not "acht bewezen", "acht het aannemelijk"
    return word == "charged" and following.lower_ == "with"


#: Words that make "eens" once or again ("nog eens", "al eens"), not agreeing.
_ONCE = frozenset("nog maar weer ook al even toch zelfs zeker dan".split())


def _agreeing(doc, index: int) -> bool:
    """ "zijn het (er niet over) eens": Dutch "eens" at `index` as agreeing,
    with "het" a few words before it in the clause; not "nog (maar) eens"."""
    if index == 0 or doc[index - 1].lower_ in _ONCE:
        return False
    return in_the_clause_before(doc, index, "het", 6)


_PAST = frozenset("said told wrote thought".split())
_AUXILIARIES_EN = frozenset("is are was were has have had do does did will would can could may might".split())
_GAINED = frozenset("add adds added".split())
_MODALS = frozenset("will would can could may might should must to".split())
_ORDINALS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth".split())


#: Verbs of naming: the words quoted after them are what was said ("noemde het 'totaal onacceptabel'").
NAMING_EN = frozenset("call calls called".split())
NAMING_VERBS = frozenset("noemt noemde noemden noemen genoemd".split()) | NAMING_EN


@lru_cache(maxsize=8)
def cue_word_hashes(verbs: frozenset[str], particle_verbs: frozenset[str]):
    """The hashes of every word `QuoteFinder.is_cue` can take (a reporting
    verb, a separable one, "spreekt" of "spreekt van", "vertrouwen" of
    "heeft er vertrouwen in dat"): the tokens of a text with another word
    are passed without a Token object for each."""
    return word_hashes(verbs | particle_verbs | SPEAKING_OF | CONVICTIONS.keys())


def inflected_adjective(token) -> bool:
    """A Dutch adjective with the -e it takes before a noun ("diepe")."""
    return token.pos_ == "ADJ" and token.text.islower() and token.text.endswith("e")

