"""English content without "that": after "said" ("said the talks
failed"), past time and prepositional phrases and the listener of "told"
("told reporters on Friday it won …"), and after any other reporting verb
when a clause follows ("confirmed three soldiers were killed", not
"denied the application"). A mixin of `ReportedContent` (it needs the
finder's doc, phrases and `_past_time`).
"""

from __future__ import annotations

from spacy.tokens import Span

from .english_verbs import english_forms
from .names import name_end
from .phrases import NOUN_PHRASE_TAGS, PHRASE_STOPS, POSSESSIVES, TIME_WORDS, plain_phrase, prepositional_phrases

#: Words after a reporting verb that do not start reported content
#: ("warns of famine", "said on Monday").
#: Headline verbs after which the content may drop its subject ("X says will sign bill").
_HEADLINE_SAYS = frozenset("says said".split())
_NOT_CONTENT = frozenset("of on in at about to with for from by during after before over".split())
#: English verbs whose content may follow without "that" ("said the talks
#: failed"); after the others a bare noun is an object, not content
#: ("declined comment", "denied the application", "promised an amnesty").
#: Verbs of telling, urging and accusing take an object and then content
#: ("urged X to …", "accused X of …", "told reporters he …").
_BARE_CLAUSE_VERBS = frozenset(
    form
    for lemma in "say think believe argue insist assert contend"  # not "add": "added a three-run homer"
    " tell urge accuse describe order ask remind advise".split()
    for form in english_forms(lemma)
)
#: English verbs of promising (and threatening), whose content is a "to"-infinitive.
_PROMISES = frozenset(form for lemma in "promise vow pledge threaten".split() for form in english_forms(lemma))
_CALLS = frozenset("call calls called calling".split())
MONTHS = frozenset("january february march april may june july august september october november december".split())
#: English verbs whose first object is the listener, not the content ("told reporters the …").
TELL = frozenset(english_forms("tell"))
#: Who is told, never what: "told reporters …".
_LISTENERS = frozenset("reporters journalists newsmen correspondents".split())
#: Dependencies of a verb's prepositional phrases ("said after the match she …").
_OBLIQUE = frozenset("obl obl:tmod obl:npmod".split())
#: English finite verbs and modals that make the phrase before them a clause's
#: subject ("confirmed three soldiers were killed", "announced it would …").
FINITE_TAGS = frozenset("VBD VBZ VBP MD".split())
_FINITE_WORDS = frozenset("is are was were has have had will would can could should may might must".split())
_SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())
#: Words before a number that make it an amount ("about 100").
_APPROXIMATELY = frozenset("about around nearly almost over some up".split())
#: Words that open a subordinate clause, which may open what was said.
_SUBORDINATORS = frozenset("if unless although though because as when while since after before once until".split())
#: Words that open no clause's subject: prepositions, relatives, conjunctions.
_NOT_CLAUSE_START = frozenset("of on in at about to with for from by during after before over that which who what and or but as".split())


