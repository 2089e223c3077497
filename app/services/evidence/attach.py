"""Attaching files to a case, and editing, removing and restoring them.

Adding runs in two steps (`intake.py`): the files are stored with no database
open, then their rows are written in one short transaction; `attach_files`
runs both for the command line and tests. A failure at file 7 keeps files 1
to 6 and says what became of 7 to n. Every change is logged in the operation
log and returns a `Changes`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.entities import Case, Evidence
from app.models.enums import EvidenceKind
from app.services.core.changes import Changes
from app.services.core.errors import InvalidInput, NotFound, StorageError
from app.services.core.profile import Profile
from app.services.core.validation import clean_line, enum_value
from app.services.evidence import intake
from app.services.evidence.intake import (
    MAX_CAPTION_CHARS,
    NOT_ADDED_CANCELLED,
    AttachResult,
    BlobRemoved,
    check_fields,
    insert_evidence,
    live_case,
    store_again,
    store_files,
    store_for,
)
from app.services.evidence.store import StoredFile

# Names the rest of the services and the command line import from here.
__all__ = [
    "EVIDENCE_KINDS",
    "FileRecorded",
    "NOT_ADDED_CANCELLED",
    "UNCHANGED",
    "AttachResult",
    "BlobRemoved",
    "attach_files",
    "insert_evidence",
    "record_stored_file",
    "remove_evidence",
    "restore_evidence",
    "store_for",
    "store_new_case_files",
    "update_evidence",
]

EVIDENCE_KINDS: tuple[str, ...] = tuple(k.value for k in EvidenceKind)

# Leave a value as it is (None means "no caption").
UNCHANGED: object = object()


def attach_files(
    profile: Profile,
    case_id: uuid.UUID,
    paths: Sequence[Path | str],
    *,
    kind: str | None = None,
    caption: str | None = None,
    allow_executable: bool = False,
    picked_by_agent: bool = True,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> AttachResult:
    """Attach several files: `intake.store_files`, then `intake.record_evidence`.

    `picked_by_agent`: the agent chose these paths (a drop, the file dialog, the command
    line), so a symbolic link is followed; files from an archive or a mail are not.

    A file that is refused (empty, too big, a program, already attached...)
    is reported and the next one is tried. A storage problem (disk full)
    stops the run: that file and the rest are reported.
    `progress(done, total, name)` runs after each file is stored; `cancelled()`
    is asked before each file and stops the run between files.
    """
    kind, caption = check_fields(kind, caption)
    with profile.read() as session:
        live_case(session, case_id)
    options = {"allow_executable": allow_executable, "picked_by_agent": picked_by_agent}
    stored = store_files(profile, paths, progress=progress, cancelled=cancelled, **options)
    result = intake.record_evidence(profile, case_id, stored, kind=kind, caption=caption)
    if result.removed:  # a clean-up took stored copies before their rows: once more
        again = store_again(profile, result.removed, **options)
        retry = intake.record_evidence(
            profile, case_id, again, kind=kind, caption=caption, again=True
        )
        result = result.then(retry)
    return result


def store_new_case_files(
    profile: Profile, paths: Sequence[Path | str], *, picked_by_agent: bool = True
) -> list[StoredFile]:
    """The files of a new case, all stored before its rows are written; the same content
    twice is refused, as a second attach to one case is."""
    stored: list[StoredFile] = []
    for path in paths:
        file = store_for(profile, Path(path), picked_by_agent=picked_by_agent)
        earlier = next((s for s in stored if s.sha256 == file.sha256), None)
        if earlier is not None:
            raise InvalidInput(
                f"{Path(path).name} is the same file as {earlier.name}; attach it once."
            )
        stored.append(file)
    return stored


@dataclass(frozen=True)
class FileRecorded:
    """What `record_stored_file` wrote: the new evidence file's id."""

    changes: Changes
    evidence_id: uuid.UUID


