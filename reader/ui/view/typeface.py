"""The reading typeface: Literata, a serif drawn for long reading on
screens, shipped in ``resources/fonts`` (SIL Open Font License) so the text
looks the same on every system; the system's serif if it cannot load."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from ...core.config.resources import fonts_dir

_family: str | None = None


def reading_family() -> str:
    global _family
    if _family is None:
        families: list[str] = []
        for path in sorted(fonts_dir().glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
        _family = families[0] if families else "serif"
    return _family
