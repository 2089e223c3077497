"""Exporting a case's evidence as one zip for a claim, on the pool with progress.

The export only reads the database and the blob store, so it never waits on (or
holds up) the database writer.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.services.core.profile import Profile
from app.services.evidence.export import ExportResult, export_bundle
from app.ui.core.tasks import Job, TaskManager


def export_in_background(
    job: Job, profile: Profile, case_id: uuid.UUID, out: Path, keep_location: bool
) -> ExportResult:
    """The pool step: `export_bundle` reporting each file to `job`."""
    return export_bundle(profile, case_id, out, keep_location=keep_location, progress=job.progress)


class EvidenceExport(QObject):
    """Writes one bundle at a time.

    Signals:
        progress(int, int, str): files written, of how many, and the last one's name.
        finished(object): the `ExportResult`.
        failed(object): the error that stopped the export (no half zip is left).
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, profile: Profile, tasks: TaskManager, parent: QObject | None = None):
        super().__init__(parent)
        self._profile = profile
        self._tasks = tasks

    def start(self, case_id: uuid.UUID, out: Path, *, keep_location: bool) -> None:
        self._tasks.start(
            export_in_background,
            self._profile,
            case_id,
            out,
            keep_location,
            on_done=self.finished.emit,
            on_error=self.failed.emit,
            on_progress=self.progress.emit,
        )
