"""Show an analysis in the side panels one panel per turn of the event loop.

For a long article (a megabyte, thousands of quotes) the view's
preparation of its highlights and the filling of the actors' and quotes'
lists took 0.16 s together in one turn, a stall a reader feels; apart,
each stays well under 0.1 s.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer

from ...core.analysis import Analysis


class PanelTurns:
    """Panels waiting to show an analysis, filled one per turn."""

    def __init__(self, shown: Callable[[], Analysis | None]):
        self._shown = shown  # the analysis the window shows now
        self._waiting: list[tuple[object, Analysis]] = []

    def show(self, analysis: Analysis, panels: list) -> None:
        self._waiting = [(panel, analysis) for panel in panels]
        QTimer.singleShot(0, self._next)

    def clear(self) -> None:
        self._waiting = []

    def finish(self) -> None:
        """Fill every panel still waiting, now."""
        while self._waiting:
            self._fill_one()

    def _next(self) -> None:
        if self._waiting:
            self._fill_one()
            QTimer.singleShot(0, self._next)

    def _fill_one(self) -> None:
        panel, analysis = self._waiting.pop(0)
        if analysis is self._shown():  # not an analysis a newer one replaced
            panel.show_analysis(analysis)
