"""Hostile photos: GPS hidden where a capped walk, a raw deflate stream or a loose
comment would let it through. Only blocks that are needed to show the picture, or
known and checked clean, leave with an exported copy."""

from __future__ import annotations

import gzip
import io
import struct
import zlib

import pytest
from PIL import Image

from app.services.evidence.location import find_location, strip_location, tiff
from tests.services.evidence.test_export import (
    GPS,
    ORIENTATION,
    XMP_HEADER,
    _exif_of,
    _exif_with_gps,
    _jpeg_bytes,
    _jpeg_parts,
    _picture,
    _pixels,
)

XMP_GPS = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description '
    b'exif:GPSLatitude="37,33.99N" exif:GPSLongitude="126,58.68E"/></rdf:RDF></x:xmpmeta>'
)


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def _base() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 32), (10, 200, 10)).save(out, "JPEG")
    return out.getvalue()


def _insert(jpeg: bytes, *segments: bytes) -> bytes:
    return jpeg[:2] + b"".join(segments) + jpeg[2:]


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png_kinds(data: bytes) -> list[bytes]:
    pos, kinds = 8, []
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        kinds.append(kind)
        pos += 12 + length
    return kinds


def tiff_chain(n: int, *, loop: bool = False, orientation: int | None = None) -> bytes:
    """A little-endian TIFF whose IFDs form a chain of `n`; the last one points at a GPS
    directory that places the photo (the reviewer's generator). `loop`: the last
    directory's next pointer goes back to the first."""
    out = bytearray(b"II*\x00" + struct.pack("<I", 8))
    ifd_size = 2 + 12 + 4
    offs = [8 + i * ifd_size for i in range(n)]
    gps_off = 8 + n * ifd_size
    for i in range(n):
        last = i == n - 1
        tag, kind, val = (0x8825, 4, gps_off) if last else (0x0131, 4, 0)
        if i == 0 and orientation is not None and not last:
            tag, kind, val = ORIENTATION, 3, orientation
        following = (8 if loop else 0) if last else offs[i + 1]
        out += struct.pack("<H", 1) + struct.pack("<HHII", tag, kind, 1, val)
        out += struct.pack("<I", following)
    data_off = gps_off + 2 + 4 * 12 + 4
    out += struct.pack("<H", 4)
    out += struct.pack("<HHI4s", 1, 2, 2, b"N\x00\x00\x00")
    out += struct.pack("<HHII", 2, 5, 3, data_off)
    out += struct.pack("<HHI4s", 3, 2, 2, b"E\x00\x00\x00")
    out += struct.pack("<HHII", 4, 5, 3, data_off + 24)
    out += struct.pack("<I", 0)
    out += struct.pack("<6I", 37, 1, 33, 1, 5999, 100) + struct.pack(
        "<6I", 126, 1, 58, 1, 4100, 100
    )
    return bytes(out)


def _removed(data: bytes, media_type: str = "image/jpeg") -> bytes:
    stripped = strip_location(data, media_type)
    assert stripped.removed, stripped.note
    assert find_location(stripped.data) is None
    return stripped.data


# ----------------------------------------------------------------------------- 1. chains


@pytest.mark.parametrize("n", [3, 70, 1000])
def test_a_gps_pointer_deep_in_a_chain_of_directories_is_found_and_removed(n):
    original = _insert(_base(), _segment(0xE1, b"Exif\x00\x00" + tiff_chain(n)))
    assert find_location(original) is not None
    cleaned = _removed(original)
    assert GPS not in _exif_of(cleaned)
    assert _jpeg_parts(cleaned)[1] == _jpeg_parts(original)[1]


def test_a_chain_longer_than_the_cap_drops_the_block_and_is_not_verifiable(monkeypatch):
    monkeypatch.setattr(tiff, "_MAX_DIRECTORIES", 64)
    original = _insert(_base(), _segment(0xE1, b"Exif\x00\x00" + tiff_chain(70, orientation=6)))
    assert "cannot be checked" in find_location(original)
    cleaned = _removed(original)
    assert b"\x25\x88" not in cleaned  # the GPS pointer went with the block
    assert _exif_of(cleaned)[ORIENTATION] == 6  # put back in a fresh, minimal Exif
    assert _pixels(cleaned) == _pixels(original)


def test_a_chain_longer_than_the_cap_in_a_png_loses_its_exif_chunk():
    chain = tiff_chain(5000)
    assert len(chain) // 18 > tiff._MAX_DIRECTORIES
    out = io.BytesIO()
    _picture().save(out, "PNG")
    original = out.getvalue()[:33] + _png_chunk(b"eXIf", chain) + out.getvalue()[33:]
    assert "cannot be checked" in find_location(original)
    cleaned = _removed(original, "image/png")
    assert b"eXIf" not in _png_kinds(cleaned)
    assert _pixels(cleaned) == _pixels(original)


