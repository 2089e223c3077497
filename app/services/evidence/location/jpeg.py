"""JPEG: only the header segments that show the picture or are known and checked clean.

Application segments are kept only when known: APP0 JFIF/JFXX, APP1 Exif
(its GPS directory taken out in place, so the orientation, the maker notes
and the thumbnail stay), APP1 XMP (standard and extended, any encoding)
without coordinates, APP2 ICC profile and MPF, APP13 Photoshop resources
(known ones, each cleaned), APP14 Adobe. Every other APPn is dropped:
vendor blocks can carry anything, compressed or not. Comments are kept only
when they hold at most one number. An Exif block whose directories cannot
all be read is dropped whole; its orientation is put back in a minimal Exif
of its own. The compressed picture data is copied byte for byte.
"""

from __future__ import annotations

import re
import struct

from app.services.evidence.location.scan import holds_location
from app.services.evidence.location.tiff import (
    Damaged,
    minimal_tiff,
    orientation_of,
    remove_all_gps,
)


class Unreadable(Exception):
    """The file is damaged where it matters; it cannot be cleaned safely."""


_SOS, _EOI, _COM, _APP1, _APP13 = 0xDA, 0xD9, 0xFE, 0xE1, 0xED
_EXIF = b"Exif\x00"
_XMP = b"http://ns.adobe.com/xap/1.0/\x00"
_KNOWN = {  # application segments kept (once checked): marker, identifiers
    0xE0: (b"JFIF\x00", b"JFXX\x00"),
    0xE1: (_EXIF, _XMP),
    0xE2: (b"ICC_PROFILE\x00", b"MPF\x00"),
    0xED: (b"Photoshop 3.0\x00",),
    0xEE: (b"Adobe",),
}
# Photoshop resources kept (once checked): resolution, IPTC, ICC, thumbnails, Exif, XMP,
# version and digest; the others (paths, slices, plug-in data...) are not needed.
_RESOURCES = {0x03ED, 0x0404, 0x0409, 0x040C, 0x040F, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425}
_NUMBERS = re.compile(rb"\d+")
_STANDALONE = {0x01, *range(0xD0, 0xD8)}  # TEM and RST0-7 carry no length
_XMP_EXTENSION = b"http://ns.adobe.com/xmp/extension/\x00"
_PHOTOSHOP = b"Photoshop 3.0\x00"
_RESOURCE_SIGNATURES = {b"8BIM", b"MeSa", b"PHUT", b"AgHg", b"DCSR"}
_NEXT_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")


def strip_jpeg(data: bytes) -> tuple[bytes, list[str]]:
    """(the JPEG without location metadata, notes on what was left out beyond metadata)."""
    if data[:2] != b"\xff\xd8":
        raise Unreadable("no JPEG start marker")
    parts: list[bytes] = [data[:2]]
    extended: dict[bytes, list[int]] = {}  # XMP extension pieces by GUID: their part index
    pos = 2
    end_of_image = len(data)
    while pos < len(data):
        if data[pos] != 0xFF:
            raise Unreadable(f"no marker at byte {pos}")
        marker = data[pos + 1] if pos + 1 < len(data) else -1
        if marker == 0xFF:  # fill byte before a marker
            parts.append(data[pos : pos + 1])
            pos += 1
            continue
        if marker in _STANDALONE:
            parts.append(data[pos : pos + 2])
            pos += 2
            continue
        if marker == _EOI:
            parts.append(data[pos : pos + 2])
            end_of_image = pos + 2
            break
        if marker < 0 or pos + 4 > len(data):
            raise Unreadable("it ends inside a header")
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        end = pos + 2 + length
        if length < 2 or end > len(data):
            raise Unreadable(f"a header at byte {pos} runs past the end")
        segment = data[pos:end]
        if 0xE0 <= marker <= 0xEF or marker == _COM:
            payload = segment[4:]
            if marker == _APP1 and payload.startswith(_XMP_EXTENSION):
                extended.setdefault(payload[35:67], []).append(len(parts))
            elif _known(marker, payload):
                segment = _clean_segment(marker, segment)
            else:
                segment = b""
        parts.append(segment)
        pos = end
        if marker == _SOS:  # the picture data, up to the next marker, byte for byte
            found = _NEXT_MARKER.search(data, pos)
            scan_end = found.start() if found else len(data)
            parts.append(data[pos:scan_end])
            pos = scan_end
    _drop_extended_xmp(parts, extended)
    notes: list[str] = []
    trailing = data[end_of_image:]
    if trailing:
        cleaned = bytearray(trailing)
        try:
            remove_all_gps(cleaned)  # pictures after the photo (depth map, preview): in place
        except Damaged:
            pass
        if holds_location(bytes(cleaned)):
            cleaned = bytearray()
            notes.append(
                "Extra data stored after the picture (such as a depth map or a motion clip) "
                "held a location, so it was left out of the exported copy."
            )
        parts.append(bytes(cleaned))
    return b"".join(parts), notes


