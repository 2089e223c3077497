"""Evidence file types (mirrors app/services/evidence/store_types.py): sniffing the content,
a name that says another type, safe names, programs, the marketplace's size limit, HEIF, AVIF.

The helpers here (`image_bytes`, `write_incoming`, `leftovers`, `HEIC_HEAD`) are shared with
the storage tests in test_store.py.
"""

from __future__ import annotations

import io
import os
import struct
from pathlib import Path

import pytest
from PIL import Image

from app.models.enums import EvidenceKind
from app.services.core.errors import InvalidInput
from app.services.evidence.store import BlobStore, store_evidence_file
from app.services.evidence.store_types import (
    MARKETPLACE_ATTACHMENT_LIMIT,
    guess_kind,
    looks_executable,
    program_description,
    sanitise_name,
    size_warning,
    sniff_media_type,
)


def image_bytes(fmt: str, exif: Image.Exif | None = None) -> bytes:
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


def write_incoming(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / "incoming" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


def leftovers(blobs: BlobStore) -> list[Path]:
    if not blobs.root.exists():
        return []
    return [p for p in blobs.root.rglob("*") if p.is_file()]


# ----------------------------------------------------------------------------- sniffing


@pytest.mark.parametrize(
    ("fmt", "media_type"),
    [("JPEG", "image/jpeg"), ("PNG", "image/png"), ("GIF", "image/gif"), ("WEBP", "image/webp")],
)
def test_sniffs_real_images(fmt, media_type):
    assert sniff_media_type(image_bytes(fmt)[:4096]) == media_type


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


# ----------------------------------------------------------------------------- mismatched types


def test_a_text_file_named_like_a_photo_is_refused(tmp_path, blobs):
    with pytest.raises(InvalidInput) as caught:
        store_evidence_file(blobs, write_incoming(tmp_path, "photo.jpg", b"not really a photo"))
    message = str(caught.value)
    assert "photo.jpg" in message
    assert "JPEG image" in message
    assert "plain text" in message
    assert leftovers(blobs) == []


def test_a_png_named_jpg_is_refused_naming_both(tmp_path, blobs):
    with pytest.raises(InvalidInput, match="JPEG image.*PNG image"):
        store_evidence_file(blobs, write_incoming(tmp_path, "shot.jpeg", image_bytes("PNG")))


def test_unknown_extensions_are_stored_as_sniffed(tmp_path, blobs):
    stored = store_evidence_file(blobs, write_incoming(tmp_path, "label", b"%PDF-1.4\n..."))
    assert stored.media_type == "application/pdf"


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


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("..\\..\\Windows\\System32\\evil.jpg", "evil.jpg"),
        ("../../../.ssh/authorized_keys", "authorized_keys"),
        ("photo.jpg:Zone.Identifier", "photo.jpg_Zone.Identifier"),
        ("AUX.jpg", "_AUX.jpg"),
        ("com9.PDF", "_com9.PDF"),
        ("what?.png", "what_.png"),
        ("tab\there.jpg", "tabhere.jpg"),
    ],
)
def test_more_unsafe_names_are_sanitised(given, expected):
    assert sanitise_name(given) == expected


# ----------------------------------------------------------------------------- programs


MACH_O = b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + b"\x00" * 32


ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 32


PE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 32


@pytest.mark.parametrize(
    ("head", "media_type"),
    [
        (MACH_O, "application/x-mach-binary"),
        (b"\xca\xfe\xba\xbe\x00\x00\x00\x02", "application/x-mach-binary"),
        (b"#!/bin/sh\nrm -rf ~\n", "text/x-shellscript"),
        (b"#! /usr/bin/env python3\n", "text/x-shellscript"),
        (b"#!!! the strap broke again !!!", "text/plain"),
    ],
)
def test_sniffs_programs_and_scripts(head, media_type):
    assert sniff_media_type(head) == media_type


