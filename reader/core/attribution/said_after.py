"""News names the speaker of a quotation in the words right after it
without a reporting verb of the usual shape: ",,…'' Dat zegt Kees
Jansen.", ",,…'' Aan het woord is X.", ",,…'', is de reactie van X.",
",,…'', klinkt het bij de club.", "“…,” was how one trader put it."
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
    r"|(?P<word>Aan\s+het\s+woord\s+(?:is|was)\s)"
    # ",,…'', is de reactie van X", "…, luidt het nuchtere oordeel van X"
    r"|(?P<reply>,\s+(?:is|was|luidt|luidde)\s+(?:de|het)\s+(?:\w+e\s+)?(?:%s)\s+van\s)"
    r"|(?P<sounds>,\s+(?:klinkt|klonk)\s+het\s+bij\s)"  # not "in de kleedkamer": a place
    r"|(?P<how>,?\s*(?:was|is)\s+how\s))"  # "\"…,\" was how one trader put it"
    % "|".join(_VIEWS.split())
)


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
    if match is None or (finder.lang == "nl") == bool(match.group("how")):
        return None  # the Dutch shapes in Dutch, the English one in English
    inner = finder.text[marked.start : marked.end].rstrip("'\"”’ ")
    if (match.group("that") or match.group("word")) and not inner.endswith((".", "!", "?")):
        return None  # ",,…'' Dat zegt …" after a sentence of the quote's own, not inside one
    sentence_end = finder.sentences[finder.sentence_at(match.end())][1] if finder.sentences else len(finder.text)
    rest = finder.tokens(match.end(), sentence_end) if sentence_end > match.end() else None
    if rest is None or len(rest) == 0:
        return None
    # "was how one trader put it": the speaker ends at the verb
    verb = next((t.i for t in rest if t.lower_ in _PUT), rest.end) if match.group("how") else rest.end
    phrase = finder.phrases.after(rest.start, verb)
    speaker = finder.checked_speaker(phrase, described=True)
    return (match.group().replace(",", " ").split()[0], speaker) if speaker else None
