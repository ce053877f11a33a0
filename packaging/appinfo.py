"""What every system's package says about the reader, in one place.

The spec, the build script and tests/test_packaging.py read this; the
committed per-system files (the .desktop entry, the AppStream metainfo,
macOS's Info.plist, the Inno Setup script) repeat it in their own formats,
and the tests check that they agree with it and with the loaders.
"""

from __future__ import annotations

#: Reverse-DNS id: the .desktop and metainfo file names, the icon name, the
#: macOS bundle identifier.
APP_ID = "org.readerproject.Reader"
NAME = "Reader"
#: The command and the folder of the one-folder build.
PROGRAM = "reader"
SUMMARY = "Read news articles with their people, organisations, places and quotes in view"
#: No public home or mail address yet: a placeholder in the reserved
#: example.org domain, for the .deb's required Maintainer field.
MAINTAINER = "Reader project <reader@example.org>"

#: Every suffix the loaders accept (reader.core.loading.LOADERS), with its
#: MIME type as shared-mime-info names it and the Uniform Type Identifier
#: macOS knows it by.
FORMATS = {
    ".txt": ("text/plain", "public.plain-text"),
    ".text": ("text/plain", "public.plain-text"),
    ".md": ("text/markdown", "net.daringfireball.markdown"),
    ".markdown": ("text/markdown", "net.daringfireball.markdown"),
    ".html": ("text/html", "public.html"),
    ".htm": ("text/html", "public.html"),
    ".xhtml": ("application/xhtml+xml", "public.xhtml"),
    ".docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "org.openxmlformats.wordprocessingml.document",
    ),
    ".pdf": ("application/pdf", "com.adobe.pdf"),
}


def mime_types() -> list[str]:
    """The MIME types, each once, in the order of FORMATS."""
    return list(dict.fromkeys(mime for mime, _ in FORMATS.values()))


#: Icon sizes: hicolor's PNG folders on Linux, the images inside the
#: Windows .ico, and the macOS .icns.
LINUX_ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: .icns element types and the pixel size of each (PNG-coded, macOS 10.7+).
ICNS_TYPES = {
    "icp4": 16, "icp5": 32, "icp6": 64, "ic07": 128, "ic08": 256, "ic09": 512, "ic10": 1024,
    "ic11": 32, "ic12": 64, "ic13": 256, "ic14": 512,
}

#: The resource folders and files under resources/ that the reader reads at
#: run time; the spec bundles each and a test checks the list is complete.
RESOURCES = ("fonts", "icons", "keys.json", "models", "names", "samples")
