"""The reader's spaCy components: they work inside any pipeline, the
bundled one or an installed official one, and store results on the `Doc`.
They are registered as factories here and as ``spacy_factories`` entry
points (pyproject.toml), so any spaCy program can add them once the reader
is installed.

``reader_actors`` groups the entity mentions into actors (see `.actors`),
adds bare surnames the model missed once the person is known (`.mentions`),
and finds roles (`.roles`). Results:

- ``doc.spans["reader_mentions"]``: every mention, labelled with the
  reader's label and with the actor's id as ``kb_id``;
- ``doc._.reader_mentions``: the mentions as `Entity` objects (with the
  model's own label);
- ``doc._.reader_actors``: the `Actor` objects (mentions as character
  offsets into ``doc.text``).

``reader_quotes`` (after it) finds direct and reported quotes with their
speakers (`.quotes`) and links speakers to actors (`.speakers`):
``doc.spans["reader_quotes"]`` (label ``direct``/``reported``) and
``doc._.reader_quotes``, the `Quote` objects; each actor's ``quotes`` lists
the indices of its quotes.

Their word lists (role nouns; reporting verbs and the other cues) are the
components' data, like a `SpanRuler`'s patterns: saved by ``to_disk`` with
the pipeline and read back by ``from_disk``, so they can be changed per
pipeline without touching the code.
"""

from __future__ import annotations

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import ensure_path

from ..analysis import Actor, Entity, Quote
from .actors import group_actors
from .cues import Cues, cues_for
from .intervals import Intervals
from .leading_articles import LeadingArticles
from .marks import find_marked
from .mentions import model_mentions
from .missed_names import MissedNames
from .carry import context_speakers, continue_speakers
from .quotes import Found, QuoteFinder, find_quotes
from .relayed import relayed_sources
from .roles import DEFAULT_ROLE_NOUNS, Roles
from .sentences import Paragraphs
from .speakers import attributed
from .doc_text import doc_text

MENTIONS_KEY = "reader_mentions"
QUOTES_KEY = "reader_quotes"
for _extension in ("reader_mentions", "reader_actors", "reader_quotes"):
    if not Doc.has_extension(_extension):
        Doc.set_extension(_extension, default=None)


def _spans(doc: Doc, items, label, kb_id=lambda item: "") -> list[Span]:
    spans = []
    for item in items:
        span = doc.char_span(item.start, item.end, alignment_mode="expand")
        if span is not None:
            spans.append(Span(doc, span.start, span.end, label=label(item), kb_id=kb_id(item)))
    return spans


class ActorGrouper:
    """Factory ``reader_actors``: groups mentions into actors."""

    def __init__(self, nlp: Language, name: str = "reader_actors", find_missed: bool = True):
        self.name = name
        self.find_missed = find_missed
        self.roles = Roles()

    def __call__(self, doc: Doc) -> Doc:
        mentions, actors = self.match(doc)
        self.set_annotations(doc, mentions, actors)
        return doc

    def match(self, doc: Doc) -> tuple[list[Entity], list[Actor]]:
        """The steps of `ActorSteps` on one Doc."""
        steps = ActorSteps(self)
        steps.read(doc)
        steps.read_again(doc)
        actors = steps.group()
        steps.find_roles(doc)
        return steps.mentions, actors

    def steps(self) -> "ActorSteps":
        return ActorSteps(self)

    def set_annotations(self, doc: Doc, mentions: list[Entity], actors: list[Actor]) -> None:
        doc.spans[MENTIONS_KEY] = _spans(doc, mentions, lambda m: m.label, lambda m: m.actor or "")
        doc._.reader_mentions = mentions
        doc._.reader_actors = actors

    def to_disk(self, path, exclude=tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "roles.json", sorted(self.roles.nouns))

    def from_disk(self, path, exclude=tuple()) -> "ActorGrouper":
        roles = ensure_path(path) / "roles.json"
        if roles.exists():  # a pipeline saved before the list was data
            self.roles = Roles(srsly.read_json(roles))
        return self


@Language.factory("reader_actors", default_config={"find_missed": True})
def make_actor_grouper(nlp: Language, name: str, find_missed: bool) -> ActorGrouper:
    return ActorGrouper(nlp, name, find_missed)


