"""The agent of a Dutch passive report: "Er werd door de politie bevestigd
dat de man is aangehouden", "Door de burgemeester werd gezegd dat …".
A passive's subject was spoken to or about and speaks no more
(`NoReport._passive`), but "door X" names who spoke. Only with its "dat"
in the sentence ("Dat werd door X bevestigd" points back, and is left to
the sentence before), only when X names someone ("door de drukte werd
gemeld dat …" names a cause), and never when the report is negated,
supposed or asked about. A mixin of `QuoteFinder` (through
`ReportedSpeech`)."""

from __future__ import annotations

from spacy.tokens import Span

from .content_end import content_end
from .found import Found


class PassiveAgents:
    """Needs the finder's doc, language, phrases, `is_cue`, `_passive`, the checks of
    `NoReport`, `_complementiser`, `_trim` and `checked_speaker`."""

    def _passive_agent(self, verb: int, span: Span) -> Found | None:
        doc = self.doc
        if self.lang != "nl" or not self.is_cue(verb, span.end) or not self._passive(verb):
            return None
        if self._as_clause(verb, span.start) or any(
            check(verb, span) for check in (self._condition, self._negated, self._embedded, self._still_to_say)
        ):
            return None
        complement = self._complementiser(verb, span)
        if complement is None or complement + 1 >= span.end or doc[complement].lower_ != "dat":
            return None
        door = next((t.i for t in doc[span.start : verb] if t.lower_ == "door"), None)
        if door is None or door + 1 >= verb:
            return None
        agent = self.checked_speaker(self.phrases.after(door + 1, verb))
        if agent is None:
            return None
        start = doc[complement + 1].idx
        content = self._trim((start, content_end(self, agent, start, span)))
        return Found(*content, "reported", doc[verb].text, agent) if content[1] - content[0] >= 8 else None
