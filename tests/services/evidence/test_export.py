"""Evidence bundles: the zip and its manifest, and photo locations removed without re-encoding."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import struct
import uuid
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image

from app.services.cases import operations as cases
from app.services.core.errors import InvalidInput, NotFound, StorageError
from app.services.evidence.attach import attach_files, remove_evidence
from app.services.evidence.export import copy_out, export_bundle
from app.services.evidence.location import strip_location
from tests.services.evidence.test_store import huge_png
from tests.services.evidence.test_store_types import HEIC_HEAD

GPS = 0x8825
ORIENTATION = 0x0112
EXIF_IFD = 0x8769
XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
XMP_GPS = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description '
    b'exif:GPSLatitude="37,33.2N" exif:GPSLongitude="126,58.6E"/></rdf:RDF></x:xmpmeta>'
)
XMP_PLAIN = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta>'


def _exif_with_gps(orientation: int = 6) -> Image.Exif:
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "PhoneMaker"
    exif.get_ifd(EXIF_IFD)[36867] = "2026:11:20 14:30:05"
    gps = exif.get_ifd(GPS)
    gps[1], gps[2], gps[3], gps[4] = "N", (37.0, 33.0, 12.5), "E", (126.0, 58.0, 40.0)
    return exif


def _picture() -> Image.Image:
    image = Image.new("RGB", (48, 32))
    image.putdata([(x * 5, y * 7, (x * y) % 256) for y in range(32) for x in range(48)])
    return image


def _jpeg_bytes(exif: Image.Exif | None = None, **options) -> bytes:  # noqa: ANN003
    out = io.BytesIO()
    if exif is not None:
        options["exif"] = exif
    _picture().save(out, "JPEG", quality=90, **options)
    return out.getvalue()


def _with_app1(jpeg: bytes, payload: bytes) -> bytes:
    """`jpeg` with one more APP1 segment right after its start marker."""
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + jpeg[2:]


def _jpeg_parts(data: bytes) -> tuple[list[bytes], bytes]:
    """(header segments, everything from the start-of-scan marker on)."""
    pos, segments = 2, []
    while data[pos + 1] != 0xDA:
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        segments.append(data[pos : pos + 2 + length])
        pos += 2 + length
    return segments, data[pos:]


def _png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    pos, chunks = 8, []
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        chunks.append((kind, data[pos + 8 : pos + 8 + length]))
        pos += 12 + length
    return chunks


def _pixels(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        return image.convert("RGB").tobytes()


def _exif_of(data: bytes) -> Image.Exif:
    with Image.open(io.BytesIO(data)) as image:
        return image.getexif()


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    return folder


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _case(profile, *attachments: Path) -> uuid.UUID:  # noqa: ANN001
    return cases.create_case(
        profile,
        cases.NewCase(
            subject="Cracked belt",
            body="Photos attached.",
            customer_name="Алексей Воронцов",
            reason="defective",
            attachments=list(attachments),
        ),
    ).case_id


def _export(profile, case_id, tmp_path: Path, **options):  # noqa: ANN001, ANN003, ANN202
    result = export_bundle(profile, case_id, tmp_path / "bundle.zip", **options)
    with zipfile.ZipFile(result.path) as bundle:
        contents = {name: bundle.read(name) for name in bundle.namelist()}
    return result, contents


# ----------------------------------------------------------------------------- the bundle


def test_the_manifest_matches_the_zip_byte_for_byte(profile, files, tmp_path, clock):
    photo = _write(files, "IMG_0001.jpg", _jpeg_bytes(_exif_with_gps()))
    case_id = _case(profile, photo)
    clock.advance(hours=1)
    receipt = files / "Rechnung.pdf"
    _picture().save(receipt, "PDF")
    screenshot = files / "tracking.png"
    _picture().save(screenshot, "PNG")
    same_name = files / "again" / "IMG_0001.jpg"
    same_name.parent.mkdir()
    same_name.write_bytes(_jpeg_bytes())
    added = attach_files(profile, case_id, [receipt, screenshot, same_name]).added
    remove_evidence(profile, added[1])  # removed files are not exported
    clock.advance(minutes=5)
    seen = []

    result, contents = _export(profile, case_id, tmp_path, progress=lambda *args: seen.append(args))
    manifest = json.loads(contents["manifest.json"])
    assert result.files == 3 and result.warnings == []
    assert result.manifest == manifest
    assert sorted(contents) == [
        "files/001-IMG_0001.jpg",
        "files/002-Rechnung.pdf",
        "files/003-IMG_0001.jpg",
        "manifest.json",
        "manifest.txt",
    ]
    assert seen == [(1, 3, "IMG_0001.jpg"), (2, 3, "Rechnung.pdf"), (3, 3, "IMG_0001.jpg")]
    assert manifest["case"] and manifest["case_id"] == str(case_id)
    assert manifest["exported_at"] == clock.current.isoformat()
    assert manifest["exported_by"] == "tester"
    assert manifest["location_removed"] is True
    for entry in manifest["files"]:
        data = contents[entry["path_in_zip"]]
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        assert len(data) == entry["size"]
        stored = profile.blobs.path_for(entry["original_sha256"]).read_bytes()
        assert hashlib.sha256(stored).hexdigest() == entry["original_sha256"]
    first, pdf, second = manifest["files"]
    assert first["sha256"] != first["original_sha256"]  # it had a location
    assert first["location_removed"] is True
    assert first["added_by"] == "Алексей Воронцов"
    assert first["message_id"] and first["message_at"] == "2026-11-23T09:00:00+00:00"
    assert (pdf["kind"], pdf["media_type"], pdf["location_removed"]) == (
        "document",
        "application/pdf",
        None,
    )
    assert pdf["sha256"] == pdf["original_sha256"]
    assert (pdf["message_id"], pdf["message_at"], pdf["added_by"]) == (None, None, "tester")
    assert second["sha256"] == second["original_sha256"]  # no location to remove
    text = contents["manifest.txt"].decode("utf-8")
    assert "Photo locations: removed" in text and first["sha256"] in text


def test_gps_is_removed_without_touching_the_picture(profile, files, tmp_path):
    original = _jpeg_bytes(_exif_with_gps(orientation=6))
    assert _exif_of(original).get_ifd(GPS)
    case_id = _case(profile, _write(files, "IMG_0002.jpg", original))
    _result, contents = _export(profile, case_id, tmp_path)
    exported = contents["files/001-IMG_0002.jpg"]

    exif = _exif_of(exported)
    assert GPS not in exif and exif.get_ifd(GPS) == {}
    assert exif[ORIENTATION] == 6
    assert exif[0x010F] == "PhoneMaker"
    assert exif.get_ifd(EXIF_IFD)[36867] == "2026:11:20 14:30:05"
    assert _pixels(exported) == _pixels(original)
    assert _jpeg_parts(exported)[1] == _jpeg_parts(original)[1]  # scan data byte for byte
    # The stored file itself keeps everything.
    [blob] = [p for p in profile.blobs.root.rglob("*") if p.is_file()]
    assert blob.read_bytes() == original


def test_keep_location_exports_byte_for_byte(profile, files, tmp_path):
    original = _jpeg_bytes(_exif_with_gps())
    case_id = _case(profile, _write(files, "IMG_0003.jpg", original))
    result, contents = _export(profile, case_id, tmp_path, keep_location=True)
    [entry] = result.manifest["files"]
    assert contents["files/001-IMG_0003.jpg"] == original
    assert entry["sha256"] == entry["original_sha256"]
    assert (entry["location_removed"], entry["location_note"]) == (False, "Kept on request.")
    assert result.manifest["location_removed"] is False
    assert result.warnings == []


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_orientation_survives_location_removal(orientation):
    original = _jpeg_bytes(_exif_with_gps(orientation))
    stripped = strip_location(original, "image/jpeg")
    assert stripped.removed
    assert _exif_of(stripped.data)[ORIENTATION] == orientation
    assert _jpeg_parts(stripped.data)[1] == _jpeg_parts(original)[1]


def test_xmp_with_gps_is_dropped_and_other_xmp_kept():
    with_gps = _with_app1(_jpeg_bytes(), XMP_HEADER + XMP_GPS)
    stripped = strip_location(with_gps, "image/jpeg")
    assert stripped.removed and b"GPSLatitude" not in stripped.data
    assert _pixels(stripped.data) == _pixels(with_gps)

    plain = _with_app1(_jpeg_bytes(), XMP_HEADER + XMP_PLAIN)
    assert strip_location(plain, "image/jpeg").data == plain
    no_location = _jpeg_bytes(Image.Exif())
    assert strip_location(no_location, "image/jpeg").data == no_location


def test_png_loses_its_gps_but_keeps_the_rest(profile, files, tmp_path):
    out = io.BytesIO()
    _picture().save(out, "PNG", exif=_exif_with_gps(orientation=3))
    original = out.getvalue()
    xmp = b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + XMP_GPS
    comment = b"Comment\x00scanned at the post office"
    chunks = _png_chunks(original)
    extra = b"".join(
        struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        for kind, body in ((b"iTXt", xmp), (b"tEXt", comment))
    )
    original = original[:33] + extra + original[33:]  # after the IHDR chunk
    assert [k for k, _ in chunks].count(b"eXIf") == 1

    case_id = _case(profile, _write(files, "tracking.png", original))
    result, contents = _export(profile, case_id, tmp_path)
    exported = contents["files/001-tracking.png"]
    assert result.manifest["files"][0]["location_removed"] is True
    kinds = [kind for kind, _ in _png_chunks(exported)]
    assert b"iTXt" not in kinds and b"tEXt" in kinds and b"eXIf" in kinds
    exif = _exif_of(exported)
    assert GPS not in exif and exif[ORIENTATION] == 3
    idat = [body for kind, body in _png_chunks(exported) if kind == b"IDAT"]
    assert idat == [body for kind, body in _png_chunks(original) if kind == b"IDAT"]
    assert _pixels(exported) == _pixels(original)


def test_a_heic_photo_is_exported_unchanged_with_a_warning(profile, files, tmp_path):
    heic = HEIC_HEAD + b"\x00" * 2000
    case_id = _case(profile, _write(files, "IMG_0004.HEIC", heic))
    result, contents = _export(profile, case_id, tmp_path)
    [entry] = result.manifest["files"]
    assert contents[entry["path_in_zip"]] == heic
    assert entry["location_removed"] is False
    assert "HEIC photo" in entry["location_note"]
    assert result.manifest["location_removed"] is False
    assert result.warnings == [f"IMG_0004.HEIC: {entry['location_note']}"]


def test_truncated_jpegs_export_without_a_crash(profile, files, tmp_path):
    whole = _jpeg_bytes(_exif_with_gps())
    segments, _scan = _jpeg_parts(whole)
    cut_in_picture = whole[: len(whole) - 200]
    cut_in_header = whole[: 2 + len(segments[0]) + 10]
    case_id = _case(
        profile,
        _write(files, "half.jpg", cut_in_picture),
        _write(files, "stub.jpg", cut_in_header),
    )
    result, contents = _export(profile, case_id, tmp_path)
    half, stub = result.manifest["files"]
    assert half["location_removed"] is True
    exif = _exif_of(contents[half["path_in_zip"]])
    assert GPS not in exif and exif[0x010F] == "PhoneMaker"
    assert stub["location_removed"] is False and "damaged" in stub["location_note"]
    assert contents[stub["path_in_zip"]] == cut_in_header
    assert len(result.warnings) == 1 and result.warnings[0].startswith("stub.jpg: ")


def test_a_huge_png_is_handled_without_decoding_it(profile, files, tmp_path):
    case_id = _case(profile, _write(files, "scan.png", huge_png()))
    result, _contents = _export(profile, case_id, tmp_path)
    assert result.manifest["files"][0]["location_removed"] is True


# ----------------------------------------------------------------------------- failures


def test_an_altered_file_stops_the_export_and_leaves_no_zip(profile, files, tmp_path):
    case_id = _case(
        profile, _write(files, "a.jpg", _jpeg_bytes()), _write(files, "b.pdf", b"%PDF-1.4 b")
    )
    row_b = profile.blobs.path_for(hashlib.sha256(b"%PDF-1.4 b").hexdigest())
    row_b.write_bytes(b"%PDF-1.4 c")
    out = tmp_path / "bundle.zip"
    out.write_bytes(b"an older bundle")
    for keep in (False, True):
        with pytest.raises(StorageError, match="b.pdf was altered on disk") as caught:
            export_bundle(profile, case_id, out, keep_location=keep)
        assert caught.value.kind == "blob_altered"
        assert out.read_bytes() == b"an older bundle"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle.zip", "incoming", "profile"]
    row_b.unlink()
    with pytest.raises(StorageError, match="b.pdf is missing"):
        export_bundle(profile, case_id, out)


def test_a_full_disk_leaves_no_half_zip(profile, files, tmp_path, monkeypatch):
    case_id = _case(profile, _write(files, "a.jpg", _jpeg_bytes()))
    real = zipfile.ZipFile.writestr

    def writestr(self, info, data, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if str(getattr(info, "filename", info)).startswith("manifest"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, info, data, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", writestr)
    with pytest.raises(StorageError) as caught:
        export_bundle(profile, case_id, tmp_path / "bundle.zip")
    assert caught.value.kind == "disk_full"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["incoming", "profile"]


def test_bad_requests(profile, files, tmp_path):
    empty_case = _case(profile)
    with pytest.raises(InvalidInput, match="no evidence files"):
        export_bundle(profile, empty_case, tmp_path / "x.zip")
    with pytest.raises(InvalidInput, match="does not exist"):
        export_bundle(profile, empty_case, tmp_path / "nowhere" / "x.zip")
    with pytest.raises(InvalidInput, match="is a folder"):
        export_bundle(profile, empty_case, files)
    with pytest.raises(NotFound):
        export_bundle(profile, uuid.uuid4(), tmp_path / "x.zip")


def test_copy_out_saves_a_copy(profile, files, tmp_path):
    data = _jpeg_bytes(_exif_with_gps())
    sha, _size = profile.blobs.put_bytes(data)
    target = copy_out(profile.blobs.path_for(sha), tmp_path / "copy.jpg")
    assert target.read_bytes() == data
    with pytest.raises(InvalidInput, match="does not exist"):
        copy_out(profile.blobs.path_for(sha), tmp_path / "missing" / "copy.jpg")
