"""What the spec leaves out of the frozen build, and why.

PyInstaller copies every shared library that ldd finds, the system's too,
and every plugin of the Qt modules in use. The reader's build leaves out:

- on Linux, the desktop's own libraries (X11 and xcb, xkbcommon, OpenGL and
  EGL, fontconfig and FreeType, D-Bus, GLib and GTK with their helpers, the
  C++ runtime): they must match the running system (a bundled libstdc++
  older than the system's breaks its OpenGL driver; a bundled fontconfig
  older than the system's config files cannot read them), so the .deb
  declares them as Depends (build.py asks dpkg which packages hold them)
  and the tar.gz expects them, as every Linux desktop has them;
- Qt plugins for platforms the reader does not run on (framebuffer, EGLFS,
  VNC, Vulkan display) and the input and image plugins only they use, and
  Qt's translations (the reader installs no Qt translator);
- on Linux, debug symbols: many wheels' extension modules carry them
  (120 MB of spaCy, blis and thinc). strip_debug removes them after
  PyInstaller has collected the files, sparing the libraries auditwheel
  patched into a wheel's ``*.libs`` folder, which stripping breaks (numpy's
  OpenBLAS then fails with "ELF load command address/offset not
  page-aligned"); PyInstaller's own strip option strips everything;
- Babel's locale data beyond the languages the reader reads: courlan (for
  trafilatura) imports Babel, but consults a locale only to filter URLs by
  language, which the reader never asks for.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

#: Shared libraries that come from the system, never from the bundle.
SYSTEM_LIBRARIES = re.compile(
    r"^lib("
    r"X11|X11-xcb|Xau|Xdmcp|Xext|Xfixes|Xi|Xrender|Xrandr|Xcursor|Xinerama|Xcomposite|Xdamage"
    r"|xcb|xcb-[a-z0-9-]+|xkbcommon|xkbcommon-x11"
    r"|GL|GLX|GLdispatch|EGL|OpenGL|gbm|drm|wayland-[a-z]+"
    r"|fontconfig|freetype|harfbuzz|graphite2|png16|brotli[a-z]*"
    r"|dbus-1|systemd|gcrypt|gpg-error|lz4|cap|selinux|mount|blkid|pcre2-8|bsd|md"
    r"|glib-2\.0|gio-2\.0|gobject-2\.0|gmodule-2\.0|gthread-2\.0"
    r"|gtk-3|gdk-3|gdk_pixbuf-2\.0|atk-1\.0|atk-bridge-2\.0|atspi|cairo|cairo-gobject"
    r"|pango-1\.0|pangocairo-1\.0|pangoft2-1\.0|pixman-1|epoxy|fribidi|thai|datrie|jpeg"
    r"|stdc\+\+|gcc_s|expat"
    # Kerberos, for QtNetwork only, which goes with the plugins below.
    r"|gssapi_krb5|krb5|k5crypto|krb5support|keyutils|com_err"
    r")\.so(\.[0-9.]+)?$"
)

#: Qt plugins left out, by their path under Qt/plugins/.
UNUSED_PLUGINS = re.compile(
    r"plugins/("
    r"platforms/libq(eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl)\.so"
    r"|egldeviceintegrations/|generic/"
    r"|imageformats/libq(tiff|webp|tga|wbmp|icns|pdf)\.so"
    r"|wayland-graphics-integration-client/lib(dmabuf-server|drm-egl-server|shm-emulation-server|vulkan-server)\.so"
    r")"
)

#: Qt libraries that only the left-out plugins load.
UNUSED_QT_LIBRARIES = re.compile(r"libQt6(EglFSDeviceIntegration|EglFsKmsSupport|Network|Pdf)\.so")

#: Babel locales kept: the root and the languages the reader tells apart.
BABEL_LOCALES = ("root", "en", "nl", "de", "fr", "es", "it")


def _path(name: str) -> str:
    return name.replace("\\", "/")


def keep(dest: str, linux: bool) -> bool:
    """Whether a file PyInstaller collected (binary, data or the symbolic
    link it makes to a library) goes into the build, by its path there."""
    dest = _path(dest)
    base = dest.rsplit("/", 1)[-1]
    if UNUSED_PLUGINS.search(dest) or UNUSED_QT_LIBRARIES.search(base) or "/Qt/translations/" in dest:
        return False
    if linux and "/" not in dest and SYSTEM_LIBRARIES.match(base):
        return False
    match = re.match(r"babel/locale-data/([A-Za-z]+)[_.]", dest)
    return not match or match.group(1) in BABEL_LOCALES or match.group(1).isupper()  # LICENSE


def strip_debug(folder: Path) -> int:
    """Remove debug sections from the shared libraries in `folder` that
    have them, except auditwheel's; returns the bytes saved."""
    strip = shutil.which("strip")
    if not strip:
        return 0
    saved = 0
    for path in sorted(folder.rglob("*.so*")):
        if path.is_symlink() or not path.is_file() or any(part.endswith(".libs") for part in path.parts):
            continue
        data = path.read_bytes()
        if not data.startswith(b"\x7fELF") or b".debug_info" not in data:
            continue
        subprocess.run([strip, "--strip-debug", str(path)], check=True)
        saved += len(data) - path.stat().st_size
    return saved
