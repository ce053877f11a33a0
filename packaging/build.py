"""Build the reader for this system into dist/ and smoke-test the result.

    python packaging/build.py [--dist DIR] [--work DIR] [--clean] [--no-record]

Run it with the Python of an environment where the reader is installed
(`pip install .` or `pip install -e .`); it installs what the build needs
(PyInstaller, pinned in packaging/requirements-build.txt) into that
environment with pip. Steps:

1. render the icons from resources/icons/reader.svg (WORK/icons);
2. PyInstaller with packaging/reader.spec: the one-folder build DIST/reader/
   (and DIST/Reader.app on macOS);
3. on Linux, DIST/reader-VERSION-linux-MACHINE.tar.gz and
   DIST/reader_VERSION_ARCH.deb (Depends found with ldd and dpkg); on
   Windows, the Inno Setup installer when ISCC.exe is installed;
4. smoke tests of the frozen program: --version, `analyze` with the same
   JSON as the installed package, --screenshot offscreen, and on Linux a
   start on a real X server (Xvfb) where one can be had;
5. the figures of the budget (size, times), printed and, on Linux, written
   with the fingerprint of packaging/ and pyproject.toml to
   packaging/verified-build.txt, which tells tests/test_packaging.py that
   this state of the packaging has been built and tested.

DIST defaults to dist/ and WORK to build/ at the top of the checkout.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import appinfo
import fingerprint
import smoke

#: The budget of the issue: size of the Linux one-folder build, and times.
BUDGET = {"size_mb": 450, "version_s": 1.0, "analyze_ratio": 1.5, "text_s": 2.0}
LINUX = sys.platform.startswith("linux")
WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"


def step(message: str) -> None:
    print(f"\n== {message}", flush=True)


def run(cmd: list, **kwargs) -> None:
    print("$ " + " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def ensure_build_tools() -> None:
    """pip install the pinned build requirements unless they are there."""
    wanted = {}
    for line in (HERE / "requirements-build.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            wanted[name] = version
    try:
        if all(metadata.version(name) == version for name, version in wanted.items()):
            return
    except metadata.PackageNotFoundError:
        pass
    run([sys.executable, "-m", "pip", "install", "--disable-pip-version-check", "-r", HERE / "requirements-build.txt"])


def installed_reader() -> list:
    """The installed `reader` command of this environment."""
    scripts = Path(sys.executable).parent
    for name in ("reader", "reader.exe"):
        if (scripts / name).is_file():
            return [scripts / name]
    return [sys.executable, "-m", "reader"]


def programs(dist: Path) -> tuple[Path, Path]:
    """(command-line program, window program) of the build."""
    folder = dist / appinfo.PROGRAM
    if WINDOWS:
        return folder / f"{appinfo.PROGRAM}-cli.exe", folder / f"{appinfo.PROGRAM}.exe"
    if MACOS:
        program = dist / f"{appinfo.NAME}.app" / "Contents" / "MacOS" / appinfo.PROGRAM
        return program, program
    return folder / appinfo.PROGRAM, folder / appinfo.PROGRAM


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())


def largest_parts(folder: Path, count: int = 12) -> list[tuple[str, int]]:
    """The biggest top-level parts of _internal (packages, libraries)."""
    internal = folder / "_internal"
    parts = {}
    for child in internal.iterdir():
        parts[child.name] = folder_size(child) if child.is_dir() else child.lstat().st_size
    if (internal / "PySide6" / "Qt").is_dir():
        for child in (internal / "PySide6" / "Qt").iterdir():
            parts[f"PySide6/Qt/{child.name}"] = folder_size(child)
    if (internal / "reader" / "resources" / "models").is_dir():
        parts["reader/resources/models"] = folder_size(internal / "reader" / "resources" / "models")
    return sorted(parts.items(), key=lambda item: -item[1])[:count]


def freeze(dist: Path, work: Path, clean: bool) -> None:
    step("icons")
    run([sys.executable, HERE / "icons.py", work / "icons"])
    step("PyInstaller")
    env = dict(os.environ, READER_ICONS=str(work / "icons"))
    cmd = [sys.executable, "-m", "PyInstaller", HERE / "reader.spec", "--noconfirm",
           "--distpath", dist, "--workpath", work / "pyinstaller"]
    run(cmd + (["--clean"] if clean else []), env=env)


def package_linux(dist: Path, work: Path, version: str) -> dict:
    import linux

    step("system libraries (ldd, dpkg)")
    bundle = dist / appinfo.PROGRAM
    deps = linux.system_dependencies(bundle)
    if deps["missing"]:
        raise smoke.SmokeError(f"libraries the build needs that neither it nor this system has: {deps['missing']}")
    print("Depends:", ", ".join(deps["depends"]))
    print("Recommends:", ", ".join(deps["recommends"]))
    if deps["unowned"]:
        print("not from a Debian package (not declared):", ", ".join(deps["unowned"]))
    step("tar.gz and .deb")
    tarball = linux.make_tarball(bundle, dist / f"{appinfo.PROGRAM}-{version}-linux-{platform.machine()}.tar.gz")
    deb = linux.make_deb(bundle, work / "icons", dist, work / "deb", version, deps)
    for path in (tarball, deb):
        print(f"{path}  {path.stat().st_size / 1e6:.0f} MB")
    return {"deps": deps, "tarball": tarball, "deb": deb}


def check_deb(deb: Path, env: dict, version: str) -> str:
    """Unpack the .deb (no install) and run the program from its /opt copy."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        program = root / "opt" / appinfo.PROGRAM / appinfo.PROGRAM
        link = os.readlink(root / "usr" / "bin" / appinfo.PROGRAM)
        if link != f"/opt/{appinfo.PROGRAM}/{appinfo.PROGRAM}":
            raise smoke.SmokeError(f"/usr/bin/{appinfo.PROGRAM} points to {link}")
        for path in (
            f"usr/share/applications/{appinfo.APP_ID}.desktop",
            f"usr/share/metainfo/{appinfo.APP_ID}.metainfo.xml",
            f"usr/share/icons/hicolor/256x256/apps/{appinfo.APP_ID}.png",
            f"usr/share/icons/hicolor/scalable/apps/{appinfo.APP_ID}.svg",
        ):
            if not (root / path).is_file():
                raise smoke.SmokeError(f"the .deb lacks /{path}")
        smoke.check_version(program, env, version, runs=1)
    return "unpacked: /opt/reader/reader --version runs, /usr/bin/reader links to it, desktop entry, metainfo, icons"


