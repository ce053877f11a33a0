"""Linux packages of the one-folder build: a .tar.gz and a .deb.

The .deb installs the build under /opt/reader, links /usr/bin/reader to it,
and adds the desktop entry, the AppStream metainfo and the hicolor icons.
Its Depends are found, not guessed: ldd on every library of the build
(with the build's own folder first, as the frozen program loads them)
names the ones that come from the system, and dpkg names their packages.
The Wayland plugins (with Qt's Wayland libraries) and the GTK platform
theme are optional (Qt skips a plugin
whose libraries are missing and falls back to X11 and its own dialogs):
their packages are Recommends.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import tarfile
import time
from pathlib import Path

import appinfo

#: Qt plugins that are optional: the program runs without their libraries.
OPTIONAL = re.compile(
    r"plugins/(platforms/libqwayland|wayland-[^/]+/|platformthemes/libqgtk3)|libQt6(WaylandClient|WlShellIntegration)\.so"
)


def _elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _ldd(path: Path, internal: Path) -> dict[str, str | None]:
    """Every library `path` loads, directly or not: name → where it is
    found, the build's own folder first (as the frozen program sets
    LD_LIBRARY_PATH), None when it is not found."""
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    done = subprocess.run(["ldd", str(path)], check=False, capture_output=True, text=True, env=env)
    found: dict[str, str | None] = {}
    for line in done.stdout.splitlines():
        if match := re.match(r"\s*(\S+) => (.+?) \(0x", line):
            found[match.group(1)] = match.group(2)
        elif match := re.match(r"\s*(\S+) => not found", line):
            found[match.group(1)] = None
    return found


def _needed(path: Path) -> set[str] | None:
    """The libraries `path` names itself (DT_NEEDED); None without readelf."""
    if not shutil.which("readelf"):
        return None
    done = subprocess.run(["readelf", "-d", str(path)], check=False, capture_output=True, text=True)
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", done.stdout))


def _packages(paths: set[str]) -> dict[str, str]:
    """Library path → Debian package that holds it (dpkg -S)."""
    queries = {}
    for path in paths:
        real = os.path.realpath(path)
        for candidate in {path, real, real.replace("/usr/lib/", "/lib/", 1), real.replace("/lib/", "/usr/lib/", 1)}:
            queries[candidate] = path
    done = subprocess.run(["dpkg", "-S", *sorted(queries)], check=False, capture_output=True, text=True)
    owners = {}
    for line in done.stdout.splitlines():
        package, _, owned = line.partition(": ")
        if owned in queries and "diversion" not in package:
            owners[queries[owned]] = package.split(":")[0]
    return owners


def _glibc_version(files: list[Path]) -> str | None:
    versions = set()
    for path in files:
        versions.update(re.findall(rb"GLIBC_2\.(\d+)", path.read_bytes()))
    return f"2.{max(int(v) for v in versions)}" if versions else None


def system_dependencies(bundle: Path) -> dict:
    """What the build needs from the system: the packages of the libraries
    its files name (Depends; Recommends for the optional plugins), and any
    library neither the build nor the system has (the build is then
    incomplete, or the system lacks what the Depends would bring)."""
    bundle = bundle.resolve()
    internal = bundle / "_internal"
    files = _elf_files(bundle)
    required, optional, missing = set(), set(), set()
    for path in files:
        loads = _ldd(path, internal)
        optional_file = bool(OPTIONAL.search(path.relative_to(bundle).as_posix()))
        if not optional_file:
            missing |= {name for name, where in loads.items() if where is None}
        # Only the libraries a file of the build names itself: the packages
        # of those bring their own dependencies.
        needed = _needed(path)
        system = {
            where for name, where in loads.items()
            if where and not where.startswith(str(bundle)) and (needed is None or name in needed)
        }
        (optional if optional_file else required).update(system)
    owners = _packages(required | optional)
    unowned = sorted(path for path in required if path not in owners)
    depends = sorted({owners[p] for p in required if p in owners})
    recommends = sorted({owners[p] for p in optional if p in owners} - set(depends))
    glibc = _glibc_version(files)
    return {
        "depends": [f"libc6 (>= {glibc})" if name == "libc6" and glibc else name for name in depends],
        "recommends": recommends,
        "libraries": sorted(os.path.basename(p) for p in required),
        "missing": sorted(missing),
        "unowned": unowned,
    }


def make_tarball(bundle: Path, out: Path) -> Path:
    """out/<program>-<version>-linux-<machine>.tar.gz holding the folder."""

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=bundle.name, filter=owned_by_root)
    return out


def _control(version: str, arch: str, size_kb: int, deps: dict) -> str:
    description = "\n".join(
        [
            f"Description: {appinfo.SUMMARY}",
            " Reader opens an article file (plain text, Markdown, a saved web page, DOCX",
            " or PDF) in a calm reading view where people, organisations, places and",
            " quotes stand out, with panels that list every actor and quote, and keeps",
            " notes in a local database. Dutch and English language models are",
            " included; nothing is downloaded.",
        ]
    )
    fields = [
        f"Package: {appinfo.PROGRAM}",
        f"Version: {version}",
        f"Architecture: {arch}",
        f"Maintainer: {appinfo.MAINTAINER}",
        f"Installed-Size: {size_kb}",
        f"Depends: {', '.join(deps['depends'])}",
        *([f"Recommends: {', '.join(deps['recommends'])}"] if deps["recommends"] else []),
        "Section: text",
        "Priority: optional",
        description,
    ]
    return "\n".join(fields) + "\n"


def _normalise_modes(root: Path) -> None:
    """Folders and programs 0755, everything else (shared libraries too) 0644."""
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        program = os.access(path, os.X_OK) and ".so" not in path.name
        path.chmod(0o755 if path.is_dir() or program else 0o644)


def make_deb(bundle: Path, icons: Path, out: Path, stage: Path, version: str, deps: dict) -> Path:
    """Lay the package out in `stage` and build it with dpkg-deb."""
    here = Path(__file__).resolve().parent
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(bundle, stage / "opt" / appinfo.PROGRAM, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    os.symlink(f"/opt/{appinfo.PROGRAM}/{appinfo.PROGRAM}", stage / "usr" / "bin" / appinfo.PROGRAM)
    share = stage / "usr" / "share"
    for source, folder in (
        (here / "linux" / f"{appinfo.APP_ID}.desktop", "applications"),
        (here / "linux" / f"{appinfo.APP_ID}.metainfo.xml", "metainfo"),
    ):
        (share / folder).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, share / folder / source.name)
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
    doc = share / "doc" / appinfo.PROGRAM
    doc.mkdir(parents=True)
    licence = (here.parent / "LICENSE").read_text(encoding="utf-8")
    (doc / "copyright").write_text(
        "Reader, the program: MIT licence, below. The libraries and data it carries\n"
        f"are listed with their licences in /opt/{appinfo.PROGRAM}/_internal/NOTICE.md.\n\n" + licence,
        encoding="utf-8",
    )
    changelog = (
        f"{appinfo.PROGRAM} ({version}) stable; urgency=medium\n\n"
        "  * Built by packaging/build.py from the reader's source.\n\n"
        f" -- {appinfo.MAINTAINER}  {time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime())}\n"
    )
    (doc / "changelog.gz").write_bytes(gzip.compress(changelog.encode("utf-8"), compresslevel=9, mtime=0))
    _normalise_modes(stage)
    size_kb = sum(p.lstat().st_size for p in stage.rglob("*") if not p.is_dir()) // 1024
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(_control(version, arch, size_kb, deps), encoding="utf-8")
    deb = out / f"{appinfo.PROGRAM}_{version}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(stage), str(deb)],
        check=True, capture_output=True,
    )
    return deb
