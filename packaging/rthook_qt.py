"""Run-time hook of the frozen reader, in place of PyInstaller's for PySide6.

PyInstaller's own hook (pyi_rth_pyside6) imports PySide6.QtCore at every
start to register an embedded qt.conf: 0.6 s on a 2-core machine, for
`reader --version` and `reader analyze` too, which never touch Qt. This hook
sets the same environment at once and registers the qt.conf only when the
program itself first imports PySide6.QtCore (the window), by the same
helper PyInstaller uses.
"""

import importlib.abc
import importlib.util
import os
import sys


def _qt_prefix() -> str:
    if sys.platform.startswith("win"):
        return os.path.join(sys._MEIPASS, "PySide6")
    return os.path.join(sys._MEIPASS, "PySide6", "Qt")


def _configure_qt() -> None:
    from _pyi_rth_utils import qt as qt_rth_utils

    qt_rth_utils.create_embedded_qt_conf("PySide6", _qt_prefix())


class _QtConfOnFirstImport(importlib.abc.MetaPathFinder):
    """Finds nothing itself: wraps the loader of PySide6.QtCore so that the
    qt.conf is registered right after the module is loaded."""

    def find_spec(self, name, path=None, target=None):
        if name != "PySide6.QtCore":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return spec
        exec_module = spec.loader.exec_module

        def exec_and_configure(module):
            exec_module(module)
            _configure_qt()

        spec.loader.exec_module = exec_and_configure
        return spec


def _pyi_rthook() -> None:
    prefix = _qt_prefix()
    os.environ["QT_PLUGIN_PATH"] = os.path.join(prefix, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(prefix, "qml")
    if sys.platform.startswith("win"):
        os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")
    sys.meta_path.insert(0, _QtConfOnFirstImport())


_pyi_rthook()
del _pyi_rthook
