"""Guard against a Qt binding that loses references to None.

PySide6 6.12.0 returned ``None`` from every void method without taking a
reference; on Python 3.11 (where None is not immortal) the reader aborted
after a few thousand highlight calls. pyproject.toml excludes it; this test
catches the next such release before users do.
"""

import sys

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument


def test_void_calls_keep_none_alive(qapp):
    document = QTextDocument()
    document.setPlainText("word " * 100)
    cursor = QTextCursor(document)
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#F5D9A8"))
    before = sys.getrefcount(None)
    for _ in range(1000):
        cursor.setPosition(3)
        cursor.mergeCharFormat(fmt)
        cursor.beginEditBlock()
        cursor.endEditBlock()
    # Other code may hold a few more or fewer references meanwhile; a broken
    # binding loses one for every call (4000 here).
    assert sys.getrefcount(None) - before > -100
