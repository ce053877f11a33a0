"""Packaging: the per-system files agree with the loaders and each other, and
the Linux build is built and smoke-tested whenever the packaging changed.

The cheap checks always run. The build (tests at the end) runs
`python packaging/build.py` only when the fingerprint of packaging/ and
pyproject.toml differs from the one in packaging/verified-build.txt, which
build.py writes after a build whose smoke tests passed; otherwise it is
skipped with that reason. READER_PACKAGING_BUILD=1 builds anyway,
READER_PACKAGING_BUILD=0 never.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reader.core.config.resources import resources_dir
from reader.core.loading import LOADERS

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def _load(name: str):
    """A module of packaging/ by its path (packaging/ is no package, and its
    folder is not put on sys.path here)."""
    spec = importlib.util.spec_from_file_location(f"reader_packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


appinfo = _load("appinfo")
fingerprint = _load("fingerprint")
trim = _load("trim")

DESKTOP = PACKAGING / "linux" / f"{appinfo.APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{appinfo.APP_ID}.metainfo.xml"
PLIST = PACKAGING / "macos" / "Info.plist"
INNO = PACKAGING / "windows" / "reader.iss"
SPEC = PACKAGING / "reader.spec"


def _loader_mime_types() -> set[str]:
    return {appinfo.FORMATS[suffix][0] for suffix in LOADERS}


# ------------------------------------------------------------ cheap checks


def test_every_loader_suffix_has_a_mime_type_and_a_mac_type():
    assert set(appinfo.FORMATS) == set(LOADERS)
    for suffix, (mime, uti) in appinfo.FORMATS.items():
        assert re.fullmatch(r"[a-z]+/[a-z0-9.+-]+", mime), suffix
        assert re.fullmatch(r"[a-z]+(\.[a-z0-9-]+)+", uti), suffix


def test_desktop_entry_is_valid():
    validator = shutil.which("desktop-file-validate")
    if validator:
        done = subprocess.run([validator, str(DESKTOP)], check=False, capture_output=True, text=True)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    group = entry["Desktop Entry"]
    assert group["Type"] == "Application"
    assert group["Icon"] == appinfo.APP_ID
    assert group["Exec"].split()[0] == appinfo.PROGRAM and group["Exec"].split()[1] in ("%f", "%F")
    assert group["Terminal"] == "false"
    assert group["Categories"].endswith(";") and group["MimeType"].endswith(";")


def test_desktop_entry_opens_every_format_the_loaders_read():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    declared = [mime for mime in entry["Desktop Entry"]["MimeType"].split(";") if mime]
    assert sorted(declared) == sorted(_loader_mime_types())


def test_metainfo_is_well_formed_and_agrees_with_the_desktop_entry():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == appinfo.APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.findtext("provides/binary") == appinfo.PROGRAM
    assert sorted(e.text for e in root.findall("provides/mediatype")) == sorted(_loader_mime_types())
    assert root.findtext("metadata_license") and root.findtext("project_license") == "MIT"
    assert root.findall("releases/release"), "no release listed"


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstreamcli not installed (Debian: apt install appstream)")
def test_metainfo_passes_appstreamcli_validate():
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], check=False, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_spec_bundles_every_resource():
    shipped = {path.name for path in resources_dir().iterdir() if not path.name.startswith((".", "__"))}
    assert shipped == set(appinfo.RESOURCES), "resources/ and appinfo.RESOURCES (what the spec bundles) differ"
    spec = SPEC.read_text(encoding="utf-8")
    assert "appinfo.RESOURCES" in spec and 'f"reader/resources/{name}"' in spec
    for name in ("copy_metadata", "collect_submodules(\"reader\")"):
        assert name in spec


def test_mac_info_plist_declares_every_format():
    with PLIST.open("rb") as handle:
        info = plistlib.load(handle)
    assert info["CFBundleIdentifier"] == appinfo.APP_ID
    types = info["CFBundleDocumentTypes"]
    extensions = {ext for kind in types for ext in kind["CFBundleTypeExtensions"]}
    utis = {uti for kind in types for uti in kind["LSItemContentTypes"]}
    assert extensions == {suffix.lstrip(".") for suffix in LOADERS}
    assert utis == {appinfo.FORMATS[suffix][1] for suffix in LOADERS}
    assert all(kind["CFBundleTypeRole"] == "Viewer" for kind in types)


def test_inno_setup_script_associates_every_format():
    script = INNO.read_text(encoding="utf-8")
    open_with = set(re.findall(r'Subkey: "Software\\Classes\\(\.[a-z]+)\\OpenWithProgids"', script))
    supported = set(re.findall(r'SupportedTypes"; ValueType: string; ValueName: "(\.[a-z]+)"', script))
    assert open_with == set(LOADERS)
    assert supported == set(LOADERS)
    assert r'Source: "{#Root}\dist\reader\*"' in script
    assert "{autoprograms}" in script  # the Start-menu entry


def test_icons_render_for_every_system(tmp_path):
    done = subprocess.run([sys.executable, str(PACKAGING / "icons.py"), str(tmp_path)], check=False, capture_output=True, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    for size in appinfo.LINUX_ICON_SIZES:
        png = (tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{appinfo.APP_ID}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)
    ico = (tmp_path / "reader.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, len(appinfo.ICO_SIZES))
    icns = (tmp_path / "reader.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert {icns[i : i + 4].decode() for i in _icns_offsets(icns)} == set(appinfo.ICNS_TYPES)


def _icns_offsets(data: bytes):
    offset = 8
    while offset < len(data):
        yield offset
        offset += struct.unpack(">I", data[offset + 4 : offset + 8])[0]


def test_trim_keeps_what_the_window_needs_and_drops_the_rest():
    keep = ["PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqoffscreen.so",
            "PySide6/Qt/plugins/imageformats/libqsvg.so", "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
            "PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6/Qt/lib/libQt6XcbQpa.so.6", "libpython3.11.so.1.0",
            "libssl.so.3", "babel/locale-data/nl.dat", "babel/locale-data/root.dat", "reader/resources/keys.json"]
    drop = ["PySide6/Qt/plugins/platforms/libqvnc.so", "PySide6/Qt/lib/libQt6Network.so.6", "libQt6Network.so.6",
            "libxcb-cursor.so.0", "libfontconfig.so.1", "libstdc++.so.6", "libgtk-3.so.0",
            "PySide6/Qt/translations/qtbase_de.qm", "babel/locale-data/ja.dat"]
    assert [name for name in keep if not trim.keep(name, linux=True)] == []
    assert [name for name in drop if trim.keep(name, linux=True)] == []
    assert trim.keep("libxcb-cursor.so.0", linux=False)  # other systems keep what PyInstaller found


def test_fingerprint_covers_packaging_and_pyproject_not_the_record_caches_or_docs(tmp_path):
    (tmp_path / "packaging" / "linux").mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text("[project]\n")
    (tmp_path / "packaging" / "build.py").write_text("print()\n")
    (tmp_path / "packaging" / "linux" / "x.desktop").write_text("[Desktop Entry]\n")
    first = fingerprint.fingerprint(tmp_path)
    (tmp_path / "packaging" / fingerprint.RECORD).write_text(f"fingerprint: {first}\n")
    (tmp_path / "packaging" / "__pycache__").mkdir()
    (tmp_path / "packaging" / "__pycache__" / "build.cpython-311.pyc").write_bytes(b"\0")
    assert fingerprint.fingerprint(tmp_path) == first
    assert fingerprint.recorded(tmp_path) == first
    (tmp_path / "packaging" / "linux" / "x.desktop").write_text("[Desktop Entry]\r\n")  # CRLF: the same
    (tmp_path / "packaging" / "README.md").write_text("# Packaging\n")  # documentation: the same
    (tmp_path / "packaging" / ".ruff_cache").mkdir()
    (tmp_path / "packaging" / ".ruff_cache" / "x").write_text("cache")
    assert fingerprint.fingerprint(tmp_path) == first
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert fingerprint.fingerprint(tmp_path) != first


# ------------------------------------------------------ the Linux build


def _build_wanted() -> str | None:
    """Why the Linux build must run now, or None."""
    forced = os.environ.get("READER_PACKAGING_BUILD", "")
    if forced == "0":
        return None
    if forced == "1":
        return "READER_PACKAGING_BUILD=1"
    current, recorded = fingerprint.fingerprint(ROOT), fingerprint.recorded(ROOT)
    if current != recorded:
        return f"packaging/ or pyproject.toml changed since the last verified build ({recorded} → {current})"
    return None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the tested build is the Linux one")
def test_linux_build_and_smoke_test(tmp_path_factory):
    reason = _build_wanted()
    if reason is None:
        pytest.skip(
            "packaging/ and pyproject.toml are as at the last verified build (packaging/verified-build.txt); "
            "READER_PACKAGING_BUILD=1 builds anyway, or run python packaging/build.py"
        )
    print(f"building: {reason}")
    work = tmp_path_factory.mktemp("packaging")
    try:
        done = subprocess.run(
            [sys.executable, str(PACKAGING / "build.py"), "--dist", str(work / "dist"), "--work", str(work / "build")],
            check=False, capture_output=True, text=True, timeout=45 * 60,
        )
        output = done.stdout[-6000:] + done.stderr[-6000:]
        assert done.returncode == 0, output
        print(output)
        assert fingerprint.recorded(ROOT) == fingerprint.fingerprint(ROOT), "build.py did not record the build"
    finally:
        shutil.rmtree(work, ignore_errors=True)  # 700 MB of build and packages