class BareContent:
    def _in_the_headline(self, span: Span) -> bool:
        """`span` in the article's first paragraph, its title."""
        return not self.continues and self.paragraphs.at(span.start_char) == 0

    def _bare_content(self, verb: int, span: Span) -> int | None:
        """The token where English content without "that" starts, past a
        time phrase, prepositional phrases and the listener after "told"
        ("said after the match she …", "told a news conference the group
        …"): right there after a verb that takes bare content ("said the
        talks …", not "announced on Monday"); after any other when a clause
        starts there ("confirmed three soldiers were killed", not "denied
        the application"). None otherwise."""
        if verb + 2 < span.end and self.doc[verb + 1].text == ":" and not self.doc[verb + 2].is_punct:
            return verb + 2  # "Jansen redeneert: wie niet werkt, krijgt niets" (no quotation marks; with them, a direct quote)
        if self.lang != "en":
            return _accused_of(self.doc, verb, span.end)
        doc = self.doc
        if verb + 2 < span.end and (doc[verb + 1].lower_ in ("of", "against") or doc[verb + 1].lower_ == "about" and not doc[verb + 2].like_num):
            return None  # "warned of strikes if the plan …", "spoke about the plan": a noun, what the words were about
        if doc[verb].lower_ in _CALLS and verb + 2 < span.end and doc[verb + 1].lower_ in ("on", "upon") and not (
            doc[verb + 2].lower_ in TIME_WORDS or doc[verb + 2].like_num or doc[verb + 2].lower_ in MONTHS
        ):  # not "called on Tuesday for …"
            # "called on the government to drop the plan": a request, with whom it asks
            return verb + 2 if any(t.lower_ == "to" for t in doc[verb + 3 : span.end]) else None
        first = self._past_phrases(verb, self._past_time(verb + 1, span.end), span.end)
        one_word = first + 1 < span.end and doc[first + 1].pos_ not in ("NOUN", "PART")  # not "told state radio …"
        name = name_end(doc, first, span.end) if first < span.end else first
        if doc[verb].lower_ in TELL and first == verb + 1 and doc[first].ent_iob_ == "B" and name > first + 1:
            first = name if self._clause_follows(name, span.end) else first  # "told Radio Red the group …": a named listener
        elif doc[verb].lower_ in TELL and first == verb + 1 and doc[first].pos_ in ("NOUN", "PROPN", "PRON") and one_word:
            # "told reporters the government …", "told Reuters Bonn would …": a one-word listener the parse missed;
            # "reporters" is one whatever the parse made of the words after it ("told reporters Bonn supported …")
            first += 1 if doc[first].lower_ in _LISTENERS or self._clause_follows(first + 1, span.end) else 0
        if doc[verb].lower_ in _PROMISES and first + 1 < span.end and doc[first].lower_ == "to" and doc[first + 1].pos_ in ("VERB", "AUX"):
            return first  # "promised to drop the plan", "vowed to fight on"
        if first < span.end and doc[first].pos_ == "ADP":
            # phrases the parse does not give as the verb's: "said in an interview with the radio station the …"
            after = prepositional_phrases(doc, first, span.end)
            first = after if after > first and self._clause_follows(after, span.end) else first
        if first >= span.end:
            return None
        if doc[verb].lower_ in _BARE_CLAUSE_VERBS and self._subordinate_clause_first(first, span.end):
            return first  # "said if the talks fail, the army will …": the condition is part of what was said
        if doc[verb].lower_ in _HEADLINE_SAYS and first == verb + 1 and doc[first].tag_ in ("VBZ", "VBD", "MD") and self._in_the_headline(span):
            return first  # a headline leaves the subject out: "Cardinal Bernardin says has terminal cancer"
        if doc[verb].lower_ in _BARE_CLAUSE_VERBS:
            following = doc[first + 1] if first + 1 < span.end else None
            # "said at least 20 people …", "said about 100 Kurds were killed": an amount opens the content
            amount = following is not None and (
                (doc[first].lower_ == "at" and following.lower_ in ("least", "most"))
                or (doc[first].lower_ in _APPROXIMATELY and following.like_num)
            )
            if not amount and (doc[first].is_punct or doc[first].lower_ in PHRASE_STOPS | _NOT_CONTENT):
                return None  # "said at least 20 people …" is content, "said on Monday." is not
            return first
        return first if self._clause_follows(first, span.end) else None


    def _past_phrases(self, verb: int, first: int, end: int) -> int:
        """The first token from `first` past the parsed prepositional phrases of `verb` that
        start there, and past its first object after "told" (the listener); else `first`."""
        doc = self.doc
        if not self.phrases.parsed:
            return first
        listener = doc[verb].lower_ in TELL
        while first < end:
            child = next(
                (
                    c
                    for c in doc[verb].children
                    if c.left_edge.i == first
                    and ((c.dep_ in _OBLIQUE and doc[first].pos_ == "ADP") or (listener and c.dep_ in ("iobj", "obj")))
                ),
                None,
            )
            if child is None:
                return first
            if listener and child.i + 1 < end and doc[child.i + 1].pos_ == "DET" and child.i >= first:  # "told reporters | the talks …"
                first, listener = self._past_time(child.i + 1, end), False
                continue
            if child.right_edge.i >= end or not plain_phrase(doc[first : child.right_edge.i + 1]):
                # "said in a resolution it intended …": the parse hung the content on the phrase's noun
                after = child.i + 1
                plain = plain_phrase(doc[first:after])
                return after if plain and after < end and self._clause_follows(after, end) else first
            # "from Pakistan | his government would …": the parse took the content's subject into the phrase
            possessive = next((t.i for t in doc[first + 2 : child.right_edge.i + 1] if t.lower_ in POSSESSIVES), None)
            if possessive is not None and doc[possessive - 1].pos_ == "PROPN" and self._clause_follows(possessive, end):
                return possessive
            first, listener = self._past_time(child.right_edge.i + 1, end), False
        return first


    def _subordinate_clause_first(self, first: int, end: int) -> bool:
        """Whether a subordinate clause with a finite verb starts at `first`
        and a main clause follows its comma ("said as its plant had just
        started, its results would not improve"; not "said when asked
        about it" or "said as he left"): then both are the content."""
        doc = self.doc
        if first >= end or doc[first].lower_ not in _SUBORDINATORS:
            return False
        comma = next((t.i for t in doc[first + 1 : min(end, first + 25)] if t.text == ","), None)
        if comma is None or not any(finite_en(t) for t in doc[first + 1 : comma]):
            return False
        return self._clause_follows(comma + 1, end)

    def _clause_follows(self, first: int, end: int) -> bool:
        """Whether an English clause starts at token `first` (before `end`):
        a noun phrase or pronoun, then a finite verb. After a verb that
        does not take bare content ("confirmed three soldiers were killed")
        that tells content from an object ("denied the application")."""
        doc = self.doc
        if first >= end or doc[first].is_punct or doc[first].lower_ in _NOT_CLAUSE_START:
            return False
        if doc[first].lower_ in _SUBJECT_PRONOUNS and doc[first + 1].lower_ not in ("and", "or"):
            verb = first + 1  # "denied it attacked …": a pronoun is its whole subject ("they and X": more)
        else:
            subject = self.phrases.after(first, end)
            if subject is None:
                return False
            verb = next((t.i for t in doc[first:end] if t.idx >= subject[1]), end)
        if verb < end and doc[verb].text == ",":  # "the negotiations, being held at …, were progressing"
            closing = next((t.i for t in doc[verb + 1 : min(end, verb + 20)] if t.text == ","), None)
            verb = closing + 1 if closing is not None and not any(finite_en(t) for t in doc[verb + 1 : closing]) else verb
        if verb < end and verb - first <= 24 and finite_en(doc[verb]):
            return True
        # "reported Canada's current account moved …": by the tags, a noun phrase and a finite verb
        for token in doc[first + 1 : min(end, first + 9)]:
            if finite_en(token) or _past_with_object(token, end):
                return True
            # "the Norwegian and Russian communities visit": "and" inside the noun phrase, not before a verb
            joined = token.pos_ == "CCONJ" and token.i + 1 < end and doc[token.i + 1].pos_ in NOUN_PHRASE_TAGS
            # a participle before its noun modifies it ("the four arrested men")
            modifier = token.tag_ == "VBN" and token.i + 1 < end and doc[token.i + 1].pos_ == "NOUN"
            if token.pos_ not in NOUN_PHRASE_TAGS and not joined and not modifier:
                return False
        return False