class QuoteAttributor:
    """Factory ``reader_quotes``: quotes with speakers linked to actors."""

    def __init__(self, nlp: Language, name: str = "reader_quotes"):
        self.name = name
        self.nlp = nlp
        self.lang = nlp.lang
        self.cues: Cues = cues_for(nlp.lang)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc, doc._.reader_actors or []))
        return doc

    def _roles(self) -> Roles:
        """The role nouns of the pipeline's actor component, if it has one:
        one list decides both a person's role and who may speak."""
        actors = self.nlp.get_pipe("reader_actors") if "reader_actors" in self.nlp.pipe_names else None
        return actors.roles if isinstance(actors, ActorGrouper) else Roles(DEFAULT_ROLE_NOUNS)

    def match(self, doc: Doc, actors: list[Actor]) -> list[Quote]:
        mentions = Intervals((s, e, actor) for actor in actors for s, e in actor.mentions)
        found = find_quotes(doc, self.lang, mentions, self.cues, self._roles())
        return attributed(doc_text(doc), found, actors)

    def steps(self, text: str) -> "QuoteSteps":
        return QuoteSteps(self, text)

    def set_annotations(self, doc: Doc, quotes: list[Quote]) -> None:
        doc.spans[QUOTES_KEY] = _spans(doc, quotes, lambda q: q.kind)
        doc._.reader_quotes = quotes

    def to_disk(self, path, exclude=tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cues.json", self.cues.to_json())

    def from_disk(self, path, exclude=tuple()) -> "QuoteAttributor":
        cues = ensure_path(path) / "cues.json"
        if cues.exists():  # a pipeline saved before the cues were data
            self.cues = Cues.from_json(srsly.read_json(cues))
        return self


@Language.factory("reader_quotes")
def make_quote_attributor(nlp: Language, name: str) -> QuoteAttributor:
    return QuoteAttributor(nlp, name)


class ActorSteps:
    """What `ActorGrouper` does to one Doc, in steps that also work on an
    article-level text given as segments (Docs of consecutive parts of
    it, each with its offset `start`): `read` each segment, `read_again`
    each, `group`, then `find_roles` in each. Offsets are the text's."""

    def __init__(self, grouper: ActorGrouper):
        self.grouper = grouper
        self.mentions: list[Entity] = []
        self._missed: MissedNames | None = None
        self._articles = LeadingArticles()
        self._found: list[Entity] = []
        self._by_id: dict[str, Actor] = {}
        self._next = 0  # the first mention whose role is still to look for

    def read(self, doc: Doc, start: int = 0) -> None:
        """The model's entities."""
        mentions = model_mentions(doc)
        for mention in mentions:
            mention.start, mention.end = mention.start + start, mention.end + start
            self.mentions.append(mention)
        self._articles.read(doc, [m for m in mentions if m.rule is None], start)

    def read_again(self, doc: Doc, start: int = 0) -> None:
        """Names of people known from the whole text that the model missed."""
        if not self.grouper.find_missed:
            return
        if self._missed is None:
            self._missed = MissedNames(self.mentions)
        self._found += self._missed.find(doc, start)

    def group(self) -> list[Actor]:
        self._articles.trim()  # "De Donbass" after "in de Donbass": known once every segment is read
        if self._missed is not None:
            self.mentions += self._found
            self.mentions.sort(key=lambda m: m.start)
        actors = group_actors(self.mentions)
        self._by_id = {actor.id: actor for actor in actors}
        return actors

    def find_roles(self, doc: Doc, start: int = 0) -> None:
        """Roles of the people named in `doc` (the segments in order)."""
        end = start + _length(doc)
        mentions, roles = self.mentions, self.grouper.roles
        while self._next < len(mentions) and mentions[self._next].start < end:
            mention = mentions[self._next]
            self._next += 1
            actor = self._by_id[mention.actor]
            if actor.label == "PER" and actor.role is None:
                span = doc.char_span(mention.start - start, mention.end - start, alignment_mode="expand")
                if span is not None:
                    actor.role = roles.find(doc, span)


class QuoteSteps:
    """What `QuoteAttributor` does, for an article-level `text` given as
    segments (see `ActorSteps`): `may_cut` says where a segment may end
    without changing what is found, `read` each segment, then `finish`."""

    def __init__(self, attributor: QuoteAttributor, text: str):
        self.attributor = attributor
        self.paragraphs = Paragraphs(text)
        marked = find_marked(text, self.paragraphs.ranges)
        self.marked = Intervals((m.start, m.end, m) for m in marked)
        self.direct: list[Found] = []
        self.reported: list[Found] = []

    def may_cut(self, offset: int) -> bool:
        """Not inside a quotation (one may run over several paragraphs)."""
        return not self.marked.overlaps(offset, offset)

    def read(self, doc: Doc, start: int, actors: list[Actor]) -> None:
        end = start + _length(doc)
        names = Intervals((s - start, e - start, a) for a in actors for s, e in a.mentions if start <= s and e <= end)
        marked = [
            m.shifted(-start)
            for m in self.marked.overlapping(start, end)
            if start <= m.start and m.end <= end
        ]
        attributor = self.attributor
        finder = QuoteFinder(
            doc, attributor.lang, names, attributor.cues, attributor._roles(), marked=marked, continues=start > 0
        )
        direct = finder.direct()
        reported = finder.reported(direct)
        self.direct += [_shifted(found, start) for found in direct]
        self.reported += [_shifted(found, start) for found in reported]

    def finish(self, actors: list[Actor]) -> list[Quote]:
        continue_speakers(self.direct, self.paragraphs)
        found = self.direct + self.reported
        found.sort(key=lambda q: q.start)
        relayed_sources(found, self.paragraphs.text, Intervals((s, e, a) for a in actors for s, e in a.mentions))
        context_speakers(found, self.paragraphs, ((s, e, a) for a in actors for s, e in a.mentions))
        return attributed(self.paragraphs.text, found, actors)


def _length(doc: Doc) -> int:
    """``len(doc.text)`` without building the text (a segment's is long)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def _shifted(found: Found, start: int) -> Found:
    found.start, found.end = found.start + start, found.end + start
    if found.speaker is not None:
        found.speaker = (found.speaker[0] + start, found.speaker[1] + start)
    if found.introducer is not None:
        (first, last), pronoun = found.introducer
        found.introducer = ((first + start, last + start), pronoun)
    return found
