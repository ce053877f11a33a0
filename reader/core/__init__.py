"""Everything that works without Qt: loading, analysis, notes, export.

Nothing under this package may import PySide6 (a test enforces it).
"""
