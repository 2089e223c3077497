"""PNG, GIF and WebP without location metadata; HEIF and TIFF cleaned in place.

Only what shows the picture, or is known and checked clean, is kept. PNG
keeps its picture and display chunks (palette, transparency, colour space,
ICC profile, density, APNG frames), its eXIf without the GPS directory and
the text chunks without coordinates (XMP, ImageMagick's hex "Raw profile
type" blocks, compressed or not, are checked); every other chunk goes. GIF
keeps its images, frame timing, animation loop and ICC profile, and comments
and plain text without coordinates; other application extensions (XMP
included) go. WebP keeps its picture, animation and ICC chunks, and EXIF and
XMP when they hold no location, with its VP8X flags and RIFF size fixed;
unknown chunks go. An Exif block that cannot be read whole counts as holding
a location (its orientation is kept in a minimal eXIf of its own in PNG).
HEIC, AVIF and TIFF files cannot be rewritten here, but their Exif GPS
directories can be emptied in place without moving a byte.
"""

from __future__ import annotations

import struct
import zlib

from app.services.evidence.location.jpeg import Unreadable
from app.services.evidence.location.scan import holds_location, inflate_capped
from app.services.evidence.location.tiff import (
    Damaged,
    minimal_tiff,
    orientation_of,
    remove_all_gps,
    remove_gps,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PICTURE_CHUNKS = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"acTL", b"fcTL", b"fdAT"}
# Chunks that change how the picture shows: kept when they hold no location.
_DISPLAY_CHUNKS = {
    *(b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"sBIT", b"pHYs", b"bKGD"),
    *(b"cICP", b"mDCV", b"cLLI"),
}
_TEXT_CHUNKS = {b"tEXt", b"zTXt", b"iTXt"}
_LOOPING = {b"NETSCAPE2.0", b"ANIMEXTS1.0"}
_GIF_KEPT_APPS = {b"ICCRGBG1012"}  # ICC profile: kept when it holds no location
_VP8X_EXIF, _VP8X_XMP = 0x08, 0x04
_WEBP_PICTURE = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP"}
_WEBP_CHECKED = {b"EXIF", b"XMP "}


def _without_gps(body: bytes) -> bytes | None:
    """`body` with GPS taken out of any Exif in it; None when it still holds a location."""
    cleaned = bytearray(body)
    try:
        remove_all_gps(cleaned)
    except Damaged:
        return None
    return None if holds_location(bytes(cleaned)) else bytes(cleaned)


# ----------------------------------------------------------------------------- PNG


def png_chunks(data: bytes) -> list[tuple[int, int, bytes]]:
    """(start, end, type) of each chunk up to IEND; raises Unreadable when cut short."""
    if not data.startswith(PNG_SIGNATURE):
        raise Unreadable("no PNG signature")
    chunks = []
    pos = len(PNG_SIGNATURE)
    while pos < len(data):
        if pos + 8 > len(data):
            raise Unreadable("it ends inside a chunk header")
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        end = pos + 12 + length
        if end > len(data):
            raise Unreadable(f"the {kind.decode('latin-1')} chunk runs past the end")
        chunks.append((pos, end, kind))
        pos = end
        if kind == b"IEND":
            return chunks
    raise Unreadable("it has no end chunk")


def png_text(kind: bytes, body: bytes) -> bytes | None:
    """A text chunk's keyword and text, inflated (capped); None when it cannot be read
    whole (broken or too large a compressed text)."""
    keyword, _, rest = body.partition(b"\x00")
    compressed = None
    if kind == b"zTXt":
        compressed = rest[1:]
    elif kind == b"iTXt" and rest[:1] == b"\x01":
        compressed = rest[2:].split(b"\x00", 2)[-1]
    if compressed is None:
        return body
    text, complete = inflate_capped(compressed)
    return keyword + b"\x00" + text if complete else None


def strip_png(data: bytes) -> tuple[bytes, list[str]]:
    parts = [PNG_SIGNATURE]
    end = len(PNG_SIGNATURE)
    for start, end, kind in png_chunks(data):
        chunk = data[start:end]
        body = chunk[8:-4]
        if kind in _PICTURE_CHUNKS:
            parts.append(chunk)
        elif kind in _TEXT_CHUNKS:
            text = png_text(kind, body)
            if text is not None and not holds_location(text) and not holds_location(body):
                parts.append(chunk)
        elif kind == b"eXIf":
            cleaned = _without_gps(body)
            if cleaned is not None:
                parts.append(chunk if cleaned == body else _png_chunk(kind, cleaned))
            elif (orientation := orientation_of(body, 0)) is not None:
                parts.append(_png_chunk(kind, minimal_tiff(orientation, body[:2])))
        elif kind in _DISPLAY_CHUNKS and not holds_location(body):
            parts.append(chunk)
    return _with_trailing(parts, data[end:])


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _with_trailing(parts: list[bytes], trailing: bytes) -> tuple[bytes, list[str]]:
    notes = []
    if trailing and holds_location(trailing):
        notes.append(
            "Extra data stored after the picture held a location, so it was left out of "
            "the exported copy."
        )
    else:
        parts.append(trailing)
    return b"".join(parts), notes


