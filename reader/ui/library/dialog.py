"""The library view: the articles, the actors across them with counts, the
chosen actor's quote ledger, and the merge suggestions; adding a folder
with progress and cancel. Choosing a line (Enter or a double click) opens
the article at that mention or quote. Delete removes the chosen article
from the library (the controller asks first) or dismisses the chosen
suggestion; merging one takes its own key (or Alt+M), never Enter or a
double click, which could merge by a slip. The window's library commands
keep their keys here (`bind`): the view is a window of its own.

Reading the library and building its actors runs on a worker; the dialog
only shows what comes back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
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
    dismiss_suggestion = Signal(int)
    remove_chosen = Signal(str)  # the path of the article or failed file

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
        self.dismiss_button = QPushButton("D&ismiss it")
        self.remove_button = QPushButton("Re&move from the library…")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rescan_button, self.remove_button, self.accept_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._connect()
        self._follow()

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_folder)
        self.rescan_button.clicked.connect(self.rescan)
        self.cancel_button.clicked.connect(self.cancel)
        self.accept_button.clicked.connect(self._accept_chosen)
        self.dismiss_button.clicked.connect(self._dismiss_chosen)
        self.remove_button.clicked.connect(self._remove_chosen)
        for tree, act in ((self.articles, self._remove_chosen), (self.suggestions, self._dismiss_chosen)):
            for key in (QKeySequence.Delete, QKeySequence(Qt.Key_Backspace)):
                QShortcut(key, tree, act, context=Qt.WidgetShortcut)
        self.tabs.currentChanged.connect(self._follow)
        for tree in (self.articles, self.ledger):
            tree.itemActivated.connect(self._activated)
        self.actor_list.currentItemChanged.connect(self._actor_chosen)
        self.actor_list.itemActivated.connect(self._activated)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        place = item.data(0, PLACE)
        if place:
            self.place_chosen.emit(tuple(place))

    def bind(self, actions: dict[str, list[str]]) -> None:
        """The window's keys for the view's commands (command name -> keys)."""
        doing = {
            "library.remove": self._remove_chosen,
            "library.merge_suggestion": self._accept_chosen,
            "library.dismiss_suggestion": self._dismiss_chosen,
        }
        for name, keys in actions.items():
            action = QAction(name, self)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.triggered.connect(doing[name])
            self.addAction(action)

    def show_tab(self, name: str) -> None:
        """Bring the "articles", "actors" or "suggestions" tab to the front, its list focused."""
        index = {"articles": 0, "actors": 1, "suggestions": 2}[name]
        self.tabs.setCurrentIndex(index)
        tree = (self.articles, self.actor_list, self.suggestions)[index]
        tree.setFocus()
        if tree.currentItem() is None and tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))

    def _follow(self, _index: int = 0) -> None:
        """Only the buttons for the tab in front are offered."""
        front = self.tabs.currentIndex()
        self.remove_button.setVisible(front == 0)
        self.accept_button.setVisible(front == 2)
        self.dismiss_button.setVisible(front == 2)

    def _chosen_suggestion(self) -> int | None:
        item = self.suggestions.currentItem()
        if item is None or self.tabs.currentIndex() != 2:
            self.status.setText("Choose a suggestion in the Suggestions tab first")
            return None
        return self.suggestions.indexOfTopLevelItem(item)

    def _accept_chosen(self) -> None:
        index = self._chosen_suggestion()
        if index is not None:
            self.accept_suggestion.emit(index)

    def _dismiss_chosen(self) -> None:
        index = self._chosen_suggestion()
        if index is not None:
            self.dismiss_suggestion.emit(index)

    def _remove_chosen(self) -> None:
        item = self.articles.currentItem()
        if item is None or self.tabs.currentIndex() != 0:
            self.status.setText("Choose an article in the Articles tab first")
            return
        self.remove_chosen.emit(item.text(4))

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
        for tree in (self.articles, self.actor_list, self.suggestions):  # Delete or Enter acts at once
            if tree.topLevelItemCount():
                tree.setCurrentItem(tree.topLevelItem(0))

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
