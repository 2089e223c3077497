"""Evidence files: checked, then stored once by content under `blobs/ab/abcdef...`.

A file is copied to a temporary name beside its target, fsynced and renamed
into place, all before the database row that refers to it commits, so a crash
never leaves a row pointing at a half-written file (DESIGN.md section 3).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from app.models.db import storage_error_from
from app.models.enums import EvidenceKind
from app.services.errors import InvalidInput

log = logging.getLogger(__name__)

MAX_EVIDENCE_BYTES = 25 * 1024 * 1024
_CHUNK = 1024 * 1024

# What each media type looks like in its first bytes.
_MAGIC: list[tuple[bytes, int, str]] = [
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"%PDF-", 0, "application/pdf"),
    (b"PK\x03\x04", 0, "application/zip"),
    (b"\x7fELF", 0, "application/x-executable"),
]
# Two-letter magic numbers that ordinary text can start with ("BMW ...", "MZ ...");
# the real formats always have NUL bytes in their headers, text never does.
_WEAK_MAGIC: list[tuple[bytes, str]] = [
    (b"BM", "image/bmp"),
    (b"MZ", "application/x-msdownload"),
]
_EXTENSIONS = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".heic": "image/heic",
    ".heif": "image/heic",
    ".bmp": "image/bmp",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".pdf": "application/pdf",
    ".txt": "text/plain",
    ".zip": "application/zip",
    ".exe": "application/x-msdownload",
}
_TYPE_NAMES = {
    "image/jpeg": "a JPEG image",
    "image/png": "a PNG image",
    "image/gif": "a GIF image",
    "image/webp": "a WebP image",
    "image/heic": "a HEIC photo",
    "image/bmp": "a BMP image",
    "image/tiff": "a TIFF image",
    "application/pdf": "a PDF document",
    "text/plain": "plain text",
    "application/zip": "a zip archive",
    "application/x-msdownload": "a Windows program",
    "application/x-executable": "a program",
    "application/octet-stream": "unrecognised binary data",
}
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {
    f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)
}


def sniff_media_type(head: bytes) -> str:
    """The media type from a file's first bytes; text/plain or octet-stream when unknown."""
    for magic, offset, media_type in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return media_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heim"):
        return "image/heic"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    binary = b"\x00" in head
    for magic, media_type in _WEAK_MAGIC:
        if binary and head.startswith(magic):
            return media_type
    if binary:
        return "application/octet-stream"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # Only a sample cut inside a multi-byte character at its very end is still text.
        if exc.reason != "unexpected end of data":
            return "application/octet-stream"
    return "text/plain"


def describe_size(size: float) -> str:
    """A byte count as people read it: 512 bytes, 2.9 KB, 30.0 MB."""
    if size < 1024:
        return f"{size:.0f} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1048576:.1f} MB"


def describe_media_type(media_type: str) -> str:
    return _TYPE_NAMES.get(media_type, media_type)


def sanitise_name(name: str) -> str:
    """A file name safe on every platform: no folders, no control or reserved characters."""
    name = unicodedata.normalize("NFC", name.replace("\\", "/").split("/")[-1])
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = re.sub(r'[<>:"|?*]', "_", name).strip(" .")
    stem, dot, ext = name.partition(".")
    if stem.upper() in _WINDOWS_RESERVED:
        name = f"_{name}"
    while len(name.encode("utf-8")) > 200:
        stem, ext = os.path.splitext(name)
        name = stem[:-1] + ext
    return name or "file"


def guess_kind(media_type: str) -> EvidenceKind:
    if media_type == "image/png":
        return EvidenceKind.SCREENSHOT
    if media_type.startswith("image/"):
        return EvidenceKind.PHOTO
    if media_type == "application/pdf":
        return EvidenceKind.DOCUMENT
    return EvidenceKind.OTHER


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int
    media_type: str
    name: str
    captured_at: dt.datetime | None


