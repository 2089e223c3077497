"""Writing a file so that a crash leaves the old file or the new one, never half of one.

The new content goes to a temporary file beside the target, is fsynced and
renamed over it; the folder is fsynced so the rename itself survives a power
cut (DESIGN.md section 3). Failures become a StorageError in words (disk
full, read-only folder) and leave no temporary file behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from app.models.db import storage_error_from


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


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable; not possible (nor needed) on every platform."""
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
