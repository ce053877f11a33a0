"""The help overlay: every command with its current keys, over the text,
and a legend of what the colours and marks in the text mean.

Generated from the command registry, so it always shows the keys in force
(the user's overrides included), and drawn in the theme in force (the
window calls `set_theme`). Esc or the help key closes it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextTableFormat
from PySide6.QtWidgets import QFrame, QTextBrowser, QVBoxLayout, QWidget

from ...core.labels import LABEL_TITLES, READER_LABELS
from ..view.reading_view import QUOTES
from ..view.theme import Theme, resolve
from .menus import MENUS
from .registry import CommandRegistry
from .view import TOGGLES

MENU_TITLES = dict(MENUS)
LEGEND_TITLE = "Colours and marks"
KEYS_NOTE = "Change them in <code>keys.json</code> in the settings folder. Esc closes this."


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
        self.theme = resolve("system")  # until the window sets its own
        host.installEventFilter(self)
        self.hide()

    def set_theme(self, theme: Theme) -> None:
        """Draw the legend in `theme` (again now, when it shows)."""
        self.theme = theme
        if self.isVisible():
            self._fill()

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
        return f"<h2>Keys</h2><p>{KEYS_NOTE}</p><table>{''.join(rows_html)}</table>"

    def toggle(self) -> None:
        if self.isVisible():
            self.close_overlay()
            return
        self._fill()
        self._fit()
        self.show()
        self.raise_()
        self.text.setFocus()

    def _fill(self) -> None:
        # The legend first: what the colours mean is what a new reader
        # looks for, and it fits above the fold; the keys follow.
        self.text.setHtml(f"<h2>{LEGEND_TITLE}</h2>")
        cursor = QTextCursor(self.text.document())
        cursor.movePosition(QTextCursor.End)
        add_legend(cursor, self.theme, self.registry)
        cursor.movePosition(QTextCursor.End)
        cursor.insertHtml(self.render())
        self.text.moveCursor(QTextCursor.Start)

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


def legend_rows(theme: Theme, registry: CommandRegistry) -> list[tuple[str, QTextCharFormat, str]]:
    """Each sample as it looks in the text, with what it means."""
    keys = {kind: registry[name].key_text for name, kind in TOGGLES.items() if name in registry.commands}

    def shown_by(kind: str) -> str:
        return f"; {keys[kind]} shows or hides them" if keys.get(kind) else ""

    rows = []
    for label in READER_LABELS:
        sample = QTextCharFormat()
        sample.setBackground(QColor(theme.labels[label]))
        sample.setForeground(QColor(theme.text))
        rows.append((LABEL_TITLES[label], sample, f"a name of this kind{shown_by(label)}"))
    direct, reported = QTextCharFormat(), QTextCharFormat()
    for quote_format in (direct, reported):
        quote_format.setForeground(QColor(theme.quote))
    direct.setFontItalic(True)
    rows.append(("“direct quote”", direct, f"the speaker's own words, in italics{shown_by(QUOTES)}"))
    rows.append(("reported speech", reported, "what someone said, in other words: upright"))
    note = QTextCharFormat()
    note.setUnderlineStyle(QTextCharFormat.WaveUnderline)
    note.setUnderlineColor(QColor(theme.accent))
    steps = ", ".join(registry[name].key_text for name in ("notes.next", "notes.previous") if name in registry.commands)
    rows.append(
        ("a passage with a note", note, "a wavy underline" + (f"; {steps} go from note to note" if steps else ""))
    )
    mine = QTextCharFormat()
    mine.setBackground(QColor(theme.labels["LOC"]))
    mine.setForeground(QColor(theme.text))
    mine.setUnderlineStyle(QTextCharFormat.DotLine)
    mine.setUnderlineColor(QColor(theme.text))
    fixes = ", ".join(
        registry[name].key_text
        for name in ("rules.label", "rules.not_entity", "rules.undo")
        if name in registry.commands
    )
    rows.append(
        (
            "your correction",
            mine,
            "a dotted underline: your rule, not the model's" + (f"; {fixes} correct and undo" if fixes else ""),
        )
    )
    return rows


def add_legend(cursor: QTextCursor, theme: Theme, registry: CommandRegistry) -> None:
    """The legend at `cursor`: a sample and its meaning a row."""
    rows = legend_rows(theme, registry)
    table_format = QTextTableFormat()
    table_format.setBorder(0)
    table_format.setCellPadding(3)
    table = cursor.insertTable(len(rows), 2, table_format)
    plain = QTextCharFormat()
    for row, (sample, sample_format, meaning) in enumerate(rows):
        table.cellAt(row, 0).firstCursorPosition().insertText(sample, sample_format)
        table.cellAt(row, 1).firstCursorPosition().insertText(meaning, plain)
