"""Show an analysis in the side panels a slice per turn of the event loop.

For a long article (a megabyte, thousands of quotes) the view's
preparation of its highlights and the filling of the actors' and quotes'
lists took 0.16 s together in one turn, a stall a reader feels. The
panels fill one after the other, in the window's shared turns
(reader/ui/turns.py); a panel that can fill a slice at a time
(`fill_in_slices`, the quotes panel's rows) does, the others in one slice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ...core.analysis import Analysis
from ..turns import Turns

_DONE = object()


class PanelTurns:
    """Panels waiting to show an analysis, filled a slice per turn."""

    def __init__(self, shown: Callable[[], Analysis | None], turns: Turns):
        self._shown = shown  # the analysis the window shows now
        self._turns = turns
        self._waiting: list[Iterator[None]] = []

    def show(self, analysis: Analysis, panels: list) -> None:
        self._waiting = [self._slices(panel, analysis) for panel in panels]
        self._turns.add(self._step)

    def then(self, callback: Callable[[], None]) -> None:
        """`callback` once the panels waiting now are filled; dropped when
        a newer analysis comes first."""

        def call() -> Iterator[None]:
            callback()
            yield

        self._waiting.append(call())
        self._turns.add(self._step)

    def clear(self) -> None:
        self._waiting = []
        self._turns.remove(self._step)

    def finish(self) -> None:
        """Fill every panel still waiting, now."""
        while not self._step():
            pass

    def _step(self) -> bool:
        """One slice of the first panel waiting; True when none waits."""
        while self._waiting:
            if next(self._waiting[0], _DONE) is not _DONE:
                return False
            self._waiting.pop(0)  # it was full: the next one's slice instead
        self._turns.remove(self._step)
        return True

    def _slices(self, panel, analysis: Analysis) -> Iterator[None]:
        if analysis is not self._shown():  # an analysis a newer one replaced
            return
        slices = getattr(panel, "fill_in_slices", None)
        if slices is None:
            panel.show_analysis(analysis)
            yield
            return
        yield from slices(analysis)
