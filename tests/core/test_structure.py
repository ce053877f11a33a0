"""The shape of the code, kept honest: imports only point down the flow
(file → Article → analysis → window/notes), and no module or function
grows past what a newcomer can read in one go."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "reader"

#: Layers of reader/core, lowest first. A module may import from its own
#: layer's package and from lower layers, never from a higher one nor from a
#: sibling package of the same layer (loading and notes never import
#: attribution; attribution and nlp know nothing of each other).
LAYERS = [
    {"article", "analysis", "labels", "config"},  # shared vocabulary, plumbing
    {"loading"},  # file → Article
    {"attribution", "nlp", "notes"},  # spaCy components; pipelines; the notes store
    {"rules"},  # the reader's corrections (kept in notes) applied in the analysis
    {"analyzer"},  # Article → Analysis
    {"library"},  # analysed articles remembered and cached; actors across them
    {"training"},  # building and scoring the bundled models
]
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
#: Functions allowed to be longer, with the reason (also in the README).
LONG_FUNCTIONS: dict[str, str] = {}


def core_part(module: str) -> str | None:
    """`reader.core.loading.html` → `loading`; None outside reader.core."""
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[:2] == ["reader", "core"] else None


def layer_of(part: str) -> int:
    return next(i for i, names in enumerate(LAYERS) if part in names)


def imports_of(path: Path, package: Path = PACKAGE) -> list[str]:
    """Absolute names of the reader modules `path` imports."""
    module = ".".join(path.relative_to(package.parent).with_suffix("").parts)
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    if path.name == "__init__.py":
        package = package[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
            found += [base] + [f"{base}.{alias.name}" for alias in node.names]
    return [name for name in found if name.startswith("reader")]


def python_files():
    return sorted(PACKAGE.rglob("*.py"))


def test_the_layers_name_every_core_package():
    parts = {p.relative_to(PACKAGE / "core").parts[0].removesuffix(".py") for p in (PACKAGE / "core").iterdir()}
    parts -= {"__init__", "__pycache__"}
    assert parts == set().union(*LAYERS)


def violations(path: Path, package: Path = PACKAGE) -> list[str]:
    """The imports of `path` (a module under `package`/core) that go
    against the flow."""
    own = core_part(".".join(path.relative_to(package.parent).with_suffix("").parts))
    found = []
    for name in imports_of(path, package):
        other = core_part(name)
        if name.startswith(("reader.ui", "reader.cli")):
            found.append(name)
        elif other in set().union(*LAYERS) and other != own:
            # The shared vocabulary (layer 0) may use itself.
            if not (layer_of(other) < layer_of(own) or layer_of(other) == layer_of(own) == 0):
                found.append(name)
    return found


@pytest.mark.parametrize("path", [p for p in python_files() if (PACKAGE / "core") in p.parents], ids=str)
def test_core_imports_only_point_down_the_flow(path):
    assert not violations(path), f"{path} imports against the flow: {violations(path)}"


@pytest.mark.parametrize(
    "module, line",
    [
        ("loading/plain.py", "from ..attribution import quotes"),
        ("notes/store.py", "from ...ui import window"),
        ("attribution/quotes.py", "from ..nlp.pipeline import Pipelines"),
        ("nlp/pipeline.py", "from ..analyzer import Analyzer"),
    ],
)
def test_an_import_against_the_flow_is_caught(tmp_path, module, line):
    copy = tmp_path / "reader" / "core" / module
    copy.parent.mkdir(parents=True)
    copy.write_text((PACKAGE / "core" / module).read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
    assert violations(copy, tmp_path / "reader")  # and the module as it is has none:
    assert not violations(PACKAGE / "core" / module)


def test_no_module_is_too_long():
    long = {str(p): n for p in python_files() if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert not long, f"modules over {MAX_MODULE_LINES} lines: {long}"


def test_no_function_is_too_long():
    long = {}
    for path in python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES and node.name not in LONG_FUNCTIONS:
                    long[f"{path.relative_to(PACKAGE)}:{node.name}"] = lines
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines: {long}"
