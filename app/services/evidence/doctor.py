"""Checking a profile's evidence files and database, and cleaning up what nothing uses.

`run_doctor` re-hashes every stored file (a file whose content no longer
matches its name was altered on disk), looks for rows whose file is gone,
runs SQLite's own integrity and foreign-key checks (their lines are the
report: a damaged database is marked so that writes stop, and the mark goes
once the check is clean again), and reports copies an interrupted import
left behind (a copy still being written by another process is locked, and
is not one). `clean_orphans` removes only what no evidence row, live or
removed, refers to, and only once it is older than the retention; it runs
under the database's write lock, so an attach cannot slip in between.

The raw mail messages that mail intake keeps (`messages.raw_sha256`) live in the
same blob store: they count as referenced, so they are never orphans, and one
that is missing is reported like a missing evidence file.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.models import health
from app.models.entities import Evidence, Message
from app.services.core.changes import Changes
from app.services.core.errors import StorageError
from app.services.core.profile import DB_NAME, Profile
from app.services.evidence.store import TEMP_PREFIX, BlobStore, incoming_in_progress

ORPHAN_RETENTION = dt.timedelta(days=30)
_MAX_DATABASE_LINES = 20
_DIGEST = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Problem:
    kind: str  # blob_altered, blob_missing, database, stray_temp (an interrupted import)
    detail: str
    sha256: str | None = None
    evidence_id: uuid.UUID | None = None


@dataclass(frozen=True)
class DoctorReport:
    problems: list[Problem] = field(default_factory=list)
    blobs_checked: int = 0
    bytes_checked: int = 0
    orphans: list[str] = field(default_factory=list)  # blobs no live evidence row uses

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class _Use:
    evidence_id: uuid.UUID | None  # None: the raw copy of a mail message
    name: str
    live: bool


def run_doctor(
    profile: Profile, progress: Callable[[int, int, str], None] | None = None
) -> DoctorReport:
    """Check everything; `progress(done, total, sha256)` runs after each stored file."""
    problems: list[Problem] = _database_problems(profile)
    try:
        uses = _uses(profile)
    except StorageError as exc:
        problems.append(Problem("database", f"The list of evidence files cannot be read: {exc}"))
        uses = {}
    blobs = dict(_blob_files(profile.blobs))
    checked_bytes = 0
    for done, (sha, path) in enumerate(sorted(blobs.items()), start=1):
        checked_bytes += path.stat().st_size
        if BlobStore.hash_of(path) != sha:
            problems += _altered(sha, uses.get(sha, []))
        if progress is not None:
            progress(done, len(blobs), sha)
    for sha, users in sorted(uses.items()):
        if sha not in blobs:
            problems += [
                Problem(
                    "blob_missing",
                    f"{use.name}{'' if use.live else ' (removed from its case)'}: its stored "
                    "file is missing from the blobs folder.",
                    sha,
                    use.evidence_id,
                )
                for use in users
            ]
    problems += [
        Problem(
            "stray_temp",
            f"{path.name}: a copy left unfinished by an interrupted import "
            f"({path.stat().st_size:,} bytes); 'workbench doctor --clean-orphans' removes it.",
        )
        for path in _stray_temps(profile.blobs)
    ]
    live = {sha for sha, users in uses.items() if any(u.live for u in users)}
    return DoctorReport(
        problems=problems,
        blobs_checked=len(blobs),
        bytes_checked=checked_bytes,
        orphans=sorted(sha for sha in blobs if sha not in live),
    )


@dataclass(frozen=True)
class OrphansCleaned:
    """What `clean_orphans` removed: files only, so `changes` is always empty (no row of the
    shop's data changes; it takes the write lock only to keep attaches out meanwhile)."""

    changes: Changes
    removed: tuple[str, ...]  # SHA-256s of the files removed (with dry_run: that would go)


def clean_orphans(
    profile: Profile, *, older_than: dt.timedelta = ORPHAN_RETENTION, dry_run: bool = False
) -> OrphansCleaned:
    """Remove stored files no evidence row refers to (not even a removed one) and not
    touched for `older_than`, and unfinished copies over an hour old."""
    now = profile.now()
    removed = []
    # Under the write lock: an attach records its row under it too, after checking that
    # its stored copy is still there, so no row can come to refer to a file removed here.
    with profile.write() as session:
        referenced = set(session.scalars(select(Evidence.sha256).distinct()))
        referenced.update(_raw_mail_blobs(session))
        for sha, path in sorted(_blob_files(profile.blobs)):
            if sha in referenced or _modified(path) > now - older_than:
                continue
            removed.append(sha)
            if not dry_run:
                path.unlink(missing_ok=True)
        if not dry_run:
            for path in _stray_temps(profile.blobs):
                path.unlink(missing_ok=True)
    return OrphansCleaned(changes=Changes(), removed=tuple(removed))


def _uses(profile: Profile) -> dict[str, list[_Use]]:
    """Every evidence row, live or removed, by the file it refers to."""
    with profile.read() as session:
        rows = session.execute(
            select(Evidence.sha256, Evidence.id, Evidence.original_name, Evidence.deleted_at)
        ).all()
        raw = session.execute(
            select(Message.raw_sha256, Message.subject, Message.mail_id)
            .where(Message.raw_sha256.is_not(None))
            .order_by(Message.created_at)
        ).all()
    uses: dict[str, list[_Use]] = defaultdict(list)
    for sha, evidence_id, name, deleted_at in rows:
        uses[sha].append(_Use(evidence_id, name, deleted_at is None))
    for sha, subject, mail_id in raw:
        # A mail's raw copy is kept while its message row exists, removed or not: it is
        # what the stored text was cut from.
        shown = f"\u201c{subject}\u201d" if subject else mail_id
        uses[sha].append(_Use(None, f"The raw mail {shown}", True))
    return dict(uses)


def _raw_mail_blobs(session: Session) -> set[str]:
    """The blobs that hold the raw messages mail intake stored."""
    return set(
        session.scalars(
            select(Message.raw_sha256).where(Message.raw_sha256.is_not(None)).distinct()
        )
    )


def _blob_files(blobs: BlobStore) -> Iterator[tuple[str, Path]]:
    """(sha256, path) of each stored file: `ab/abcdef...`; anything else is not a blob."""
    if not blobs.root.is_dir():
        return
    for folder in blobs.root.iterdir():
        if not (folder.is_dir() and re.fullmatch(r"[0-9a-f]{2}", folder.name)):
            continue
        for path in folder.iterdir():
            name = path.name
            if _DIGEST.fullmatch(name) and name.startswith(folder.name) and path.is_file():
                yield name, path


def _stray_temps(blobs: BlobStore) -> list[Path]:
    """Copies an interrupted import left: not locked by a process still writing them."""
    if not blobs.root.is_dir():
        return []
    return sorted(
        path
        for path in blobs.root.glob(f"{TEMP_PREFIX}*")
        if path.is_file() and not incoming_in_progress(path)
    )


def _modified(path: Path) -> dt.datetime:
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)


