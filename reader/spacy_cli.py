"""spaCy's own command line, imported only when something uses it.

`import spacy` runs `from .cli.info import info`, and importing that
package imports every spaCy command with typer, weasel, requests and
jinja2: about 0.4 s of the 2 s a cold `reader analyze` of one article
takes, and of the time before the window's first highlights, for a
command line the reader never runs. `defer()` puts two stand-ins in
`sys.modules` before spaCy is imported:

- `spacy.cli.info`, whose `info` (`spacy.info`) imports the real module
  when called;
- `spacy.cli`, a package with the real folder as its path, so
  `from spacy.cli.train import train` (the reader's training) imports the
  real submodule as usual, and whose other attributes
  (`from spacy.cli import download`) import the real package first.

spaCy's own `python -m spacy` imports `spacy.cli` before `spacy`, so it
never sees the stand-ins.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from pathlib import Path

_NAMES = ("spacy.cli", "spacy.cli.info")


def defer() -> None:
    """Install the stand-ins, unless spaCy is already imported or cannot be
    found (then there is nothing to gain)."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    spec = importlib.util.find_spec("spacy")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return
    folder = Path(next(iter(spec.submodule_search_locations))) / "cli"
    if not (folder / "__init__.py").exists():
        return
    package = _StandIn("spacy.cli")
    package.__path__ = [str(folder)]
    package.__package__ = "spacy.cli"
    info = _InfoStandIn("spacy.cli.info")
    info.__package__ = "spacy.cli"
    sys.modules.update({"spacy.cli": package, "spacy.cli.info": info})


def _real(name: str) -> types.ModuleType:
    """Replace the stand-ins with spaCy's real modules and return `name`."""
    for stand_in in _NAMES:
        if isinstance(sys.modules.get(stand_in), _StandIn):
            del sys.modules[stand_in]
    module = importlib.import_module(name)
    spacy = sys.modules.get("spacy")
    if spacy is not None:
        spacy.cli = sys.modules["spacy.cli"]
    return module


def _real_info(*args, **kwargs):
    return _real("spacy.cli.info").info(*args, **kwargs)


class _StandIn(types.ModuleType):
    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(_real(self.__name__), name)


class _InfoStandIn(_StandIn):
    def __getattr__(self, name: str):
        if name != "info":
            return super().__getattr__(name)
        # Asked for by spaCy's __init__ (`from .cli.info import info`), the
        # moment to hang the package stand-in on `spacy` as the import
        # system would have: `import spacy.cli; spacy.cli.download` works.
        spacy = sys.modules.get("spacy")
        if spacy is not None and not hasattr(spacy, "cli"):
            spacy.cli = sys.modules.get("spacy.cli")
        return _real_info
