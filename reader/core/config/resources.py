"""Where the files shipped with the reader are (models, icons, key map)."""

from __future__ import annotations

from pathlib import Path

#: ``resources/`` is installed inside the package as ``reader/resources`` by
#: the build (see pyproject.toml); in a source checkout it sits beside it.
_PACKAGE = Path(__file__).resolve().parents[2]  # reader/


def resources_dir() -> Path:
    installed = _PACKAGE / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources"


def models_dir() -> Path:
    return resources_dir() / "models"


def samples_dir() -> Path:
    return resources_dir() / "samples"


def icon_path(name: str = "reader") -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def keys_path() -> Path:
    """The default key map (data, so users and packagers can read it)."""
    return resources_dir() / "keys.json"
