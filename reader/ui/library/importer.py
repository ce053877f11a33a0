"""A folder added to the library in a process of its own: `reader library
add FOLDER --progress jsonl` (or `rescan`), its progress read line by
line, cancelled by a line on its input.

Why a process, not a thread: loading spaCy's pipeline runs long stretches
of compiled code that never let go of Python's lock (the Dutch model's
StringStore, 71,245 strings filled in one Cython loop, holds it for about
0.1 s, as measured with a watchdog thread), and so does much of the
analysis after it; in a thread of the window's process each of those
stretches stopped the window. A process has its own lock: the window
never waits for it. The child reads the same rules from the notes
database and the same settings as the window."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer

from ...core.library.folder import ImportReport

#: The runs going on. Not children of the window: a window closed (or a
#: test's window torn down) would kill its run mid-write; the run goes on
#: and its callbacks find the window gone.
_running: set[FolderImport] = set()
#: How long quitting waits for a cancelled run to stop between files.
STOP_WAIT_MS = 10_000


def reader_command() -> list[str]:
    """The program and first arguments that run the `reader` command."""
    if getattr(sys, "frozen", False):
        program = Path(sys.executable)
        # On Windows the window's program has no console; its twin has one.
        cli = program.with_name(f"{program.stem}-cli{program.suffix}")
        return [str(cli if cli.exists() else program)]
    return [sys.executable, "-m", "reader"]


class FolderImport(QObject):
    """One run; `set()` cancels it (the name of `threading.Event`'s)."""

    def __init__(
        self,
        folder: str | None,
        model: str | None,
        progress: Callable[[tuple[int, int, str]], None],
        done: Callable[[ImportReport], None],
        failed: Callable[[Exception], None],
    ):
        super().__init__()
        self.progress, self.done, self.failed = progress, done, failed
        self.report: ImportReport | None = None
        self.process = QProcess(self)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._not_started)
        command = reader_command()
        args = ["library", "add", folder] if folder is not None else ["library", "rescan"]
        args += ["--progress", "jsonl"] + (["--model", model] if model else [])
        _running.add(self)
        QCoreApplication.instance().aboutToQuit.connect(self.stop)
        self.process.start(command[0], command[1:] + args)

    def stop(self) -> None:
        """On quitting: cancel, and let the run stop between files, its work so far recorded."""
        if self.process.state() != QProcess.NotRunning:
            self.set()
            self.process.closeWriteChannel()
            self.process.waitForFinished(STOP_WAIT_MS)

    def set(self) -> None:
        if self.process.state() != QProcess.NotRunning:
            self.process.write(b"cancel\n")

    def _read(self) -> None:
        while self.process.canReadLine():
            line = bytes(self.process.readLine()).decode("ascii", "replace").strip()
            try:
                data = json.loads(line)
            except ValueError:
                continue  # not ours (a library printing to stdout)
            if "done" in data:
                self.progress((data["done"], data["total"], data["path"]))
            elif "analysed" in data:
                data["failed"] = [tuple(pair) for pair in data["failed"]]
                self.report = ImportReport(**data)

    def _finished(self, _code: int, _status) -> None:
        self._read()
        # Let go of it once the process has finished emitting, not inside.
        QTimer.singleShot(0, lambda: _running.discard(self))
        if self.report is not None:
            self.done(self.report)
            return
        said = bytes(self.process.readAllStandardError()).decode("utf-8", "replace").strip().splitlines()
        self.failed(RuntimeError(said[-1].removeprefix("reader: ") if said else "the import stopped"))

    def _not_started(self, error) -> None:
        if error == QProcess.FailedToStart:  # no `finished` follows
            QTimer.singleShot(0, lambda: _running.discard(self))
            self.failed(RuntimeError(f"cannot start {reader_command()[0]}: {self.process.errorString()}"))