def _altered(sha: str, users: list[_Use]) -> list[Problem]:
    detail = "its content no longer matches the SHA-256 it was stored under (altered on disk)"
    if not users:
        return [Problem("blob_altered", f"An unused stored file: {detail}.", sha)]
    return [
        Problem("blob_altered", f"{use.name}: {detail}.", sha, use.evidence_id) for use in users
    ]


def database_report(root: Path, why: str) -> DoctorReport:
    """The report for a profile whose database cannot even be opened: what SQLite says of
    the file, remembered as damage so that nothing writes to it."""
    lines = health.integrity_check(Path(root) / DB_NAME)
    if lines == ["ok"]:
        lines = [why]
    health.write_mark(Path(root), lines)
    return DoctorReport(
        problems=[
            Problem("database", f"The database cannot be opened: {why}"),
            *(
                Problem("database", f"Integrity check: {line}")
                for line in lines[:_MAX_DATABASE_LINES]
            ),
        ]
    )


def _database_problems(profile: Profile) -> list[Problem]:
    """What SQLite's integrity check (run on the file, whatever state it is in) and its
    foreign-key check find; the damage mark follows the integrity check's verdict."""
    integrity = health.integrity_check(profile.root / DB_NAME)
    if integrity == ["ok"]:
        # Even when opened read-only: the mark is a file beside the database, not data.
        health.clear_mark(profile.root)
        profile.damage = None
    else:
        profile.damage = health.write_mark(profile.root, integrity)
    problems = [
        Problem("database", f"Integrity check: {line}")
        for line in integrity[:_MAX_DATABASE_LINES]
        if line != "ok"
    ]
    try:
        with profile.read() as session:
            foreign = session.execute(text("PRAGMA foreign_key_check")).all()
    except StorageError as exc:
        foreign = []
        if not problems:
            problems.append(Problem("database", f"The foreign-key check failed: {exc}"))
    problems += [
        Problem("database", f"A row of {table} (rowid {rowid}) refers to a missing {parent} row.")
        for table, rowid, parent, _key in foreign[:_MAX_DATABASE_LINES]
    ]
    return problems
