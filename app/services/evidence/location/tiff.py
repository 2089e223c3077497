"""Exif (TIFF) structures: finding GPS directories and taking them out in place.

A walk that cannot read every directory (a cap reached, an offset out of
range, a loop) does not count as checked: the check reports such a block as
not verifiable and the strippers drop it whole.

Nothing moves: the GPS pointer is taken out of its directory (the entries
after it shift up by one within that directory) and the GPS directory and
its values are zeroed, so every other offset, the maker notes and the
thumbnail stay valid and the block keeps its size.
"""

from __future__ import annotations

import struct
from collections import deque
from dataclasses import dataclass

GPS_POINTER = 0x8825
_SUB_DIRECTORIES = (0x8769, 0xA005)  # Exif, Interoperability
_SUB_IFDS = 0x014A
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}
# GPS tags that place the photo: latitude/longitude (and their references), destination.
_COORDINATE_TAGS = frozenset({1, 2, 3, 4, 0x13, 0x14, 0x15, 0x16})
ORIENTATION = 0x0112
_MAX_DIRECTORIES = 4096  # directories in one structure; entries are capped by the budget
_MAX_SUB_IFDS = 1024  # offsets in one SubIFDs entry
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

    def leads_somewhere(self) -> bool:
        """Whether the first directory lies whole inside the data: random bytes that only
        look like a TIFF header are not a structure."""
        first = self.u32(self.base + 4)
        pos = self.base + first
        return first >= 8 and self.fits(pos, 2) and self.fits(pos, 2 + 12 * self.u16(pos) + 4)

    def walk(self, budget: list[int]) -> tuple[list[_Pointer], list[tuple[int, int]], bool]:
        """(GPS pointers, directory tables as (start, end), whether every directory was
        read: False when a cap is reached, an offset leads outside the data or into the
        header, a directory is cut short or one is reached twice)."""
        pointers: list[_Pointer] = []
        tables: list[tuple[int, int]] = []
        whole = True
        queue: deque[int] = deque([self.u32(self.base + 4)])
        seen: set[int] = set()
        while queue:
            offset = queue.popleft()
            if offset == 0:
                continue  # no directory there
            if offset in seen or offset < 8:
                whole = False  # a loop, or a directory inside the header
                continue
            if len(seen) >= _MAX_DIRECTORIES:
                whole = False
                break
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
                    offsets = self._offsets(kind, number, value)
                    if offsets is None:
                        whole = False
                    else:
                        queue.extend(offsets)
            if self.fits(end, 4):
                queue.append(self.u32(end))
        return pointers, tables, whole

    def _offsets(self, kind: int, number: int, value: int) -> list[int] | None:
        """The directories a SubIFDs entry lists; None when they cannot all be read."""
        if number <= 1:
            return [value] if number else []
        if kind not in (4, 13) or number > _MAX_SUB_IFDS:
            return None
        if not self.fits(self.base + value, 4 * number):
            return None
        return [self.u32(self.base + value + 4 * i) for i in range(number)]

    def orientation(self) -> int | None:
        """The first directory's orientation (1-8), if it can be read."""
        first = self.base + self.u32(self.base + 4)
        if not self.fits(first, 2):
            return None
        count = min(self.u16(first), max(0, (len(self.data) - first - 2) // 12))
        for index in range(count):
            entry = first + 2 + 12 * index
            if self.u16(entry) == ORIENTATION and self.u16(entry + 2) == 3:
                value = self.u16(entry + 8)
                return value if 1 <= value <= 8 else None
        return None

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


def gps_state(data: bytes | bytearray, base: int, budget: list[int]) -> str | None:
    """ "gps" when the TIFF structure at `base` points at a GPS directory that places the
    photo, "unchecked" when it cannot be read whole (so one may hide in it), else None.
    A header that leads nowhere (random bytes) is not a structure."""
    if not _is_header(data, base):
        return None
    tiff = _Tiff(data, base)
    if not tiff.leads_somewhere():
        return None
    try:
        pointers, _tables, whole = tiff.walk(budget)
    except Damaged:
        return "unchecked"
    if any(tiff.places(p) for p in pointers):
        return "gps"
    return None if whole else "unchecked"


def has_gps(data: bytes | bytearray, base: int, budget: list[int]) -> bool:
    """Whether the TIFF structure at `base` places the photo or cannot be checked whole."""
    return gps_state(data, base, budget) is not None


def orientation_of(data: bytes | bytearray, base: int) -> int | None:
    """The orientation in the first directory of the TIFF structure at `base`, if any."""
    if not _is_header(data, base):
        return None
    return _Tiff(data, base).orientation()


def minimal_tiff(orientation: int, order: bytes = b"II") -> bytes:
    """A TIFF structure that holds nothing but `orientation`."""
    fmt = "<" if order == b"II" else ">"
    head = b"II*\x00" if order == b"II" else b"MM\x00*"
    entry = struct.pack(fmt + "HHIHH", ORIENTATION, 3, 1, orientation, 0)
    return head + struct.pack(fmt + "IH", 8, 1) + entry + struct.pack(fmt + "I", 0)


def remove_gps(buf: bytearray, base: int) -> bool:
    """Take every GPS directory out of the TIFF structure at `base`, in place; True when
    something was removed. Raises Damaged when a pointer cannot be taken out."""
    if not _is_header(buf, base) or not _Tiff(buf, base).leads_somewhere():
        return False
    changed = False
    for _round in range(16):
        tiff = _Tiff(buf, base)
        pointers, tables, whole = tiff.walk([1_000_000])
        if not whole:
            raise Damaged("its directories cannot all be read")
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
