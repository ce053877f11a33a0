"""The help overlay: every command with its current keys, over the text.

Generated from the command registry, so it always shows the keys in force
(the user's overrides included). Esc or the help key closes it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QTextBrowser, QVBoxLayout, QWidget

from .menus import MENUS
from .registry import CommandRegistry

MENU_TITLES = dict(MENUS)



class HelpOverlay(QFrame):
    def __init__(self, host: QWidget, registry: CommandRegistry):
        super().__init__(host)
        self.host = host
        self.registry = registry
        self.setObjectName("help-overlay")
        self.setAccessibleName("Keys")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.StyledPanel)
        self.text = QTextBrowser(self)
        self.text.setAccessibleName("Keys and commands")
        self.text.setFrameShape(QFrame.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.text)
        host.installEventFilter(self)
        self.hide()

    def render(self) -> str:
        sections: dict[str, list[str]] = {}
        for command in self.registry:
            keys = escape(command.key_text) or "<i>none</i>"
            sections.setdefault(command.menu or "help", []).append(
                f"<tr><td style='padding-right:18px'><b>{keys}</b></td>"
                f"<td>{escape(command.title)}</td>"
                f"<td style='color:gray; padding-left:12px'>{escape(command.name)}</td></tr>"
            )
        # One table for all sections, so the columns line up.
        rows_html = []
        for menu, rows in sections.items():
            title = escape(MENU_TITLES.get(menu, menu.title()).replace("&", ""))
            rows_html.append(f"<tr><td colspan='3'><h3>{title}</h3></td></tr>")
            rows_html += rows
        intro = "<h2>Keys</h2><p>Change them in <code>keys.json</code> in the settings folder. Esc closes this.</p>"
        return intro + f"<table>{''.join(rows_html)}</table>"

    def toggle(self) -> None:
        if self.isVisible():
            self.close_overlay()
            return
        self.text.setHtml(self.render())
        self._fit()
        self.show()
        self.raise_()
        self.text.setFocus()

    def close_overlay(self) -> None:
        self.hide()
        self.host.setFocus()

    def _fit(self) -> None:
        rect = self.host.rect()
        margin = max(16, rect.width() // 10)
        self.setGeometry(rect.adjusted(margin, 16, -margin, -16))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.host and event.type() == QEvent.Resize and self.isVisible():
            self._fit()
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape:
            self.close_overlay()
            return
        super().keyPressEvent(event)
