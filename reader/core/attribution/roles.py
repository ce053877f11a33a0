"""A person's role when the text gives it next to the name.

- before the name: ``de Russische minister van Buitenlandse Zaken Sergej
  Lavrov`` → ``Russische minister van Buitenlandse Zaken``;
- before and after: ``directeur William Burns van de CIA`` → ``directeur
  van de CIA``;
- an apposition: ``Sergej Narysjkin, het hoofd van de Russische
  inlichtingendienst SVR.`` → ``hoofd van de Russische inlichtingendienst SVR``.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.lang.nl.stop_words import STOP_WORDS as NL_STOP_WORDS
from spacy.tokens import Doc, Span, Token

from ..labels import reader_label
from .cues import ALL_REPORTING_VERBS
from .genders import fits

#: Nouns that name a position, Dutch and English (lower case). Dutch
#: compounds ending in one of them count too (buitenlandminister, Wagnerbaas).
DEFAULT_ROLE_NOUNS = frozenset(
    """
    minister premier president directeur topman topvrouw baas voorzitter leider woordvoerder
    woordvoerster burgemeester wethouder kamerlid senator gouverneur ambassadeur diplomaat
    generaal commandant bevelhebber koning koningin prins prinses paus kardinaal bisschop rechter
    advocaat aanklager hoofdredacteur correspondent onderzoeker hoogleraar econoom analist
    oprichter eigenaar trainer coach aanvoerder staatssecretaris kanselier hoofd bondgenoot
    prime chancellor director chief chairman chairwoman chair head leader spokesman spokeswoman
    spokesperson mayor governor congressman congresswoman representative ambassador envoy
    general commander king queen prince princess pope cardinal bishop judge lawyer attorney
    prosecutor editor reporter researcher professor economist analyst founder owner manager
    captain secretary ally ceo chef pastoor dominee priester imam rabbijn pastor priest rabbi
    commissaris officier inspecteur procureur notaris curator griffier secretaris bestuurder
    raadslid statenlid gedeputeerde lijsttrekker parlementariër europarlementariër ombudsman
    wetenschapper historicus politicoloog socioloog psycholoog psychiater jurist journalist
    bioloog ecoloog mycoloog geoloog criminoloog viroloog epidemioloog cardioloog neuroloog oncoloog
    archeoloog theoloog klimatoloog winnaar natuurkundige scheikundige
    columnist schrijver auteur presentator presentatrice scheidsrechter bondscoach kolonel
    commissioner lawmaker inspector sheriff historian scientist author adviser
    advisor counsel strategist colonel winner physicist chemist
    """.split()
)
#: Nouns for speakers without a name that news quotes: groups, bodies and
#: media ("police said", "volgens omwonenden", "de rechtbank oordeelde").
#: They may speak but are no one's role. Plurals are listed where not -s.
SPEAKER_NOUNS = frozenset(
    """
    politie justitie kabinet regering ministerie gemeente provincie rechtbank hof krant omroep
    vakbond bond bedrijf organisatie instantie inspectie onderzoeksraad partij fractie
    verdachte verdachten medewerker medewerkers omwonende omwonenden bewoner bewoners getuige
    getuigen deskundige deskundigen expert experts ouders familie nabestaanden betrokkenen
    police officials official authorities government ministry agency radio television newspaper
    prosecutors witness witnesses residents experts sources source court union company spokesmen
    diplomats observers investigators organisers organizers rebels army military
    dienst diensten stichting club groep vereniging raad school universiteit ziekenhuis brandweer
    leger fabrikant producent bouwer maker vrouw man moeder vader zoon dochter politicus agent
    agenten arts dokter leraar docent student studenten boer ondernemer klant klanten kiezers jongen meisje
    demonstranten actievoerders inwoners buren slachtoffer slachtoffers supporters speler spelers
    woman mother father doctor teacher student students farmer officer officers family neighbours
    neighbors victim victims fans players group council school university hospital
    magazine weekly tabloid broadcaster paper daily others tijdschrift weekblad dagblad
    trader dealer broker banker investor worker villager refugee protester demonstrator soldier troops
    activist aide negotiator relative fishermen miners people mensen lieden dader daders
    bank commission committee board department embassy federation association institute
    commissie comité ambassade federatie
    office service firm giant brokerage command companies suspect detective pilot surgeon nun friend
    champion umpire girl boy women mannen vrouwen rechercheur kantoor consortium airline carrier operator force bron bronnen
    gemeenteraad fonds bekende bekenden party parties movement alliance coalition opposition
    meid meiden jongens kinderen tieners rebellen opstandeling opstandelingen militanten strijders
    crimineel criminelen gewonde gewonden betrokkene vluchteling vluchtelingen leerling leerlingen
    gevangene gevangenen nabestaande ooggetuige ooggetuigen stel echtpaar kandidaat kandidaten
    soldaat soldaten fan ingewijde ingewijden ambtenaar ambtenaren veteraan veteranen collega
    collega's stagiair partner echtgenoot echtgenote weduwe weduwnaar vriend vrienden vriendin
    democraten republikeinen conservatieven liberalen socialisten democrats republicans conservatives liberals
    vriendinnen broer broers zus zussen zuster kind opa oma oom tante neef nicht grootmoeder grootvader
    brother sister son daughter wife husband colleague veteran child uncle aunt couple candidate
    senaat senate parlement parliament congres congress tribunaal tribunal jury
    bedrijfsleven oppositie coalitie werkgevers werknemers vakbonden bestuur directie redactie college
    utility utilities watchdog startup corporation conglomerate charity network
    """.split()
)
#: Words ending in "man" that are no person (buurman, zakenman, politieman are).
_NOT_MEN = frozenset("roman romans talisman kaaiman caiman ottoman".split())
#: Long words ending in one of these are speaker nouns too
#: (energiebedrijf, regeringspartij, vliegtuigbouwer, chipmaker,
#: ondernemingsraad, huisarts, voetbalclub).
_SPEAKER_HEADS = tuple(noun for noun in SPEAKER_NOUNS if len(noun) >= 5) + ("raad", "arts", "club")
_DETERMINERS = frozenset({"de", "het", "een", "the", "a", "an", "zijn", "haar", "hun", "his", "her", "its", "their"})
_OF = frozenset({"van", "of", "bij", "at", "for", "voor"})
#: Words that end a role phrase looking back from the name: every reporting
#: verb, and words that join or introduce phrases.
_STOPS = ALL_REPORTING_VERBS | frozenset(
    "aldus volgens according to en and or dat that met with door by als as toen when".split()
)
_WINDOW = 8


def _describes(token: Token) -> bool:
    """An adjective before a role noun ("voormalige", "Russische", "oud-")."""
    nationality = token.text.istitle() and token.lower_.endswith(("se", "sche", "ese"))  # "Britse", "Japanese"
    return token.lower_ in _ROLE_ADJECTIVES or nationality or _english_modifier(token) or (
        token.pos_ == "ADJ" and token.lower_ not in _DETERMINERS
    )


def _english_modifier(token: Token) -> bool:
    """English nouns and names modify a role as Dutch compounds do ("Dutch
    infrastructure minister", "U.S. Cardinal", "ex-Milan coach"); the roles
    are found before tagging, so by form: a capitalised word, or a
    lower-case one that is no stop word and no verb form."""
    word = token.lower_
    if token.lang_ != "en" or word in _STOP_WORDS or word in ALL_REPORTING_VERBS or not any(c.isalpha() for c in word):
        return False
    if token.text[:1].isupper():
        return not token.is_sent_start or token.ent_type_ != ""  # "Former", "But" opening the sentence: no
    return token.is_alpha and word not in _ENGLISH_VERBS and not word.endswith(("ed", "ing"))


#: Stop words (spaCy's lists) end a role phrase, but "van"/"of" ("minister van Financiën").
_STOP_WORDS = frozenset(NL_STOP_WORDS | EN_STOP_WORDS)
#: English verbs before a role and name ("will meet Foreign Minister X").
_ENGLISH_VERBS = frozenset("meet meets met visit visits beat beats succeed succeeds replace replaces join joins face faces".split())
#: Words before a role that the tagger may not call adjectives.
_ROLE_ADJECTIVES = frozenset(
    "voormalig voormalige toenmalig toenmalige huidig huidige oud- former ex- demissionair demissionaire nieuwe kersverse".split()
)


_VOWELS = "aeiou"


def singulars(word: str) -> tuple[str, ...]:
    """`word` (lower case) and the singulars it may be the plural of: "-s"
    (ministers), Dutch "-en" (artsen) with a long vowel restored
    (advocaten → advocaat, meteorologen → meteoroloog), a doubled consonant
    undone (rebellen → rebel) and "v"/"z" back to "f"/"s" (bedrijven,
    bazen → baas)."""
    forms = [word]
    if word.endswith("s") and len(word) > 4:
        forms.append(word[:-1])
    if word.endswith("en") and len(word) > 4:
        stem = word[:-2]
        stem = stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1], stem[-1])
        forms.append(stem)
        if stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
            forms.append(stem[:-1])
        elif stem[-2] in _VOWELS and stem[-3] not in _VOWELS and stem[-1] not in _VOWELS:
            forms.append(stem[:-1] + stem[-2] + stem[-1])
    return tuple(forms)


def _a_student_of(word: str) -> bool:
    """A Dutch "-oloog" names who studies the field (meteoroloog,
    hydroloog), not "monoloog" or "proloog"."""
    return word.endswith("oloog") and len(word) > 7 and word not in ("monoloog", "proloog")


def lower_case(token: Token) -> bool:
    """A word in lower case, or capitalised only as its sentence's first ("Eyewitnesses told …")."""
    return token.text.islower() or (token.is_sent_start and token.text[1:].islower() and not token.ent_type_)


def _place_or_org(token: Token) -> bool:
    return bool(token.ent_type_) and reader_label(token.ent_type_) in ("ORG", "LOC")


def _organisation_after(doc: Doc, span: Span) -> str | None:
    """``van de (Amerikaanse inlichtingendienst) CIA`` after the name."""
    if span.end >= len(doc) or doc[span.end].lower_ not in _OF:
        return None
    last = None
    for i in range(span.end + 1, min(len(doc), span.end + 1 + _WINDOW // 2 + 2)):
        token = doc[i]
        if token.is_punct or token.is_space:
            break
        if _place_or_org(token):
            last = i
        elif last is not None:
            break
    return doc[span.end : last + 1].text if last is not None else None


class Roles:
    """Finds roles with a list of role nouns. The actor component keeps the
    list as its data (saved with the pipeline); the default is
    `DEFAULT_ROLE_NOUNS`."""

    def __init__(self, nouns=DEFAULT_ROLE_NOUNS):
        self.nouns = frozenset(nouns)
        # Dutch compounds ending in a role noun count too (buitenlandminister).
        self._compound_heads = tuple(noun for noun in self.nouns if len(noun) >= 4)

    def is_speaker_word(self, token: Token) -> bool:
        """A role noun, or a noun for a group or body that speaks (`SPEAKER_NOUNS`)."""
        word = token.lower_
        return (
            self.is_role_word(token)
            or token.text == "Kamer"  # "de Kamer": the Dutch parliament (not "woonkamer")
            or word in SPEAKER_NOUNS
            or word.rstrip("s") in SPEAKER_NOUNS
            or (word.endswith("en") and word[:-2] in SPEAKER_NOUNS)  # Dutch plural: boeren, artsen
            # a compound, singular or plural: energiebedrijf, dierenorganisaties, energiebedrijven
            or (len(word) > 7 and lower_case(token) and any(form.endswith(_SPEAKER_HEADS) for form in singulars(word)))
            or (len(word) > 5 and lower_case(token) and word.endswith("man") and word not in _NOT_MEN)
            # after a name and a hyphen: "D66-fractie", "VVD-kiezers", "Shell-medewerkers"
            or ("-" in word[1:-1] and any(form in SPEAKER_NOUNS for form in singulars(word.rpartition("-")[2])))
        )

    def after_its_field(self, span: Span | None) -> int | None:
        """Where a name may start when `span` ends in a role or speaker noun and the
        word after it is the field of the role ("student bouwkunde | Yousef
        Koja", "hoogleraar economie | Jan Smit"): a lower-case word that is
        no function word or verb. None otherwise."""
        if span is None or not len(span):
            return None
        doc = span.doc
        if self.is_speaker_word(span[-1]) and span.end + 1 < len(doc):
            field, name = doc[span.end], span.end + 1
        elif len(span) > 1 and self.is_speaker_word(span[-2]) and span.end < len(doc):
            field, name = span[-1], span.end  # the phrase took the field in already
        else:
            return None
        # not a finite verb: "volgens de woordvoerder pleegde | Jan de Vries …"
        lower = field.is_alpha and field.text.islower() and len(field) > 3 and "Fin" not in field.morph.get("VerbForm")
        if not lower or field.lower_ in NL_STOP_WORDS or field.lower_ in EN_STOP_WORDS or field.lower_ in ALL_REPORTING_VERBS:
            return None
        return doc[name].idx

    def is_role_word(self, token: Token) -> bool:
        """A role noun, its plural (`singulars`), or a Dutch compound ending
        in one; a singular ending in "s" (commissaris, historicus) is itself."""
        forms = singulars(token.lower_)
        return any(
            form in self.nouns or (len(form) > 6 and form.endswith(self._compound_heads)) or _a_student_of(form)
            for form in forms
        )

    def find(self, doc: Doc, span: Span) -> str | None:
        """The role given next to the person named by `span`, if any."""
        before = self._before(doc, span)
        if before:
            after = _organisation_after(doc, span)
            return f"{before} {after}" if after else before
        return self._apposition(doc, span)

    def _before(self, doc: Doc, span: Span) -> str | None:
        """The role word nearest before the name, with what stands between
        them ("minister van Buitenlandse Zaken X") and the adjectives before
        it ("de voormalige Russische senator X"); not the clause around it
        ("… fascineert psycholoog X", "woordvoerder van wethouder X": the
        alderman)."""
        found = None
        i = span.start - 1
        while i >= 0 and span.start - i <= _WINDOW:
            token = doc[i]
            if token.is_punct or token.is_space or token.lower_ in _DETERMINERS or token.lower_ in _STOPS:
                break
            if self.is_role_word(token):
                found = i
                break
            if token.lower_ in _STOP_WORDS and token.lower_ not in _OF:
                break  # "… te sturen omdat meneer X", "leaders in Chechnya have criticised X": a clause between
            if token.ent_type_ in ("PER", "PERSON"):
                break  # "journalist Rob Jaspers X": the role is the other person's
            i -= 1
        if found is None:
            return None
        first = found
        while first - 1 >= 0 and span.start - first < _WINDOW and _describes(doc[first - 1]):
            first -= 1
        return doc[first : span.start].text

    def _apposition(self, doc: Doc, span: Span) -> str | None:
        i = span.end
        if i + 2 >= len(doc) or doc[i].text != ",":
            return None
        # "Name, de voormalige diplomaat …," or "Name, chairman of …,"
        first = i + 2 if doc[i + 1].lower_ in _DETERMINERS else i + 1
        if first == i + 1 and not self.is_role_word(doc[first]):
            return None
        end = first
        while end < len(doc) and end - i <= 2 * _WINDOW:
            if doc[end].text in {",", ".", ";", ":", "!", "?"} or doc[end].is_space:
                break
            end += 1
        if end >= len(doc) or doc[end].text not in {",", "."}:
            return None
        words = doc[first:end]
        if not any(self.is_role_word(t) for t in words[:4]):
            return None
        return words.text


def may_be(pronoun: str, word: str) -> bool:
    """Whether `pronoun` may stand for a person described by `word`: not
    "she" for "the boy", not "hij" for "de vrouw"."""
    gender = gendered(word)
    return gender is None or fits(pronoun, gender)


def gendered(word: str) -> str | None:
    """ "female" or "male" for a noun for a woman or a man ("buurvrouw",
    "spokesman", "meisje"), else None."""
    # buurvrouw, zakenvrouw, spokeswoman: "woman" ends in "man" but is no man's word
    if word in FEMALE_NOUNS or word.endswith("woman") or (word.endswith("vrouw") and len(word) > 5):
        return "female"
    return "male" if word in MALE_NOUNS or (word.endswith("man") and len(word) > 3 and word not in _NOT_MEN) else None


#: Nouns for a man or boy, and for a woman or girl.
MALE_NOUNS = frozenset("man jongen vader zoon broer heer boy father son brother husband".split())
FEMALE_NOUNS = frozenset("vrouw meisje moeder dochter zus dame woman girl mother daughter sister wife".split())


def by_role(phrase: str, actors: list, at: int):
    """ "de staatssecretaris", "the minister": the one person named before
    `at` whose role has that noun ("Staatssecretaris Stientje van
    Veldhoven"); None when no one or more than one has it."""
    words = phrase.lower().split()
    if len(words) != 2 or words[0] not in _THE:
        return None
    noun = words[1]
    found = [
        actor
        for actor in actors
        if actor.label == "PER" and actor.role and actor.mentions and actor.mentions[0][0] < at
        and _role_head(actor.role) is not None
        and (_role_head(actor.role) == noun or len(noun) >= 5 and _role_head(actor.role).endswith(noun)
             or noun in _IN_GOVERNMENT and _role_head(actor.role) in _GOVERNMENT_ROLES)
    ]
    return found[0] if len(found) == 1 else None


#: Dutch nouns for a member of the government ("de bewindsvrouw"), and the roles they stand for.
_IN_GOVERNMENT = frozenset("bewindsman bewindsvrouw bewindspersoon bewindslieden".split())
_GOVERNMENT_ROLES = frozenset("minister staatssecretaris premier minister-president".split())


def _role_head(role: str) -> str | None:
    """The noun a role is, before "van"/"of": its last word for a role or
    a speaker ("secretary" of "Agriculture Secretary", "spokesman" of
    "German Foreign Ministry spokesman": no ministry, "bisschop" of
    "Bisschop Jos van het bisdom …"), else its last word in lower case,
    else its first."""
    words = []
    for word in role.replace("-", " ").split():
        if word.lower() in _OF:
            break
        words.append(word)
    nouns = [word.lower() for word in words if word.lower() in DEFAULT_ROLE_NOUNS or word.lower() in SPEAKER_NOUNS]
    lower = [word for word in words if word.islower()]
    return nouns[-1] if nouns else (lower[-1] if lower else words[0].lower()) if words else None


#: Articles before a role noun ("de staatssecretaris"); `_OF` ends a role's own noun ("minister | van …").
_THE = frozenset("de het the".split())
