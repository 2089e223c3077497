"""The raw messages of a batch into the blob store, durably, with one flush for all.

The same content-addressed store and layout as evidence (`blobs/ab/abcdef...`, see
`evidence/store.py`), and the same promise: every file is on disk and renamed into
place before a row refers to it. What differs is the cost: `BlobStore.put_bytes`
fsyncs each file and its folder (two disk flushes a message, most of an import's time
for small mails); here a batch's files are written, flushed to disk together, renamed,
and the renames flushed together. On Linux one `syncfs()` of the blob store's file
system does each flush; elsewhere each file and folder is fsynced as `put_bytes` does.

While a copy is being written its `.incoming-*` file holds an exclusive advisory lock,
as `put_stream`'s do, so a clean-up running meanwhile never takes it for a stray copy.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from app.services.core.durable import fsync_folder
from app.services.evidence.store import TEMP_PREFIX, BlobStore

try:
    import fcntl
except ImportError:  # Windows: no advisory locks
    fcntl = None  # type: ignore[assignment]


def _load_syncfs():  # noqa: ANN202
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        function = libc.syncfs
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int]
    function.restype = ctypes.c_int
    return function


_SYNCFS = _load_syncfs()


def put_many(blobs: BlobStore, contents: Sequence[bytes]) -> list[str]:
    """Store each of `contents` (raw messages); returns their SHA-256s in order. Content
    already stored (and intact) is only touched. Whatever goes wrong, no temporary file
    is left and no blob is half-written."""
    blobs.root.mkdir(parents=True, exist_ok=True)
    shas = [hashlib.sha256(data).hexdigest() for data in contents]
    incoming: dict[str, tuple[int, Path]] = {}  # sha -> (locked fd, temporary file)
    try:
        for sha, data in zip(shas, contents, strict=True):
            if sha in incoming or _already_stored(blobs, sha):
                continue
            fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=blobs.root)
            incoming[sha] = (fd, Path(name))
            _lock(fd)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        if not incoming:
            return shas
        _flush(blobs.root, [fd for fd, _path in incoming.values()], [])
        if fcntl is None:  # Windows cannot rename a file that is still open
            for sha, (fd, path) in list(incoming.items()):
                os.close(fd)
                incoming[sha] = (-1, path)
        folders = set()
        for sha, (_fd, path) in incoming.items():
            target = blobs.path_for(sha)
            target.parent.mkdir(exist_ok=True)
            os.replace(path, target)
            folders.add(target.parent)
        _flush(blobs.root, [], sorted(folders))
    finally:
        for fd, path in incoming.values():
            if fd >= 0:
                os.close(fd)  # also releases the lock
            path.unlink(missing_ok=True)  # only still there when something failed
    return shas


def _already_stored(blobs: BlobStore, sha: str) -> bool:
    target = blobs.path_for(sha)
    if not target.is_file() or BlobStore.hash_of(target) != sha:
        return False  # new, or a copy altered on disk: a fresh copy replaces it
    try:
        os.utime(target)  # in use again: a clean-up must not take it as an old orphan
    except OSError:
        pass
    return True


def _lock(fd: int) -> None:
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:
            pass  # a file system without locks: the copy goes on, unlocked


def _flush(root: Path, fds: list[int], folders: list[Path]) -> None:
    """Make the written files (`fds`) or the renames into `folders` durable."""
    if _SYNCFS is not None:
        fd = os.open(root, os.O_RDONLY)
        try:
            if _SYNCFS(fd) != 0:
                error = ctypes.get_errno()
                raise OSError(error, os.strerror(error), str(root))
        finally:
            os.close(fd)
        return
    for fd in fds:
        os.fsync(fd)
    for folder in folders:
        fsync_folder(folder)
