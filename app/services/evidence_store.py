"""Evidence files: checked, then stored once by content under `blobs/ab/abcdef...`.

A file is copied to a temporary name beside its target, fsynced and renamed
into place, all before the database row that refers to it commits, so a crash
never leaves a row pointing at a half-written file (DESIGN.md section 3). A
file that changes or disappears while it is read, a read error or a full disk
leave neither a temporary file nor a blob behind.

Programs (executables, scripts, installers) are refused unless the caller
allows them: a buyer's program can be evidence, but it is never run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.models.db import storage_error_from
from app.models.enums import EvidenceKind
from app.services.durable import fsync_folder
from app.services.errors import InvalidInput

log = logging.getLogger(__name__)

MB = 1024 * 1024
MAX_EVIDENCE_BYTES = 25 * MB  # the default; a profile may set another (Profile.evidence_max_bytes)
# Marketplace messages take attachments up to this size each (DOMAIN.md "Evidence").
MARKETPLACE_ATTACHMENT_LIMIT = 10 * MB
# Files being copied in are named so; `doctor` reports old ones left by a crash.
TEMP_PREFIX = ".incoming-"
_CHUNK = MB
_HEAD = 4096

# What each media type looks like in its first bytes.
_MAGIC: list[tuple[bytes, int, str]] = [
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"%PDF-", 0, "application/pdf"),
    (b"PK\x03\x04", 0, "application/zip"),
    (b"\x7fELF", 0, "application/x-executable"),
    (b"\xfe\xed\xfa\xce", 0, "application/x-mach-binary"),
    (b"\xfe\xed\xfa\xcf", 0, "application/x-mach-binary"),
    (b"\xce\xfa\xed\xfe", 0, "application/x-mach-binary"),
    (b"\xcf\xfa\xed\xfe", 0, "application/x-mach-binary"),
    (b"\xca\xfe\xba\xbe", 0, "application/x-mach-binary"),  # universal binary
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
    "application/x-executable": "a Linux program",
    "application/x-mach-binary": "a macOS program",
    "text/x-shellscript": "a script",
    "application/octet-stream": "unrecognised binary data",
}
# What files are programs: by what they contain, and by what their name says.
PROGRAM_TYPES = frozenset(
    {
        "application/x-msdownload",
        "application/x-executable",
        "application/x-mach-binary",
        "text/x-shellscript",
    }
)
_PROGRAM_EXTENSIONS = {
    **dict.fromkeys((".exe", ".com", ".scr", ".pif", ".dll"), "a Windows program"),
    ".msi": "a Windows installer",
    ".lnk": "a Windows shortcut",
    **dict.fromkeys((".bat", ".cmd"), "a Windows batch script"),
    ".ps1": "a PowerShell script",
    **dict.fromkeys((".vbs", ".vbe", ".wsf"), "a Windows script"),
    **dict.fromkeys((".js", ".jse"), "a JavaScript program"),
    **dict.fromkeys((".sh", ".bash", ".command"), "a shell script"),
    ".apk": "an Android app",
    ".jar": "a Java program",
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
    if re.match(rb"#! ?/", head):
        return "text/x-shellscript"
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


def program_description(name: str, head: bytes) -> str | None:
    """What kind of program a file is ("a Windows program"), by its name or its first
    bytes; None for anything that is not a program."""
    by_name = _PROGRAM_EXTENSIONS.get(os.path.splitext(name)[1].lower())
    if by_name:
        return by_name
    media_type = sniff_media_type(head)
    return describe_media_type(media_type) if media_type in PROGRAM_TYPES else None


def is_program(name: str, media_type: str) -> bool:
    """Whether a stored file could run code: by its sniffed media type or by its name."""
    return media_type in PROGRAM_TYPES or program_description(name, b"") is not None


def looks_executable(path: Path) -> bool:
    """Whether the file is a program, for asking before it is attached; an unreadable
    file is not (attaching it will say what is wrong)."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD)
    except OSError:
        head = b""
    return program_description(path.name, head) is not None


