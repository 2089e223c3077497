"""Adding files to a case in two steps, so that the database writer never waits on a disk.

1. `store_files` touches no database: each file is checked, hashed and copied
   durably into the blob store (`store.py`), with progress after each file and a
   cancel check between files. The UI runs it on the pool.
2. `record_evidence` is one short write transaction: the rows and operations of
   the stored files. Content already on the case is refused by name. A stored copy
   that a clean-up (`doctor --clean-orphans`) removed between the two steps is handed
   back in `AttachResult.removed`: store those files again and record them once more
   (`again=True`), so no file is lost to the race.

Every blob is on disk, fsynced and renamed into place, before the row that refers
to it commits (DESIGN.md section 3). `attach.attach_files` runs both steps in one
call for the command line and tests.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.models.entities import Case, Evidence
from app.models.enums import EvidenceKind
from app.models.ids import new_id
from app.services.core.changes import Changes
from app.services.core.errors import NotFound, StorageError
from app.services.core.profile import Profile
from app.services.core.validation import clean_line, enum_value
from app.services.evidence.store import StoredFile, guess_kind, store_evidence_file

MAX_CAPTION_CHARS = 2000
NOT_ADDED_CANCELLED = "Not added: adding was cancelled."
NOT_ADDED_STOPPED = "Not added: stopped by the problem with an earlier file."

Progress = Callable[[int, int, str], None]


class BlobRemoved(StorageError):
    """The stored copy went away between storing it and writing its row (a clean-up ran)."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"The stored copy of {name} was removed by a clean-up running at the same time; "
            "add the file again.",
            kind="blob_missing",
        )


@dataclass(frozen=True)
class StoredItem:
    """One file of an intake, in the blob store and waiting for its row."""

    position: int  # where it was in the list offered, so that reports keep that order
    path: Path  # where it came from, to store it again if a clean-up takes the copy
    shown: str  # its name as the agent knows it
    file: StoredFile


@dataclass(frozen=True)
class StoredFiles:
    """What `store_files` did: the files now stored, and each one it refused, why."""

    items: tuple[StoredItem, ...] = ()
    refused: tuple[tuple[int, str, str], ...] = ()  # (position, file name, reason)
    cancelled: bool = False


@dataclass(frozen=True)
class AttachResult:
    """What an intake did: the new evidence ids, and each file it did not add, why.

    `removed`: files whose stored copy a clean-up took before their row was written;
    store them again and record them with `again=True` (empty after that)."""

    changes: Changes
    added: list[uuid.UUID] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False
    removed: tuple[StoredItem, ...] = ()

    def then(self, retry: AttachResult) -> AttachResult:
        """This result followed by the one of storing and recording `removed` again."""
        return AttachResult(
            changes=self.changes | retry.changes,
            added=self.added + retry.added,
            refused=self.refused + retry.refused,
            warnings=self.warnings + retry.warnings,
            cancelled=self.cancelled or retry.cancelled,
            removed=retry.removed,
        )


# ----------------------------------------------------------------------------- step 1: store


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