@pytest.mark.parametrize(
    ("name", "data", "what"),
    [
        ("label", ELF, "a Linux program"),
        ("invoice.pdf.exe", PE, "a Windows program"),
        ("photo", PE, "a Windows program"),
        ("viewer", MACH_O, "a macOS program"),
        ("fix.txt", b"#!/bin/sh\necho hi\n", "a script"),
        ("run.bat", b"@echo off\r\n", "a Windows batch script"),
        ("RUN.CMD", b"@echo off\r\n", "a Windows batch script"),
        ("install.sh", b"echo hi\n", "a shell script"),
        ("open-me.js", b"alert(1)\n", "a JavaScript program"),
        ("macro.vbs", b"MsgBox 1\n", "a Windows script"),
        ("setup.msi", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 32, "a Windows installer"),
        ("app.apk", b"PK\x03\x04" + b"\x00" * 32, "an Android app"),
        ("tool.jar", b"PK\x03\x04" + b"\x00" * 32, "a Java program"),
    ],
)
def test_programs_are_refused_unless_allowed(tmp_path, blobs, name, data, what):
    source = write_incoming(tmp_path, name, data)
    with pytest.raises(InvalidInput) as caught:
        store_evidence_file(blobs, source)
    message = str(caught.value)
    assert f"{name} is a program ({what})" in message
    assert "will never run it" in message
    assert leftovers(blobs) == []
    assert looks_executable(source)

    stored = store_evidence_file(blobs, source, allow_executable=True)
    assert blobs.path_for(stored.sha256).read_bytes() == data
    assert stored.warnings == (
        f"{sanitise_name(name)} is a program ({what}): it is kept as evidence only and will "
        "never be run by Workbench. Do not open it yourself.",
    )


def test_ordinary_files_are_not_programs(tmp_path):
    assert not looks_executable(write_incoming(tmp_path, "belt.jpg", image_bytes("JPEG")))
    assert not looks_executable(
        write_incoming(tmp_path, "MZ notes.txt", b"MZ-Verpackung war offen")
    )
    assert not looks_executable(tmp_path / "gone.jpg")
    assert program_description("receipt.pdf", b"%PDF-1.4") is None


# ----------------------------------------------------------------------------- sizes


def test_marketplace_size_warning():
    limit = MARKETPLACE_ATTACHMENT_LIMIT
    assert limit == 10 * 1024 * 1024
    assert size_warning("photo.jpg", limit) is None
    assert size_warning("photo.jpg", int(12 * 1024 * 1024)) == (
        "photo.jpg is 12.0 MB: over the marketplace's 10 MB attachment limit, so it cannot "
        "be sent to the buyer or the marketplace as is."
    )


# ----------------------------------------------------------------------------- HEIF and AVIF


def _ftyp(major: bytes, *compatible: bytes) -> bytes:
    body = major + b"\x00\x00\x00\x00" + b"".join(compatible)
    return struct.pack(">I", len(body) + 8) + b"ftyp" + body + b"\x00" * 64


@pytest.mark.parametrize(
    ("head", "media_type"),
    [
        (_ftyp(b"heic", b"mif1", b"heic"), "image/heic"),
        (_ftyp(b"hevc", b"msf1", b"hevc"), "image/heic"),  # burst / live photo sequences
        (_ftyp(b"heis"), "image/heic"),
        (_ftyp(b"miaf", b"MiHE", b"heic"), "image/heic"),  # heic only among compatible
        (_ftyp(b"mif1"), "image/heic"),
        (_ftyp(b"avif", b"avif", b"mif1", b"miaf"), "image/avif"),
        (_ftyp(b"avis", b"avis", b"msf1"), "image/avif"),
        (_ftyp(b"mif1", b"avif", b"miaf"), "image/avif"),
        (_ftyp(b"isom", b"iso2", b"mp41"), "application/octet-stream"),  # a video
        (b"\x00\x00\x00\x00ftyp", "application/octet-stream"),  # damaged, no brand
    ],
)
def test_sniffs_heif_family_by_major_and_compatible_brands(head, media_type):
    assert sniff_media_type(head) == media_type


def test_a_heic_with_a_sequence_brand_is_attached_as_a_photo(tmp_path, blobs):
    """It was refused: only five major brands were known, so a .heic named file whose
    brand was 'hevc' (or 'heic' only among compatible brands) was 'unrecognised binary'."""
    for number, head in enumerate((_ftyp(b"hevc", b"mif1"), _ftyp(b"miaf", b"heic"))):
        stored = store_evidence_file(blobs, write_incoming(tmp_path, f"IMG_{number}.HEIC", head))
        assert stored.media_type == "image/heic"
        assert guess_kind(stored.media_type) == EvidenceKind.PHOTO


def test_an_avif_photo_is_a_photo(tmp_path, blobs):
    data = image_bytes("AVIF")
    assert sniff_media_type(data[:4096]) == "image/avif"
    stored = store_evidence_file(blobs, write_incoming(tmp_path, "parcel.avif", data))
    assert stored.media_type == "image/avif"
    assert guess_kind(stored.media_type) == EvidenceKind.PHOTO
    # The same container family: an AVIF named .heif is stored as what it is.
    again = store_evidence_file(blobs, write_incoming(tmp_path, "parcel.heif", data))
    assert again.media_type == "image/avif"
