"""Corrections from the window: each becomes a rule in the notes database
(`notes.rules`), for every article or this one, and the article is
analysed again with the rules on the session's worker; every later
article opened gets them too (the controller is the session's
`rules_source`).

- change the label of the name at the caret; mark a name as no name;
  mark the selection as a name (in this article, or wherever the text
  stands);
- rename an actor, merge an actor into another (same-as rules), split
  the mention at the caret out of its actor (a rule kept with this
  article, `split`);
- who said a quote, not a quote, a quote's span, a quote added from the
  selection: rules kept with this article (`quotes`);
- undo and redo the last corrections (the rule is deleted or put back, and
  the article analysed again), and the rules list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.analysis import Actor, Entity
from ...core.labels import LABEL_NOUNS, LABEL_TITLES, READER_LABELS
from ..commands.chooser import Choice
from ..commands.registry import Entry
from ..desk import Desk
from ..notes.controller import NotesController, store_errors
from ..panels.actors import ActorsPanel
from ..session import ReadingSession
from ..view.reading_view import ReadingView
from .dialogs import ScopedChooser, ScopeDialog
from .quotes import COMMANDS as QUOTE_COMMANDS
from .quotes import QuoteCorrections
from .split import COMMANDS as SPLIT_COMMANDS
from .split import SplitCorrection
from .rules_list import A_LABEL, RulesDialog, describe

MENU = "rules"


def label_choices(labels) -> list[Choice]:
    return [Choice(LABEL_NOUNS[label].capitalize(), label, label, LABEL_TITLES[label]) for label in labels]


@dataclass
class Step:
    """One correction or rule deleted, for undo and redo: the rule's id, and
    whether doing the step deletes it (a rule deleted in the rules list) or
    adds it (a correction)."""

    rule: str
    what: str  # what the rule says
    deletes: bool = False

    def told(self, backwards: bool) -> str:
        """What the status line says when the step is undone or done again."""
        if self.deletes:
            return f"Rule back: {self.what}" if backwards else f"Rule deleted again: {self.what}"
        return f"Taken back: {self.what}" if backwards else f"Again: {self.what}"


class CorrectionsController(QObject, QuoteCorrections, SplitCorrection):
    ready = Signal()  # the rules can be read (the database opened, or could not be)

    def __init__(
        self,
        desk: Desk,
        notes: NotesController,
        session: ReadingSession,
        actors: ActorsPanel,
        view: ReadingView,
        parent=None,
    ):
        super().__init__(parent)
        self.desk, self.notes, self.session, self.actors, self.view = desk, notes, session, actors, view
        self.done: list[Step] = []
        self.undone: list[Step] = []
        self._select_after: str | None = None  # an actor's name to choose once the analysis is in
        notes.store_ready.connect(self.ready)
        session.analysis_ready.connect(self._analysed)
        session.rules_source = self

    # -- the rules for the analysis -----------------------------------------

    def rules(self):
        """The rules in force (see `session.RulesSource`); None while the
        database opens."""
        from ...core.rules import RuleSet

        if self.notes.store is None:
            return None if self.notes.opening else RuleSet()
        try:
            self._carry(self.notes.store)
            return RuleSet(self.notes.store.rules.in_force())
        except store_errors() as error:
            self.desk.show_message(f"Could not read your rules (the article is analysed without them): {error}")
            return RuleSet()

    def _carry(self, store) -> None:
        """The corrections kept with the article (quotes', splits) follow its
        changed file to the new text now: the notes do when the article is
        opened, which may come after this analysis starts (the database
        opens on a worker)."""
        from ...core.notes.model import article_id

        article = self.desk.article
        if article is not None and article.path:
            store.rules.carry(str(Path(article.path).resolve()), article_id(article.text), article.text)

    def _store(self):
        """The notes database with an article open in it, or None (said why)."""
        if self.desk.article is None:
            self.desk.say("Open an article first")
            return None
        if self.desk.analysis is None:
            self.desk.say("The article is still being analysed")
            return None
        store = self.notes.open_store()
        if store is None or self.notes.article_id is None:
            self.desk.say("Corrections are kept with the notes, and the notes database is not open")
            return None
        return store

    # -- what a correction is about -------------------------------------------

    def _entity(self) -> Entity | None:
        entity, _quote = self.desk.at(self.desk.selection()[0])
        if entity is None:
            self.desk.say("Put the caret on a name first")
        return entity

    def _actor(self) -> Actor | None:
        """The actor chosen in the actors panel when it has the focus, else
        the actor of the name at the caret."""
        chosen = self.desk.chosen_in_panels()
        if isinstance(chosen, Actor):
            return chosen
        entity, _quote = self.desk.at(self.desk.selection()[0])
        analysis = self.desk.analysis
        if entity is None or entity.actor is None or analysis is None:
            self.desk.say("Put the caret on a name, or choose an actor in the actors panel")
            return None
        return next((a for a in analysis.actors if a.id == entity.actor), None)

    # -- the commands ---------------------------------------------------------

    def change_label(self) -> None:
        if self._store() is None or (entity := self._entity()) is None:
            return
        text = " ".join(entity.text.split())
        now = A_LABEL.get(entity.label, entity.label)
        self._choose_label(
            f"“{text}” is {now}; it is…", text, [label for label in READER_LABELS if label != entity.label]
        )

    def _choose_label(self, title: str, text: str, labels: list[str]) -> None:
        chooser = ScopedChooser(self.desk.dialog_parent(), title, label_choices(labels), "Type a label")
        chooser.accepted.connect(
            lambda: self._add(
                "label", text, chooser.chosen, chooser.here_only, f"“{text}” is {A_LABEL[chooser.chosen]}"
            )
        )
        self._open("correction", chooser)

    def not_entity(self) -> None:
        if self._store() is None or (entity := self._entity()) is None:
            return
        text = " ".join(entity.text.split())
        dialog = ScopeDialog(
            self.desk.dialog_parent(), "Not a name", f"“{text}” is not a name: no longer highlighted.", ok="Not a name"
        )
        dialog.accepted.connect(
            lambda: self._add("not-entity", text, None, dialog.here_only, f"“{text}” is not a name")
        )
        self._open("correction", dialog)

    def add_entity(self) -> None:
        if self._store() is None:
            return
        start, end = self.desk.selection()
        text = " ".join(self.desk.article.text[start:end].split())
        if not text:
            self.desk.say("Select the name first")
            return
        self._choose_label(f"Mark “{text}” as a name: it is…", text, list(READER_LABELS))

    def rename_actor(self) -> None:
        if self._store() is None or (actor := self._actor()) is None:
            return
        dialog = ScopeDialog(
            self.desk.dialog_parent(), "Rename the actor", f"New name for {actor.name}:", actor.name, "Rename"
        )

        def take() -> None:
            name = dialog.text()
            if name != actor.name:
                self._select_after = name
                self._add("same-as", actor.name, name, dialog.here_only, f"{actor.name} is now called {name}")

        dialog.accepted.connect(take)
        self._open("correction", dialog)

    def merge_actors(self) -> None:
        if self._store() is None or (actor := self._actor()) is None:
            return
        others = [a for a in self.desk.analysis.actors if a.id != actor.id]
        if not others:
            self.desk.say("There is no other actor to merge with")
            return
        choices = [
            Choice(a.name, LABEL_NOUNS.get(a.label, a.label), a.name, " ".join(a.aliases))
            for a in sorted(others, key=lambda a: (-len(a.mentions), a.name))
        ]
        chooser = ScopedChooser(self.desk.dialog_parent(), f"Merge {actor.name} into…", choices, "Type an actor's name")

        def take() -> None:
            self._select_after = chooser.chosen
            what = f"{actor.name} is the same actor as {chooser.chosen}"
            self._add("same-as", actor.name, chooser.chosen, chooser.here_only, what)

        chooser.accepted.connect(take)
        self._open("correction", chooser)

    # -- rules, undo, redo ----------------------------------------------------

    def _add(self, kind: str, text: str, value: str | None, here_only: bool, what: str) -> None:
        store = self._store()
        if store is None:
            return
        try:
            rule = store.rules.add(kind, text, value, self.notes.article_id if here_only else None)
        except store_errors() as error:
            self.desk.show_message(f"Could not keep the correction: {error}")
            return
        self._kept(rule, what, "in this article" if here_only else "in every article")

    def _kept(self, rule, what: str, where: str) -> None:
        """A correction kept as `rule`: undoable, said, and the article analysed again."""
        self.done.append(Step(rule.id, what))
        self.undone.clear()
        self.desk.say(f"{what} {where} (your rule; {self.desk.key_text('rules.undo')} undoes it)")
        self._reanalyse()

    def _apply(self, step: Step, backwards: bool) -> bool:
        store = self._store()
        if store is None:
            return False
        try:
            store.rules.delete(step.rule, deleted=step.deletes != backwards)
        except store_errors() as error:
            self.desk.show_message(f"Could not change the rule: {error}")
            return False
        self._reanalyse()
        return True

    def undo(self) -> None:
        if not self.done:
            self.desk.say("No correction to undo")
            return
        step = self.done[-1]
        if self._apply(step, backwards=True):
            self.undone.append(self.done.pop())
            self.desk.say(step.told(backwards=True))

    def redo(self) -> None:
        if not self.undone:
            self.desk.say("No correction to redo")
            return
        step = self.undone[-1]
        if self._apply(step, backwards=False):
            self.done.append(self.undone.pop())
            self.desk.say(step.told(backwards=False))

    def _reanalyse(self) -> None:
        # The actor chosen now is chosen again in the new analysis (unless a
        # merge or rename chose the one it made).
        chosen = self.actors.current_actor()
        if self._select_after is None and chosen is not None and self.desk.analysis is not None:
            self._select_after = self.actors.actor(chosen).name
        # After this turn of the event loop: a dialog that asked is closed
        # and the focus back before the work starts.
        QTimer.singleShot(0, self.session.reanalyse)

    def _analysed(self, analysis) -> None:
        """Once the window has filled the panels with the new analysis: the
        actor chosen before (or the one a merge or rename made) is chosen
        again, its mentions emphasised; else none."""
        name, self._select_after = self._select_after, None
        actor = next((a for a in analysis.actors if a.name == name or name in a.aliases), None) if name else None
        self.desk.when_panels_filled(lambda: self._choose(actor))

    def _choose(self, actor: Actor | None) -> None:
        if actor is not None and self.desk.analysis is not None and actor in self.desk.analysis.actors:
            self.actors.select_actor(actor.id)
            self.view.emphasise(actor.mentions, actor.label)
        else:
            self.view.emphasise([], "PER")

    def _open(self, name: str, dialog) -> None:
        """Open `dialog` clear of the caret's line, so the name stays in sight."""
        self.desk.open_dialog(name, dialog)
        caret = self.view.cursorRect()
        top = self.view.viewport().mapToGlobal(caret.topLeft()).y()
        bottom = self.view.viewport().mapToGlobal(caret.bottomLeft()).y()
        frame = dialog.frameGeometry()
        if frame.top() <= bottom and frame.bottom() >= top:
            screen = self.view.screen().availableGeometry()
            below = bottom + 24
            y = below if below + frame.height() <= screen.bottom() else max(screen.top(), top - 24 - frame.height())
            dialog.move(frame.left(), y)

    def rules_list(self) -> None:
        store = self.notes.open_store()
        if store is None:
            return
        titles = {row["id"]: row["title"] for row in store.conn.execute("SELECT id, title FROM articles")}
        dialog = RulesDialog(
            self.desk.dialog_parent(), store.rules.all, titles, self.notes.article_id, self._toggle, self._delete
        )
        self.desk.open_dialog("rules", dialog)

    def _toggle(self, ident: str) -> None:
        rule = self.notes.store.rules.get(ident)
        self.notes.store.rules.enable(ident, not rule.enabled)
        self.desk.say(f"{describe(rule)}: {'off' if rule.enabled else 'on'}")
        self._reanalyse()

    def _delete(self, ident: str) -> None:
        rule = self.notes.store.rules.delete(ident)
        self.done.append(Step(rule.id, describe(rule), deletes=True))
        self.undone.clear()
        self.desk.say(f"Rule deleted: {describe(rule)} ({self.desk.key_text('rules.undo')} brings it back)")
        self._reanalyse()


COMMANDS = (
    Entry(
        "rules.label",
        "Change the label…",
        "Make the name at the caret a person, organisation, place or other",
        CorrectionsController.change_label,
    ),
    Entry(
        "rules.not_entity",
        "Not a name…",
        "The text at the caret is no name, here or in every article",
        CorrectionsController.not_entity,
    ),
    Entry(
        "rules.add_entity",
        "Mark as a name…",
        "Make the selected text a name, here or in every article",
        CorrectionsController.add_entity,
    ),
    Entry(
        "rules.rename_actor",
        "Rename the actor…",
        "Give the actor at the caret (or chosen) another name",
        CorrectionsController.rename_actor,
    ),
    Entry(
        "rules.merge_actors",
        "Merge into another actor…",
        "The actor at the caret (or chosen) is another actor",
        CorrectionsController.merge_actors,
    ),
    *SPLIT_COMMANDS,
    *QUOTE_COMMANDS,
    Entry(
        "rules.undo", "Undo correction", "Take back the last correction and analyse again", CorrectionsController.undo
    ),
    Entry("rules.redo", "Redo correction", "Make the correction taken back again", CorrectionsController.redo),
    Entry(
        "rules.list",
        "Rules…",
        "List your corrections: turn them off or on, delete them",
        CorrectionsController.rules_list,
    ),
)