def _segment(marker: int, payload: bytes) -> bytes:
    if len(payload) + 2 > 0xFFFF:
        raise Unreadable("a header grew too large to rewrite")
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def _known(marker: int, payload: bytes) -> bool:
    """Whether a segment is one that is kept once checked (the others are left out)."""
    if marker == _COM:
        return len(_NUMBERS.findall(payload)) <= 1
    return any(payload.startswith(name) for name in _KNOWN.get(marker, ()))


def _clean_segment(marker: int, segment: bytes) -> bytes:
    """A header segment without location: GPS taken out of any Exif in place; the
    segment dropped (b"") when it still holds coordinates or cannot be checked whole."""
    payload = segment[4:]
    if marker == _APP13:
        rewritten = _clean_photoshop(payload)
        if rewritten is None:
            return b""
        return _segment(marker, rewritten) if rewritten != payload else segment
    cleaned = bytearray(payload)
    try:
        remove_all_gps(cleaned)
        clean = not holds_location(bytes(cleaned))
    except Damaged:
        clean = False  # an Exif block that cannot be read whole may still place the photo
    if clean:
        return segment[:4] + bytes(cleaned)
    if marker == _APP1 and payload.startswith(_EXIF):
        return _orientation_only(payload)
    return b""


def _orientation_only(payload: bytes) -> bytes:
    """A minimal Exif segment with just the orientation of the Exif in `payload` (which is
    being dropped), so the picture still shows the right way up; b"" when it has none."""
    base = len(_EXIF) + 1
    orientation = orientation_of(payload, base)
    if orientation is None:
        return b""
    return _segment(_APP1, payload[:base] + minimal_tiff(orientation, payload[base : base + 2]))


def _clean_photoshop(payload: bytes) -> bytes | None:
    """Photoshop image resources without those that hold a location (0x0422/0x0423 Exif
    loses its GPS in place; XMP 0x0424, IPTC 0x0404 or any other that holds coordinates is
    dropped); None when the resources cannot be read."""
    pos = len(_PHOTOSHOP)
    kept = [payload[:pos]]
    while pos < len(payload):
        if payload[pos : pos + 4] not in _RESOURCE_SIGNATURES or pos + 7 > len(payload):
            if not payload[pos:].strip(b"\x00"):
                break  # padding at the end
            return None
        name_end = pos + 6 + 1 + payload[pos + 6]
        name_end += (name_end - pos) % 2  # the name is padded to an even size
        if name_end + 4 > len(payload):
            return None
        (size,) = struct.unpack(">I", payload[name_end : name_end + 4])
        body_end = name_end + 4 + size
        if body_end > len(payload):
            return None
        end = body_end + (size % 2)
        body = bytearray(payload[name_end + 4 : body_end])
        (number,) = struct.unpack(">H", payload[pos + 4 : pos + 6])
        try:
            remove_all_gps(body)
            keep = number in _RESOURCES and not holds_location(bytes(body))
        except Damaged:
            keep = False  # Exif that cannot be read whole may still place the photo
        if keep:
            kept.append(payload[pos : name_end + 4] + bytes(body) + payload[body_end:end])
        pos = end
    return b"".join(kept)


def _drop_extended_xmp(parts: list[bytes], extended: dict[bytes, list[int]]) -> None:
    """Extended XMP comes in pieces whose text may be cut anywhere: each packet is put
    back together by offset and dropped whole when it holds coordinates."""
    for indexes in extended.values():
        pieces = []
        broken = False
        for index in indexes:
            payload = parts[index][4:]
            broken |= len(payload) < 75
            offset = struct.unpack(">I", payload[71:75])[0] if len(payload) >= 75 else 0
            pieces.append((offset, payload[75:]))
        whole = b"".join(piece for _offset, piece in sorted(pieces))
        if broken or holds_location(whole):
            for index in indexes:
                parts[index] = b""
