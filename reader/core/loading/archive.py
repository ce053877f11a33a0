"""Zipped formats checked before a library unpacks them.

A zip bomb is a small file that unpacks to gigabytes: a 1 MB DOCX of 1 GB
of XML cost python-docx 2.2 GB of memory before it failed. The sizes an
archive declares are checked first (cheap, and they catch an honest
bomb), then every member is unpacked once as a stream, a chunk at a time
and nothing kept, against the same limits: declared sizes can lie.
"""

from __future__ import annotations

import io
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


def _stream_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, left: int) -> int:
    """Unpack one member without keeping it; its actual size. `left`: what
    the whole archive may still unpack to."""
    size = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                size += len(chunk)
                if size > MAX_MEMBER_BYTES:
                    raise _too_large(info.filename, f"more than {megabytes(MAX_MEMBER_BYTES)}")
                if size > left:
                    raise _too_large_in_all(f"more than {megabytes(MAX_UNPACKED_BYTES)}")
                if size > RATIO_FLOOR_BYTES and size > MAX_RATIO * max(info.compress_size, 1):
                    raise _too_compressed(info.filename)
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise DamagedArchive(
            f"damaged archive: member {info.filename} does not unpack to the size and checksum it declares ({error})"
        ) from error
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
                left -= _stream_member(archive, info, left)