class BlobStore:
    """Content-addressed files under one folder; the same content is stored once."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put_file(self, source: Path) -> tuple[str, int]:
        """Copy `source` in atomically; returns (sha256, size)."""
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                while chunk := src.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path_for(sha)
            if target.is_file() and target.stat().st_size == size:
                tmp.unlink()
                return sha, size
            target.parent.mkdir(exist_ok=True)
            os.replace(tmp, target)
            _fsync_dir(target.parent)
            return sha, size
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def put_bytes(self, data: bytes) -> tuple[str, int]:
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".source-", dir=self.root)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            return self.put_file(Path(tmp_name))
        finally:
            Path(tmp_name).unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _exif_captured_at(path: Path) -> dt.datetime | None:
    """When the camera took the photo (EXIF DateTimeOriginal), None if unknown.

    Cameras write local wall-clock time; OffsetTimeOriginal (EXIF 2.31) says
    which zone. Without it the zone is unknown and the time is read as UTC.
    """
    try:
        from PIL import Image

        with Image.open(path) as image:
            exif = image.getexif()
            details = exif.get_ifd(0x8769)
            text = details.get(36867) or exif.get(306)
            offset = details.get(36881) or details.get(36880)  # OffsetTimeOriginal, OffsetTime
        if not text:
            return None
        local = dt.datetime.strptime(str(text).strip("\x00 "), "%Y:%m:%d %H:%M:%S")
        zone = dt.UTC
        if offset:
            match = re.fullmatch(r"([+-])(\d{2}):(\d{2})", str(offset).strip("\x00 "))
            if match:
                sign = -1 if match.group(1) == "-" else 1
                zone = dt.timezone(
                    sign * dt.timedelta(hours=int(match.group(2)), minutes=int(match.group(3)))
                )
        return local.replace(tzinfo=zone).astimezone(dt.UTC)
    except Exception:  # noqa: BLE001 - a photo without readable EXIF is still evidence
        return None


def store_evidence_file(
    blobs: BlobStore, source: Path, *, max_bytes: int = MAX_EVIDENCE_BYTES
) -> StoredFile:
    """Check a file a user offers as evidence and store it; raises InvalidInput with the reason."""
    source = Path(source)
    shown = source.name or str(source)
    try:
        if not source.exists():
            raise InvalidInput(f"{shown}: the file does not exist (was it moved or deleted?).")
        if not source.is_file():
            raise InvalidInput(f"{shown}: this is a folder, not a file.")
        size = source.stat().st_size
        if size == 0:
            raise InvalidInput(f"{shown}: the file is empty, so there is nothing to keep.")
        if size > max_bytes:
            raise InvalidInput(
                f"{shown}: the file is {describe_size(size)}; evidence files may be at "
                f"most {describe_size(max_bytes)}."
            )
        with source.open("rb") as handle:
            head = handle.read(4096)
    except InvalidInput:
        raise
    except FileNotFoundError as exc:
        raise InvalidInput(f"{shown}: the file disappeared while it was being read.") from exc
    except PermissionError as exc:
        raise InvalidInput(f"{shown}: you are not allowed to read this file.") from exc
    sniffed = sniff_media_type(head)
    claimed = _EXTENSIONS.get(source.suffix.lower())
    if claimed and claimed != sniffed and not (claimed == "text/plain"):
        raise InvalidInput(
            f"{shown}: the name says {describe_media_type(claimed)}, but the content is "
            f"{describe_media_type(sniffed)}. Check the file, or rename it to match its content."
        )
    try:
        sha, stored_size = blobs.put_file(source)
    except FileNotFoundError as exc:
        raise InvalidInput(f"{shown}: the file disappeared while it was being read.") from exc
    except OSError as exc:
        translated = storage_error_from(exc, blobs.root)
        if translated is None:
            raise
        raise translated from exc
    captured = _exif_captured_at(blobs.path_for(sha)) if sniffed.startswith("image/") else None
    return StoredFile(
        sha256=sha,
        size=stored_size,
        media_type=sniffed,
        name=sanitise_name(source.name),
        captured_at=captured,
    )