def package_windows(dist: Path, version: str) -> str:
    candidates = [shutil.which("iscc")] + [
        str(Path(os.environ.get(var, "")) / "Inno Setup 6" / "ISCC.exe") for var in ("ProgramFiles(x86)", "ProgramFiles")
    ]
    iscc = next((c for c in candidates if c and Path(c).is_file()), None)
    if not iscc:
        return "Inno Setup (ISCC.exe) not found: no installer made; install Inno Setup 6 and run again"
    run([iscc, f"/DAppVersion={version}", HERE / "windows" / "reader.iss"])
    return str(dist / f"reader-{version}-setup.exe")


def package_macos(dist: Path, version: str) -> str:
    if not shutil.which("hdiutil"):
        return "hdiutil not found: no disk image made"
    image = dist / f"Reader-{version}.dmg"
    run(["hdiutil", "create", "-volname", appinfo.NAME, "-srcfolder", dist / f"{appinfo.NAME}.app",
         "-ov", "-format", "UDZO", image])
    return str(image)


def smoke_tests(dist: Path, work: Path, version: str, env: dict) -> dict:
    cli, window = programs(dist)
    sample = ROOT / "resources" / "samples" / "rotterdam-haven.txt"
    if not sample.is_file():
        from reader.core.config.resources import samples_dir

        sample = samples_dir() / "rotterdam-haven.txt"
    figures = {}
    step(f"smoke: {cli} --version")
    figures["version_s"] = smoke.check_version(cli, env, version)
    step("smoke: analyze, frozen and installed")
    figures["analyze"] = smoke.check_analyze(cli, installed_reader(), sample, env, work)
    step("smoke: --screenshot offscreen")
    offscreen = dict(env, QT_QPA_PLATFORM="offscreen")
    figures["offscreen_s"] = smoke.check_screenshot(window, sample, offscreen, work / "offscreen.png", "offscreen")
    if LINUX:
        step("smoke: a real X server (Xvfb)")
        figures["x11"] = smoke.check_x11(window, sample, figures["analyze"]["title"], env, work)
    return figures