def _past_with_object(token, end: int) -> bool:
    """A verb tagged as a participle between a noun and an object ("the four
    arrested men confessed details of …"): a past tense, as a participle
    after a noun rarely has an object of its own ("the men arrested on
    Friday")."""
    doc = token.doc
    return (
        token.tag_ == "VBN" and token.i > 0 and doc[token.i - 1].pos_ == "NOUN"
        and token.i + 1 < end and doc[token.i + 1].pos_ in ("NOUN", "DET", "PRON") and doc[token.i + 1].text.islower()
    )


def finite_en(token) -> bool:
    return token.tag_ in FINITE_TAGS or token.lower_ in _FINITE_WORDS


_ACCUSING = frozenset("beschuldigen beschuldigt beschuldigde beschuldigden".split())


def _accused_of(doc, verb: int, end: int) -> int | None:
    """Dutch "beschuldigden hem van karaktermoord": whom and what of are the
    content (as the English "accused him of …" is); where it starts, or None
    (no "van" in the clause: "beschuldigde hem ervan dat …" has its "dat")."""
    if doc[verb].lower_ not in _ACCUSING:
        return None
    for j in range(verb + 2, min(end - 1, verb + 8)):
        if doc[j].is_punct:
            return None
        if doc[j].lower_ == "van":
            return verb + 1
    return None
