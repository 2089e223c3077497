"""Exif (TIFF) structures: finding GPS directories and taking them out in place.

Nothing moves: the GPS pointer is taken out of its directory (the entries
after it shift up by one within that directory) and the GPS directory and
its values are zeroed, so every other offset, the maker notes and the
thumbnail stay valid and the block keeps its size.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

GPS_POINTER = 0x8825
_SUB_DIRECTORIES = (0x8769, 0xA005)  # Exif, Interoperability
_SUB_IFDS = 0x014A
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}
# GPS tags that place the photo: latitude/longitude (and their references), destination.
_COORDINATE_TAGS = frozenset({1, 2, 3, 4, 0x13, 0x14, 0x15, 0x16})
_MAX_DIRECTORIES = 64
TIFF_HEADERS = (b"II*\x00", b"MM\x00*")


class Damaged(Exception):
    """The structure cannot be changed safely."""


@dataclass(frozen=True)
class _Pointer:
    directory: int  # absolute position of the directory holding the GPS pointer
    count: int  # its number of entries
    index: int  # which entry is the pointer
    target: int  # absolute position of the GPS directory


class _Tiff:
    def __init__(self, data: bytes | bytearray, base: int) -> None:
        self.data, self.base = data, base
        self.order = "<" if data[base : base + 2] == b"II" else ">"

    def u16(self, pos: int) -> int:
        return struct.unpack_from(self.order + "H", self.data, pos)[0]

    def u32(self, pos: int) -> int:
        return struct.unpack_from(self.order + "I", self.data, pos)[0]

    def fits(self, pos: int, size: int) -> bool:
        return pos >= 0 and pos + size <= len(self.data)

    def walk(self, budget: list[int]) -> tuple[list[_Pointer], list[tuple[int, int]], bool]:
        """(GPS pointers, directory tables as (start, end), whether all of it was readable)."""
        pointers: list[_Pointer] = []
        tables: list[tuple[int, int]] = []
        whole = True
        first = self.u32(self.base + 4)
        queue, seen = [first], set()
        while queue and len(seen) < _MAX_DIRECTORIES:
            offset = queue.pop(0)
            if offset in seen or offset < 8:
                continue
            seen.add(offset)
            pos = self.base + offset
            if not self.fits(pos, 2):
                whole = False
                continue
            count = self.u16(pos)
            end = pos + 2 + 12 * count
            if not self.fits(pos, 2 + 12 * count + 4):
                whole = False
                count = max(0, (len(self.data) - pos - 2) // 12)
                end = pos + 2 + 12 * count
            tables.append((pos, end + 4))
            budget[0] -= count + 1
            if budget[0] < 0:
                raise Damaged("too many directory entries to check")
            for index in range(count):
                entry = pos + 2 + 12 * index
                tag, kind, number = struct.unpack_from(self.order + "HHI", self.data, entry)
                value = self.u32(entry + 8)
                if tag == GPS_POINTER:
                    pointers.append(_Pointer(pos, count, index, self.base + value))
                elif tag in _SUB_DIRECTORIES:
                    queue.append(value)
                elif tag == _SUB_IFDS:
                    queue += self._offsets(kind, number, value)
            if self.fits(end, 4):
                queue.append(self.u32(end))
        return pointers, tables, whole

    def _offsets(self, kind: int, number: int, value: int) -> list[int]:
        if number == 1:
            return [value]
        if kind not in (4, 13) or not self.fits(self.base + value, 4 * min(number, 16)):
            return []
        return [self.u32(self.base + value + 4 * i) for i in range(min(number, 16))]

    def places(self, pointer: _Pointer) -> bool:
        """Whether the GPS directory holds coordinates (or cannot be read to tell)."""
        pos = pointer.target
        if not self.fits(pos, 2):
            return True
        count = self.u16(pos)
        if not self.fits(pos, 2 + 12 * count):
            return True
        tags = {self.u16(pos + 2 + 12 * i) for i in range(count)}
        return bool(tags & _COORDINATE_TAGS) or any(t > 0x1F for t in tags)


def _is_header(data: bytes | bytearray, base: int) -> bool:
    return bytes(data[base : base + 4]) in TIFF_HEADERS and base + 8 <= len(data)


def has_gps(data: bytes | bytearray, base: int, budget: list[int]) -> bool:
    """Whether the TIFF structure at `base` points at a GPS directory that places the
    photo. A header that leads nowhere (random bytes) is not a structure."""
    if not _is_header(data, base):
        return False
    tiff = _Tiff(data, base)
    try:
        pointers, _tables, _whole = tiff.walk(budget)
    except Damaged:
        return True  # could not be checked: count it as there
    return any(tiff.places(p) for p in pointers)


def remove_gps(buf: bytearray, base: int) -> bool:
    """Take every GPS directory out of the TIFF structure at `base`, in place; True when
    something was removed. Raises Damaged when a pointer cannot be taken out."""
    if not _is_header(buf, base):
        return False
    changed = False
    for _round in range(16):
        tiff = _Tiff(buf, base)
        pointers, tables, whole = tiff.walk([1_000_000])
        if not pointers:
            return changed
        pointer = pointers[0]
        if not tiff.fits(pointer.directory, 2 + 12 * pointer.count + 4):
            raise Damaged("the directory holding the GPS pointer is cut short")
        _zero_directory(tiff, buf, pointer.target, tables)
        _drop_entry(tiff, buf, pointer)
        changed = True
    raise Damaged("too many GPS pointers")


def _zero_directory(tiff: _Tiff, buf: bytearray, pos: int, tables: list[tuple[int, int]]) -> None:
    """Zero a GPS directory and its values, sparing any other directory it overlaps."""

    def spare(start: int, end: int) -> bool:
        return any(start < t_end and t_start < end for t_start, t_end in tables)

    if not tiff.fits(pos, 2):
        return
    count = tiff.u16(pos)
    count = min(count, max(0, (len(buf) - pos - 2) // 12))
    for index in range(count):
        entry = pos + 2 + 12 * index
        _tag, kind, number = struct.unpack_from(tiff.order + "HHI", buf, entry)
        size = _TYPE_SIZES.get(kind, 1) * number
        if size > 4:
            start = tiff.base + tiff.u32(entry + 8)
            end = min(start + size, len(buf))
            if tiff.fits(start, 0) and start < end and not spare(start, end):
                buf[start:end] = bytes(end - start)
    end = min(pos + 2 + 12 * count + 4, len(buf))
    if not spare(pos, end):
        buf[pos:end] = bytes(end - pos)


def _drop_entry(tiff: _Tiff, buf: bytearray, pointer: _Pointer) -> None:
    start = pointer.directory + 2 + 12 * pointer.index
    end = pointer.directory + 2 + 12 * pointer.count + 4  # through the next-directory offset
    buf[start : end - 12] = buf[start + 12 : end]
    buf[end - 12 : end] = bytes(12)
    struct.pack_into(tiff.order + "H", buf, pointer.directory, pointer.count - 1)


def tiff_positions(data: bytes | bytearray) -> list[int]:
    """Where TIFF headers start in `data`, in order."""
    found: list[int] = []
    for header in TIFF_HEADERS:
        pos = data.find(header)
        while pos >= 0:
            found.append(pos)
            pos = data.find(header, pos + 1)
    return sorted(found)


def remove_all_gps(buf: bytearray) -> bool:
    """Take GPS out of every TIFF structure found anywhere in `buf`, in place."""
    changed = False
    for base in tiff_positions(buf):
        changed |= remove_gps(buf, base)
    return changed
