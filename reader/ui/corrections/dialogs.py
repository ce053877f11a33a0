"""The small keyboard dialogs a correction asks through: a chooser (type to
narrow, arrows, Enter) and a name or confirmation dialog, both with the
rule's scope, every article or this one, as a check box (Alt+O, or Tab to
it and Space). Every field is reached by Tab."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..commands.chooser import Choice, Chooser

HERE_ONLY = "&Only in this article"


def scope_box(parent: QWidget) -> QCheckBox:
    box = QCheckBox(HERE_ONLY, parent)
    box.setAccessibleName("Only in this article")
    box.setToolTip("Unticked, the rule applies to every article you open")
    return box


class ScopedChooser(Chooser):
    """A `Chooser` with the scope check box under the list."""

    def __init__(self, parent: QWidget, title: str, choices: list[Choice], placeholder: str = "Type to filter"):
        super().__init__(parent, title, choices, placeholder)
        self.scope = scope_box(self)
        self.layout().addWidget(self.scope)
        self.setTabOrder(self.list, self.scope)
        rows = self.list.sizeHintForRow(0) * min(len(choices), 12) if choices else 0
        self.resize(480, min(420, rows + 140))

    @property
    def here_only(self) -> bool:
        return self.scope.isChecked()


class ScopeDialog(QDialog):
    """A question with the scope check box and OK/Cancel; with `name`, a
    field holding it to edit (a new name for an actor)."""

    def __init__(self, parent: QWidget, title: str, prompt: str, name: str | None = None, ok: str = "OK"):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.name: QLineEdit | None = None
        if name is not None:
            self.name = QLineEdit(name, self)
            self.name.setAccessibleName(prompt)
            self.name.selectAll()
            self.prompt.setBuddy(self.name)
            layout.addWidget(self.name)
        self.scope = scope_box(self)
        layout.addWidget(self.scope)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(ok)
        self.buttons.button(QDialogButtonBox.Ok).setDefault(True)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Enter takes it at once: the name to edit, else the button.
        (self.name or self.buttons.button(QDialogButtonBox.Ok)).setFocus()
        self.resize(420, self.sizeHint().height())

    @property
    def here_only(self) -> bool:
        return self.scope.isChecked()

    def text(self) -> str:
        return " ".join(self.name.text().split()) if self.name is not None else ""

    def _accept(self) -> None:
        if self.name is not None and not self.text():
            self.name.setFocus()
            return
        self.accept()
