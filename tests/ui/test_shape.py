"""The shape of reader/ui: short modules and functions, and only the
program's start knows the window (the rest reach it through the Desk)."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "reader" / "ui"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def modules() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def test_no_module_or_function_is_too_long():
    too_long = []
    for path in modules():
        text = path.read_text(encoding="utf-8")
        if len(text.splitlines()) > MAX_MODULE_LINES:
            too_long.append(f"{path.relative_to(UI)}: {len(text.splitlines())} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    too_long.append(f"{path.relative_to(UI)}: {node.name} has {length} lines")
    assert too_long == []


def imported(path: Path) -> set[str]:
    """Every module `path` imports, as a dotted name under `reader`."""
    package = ["reader", *path.relative_to(UI.parent).with_suffix("").parts[:-1]]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_only_the_start_of_the_program_imports_the_window():
    importers = [
        str(path.relative_to(UI)) for path in modules() if "reader.ui.window" in imported(path)
    ]
    assert importers == ["app.py"]
