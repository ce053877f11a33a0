"""Splitting one mention out of its actor, from the window: the name at the
caret is not the actor it was joined to but another actor of the article,
or an actor of its own. A rule kept with this article, placed at that
mention (`notes.quote_rules`), so the same words elsewhere stay with
their actor; undone and redone like every correction."""

from __future__ import annotations

from ...core.labels import LABEL_NOUNS
from ..commands.chooser import Choice, Chooser
from ..commands.registry import Entry


class SplitCorrection:
    """The split command of `CorrectionsController` (a mixin, as `quotes`)."""

    def split_mention(self) -> None:
        if self._store() is None or (entity := self._entity()) is None:
            return
        actors = {a.id: a for a in self.desk.analysis.actors}
        actor = actors.get(entity.actor or "")
        if actor is None:
            self.desk.say("This name belongs to no actor")
            return
        words = " ".join(entity.text.split())
        own = Choice(f"An actor of its own: {words}", LABEL_NOUNS.get(entity.label, entity.label), ("own", None))
        others = [
            Choice(a.name, LABEL_NOUNS.get(a.label, a.label), ("actor", a.name), " ".join(a.aliases))
            for a in sorted(actors.values(), key=lambda a: (-len(a.mentions), a.name))
            if a.id != actor.id
        ]
        # An actor with this mention alone is already its own.
        choices = ([own] if len(actor.mentions) > 1 else []) + others
        if not choices:
            self.desk.say(f"“{words}” is the only mention of the only actor: there is nothing to split")
            return
        chooser = Chooser(self.desk.dialog_parent(), f"This “{words}” is not {actor.name}: it is…", choices, "Type an actor's name")

        def take() -> None:
            _kind, name = chooser.chosen
            what = f"This “{words}” is {name}" if name else f"This “{words}” is an actor of its own"
            self._select_after = name or words
            self._keep_placed("split-mention", entity.start, entity.end, name, what)

        chooser.accepted.connect(take)
        self._open("correction", chooser)


COMMANDS = (
    Entry(
        "rules.split_mention",
        "Split from the actor…",
        "The name at the caret is another actor, or one of its own, in this article",
        SplitCorrection.split_mention,
    ),
)
