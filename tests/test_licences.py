"""The licence files: the reader's own, and a notice for every library the
installed program pulls in, so a new dependency cannot go unmentioned."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_licence_file_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_every_runtime_dependency_has_a_notice():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    notice = (ROOT / "NOTICE.md").read_text(encoding="utf-8").lower()
    for requirement in project["dependencies"]:
        name = re.match(r"[A-Za-z0-9_.-]+", requirement).group(0).lower()
        assert name in notice or name.replace("_", "-") in notice, f"{name} is not in NOTICE.md"
    for needed in ("lgpl", "literata", "conll", "cc by-sa 4.0"):
        assert needed in notice
