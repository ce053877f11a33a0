"""reader/core must work without Qt: import every module with PySide6 blocked."""

import pkgutil
import subprocess
import sys

import reader.core

SCRIPT = """
import importlib, sys
sys.modules["PySide6"] = None  # any import of PySide6 now fails
for name in {names!r}:
    importlib.import_module(name)
print("ok")
"""


def test_every_core_module_imports_without_pyside6():
    names = [m.name for m in pkgutil.walk_packages(reader.core.__path__, "reader.core.")]
    assert "reader.core.analyzer" in names and "reader.core.loading.html" in names
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(names=names)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
