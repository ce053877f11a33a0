"""Long work on the window's thread, one slice per turn of the event loop.

The text going into the view, its structure, its highlights and the side
panels filling each do their work in slices that stay well under 0.1 s.
Qt runs every zero-interval timer that is due in the same pass of its
event loop, so with a timer for each job the slices of three or four
jobs ran back to back (0.1–0.2 s on a megabyte article) before a key
press or a paint got its turn. One timer for all of them runs a single
slice per pass, the jobs taking turns.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

#: One slice of a job; True once the job is done.
Step = Callable[[], bool]


class Turns(QObject):
    """Jobs waiting for their next slice, run one slice per turn, in turn."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._jobs: list[Step] = []
        self._current: Step | None = None
        self._dropped = False  # the current job was removed during its slice
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)

    def add(self, step: Step) -> None:
        if not self.has(step):
            self._jobs.append(step)
        self._timer.start()

    def remove(self, step: Step) -> None:
        if step == self._current:
            self._dropped = True
        self._jobs = [job for job in self._jobs if job != step]

    def has(self, step: Step) -> bool:
        return (step == self._current and not self._dropped) or step in self._jobs

    def _next(self) -> None:
        if not self._jobs:
            self._timer.stop()
            return
        step = self._current = self._jobs.pop(0)
        self._dropped = False
        try:
            done = step()
        finally:
            self._current = None
        if not done and not self._dropped and step not in self._jobs:
            self._jobs.append(step)  # the others' turn first
        if not self._jobs:
            self._timer.stop()