# ----------------------------------------------------------------------------- GIF


def _gif_blocks(data: bytes, pos: int) -> int:
    """The end of the data sub-blocks starting at `pos`."""
    while True:
        if pos >= len(data):
            raise Unreadable("it ends inside a block")
        size = data[pos]
        pos += 1 + size
        if size == 0:
            return pos


def strip_gif(data: bytes) -> tuple[bytes, list[str]]:
    if data[:6] not in (b"GIF87a", b"GIF89a") or len(data) < 13:
        raise Unreadable("no GIF header")
    flags = data[10]
    pos = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)
    parts = [data[:pos]]
    while True:
        if pos >= len(data):
            raise Unreadable("it has no end marker")
        introducer = data[pos]
        if introducer == 0x3B:
            parts.append(data[pos : pos + 1])
            return _with_trailing(parts, data[pos + 1 :])
        if introducer == 0x2C:  # an image: descriptor, colour table, picture data
            if pos + 10 > len(data):
                raise Unreadable("it ends inside an image header")
            local = data[pos + 9]
            start = pos + 10 + (3 * 2 ** ((local & 7) + 1) if local & 0x80 else 0)
            end = _gif_blocks(data, start + 1)
            parts.append(data[pos:end])
        elif introducer == 0x21 and pos + 2 <= len(data):
            label = data[pos + 1]
            end = _gif_blocks(data, pos + 2)
            block = data[pos:end]
            if label == 0xF9 or (label == 0xFF and _app_id(block) in _LOOPING):
                parts.append(block)  # frame timing and the animation loop: kept
            elif label == 0xFF and _app_id(block) not in _GIF_KEPT_APPS:
                pass  # other application data (XMP, vendors' blocks): left out
            elif label not in (0x01, 0xFE, 0xFF):
                pass  # an unknown extension: left out
            elif not holds_location(block) and not holds_location(_gif_payload(block)):
                parts.append(block)  # plain text, comments, the ICC profile: when clean
        else:
            raise Unreadable(f"an unknown block at byte {pos}")
        pos = end


def _app_id(block: bytes) -> bytes:
    return block[3:14] if len(block) > 14 and block[2] == 11 else b""


def _gif_payload(block: bytes) -> bytes:
    """The data of an extension's sub-blocks, joined (text cut across them put back)."""
    out, pos = [], 2
    while pos < len(block) and block[pos]:
        out.append(block[pos + 1 : pos + 1 + block[pos]])
        pos += 1 + block[pos]
    return b"".join(out)


# ----------------------------------------------------------------------------- WebP


def strip_webp(data: bytes) -> tuple[bytes, list[str]]:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise Unreadable("no WebP header")
    (riff_size,) = struct.unpack("<I", data[4:8])
    riff_end = min(8 + riff_size, len(data))
    kept: list[tuple[bytes, bytes]] = []
    pos = 12
    while pos + 8 <= riff_end:
        kind = data[pos : pos + 4]
        (size,) = struct.unpack("<I", data[pos + 4 : pos + 8])
        end = pos + 8 + size + (size % 2)
        if pos + 8 + size > len(data):
            raise Unreadable(f"the {kind.decode('latin-1')} chunk runs past the end")
        chunk = data[pos:end]
        if kind in _WEBP_PICTURE or (kind in _WEBP_CHECKED and not holds_location(chunk)):
            kept.append((kind, chunk))
        pos = end
    kinds = {kind for kind, _chunk in kept}
    chunks = []
    for kind, chunk in kept:
        if kind == b"VP8X" and len(chunk) > 8:
            flags = chunk[8] & ~(_VP8X_EXIF | _VP8X_XMP)
            flags |= _VP8X_EXIF if b"EXIF" in kinds else 0
            flags |= _VP8X_XMP if b"XMP " in kinds else 0
            chunk = chunk[:8] + bytes((flags,)) + chunk[9:]
        chunks.append(chunk)
    body = b"WEBP" + b"".join(chunks)
    return _with_trailing([b"RIFF", struct.pack("<I", len(body)), body], data[riff_end:])


# ----------------------------------------------------------------------------- in place


def clean_in_place(data: bytes, media_type: str) -> bytes:
    """HEIC, AVIF and TIFF with their Exif GPS directories emptied where they are; every
    other byte stays where it was. Raises Unreadable when a GPS pointer cannot be taken out."""
    cleaned = bytearray(data)
    try:
        if media_type == "image/tiff":
            remove_gps(cleaned, 0)  # the file is one TIFF structure; its strips are pixels
        else:
            remove_all_gps(cleaned)
    except Damaged as exc:
        raise Unreadable(str(exc)) from exc
    return bytes(cleaned)