def test_a_directory_loop_is_not_checked_clean():
    original = _insert(_base(), _segment(0xE1, b"Exif\x00\x00" + tiff_chain(5, loop=True)))
    assert find_location(original) is not None
    cleaned = _removed(original)
    assert b"Exif" not in cleaned


def test_sub_ifds_beyond_the_first_sixteen_are_walked():
    # IFD0 with SubIFDs (0x014A) listing 20 directories; the 20th points at GPS.
    n = 20
    head = 8
    ifd0_size = 2 + 12 + 4
    array = head + ifd0_size
    subs = array + 4 * n
    gps = subs + n * 18
    out = bytearray(b"II*\x00" + struct.pack("<I", head))
    out += struct.pack("<H", 1) + struct.pack("<HHII", 0x014A, 4, n, array) + b"\x00" * 4
    out += b"".join(struct.pack("<I", subs + 18 * i) for i in range(n))
    for i in range(n):
        tag, val = (0x8825, gps) if i == n - 1 else (0x0131, 0)
        out += struct.pack("<H", 1) + struct.pack("<HHII", tag, 4, 1, val) + b"\x00" * 4
    out += tiff_chain(1)[8 + 18 :]  # the GPS directory and its values
    # rebase the GPS directory's value offsets (they were written for a chain of one)
    block = bytearray(out)
    shift = gps - (8 + 18)
    for entry in (1, 3):
        pos = gps + 2 + 12 * entry + 8
        (value,) = struct.unpack_from("<I", block, pos)
        struct.pack_into("<I", block, pos, value + shift)
    original = _insert(_base(), _segment(0xE1, b"Exif\x00\x00" + bytes(block)))
    assert find_location(original) == "GPS coordinates in Exif data"
    _removed(original)


# ----------------------------------------------------------------------------- 2. compressed


def _raw_deflate(data: bytes) -> bytes:
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    return raw.compress(data) + raw.flush()


@pytest.mark.parametrize(
    ("name", "payload"),
    [
        ("rawdeflate", b"XMPD\x00" + _raw_deflate(XMP_GPS)),
        ("gzip", b"XMPZ\x00" + gzip.compress(XMP_GPS)),
        ("zlib", b"XMPZ\x00" + zlib.compress(XMP_GPS)),
    ],
)
def test_compressed_xmp_in_an_unknown_app_segment_is_found_and_dropped(name, payload):
    original = _insert(_base(), _segment(0xEA, payload))
    assert find_location(original) is not None, name
    cleaned = _removed(original)
    assert all(segment[1] != 0xEA for segment in _jpeg_parts(cleaned)[0])
    assert _jpeg_parts(cleaned)[1] == _jpeg_parts(original)[1]


def test_raw_deflate_with_no_identifier_in_front_is_found():
    assert find_location(_insert(_base(), _segment(0xEB, _raw_deflate(XMP_GPS)))) is not None


def test_unknown_app_segments_go_and_known_ones_stay():
    out = io.BytesIO()
    icc = b"\x00" * 128 + b"acsp" + b"\x00" * 200
    _picture().save(out, "JPEG", exif=_exif_with_gps(orientation=5), icc_profile=icc)
    adobe = _segment(0xEE, b"Adobe\x00\x64\x00\x00\x00\x00\x01")
    xmp = _segment(0xE1, XMP_HEADER + b'<x:xmpmeta xmlns:x="adobe:ns:meta/"/>')
    ducky = _segment(0xEC, b"Ducky\x00\x01\x00\x04\x00\x00\x00\x50\x00\x00")
    vendor = _segment(0xE7, b"SOMEVENDOR\x00" + bytes(range(256)))
    original = _insert(out.getvalue(), adobe, xmp, ducky, vendor)
    cleaned = _removed(original)
    markers = [segment[1] for segment in _jpeg_parts(cleaned)[0]]
    assert 0xEC not in markers and 0xE7 not in markers
    assert 0xEE in markers and b"xmpmeta" in cleaned
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.info["icc_profile"] == icc
        assert image.getexif()[ORIENTATION] == 5 and GPS not in image.getexif()
    assert _jpeg_parts(cleaned)[1] == _jpeg_parts(original)[1]


# ----------------------------------------------------------------------------- 3. text


