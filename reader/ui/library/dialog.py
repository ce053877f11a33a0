"""The library view: the articles, the actors across them with counts, the
chosen actor's quote ledger, and the merge suggestions; adding a folder
with progress and cancel. Choosing a line (Enter or a double click) opens
the article at that mention or quote.

Reading the library and building its actors runs on a worker; the dialog
only shows what comes back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ...core.library.actors import LibraryActor

#: Where a line leads: (path, start, end); start None for the article's top.
Place = tuple[str, int | None, int | None]
PLACE = Qt.UserRole


def _tree(headings: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headings)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    return tree


def _item(values: list, place: Place | None = None) -> QTreeWidgetItem:
    item = QTreeWidgetItem([str(v) for v in values])
    if place is not None:
        item.setData(0, PLACE, place)
    return item


class LibraryDialog(QDialog):
    place_chosen = Signal(object)  # Place
    add_folder = Signal()
    rescan = Signal()
    cancel = Signal()
    accept_suggestion = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Library")
        self.resize(900, 600)
        self.actors: list[LibraryActor] = []
        self.last = ""  # what the last folder import did
        self.tabs = QTabWidget()
        self.articles = _tree(["Article", "Actors", "Quotes", "Language", "File"])
        self.actor_list = _tree(["Actor", "Kind", "Articles", "Mentions", "Quotes", "Also written"])
        self.ledger = _tree(["Article", "Where", "Source", "Speaker", "Said"])
        self.suggestions = _tree(["May be", "Spelt", "Evidence"])
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.actor_list)
        split.addWidget(self.ledger)
        self.tabs.addTab(self.articles, "&Articles")
        self.tabs.addTab(split, "A&ctors")
        self.tabs.addTab(self.suggestions, "&Suggestions")
        self.status = QLabel("")
        self.progress = QProgressBar()
        self.progress.hide()
        self.add_button = QPushButton("A&dd folder…")
        self.rescan_button = QPushButton("&Rescan")
        self.cancel_button = QPushButton("Ca&ncel")
        self.cancel_button.hide()
        self.accept_button = QPushButton("&Merge the chosen suggestion")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rescan_button, self.accept_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._connect()

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_folder)
        self.rescan_button.clicked.connect(self.rescan)
        self.cancel_button.clicked.connect(self.cancel)
        self.accept_button.clicked.connect(self._accept_chosen)
        for tree in (self.articles, self.ledger):
            tree.itemActivated.connect(self._activated)
        self.actor_list.currentItemChanged.connect(self._actor_chosen)
        self.actor_list.itemActivated.connect(self._activated)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        place = item.data(0, PLACE)
        if place:
            self.place_chosen.emit(tuple(place))

    def _accept_chosen(self) -> None:
        item = self.suggestions.currentItem()
        if item is not None:
            self.accept_suggestion.emit(self.suggestions.indexOfTopLevelItem(item))

    def show_library(self, articles: list[dict], failures: list[dict], actors: list, suggestions: list) -> None:
        """Fill the lists with what the worker read."""
        self.articles.clear()
        self.articles.addTopLevelItems(
            [
                _item([a["title"], a["actors"], a["quotes"], a["language"] or "", a["path"]], (a["path"], None, None))
                for a in articles
            ]
            + [_item([f"Failed: {f['reason']}", "", "", "", f["path"]]) for f in failures]
        )
        self.actors = actors
        self.actor_list.clear()
        for actor in actors:
            first_path, first = next(iter(actor.articles.items()))
            also = ", ".join(sorted(set(actor.spellings) - {actor.name}))
            values = [actor.name, actor.label, len(actor.articles), actor.mentions, len(actor.quotes), also]
            self.actor_list.addTopLevelItem(_item(values, (first_path, *(first or (None, None)))))
        self.suggestions.clear()
        for s in suggestions:
            evidence = "; ".join(f"{spelling}: {len(where)} article(s)" for spelling, where in s.evidence.items())
            self.suggestions.addTopLevelItem(_item([s.canonical, s.alias, evidence]))
        counts = f"{len(articles)} articles, {len(actors)} actors, {len(failures)} files failed"
        self.status.setText(f"{counts}. Last added: {self.last}" if self.last else counts)
        if self.actor_list.topLevelItemCount():
            self.actor_list.setCurrentItem(self.actor_list.topLevelItem(0))

    def _actor_chosen(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        self.ledger.clear()
        if item is None:
            return
        actor = self.actors[self.actor_list.indexOfTopLevelItem(item)]
        rows = [
            _item(
                [
                    q.title,
                    q.start,
                    "named" if q.named else "anonymous",
                    q.speaker or "unknown",
                    " ".join(q.text.split()),
                ],
                (q.path, q.start, q.end),
            )
            for q in actor.quotes
        ]
        rows += [
            _item([actor.titles.get(path, path), first[0] if first else "", "mention", actor.name, ""],
                  (path, *(first or (None, None))))
            for path, first in actor.articles.items()
        ]  # fmt: skip
        self.ledger.addTopLevelItems(rows)

    def importing(self, done: int, total: int, path: str) -> None:
        """Progress of a folder being added (None total: finished)."""
        running = total > 0 and done < total
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.add_button.setEnabled(not running)
        self.rescan_button.setEnabled(not running)
        if running:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.status.setText(f"Analysing {done} of {total}: {path}")

    def told(self, text: str) -> None:
        """What the last import did; kept in the status line."""
        self.last = text
        self.status.setText(text)
