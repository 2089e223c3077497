"""Evidence files: sniffing, safe names, size limits and atomic, content-addressed storage."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
from pathlib import Path

import pytest
from PIL import Image

from app.models.db import StorageError
from app.models.enums import EvidenceKind
from app.services.errors import InvalidInput
from app.services.evidence_store import (
    BlobStore,
    guess_kind,
    sanitise_name,
    sniff_media_type,
    store_evidence_file,
)


def _image_bytes(fmt: str, exif: Image.Exif | None = None) -> bytes:
    out = io.BytesIO()
    image = Image.new("RGB", (8, 8), (200, 30, 30))
    if exif is None:
        image.save(out, format=fmt)
    else:
        image.save(out, format=fmt, exif=exif)
    return out.getvalue()


HEIC_HEAD = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 40


@pytest.fixture
def blobs(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "blobs")


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / "incoming" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


def _leftovers(blobs: BlobStore) -> list[Path]:
    if not blobs.root.exists():
        return []
    return [p for p in blobs.root.rglob("*") if p.is_file()]


# ----------------------------------------------------------------------------- sniffing


@pytest.mark.parametrize(
    ("fmt", "media_type"),
    [("JPEG", "image/jpeg"), ("PNG", "image/png"), ("GIF", "image/gif"), ("WEBP", "image/webp")],
)
def test_sniffs_real_images(fmt, media_type):
    assert sniff_media_type(_image_bytes(fmt)[:4096]) == media_type


@pytest.mark.parametrize(
    ("head", "media_type"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "application/pdf"),
        (HEIC_HEAD, "image/heic"),
        (b"II*\x00\x08\x00\x00\x00", "image/tiff"),
        ("Hallo, der Gürtel ist zu kurz. 벨트가 짧아요".encode(), "text/plain"),
        (b"", "text/plain"),
        (bytes(range(256)), "application/octet-stream"),
        (b"\x00\x00\x00\x00\x00\x00\x00\x00", "application/octet-stream"),
        (b"hello\xff\xfeworld", "application/octet-stream"),
        (b"hello\xff", "application/octet-stream"),
        # A sample cut in the middle of a multi-byte character is still text.
        (("x" * 4094 + "벨").encode()[:4096], "text/plain"),
        # Text that happens to start like a weak magic number is still text.
        (b"BMW wheel cap arrived cracked", "text/plain"),
        (b"MZ-Verpackung war offen", "text/plain"),
        (b"BM" + b"\x36\x00\x0c\x00\x00\x00\x00\x00\x36\x00\x00\x00", "image/bmp"),
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", "application/x-msdownload"),
    ],
)
def test_sniffs_documents_text_and_binary(head, media_type):
    assert sniff_media_type(head) == media_type


def test_guess_kind():
    assert guess_kind("image/jpeg") == EvidenceKind.PHOTO
    assert guess_kind("image/png") == EvidenceKind.SCREENSHOT
    assert guess_kind("application/pdf") == EvidenceKind.DOCUMENT
    assert guess_kind("text/plain") == EvidenceKind.OTHER


# ----------------------------------------------------------------------------- checking files


def test_stores_a_photo_with_its_type_and_name(tmp_path, blobs):
    data = _image_bytes("JPEG")
    stored = store_evidence_file(blobs, _write(tmp_path, "Foto vom Gürtel.JPG", data))
    assert stored.media_type == "image/jpeg"
    assert stored.size == len(data)
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert stored.name == "Foto vom Gürtel.JPG"
    path = blobs.path_for(stored.sha256)
    assert path == blobs.root / stored.sha256[:2] / stored.sha256
    assert path.read_bytes() == data
    assert _leftovers(blobs) == [path]


def test_a_text_file_named_like_a_photo_is_refused(tmp_path, blobs):
    with pytest.raises(InvalidInput) as caught:
        store_evidence_file(blobs, _write(tmp_path, "photo.jpg", b"not really a photo"))
    message = str(caught.value)
    assert "photo.jpg" in message
    assert "JPEG image" in message
    assert "plain text" in message
    assert _leftovers(blobs) == []


def test_a_png_named_jpg_is_refused_naming_both(tmp_path, blobs):
    with pytest.raises(InvalidInput, match="JPEG image.*PNG image"):
        store_evidence_file(blobs, _write(tmp_path, "shot.jpeg", _image_bytes("PNG")))


def test_unknown_extensions_are_stored_as_sniffed(tmp_path, blobs):
    stored = store_evidence_file(blobs, _write(tmp_path, "label", b"%PDF-1.4\n..."))
    assert stored.media_type == "application/pdf"


def test_an_empty_file_is_refused(tmp_path, blobs):
    with pytest.raises(InvalidInput, match="empty"):
        store_evidence_file(blobs, _write(tmp_path, "receipt.pdf", b""))


def test_a_missing_file_is_refused(tmp_path, blobs):
    with pytest.raises(InvalidInput, match="does not exist"):
        store_evidence_file(blobs, tmp_path / "gone.jpg")


def test_a_folder_is_refused(tmp_path, blobs):
    folder = tmp_path / "photos.jpg"
    folder.mkdir()
    with pytest.raises(InvalidInput, match="folder"):
        store_evidence_file(blobs, folder)


def test_a_file_over_the_limit_is_refused_with_both_sizes(tmp_path, blobs):
    with pytest.raises(InvalidInput) as caught:
        store_evidence_file(blobs, _write(tmp_path, "big.txt", b"x" * 3000), max_bytes=2048)
    message = str(caught.value)
    assert "big.txt" in message
    assert "2.9 KB" in message and "2.0 KB" in message
    assert _leftovers(blobs) == []
    with pytest.raises(InvalidInput, match=r"30\.0 MB.*25\.0 MB"):
        source = _write(tmp_path, "huge.bin", b"")
        with source.open("wb") as handle:
            handle.truncate(30 * 1024 * 1024)  # sparse: cheap to make
        store_evidence_file(blobs, source)
    # Exactly at the limit is allowed.
    assert store_evidence_file(blobs, _write(tmp_path, "ok.txt", b"y" * 2048), max_bytes=2048)


def test_the_same_content_is_stored_once(tmp_path, blobs):
    data = _image_bytes("PNG")
    first = store_evidence_file(blobs, _write(tmp_path, "a.png", data))
    second = store_evidence_file(blobs, _write(tmp_path, "b.png", data))
    assert first.sha256 == second.sha256
    assert (first.name, second.name) == ("a.png", "b.png")
    assert _leftovers(blobs) == [blobs.path_for(first.sha256)]


def test_put_bytes_works_on_a_new_store(blobs):
    sha, size = blobs.put_bytes(b"demo receipt")
    assert (sha, size) == (hashlib.sha256(b"demo receipt").hexdigest(), 12)
    assert blobs.exists(sha)
    assert _leftovers(blobs) == [blobs.path_for(sha)]


def test_path_for_refuses_anything_but_a_digest(blobs):
    for bad in ("../../etc/passwd", "ABC", "g" * 64, "A" * 64):
        with pytest.raises(ValueError):
            blobs.path_for(bad)


# ----------------------------------------------------------------------------- atomic writes


def test_disk_full_during_fsync_leaves_nothing(tmp_path, blobs, monkeypatch):
    source = _write(tmp_path, "scan.pdf", b"%PDF-1.4\n" + b"x" * 5000)

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(StorageError) as caught:
        store_evidence_file(blobs, source)
    assert caught.value.kind == "disk_full"
    assert _leftovers(blobs) == []


class _SourceThatFailsMidway(type(Path())):
    """A source file whose second chunk cannot be read (a USB stick pulled out mid-copy)."""

    def open(self, mode: str = "r", *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        handle = super().open(mode, *args, **kwargs)
        real_read = handle.read
        calls = []

        def read(size: int = -1) -> bytes:
            calls.append(size)
            if len(calls) > 1:
                raise OSError(5, "Input/output error")
            return real_read(size)

        handle.read = read
        return handle


def test_a_read_error_mid_copy_leaves_nothing(tmp_path, blobs):
    written = _write(tmp_path, "video-still.png", os.urandom(3 * 1024 * 1024))
    with pytest.raises(OSError, match="Input/output"):
        blobs.put_file(_SourceThatFailsMidway(written))
    assert _leftovers(blobs) == []


# ----------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("a\\b\\c.jpg", "c.jpg"),
        ('a<b>c:d"e|f?g*h.png', "a_b_c_d_e_f_g_h.png"),
        ("bad\x00na\x1fme\x7f.jpg", "badname.jpg"),
        ("evil\u202egnp.exe", "evilgnp.exe"),
        ("CON.jpg", "_CON.jpg"),
        ("con", "_con"),
        ("lpt1.txt.pdf", "_lpt1.txt.pdf"),
        ("CONTRACT.pdf", "CONTRACT.pdf"),
        ("", "file"),
        ("   ", "file"),
        ("...", "file"),
        ("folder/", "file"),
        (" photo.jpg. ", "photo.jpg"),
        ("영수증 사진.jpg", "영수증 사진.jpg"),
        ("e\u0301te\u0301.png", "été.png"),  # NFC
    ],
)
def test_sanitise_name(given, expected):
    assert sanitise_name(given) == expected


def test_sanitise_name_shortens_long_names_keeping_the_extension():
    for long in ("a" * 1000 + ".jpeg", "벨" * 300 + ".jpg", "x" * 300):
        name = sanitise_name(long)
        assert 0 < len(name.encode("utf-8")) <= 200
        assert name.endswith(os.path.splitext(long)[1])
        name.encode("utf-8").decode("utf-8")
    assert 0 < len(sanitise_name("a." + "b" * 400).encode()) <= 200


# ----------------------------------------------------------------------------- EXIF


def test_exif_capture_time_is_read_from_a_jpeg(tmp_path, blobs):
    exif = Image.Exif()
    exif[306] = "2026:01:01 00:00:00"  # DateTime (last edit): the fallback
    exif.get_ifd(0x8769)[36867] = "2026:11:20 14:30:05"  # DateTimeOriginal
    stored = store_evidence_file(
        blobs, _write(tmp_path, "camera.jpg", _image_bytes("JPEG", exif=exif))
    )
    assert stored.captured_at == dt.datetime(2026, 11, 20, 14, 30, 5, tzinfo=dt.UTC)


def test_exif_offset_of_the_camera_is_honoured(tmp_path, blobs):
    """A phone in Seoul writes local time plus OffsetTimeOriginal; we store the UTC instant."""
    exif = Image.Exif()
    exif.get_ifd(0x8769)[36867] = "2026:11:20 14:30:05"
    exif.get_ifd(0x8769)[36881] = "+09:00"
    stored = store_evidence_file(
        blobs, _write(tmp_path, "seoul.jpg", _image_bytes("JPEG", exif=exif))
    )
    assert stored.captured_at == dt.datetime(2026, 11, 20, 5, 30, 5, tzinfo=dt.UTC)


def test_exif_without_dates_or_with_nonsense_gives_none(tmp_path, blobs):
    plain = store_evidence_file(blobs, _write(tmp_path, "plain.jpg", _image_bytes("JPEG")))
    assert plain.captured_at is None
    exif = Image.Exif()
    exif.get_ifd(0x8769)[36867] = "0000:00:00 00:00:00"
    zeroed = store_evidence_file(
        blobs, _write(tmp_path, "zeroed.jpg", _image_bytes("JPEG", exif=exif))
    )
    assert zeroed.captured_at is None
    assert store_evidence_file(blobs, _write(tmp_path, "a.pdf", b"%PDF-1.4")).captured_at is None