def store_files(
    profile: Profile,
    paths: Sequence[Path | str],
    *,
    allow_executable: bool = False,
    picked_by_agent: bool = True,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> StoredFiles:
    """Check, hash and store each file in the blob store; no database is touched.

    A file that is refused (empty, too big, a program...) is reported and the next one
    is tried. A storage problem (disk full) stops the run: that file and the rest are
    reported. `progress(done, total, name)` runs after each file; `cancelled()` is asked
    before each one: the files stored so far are kept, the rest reported as not added.
    """
    items: list[StoredItem] = []
    refused: list[tuple[int, str, str]] = []
    total = len(paths)
    for index, path in enumerate(paths):
        name = _shown(path)
        if cancelled is not None and cancelled():
            refused += [(i, _shown(p), NOT_ADDED_CANCELLED) for i, p in _rest(paths, index)]
            return StoredFiles(tuple(items), tuple(refused), cancelled=True)
        try:
            stored = store_for(
                profile,
                Path(path),
                allow_executable=allow_executable,
                picked_by_agent=picked_by_agent,
            )
            items.append(StoredItem(index, Path(path), name, stored))
        except StorageError as exc:
            refused.append((index, name, str(exc)))
            refused += [(i, _shown(p), NOT_ADDED_STOPPED) for i, p in _rest(paths, index + 1)]
            break
        except UserError as exc:
            refused.append((index, name, str(exc)))
        finally:
            if progress is not None:
                progress(index + 1, total, name)
    return StoredFiles(tuple(items), tuple(refused))


def store_again(
    profile: Profile,
    removed: Sequence[StoredItem],
    *,
    allow_executable: bool = False,
    picked_by_agent: bool = True,
) -> StoredFiles:
    """`store_files` for the files a clean-up took (`AttachResult.removed`), keeping
    their positions in the list first offered."""
    again = store_files(
        profile,
        [item.path for item in removed],
        allow_executable=allow_executable,
        picked_by_agent=picked_by_agent,
    )
    position = [item.position for item in removed]
    return StoredFiles(
        tuple(replace(item, position=position[item.position]) for item in again.items),
        tuple((position[i], name, reason) for i, name, reason in again.refused),
    )


def _shown(path: Path | str) -> str:
    return Path(path).name or str(path)


def _rest(paths: Sequence[Path | str], start: int) -> list[tuple[int, Path | str]]:
    return list(enumerate(paths))[start:]


# ----------------------------------------------------------------------------- step 2: record


def check_fields(kind: str | None, caption: str | None) -> tuple[str | None, str | None]:
    """The kind and caption given for an intake, checked and cleaned (None: guess, none)."""
    if kind is not None:
        kind = enum_value(EvidenceKind, kind, "evidence kind")
    caption = clean_line(caption, "caption", MAX_CAPTION_CHARS, required=False)
    return kind, caption or None


def record_evidence(
    profile: Profile,
    case_id: uuid.UUID,
    stored: StoredFiles,
    *,
    kind: str | None = None,
    caption: str | None = None,
    again: bool = False,
) -> AttachResult:
    """The rows and operations of the stored files, in one short transaction.

    Content already on the case (or twice in `stored`) is refused by name. A stored copy
    a clean-up took meanwhile goes to `result.removed`, or, when this is already the
    second try (`again`), is refused. The refusals of `store_files` come through, all in
    the order the files were offered.
    """
    kind, caption = check_fields(kind, caption)
    added: list[tuple[int, uuid.UUID]] = []
    refused = list(stored.refused)
    warnings: list[tuple[int, str]] = []
    removed: list[StoredItem] = []
    if stored.items:
        with profile.write() as session:
            case = live_case(session, case_id)
            now = profile.now()
            for item in stored.items:
                existing = session.scalar(
                    select(Evidence.original_name)
                    .where(
                        Evidence.case_id == case_id,
                        Evidence.sha256 == item.file.sha256,
                        Evidence.deleted_at.is_(None),
                    )
                    .limit(1)
                )
                if existing is not None:
                    reason = f"{item.shown} is already attached to this case as {existing}."
                    refused.append((item.position, item.shown, reason))
                    continue
                try:
                    row = insert_evidence(
                        session, profile, case_id, item.file, None, kind, caption, now
                    )
                except BlobRemoved as exc:
                    if again:  # a clean-up removed it twice in a row: say so
                        refused.append((item.position, item.shown, str(exc)))
                    else:
                        removed.append(item)
                    continue
                added.append((item.position, row.id))
                warnings += [(item.position, w) for w in item.file.warnings]
            if added:
                case.updated_at = now
    ids = [evidence_id for _position, evidence_id in added]
    changes = Changes(cases=frozenset({case_id}), evidence=frozenset(ids)) if ids else Changes()
    return AttachResult(
        changes,
        ids,
        [(name, reason) for _position, name, reason in sorted(refused, key=lambda r: r[0])],
        [text for _position, text in sorted(warnings, key=lambda w: w[0])],
        cancelled=stored.cancelled,
        removed=tuple(removed),
    )


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


def live_case(session: Session, case_id: uuid.UUID) -> Case:
    """The case, or NotFound when there is none or it was deleted."""
    case = session.get(Case, case_id)
    if case is None or case.deleted_at is not None:
        raise NotFound(f"There is no case with id {case_id}.")
    return case
