"""The window's size, position and panel layout, kept between sessions in
the data folder (Qt's own opaque state, so not in the user's settings)."""

from __future__ import annotations

import base64

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow

from ..core.config import paths
from ..core.config.jsonfile import JsonFileError, read_json, write_json

STATE_VERSION = 1  # bump when the panels change, so old layouts are ignored


def _path():
    return paths.data_dir() / "window.json"


def save(window: QMainWindow) -> None:
    data = {
        "geometry": base64.b64encode(bytes(window.saveGeometry())).decode("ascii"),
        "state": base64.b64encode(bytes(window.saveState(STATE_VERSION))).decode("ascii"),
    }
    try:
        write_json(_path(), data)
    except OSError:
        pass  # losing the layout is no reason to stop closing


def restore(window: QMainWindow) -> None:
    try:
        data = read_json(_path())
        geometry = QByteArray(base64.b64decode(data["geometry"]))
        state = QByteArray(base64.b64decode(data["state"]))
    except (JsonFileError, ValueError, KeyError, TypeError):
        return  # first start, or a damaged file: the default layout
    window.restoreGeometry(geometry)
    window.restoreState(state, STATE_VERSION)
