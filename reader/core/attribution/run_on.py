"""Where a speaker phrase runs on past its speaker: into the verb's
particle ("zegt X weten"), a relative ("De groep die"), a word of what
follows ("een medewerker van een winkel | pal tegenover …"), a clause
joined by "en"/"and", or a time phrase after a name ("zegt Tibi | een dag
na het symposium"). Part of the speaker checks (`speaker_checks.py`)."""

from __future__ import annotations

from .names import ARTICLES

#: Words that open a relative clause about a speaker.
RELATIVE_SPEAKERS = frozenset("who which die".split())
#: Entity labels of a person (the bundled models', spaCy's English ones).
_PERSON = frozenset({"PER", "PERSON"})
#: Subject pronouns: after "en" in a speaker phrase they open a clause.
SUBJECT_PRONOUNS = frozenset("ik jij je hij zij ze wij we jullie u i you he she we they".split())


def without_run_on(finder, span):
    """`span` without a last word it ran on to: the verb's particle ("zegt
    X weten"), a relative ("De groep die") or a word of what follows
    ("een medewerker van een winkel | pal tegenover …", "vrienden |
    uitgelaten op")."""
    if len(span) > 1 and (finder.is_particle(span[-1]) or span[-1].lower_ in RELATIVE_SPEAKERS or _modifies_after(span)):
        return span[:-1]
    # "zegt Tibi | een dag na het symposium": a name ends where an article outside it begins
    article = next((t.i for t in span[1:] if _article_after_a_name(t) and _a_person(finder, t.nbor(-1))), None)
    if article is not None:
        return span.doc[span.start : article]
    relative = next((t.i for t in span[1:] if t.lower_ in RELATIVE_SPEAKERS), None)
    if relative is not None and not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in span.doc[relative + 1 : span.end]):
        return span.doc[span.start : relative]  # "most people who saw", "an official … who first (told)"
    # "Matt Ferchen van de Tsinghua Universiteit | en gespecialiseerd in …", "Jan de Vries | en hij vertrok"
    joined = next((t.i for t in span[1:-1] if t.lower_ in ("en", "and") and _goes_on(t.nbor())), None)
    if joined is not None:
        return span.doc[span.start : joined]
    # "Seven hijackers surrendered | and British police (said)": a past tense after a noun ends a clause before
    ended = next((t.i for t in span[2:-1] if t.lower_ == "and" and _past_after_a_noun(t.nbor(-1))), None)
    return span.doc[ended + 1 : span.end] if ended is not None else span


def _a_person(finder, token) -> bool:
    """Whether `token` is in a person's name (the model's or an actor's mention)."""
    named = finder.names.overlapping(token.idx, token.idx + len(token)) if finder.names is not None else []
    return token.ent_type_ in _PERSON or any(getattr(actor, "label", "PER") == "PER" for actor in named)


def _goes_on(token) -> bool:
    """A word after "en"/"and" in a speaker phrase that goes on with the
    sentence, not with the phrase: a verb, adjective, adverb or pronoun."""
    if not token.text.islower():
        return False
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    # "en andere stromingen", "and independent monitors", "en gedeputeerde X": another phrase for someone
    before_a_noun = following is not None and following.pos_ in ("NOUN", "PROPN", "ADJ")
    return token.lower_ in SUBJECT_PRONOUNS or (token.pos_ in ("VERB", "AUX", "ADJ", "ADV") and not before_a_noun)


def _past_after_a_noun(token) -> bool:
    """An English lower-case "-ed" word right after a noun ("hijackers
    surrendered"): a past tense, whatever the tagger says; not after a
    determiner ("the injured")."""
    before = token.nbor(-1) if token.i > 0 else None
    return token.text.islower() and token.text.endswith("ed") and before is not None and before.pos_ in ("NOUN", "PROPN")


def _modifies_after(span) -> bool:
    """The last word of `span` is an adverb or adjective in lower case
    before a preposition: it goes with what follows, not with the noun."""
    last = span[-1]
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is not None and last.pos_ in ("ADV", "ADJ") and last.text.islower() and following.pos_ == "ADP"


def _article_after_a_name(token) -> bool:
    """An article outside a name that does not go on with one ("Van de Beek")."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.lower_ in ARTICLES and not token.ent_type_ and not (following is not None and following.text[:1].isupper())
