"""Where reported content ends when the sentence goes on past it: after a
relative clause that reports (Dutch "X, die zegt dat …, woont er",
English "X, who said …, made it look easy"), a genitive's noun the parser
took for a verb ("Mays verwijt dat …, is slecht gevallen"), a leading
subordinate clause ("Sinds premier Rutte bekendmaakte dat …, zijn
Nederlanders …"), a colon, a Dutch main clause after ", maar", or how the
source spoke (", speaking on condition of anonymity")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from .phrases import finite_or_known

if TYPE_CHECKING:
    from .reported import ReportedSpeech

#: Relative pronouns after the speaker, by language.
_RELATIVES = {"nl": ("die", "dat"), "en": ("who", "which")}
#: Subordinators that open a sentence with a clause before its main one.
_SUBORDINATE_OPENINGS = frozenset("sinds toen nadat omdat terwijl hoewel zodra voordat doordat".split())


def content_end(finder: "ReportedSpeech", subject: tuple[int, int], start: int, span: Span) -> int:
    """Where content starting at offset `start` ends in sentence `span`:
    at the comma before the main clause's finite verb in the cases above,
    at a colon, before ", maar" and a main clause; else the span's end."""
    doc = finder.doc
    # "waarschuwde dat het om een korte verlenging zou gaan: een datum na juni is wat haar betreft uitgesloten":
    # what follows a colon in the content goes on as a sentence of its own
    colon = next((t.idx for t in doc[span.start : span.end - 1] if t.text == ":" and t.idx > start and t.nbor().text.islower()), None)
    if colon is not None:
        return colon
    # "…, speaking on condition of anonymity": how the source spoke, not what it said
    anonymous = next((t.idx for t in doc[span.start : span.end - 3] if t.idx > start and t.text == "," and _anonymity_after(t)), None)
    if anonymous is not None:
        return anonymous
    if finder.lang == "nl":  # "…, maar daar klopte niets van": a main clause after "maar" is the writer's again
        main = next((t.idx for t in doc[span.start : span.end - 3] if t.idx > start and t.text == "," and _main_after_but(t)), None)
        if main is not None:
            return main
    subject_span = doc.char_span(*subject, alignment_mode="expand")
    if finder.lang not in _RELATIVES or subject_span is None:
        return span.end_char
    after = subject_span.end
    if after < len(doc) - 1 and doc[after].text == ",":
        after += 1  # "X, die zegt …", "X, who said …"
    dutch = finder.lang == "nl"
    genitive = dutch and len(subject_span) == 1 and subject_span.text.endswith("s") and after < len(doc) and doc[after].lower_ in finder.verbs
    opened = dutch and doc[span.start].lower_ in _SUBORDINATE_OPENINGS
    if after >= len(doc) or not (doc[after].lower_ in _RELATIVES[finder.lang] or genitive or opened):  # "Mays verwijt dat …, is"
        return span.end_char
    commas = [t.idx for t in doc[span.start : span.end - 1] if t.idx > start and t.text == "," and finite_or_known(t.nbor())]
    if not commas:
        return span.end_char
    # English content has commas of its own before the main clause ("which said the talks, held in Geneva, were
    # useful, published …"): the last comma before a finite verb ends it; Dutch verb-final clauses end at the first
    return commas[0] if dutch else commas[-1]


def _main_after_but(comma) -> bool:
    """A Dutch main clause after the comma: "maar", one word, then a
    finite verb ("maar daar klopte", "maar dat kost"; not "maar dat hij")."""
    return comma.nbor().lower_ == "maar" and finite_or_known(comma.nbor(3)) and not finite_or_known(comma.nbor(2))


#: ", speaking on condition of anonymity", ", who spoke on condition that they not be named",
#: ", op voorwaarde van anonimiteit": the words after such a comma.
_ANONYMITY = (("speaking", "on", "condition"), ("who", "spoke", "on"), ("speaking", "anonymously"), ("op", "voorwaarde", "van"))


def _anonymity_after(comma) -> bool:
    words = tuple(t.lower_ for t in comma.doc[comma.i + 1 : comma.i + 4])
    return any(words[: len(phrase)] == phrase for phrase in _ANONYMITY)
