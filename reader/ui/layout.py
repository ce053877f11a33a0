"""The window's size, position and panel layout, kept between sessions in
the data folder (Qt's own opaque state, so not in the user's settings)."""

from __future__ import annotations

import base64
import json

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow

from ..core import paths

STATE_VERSION = 1  # bump when the panels change, so old layouts are ignored


def _path():
    return paths.data_dir() / "window.json"


def save(window: QMainWindow) -> None:
    data = {
        "geometry": base64.b64encode(bytes(window.saveGeometry())).decode("ascii"),
        "state": base64.b64encode(bytes(window.saveState(STATE_VERSION))).decode("ascii"),
    }
    try:
        paths.ensure(_path().parent)
        _path().write_text(json.dumps(data), encoding="utf-8")
    except OSError:
        pass  # losing the layout is no reason to stop closing


def restore(window: QMainWindow) -> None:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
        geometry = QByteArray(base64.b64decode(data["geometry"]))
        state = QByteArray(base64.b64decode(data["state"]))
    except (OSError, ValueError, KeyError, TypeError):
        return  # first start, or a damaged file: the default layout
    window.restoreGeometry(geometry)
    window.restoreState(state, STATE_VERSION)
