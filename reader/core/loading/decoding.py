"""Turn a text file's bytes into a string without mangling it.

Order: a byte-order mark decides; otherwise strict UTF-8; otherwise
UTF-16 without a BOM when every other byte is zero; otherwise Windows-1252
(the legacy encoding of western news sites, a superset of Latin-1's
printable range), with the five bytes it leaves undefined read as Latin-1.
Bytes that look like a binary file are refused.
"""

from __future__ import annotations

import codecs

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

#: Control characters that do not occur in text files.
_BINARY_CONTROLS = set(range(0, 9)) | {11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31}


class NotText(ValueError):
    """The bytes are not a text file."""


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0) / len(sample[0::2])
    odd_zeros = sample[1::2].count(0) / len(sample[1::2])
    encoding = None
    if odd_zeros > 0.3 and even_zeros < 0.05:
        encoding = "utf-16-le"
    elif even_zeros > 0.3 and odd_zeros < 0.05:
        encoding = "utf-16-be"
    if encoding is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _cp1252_or_latin1(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # one of cp1252's holes: 0x81 0x8D 0x8F 0x90 0x9D
        return chr(byte)


#: Byte to character: Windows-1252, its five holes read as Latin-1. One C
#: table look-up a byte (an error handler called per hole took 11 s for a
#: 20 MB file of them).
_CP1252_TABLE = "".join(_cp1252_or_latin1(byte) for byte in range(256))


def _cp1252(data: bytes) -> str:
    return codecs.charmap_decode(data, "strict", _CP1252_TABLE)[0]


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) in _BINARY_CONTROLS)
    return controls / len(sample) > 0.01


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise `NotText`."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise NotText(f"not valid {encoding} despite its byte-order mark") from error
            if _looks_binary(text):
                raise NotText("binary data, not text")
            return text, encoding
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            text, encoding = utf16, "utf-16"
        else:
            text, encoding = _cp1252(data), "cp1252"
    if "\x00" in text[:8192] and encoding in ("utf-8", "cp1252"):
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise NotText("binary data, not text")
        text, encoding = utf16, "utf-16"
    if _looks_binary(text):
        raise NotText("binary data, not text")
    return text, encoding


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
