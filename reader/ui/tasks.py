"""Run work off the GUI thread and get the result back on it.

`run_task(func, on_done, on_error, on_progress)` runs ``func()`` in Qt's
global thread pool and calls `on_done(result)` or `on_error(exception)` on
the GUI thread. With `on_progress`, `func` is called as ``func(report)`` and
each ``report(value)`` reaches `on_progress(value)` on the GUI thread. Give
`func` a snapshot of what it needs (plain values, a path), not live
widgets: it runs on another thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the GUI thread; queued signals bring results back to it."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(object)


class _Task(QRunnable):
    def __init__(self, func: Callable[..., Any], relay: _Relay, with_report: bool):
        super().__init__()
        self.func = func
        self.relay = relay
        self.with_report = with_report

    @Slot()
    def run(self) -> None:
        try:
            result = self.func(self.relay.progress.emit) if self.with_report else self.func()
        except Exception as error:  # handed to the GUI, never lost
            self.relay.failed.emit(error)
        else:
            self.relay.done.emit(result)


_live: set[_Relay] = set()


def run_task(
    func: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_progress: Callable[[Any], None] | None = None,
) -> None:
    relay = _Relay()
    _live.add(relay)  # keep the relay alive until the task reports

    def finish(callback, value):
        _live.discard(relay)
        relay.deleteLater()
        callback(value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda error: finish(on_error, error))
    if on_progress is not None:
        relay.progress.connect(on_progress)
    QThreadPool.globalInstance().start(_Task(func, relay, on_progress is not None))
