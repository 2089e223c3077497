"""Thumbnails for the evidence strip: made on the pool a batch at a time, kept in a small cache.

A batch of files (say 200 photos after an import) is ONE pool task that makes
their thumbnails one after another and hands them back in chunks: every
`THUMB_CHUNK` thumbnails, or sooner when `THUMB_CHUNK_SECONDS` have passed, it
reports progress and the main thread takes what is ready. A batch none of whose
files is shown any more (the agent opened another case) is cancelled.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtGui import QIcon, QImage

from app.ui.core.tasks import Job, Task, TaskManager
from app.ui.evidence.thumbnails import make_thumbnail

THUMB_CACHE_SIZE = 400
THUMB_CHUNK = 16  # thumbnails handed back to the main thread at a time
THUMB_CHUNK_SECONDS = 0.05  # ... or sooner, so the first ones show at once

Deliver = Callable[[str, QImage | None], None]


@dataclass(frozen=True)
class ThumbnailRequest:
    """One file to make a thumbnail of: its content hash, where it is, what it is."""

    sha256: str
    path: Path
    media_type: str


class ThumbnailCache:
    """The last few hundred thumbnails, by content hash (kept across the cases shown)."""

    def __init__(self, size: int = THUMB_CACHE_SIZE) -> None:
        self._icons: OrderedDict[str, QIcon] = OrderedDict()
        self._size = size

    def get(self, sha: str) -> QIcon | None:
        icon = self._icons.get(sha)
        if icon is not None:
            self._icons.move_to_end(sha)
        return icon

    def put(self, sha: str, icon: QIcon) -> None:
        self._icons[sha] = icon
        self._icons.move_to_end(sha)
        while len(self._icons) > self._size:
            self._icons.popitem(last=False)


def make_thumbnails(
    job: Job,
    requests: Sequence[ThumbnailRequest],
    out: deque[tuple[str, QImage | None]],
    chunk: int = THUMB_CHUNK,
    chunk_seconds: float = THUMB_CHUNK_SECONDS,
) -> int:
    """Make each request's thumbnail into `out` (on the pool); report after each chunk.

    `out` is read by the main thread when the progress report arrives (a deque's
    append and popleft are safe between threads). Returns how many were made.
    """
    made = 0
    last_report = time.monotonic()
    unreported = 0
    for made, request in enumerate(requests, 1):
        job.check()
        out.append((request.sha256, make_thumbnail(request.path, request.media_type)))
        unreported += 1
        now = time.monotonic()
        if unreported >= chunk or now - last_report >= chunk_seconds:
            job.progress(made, len(requests))
            last_report, unreported = now, 0
    return made


@dataclass(eq=False)
class _Batch:
    shas: frozenset[str]
    out: deque[tuple[str, QImage | None]] = field(default_factory=deque)
    task: Task | None = None


class ThumbnailFeed:
    """Asks the pool for thumbnails, one task per batch, and delivers them on the main thread.

    `deliver(sha, image)` is called once per request (`image` is None when the file
    has no thumbnail: not an image, damaged, missing), unless its batch was dropped.
    """

    def __init__(self, tasks: TaskManager, deliver: Deliver) -> None:
        self._tasks = tasks
        self._deliver = deliver
        self._batches: list[_Batch] = []

    @property
    def in_flight(self) -> frozenset[str]:
        """The hashes whose thumbnails are being made."""
        return frozenset().union(*(batch.shas for batch in self._batches))

    def request(self, requests: Sequence[ThumbnailRequest]) -> None:
        """Make these thumbnails, in this order, in one pool task."""
        if not requests:
            return
        batch = _Batch(frozenset(r.sha256 for r in requests))
        self._batches.append(batch)
        batch.task = self._tasks.start(
            make_thumbnails,
            tuple(requests),
            batch.out,
            on_progress=lambda _done, _total, _text: self._hand_over(batch),
            on_done=lambda _made: self._finish(batch),
            on_cancelled=lambda: self._finish(batch),
            on_error=lambda _error: self._finish(batch),
        )

    def keep_only(self, shas: Iterable[str]) -> None:
        """Cancel the batches none of whose files is among `shas` (no longer shown)."""
        wanted = set(shas)
        for batch in list(self._batches):
            if batch.task is not None and not batch.shas & wanted:
                batch.task.cancel()
                self._batches.remove(batch)

    def _hand_over(self, batch: _Batch) -> None:
        if batch not in self._batches:
            return  # dropped: the thumbnails are of files no longer shown
        while batch.out:
            sha, image = batch.out.popleft()
            self._deliver(sha, image)

    def _finish(self, batch: _Batch) -> None:
        self._hand_over(batch)
        if batch in self._batches:
            self._batches.remove(batch)