def size_warning(name: str, size: int) -> str | None:
    """Why a file this big cannot go into a marketplace message, or None when it can."""
    if size <= MARKETPLACE_ATTACHMENT_LIMIT:
        return None
    return (
        f"{name} is {describe_size(size)}: over the marketplace's "
        f"{MARKETPLACE_ATTACHMENT_LIMIT // MB} MB attachment limit, so it cannot be sent to "
        "the buyer or the marketplace as is."
    )


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
    warnings: tuple[str, ...] = ()


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

    def put_stream(
        self,
        read: Callable[[int], bytes],
        *,
        check: Callable[[int], None] | None = None,
    ) -> tuple[str, int]:
        """Store what `read(n)` returns until it returns b""; returns (sha256, size).

        `check(size)` runs once the copy is on disk, before it is renamed into
        place; it may raise to abandon the copy. Whatever goes wrong, the
        temporary file is removed.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=self.root)
        tmp = Path(tmp_name)
        try:
            try:
                while chunk := read(_CHUNK):
                    digest.update(chunk)
                    _write_all(fd, chunk)
                    size += len(chunk)
                os.fsync(fd)
            finally:
                os.close(fd)
            if check is not None:
                check(size)
            sha = digest.hexdigest()
            target = self.path_for(sha)
            if target.is_file() and self.hash_of(target) == sha:
                tmp.unlink()
                _touch(target)  # in use again: clean-up must not take it as an old orphan
                return sha, size
            # New content, or a stored copy altered on disk: the fresh copy replaces it.
            target.parent.mkdir(exist_ok=True)
            os.replace(tmp, target)
            fsync_folder(target.parent)
            return sha, size
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def put_file(self, source: Path) -> tuple[str, int]:
        """Copy `source` in atomically; returns (sha256, size)."""
        with source.open("rb") as handle:
            return self.put_stream(handle.read)

    def put_bytes(self, data: bytes) -> tuple[str, int]:
        return self.put_stream(io.BytesIO(data).read)

    @staticmethod
    def hash_of(path: Path) -> str:
        """The SHA-256 of a file, read in chunks."""
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
        return digest.hexdigest()


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _touch(path: Path) -> None:
    try:
        os.utime(path)
    except OSError:
        pass  # a read-only blob is still the right content


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
    blobs: BlobStore,
    source: Path,
    *,
    max_bytes: int = MAX_EVIDENCE_BYTES,
    allow_executable: bool = False,
) -> StoredFile:
    """Check a file a user offers as evidence and store it; raises InvalidInput with the
    reason, or StorageError when the profile's disk cannot take it."""
    source = Path(source)
    shown = source.name or str(source)
    info = _stat_source(source, shown)
    if info.st_size == 0:
        raise InvalidInput(f"{shown}: the file is empty, so there is nothing to keep.")
    if info.st_size > max_bytes:
        raise InvalidInput(
            f"{shown}: the file is {describe_size(info.st_size)}; evidence files may be at "
            f"most {describe_size(max_bytes)}."
        )
    try:
        fd = os.open(source, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as exc:
        raise InvalidInput(f"{shown}: the file disappeared while it was being read.") from exc
    except PermissionError as exc:
        raise InvalidInput(f"{shown}: you are not allowed to read this file.") from exc
    try:
        opened = os.fstat(fd)
        head = _read(fd, _HEAD, shown)
        sniffed, program = _check_content(source, shown, head, allow_executable)
        reader = _SourceReader(fd, shown, head, expected=opened.st_size)
        try:
            sha, stored_size = blobs.put_stream(
                reader.read, check=lambda size: _check_unchanged(source, shown, opened, size)
            )
        except OSError as exc:  # reading errors are InvalidInput already: this is the disk
            translated = storage_error_from(exc, blobs.root)
            if translated is None:
                raise
            raise translated from exc
    finally:
        os.close(fd)
    captured = _exif_captured_at(blobs.path_for(sha)) if sniffed.startswith("image/") else None
    name = sanitise_name(source.name)
    warnings = [size_warning(name, stored_size)]
    if program:
        warnings.append(
            f"{name} is a program ({program}): it is kept as evidence only and will never be "
            "run by Workbench. Do not open it yourself."
        )
    return StoredFile(
        sha256=sha,
        size=stored_size,
        media_type=sniffed,
        name=name,
        captured_at=captured,
        warnings=tuple(w for w in warnings if w),
    )


def _stat_source(source: Path, shown: str) -> os.stat_result:
    try:
        info = source.stat()
    except FileNotFoundError as exc:
        raise InvalidInput(f"{shown}: the file does not exist (was it moved or deleted?).") from exc
    except PermissionError as exc:
        raise InvalidInput(f"{shown}: you are not allowed to read this file.") from exc
    except OSError as exc:
        raise InvalidInput(f"{shown}: the file cannot be read ({exc.strerror or exc}).") from exc
    if stat.S_ISDIR(info.st_mode):
        raise InvalidInput(f"{shown}: this is a folder, not a file.")
    if not stat.S_ISREG(info.st_mode):
        raise InvalidInput(f"{shown}: this is a device or a pipe, not an ordinary file.")
    return info


def _check_content(
    source: Path, shown: str, head: bytes, allow_executable: bool
) -> tuple[str, str | None]:
    """The media type of the content and what program it is, if it is one; refuses
    programs (unless allowed) and content that contradicts the file's name."""
    program = program_description(source.name, head)
    if program and not allow_executable:
        raise InvalidInput(
            f"{shown} is a program ({program}), so it was not attached. Workbench will never "
            "run it; to keep it as evidence anyway, allow programs when attaching."
        )
    sniffed = sniff_media_type(head)
    claimed = _EXTENSIONS.get(source.suffix.lower())
    if claimed and claimed != sniffed and claimed != "text/plain":
        raise InvalidInput(
            f"{shown}: the name says {describe_media_type(claimed)}, but the content is "
            f"{describe_media_type(sniffed)}. Check the file, or rename it to match its content."
        )
    return sniffed, program


def _read(fd: int, size: int, shown: str) -> bytes:
    try:
        return os.read(fd, size)
    except OSError as exc:
        raise InvalidInput(
            f"{shown}: the file could not be read ({exc.strerror or exc}); nothing was attached."
        ) from exc


def _changed(shown: str) -> InvalidInput:
    return InvalidInput(
        f"{shown}: the file changed or disappeared while it was being read, so it was not "
        "attached. Try again once it is complete."
    )


class _SourceReader:
    """Reads a source file for `BlobStore.put_stream`: the head already read, then the
    rest, never more than the file's size when it was opened (it may still be growing)."""

    def __init__(self, fd: int, shown: str, head: bytes, *, expected: int) -> None:
        self.fd = fd
        self.shown = shown
        self.pending = head
        self.total = len(head)
        self.expected = expected

    def read(self, size: int) -> bytes:
        if self.pending:
            chunk, self.pending = self.pending, b""
            return chunk
        chunk = _read(self.fd, size, self.shown)
        self.total += len(chunk)
        if self.total > self.expected:
            raise _changed(self.shown)
        return chunk


def _check_unchanged(source: Path, shown: str, opened: os.stat_result, size: int) -> None:
    """The copy is whole only if the file still is what was opened, with the size read."""
    try:
        now = source.stat()
    except OSError as exc:
        raise _changed(shown) from exc
    before = (opened.st_ino, opened.st_dev, opened.st_size, opened.st_mtime_ns)
    if size != opened.st_size or (now.st_ino, now.st_dev, now.st_size, now.st_mtime_ns) != before:
        raise _changed(shown)
