"""News names the speaker of a quotation in the words right after it
without a reporting verb of the usual shape: ",,…'' Dat zegt Kees
Jansen.", ",,…'' Aan het woord is X.", ",,…'' Aldus X.", ",,…'', is de reactie van X.",
",,…'', klinkt het bij de club.", "“…,” was how one trader put it.",
"de 'politieke heksenjacht', zoals X de vervolging noemt"
(`said_after`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .marks import Marked

if TYPE_CHECKING:
    from .quotes import QuoteFinder

#: Nouns of what someone answered or holds (",,…'', is het standpunt van X").
_VIEWS = "reactie antwoord standpunt oordeel mening conclusie verwachting uitleg verklaring commentaar visie analyse advies verweer redenering overtuiging boodschap repliek motto devies credo"

#: What opens the words after a quotation that name its speaker next; the
#: speaker phrase follows the match.
_AFTER = re.compile(
    # "Dat zegt X", "Deze onheilspellende verwachting sprak X uit", "Die woorden sprak X …"
    r"\s*(?:(?P<that>(?:Dat|Dit|(?:Die|Deze)(?:\s+\w+)?\s+(?:woorden|verwachting|waarschuwing|boodschap|oproep|uitspraak|voorspelling))"
    r"\s+(?:zegt|zei|schrijft|schreef|meldt|meldde|vertelt|vertelde|stelt|stelde|spreekt|sprak)\s)"
    r"|(?P<word>Aan\s+het\s+woord\s+(?:is|was)\s|Aldus\s)"  # ",,…'' Aldus een woordvoerder."
    # ",,…'', is de reactie van X", "…, luidt het nuchtere oordeel van X"
    r"|(?P<reply>,\s+(?:is|was|luidt|luidde)\s+(?:de|het)\s+(?:\w+e\s+)?(?:%s)\s+van\s)"
    r"|(?P<sounds>,\s+(?:klinkt|klonk)\s+het\s+bij\s)"  # not "in de kleedkamer": a place
    r"|(?P<how>,?\s*(?:was|is)\s+how\s)"  # "\"…,\" was how one trader put it"
    r"|(?P<called>,?\s*(?:zoals|as)\s))"  # "de 'politieke heksenjacht', zoals Netanyahu het noemt"
    % "|".join(_VIEWS.split())
)


#: Verbs of "zoals X het noemt", "as X calls it", and the words that open their object.
_CALLING = frozenset("noemt noemde noemen noemden omschrijft omschreef calls called call describes described puts put".split())
_PASSIVE = frozenset("is are was were wordt worden werd werden".split())
_CALLED_OBJECT = frozenset("het de dit dat deze hem haar ze it the this that them him her".split())
#: English verbs of "was how X put it".
_PUT = frozenset("put described summed saw explained".split())


def said_after(finder: "QuoteFinder", marked: Marked) -> tuple[str, tuple[int, int]] | None:
    """The cue and speaker phrase the words right after quotation `marked`
    give; None when they are none of those shapes. Dutch, and the English
    "\"…,\" was how X put it"; only after a quotation that closes its
    sentence for "Dat zegt X." and "Aan het woord is X."."""
    if not marked.closed:
        return None
    match = _AFTER.match(finder.text, marked.end)
    if match is None or ((finder.lang == "nl") == bool(match.group("how")) and not match.group("called")):
        return None  # the Dutch shapes in Dutch, the English one in English; "zoals"/"as" in either
    inner = finder.text[marked.start : marked.end].rstrip("'\"”’ ")
    if (match.group("that") or match.group("word")) and not inner.endswith((".", "!", "?")):
        return None  # ",,…'' Dat zegt …" after a sentence of the quote's own, not inside one
    sentence_end = finder.sentences[finder.sentence_at(match.end())][1] if finder.sentences else len(finder.text)
    rest = finder.tokens(match.end(), sentence_end) if sentence_end > match.end() else None
    if rest is None or len(rest) == 0:
        return None
    # "was how one trader put it": the speaker ends at the verb
    verb = next((t.i for t in rest if t.lower_ in _PUT), rest.end) if match.group("how") else rest.end
    if match.group("called"):  # "zoals Netanyahu de vervolging noemt", "as Trump calls it": ends at the object or verb
        verb = next((t.i for t in rest[1:8] if t.lower_ in _CALLED_OBJECT or t.lower_ in _CALLING), None)
        calling = next((t for t in finder.doc[verb : min(rest.end, verb + 4)] if t.lower_ in _CALLING), None) if verb is not None else None
        if calling is None or any(t.pos_ == "AUX" or t.lower_ in _PASSIVE for t in finder.doc[rest.start : calling.i]):
            return None  # "as they are called": no one who calls it so
    phrase = finder.phrases.after(rest.start, verb)
    speaker = finder.checked_speaker(phrase, described=True)
    cue = calling.text if match.group("called") else match.group().replace(",", " ").split()[0]
    return (cue, speaker) if speaker else None
