"""Rows read straight from the pages of a damaged SQLite file.

SQLite reaches a row through its table's b-tree: when a page on that path
is damaged, or the file header or the schema on page 1, every row below it
is out of reach although the page holding it is intact. This reads the
file the other way round: every page of the file, and of its write-ahead
log, that is a b-tree leaf, cell by cell, following overflow chains (see
https://www.sqlite.org/fileformat2.html). What cannot be decoded is
skipped and counted. The rows come back without their table's name; the
caller tells tables apart by the shape of the values.

Rows may come more than once (an old copy of a page in the log or on the
free list); the caller keeps the newest.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

MAGIC = b"SQLite format 3\x00"
WAL_MAGIC = (0x377F0682, 0x377F0683)
TABLE_LEAF, INDEX_LEAF, INDEX_INTERIOR = 0x0D, 0x0A, 0x02
PAGE_SIZES = (512, 1024, 2048, 4096, 8192, 16384, 32768, 65536)


class Undecodable(Exception):
    """A cell or record that is not what a sound page holds."""


@dataclass(frozen=True)
class Cell:
    values: tuple
    kinds: tuple[str, ...]  # of the values: see `kind_of`
    rowid: int | None  # None for an index key
    source: str  # "file" or "log" (the write-ahead log)


def page_size_in(header: bytes) -> int | None:
    """The page size a database header names, or None when it is not one."""
    if len(header) < 100 or not header.startswith(MAGIC):
        return None
    size = struct.unpack(">H", header[16:18])[0]
    size = 65536 if size == 1 else size
    return size if size in PAGE_SIZES else None


def varint(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data):
        raise Undecodable("varint past the end")
    if data[pos] < 0x80:  # most are one byte
        return data[pos], pos + 1
    value = 0
    for i in range(9):
        if pos >= len(data):
            raise Undecodable("varint past the end")
        byte = data[pos]
        pos += 1
        if i == 8:
            return (value << 8) | byte, pos
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, pos
    return value, pos


_INT_SIZES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def _value(serial: int, data: bytes, pos: int) -> tuple[object, int]:
    if serial == 0:
        return None, pos
    if serial in _INT_SIZES:
        size = _INT_SIZES[serial]
        if pos + size > len(data):
            raise Undecodable("integer past the end")
        return int.from_bytes(data[pos : pos + size], "big", signed=True), pos + size
    if serial == 7:
        if pos + 8 > len(data):
            raise Undecodable("float past the end")
        return struct.unpack(">d", data[pos : pos + 8])[0], pos + 8
    if serial in (8, 9):
        return serial - 8, pos
    if serial < 12:
        raise Undecodable(f"reserved serial type {serial}")
    size = (serial - 12) // 2
    if pos + size > len(data):
        raise Undecodable("value past the end")
    raw = data[pos : pos + size]
    if serial % 2 == 0:
        return raw, pos + size
    try:
        return raw.decode("utf-8"), pos + size
    except UnicodeDecodeError as error:
        raise Undecodable("text that is not UTF-8") from error


def serial_types(payload: bytes) -> tuple[list[int], int]:
    """A record's serial types (what kind and size each value is) and where
    its values start."""
    header_size, pos = varint(payload, 0)
    if not 0 < header_size <= len(payload):
        raise Undecodable("bad record header")
    serials = []
    while pos < header_size:
        serial, pos = varint(payload, pos)
        serials.append(serial)
    if pos != header_size:
        raise Undecodable("record header overruns")
    return serials, header_size


def record(payload: bytes, serials: list[int] | None = None, pos: int = 0) -> tuple:
    """The values of one record (SQLite's row format)."""
    if serials is None:
        serials, pos = serial_types(payload)
    values = []
    for serial in serials:
        value, pos = _value(serial, payload, pos)
        values.append(value)
    if pos != len(payload):
        raise Undecodable("record length does not add up")
    return tuple(values)


def kind_of(serial: int) -> str:
    """"null", "integer", "real", "text" or "blob"."""
    if serial == 0:
        return "null"
    if serial == 7:
        return "real"
    if serial < 12:
        return "integer"
    return "blob" if serial % 2 == 0 else "text"


class PageFile:
    """A damaged database file and its write-ahead log, as pages."""

    def __init__(self, path: Path, page_size: int | None = None):
        self.path = Path(path)
        data = self.path.read_bytes() if self.path.exists() else b""
        log = Path(f"{self.path}-wal")
        log_data = log.read_bytes() if log.exists() else b""
        # An overwritten header: the log's page size, else the caller's
        # guess (a backup's), else SQLite's default.
        in_header = page_size_in(data[:100])
        size = self.page_size = in_header or _log_page_size(log_data) or page_size or 4096
        self.usable = size - (data[20] if in_header else 0)  # bytes reserved at each page's end
        #: Every copy of every page: (number, bytes, source); the log's last.
        self.copies = [(n + 1, data[n * size : (n + 1) * size], "file") for n in range(len(data) // size)]
        self.copies += [(number, page, "log") for number, page in _log_frames(log_data, size)]
        self.latest = {number: page for number, page, _ in self.copies}
        self.undecodable = 0

    def cells(self, wanted: Callable[[tuple[str, ...], bool], bool] = lambda kinds, row: True) -> Iterator[Cell]:
        """Every row and index key that can be decoded, from every copy;
        only those `wanted` says yes to, given the kinds of their values
        (see `kind_of`) and whether it is a row (else an index key)."""
        for number, page, source in self.copies:
            offset = 100 if number == 1 else 0
            kind = page[offset] if len(page) > offset else None
            if kind not in (TABLE_LEAF, INDEX_LEAF, INDEX_INTERIOR):
                continue
            for pointer in self._pointers(page, offset, kind):
                try:
                    cell = self._cell(page, pointer, kind, source, wanted)
                except (Undecodable, IndexError, struct.error):
                    self.undecodable += 1
                    continue
                if cell is not None:
                    yield cell

    def _pointers(self, page: bytes, offset: int, kind: int) -> list[int]:
        count = struct.unpack(">H", page[offset + 3 : offset + 5])[0]
        start = offset + (12 if kind == INDEX_INTERIOR else 8)
        if start + 2 * count > len(page):
            self.undecodable += 1
            return []
        return [struct.unpack(">H", page[start + 2 * i : start + 2 * i + 2])[0] for i in range(count)]

    def _cell(self, page: bytes, pointer: int, kind: int, source: str, wanted) -> Cell | None:
        if not 8 <= pointer < self.usable:
            raise Undecodable("cell pointer outside the page")
        pos = pointer + (4 if kind == INDEX_INTERIOR else 0)
        size, pos = varint(page, pos)
        rowid = None
        if kind == TABLE_LEAF:
            rowid, pos = varint(page, pos)
        payload = self._payload(page, pos, size, kind)
        serials, start = serial_types(payload)
        kinds = tuple(kind_of(serial) for serial in serials)
        if not wanted(kinds, rowid is not None):
            return None
        return Cell(record(payload, serials, start), kinds, rowid, source)

    def _payload(self, page: bytes, pos: int, size: int, kind: int) -> bytes:
        usable = self.usable
        most = usable - 35 if kind == TABLE_LEAF else (usable - 12) * 64 // 255 - 23
        least = (usable - 12) * 32 // 255 - 23
        if size <= most:
            local = size
        else:
            local = least + (size - least) % (usable - 4)
            local = local if local <= most else least
        if pos + local > usable:
            raise Undecodable("cell past the page")
        parts, got = [page[pos : pos + local]], local
        if local < size:
            got += self._overflow(struct.unpack(">I", page[pos + local : pos + local + 4])[0], size - local, parts)
        if got != size:
            raise Undecodable("payload length does not add up")
        return b"".join(parts)

    def _overflow(self, number: int, wanted: int, parts: list[bytes]) -> int:
        got, seen = 0, set()
        while wanted > got:
            page = self.latest.get(number)
            if page is None or number in seen:
                raise Undecodable("broken overflow chain")
            seen.add(number)
            chunk = page[4 : 4 + min(self.usable - 4, wanted - got)]
            parts.append(chunk)
            got += len(chunk)
            number = struct.unpack(">I", page[:4])[0]
        return got


def _log_page_size(log: bytes) -> int | None:
    if len(log) < 32 or struct.unpack(">I", log[:4])[0] not in WAL_MAGIC:
        return None
    size = struct.unpack(">I", log[8:12])[0]
    return size if size in PAGE_SIZES else None


def _log_frames(log: bytes, size: int) -> list[tuple[int, bytes]]:
    """The committed frames of the log's current generation (salts as in
    its header), oldest first."""
    if _log_page_size(log) != size:
        return []
    salts = log[16:24]
    frames, pending, pos = [], [], 32
    while pos + 24 + size <= len(log):
        header = log[pos : pos + 24]
        if header[8:16] != salts:
            break
        number, commit = struct.unpack(">II", header[:8])
        pending.append((number, log[pos + 24 : pos + 24 + size]))
        if commit:
            frames += pending
            pending = []
        pos += 24 + size
    return frames