def report(dist: Path, figures: dict, packages: dict) -> list[str]:
    bundle = dist / appinfo.PROGRAM
    size = folder_size(bundle) / 1e6
    analyze = figures["analyze"]
    ratio = analyze["frozen_s"] / analyze["installed_s"]
    x11 = figures.get("x11") or {}
    lines = [
        f"one-folder build: {size:.0f} MB (budget {BUDGET['size_mb']} MB)",
        "largest parts: " + ", ".join(f"{name} {bytes_ / 1e6:.0f} MB" for name, bytes_ in largest_parts(bundle)),
        f"reader --version: {figures['version_s']:.2f} s (budget {BUDGET['version_s']} s)",
        (
            f"reader analyze (seed article): frozen {analyze['frozen_s']:.2f} s, installed"
            f" {analyze['installed_s']:.2f} s, ratio {ratio:.2f} (budget {BUDGET['analyze_ratio']});"
            f" same JSON ({analyze['entities']} entities, {analyze['quotes']} quotes)"
        ),
        f"--screenshot offscreen: {figures['offscreen_s']:.2f} s",
    ]
    if "skipped" in x11:
        lines.append(f"X server: {x11['skipped']}")
    elif x11:
        lines.append(
            f"X server ({x11['display']}, window manager {x11['window_manager']}): the article in the window"
            f" (its title set) {x11['title_s']:.2f} s after start, its text on screen (captured) at"
            f" {x11['text_s']:.2f} s (budget {BUDGET['text_s']} s); {x11['closed']};"
            f" --screenshot {x11['screenshot_s']:.2f} s"
        )
    for name in ("tarball", "deb"):
        if name in packages:
            lines.append(f"{packages[name].name}: {packages[name].stat().st_size / 1e6:.0f} MB")
    if "deps" in packages:
        lines.append("Depends: " + ", ".join(packages["deps"]["depends"]))
        lines.append("Recommends: " + ", ".join(packages["deps"]["recommends"]))
    if "deb_check" in packages:
        lines.append(f".deb: {packages['deb_check']}")
    for name in ("installer",):
        if name in packages:
            lines.append(f"{name}: {packages[name]}")
    over = [f"size {size:.0f} MB"] if size > BUDGET["size_mb"] else []
    over += [f"--version {figures['version_s']:.2f} s"] if figures["version_s"] > BUDGET["version_s"] else []
    over += [f"analyze ratio {ratio:.2f}"] if ratio > BUDGET["analyze_ratio"] else []
    over += [f"text shown at {x11['text_s']:.2f} s"] if x11.get("text_s", 0) > BUDGET["text_s"] else []
    lines.append("over budget: " + (", ".join(over) if over else "nothing"))
    return lines


def record(lines: list[str]) -> Path:
    versions = ", ".join(
        f"{name} {metadata.version(name)}" for name in ("pyinstaller", "PySide6-Essentials", "spacy")
    )
    path = HERE / fingerprint.RECORD
    path.write_text(
        "# Written by packaging/build.py after a successful Linux build and smoke test.\n"
        "# tests/test_packaging.py builds and smoke-tests again when the fingerprint of\n"
        "# packaging/ and pyproject.toml differs from this one. Commit this file.\n"
        f"fingerprint: {fingerprint.fingerprint(ROOT)}\n"
        f"verified: {date.today().isoformat()}, {platform.system()} {platform.machine()},"
        f" Python {platform.python_version()}, {versions}\n"
        + "".join(f"{line}\n" for line in lines),
        encoding="utf-8",
    )
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the build goes (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's and the icons' folder")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--no-record", action="store_true", help="do not write packaging/verified-build.txt")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    from reader import __version__ as version

    started = time.monotonic()
    ensure_build_tools()
    freeze(dist, work, args.clean)
    with tempfile.TemporaryDirectory(prefix="reader-smoke-") as home:
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env["READER_HOME"] = home  # settings and notes of the smoke tests stay out of the user's
        packages: dict = {}
        try:
            if LINUX:
                packages = package_linux(dist, work, version)
            figures = smoke_tests(dist, work, version, env)
            if LINUX:
                packages["deb_check"] = check_deb(packages["deb"], env, version)
            elif WINDOWS:
                packages["installer"] = package_windows(dist, version)
            elif MACOS:
                packages["installer"] = package_macos(dist, version)
        except (smoke.SmokeError, subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
            print(f"\nbuild.py: FAILED: {error}", file=sys.stderr)
            return 1
    step(f"done in {time.monotonic() - started:.0f} s")
    lines = report(dist, figures, packages)
    print("\n".join(lines))
    size_mb = folder_size(dist / appinfo.PROGRAM) / 1e6
    if size_mb > BUDGET["size_mb"]:
        print(f"\nbuild.py: FAILED: the build is {size_mb:.0f} MB, over the {BUDGET['size_mb']} MB budget",
              file=sys.stderr)
        return 1
    if LINUX and not args.no_record:
        print(f"recorded in {record(lines)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
