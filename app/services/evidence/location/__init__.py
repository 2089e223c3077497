"""Removing where a photo was taken (GPS) from JPEG and PNG files, losslessly.

Only metadata is rewritten: the Exif block loses its GPS directory (and
keeps everything else, orientation included), XMP packets that hold GPS
coordinates are dropped, and the image data is copied byte for byte, never
re-encoded. Formats this module cannot rewrite are reported, not guessed at.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass

_GPS_IFD = 0x8825
_EXIF_HEADER = b"Exif\x00\x00"
_XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_EXTENSION_HEADER = b"http://ns.adobe.com/xmp/extension/\x00"
_XMP_GPS = re.compile(rb"exif:GPS|GPSLatitude|GPSLongitude", re.IGNORECASE)
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_SOS, _EOI, _APP1 = 0xDA, 0xD9, 0xE1
_STANDALONE = {0x01, *range(0xD0, 0xD8)}  # TEM and RST0-7 carry no length
_MAX_SEGMENT = 0xFFFF - 2

# Image types that cannot carry a location: nothing to remove.
_NO_LOCATION = {"image/gif", "image/bmp"}


@dataclass(frozen=True)
class Stripped:
    data: bytes
    removed: bool  # True: no location is left in `data`
    note: str | None = None  # why not, when removed is False


class _Unreadable(Exception):
    pass


def strip_location(data: bytes, media_type: str) -> Stripped | None:
    """`data` without location metadata; None for files that are not photos at all."""
    if not media_type.startswith("image/"):
        return None
    if media_type in _NO_LOCATION:
        return Stripped(data, removed=True)
    if media_type == "image/jpeg":
        return _guarded(_strip_jpeg, data, "JPEG photo")
    if media_type == "image/png":
        return _guarded(_strip_png, data, "PNG image")
    kind = {"image/heic": "HEIC photo", "image/webp": "WebP image", "image/tiff": "TIFF image"}
    return Stripped(
        data,
        removed=False,
        note=(
            f"The location cannot be removed from a {kind.get(media_type, media_type)} "
            "without changing the picture, so the file is exported unchanged."
        ),
    )


def _guarded(strip, data: bytes, what: str) -> Stripped:  # noqa: ANN001
    try:
        return strip(data)
    except _Unreadable as exc:
        return Stripped(
            data,
            removed=False,
            note=f"This {what} is damaged ({exc}), so its location could not be removed; "
            "the file is exported unchanged.",
        )


# ----------------------------------------------------------------------------- Exif


def _exif_without_gps(payload: bytes) -> bytes | None:
    """The Exif block (with its "Exif\\0\\0" header) without the GPS directory; None when
    it has none. Raises _Unreadable for an Exif block Pillow cannot parse."""
    from PIL import Image

    exif = Image.Exif()
    try:
        exif.load(payload)
        if _GPS_IFD not in exif:
            return None
        del exif[_GPS_IFD]
        rewritten = exif.tobytes()
        check = Image.Exif()
        check.load(rewritten)
    except Exception as exc:  # noqa: BLE001 - Pillow raises many kinds on bad Exif
        raise _Unreadable(f"unreadable Exif data: {exc}") from exc
    if _GPS_IFD in check:
        raise _Unreadable("the GPS directory could not be taken out of the Exif data")
    return rewritten


# ----------------------------------------------------------------------------- JPEG


def _strip_jpeg(data: bytes) -> Stripped:
    if data[:2] != b"\xff\xd8":
        raise _Unreadable("no JPEG start marker")
    parts = [data[:2]]
    pos = 2
    while True:
        if pos + 1 >= len(data):
            raise _Unreadable("it ends before the picture data")
        if data[pos] != 0xFF:
            raise _Unreadable(f"no marker at byte {pos}")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte before a marker
            parts.append(data[pos : pos + 1])
            pos += 1
            continue
        if marker in _STANDALONE:
            parts.append(data[pos : pos + 2])
            pos += 2
            continue
        if marker == _EOI:
            raise _Unreadable("it has no picture data")
        if pos + 4 > len(data):
            raise _Unreadable("it ends inside a header")
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        end = pos + 2 + length
        if length < 2 or end > len(data):
            raise _Unreadable(f"a header at byte {pos} runs past the end")
        if marker == _SOS:
            break
        segment = data[pos:end]
        if marker == _APP1:
            segment = _jpeg_app1_without_location(segment)
        parts.append(segment)
        pos = end
    scan = data[pos:]  # the picture data and everything after it, byte for byte
    parts.append(scan)
    eoi = scan.find(b"\xff\xd9")
    trailing = scan[eoi + 2 :] if eoi >= 0 else b""
    if _EXIF_HEADER in trailing or _XMP_GPS.search(trailing):
        return Stripped(
            b"".join(parts),
            removed=False,
            note="This photo carries extra embedded pictures whose location could not be "
            "checked; it may still be in the exported file.",
        )
    return Stripped(b"".join(parts), removed=True)


def _jpeg_app1_without_location(segment: bytes) -> bytes:
    """An APP1 segment as it should be exported: Exif without GPS, GPS-bearing XMP gone."""
    payload = segment[4:]
    if payload.startswith(_EXIF_HEADER):
        rewritten = _exif_without_gps(payload)
        if rewritten is None:
            return segment
        if len(rewritten) > _MAX_SEGMENT:
            raise _Unreadable("its Exif data is too large to rewrite")
        return b"\xff\xe1" + struct.pack(">H", len(rewritten) + 2) + rewritten
    if payload.startswith(_XMP_EXTENSION_HEADER):
        return b""  # pieces of a large XMP packet: GPS may be cut across pieces, so drop all
    if payload.startswith(_XMP_HEADER) and _XMP_GPS.search(payload):
        return b""
    return segment


# ----------------------------------------------------------------------------- PNG


def _strip_png(data: bytes) -> Stripped:
    if not data.startswith(_PNG_SIGNATURE):
        raise _Unreadable("no PNG signature")
    parts = [_PNG_SIGNATURE]
    pos = len(_PNG_SIGNATURE)
    while pos < len(data):
        if pos + 8 > len(data):
            raise _Unreadable("it ends inside a chunk header")
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        end = pos + 12 + length
        if end > len(data):
            raise _Unreadable(f"the {kind.decode('latin-1')} chunk runs past the end")
        body = data[pos + 8 : pos + 8 + length]
        parts.append(_png_chunk_without_location(kind, body, data[pos:end]))
        pos = end
        if kind == b"IEND":
            trailing = data[pos:]
            parts.append(trailing)
            if _EXIF_HEADER in trailing or _XMP_GPS.search(trailing):
                return Stripped(
                    b"".join(parts),
                    removed=False,
                    note="This image has data after its end whose location could not be "
                    "checked; it may still be in the exported file.",
                )
            return Stripped(b"".join(parts), removed=True)
    raise _Unreadable("it has no end chunk")


def _png_chunk_without_location(kind: bytes, body: bytes, chunk: bytes) -> bytes:
    if kind == b"eXIf":
        rewritten = _exif_without_gps(_EXIF_HEADER + body)
        if rewritten is None:
            return chunk
        return _png_chunk(b"eXIf", rewritten[len(_EXIF_HEADER) :])
    if kind in (b"tEXt", b"zTXt", b"iTXt"):
        keyword, _, rest = body.partition(b"\x00")
        if keyword.lower().startswith(b"raw profile type"):
            return b""  # Exif or XMP hex-encoded by older tools: may hold GPS, unreadable here
        if keyword == b"XML:com.adobe.xmp" and _XMP_GPS.search(_png_text(kind, rest)):
            return b""
    return chunk


def _png_text(kind: bytes, rest: bytes) -> bytes:
    """The text of a tEXt/zTXt/iTXt chunk after its keyword, inflated if compressed."""
    try:
        if kind == b"zTXt":
            return zlib.decompress(rest[1:])
        if kind == b"iTXt":
            compressed = rest[:1] == b"\x01"
            # flag, method, language\0, translated keyword\0, text
            text = rest[2:].split(b"\x00", 2)[-1]
            return zlib.decompress(text) if compressed else text
    except zlib.error as exc:
        raise _Unreadable("a compressed text chunk cannot be read") from exc
    return rest


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
