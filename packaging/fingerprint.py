"""The fingerprint of what decides the frozen build: packaging/ and pyproject.toml.

build.py writes it to packaging/verified-build.txt after a successful build
and smoke test; tests/test_packaging.py builds again only when the
fingerprint of the working tree differs from the one recorded there.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

RECORD = "verified-build.txt"
#: Caches, hidden files (tools' caches, editors' files) and the
#: documentation, which changes no build.
_SKIPPED = re.compile(r"(^|/)(__pycache__/|\.|[^/]*~$|[^/]*\.py[co]$|[^/]*\.md$)")


def inputs(root: Path) -> list[Path]:
    """Every file of packaging/ (but the record itself, caches and the
    Markdown documentation), and pyproject.toml."""
    folder = root / "packaging"
    files = [
        path
        for path in folder.rglob("*")
        if path.is_file()
        and path.name != RECORD
        and not _SKIPPED.search(path.relative_to(root).as_posix())
    ]
    return sorted(files + [root / "pyproject.toml"], key=lambda path: path.relative_to(root).as_posix())


def fingerprint(root: Path) -> str:
    """sha256 over the inputs' names and contents (line ends made LF, so a
    Windows checkout gives the same)."""
    digest = hashlib.sha256()
    for path in inputs(root):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return "sha256:" + digest.hexdigest()


def recorded(root: Path) -> str | None:
    """The fingerprint in packaging/verified-build.txt, if any."""
    record = root / "packaging" / RECORD
    if not record.is_file():
        return None
    match = re.search(r"^fingerprint: (\S+)$", record.read_text(encoding="utf-8"), re.MULTILINE)
    return match.group(1) if match else None
