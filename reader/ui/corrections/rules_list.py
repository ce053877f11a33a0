"""The rules list: every rule in the notes database, what it says, where it
applies and whether it is on; Space turns the chosen rule off or on, Delete
deletes it (undo brings it back), and Tab reaches the buttons that do the
same."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.notes import quote_rules
from ...core.notes.schema import PLACED_KINDS

RULE_ROLE = Qt.UserRole + 1  # the rule's id


#: What a label makes a name, in a sentence.
A_LABEL = {"PER": "a person", "ORG": "an organisation", "LOC": "a place", "MISC": "another kind of name"}


def describe(rule) -> str:
    """What the rule says, in words ("“Donbass” is a place")."""
    if rule.kind in PLACED_KINDS:
        return quote_rules.describe(rule.kind, rule.text, rule.value)
    if rule.kind == "label":
        return f"“{rule.text}” is {A_LABEL.get(rule.value, rule.value)}"
    if rule.kind == "not-entity":
        return f"“{rule.text}” is not a name"
    return f"“{rule.text}” is the same actor as “{rule.value}”"


def scope_text(rule, here: str | None, titles: dict[str, str]) -> str:
    if rule.article_id is None:
        return "every article"
    if rule.article_id == here:
        return "this article"
    return f"only in {titles.get(rule.article_id) or 'another article'}"


def state_text(rule) -> str:
    if rule.damaged:
        return "damaged (not applied)"
    return "on" if rule.enabled else "off"


class _RuleTree(QTreeWidget):
    """Space and Delete act on the current rule."""

    def __init__(self, parent: QWidget, on_key: Callable[[int], bool]):
        super().__init__(parent)
        self.on_key = on_key

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.NoModifier and self.on_key(event.key()):
            return
        super().keyPressEvent(event)


class RulesDialog(QDialog):
    """`toggle(id)` and `delete(id)` change a rule (the controller's); the
    list is filled again from `rules()` after each change."""

    def __init__(
        self,
        parent: QWidget,
        rules: Callable[[], list],
        titles: dict[str, str],
        here: str | None,
        toggle: Callable[[str], None],
        delete: Callable[[str], None],
    ):
        super().__init__(parent)
        self.setWindowTitle("Rules")
        self.setAccessibleName("Rules")
        self.rules, self.titles, self.here = rules, titles, here
        self._toggle, self._delete = toggle, delete
        layout = QVBoxLayout(self)
        self.hint = QLabel(
            "Your corrections, applied to every article you open (or to one). Space turns the chosen rule off or on; Delete deletes it.",
            self,
        )
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.list = _RuleTree(self, self._key)
        self.list.setAccessibleName("Rules")
        self.list.setHeaderLabels(["Rule", "Where", "State"])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.hint.setBuddy(self.list)
        layout.addWidget(self.list)
        self.buttons = QDialogButtonBox(self)
        self.toggle_button = QPushButton("Turn &off", self)
        self.delete_button = QPushButton("&Delete", self)
        self.close_button = QPushButton("Close", self)
        for button in (self.toggle_button, self.delete_button, self.close_button):
            button.setAutoDefault(False)
        self.buttons.addButton(self.toggle_button, QDialogButtonBox.ActionRole)
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.RejectRole)
        self.toggle_button.clicked.connect(lambda: self._act(self._toggle))
        self.delete_button.clicked.connect(lambda: self._act(self._delete))
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.list, self.toggle_button)
        self.setTabOrder(self.toggle_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.close_button)
        self.list.currentItemChanged.connect(lambda _item, _old: self._follow())
        self.resize(640, 320)
        self.fill()
        self.list.setFocus()

    def fill(self, current: str | None = None) -> None:
        """The rules again, `current` (or the row where the chosen one was) chosen."""
        row = max(self.list.indexOfTopLevelItem(self.list.currentItem()), 0)
        self.list.clear()
        dim = self.palette().color(QPalette.PlaceholderText)
        for rule in self.rules():
            item = QTreeWidgetItem([describe(rule), scope_text(rule, self.here, self.titles), state_text(rule)])
            item.setData(0, RULE_ROLE, rule.id)
            item.setToolTip(0, f"{describe(rule)} (rule {rule.id})")
            if not rule.enabled or rule.damaged:
                for column in range(3):
                    item.setForeground(column, dim)
            self.list.addTopLevelItem(item)
            if rule.id == current:
                row = self.list.topLevelItemCount() - 1
        count = self.list.topLevelItemCount()
        if count:
            self.list.setCurrentItem(self.list.topLevelItem(min(row, count - 1)))
        self._follow()

    def current(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, RULE_ROLE) if item is not None else None

    def shown(self) -> list[tuple[str, str, str]]:
        """(rule, where, state) of each row, in order."""
        rows = []
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            rows.append((item.text(0), item.text(1), item.text(2)))
        return rows

    def _follow(self) -> None:
        """The buttons say what they would do to the chosen rule."""
        item = self.list.currentItem()
        chosen = item is not None
        self.toggle_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.toggle_button.setText("Turn &on" if chosen and item.text(2) == "off" else "Turn &off")

    def _key(self, key: int) -> bool:
        if key == Qt.Key_Space:
            self._act(self._toggle)
            return True
        if key in (Qt.Key_Delete, Qt.Key_Backspace):
            self._act(self._delete)
            return True
        return False

    def _act(self, change: Callable[[str], None]) -> None:
        ident = self.current()
        if ident is None:
            return
        change(ident)
        self.fill(ident)
