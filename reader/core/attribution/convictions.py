"""Dutch convictions said with a noun or adjective and their "dat": "heeft
er (alle / geen) vertrouwen in dat …", "heeft het volste vertrouwen dat
…", "is er (niet) zeker van dat …". The gold counts them as opinions, like
"is ervan overtuigd dat" (a surveyed group's "heeft er geen vertrouwen in
dat" included); the subject of "hebben" or "zijn" is the one convinced.
Only with "dat" right after the preposition: "vertrouwen in de
politiek", "zeker van zijn zaak" and "zeker niet" are no statement."""

from __future__ import annotations

#: The word of conviction and the preposition between it and its "dat".
CONVICTIONS = {"vertrouwen": "in", "zeker": "van"}
#: Words before "vertrouwen" that take its "dat" without "er … in" ("het volste vertrouwen dat").
_FULL = frozenset("volste alle".split())
#: At most this many words between "er" and the word of conviction ("er ook nu nog geen vertrouwen in").
_AFTER_ER = 5


def conviction(doc, index: int, end: int) -> bool:
    """Whether token `index` is such a word of conviction, with its
    preposition and "dat" after it before token `end`, and "er" before it in
    its clause."""
    word = doc[index].lower_
    if word not in CONVICTIONS or index + 2 >= end or doc[index].pos_ in ("VERB", "AUX"):
        return False  # "we vertrouwen erop dat …" is the verb (a particle verb of `cues`)
    following = doc[index + 1].lower_
    if word == "vertrouwen" and following == "dat":
        return index > 0 and doc[index - 1].lower_ in _FULL
    if following != CONVICTIONS[word] or doc[index + 2].lower_ != "dat":
        return False
    return in_the_clause_before(doc, index, "er", _AFTER_ER + 1)


def in_the_clause_before(doc, index: int, word: str, words: int) -> bool:
    """Whether `word` (lower case) stands among the `words` tokens before
    token `index` with no punctuation between: in its clause ("heeft er
    geen vertrouwen in", "zijn het er niet over eens")."""
    for token in reversed(doc[max(0, index - words) : index]):
        if token.is_punct:
            return False
        if token.lower_ == word:
            return True
    return False


#: The finite verbs of a conviction ("heeft er vertrouwen in", "is er zeker van").
_HAVING = frozenset("heeft hebben had hadden is zijn was waren".split())


def inverted_convinced(finder, cue: int, span) -> tuple[int, int] | None:
    """ "Ook heeft 53 procent van de kiezers er geen vertrouwen in dat …":
    the phrase between "hebben" or "zijn", put before its subject, and the
    "er" of the conviction at token `cue`."""
    doc = finder.doc
    if doc[cue].lower_ not in CONVICTIONS or not conviction(doc, cue, span.end):
        return None
    er = next((t.i for t in reversed(doc[span.start : cue]) if t.lower_ == "er"), None)
    having = next((t.i for t in reversed(doc[span.start : er or cue]) if t.lower_ in _HAVING), None)
    if er is None or having is None or having - span.start > 1:
        return None  # "X heeft er …": the subject before the verb is the parse's (`Phrases.subject_of`)
    return finder.phrases.after(having + 1, er)
