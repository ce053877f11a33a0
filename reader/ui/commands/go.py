"""The go menu: from name to name, through an actor's mentions, from quote
to quote, scrolling and finding. `Navigation` is the code these commands
run; the window hands it the text, the panels and the find bar.

The panels follow the jumps: after a jump to a name (E, M) the actors panel
shows the name's actor; after a jump to a quote (Q, or choosing it in the
quotes panel) the quotes panel shows its row and the actors panel its
speaker, or no actor when the speaker is unknown or not an actor. Rows are
selected and scrolled to; the focus stays where it was.

Other caret moves (arrow keys, clicks, scrolling, find) leave the panels
alone, on purpose: the actor current in the panel is the one M walks
through and the text emphasises, and it must not turn into whatever name
the caret happens to pass while the reader moves about.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractSlider

from ...core.analysis import Actor
from ..panels.actors import ActorsPanel
from ..panels.quotes import QuotesPanel
from ..view.find_bar import FindBar
from ..view.reading_view import ReadingView
from .registry import Entry

MENU = "go"


class Navigation:
    def __init__(
        self, view: ReadingView, actors: ActorsPanel, quotes: QuotesPanel, find_bar: FindBar,
        say: Callable[[str], None],
    ):
        self.view = view
        self.actors = actors
        self.quotes = quotes
        self.find_bar = find_bar
        self.say = say

    def anchor(self) -> int:
        """Where a jump starts: the start of the selection (or the caret), so
        the next item starts after it and the previous one before it."""
        return self.view.textCursor().selectionStart()

    def entity(self, forward: bool) -> None:
        entity = self.view.next_entity(self.anchor(), forward)
        if entity is None:
            self.say("No more entities" + ("" if forward else " before this"))
        else:
            self.view.select_range(entity.start, entity.end)
            self.actors.select_actor(entity.actor)  # so M goes on with this actor

    def current_actor(self) -> Actor | None:
        """The actor chosen in the panel, else the one under the caret."""
        actor_id = self.actors.current_actor()
        if actor_id is None:
            entity = self.view.entity_at(self.view.textCursor().selectionStart())
            actor_id = entity.actor if entity else None
            if actor_id is not None:
                self.actors.select_actor(actor_id)
        return self.actors.actor(actor_id) if actor_id and self.view.analysis else None

    def mention(self, forward: bool) -> None:
        actor = self.current_actor()
        if actor is None:
            self.say("Choose an actor first (in the actors panel, or put the caret on a name)")
            return
        position = self.anchor()
        mentions = actor.mentions if forward else list(reversed(actor.mentions))
        target = next((m for m in mentions if (m[0] > position if forward else m[0] < position)), None)
        if target is None:
            target = mentions[0]  # wrap round, like find
            self.say(f"Back to the {'first' if forward else 'last'} mention of {actor.name}")
        self.view.select_range(*target)

    def quote(self, forward: bool) -> None:
        quote = self.view.next_quote(self.anchor(), forward)
        if quote is None:
            self.say("No more quotes" + ("" if forward else " before this"))
            return
        self.go_to_quote(self.view.analysis.quotes.index(quote))

    def go_to_quote(self, index: int) -> None:
        assert self.view.analysis is not None
        quote = self.view.analysis.quotes[index]
        self.view.select_range(quote.start, quote.end)
        self.quotes.select_quote(index)
        # The speaker links to its actor; an unknown speaker to none (not to
        # the actor chosen before).
        self.actors.select_actor(quote.speaker.actor if quote.speaker is not None else None)

    def scroll(self, action: QAbstractSlider.SliderAction) -> None:
        self.view.scroll(action)

    def find(self) -> None:
        self.find_bar.open()

    def find_step(self, forward: bool) -> None:
        if not self.find_bar.text():
            self.find_bar.open()
            return
        self.find_bar.show_result(self.view.find_text(self.find_bar.text(), forward))

    def find_as_typed(self, text: str) -> None:
        self.find_bar.show_result(self.view.find_text(text, True, again=True))


SCROLLING = (
    ("line_down", "Scroll down a line", QAbstractSlider.SliderSingleStepAdd),
    ("line_up", "Scroll up a line", QAbstractSlider.SliderSingleStepSub),
    ("page_down", "Scroll down a page", QAbstractSlider.SliderPageStepAdd),
    ("page_up", "Scroll up a page", QAbstractSlider.SliderPageStepSub),
    ("top", "Go to the top", QAbstractSlider.SliderToMinimum),
    ("bottom", "Go to the end", QAbstractSlider.SliderToMaximum),
)

COMMANDS = (
    Entry("go.next_entity", "Next entity", "Select the next highlighted name", Navigation.entity, (True,)),
    Entry("go.previous_entity", "Previous entity", "Select the previous highlighted name", Navigation.entity, (False,)),
    Entry("go.next_mention", "Next mention of the actor", "Select the chosen actor's next mention",
          Navigation.mention, (True,)),
    Entry("go.previous_mention", "Previous mention of the actor", "Select the chosen actor's previous mention",
          Navigation.mention, (False,)),
    Entry("go.next_quote", "Next quote", "Select the next quote", Navigation.quote, (True,)),
    Entry("go.previous_quote", "Previous quote", "Select the previous quote", Navigation.quote, (False,)),
    *(Entry(f"go.{name}", title, title + " of the text", Navigation.scroll, (action,)) for name, title, action in SCROLLING),
    Entry("go.find", "Find…", "Find words in the text", Navigation.find),
    Entry("go.find_next", "Find next", "Go to the next match", Navigation.find_step, (True,)),
    Entry("go.find_previous", "Find previous", "Go to the previous match", Navigation.find_step, (False,)),
)
