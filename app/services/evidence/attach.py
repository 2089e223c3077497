"""Attaching files to a case, and editing, removing and restoring them.

Each file is checked and stored, then recorded in its own write transaction,
so a failure at file 7 keeps files 1 to 6 and says what became of 7 to n.
Every change is logged in the operation log and returns a `Changes`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.entities import Case, Evidence
from app.models.enums import EvidenceKind
from app.models.ids import new_id
from app.services.core.changes import Changes
from app.services.core.errors import InvalidInput, NotFound, StorageError
from app.services.core.profile import Profile
from app.services.core.validation import clean_line, enum_value
from app.services.evidence.store import StoredFile, guess_kind, store_evidence_file

MAX_CAPTION_CHARS = 2000
EVIDENCE_KINDS: tuple[str, ...] = tuple(k.value for k in EvidenceKind)

# Leave a value as it is (None means "no caption").
UNCHANGED: object = object()


NOT_ADDED_CANCELLED = "Not added: adding was cancelled."


@dataclass(frozen=True)
class AttachResult:
    """What `attach_files` did: the new evidence ids, and each file it did not add, why."""

    changes: Changes
    added: list[uuid.UUID] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False


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
    """Attach several files, one write transaction each.

    `picked_by_agent`: the agent chose these paths (a drop, the file dialog, the command
    line), so a symbolic link is followed; files from an archive or a mail are not.

    A file that is refused (empty, too big, a program, already attached...)
    is reported and the next one is tried. A storage problem (disk full, the
    database locked) stops the run: that file and the rest are reported.
    `progress(done, total, name)` runs after each file; `cancelled()` is
    asked before each file and stops the run between files.
    """
    kind, caption = _check_fields(kind, caption)
    with profile.read() as session:
        _live_case(session, case_id)
    added: list[uuid.UUID] = []
    refused: list[tuple[str, str]] = []
    warnings: list[str] = []
    stopped = False
    total = len(paths)
    for index, path in enumerate(paths):
        name = Path(path).name or str(path)
        if cancelled is not None and cancelled():
            stopped = True
            refused += [(Path(p).name, NOT_ADDED_CANCELLED) for p in paths[index:]]
            break
        try:
            for attempt in (1, 2):
                stored = store_for(
                    profile,
                    Path(path),
                    allow_executable=allow_executable,
                    picked_by_agent=picked_by_agent,
                )
                try:
                    evidence_id = record_evidence(
                        profile, case_id, stored, name, kind=kind, caption=caption
                    )
                    break
                except BlobRemoved:
                    if attempt == 2:
                        raise  # a clean-up removed it twice in a row: say so
            added.append(evidence_id)
            warnings += stored.warnings
        except (InvalidInput, NotFound) as exc:
            refused.append((name, str(exc)))
        except StorageError as exc:
            refused.append((name, str(exc)))
            refused += [
                (Path(p).name, "Not added: stopped by the problem with an earlier file.")
                for p in paths[index + 1 :]
            ]
            break
        finally:
            if progress is not None:
                progress(index + 1, total, name)
    changes = Changes(cases=frozenset({case_id}), evidence=frozenset(added)) if added else Changes()
    return AttachResult(changes, added, refused, warnings, cancelled=stopped)


class BlobRemoved(StorageError):
    """The stored copy went away between storing it and writing its row (a clean-up ran)."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"The stored copy of {name} was removed by a clean-up running at the same time; "
            "add the file again.",
            kind="blob_missing",
        )


def store_for(
    profile: Profile,
    path: Path,
    *,
    allow_executable: bool = False,
    picked_by_agent: bool = True,
) -> StoredFile:
    """Check and store one file under the profile's size limit. A symbolic link is followed
    only when the agent picked the path (`picked_by_agent`), never for archives or mail."""
    profile.check_writable()
    return store_evidence_file(
        profile.blobs,
        path,
        max_bytes=profile.evidence_max_bytes,
        allow_executable=allow_executable,
        follow_symlinks=picked_by_agent,
    )


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


def record_evidence(
    profile: Profile,
    case_id: uuid.UUID,
    stored: StoredFile,
    shown: str,
    *,
    kind: str | None = None,
    caption: str | None = None,
    message_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """The row for a stored file, in one transaction; refuses content already on the case."""
    with profile.write() as session:
        case = _live_case(session, case_id)
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
        return row.id


def insert_evidence(
    session: Session,
    profile: Profile,
    case_id: uuid.UUID,
    stored: StoredFile,
    message_id: uuid.UUID | None,
    kind: str | None,
    caption: str | None,
    now: dt.datetime,
    *,
    added_by: str | None = None,
) -> Evidence:
    """The evidence row; `added_by` is the buyer for files that came with their message.

    Runs under the write lock, which `clean_orphans` holds while it removes files: a copy
    that is here now stays until this transaction commits."""
    if not profile.blobs.exists(stored.sha256):
        raise BlobRemoved(stored.name)
    row = Evidence(
        id=new_id(),
        case_id=case_id,
        message_id=message_id,
        sha256=stored.sha256,
        size=stored.size,
        media_type=stored.media_type,
        original_name=stored.name,
        kind=kind or guess_kind(stored.media_type).value,
        caption=caption,
        captured_at=stored.captured_at,
        added_at=now,
        added_by=added_by or profile.agent,
    )
    session.add(row)
    session.flush()
    profile.ops.record_create(session, "evidence", row, case_id=case_id)
    return row


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


def _check_fields(kind: str | None, caption: str | None) -> tuple[str | None, str | None]:
    if kind is not None:
        kind = enum_value(EvidenceKind, kind, "evidence kind")
    caption = clean_line(caption, "caption", MAX_CAPTION_CHARS, required=False)
    return kind, caption or None


def _live_case(session: Session, case_id: uuid.UUID) -> Case:
    case = session.get(Case, case_id)
    if case is None or case.deleted_at is not None:
        raise NotFound(f"There is no case with id {case_id}.")
    return case


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
