"""Evidence files: checked, then stored once by content under `blobs/ab/abcdef...`.

A file is copied to a temporary name beside its target, fsynced and renamed
into place, all before the database row that refers to it commits, so a crash
never leaves a row pointing at a half-written file (DESIGN.md section 3). A
file that changes or disappears while it is read, a read error or a full disk
leave neither a temporary file nor a blob behind.

Programs (executables, scripts, installers) are refused unless the caller
allows them: a buyer's program can be evidence, but it is never run. A link
(symlink) is refused unless the caller says the agent picked it: a link that
arrives in an archive or a mail could point at any file of the agent's.

While a blob is being copied in, its `.incoming-*` file holds an exclusive
advisory lock (where the platform has `fcntl`), so `incoming_in_progress`
can tell a copy under way from one a crash left behind.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import io
import logging
import os
import re
import stat
import struct
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; doctor falls back on the file's age
    fcntl = None  # type: ignore[assignment]

from app.models.db import storage_error_from
from app.models.enums import EvidenceKind
from app.services.core.durable import fsync_folder
from app.services.core.errors import InvalidInput

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
    ".avif": "image/avif",
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
    "image/avif": "an AVIF image",
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
# ISO base media (HEIF) brands, in the file type box's major or compatible brands.
_AVIF_BRANDS = frozenset({b"avif", b"avis"})
_HEIC_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs"})
_HEIF_BRANDS = frozenset({b"mif1", b"msf1", b"mif2", b"miaf"})  # HEIF, codec not said
# Media types that are one container family: a name saying one and content of the other
# is still the same kind of photo, stored as its content says.
_SAME_FAMILY = frozenset({"image/heic", "image/avif"})
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
    if head[4:8] == b"ftyp":
        heif = _heif_media_type(head)
        if heif:
            return heif
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


def _heif_media_type(head: bytes) -> str | None:
    """image/avif or image/heic from an ISO base media file type box, by its major brand
    first, then its compatible brands; None for other files of that family (videos)."""
    (size,) = struct.unpack(">I", head[:4])
    if size < 16 or size > len(head):
        size = min(len(head), 4096)  # a damaged size: read the brands that are there
    major = head[8:12]
    compatible = [head[i : i + 4] for i in range(16, size - 3, 4)]
    for brands in ([major], compatible):
        if any(b in _AVIF_BRANDS for b in brands):
            return "image/avif"
        if any(b in _HEIC_BRANDS for b in brands):
            return "image/heic"
    if major in _HEIF_BRANDS or any(b in _HEIF_BRANDS for b in compatible):
        return "image/heic"
    return None


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
        # Held until the copy is renamed or removed: a locked .incoming- file is not an orphan.
        locked = _lock_exclusive(fd)
        try:
            try:
                while chunk := read(_CHUNK):
                    digest.update(chunk)
                    _write_all(fd, chunk)
                    size += len(chunk)
                os.fsync(fd)
            finally:
                if not locked:  # Windows cannot rename a file that is still open
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
        finally:
            if locked:
                os.close(fd)  # closing releases the lock

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


def _lock_exclusive(fd: int) -> bool:
    """Take an exclusive advisory lock on a file just created; False where there are none."""
    if fcntl is None:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
    except OSError:
        return False  # a file system without locks: the copy goes on, unlocked
    return True


def incoming_in_progress(path: Path) -> bool:
    """Whether a temporary `.incoming-*` file is being written right now (another process
    or thread holds its lock). False on platforms without `fcntl`, for a file that is gone
    and for one that cannot be opened: then only its age can tell."""
    if fcntl is None:
        return False
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        os.close(fd)  # also releases the lock when it was taken
    return False


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
    follow_symlinks: bool = False,
) -> StoredFile:
    """Check a file a user offers as evidence and store it; raises InvalidInput with the
    reason, or StorageError when the profile's disk cannot take it.

    A source that is a link (symlink) is refused unless `follow_symlinks`: pass True only
    when the agent picked the file themselves, never for files out of archives or mail.
    """
    source = Path(source)
    shown = source.name or str(source)
    info = _stat_source(source, shown, follow_symlinks)
    if info.st_size == 0:
        raise InvalidInput(f"{shown}: the file is empty, so there is nothing to keep.")
    if info.st_size > max_bytes:
        raise InvalidInput(
            f"{shown}: the file is {describe_size(info.st_size)}; evidence files may be at "
            f"most {describe_size(max_bytes)}."
        )
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(source, flags)
    except FileNotFoundError as exc:
        raise InvalidInput(f"{shown}: the file disappeared while it was being read.") from exc
    except PermissionError as exc:
        raise InvalidInput(f"{shown}: you are not allowed to read this file.") from exc
    except OSError as exc:
        if _swapped_for_link(exc, source, follow_symlinks):
            raise _link_refused(shown) from exc
        raise InvalidInput(f"{shown}: the file cannot be read ({exc.strerror or exc}).") from exc
    try:
        opened = os.fstat(fd)
        head = _read(fd, _HEAD, shown)
        sniffed, program = _check_content(source, shown, head, allow_executable)
        reader = _SourceReader(fd, shown, head, expected=opened.st_size)
        try:
            sha, stored_size = blobs.put_stream(
                reader.read,
                check=lambda size: _check_unchanged(source, shown, opened, size, follow_symlinks),
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


def _link_refused(shown: str) -> InvalidInput:
    return InvalidInput(
        f"{shown} is a link to another file; it was not attached, because a link can point "
        "at any file on this computer. Attach the file it points to instead, by picking it "
        "yourself."
    )


def _swapped_for_link(exc: OSError, source: Path, follow_symlinks: bool) -> bool:
    """Whether opening failed because the path became a link after it was checked."""
    if follow_symlinks:
        return False
    return exc.errno in (errno.ELOOP, getattr(errno, "EMLINK", -1)) or source.is_symlink()


def _stat_source(source: Path, shown: str, follow_symlinks: bool = True) -> os.stat_result:
    try:
        info = source.stat() if follow_symlinks else source.lstat()
    except FileNotFoundError as exc:
        raise InvalidInput(f"{shown}: the file does not exist (was it moved or deleted?).") from exc
    except PermissionError as exc:
        raise InvalidInput(f"{shown}: you are not allowed to read this file.") from exc
    except OSError as exc:
        raise InvalidInput(f"{shown}: the file cannot be read ({exc.strerror or exc}).") from exc
    if stat.S_ISLNK(info.st_mode):
        raise _link_refused(shown)
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
    same_family = {claimed, sniffed} <= _SAME_FAMILY
    if claimed and claimed != sniffed and claimed != "text/plain" and not same_family:
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


def _check_unchanged(
    source: Path, shown: str, opened: os.stat_result, size: int, follow_symlinks: bool
) -> None:
    """The copy is whole only if the file still is what was opened, with the size read."""
    try:
        now = source.stat() if follow_symlinks else source.lstat()
    except OSError as exc:
        raise _changed(shown) from exc
    before = (opened.st_ino, opened.st_dev, opened.st_size, opened.st_mtime_ns)
    if size != opened.st_size or (now.st_ino, now.st_dev, now.st_size, now.st_mtime_ns) != before:
        raise _changed(shown)
