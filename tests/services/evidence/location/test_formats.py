"""Photo locations: every block that can hold one, in every format, and the check after."""

from __future__ import annotations

import binascii
import io
import random
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from app.services.evidence.location import find_location, strip_location
from tests.services.evidence.test_export import (
    EXIF_IFD,
    GPS,
    ORIENTATION,
    XMP_HEADER,
    _case,
    _exif_of,
    _exif_with_gps,
    _export,
    _jpeg_bytes,
    _jpeg_parts,
    _picture,
    _pixels,
    _with_app1,
    _write,
)

DJI = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description '
    'xmlns:drone-dji="http://www.dji.com/drone-dji/1.0/" drone-dji:Latitude="+37.5665" '
    'drone-dji:Longitude="+126.9780"/></rdf:RDF></x:xmpmeta>'
)
ELEMENT_FORM = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description>'
    "<exif:GPSLatitude>37,33.2N</exif:GPSLatitude></rdf:Description></rdf:RDF></x:xmpmeta>"
)


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    return folder


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def _insert(jpeg: bytes, *segments: bytes) -> bytes:
    return jpeg[:2] + b"".join(segments) + jpeg[2:]


def _gps_tiff() -> bytes:
    return _exif_with_gps().tobytes()


def _clean(data: bytes, media_type: str) -> bytes:
    stripped = strip_location(data, media_type)
    assert stripped.removed, stripped.note
    assert find_location(stripped.data) is None
    return stripped.data


# ----------------------------------------------------------------------------- JPEG


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("xmp", [DJI, ELEMENT_FORM])
def test_xmp_in_any_encoding_and_namespace_is_dropped(encoding, xmp):
    original = _with_app1(_jpeg_bytes(), XMP_HEADER + xmp.encode(encoding))
    assert find_location(original) is not None
    cleaned = _clean(original, "image/jpeg")
    assert _jpeg_parts(cleaned)[1] == _jpeg_parts(original)[1]


def test_exif_inside_photoshop_app13_loses_gps_and_other_resources_stay():
    def resource(number: int, body: bytes) -> bytes:
        return (
            b"8BIM"
            + struct.pack(">H", number)
            + b"\x00\x00"
            + struct.pack(">I", len(body))
            + (body + b"\x00" * (len(body) % 2))
        )

    iptc = b"\x1c\x02\x78\x00\x0bbelt broken"
    payload = (
        b"Photoshop 3.0\x00"
        + resource(0x0422, _gps_tiff())
        + resource(0x0404, iptc)
        + resource(0x0424, DJI.encode())
    )
    original = _insert(_jpeg_bytes(), _segment(0xED, payload))
    cleaned = _clean(original, "image/jpeg")
    assert b"belt broken" in cleaned and b"drone-dji" not in cleaned
    assert _pixels(cleaned) == _pixels(original)


def test_exif_in_other_app_segments_and_comments_with_coordinates():
    original = _insert(
        _jpeg_bytes(_exif_with_gps(orientation=8)),
        _segment(0xE4, b"Exif\x00\x00" + _gps_tiff()),
        _segment(0xFE, b"taken at 37.56650, 126.97800"),
        _segment(0xFE, b"a harmless comment"),
    )
    cleaned = _clean(original, "image/jpeg")
    exif = _exif_of(cleaned)
    assert GPS not in exif and exif[ORIENTATION] == 8
    assert exif.get_ifd(EXIF_IFD)[36867] == "2026:11:20 14:30:05"
    assert b"a harmless comment" in cleaned and b"126.97800" not in cleaned


def test_extended_xmp_cut_across_pieces_is_dropped():
    text = (
        "<x:xmpmeta>" + "x" * 100 + "<exif:GPSLatitude>1</exif:GPSLatitude></x:xmpmeta>"
    ).encode()
    guid = b"0123456789ABCDEF0123456789ABCDEF"
    head = b"http://ns.adobe.com/xmp/extension/\x00" + guid + struct.pack(">I", len(text))
    pieces = [
        _segment(0xE1, head + struct.pack(">I", offset) + text[offset : offset + 120])
        for offset in (120, 0)
    ]
    cleaned = _clean(_insert(_jpeg_bytes(), *pieces), "image/jpeg")
    assert guid not in cleaned


def test_the_icc_profile_is_kept():
    out = io.BytesIO()
    icc = b"\x00" * 128 + b"acsp" + b"\x00" * 200
    _picture().save(out, "JPEG", exif=_exif_with_gps(), icc_profile=icc)
    cleaned = _clean(out.getvalue(), "image/jpeg")
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.info["icc_profile"] == icc


# ----------------------------------------------------------------------------- PNG, GIF, WebP


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


