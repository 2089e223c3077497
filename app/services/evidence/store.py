"""Evidence files: checked, then stored once by content under `blobs/ab/abcdef...`.

A file is copied to a temporary name beside its target, fsynced and renamed
into place, all before the database row that refers to it commits, so a crash
never leaves a row pointing at a half-written file (DESIGN.md section 3). A
file that changes or disappears while it is read, a read error or a full disk
leave neither a temporary file nor a blob behind.

Programs (executables, scripts, installers) are refused unless the caller
allows them: a buyer's program can be evidence, but it is never run. A link
(symlink) is refused unless the caller says the agent picked it: a link that
arrives in an archive or a mail could point at any file of the agent's. What a
file is (its type, whether it is a program, its safe name) is told by
`store_types.py`, whose names are also importable from here.

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
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; doctor falls back on the file's age
    fcntl = None  # type: ignore[assignment]

from app.models.db import storage_error_from
from app.services.core.durable import fsync_folder
from app.services.core.errors import InvalidInput
from app.services.evidence.store_types import (
    HEAD_BYTES,
    MARKETPLACE_ATTACHMENT_LIMIT,
    MAX_EVIDENCE_BYTES,
    MB,
    PROGRAM_TYPES,
    check_content,
    describe_media_type,
    describe_size,
    guess_kind,
    is_program,
    looks_executable,
    program_description,
    sanitise_name,
    size_warning,
    sniff_media_type,
)

# What the rest of the services import from here, the blob store's and the file types'.
__all__ = [
    "MARKETPLACE_ATTACHMENT_LIMIT",
    "MAX_EVIDENCE_BYTES",
    "MB",
    "PROGRAM_TYPES",
    "TEMP_PREFIX",
    "BlobStore",
    "StoredFile",
    "describe_media_type",
    "describe_size",
    "guess_kind",
    "incoming_in_progress",
    "is_program",
    "looks_executable",
    "program_description",
    "sanitise_name",
    "size_warning",
    "sniff_media_type",
    "store_evidence_file",
]

log = logging.getLogger(__name__)

# Files being copied in are named so; `doctor` reports old ones left by a crash.
TEMP_PREFIX = ".incoming-"
_CHUNK = MB


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
        head = _read(fd, HEAD_BYTES, shown)
        sniffed, program = check_content(source, shown, head, allow_executable)
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
