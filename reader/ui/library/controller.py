"""The library's commands in the window (File menu): show the library
view, add a folder. A folder is analysed in a process of its own
(importer.py: the window's analysis goes on beside it, and the window
never waits for it), progress in the view or the status bar, and cancel;
what the view lists is read on a worker too. Choosing a line opens the article at that mention or quote. A merge
suggestion is merged (the same-as rule a merge correction makes) or
dismissed (kept in the library) only by the user; an article or folder
is removed from the library after asking, its files left alone."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog
from shiboken6 import isValid

from ..commands.registry import Entry
from ..desk import Desk
from ..tasks import run_task
from .confirm import ask_removal, folder_of
from .dialog import LibraryDialog, Place
from .importer import FolderImport

MENU = "file"
#: How long after the window starts the library's folders are scanned for
#: new files (once the first article has had the machine to itself).
START_DELAY_MS = 5000
#: The window's commands that act in the view too, on its chosen line.
VIEW_COMMANDS = ("library.remove", "library.merge_suggestion", "library.dismiss_suggestion")


def _rules(desk: Desk):
    from ...core.rules import RuleSet

    corrections = getattr(desk, "corrections", None)
    rules = corrections.rules() if corrections is not None else None
    return rules or RuleSet()


def read_library(rules) -> tuple:
    """The articles, failures, actors, suggestions not dismissed and
    folders (on a worker)."""
    from ...core.library.actors import library_actors
    from ...core.library.store import Library
    from ...core.library.suggest import suggestions

    with Library() as library:
        actors = library_actors(library.actor_rows(), library.quote_rows(), rules.rules)
        found = suggestions(actors, library.dismissed())
        return library.articles(), library.failures(), actors, found, library.folders()


class LibraryController:
    """One per window (`of`): the view while it is open, and the import
    running, which outlives the view."""

    def __init__(self, desk: Desk):
        self.desk = desk
        self.dialog: LibraryDialog | None = None
        self.cancel: FolderImport | None = None  # the import running
        self.found_suggestions: list = []
        self.folders: list[str] = []
        self.asking = None  # the removal question while it is open
        self.quiet = False  # the scan at start: no messages for files that failed before

    def rescan_later(self) -> None:
        """Pick up the files added to the library's folders since the last
        run, a little after the window starts (nothing without a library)."""
        from ...core.library.store import Library, LibraryError, default_library_path

        def start() -> None:
            if not default_library_path().exists() or self.cancel is not None:
                return
            try:
                with Library() as library:
                    folders = library.folders()
            except LibraryError as error:
                self.desk.show_message(str(error))
                return
            if folders:
                self.quiet = True
                self.start_import(None)

        QTimer.singleShot(START_DELAY_MS, self.desk, start)

    @classmethod
    def of(cls, desk: Desk) -> LibraryController:
        if getattr(desk, "library_ctl", None) is None:
            desk.library_ctl = cls(desk)
        return desk.library_ctl

    def show(self, tab: str | None = None) -> None:
        if self.dialog is None:
            dialog = self.dialog = LibraryDialog(self.desk.dialog_parent())
            dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
            dialog.place_chosen.connect(self.go_to)
            dialog.add_folder.connect(self.add_folder)
            dialog.rescan.connect(lambda: self.start_import(None))
            dialog.cancel.connect(lambda: self.cancel is not None and self.cancel.set())
            dialog.accept_suggestion.connect(self.accept)
            dialog.dismiss_suggestion.connect(self.dismiss)
            dialog.remove_chosen.connect(self.ask_remove)
            registry = getattr(self.desk, "registry", None)
            if registry is not None:
                dialog.bind({name: registry[name].keys for name in VIEW_COMMANDS})
            self.desk.open_dialog("library", dialog)
            if self.cancel is not None:
                dialog.importing(0, 1, "")
        if tab is not None:
            self.dialog.show_tab(tab)
        self.refresh()

    def refresh(self) -> None:
        rules = _rules(self.desk)

        def shown(result) -> None:
            self.found_suggestions, self.folders = result[3], result[4]
            if not isValid(self.desk):
                return
            if self.dialog is not None:
                self.dialog.show_library(*result[:4])

        run_task(lambda: read_library(rules), shown, lambda error: self.desk.show_message(f"Library: {error}"))

    def add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.desk.dialog_parent(), "Add a folder to the library")
        if folder:
            self.start_import(folder)

    def start_import(self, folder: str | None) -> None:
        """Analyse `folder` into the library (None: rescan every folder)."""
        if self.cancel is not None:
            self.desk.say("A folder is being added already")
            return
        session = getattr(self.desk, "session", None)
        # Looked up at each step: the benchmark wraps `_progress`.
        self.cancel = FolderImport(
            folder, getattr(session, "model", None), lambda step: self._progress(step),
            self._imported, self._failed,
        )  # fmt: skip

    def _progress(self, step) -> None:
        if not isValid(self.desk):  # the window closed meanwhile
            return
        done, total, path = step
        if self.dialog is not None:
            self.dialog.importing(done, total, path)
        else:
            self.desk.say(f"Library: {done} of {total} analysed")

    def _imported(self, report) -> None:
        self.cancel, quiet, self.quiet = None, self.quiet, False
        if not isValid(self.desk):
            return
        text = f"{len(report.analysed)} analysed, {len(report.cached)} from the cache, {len(report.failed)} failed" + (
            " (cancelled)" if report.cancelled else ""
        )
        for path, reason in [] if quiet else report.failed[:5]:
            self.desk.show_message(f"{path}: {reason}")
        self.desk.say(f"Library: {text}")
        if self.dialog is not None:
            self.dialog.importing(0, 0, "")
            self.dialog.told(text)
            self.refresh()

    def _failed(self, error: Exception) -> None:
        self.cancel, self.quiet = None, False
        if not isValid(self.desk):
            return
        if self.dialog is not None:
            self.dialog.importing(0, 0, "")
        self.desk.show_message(f"Could not add the folder: {error}")

    def accept(self, index: int) -> None:
        """Merge suggestion `index`: the same-as rule a merge correction
        makes (every article), undone like one, and the article shown
        analysed again with it."""
        from ...core.library.suggest import accept
        from ..notes.controller import store_errors

        notes = getattr(self.desk, "notes_ctl", None)
        store = notes.open_store() if notes is not None else None
        if store is None or not 0 <= index < len(self.found_suggestions):
            return
        try:
            rule = accept(store.rules, self.found_suggestions[index])
        except store_errors() as error:
            self.desk.show_message(f"Could not keep the merge: {error}")
            return
        what = rule.describe()
        corrections = getattr(self.desk, "corrections", None)
        if corrections is not None and hasattr(corrections, "done"):
            from ..corrections.controller import Step

            corrections.done.append(Step(rule.id, what))
            corrections.undone.clear()
        session = getattr(self.desk, "session", None)
        if session is not None:
            QTimer.singleShot(0, session.reanalyse)  # no-op without an article
        self.desk.say(f"Merged: {what}")
        self.refresh()

    def dismiss(self, index: int) -> None:
        """Never offer suggestion `index` again (kept in the library)."""
        from ...core.library.store import Library
        from ...core.library.suggest import dismiss

        if not 0 <= index < len(self.found_suggestions):
            return
        chosen = self.found_suggestions[index]

        def work() -> None:
            with Library() as library:
                dismiss(library, chosen)

        def done(_result) -> None:
            self.desk.say(f"Dismissed: {chosen.alias} may be {chosen.canonical}")
            self.refresh()

        run_task(work, done, lambda error: self.desk.show_message(f"Library: {error}"))

    def ask_remove(self, path: str) -> None:
        """Ask, then remove `path` (or its library folder) from the library."""
        parent = self.dialog if self.dialog is not None else self.desk.dialog_parent()
        self.asking = ask_removal(parent, path, folder_of(path, self.folders), self.remove)
        self.asking.finished.connect(self._answered)

    def _answered(self, _result: int) -> None:
        # The keys go on where they were: back to the list the question was about.
        self.asking = None
        if self.dialog is not None:
            self.dialog.activateWindow()
            self.dialog.articles.setFocus()

    def remove(self, path: str) -> None:
        """Forget `path` in the library and its cached analyses (a worker)."""
        from ...core.library.cache import AnalysisCache
        from ...core.library.remove import describe, remove
        from ...core.library.store import Library

        def work():
            with Library() as library, closing(AnalysisCache()) as cache:
                return describe(remove(library, cache, path))

        def done(text: str) -> None:
            if not isValid(self.desk):
                return
            self.desk.say(text)
            if self.dialog is not None:
                self.dialog.told(text)
                self.refresh()

        run_task(work, done, lambda error: self.desk.show_message(f"Could not remove {path}: {error}"))

    def go_to(self, place: Place) -> None:
        """Open the article at `place`, and select the mention or quote."""
        path, start, end = place
        if self.dialog is not None:
            self.dialog.accept()
        session = getattr(self.desk, "session", None)
        if start is not None and session is not None:

            def ready(article) -> None:
                session.article_ready.disconnect(ready)
                if article.path and Path(article.path).resolve() == Path(path).resolve():
                    self.desk.select_range(start, end)

            session.article_ready.connect(ready)
        self.desk.open_path(path)


def show_library(desk: Desk) -> None:
    LibraryController.of(desk).show()


def add_folder(desk: Desk) -> None:
    LibraryController.of(desk).add_folder()


def remove_from_library(desk: Desk) -> None:
    """The library view's chosen article when it is open (its own keys do
    that), else the article shown in the window."""
    controller = LibraryController.of(desk)
    article = desk.article
    if article is None or not article.path:
        desk.say(f"Open an article, or choose one in the library ({desk.key_text('library.show')})")
        return

    def ask(folders: list[str]) -> None:
        controller.folders = folders
        controller.ask_remove(str(Path(article.path).resolve()))

    run_task(_folders, ask, lambda error: desk.show_message(f"Library: {error}"))


def _folders() -> list[str]:
    from ...core.library.store import Library

    with Library() as library:
        return library.folders()


def suggestions(desk: Desk) -> None:
    """The merge suggestions, the first chosen: the same key then merges or dismisses it."""
    LibraryController.of(desk).show("suggestions")


COMMANDS = (
    Entry(
        "library.show", "Library…", "The articles read and the actors across them, with what each said", show_library
    ),
    Entry(
        "library.add_folder", "Add a folder to the library…", "Analyse a folder's articles into the library", add_folder
    ),
    Entry(
        "library.remove",
        "Remove from the library…",
        "Forget the article (or its folder) in the library, with its cached analysis; the file stays",
        remove_from_library,
    ),
    Entry(
        "library.merge_suggestion",
        "Merge the chosen suggestion",
        "In the library's suggestions: the two spellings become one actor (a same-as rule)",
        suggestions,
    ),
    Entry(
        "library.dismiss_suggestion",
        "Dismiss the chosen suggestion",
        "In the library's suggestions: never offer these two as one actor again",
        suggestions,
    ),
)