def record_stored_file(
    profile: Profile,
    case_id: uuid.UUID,
    stored: StoredFile,
    shown: str,
    *,
    kind: str | None = None,
    caption: str | None = None,
    message_id: uuid.UUID | None = None,
) -> FileRecorded:
    """The row for one stored file, in one transaction; refuses content already on the
    case. Several files: `intake.record_evidence`."""
    with profile.write() as session:
        case = live_case(session, case_id)
        existing = session.scalar(
            select(Evidence.original_name)
            .where(
                Evidence.case_id == case_id,
                Evidence.sha256 == stored.sha256,
                Evidence.deleted_at.is_(None),
            )
            .limit(1)
        )
        if existing is not None:
            raise InvalidInput(f"{shown} is already attached to this case as {existing}.")
        now = profile.now()
        row = insert_evidence(session, profile, case_id, stored, message_id, kind, caption, now)
        case.updated_at = now
        evidence_id = row.id
    return FileRecorded(
        Changes(cases=frozenset({case_id}), evidence=frozenset({evidence_id})), evidence_id
    )


# ----------------------------------------------------------------------------- editing


def update_evidence(
    profile: Profile,
    evidence_id: uuid.UUID,
    *,
    kind: str | object = UNCHANGED,
    caption: str | None | object = UNCHANGED,
) -> Changes:
    """Change a file's kind and/or caption (None or blank clears the caption)."""
    diff_wanted: dict[str, object] = {}
    if kind is not UNCHANGED:
        diff_wanted["kind"] = enum_value(EvidenceKind, kind, "evidence kind")
    if caption is not UNCHANGED:
        text = clean_line(caption, "caption", MAX_CAPTION_CHARS, required=False)
        diff_wanted["caption"] = text or None
    with profile.write() as session:
        row = _evidence(session, evidence_id)
        diff = {
            name: [getattr(row, name), value]
            for name, value in diff_wanted.items()
            if getattr(row, name) != value
        }
        if not diff:
            return Changes()
        for name, (_before, after) in diff.items():
            setattr(row, name, after)
        _log(session, profile, row, "update", diff)
    return _changed(row)


def remove_evidence(profile: Profile, evidence_id: uuid.UUID) -> Changes:
    """Take a file off its case (a tombstone: history, undo and sync keep working)."""
    with profile.write() as session:
        row = _evidence(session, evidence_id)
        if row.deleted_at is not None:
            return Changes()
        row.deleted_at = profile.now()
        _log(session, profile, row, "delete", {"deleted_at": [None, row.deleted_at]})
    return _changed(row)


def restore_evidence(profile: Profile, evidence_id: uuid.UUID) -> Changes:
    """Undo `remove_evidence`."""
    with profile.write() as session:
        row = _evidence(session, evidence_id)
        if row.deleted_at is None:
            return Changes()
        if not profile.blobs.exists(row.sha256):
            raise StorageError(
                f"The file {row.original_name} is missing from the profile's blobs folder, "
                "so it cannot be restored; run 'workbench doctor' for details.",
                kind="blob_missing",
            )
        again = session.scalar(
            select(Evidence.original_name).where(
                Evidence.case_id == row.case_id,
                Evidence.sha256 == row.sha256,
                Evidence.deleted_at.is_(None),
            )
        )
        if again is not None:
            raise InvalidInput(
                f"{row.original_name} cannot be put back: the same file was attached again "
                f"since, as {again}."
            )
        _log(session, profile, row, "restore", {"deleted_at": [row.deleted_at, None]})
        row.deleted_at = None
    return _changed(row)


def _evidence(session: Session, evidence_id: uuid.UUID) -> Evidence:
    row = session.get(Evidence, evidence_id)
    if row is None:
        raise NotFound(f"There is no evidence file with id {evidence_id}.")
    case = session.get(Case, row.case_id)
    if case is None or case.deleted_at is not None:
        raise NotFound(f"The case of evidence file {row.original_name} was deleted.")
    return row


def _log(session: Session, profile: Profile, row: Evidence, action: str, diff: dict) -> None:
    """One operation; "name" says which file for the history, whatever changed."""
    now = profile.now()
    profile.ops.record(
        session,
        entity="evidence",
        entity_id=row.id,
        action=action,
        data={**diff, "name": row.original_name},
        case_id=row.case_id,
    )
    case = session.get(Case, row.case_id)
    case.updated_at = now


def _changed(row: Evidence) -> Changes:
    return Changes(cases=frozenset({row.case_id}), evidence=frozenset({row.id}))
