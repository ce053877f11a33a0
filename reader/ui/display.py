"""Whether Qt can open a window here, asked before Qt tries.

On Linux Qt's own failure aborts the process with a message that blames
``libxcb-cursor0`` whatever is missing: no display at all, or another of
the X11 libraries its xcb plugin needs. This names the real cause, and the
way to run without a screen.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

HEADLESS = "to run without a screen, set QT_QPA_PLATFORM=offscreen (for example with --screenshot OUT.png)"


def _xcb_libraries() -> list[Path]:
    """Qt's xcb plugin inside the PySide6 package (ldd follows it to the
    libraries it needs in turn)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return []
    plugin = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return [plugin] if plugin.exists() else []


def missing_libraries(paths: list[Path]) -> list[str]:
    """The shared libraries `paths` need that the system lacks, by ldd."""
    missing: list[str] = []
    for path in paths:
        try:
            done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.SubprocessError):
            return []  # no ldd here: let Qt try and speak for itself
        for name in re.findall(r"^\s*(\S+) => not found", done.stdout, re.M):
            if name not in missing:
                missing.append(name)
    return missing


def debian_package(library: str) -> str:
    """``libxcb-icccm.so.4`` → ``libxcb-icccm4``, Debian's naming rule."""
    name, _, version = library.partition(".so.")
    return name + ("-" if name[-1:].isdigit() else "") + version.split(".")[0]


def display_problem(
    environ: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    missing: Callable[[list[Path]], list[str]] = missing_libraries,
) -> str | None:
    """Why a window cannot open here, for the user; None when it can, or
    when this cannot be known before Qt tries (not Linux, another platform
    plugin chosen)."""
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if not platform.startswith("linux") or (chosen and not chosen.startswith("xcb")):
        return None
    if not environ.get("DISPLAY"):
        if environ.get("WAYLAND_DISPLAY") and not chosen:
            return None  # Qt takes its Wayland plugin
        return f"no display to open the window on (DISPLAY is not set); {HEADLESS}"
    lacking = missing(_xcb_libraries())
    if lacking:
        packages = " ".join(debian_package(name) for name in lacking)
        return (
            f"the window cannot open: Qt's X11 support needs {', '.join(lacking)}, which this system lacks "
            f"(on Debian and Ubuntu: sudo apt install {packages}); {HEADLESS}"
        )
    return None