@pytest.mark.parametrize("kind", [b"tEXt", b"zTXt"])
def test_png_raw_profiles_hex_encoded_are_dropped(kind):
    out = io.BytesIO()
    _picture().save(out, "PNG")
    hexed = binascii.hexlify(b"Exif\x00\x00" + _gps_tiff())
    text = b"\nexif\n" + str(len(hexed) // 2).encode() + b"\n" + hexed + b"\n"
    body = b"Raw profile type exif\x00" + (
        b"\x00" + zlib.compress(text) if kind == b"zTXt" else text
    )
    original = out.getvalue()[:33] + _png_chunk(kind, body) + out.getvalue()[33:]
    assert find_location(original) is not None
    cleaned = _clean(original, "image/png")
    assert _pixels(cleaned) == _pixels(original)


def test_gif_xmp_and_comments_with_coordinates_are_dropped_and_the_loop_kept():
    out = io.BytesIO()
    frames = [_picture(), _picture().rotate(180)]
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], loop=0)
    gif = out.getvalue()
    xmp = b"\x21\xff\x0bXMP DataXMP" + DJI.encode() + bytes(range(255, -1, -1)) + b"\x00"
    comment = b"\x21\xfe" + bytes((24,)) + b"GPSLatitude=37.5665 N..." + b"\x00"
    end = gif.rindex(b"\x3b")
    original = gif[:end] + xmp + comment + gif[end:]
    assert find_location(original) is not None
    cleaned = _clean(original, "image/gif")
    assert b"NETSCAPE2.0" in cleaned
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.n_frames == 2 and image.info["loop"] == 0


def test_webp_exif_and_xmp_chunks_are_dropped_with_flags_and_size_fixed():
    out = io.BytesIO()
    _picture().save(out, "WEBP", exif=_exif_with_gps(), xmp=DJI.encode(), lossless=True)
    original = out.getvalue()
    assert b"EXIF" in original and original[20] & 0x0C == 0x0C
    cleaned = _clean(original, "image/webp")
    assert b"EXIF" not in cleaned and b"XMP " not in cleaned
    assert cleaned[20] & 0x0C == 0
    assert struct.unpack("<I", cleaned[4:8])[0] == len(cleaned) - 8
    assert _pixels(cleaned) == _pixels(original)


# ----------------------------------------------------------------------------- HEIF, AVIF


def test_avif_gps_is_emptied_in_place(profile, files, tmp_path):
    out = io.BytesIO()
    _picture().save(out, "AVIF", exif=_exif_with_gps())
    original = out.getvalue()
    case_id = _case(profile, _write(files, "box.avif", original))
    result, contents = _export(profile, case_id, tmp_path)
    [entry] = result.manifest["files"]
    exported = contents[entry["path_in_zip"]]
    assert entry["media_type"] == "image/avif" and entry["kind"] == "photo"
    assert (entry["location_removed"], entry["location_found"]) == (True, False)
    assert len(exported) == len(original) and find_location(exported) is None
    assert GPS not in _exif_of(exported)


def test_a_heic_with_location_in_xmp_is_exported_unchanged_and_says_so(profile, files, tmp_path):
    from tests.services.evidence.test_store_types import HEIC_HEAD

    heic = HEIC_HEAD + b"\x00" * 100 + DJI.encode() + b"\x00" * 100
    case_id = _case(profile, _write(files, "IMG_0005.HEIC", heic))
    result, contents = _export(profile, case_id, tmp_path)
    [entry] = result.manifest["files"]
    assert contents[entry["path_in_zip"]] == heic
    assert (entry["location_removed"], entry["location_found"]) == (False, True)
    assert "still shows where it was taken" in entry["location_note"]
    assert result.manifest["location_removed"] is False


# ----------------------------------------------------------------------------- the check


def test_the_manifest_believes_the_check_not_the_stripper(profile, files, tmp_path, monkeypatch):
    from app.services.evidence import export
    from app.services.evidence.location import Stripped

    original = _jpeg_bytes(_exif_with_gps())
    monkeypatch.setattr(export, "strip_location", lambda data, _type: Stripped(data, True))
    case_id = _case(profile, _write(files, "IMG_0006.jpg", original))
    result, _contents = _export(profile, case_id, tmp_path)
    [entry] = result.manifest["files"]
    assert (entry["location_removed"], entry["location_found"]) == (False, True)
    assert "GPS coordinates in Exif data" in entry["location_note"]
    assert result.manifest["location_removed"] is False and len(result.warnings) == 1


def test_a_decompression_bomb_is_not_checked_as_clean():
    bomb = zlib.compress(b"\x00" * (64 * 1024 * 1024))
    assert find_location(b"noise" + bomb) is None  # capped: only its start is looked at
    text = b"Raw profile type xmp\x00\x00" + bomb
    out = io.BytesIO()
    _picture().save(out, "PNG")
    original = out.getvalue()[:33] + _png_chunk(b"zTXt", text) + out.getvalue()[33:]
    cleaned = strip_location(original, "image/png")
    assert cleaned.removed and b"zTXt" not in cleaned.data


@pytest.mark.parametrize("seed", range(40))
def test_damaged_files_never_crash_nor_pass_gps_as_removed(seed):
    rng = random.Random(seed)
    out = io.BytesIO()
    fmt, media_type = rng.choice(
        [("JPEG", "image/jpeg"), ("PNG", "image/png"), ("WEBP", "image/webp")]
    )
    _picture().save(out, fmt, exif=_exif_with_gps())
    data = bytearray(out.getvalue())
    data = _with_app1(bytes(data), XMP_HEADER + DJI.encode()) if fmt == "JPEG" else bytes(data)
    data = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    if rng.random() < 0.5:
        data = data[: rng.randrange(1, len(data))]
    stripped = strip_location(bytes(data), media_type)
    if stripped.removed:
        assert find_location(stripped.data) is None
        assert GPS not in _exif_or_empty(stripped.data)


def _exif_or_empty(data: bytes) -> dict:
    try:
        return dict(_exif_of(data))
    except Exception:  # noqa: BLE001 - a damaged picture Pillow cannot open
        return {}
