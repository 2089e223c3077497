"""Copies of the profile database in `backups/`: made whole or not at all, verified, pruned.

A copy is written under a temporary name (`.partial-*`), checked with
`PRAGMA integrity_check` and its schema stamp, fsynced, and only then
renamed to `workbench-<label>-<stamp>.sqlite3`: a crash while copying leaves
a temporary file that the next backup removes, never a file named like a
good backup. Only the newest few copies are kept, so retries after a crash
cannot fill the disk.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine

from app.models.files import fsync_folder

log = logging.getLogger(__name__)

KEEP_BACKUPS = 3
PARTIAL_PREFIX = ".partial-"
_NAME = re.compile(r"workbench-(?P<label>.+)-(?P<stamp>\d{8}T\d{6}(?:\d{6})?Z)\.sqlite3")


class BackupFailed(Exception):
    """The copy could not be made or did not verify; the live database is untouched."""


@dataclass(frozen=True)
class Backup:
    path: Path
    label: str
    made_at: dt.datetime
    size: int


def list_backups(backup_dir: Path) -> list[Backup]:
    """The complete backups in `backup_dir`, newest first (temporary copies are not listed)."""
    found = []
    try:
        entries = list(backup_dir.iterdir())
    except OSError:
        return []
    for path in entries:
        match = _NAME.fullmatch(path.name)
        if not match or not path.is_file():
            continue
        stamp = match.group("stamp")
        fmt = "%Y%m%dT%H%M%S%fZ" if len(stamp) > 16 else "%Y%m%dT%H%M%SZ"
        made = dt.datetime.strptime(stamp, fmt).replace(tzinfo=dt.UTC)
        found.append(Backup(path, match.group("label"), made, path.stat().st_size))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def verify_copy(path: Path) -> str | None:
    """Why the copy at `path` is not a usable database, or None when it is."""
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            return "; ".join(result[:3])
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if not row:
            return "it has no schema version"
        return None
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        connection.close()


def backup_name(label: str, when: dt.datetime) -> str:
    """The file name of a backup made at `when` (what `list_backups` reads back)."""
    return f"workbench-{label}-{when.strftime('%Y%m%dT%H%M%S%fZ')}.sqlite3"


def backup_database(engine: Engine, backup_dir: Path, label: str) -> Path:
    """Copy the live database with SQLite's online backup API; returns the copy's path.

    Raises BackupFailed (with the reason) when the copy cannot be made whole:
    the caller must not go on with what it wanted to protect.
    """
    backup_dir.mkdir(parents=True, exist_ok=True)
    remove_partials(backup_dir)
    target = backup_dir / backup_name(label, dt.datetime.now(dt.UTC))
    partial = backup_dir / f"{PARTIAL_PREFIX}{target.name}"
    _check_space(engine, backup_dir)
    try:
        raw = engine.raw_connection()
        try:
            copy = sqlite3.connect(partial)
            try:
                raw.driver_connection.backup(copy)
                # One self-contained file: no -wal or -shm beside it, under any name.
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        finally:
            raw.close()
        problem = verify_copy(partial)
        if problem:
            raise BackupFailed(f"the copy did not verify: {problem}")
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
        fsync_folder(backup_dir)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    prune_backups(backup_dir)
    return target


def remove_partials(backup_dir: Path) -> None:
    """Remove copies a crash left half-written."""
    for path in backup_dir.glob(f"{PARTIAL_PREFIX}*"):
        try:
            path.unlink()
        except OSError:
            log.warning("could not remove the unfinished backup %s", path)


def prune_backups(backup_dir: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Remove all but the newest `keep` backups; returns what was removed."""
    removed = []
    for old in list_backups(backup_dir)[keep:]:
        try:
            old.path.unlink()
            removed.append(old.path)
        except OSError:
            log.warning("could not remove the old backup %s", old.path)
    return removed


def _check_space(engine: Engine, backup_dir: Path) -> None:
    database = Path(engine.url.database or "")
    try:
        needed = database.stat().st_size
        free = shutil.disk_usage(backup_dir).free
    except OSError:
        return
    if needed and free < needed + 16 * 1024 * 1024:
        raise BackupFailed(
            f"the disk has {free // (1024 * 1024)} MB free and the copy needs about "
            f"{needed // (1024 * 1024) + 16} MB"
        )
