"""Run work off the GUI thread and get the result back on it.

`run_task(func, on_done, on_error)` runs ``func()`` in Qt's global thread
pool and calls `on_done(result)` or `on_error(exception)` on the GUI
thread. Give `func` a snapshot of what it needs (plain values, a path), not
live widgets: it runs on another thread.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the GUI thread; queued signals bring results back to it."""

    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, func: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.func = func
        self.relay = relay

    @Slot()
    def run(self) -> None:
        try:
            result = self.func()
        except Exception as error:  # handed to the GUI, never lost
            self.relay.failed.emit(error)
        else:
            self.relay.done.emit(result)


_live: set[_Relay] = set()


def run_task(
    func: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> None:
    relay = _Relay()
    _live.add(relay)  # keep the relay alive until the task reports

    def finish(callback, value):
        _live.discard(relay)
        relay.deleteLater()
        callback(value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda error: finish(on_error, error))
    QThreadPool.globalInstance().start(_Task(func, relay))
