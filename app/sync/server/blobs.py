"""Blobs by SHA-256: resumable, hash-checked uploads and downloads, per team.

Files live under `<root>/<team id>/<ab>/<sha256>`; an upload in progress is
`<root>/<team id>/partial/<sha256>` and grows chunk by chunk (a client resumes at the
offset `status` reports). The last chunk is checked against the hash: a match is
fsynced and renamed into place, then the row is marked complete; a mismatch removes
the partial file. Each team holds its own copy: a team reads only what it uploaded.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from app.sync.server.schema import blobs
from app.sync.server.store import Store, now_micros

READ_BYTES = 1024 * 1024


class BlobRefused(Exception):  # noqa: N818 - an answer (4xx), not a bug
    """A chunk that cannot be taken; `status` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str, offset: int | None = None) -> None:
        super().__init__(message)
        self.status, self.offset = status, offset


@dataclass(frozen=True)
class BlobStatus:
    complete: bool
    offset: int
    size: int | None

    def as_json(self) -> dict:
        return {"complete": self.complete, "offset": self.offset, "size": self.size}


class BlobStore:
    """The blob files of every team under `root`, and their rows in `store`."""

    def __init__(self, store: Store, root: Path) -> None:
        self.store, self.root = store, Path(root)
        self._locks: dict[tuple[int, str], threading.Lock] = {}
        self._locks_guard = threading.Lock()

    def path(self, team_id: int, sha256: str) -> Path:
        return self.root / str(team_id) / sha256[:2] / sha256

    def partial_path(self, team_id: int, sha256: str) -> Path:
        return self.root / str(team_id) / "partial" / sha256

    def _lock(self, team_id: int, sha256: str) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault((team_id, sha256), threading.Lock())

    def _row(self, team_id: int, sha256: str) -> sa.Row | None:
        with self.store.read() as connection:
            return connection.execute(
                sa.select(blobs).where(blobs.c.team_id == team_id, blobs.c.sha256 == sha256)
            ).first()

    def status(self, team_id: int, sha256: str) -> BlobStatus:
        row = self._row(team_id, sha256)
        if row is not None and row.complete:
            return BlobStatus(True, row.size, row.size)
        partial = self.partial_path(team_id, sha256)
        offset = partial.stat().st_size if partial.exists() else 0
        return BlobStatus(False, offset, row.size if row is not None else None)

    def complete_file(self, team_id: int, sha256: str) -> Path | None:
        """The file of a blob the team holds complete; None otherwise."""
        row = self._row(team_id, sha256)
        if row is None or not row.complete:
            return None
        path = self.path(team_id, sha256)
        return path if path.is_file() else None

    def put_chunk(
        self, team_id: int, sha256: str, offset: int, total: int, chunks: Iterable[bytes]
    ) -> BlobStatus:
        """Write one chunk at `offset` of a blob of `total` bytes; BlobRefused when the
        offset is past what is held (409, with the offset to resume at), the bytes run past
        `total` (422) or the finished file does not match its hash (422, partial removed)."""
        with self._lock(team_id, sha256):
            current = self.status(team_id, sha256)
            if current.complete:
                return current
            if current.size is not None and current.size != total:
                raise BlobRefused(422, "total differs from the upload in progress")
            if offset > current.offset:
                raise BlobRefused(409, "resume at the offset status reports", current.offset)
            if current.size is None:
                self._record(team_id, sha256, total)
            partial = self.partial_path(team_id, sha256)
            partial.parent.mkdir(parents=True, exist_ok=True)
            written = offset
            with open(partial, "ab" if partial.exists() else "wb") as file:
                file.truncate(offset)  # a chunk sent again (its answer was lost) replaces itself
                file.seek(offset)
                for chunk in chunks:
                    written += len(chunk)
                    if written > total:
                        break
                    file.write(chunk)
                file.flush()
                os.fsync(file.fileno())
            if written > total:
                partial.unlink(missing_ok=True)
                raise BlobRefused(422, "more bytes than the blob's total")
            if written < total:
                return BlobStatus(False, written, total)
            return self._finish(team_id, sha256, total, partial)

    def _record(self, team_id: int, sha256: str, total: int) -> None:
        with self.store.write() as connection:
            exists = connection.execute(
                sa.select(blobs.c.sha256).where(
                    blobs.c.team_id == team_id, blobs.c.sha256 == sha256
                )
            ).first()
            if exists is None:
                connection.execute(
                    blobs.insert().values(
                        team_id=team_id,
                        sha256=sha256,
                        size=total,
                        complete=False,
                        received_at=now_micros(),
                    )
                )
            else:
                connection.execute(
                    blobs.update()
                    .where(blobs.c.team_id == team_id, blobs.c.sha256 == sha256)
                    .values(size=total)
                )

    def _finish(self, team_id: int, sha256: str, total: int, partial: Path) -> BlobStatus:
        digest = hashlib.sha256()
        with open(partial, "rb") as file:
            while block := file.read(READ_BYTES):
                digest.update(block)
        if digest.hexdigest() != sha256:
            partial.unlink(missing_ok=True)
            with self.store.write() as connection:
                connection.execute(
                    blobs.delete().where(blobs.c.team_id == team_id, blobs.c.sha256 == sha256)
                )
            raise BlobRefused(422, "the bytes do not match their SHA-256; upload them again")
        target = self.path(team_id, sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(partial, target)
        _fsync_folder(target.parent)
        with self.store.write() as connection:
            connection.execute(
                blobs.update()
                .where(blobs.c.team_id == team_id, blobs.c.sha256 == sha256)
                .values(complete=True, size=total, received_at=now_micros())
            )
        return BlobStatus(True, total, total)


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
