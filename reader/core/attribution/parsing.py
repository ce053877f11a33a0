"""Parse only the sentences that quote attribution reads.

The bundled models' tagger, morphologizer and parser cost about as much
time as their entity recogniser, and nothing but quote attribution reads
what they add: the subject of a speech verb, the part of speech of a word
after a cue. So the analysis runs them only on the sentences with a cue
word (a reporting verb, "volgens", "aldus", "according") or a short
clause after a quotation's comma (“…”, grapt hij.), each sentence as
a Doc of its own, and copies their tags, morphology, heads and labels
back; the other sentences keep none, and attribution reads them as it
reads any text without a parse. In Dutch news that is about a third of
the text. On the development gold, attribution scores the same as with
the whole text parsed (README, "Who said what"); parsing the sentences
with quotation marks as well changed nothing there.

Which components those are is the pipeline's business
(`nlp.pipeline.sentence_parse`). Sentences are cut where attribution cuts
them (`sentences.sentences`),
so a parse never crosses one of its sentence ends; a parser is trained on
single sentences anyway.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

import re

import numpy
from spacy import attrs
from spacy.tokens import Doc

from ..loading.paragraphs import paragraphs
from .content import PARTICIPLES
from .convictions import CONVICTIONS
from .cues import GOING, Cues
from .sentences import sentences
from .doc_text import among, doc_text

#: Token attributes the parse components set.
PARSE_ATTRS = [attrs.TAG, attrs.POS, attrs.MORPH, attrs.HEAD, attrs.DEP]
#: Sentences per call of each parse component.
BATCH = 64


def cue_words(cues: Cues) -> frozenset[str]:
    """Lower-case words that make a sentence worth parsing."""
    # the longest word of a source phrase: "according", "mening" (not "in", "naar")
    sources = {max(phrase.split(), key=len) for phrase in (*cues.source_before, *cues.source_after) if phrase}
    # "…, adding that …" reports too; its sentence's subject is read from the parse
    words = frozenset(cues.verbs) | frozenset(cues.particle_verbs) | sources | PARTICIPLES
    # "gaat ervan uit dat": "ervan" marks the sentence, not "gaat", which most sentences with it do not need;
    # "heeft er vertrouwen in dat", "is er zeker van dat" (`convictions`)
    return words - GOING | {"ervan"} | CONVICTIONS.keys()


def cue_hashes(vocab, cues: Cues) -> numpy.ndarray:
    """`cue_words` as the hashes a Doc's LOWER column holds (`wanted`)."""
    return numpy.array(sorted({vocab.strings.add(word) for word in cue_words(cues)}), dtype="uint64")


#: A quotation's end, its comma and a short clause that ends the sentence
#: (“…”, grapt hij. / “…,” she quipped.): a cue whatever its verb, which
#: only the parse tells from other words (`verb_cue.any_verb_after`); long
#: enough for a role, a time and a place ("verzuchtte EU-commissaris voor
#: uitbreiding X onlangs tegen de krant").
_SHORT_CLAUSE_AFTER = re.compile(r"""(?:[”"’»]|'')\s*,\s+[^\W\d_A-Z][^.!?…\n"“”]{0,120}[.!?…]|,[”"’]\s+[^.!?…\n"“”]{1,100}[.!?…]""")


#: A sentence's end right before a quotation opens: that sentence's
#: subject may be who speaks (`subject_before`).
_BEFORE_A_QUOTE = re.compile(r"""[.!?…]['’"”]*\s+(?=,,|[“„‘«]|["'][^\W\d_])""")


#: A sentence that may go on with the statement before it ("En dat …",
#: "Maar dat …"): whether "dat" opens a clause or is an object ("Maar dat
#: doen de Democraten niet") only the parse tells.
_GOING_ON = re.compile(r"(?:^|(?<=[.!?…]\s)|(?<=[.!?…]['’\"”]\s))(?:En|Maar|And|But) (?:dat|that)\b")


def wanted(doc: Doc, cues: numpy.ndarray) -> list[tuple[int, int]]:
    """Token ranges of the sentences of `doc` with a word whose lower-case
    form's hash is in `cues`, or a short clause after a quotation's comma."""
    hits = numpy.flatnonzero(among(doc.to_array(attrs.LOWER), cues))
    text = doc_text(doc)
    after_quotes = [match.start() for match in _SHORT_CLAUSE_AFTER.finditer(text)]
    after_quotes += [match.start() for match in _BEFORE_A_QUOTE.finditer(text)]
    after_quotes += [match.end() for match in _GOING_ON.finditer(text)]
    if not len(hits) and not after_quotes:
        return []
    ranges = [sentence for start, end in paragraphs(text) for sentence in sentences(text, start, end)]
    starts = [start for start, _ in ranges]
    offsets = [doc[int(i)].idx for i in hits] + after_quotes
    chosen = sorted({bisect_right(starts, offset) - 1 for offset in offsets} - {-1})
    spans = (doc.char_span(*ranges[k], alignment_mode="expand") for k in chosen)
    return [(span.start, span.end) for span in spans if span is not None and len(span)]


def parse_sentences(nlp, docs: Iterable[Doc], cues: numpy.ndarray, components: list[str]) -> list[Doc]:
    """Run `components` (the parse components, in pipeline order) on the
    sentences of `docs` with a cue word (`cue_hashes`) and write what they
    set into the docs."""
    docs = list(docs)
    places = [(number, start, end) for number, doc in enumerate(docs) for start, end in wanted(doc, cues)]
    if not places:
        return docs
    words = {number: _words(docs[number]) for number, _, _ in places}
    parts = [Doc(docs[number].vocab, words=words[number][0][start:end], spaces=words[number][1][start:end]) for number, start, end in places]
    for name in components:
        parts = list(nlp.get_pipe(name).pipe(parts, batch_size=BATCH))
    arrays = {number: numpy.zeros((len(docs[number]), len(PARSE_ATTRS)), dtype="uint64") for number, _, _ in places}
    for (number, start, end), part in zip(places, parts):
        arrays[number][start:end] = part.to_array(PARSE_ATTRS)
    for number, array in arrays.items():
        docs[number].from_array(PARSE_ATTRS, array)
    return docs


def _words(doc: Doc) -> tuple[list[str], list[bool]]:
    """The words of `doc` and whether a space follows each, read from its
    arrays: each sentence to parse becomes a Doc of its own from them.
    (``Span.as_doc`` turns the whole Doc into an array for every span, and
    a Token object for every word cost as much as the rest of the step.)"""
    text = doc_text(doc)
    array = doc.to_array([attrs.IDX, attrs.LENGTH, attrs.SPACY]).tolist()
    return [text[start : start + length] for start, length, _ in array], [bool(space) for _, _, space in array]
