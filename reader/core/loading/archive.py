"""Zipped formats checked before a library unpacks them.

A zip bomb is a small file that unpacks to gigabytes: a 1.5 MB DOCX of 1 GB
of XML took python-docx past 20 GB of memory. The sizes an archive
declares are checked first (cheap, and they catch an honest bomb), then
every member is unpacked once as a stream, a megabyte at a time and
nothing kept, against the same limits and against its declared size.

Declared sizes can lie, and zipfile does not save us from that: it cuts a
member at its declared size (and the checksum can be made to match the
part it keeps), but reading a member whole it first inflates all the
compressed data it has, up to 2 GB, and cuts afterwards: a member that
declares 40 MB and holds 1 GB cost python-docx 2.1 GB. So deflated members
are inflated here from their raw data, to the real end of the stream.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from .limits import (
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_UNPACKED_BYTES,
    RATIO_FLOOR_BYTES,
    LimitExceeded,
    megabytes,
)

_CHUNK = 1024 * 1024
#: Signature of a central-directory entry: one per member.
_ENTRY = b"PK\x01\x02"


class DamagedArchive(ValueError):
    """A member that does not unpack to what the archive says it holds."""


def _too_large(name: str, size: str) -> LimitExceeded:
    return LimitExceeded(
        f"archive member {name} unpacks to {size}; the reader unpacks at most {megabytes(MAX_MEMBER_BYTES)} a member"
    )


def _too_large_in_all(size: str) -> LimitExceeded:
    return LimitExceeded(f"archive unpacks to {size}; the reader unpacks at most {megabytes(MAX_UNPACKED_BYTES)} in all")


def _too_compressed(name: str) -> LimitExceeded:
    return LimitExceeded(
        f"archive member {name} is compressed more than {MAX_RATIO} to 1 (a zip bomb?); "
        f"the reader unpacks members of at most {MAX_RATIO} to 1"
    )


def _check_declared(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise LimitExceeded(f"archive has {len(infos):,} members; the reader opens archives of at most {MAX_MEMBERS:,}")
    total = 0
    for info in infos:
        if info.file_size > MAX_MEMBER_BYTES:
            raise _too_large(info.filename, megabytes(info.file_size))
        if info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _too_compressed(info.filename)
        total += info.file_size
    if total > MAX_UNPACKED_BYTES:
        raise _too_large_in_all(megabytes(total))


def _check_size(info: zipfile.ZipInfo, size: int, left: int) -> None:
    """`size`: what `info` has unpacked to so far; `left`: what the whole
    archive may still unpack to."""
    if size > MAX_MEMBER_BYTES:
        raise _too_large(info.filename, f"more than {megabytes(MAX_MEMBER_BYTES)}")
    if size > left:
        raise _too_large_in_all(f"more than {megabytes(MAX_UNPACKED_BYTES)}")
    if size > RATIO_FLOOR_BYTES and size > MAX_RATIO * max(info.compress_size, 1):
        raise _too_compressed(info.filename)
    if size > info.file_size:
        raise DamagedArchive(
            f"damaged archive: member {info.filename} unpacks to more than the {megabytes(info.file_size)} it declares"
        )


def _raw(data: bytes, info: zipfile.ZipInfo) -> memoryview:
    """The compressed bytes of a member, after its local header."""
    header = data[info.header_offset : info.header_offset + 30]
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise DamagedArchive(f"damaged archive: member {info.filename} has no header")
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    start = info.header_offset + 30 + name_length + extra_length
    return memoryview(data)[start : start + info.compress_size]


def _inflated_size(data: bytes, info: zipfile.ZipInfo, left: int) -> int:
    """Inflate a deflated member to the end of its stream, keeping nothing."""
    raw, inflater, size = _raw(data, info), zlib.decompressobj(-zlib.MAX_WBITS), 0
    try:
        for start in range(0, len(raw), _CHUNK):
            pending = raw[start : start + _CHUNK]
            while pending and not inflater.eof:
                size += len(inflater.decompress(pending, _CHUNK))
                _check_size(info, size, left)
                pending = inflater.unconsumed_tail
        size += len(inflater.flush())
    except zlib.error as error:
        raise DamagedArchive(f"damaged archive: member {info.filename} cannot be unpacked ({error})") from error
    _check_size(info, size, left)
    return size


def _streamed_size(archive: zipfile.ZipFile, info: zipfile.ZipInfo, left: int) -> int:
    """Unpack a member of another method through zipfile, a chunk at a time."""
    size = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                size += len(chunk)
                _check_size(info, size, left)
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise DamagedArchive(f"damaged archive: member {info.filename} cannot be unpacked ({error})") from error
    return size


def _actual_size(data: bytes, archive: zipfile.ZipFile, info: zipfile.ZipInfo, left: int) -> int:
    if info.compress_type == zipfile.ZIP_DEFLATED:
        size = _inflated_size(data, info, left)
    elif info.compress_type == zipfile.ZIP_STORED:
        size = info.compress_size
        _check_size(info, size, left)
    else:
        size = _streamed_size(archive, info, left)
    if size != info.file_size:
        raise DamagedArchive(
            f"damaged archive: member {info.filename} unpacks to {size:,} bytes, not the {info.file_size:,} it declares"
        )
    return size


def check_archive(data: bytes) -> None:
    """Raise `LimitExceeded` for an archive past the limits, `DamagedArchive`
    for one whose members do not match what it declares."""
    # Counted before zipfile builds an object per member of the directory.
    if data.count(_ENTRY) > MAX_MEMBERS:
        raise LimitExceeded(f"archive has more than {MAX_MEMBERS:,} members; the reader opens archives of at most {MAX_MEMBERS:,}")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        _check_declared(infos)
        left = MAX_UNPACKED_BYTES
        for info in infos:
            if not info.is_dir():
                left -= _actual_size(data, archive, info, left)
