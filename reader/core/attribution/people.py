"""Words for people: whether a phrase describes a person or group by a
noun ("een verkoper van een kraam", "veel jongeren", "the organisers"),
whether a noun is plural, and which sentences open with someone described.
Used by the speaker checks and the pronoun rules."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from .names import ARTICLES, name_end
from .roles import DEFAULT_ROLE_NOUNS, FEMALE_NOUNS, MALE_NOUNS, SPEAKER_NOUNS, gendered, lower_case
from .titles import demonym_plural

#: Words after which a phrase's noun has been passed ("een verhuurder van …").
_MODIFIER_STARTS = frozenset("van uit in op bij met via die dat of from in at with via who which that".split())
#: Endings of nouns for people by what they do (verhuurder, eigenaar,
#: journalist, fabrikant, patiënt, directeur, psycholoog; organiser, investor).
_PERSON_ENDINGS = tuple(
    "er ers aar aars ares ist isten ant anten ent enten ënt ënten eur eurs ier iers oog ogen or ors ists ants ents"
    " ian ians".split()
)
#: Words with those endings that are no people.
_NOT_PEOPLE = frozenset(
    "computer nummer nummers water winter zomer oktober november december september centrum theater "
    "register kader filter monster paper poster letter number matter center chapter quarter cijfer meter liter "
    "kilometer papier dossier manier kwartier moment procent percent argument document element segment "
    "restaurant variant motor sector factor figure border summer"
    # adverbs and comparatives in -er ("The unlisted bank earlier announced …")
    " earlier rather further farther whether together however another neither either higher greater larger"
    " smaller bigger longer stronger weaker better eerder verder minder sneller kleiner sterker zwakker langer".split()
)
#: Compounds ending in one of them are no people either (woonkamer, drinkwater).
_THINGS = tuple(_NOT_PEOPLE | {"kamer", "ment", "guilder"})


def describes_a_person(span) -> bool:
    """A phrase that opens with an article, a quantifier or a possessive and
    whose noun names a person by what they do ("een verkoper van een kraam",
    "de eigenaresse", "veel jongeren", "the organisers"): Dutch and English
    agent-noun endings, checked up to the first word that starts a modifier.
    A plural alone needs no article ("volgens critici", "Tegenstanders
    zeggen", capitalised only as the first word of its sentence)."""
    if _share_of_people(span) or _a_bare_list(span) or _some_of_them(span):
        return True
    if len(span) == 1 or span[1].lower_ in _MODIFIER_STARTS:
        # "volgens critici", "Bystanders at the scene said": a plural for people needs no article
        return lower_case(span[0]) and _people(span[0].lower_)
    if span[0].lower_ not in ARTICLES and span[0].lower_ not in _QUANTIFIERS:
        return False
    head = _head(span)
    if head is None or (head.pos_ and head.pos_ != "NOUN"):
        return False
    word = head.lower_
    if demonym_plural(span.doc, head):
        return True  # "Veel Soedanezen", "de meeste Britten": a country's people
    # "the men", never a bare "men": Dutch "men" is "one"
    return head.text.islower() and (agent_noun(word) or _people(word) or word in _PERSONS or word.endswith("vrouw") or word == "men")


#: Nouns for one person that no agent ending gives away ("De vrouw wil haar
#: naam niet noemen", "the widow"); Dutch compounds on "-vrouw" count too.
_PERSONS = MALE_NOUNS | FEMALE_NOUNS | frozenset(
    "weduwe weduwnaar echtgenote echtgenoot bewoonster tiener widow widower teenager".split()
)


def _a_bare_list(span) -> bool:
    """A list of plurals for people with no article ("voor- en
    tegenstanders", "boeren, tuinders en vissers"): words of the list
    (`list_word`) joined by commas and one "en"/"of" before the last, which
    is a plural for people; a word cut off at its hyphen shares it."""
    words = list(span)
    if len(words) < 3 or words[-2].lower_ not in _AND_OR or not all(list_word(t) for t in words[::2]):
        return False
    if any(t.text != "," for t in words[1:-2:2]):
        return False
    return _people(words[-1].lower_) and all(t.text.endswith("-") or _people(t.lower_) for t in words[:-2:2])


def list_word(token) -> bool:
    """A word that may stand in a list of who speaks: a noun in lower case
    (capitalised only opening its sentence), or one cut off at its hyphen
    ("patiënten-")."""
    text = token.text.rstrip("-")
    lower = token.text.islower() or token.is_sent_start
    return text.isalpha() and lower and (token.text.endswith("-") or token.pos_ == "NOUN")


def in_a_list(doc, comma: int) -> bool:
    """Whether the comma at token `comma` stands between the words of a
    list that ends with "en"/"of" and a word ("zeggen boeren, tuinders en
    vissers", "patiënten-, artsenorganisaties en politici"): inside one
    phrase of who speaks."""
    if comma == 0 or not list_word(doc[comma - 1]):
        return False
    i = comma
    while i + 1 < len(doc) and doc[i].text == "," and list_word(doc[i + 1]):
        i += 2
    return i > comma and i + 1 < len(doc) and doc[i].lower_ in _AND_OR and list_word(doc[i + 1])


_AND_OR = frozenset("en of and or".split())


def _share_of_people(span) -> bool:
    """A share of a group as a survey reports it: "de helft van de
    ondervraagden", "65 procent", "twee derde van de Nederlanders", "a
    third of voters": a share word, and after "van"/"of" a group of people
    or nothing."""
    words = [t.lower_ for t in span]
    share = next((i for i, w in enumerate(words) if w in _SHARES), None)
    if share is None or share > 3:
        return False
    rest = span[share + 1 :]
    if not len(rest):
        return True
    if rest[0].lower_ not in ("van", "of"):
        return False
    last = rest[-1]
    return bool(last.ent_type_) or _people(last.lower_) or last.lower_ in _GROUPS


def _some_of_them(span) -> bool:
    """Some of a group the text named before: "een aantal van hen", "twee
    van hen", "many of them" (not "geen van hen": no one)."""
    words = [t.lower_ for t in span]
    return len(words) >= 3 and words[-2:] in (["van", "hen"], ["of", "them"]) and (words[-3] in _SOME or words[-3].isdigit())


_SOME = frozenset(
    "aantal velen sommigen enkelen meesten twee drie vier vijf zes zeven acht negen tien"
    " many some most several two three four five six seven eight nine ten".split()
)
#: Words for a share of a group.
_SHARES = frozenset(
    "helft meerderheid minderheid procent deel derde kwart half majority minority percent third quarter".split()
)


def _people(word: str) -> bool:
    """A plural for people: a group word, or the plural of an agent noun."""
    singular = word[:-1] if word.endswith("s") else word[:-2] if word.endswith("en") else ""
    return word in _GROUPS or agent_noun(singular) or singular in _PERSONS  # "boys", "daughters", "widows"


#: Plurals for groups of people with no agent ending.
_GROUPS = frozenset(
    """critici sceptici politici ingewijden insiders mensen jongeren ouderen leden collega's ondervraagden
    respondenten volwassenen kinderen vrienden critics sceptics skeptics people members colleagues
    respondents women children""".split()
)
#: Words before a noun that count or own it ("veel mensen", "sommige
#: ouders", "zijn collega's", "most analysts").
_QUANTIFIERS = frozenset(
    """veel vele sommige enkele alle meeste beide diverse verschillende meerdere andere talrijke talloze
    tientallen honderden duizenden zijn haar hun mijn onze
    many some several most all both various other numerous dozens hundreds thousands his her their our""".split()
)


def agent_noun(word: str) -> bool:
    """A lower-case word with the ending of a noun for a person by what they
    do (verhuurder, journalist, organisers), but for the known things with
    such an ending (computer, register)."""
    return len(word) >= 6 and word.endswith(_PERSON_ENDINGS) and not word.rstrip("s").endswith(_THINGS)


def someone_described(text: str, start: int, end: int, person: bool = False) -> bool:
    """Whether a sentence between `start` and `end` of `text` opens with a
    person or group described by a noun ("De woordvoerster …", "The
    spokesman …"): someone a pronoun or a quote after it may point to. With
    `person`, only one a pronoun for one person may stand for: not a body
    ("The NLD party won …, she said": not the party)."""
    return any(not (person and word in BODY_NOUNS) for _, word in described_openings(text, start, end))


#: Bodies and organisations, which speak but for which "he" or "she" does not stand.
BODY_NOUNS = frozenset(
    """army police military government ministry court agency party council company union newspaper
    leger politie regering kabinet ministerie rechtbank justitie partij raad bedrijf vakbond krant gemeente""".split()
)


def named_before(span) -> bool:
    """ "De brigade zegt …" after "de Sint Michaëlbrigade", "de bank" after
    "ING Bank": a definite article and one lower-case noun that an earlier
    name of the Doc ends with (as a word, or as the head of its last
    word's compound): the body named before, by its kind."""
    if len(span) != 2 or span[0].lower_ not in ("de", "het", "the") or not span[1].is_lower or len(span[1]) < 4:
        return False
    noun = span[1].lower_
    return any(
        (last == noun and several <= span.start) or (len(last) >= len(noun) + 3 and last.endswith(noun) and first <= span.start)
        for last, (first, several) in _last_words(span.doc).items()
    )


def _last_words(doc) -> dict[str, tuple[float, float]]:
    """The last word of each name of `doc`, lower case, to where the first
    name ending in it ends and where the first such name of more than one
    word ends (infinity: none): found once per Doc, as a long article asks
    for every "de X" phrase."""
    if "reader_last_words" not in doc.user_data:
        found: dict[str, tuple[float, float]] = {}
        for ent in doc.ents:
            first, several = found.get(ent[-1].lower_, (math.inf, math.inf))
            found[ent[-1].lower_] = (min(first, ent.end), min(several, ent.end) if len(ent) > 1 else several)
        doc.user_data["reader_last_words"] = found
    return doc.user_data["reader_last_words"]


def one_described(span) -> bool:
    """A phrase that describes one person ("A trader at a Japanese bank"), not a group."""
    head = _head(span) if len(span) > 1 else None
    return head is not None and describes_a_person(span) and not plural_noun(head.lower_)


def _head(span):
    """The last word before a modifier, after the phrase's first word: its head."""
    head = None
    for token in span[1:]:
        if token.lower_ in _MODIFIER_STARTS or token.is_punct:
            break
        head = token
    return head


def described_openings(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """Where the sentences of `someone_described` open, each with its noun
    for the person or group."""
    for match in _SENTENCE_SUBJECT.finditer(text, start, end):
        words = match.group(1).lower().split()
        word = next((word for word in words if _person_word(word)), None)
        # "Het kabinet noemde hij …": a pronoun after the verb is the subject; the opening phrase its object
        after = words[words.index(word) + 1 :] + text[match.end() : match.end() + 8].lower().split()[:1] if word else []
        if word is not None and match.group(0).split()[0] in _POSSESSIVES:
            # "Zijn aanhangers scandeerden"; not "Haar rooster voor de maand krijgt ze": a fronted object
            clause = re.split(r"[.,;:!?]", text[match.start(1) : match.start(1) + 80], maxsplit=1)[0]
            word, after = (words[0], clause.lower().split()[1:7]) if word == words[0] else (None, [])
        if word is not None and not INVERTED_PRONOUNS.intersection(after):
            yield match.start(), word
    # "En maandag nog werd een 21-jarige vrouw aangehouden": after a longer
    # opening and the verb, the subject; where its article stands
    for match in _INVERTED_SUBJECT.finditer(text, start, end):
        words = match.group(2).lower().split()
        word = next((word for word in words if _person_word(word)), None)
        if word is not None and not INVERTED_PRONOUNS.intersection(match.group(1).lower().split()):
            yield match.start(2), word


def group_openings(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """Where sentences open with a plural noun for people and no article
    ("Bewoners van de wijk zijn boos."), each with that noun."""
    for match in _BARE_PLURAL.finditer(text, start, end):
        word = match.group(1).lower()
        if plural_noun(word) and _person_word(word):
            yield match.start(), word
        elif word in _HOW_MANY and (group := _GROUP_AFTER.match(text, match.end())) and plural_noun(group.group(1)):
            yield match.start(), group.group(1).lower()  # "Tienduizenden Venezolanen", "Enkele Kamerleden"


#: A sentence's first word, capitalised, with no article before it.
_BARE_PLURAL = re.compile(r"(?:^|(?<=[.!?…]\s)|(?<=[.!?…]['’\"”]\s)|(?<=[.!?…]''\s)|(?<=\n))([A-Z][a-z]+)\b")
#: Words for how many, before a capitalised plural for people ("Tienduizenden Venezolanen zijn …").
_HOW_MANY = frozenset("tienduizenden duizenden honderden tientallen veel vele enkele sommige alle thousands hundreds many".split())
_GROUP_AFTER = re.compile(r"\s+([A-Z][a-zà-ÿ]+(?:en|ers|s))\b")
#: Possessives that open a sentence about someone's people ("Zijn aanhangers …").
_POSSESSIVES = frozenset("Zijn Haar Hun His Her Their".split())
#: Dutch subject pronouns, which stand right after the verb when another phrase opens the clause.
INVERTED_PRONOUNS = frozenset("hij zij ze wij we ik jij u".split())
#: Subject pronouns that may stand for one person ("ze" before a singular verb).
ONE_PERSON = frozenset("hij zij ze he she".split())


def plural_noun(word: str) -> bool:
    """Whether a noun for people is plural by its ending ("bewoners",
    "agenten", "residents"; not "boss")."""
    return word.endswith(("en", "'s", "’s")) or (word.endswith("s") and not word.endswith("ss"))


#: A sentence opening with an article or a possessive ("Zijn aanhangers") and
#: up to three words; in Dutch also after a word and the finite verb ("Zo wil
#: de groep …", "Daarna sprak de burgemeester …": the subject right after the
#: verb). A sentence may follow the ,,…'' of a quote.
_SENTENCE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?…]\s)|(?<=[.!?…]['’\"”]\s)|(?<=[.!?…]''\s)|(?<=\n))(?:De|Het|Een|Zijn|Haar|Hun|The|A|An|His|Her|Their|[A-Z][a-z]+\s+[a-z]+\s+(?:de|het|een))\s+((?:[\w-]+\s+){0,2}[\w-]+)"
)

#: A sentence opening with a word (no article or possessive: that is the
#: subject's own) and two or three more before an article ("En maandag nog
#: werd een …", "Daarna belde ook de …"), the subject's phrase after them.
_INVERTED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?…]\s)|(?<=[.!?…]['’\"”]\s)|(?<=[.!?…]''\s)|(?<=\n))(?!(?:De|Het|Een|Zijn|Haar|Hun)\s)[A-Z][a-z]+((?:\s+[a-z]+){2,3})\s+"
    r"((?:de|het|een)\s+(?:[\w-]+\s+){0,2}[\w-]+)"
)


def _person_word(word: str) -> bool:
    singular = word[:-1] if word.endswith("s") and len(word) > 4 else word
    return (
        word in DEFAULT_ROLE_NOUNS
        or singular in DEFAULT_ROLE_NOUNS
        or word in SPEAKER_NOUNS
        or agent_noun(word)
        or gendered(word) is not None  # "Een buurman zag het gebeuren."
    )


def of_a_thing(text: str, at: int) -> bool:
    """A name at `at` after a lower-case word and "van"/"of" ("een brief van
    Kim", "a letter from Kim"): whose the thing is, not who acts."""
    before = text[max(0, at - 30) : at].split()
    return len(before) >= 2 and before[-1] in ("van", "of", "from") and before[-2].isalpha() and before[-2].islower()


def led_by(text: str, mentions, start: int, person: int) -> bool:
    """Whether the person named at offset `person` in a speaker phrase that
    starts at `start` is named after an organisation of the phrase and its
    "of"/"van" ("Kurdistan Democratic Party (KDP) of Massoud Barzani said",
    "de PVV van Geert Wilders"): the organisation is who speaks, the
    person whose it is. `mentions`: (start, end, actor) values."""
    if not _OF_BEFORE.search(text, start, person):
        return False
    return any(getattr(actor, "label", "") == "ORG" and end <= person for _, end, actor in mentions.overlapping(start, person))


#: "of"/"van" (and an article) right before a name in a phrase.
_OF_BEFORE = re.compile(r"\b(?:of|van)\s+(?:(?:the|de|het)\s+)?$")


def name_and_apposition(doc, start: int, comma: int, roles) -> bool:
    """Whether the tokens from `start` to the `comma` before a verb are a
    name and its apposition ("Derksen, docent op een school in Deventer,
    vindt …"): the verb's subject, never content before an inverted cue.
    The name may be one the model missed, a capitalised word before a
    comma; the apposition opens with a role or an article and has no verb
    (not "Onzin, echt onzin, zegt X")."""
    named = doc[start].ent_type_ in ("PER", "PERSON", "ORG") or doc[start].text.istitle()
    end = name_end(doc, start, comma)
    apposition = doc[end + 1 : comma]
    if not named or end >= comma or doc[end].text != "," or not len(apposition):
        return False
    opening = roles.is_speaker_word(apposition[0]) or apposition[0].lower_ in ARTICLES
    return opening and apposition[0].text.islower() and not any(t.pos_ in ("VERB", "AUX") for t in apposition)
