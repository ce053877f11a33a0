"""Check that a change left the analysis untouched: run `reader analyze
--format json` on the same files with the code of a git revision and with
the working tree, and report any difference.

    python scripts/same_analysis.py REVISION FILE...

Used for restructurings that must not change behaviour. The revision is
checked out into a temporary git worktree and run from there (its own
`reader` package first on the path); both runs use this environment's
packages.
"""

from __future__ import annotations

import argparse
import difflib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The installed reader's spacy_factories entry points may name modules that
# an older revision does not have; those are hidden from its run (the older
# code registered its factories by importing them).
RUN = """
import importlib.metadata, pathlib, sys
sys.path.insert(0, {root!r})
import catalogue
def present(ep):
    path = pathlib.Path({root!r}) / (ep.module.replace(".", "/") + ".py")
    return not ep.value.startswith("reader.") or path.exists()
groups = {{}}
for ep in (ep for dist in importlib.metadata.distributions() for ep in dist.entry_points):
    if present(ep):
        groups.setdefault(ep.group, []).append(ep)
catalogue.AVAILABLE_ENTRY_POINTS = groups  # catalogue also takes a dict
import reader, reader.cli
assert reader.__file__.startswith({root!r}), reader.__file__
sys.exit(reader.cli.main(["analyze", "--format", "json", {path!r}]))
"""


def analyse(root: Path, path: Path) -> str:
    code = RUN.format(root=str(root), path=str(path))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", cwd=root)
    if done.returncode != 0:
        raise SystemExit(f"{path}: analysis with the code in {root} failed:\n{done.stderr}")
    return done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("revision")
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    differ = 0
    with tempfile.TemporaryDirectory() as folder:
        old = Path(folder) / "old"
        subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(old), args.revision], cwd=ROOT, check=True)
        try:
            for path in args.files:
                path = path.resolve()
                before, after = analyse(old, path), analyse(ROOT, path)
                if before == after:
                    print(f"same      {path} ({len(after):,} bytes of JSON)")
                else:
                    differ += 1
                    print(f"DIFFERENT {path}")
                    sys.stdout.writelines(
                        list(difflib.unified_diff(before.splitlines(True), after.splitlines(True), "before", "after"))[:40]
                    )
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(old)], cwd=ROOT, check=True)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
