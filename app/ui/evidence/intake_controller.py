"""Adding files to a case without making anything else wait for them.

Checking, hashing and copying each file into the blob store runs on the pool
as a long task, with progress after each file and a cancel check between files
(`intake.store_files`). Only then do the rows go through the single database
writer, in one short write (`intake.record_evidence`), so a reply sent during a
200-photo import waits milliseconds for it, not the whole import
(DESIGN.md section 4: blobs on the pool, rows through the writer).
"""

from __future__ import annotations

import shutil
import uuid
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.services.core.profile import Profile
from app.services.evidence.intake import (
    AttachResult,
    StoredFiles,
    record_evidence,
    store_again,
    store_files,
)
from app.ui.core.tasks import Job, Task, TaskManager


def store_in_background(
    job: Job, profile: Profile, paths: list[Path], allow_executable: bool
) -> StoredFiles:
    """The pool step: `store_files` reporting to `job` and stopping when it is cancelled
    (between files: the ones stored so far are still recorded)."""
    return store_files(
        profile,
        paths,
        allow_executable=allow_executable,
        progress=job.progress,
        cancelled=lambda: job.cancelled,
    )


def remove_scratch(scratch: Path) -> None:
    """Pasted pictures are copies of customer data: their folder goes once they are in."""
    shutil.rmtree(scratch, ignore_errors=True)


class EvidenceIntake(QObject):
    """Adds one batch of files at a time to a case: stored on the pool, then recorded.

    Signals:
        progress(int, int, str): files done, of how many, and the name of the last one.
        finished(object): the `AttachResult`, once the rows are written.
        failed(object): the error that stopped the intake; files recorded before it
            were reported by `finished` first.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, profile: Profile, tasks: TaskManager, parent: QObject | None = None):
        super().__init__(parent)
        self._profile = profile
        self._tasks = tasks
        self._case_id: uuid.UUID | None = None
        self._allow = False
        self._scratch: Path | None = None
        self._storing: Task | None = None
        self._so_far: AttachResult | None = None  # recorded before a retry of removed copies

    @property
    def running(self) -> bool:
        return self._case_id is not None

    def start(
        self,
        case_id: uuid.UUID,
        paths: list[Path],
        *,
        allow_executable: bool = False,
        scratch: Path | None = None,
    ) -> None:
        """Add `paths` to the case; `scratch`: a folder of pasted pictures, removed after."""
        if self.running:
            raise RuntimeError("an intake is already running")
        self._case_id, self._allow, self._scratch = case_id, allow_executable, scratch
        self._storing = self._tasks.start(
            store_in_background,
            self._profile,
            list(paths),
            allow_executable,
            on_done=self._record,
            on_error=self._failed,
            on_progress=self.progress.emit,
        )

    def cancel(self) -> bool:
        """Stop after the file being stored; False when storing is already over."""
        if self._storing is None or self._storing.done():
            return False
        # Only the job is told: the task still runs, sees it between files and hands back
        # what it stored, which is recorded (never dropped half-way).
        self._storing.job.cancel()
        return True

    def _record(self, stored: StoredFiles, *, again: bool = False) -> None:
        self._storing = None
        self._tasks.write(
            partial(record_evidence, self._profile, self._case_id, stored, again=again),
            on_done=self._recorded,
            on_error=self._failed,
        )

    def _recorded(self, result: AttachResult) -> None:
        if self._so_far is not None:
            result = self._so_far.then(result)
        if result.removed and self._so_far is None:
            # A clean-up took stored copies before their rows were written: store those
            # files again (on the pool) and record them once more.
            self._so_far = result
            self._tasks.run(
                partial(store_again, self._profile, result.removed, allow_executable=self._allow),
                on_done=partial(self._record, again=True),
                on_error=self._failed,
            )
            return
        self._end()
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        done = self._so_far
        self._end()
        if done is not None:  # what was written stays written, and is published
            self.finished.emit(done)
        self.failed.emit(error)

    def _end(self) -> None:
        if self._scratch is not None:
            self._tasks.run(remove_scratch, self._scratch)
        self._case_id = self._scratch = self._storing = self._so_far = None
