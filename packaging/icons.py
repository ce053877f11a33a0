"""Render resources/icons/reader.svg into every system's icon files.

    python packaging/icons.py OUT_DIR

writes OUT_DIR/hicolor/<N>x<N>/apps/<APP_ID>.png (and scalable/apps/ the
SVG itself) for Linux, OUT_DIR/reader.ico for Windows and OUT_DIR/reader.icns
for macOS. The PNGs are drawn by Qt's SVG renderer (QtSvg is part of
PySide6-Essentials, which the reader installs anyway); the .ico and .icns
containers are written here, both holding PNG images, so no image library
beyond Qt is needed. Nothing rendered is committed: build.py runs this.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import appinfo


def render_pngs(svg: Path, sizes: set[int]) -> dict[int, bytes]:
    """PNG data of `svg` drawn at each size (square, transparent outside)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (kept alive while drawing)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"icons: {svg} is not an SVG Qt can draw")
    pngs = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise SystemExit(f"icons: cannot encode a {size}px PNG")
        pngs[size] = bytes(buffer.data())
    return pngs


def ico(pngs: dict[int, bytes], sizes: tuple[int, ...]) -> bytes:
    """A Windows .ico of PNG images (Windows Vista and later read these)."""
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(images))
        images += data
    return header + entries + images


def icns(pngs: dict[int, bytes], types: dict[str, int]) -> bytes:
    """A macOS .icns of PNG-coded elements."""
    body = b"".join(kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in types.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(svg: Path, out: Path) -> list[Path]:
    sizes = {*appinfo.LINUX_ICON_SIZES, *appinfo.ICO_SIZES, *appinfo.ICNS_TYPES.values()}
    pngs = render_pngs(svg, sizes)
    written = []
    for size in appinfo.LINUX_ICON_SIZES:
        path = out / "hicolor" / f"{size}x{size}" / "apps" / f"{appinfo.APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
        written.append(path)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{appinfo.APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    (out / "reader.ico").write_bytes(ico(pngs, appinfo.ICO_SIZES))
    (out / "reader.icns").write_bytes(icns(pngs, appinfo.ICNS_TYPES))
    return [*written, scalable, out / "reader.ico", out / "reader.icns"]


def main(argv: list[str]) -> int:
    from reader.core.config.resources import icon_path

    out = Path(argv[0]) if argv else HERE.parent / "build" / "icons"
    for path in write_icons(icon_path(), out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
