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
from .mentions import missed_names, model_mentions
from .quotes import find_quotes
from .roles import DEFAULT_ROLE_NOUNS, Roles
from .speakers import attributed

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
        mentions = model_mentions(doc)
        if self.find_missed:
            mentions += missed_names(doc, mentions)
            mentions.sort(key=lambda m: m.start)
        actors = group_actors(mentions)
        by_id = {actor.id: actor for actor in actors}
        for mention in mentions:
            actor = by_id[mention.actor]
            if actor.label == "PER" and actor.role is None:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None:
                    actor.role = self.roles.find(doc, span)
        return mentions, actors

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
        return attributed(doc.text, found, actors)

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
