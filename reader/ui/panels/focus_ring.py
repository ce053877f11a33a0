"""`FocusRing`: the mark both panels put on their list while it has the
focus, so a reader moving with F6 sees where the keys go."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QPainter, QPalette, QRegion
from PySide6.QtWidgets import QAbstractItemView


class FocusRing(QObject):
    """Makes it plain which list has the focus (Fusion shows only a faint
    dotted row): a ring in the highlight colour round the list, drawn on its
    panel in the layout's margin, and a current row that is selected, the
    `first` row when there was none (not on a click, which chooses its own)."""

    WIDTH = 2

    def __init__(self, view: QAbstractItemView, first: Callable[[], QModelIndex | None]):
        super().__init__(view)
        self.view = view
        self.first = first
        view.installEventFilter(self)
        view.parentWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.view and kind in (QEvent.FocusIn, QEvent.FocusOut):
            if kind == QEvent.FocusIn and event.reason() != Qt.MouseFocusReason:
                self.show_current()
            self.view.parentWidget().update()
        elif watched is self.view.parentWidget() and kind == QEvent.Paint and self.view.hasFocus():
            inner = self.view.geometry()
            outer = inner.adjusted(-self.WIDTH, -self.WIDTH, self.WIDTH, self.WIDTH)
            painter = QPainter(watched)
            painter.setClipRegion(QRegion(outer).subtracted(QRegion(inner)))
            painter.fillRect(outer, watched.palette().color(QPalette.Highlight))
            painter.end()
        return False

    def show_current(self) -> None:
        current = self.view.currentIndex()
        if not current.isValid():
            current = self.first() or QModelIndex()
            if current.isValid():
                self.view.setCurrentIndex(current)
        elif not self.view.selectionModel().isSelected(current):
            flags = QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
            self.view.selectionModel().select(current, flags)