@pytest.mark.parametrize(
    "text",
    [
        b"Taken at 37.566535 126.977969 (Seoul City Hall)",
        b"Taken at -33.8568 151.2153",
        b"at 37.5665 N 126.9780 E",
        b"at 37.5665N, 126.9780E",
        b"at N37.5665 E126.9780",
        b"at 37 33 59.99 N 126 58 41 E",
        b"at 37d33m59.99sN",
        b"at 37\xc2\xb0 33' 59.99\" N",
    ],
)
def test_coordinates_separated_by_spaces_or_with_hemispheres_are_found(text):
    original = _insert(_base(), _segment(0xFE, text))
    assert find_location(original) is not None, text
    cleaned = _removed(original)
    assert text not in cleaned


@pytest.mark.parametrize(
    "text",
    [
        b"quality 90, version 1.0.2 of 2024",
        b"exposure 0.0125 at f/2.8, 3.1415 and 2.7182",
        b"scale 1.5 2.25",
        b"CREATOR: gd-jpeg v1.0 (using IJG JPEG v62), quality = 90",
    ],
)
def test_ordinary_numbers_are_not_coordinates(text):
    assert find_location(b"\x00\x00" + text + b"\x00\x00") is None


def test_comments_with_several_numbers_are_left_out_and_plain_ones_kept():
    original = _insert(
        _base(),
        _segment(0xFE, b"a harmless comment"),
        _segment(0xFE, b"parcel 1234 box 5678"),
    )
    cleaned = _removed(original)
    assert b"a harmless comment" in cleaned and b"parcel" not in cleaned


# ----------------------------------------------------------------------------- PNG, GIF, WebP


def test_png_keeps_what_shows_the_picture_and_drops_unknown_chunks():
    out = io.BytesIO()
    _picture().save(out, "PNG", exif=_exif_with_gps(orientation=3))
    png = out.getvalue()
    extra = (
        _png_chunk(b"gAMA", struct.pack(">I", 45455))
        + _png_chunk(b"pHYs", struct.pack(">IIB", 2835, 2835, 1))
        + _png_chunk(b"tEXt", b"Comment\x00scanned at the post office")
        + _png_chunk(b"prIv", b"where\x00" + _raw_deflate(XMP_GPS))
        + _png_chunk(b"tIME", b"\x07\xea\x0b\x14\x0e\x1e\x05")
    )
    original = png[:33] + extra + png[33:]
    assert find_location(original) is not None
    cleaned = _removed(original, "image/png")
    kinds = _png_kinds(cleaned)
    assert b"prIv" not in kinds and b"tIME" not in kinds
    assert {b"gAMA", b"pHYs", b"tEXt", b"eXIf"} <= set(kinds)
    assert _exif_of(cleaned)[ORIENTATION] == 3 and GPS not in _exif_of(cleaned)
    assert _pixels(cleaned) == _pixels(original)


def test_gif_unknown_application_extensions_are_dropped():
    out = io.BytesIO()
    frames = [_picture(), _picture().rotate(180)]
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], loop=0)
    gif = out.getvalue()
    hidden = _raw_deflate(XMP_GPS)
    blocks = b"".join(
        bytes((len(hidden[i : i + 255]),)) + hidden[i : i + 255] for i in range(0, len(hidden), 255)
    )
    vendor = b"\x21\xff\x0bVENDORAPP10" + blocks + b"\x00"
    end = gif.rindex(b"\x3b")
    original = gif[:end] + vendor + gif[end:]
    cleaned = _removed(original, "image/gif")
    assert b"VENDORAPP10" not in cleaned and b"NETSCAPE2.0" in cleaned
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.n_frames == 2 and image.info["loop"] == 0


def test_webp_unknown_chunks_are_dropped():
    out = io.BytesIO()
    _picture().save(out, "WEBP", lossless=True, icc_profile=b"\x00" * 128 + b"acsp")
    webp = out.getvalue()
    chunk = b"VNDR" + struct.pack("<I", 8) + b"12345678"
    body = webp[12:] + chunk
    original = b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body
    cleaned = _removed(original, "image/webp")
    assert b"VNDR" not in cleaned and b"ICCP" in cleaned
    assert _pixels(cleaned) == _pixels(original)


def test_an_ordinary_camera_jpeg_keeps_its_exif():
    original = _jpeg_bytes(_exif_with_gps(orientation=7))
    cleaned = _removed(original)
    exif = _exif_of(cleaned)
    assert exif[ORIENTATION] == 7 and exif[0x010F] == "PhoneMaker" and GPS not in exif


@pytest.mark.parametrize(
    "text",
    [
        b'<crs:Exposure2012>1.2345e-05</crs:Exposure2012> <a v="6.1035E+02"/>',
        b"taken 2026:11:20 14:30:05 Sunday",
        b"release 3.0000 final",
    ],
)
def test_numbers_in_metadata_are_not_coordinates(text):
    assert find_location(b"\x00" + text + b"\x00") is None
