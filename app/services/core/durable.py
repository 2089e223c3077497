"""Writing a file so that a crash leaves the old file or the new one, never half of one.

The new content goes to a temporary file beside the target, is fsynced and
renamed over it; the folder is fsynced so the rename itself survives a power
cut (DESIGN.md section 3). Failures become a StorageError in words (disk
full, read-only folder) and leave no temporary file behind.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from app.models.db import storage_error_from
from app.models.files import fsync_folder
from app.services.core.errors import InvalidInput


class TargetExists(InvalidInput):
    """The chosen output file exists and replacing it was not allowed (yet)."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


def check_output_target(target: Path, profile_root: Path | None, *, overwrite: bool) -> Path:
    """The absolute path to write a new file `target` to, or InvalidInput saying why not.

    Refused: anything inside the profile folder (its database, stored files, logs),
    whichever symbolic links lead there; a name that exists and is not a regular
    file (a folder, a symbolic link, a FIFO, a device or a socket: writing would
    replace it, or hang, or follow the link); and an existing regular file unless
    `overwrite` (then `TargetExists`, so that the caller can ask or point at --force).
    """
    path = Path(target).expanduser().absolute()
    try:
        parent = path.parent.resolve(strict=True)
    except FileNotFoundError:
        raise InvalidInput(f"{path.parent}: this folder does not exist.") from None
    except (OSError, RuntimeError) as exc:  # a symbolic link loop, a permission problem
        raise InvalidInput(f"{path.parent}: this folder cannot be used ({exc}).") from None
    if not parent.is_dir():
        raise InvalidInput(f"{path.parent}: this is not a folder.")
    if not path.name or path.name in (".", ".."):
        raise InvalidInput(f"{path}: give a file name, not a folder.")
    resolved = parent / path.name
    if profile_root is not None:
        try:
            root = Path(profile_root).expanduser().absolute().resolve()
        except (OSError, RuntimeError):
            root = Path(profile_root).expanduser().absolute()
        if resolved == root or root in resolved.parents or _same_folder_above(parent, root):
            raise InvalidInput(
                f"{path}: this is inside the profile folder {root}; writing there could "
                "destroy the profile. Choose a file outside it."
            )
    try:
        info = os.lstat(resolved)
    except FileNotFoundError:
        return resolved
    except OSError as exc:
        raise InvalidInput(f"{path}: this file cannot be used ({exc.strerror or exc}).") from None
    mode = info.st_mode
    if stat.S_ISLNK(mode):
        raise InvalidInput(
            f"{path}: this is a symbolic link; give the file itself or another name."
        )
    if stat.S_ISDIR(mode):
        raise InvalidInput(f"{path}: this is a folder; give a file name.")
    if not stat.S_ISREG(mode):
        what = (
            "a named pipe (FIFO)"
            if stat.S_ISFIFO(mode)
            else "a device"
            if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a socket"
            if stat.S_ISSOCK(mode)
            else "a special file"
        )
        raise InvalidInput(f"{path}: this is {what}, not a regular file; give another name.")
    if not overwrite:
        raise TargetExists(f"{path}: this file already exists.", resolved)
    return resolved


def _same_folder_above(folder: Path, root: Path) -> bool:
    """Whether `folder` or a folder above it is `root` itself, by device and inode: the
    same folder can have other paths (a bind mount, another letter case on macOS or
    Windows, a hard-linked or renamed parent) that no comparison of names catches."""
    try:
        target = os.stat(root)
    except OSError:
        return False
    identity = (target.st_dev, target.st_ino)
    for above in (folder, *folder.parents):
        try:
            info = os.stat(above)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) == identity:
            return True
    return False


def _new_file_mode() -> int:
    """The mode `open()` gives a new file under this process's umask (read, not changed:
    os.umask() would change it for every thread for a moment)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o644


_NEW_FILE_MODE = _new_file_mode()


@contextmanager
def replacing(target: Path, *, prefix: str = ".saving-") -> Iterator[BinaryIO]:
    """Write `target` through the yielded file; it replaces `target` only if the block ends well."""
    target = Path(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=target.parent)
    except OSError as exc:
        translated = storage_error_from(exc, target)
        if translated is None:
            raise
        raise translated from exc
    tmp = Path(tmp_name)
    try:
        if hasattr(os, "fchmod"):  # mkstemp makes 0600: a saved bundle is for colleagues too
            os.fchmod(fd, _NEW_FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        fsync_folder(target.parent)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and (translated := storage_error_from(exc, target)):
            raise translated from exc
        raise
