"""Corrections of quotes from the window, each a rule kept with this article
(`notes.quote_rules`): who said the quote at the caret (or chosen in the
quotes panel), that it is no quote, that the quote is the selected text,
and a quote added from the selection with who said it. Undone and redone
like every correction (`CorrectionsController`), which this is a part of.

The speaker is chosen in a list of the article's actors (most mentioned
first), "Speaker unknown", and, once something is typed, the typed words
as a description ("a ministry spokeswoman") at the end of the list: Enter
takes the first match, so typing part of a name takes the actor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from ...core.analysis import Quote
from ...core.labels import LABEL_NOUNS
from ...core.notes.quote_rules import describe_speaker, short, speaker_value
from ..commands.chooser import Choice, Chooser
from ..commands.registry import Entry
from ..notes.controller import store_errors

UNKNOWN = Choice("Speaker unknown", "no one named", ("unknown", None), "unknown nobody")


class SpeakerChooser(Chooser):
    """The article's actors, "Speaker unknown", and what is typed as a
    description of someone the article does not name."""

    def _narrow(self, text: str) -> None:
        super()._narrow(text)
        words = " ".join(text.split())
        if not words:
            return
        said = Choice(f"“{words}”", "a description", ("said", words))
        item = QTreeWidgetItem([said.label, said.detail])
        item.setData(0, Qt.UserRole, said)
        item.setToolTip(0, "Someone the article describes rather than names")
        self.list.addTopLevelItem(item)
        if self.list.currentItem() is None:
            self.list.setCurrentItem(item)


class QuoteCorrections:
    """The quote commands of `CorrectionsController` (a mixin: it has the
    desk, the notes and the undo steps)."""

    def _quote(self) -> Quote | None:
        """The quote chosen in the quotes panel when it has the focus, else
        the one at the caret or overlapping the selection."""
        chosen = self.desk.chosen_in_panels()
        if isinstance(chosen, Quote):
            return chosen
        start, end = self.desk.selection()
        quote = self.desk.at(start)[1]
        if quote is None and end > start:
            overlapping = [q for q in self.desk.analysis.quotes if q.start < end and start < q.end]
            quote = max(overlapping, key=lambda q: min(q.end, end) - max(q.start, start), default=None)
        if quote is None:
            self.desk.say("Put the caret in a quote, or choose one in the quotes panel")
        return quote

    def _selected(self) -> tuple[int, int] | None:
        """The selection without the spaces at its ends, or None (said why)."""
        start, end = self.desk.selection()
        text = self.desk.article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            self.desk.say("Select the quote's words first")
            return None
        return start, end

    def _ask_speaker(self, title: str, then) -> None:
        actors = sorted(self.desk.analysis.actors, key=lambda a: (-len(a.mentions), a.name))
        choices = [Choice(a.name, LABEL_NOUNS.get(a.label, a.label), ("actor", a.name), " ".join(a.aliases)) for a in actors]
        chooser = SpeakerChooser(
            self.desk.dialog_parent(), title, choices + [UNKNOWN], "Type an actor's name, or describe the speaker"
        )
        chooser.accepted.connect(lambda: then(speaker_value(*_who(chooser.chosen))))
        self._open("correction", chooser)

    def set_speaker(self) -> None:
        if self._store() is None or (quote := self._quote()) is None:
            return
        words = f"“{short(quote.text, 40)}”"

        def take(value: str) -> None:
            what = f"{words} was said by {describe_speaker(value)}"
            self._keep_placed("quote-speaker", quote.start, quote.end, value, what)

        self._ask_speaker(f"Who said {words}?", take)

    def not_quote(self) -> None:
        if self._store() is None or (quote := self._quote()) is None:
            return
        what = f"“{short(quote.text, 40)}” is not a quote"
        self._keep_placed("not-quote", quote.start, quote.end, None, what)

    def quote_span(self) -> None:
        if self._store() is None or (span := self._selected()) is None:
            return
        start, end = span
        overlapping = [q for q in self.desk.analysis.quotes if q.start < end and start < q.end]
        if not overlapping:
            self.desk.say(f"The selection is in no quote; {self.desk.key_text('rules.add_quote')} adds it as one")
            return
        words = self.desk.article.text[start:end]
        self._keep_placed("quote-span", start, end, None, f"The quote is now “{short(words, 40)}”")

    def add_quote(self) -> None:
        if self._store() is None or (span := self._selected()) is None:
            return
        start, end = span
        words = f"“{short(self.desk.article.text[start:end], 40)}”"

        def take(value: str) -> None:
            what = f"{words} is a quote by {describe_speaker(value)}"
            self._keep_placed("add-quote", start, end, value, what)

        self._ask_speaker(f"A quote: who said {words}?", take)

    def _keep_placed(self, kind: str, start: int, end: int, value: str | None, what: str) -> None:
        store = self._store()
        if store is None:
            return
        text = self.desk.article.text[start:end]
        try:
            rule = store.rules.add(kind, text, value, self.notes.article_id, start, end)
        except store_errors() as error:
            self.desk.show_message(f"Could not keep the correction: {error}")
            return
        self._kept(rule, what, "in this article")


def _who(chosen) -> tuple[str | None, str | None]:
    """(actor's name, description) for `speaker_value` from a choice's value."""
    kind, words = chosen if isinstance(chosen, tuple) else ("unknown", None)
    return (words if kind == "actor" else None), (words if kind == "said" else None)


COMMANDS = (
    Entry(
        "rules.quote_speaker",
        "Set the speaker…",
        "Who said the quote at the caret (or chosen): an actor, a description, or unknown",
        QuoteCorrections.set_speaker,
    ),
    Entry(
        "rules.not_quote",
        "Not a quote",
        "The quote at the caret (or chosen) is no quote, in this article",
        QuoteCorrections.not_quote,
    ),
    Entry(
        "rules.quote_span",
        "Quote is the selection",
        "The quote the selection overlaps is the selected text, in this article",
        QuoteCorrections.quote_span,
    ),
    Entry(
        "rules.add_quote",
        "Add a quote…",
        "The selected text is a quote; then who said it",
        QuoteCorrections.add_quote,
    ),
)
