"""Upgrading a profile to the compact storage (schema 0007) by writing a new file.

Rewriting every table in place would need the backup copy made before an upgrade
plus room for the old and the new tables side by side, and a VACUUM after: three
times the profile's size on a laptop's small disk. Instead the new database is
written beside the old one (`workbench.sqlite3.rebuild`), from the old one opened
read-only, in one transaction; then the old file is linked into `backups/` (a new
name for the same bytes: no copy) and the new file renamed over it. The disk holds
at most the old file and the new, smaller one: one copy's worth.

All or nothing: until the rename, the profile is the old file, untouched. An
interrupted or cancelled rebuild leaves a `.rebuild` file that the next attempt
deletes and starts again; a crash between the two renames (only when the file
system cannot link) is finished by `finish_interrupted`, called before every open.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa

from app.errors import StorageError
from app.models.files import fsync_folder
from app.models.migrations import schema_0007 as schema

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
"""progress(done, total, phase): phase is one of the words below."""
COPYING, INDEXING, SEARCH_INDEX, SWAPPING = "copying", "indexing", "search", "swapping"

SEARCH_BATCH = 20_000


class Cancelled(Exception):
    """The rebuild was stopped on request; the profile is as it was."""


def work_path(path: Path) -> Path:
    return path.with_name(path.name + ".rebuild")


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def finish_interrupted(path: Path) -> None:
    """If a rebuild was cut short after the old file went to `backups/` and before the new
    one took its place, put the new one in place (it is complete: its schema stamp is
    written in the same transaction as its last row)."""
    work = work_path(path)
    if path.exists() or not work.exists():
        return
    try:
        connection = sqlite3.connect(f"{work.as_uri()}?mode=ro", uri=True)
        try:
            stamp = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return
    if stamp and stamp[0] == schema.REVISION:
        os.replace(work, path)
        fsync_folder(path.parent)
        log.info("finished moving the rebuilt %s into place", path)


def rebuild(
    path: Path,
    backup_dir: Path,
    source_revision: str,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Rewrite the 0006 database at `path` as schema 0007; returns the backup's path."""
    work = work_path(path)
    _remove_with_sidecars(work)
    _check_space(path)
    _checkpoint(path)

    def tick(done: int, total: int, phase: str) -> None:
        if progress:
            progress(done, total, phase)
        if cancelled and cancelled():
            raise Cancelled

    # Through SQLAlchemy, like every other schema statement (tests watch them all there).
    engine = sa.create_engine(f"sqlite:///{work}", poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            raw.isolation_level = None  # BEGIN and COMMIT are ours

            def execute(sql: str, params: tuple = ()):  # noqa: ANN202
                return connection.exec_driver_sql(sql, params)

            execute("PRAGMA journal_mode = DELETE")
            execute("PRAGMA synchronous = OFF")  # fsynced once, below
            execute("PRAGMA cache_size = -200000")
            execute("PRAGMA temp_store = MEMORY")
            schema.register_functions(raw)
            execute("ATTACH DATABASE ? AS old", (f"{path.as_uri()}?mode=ro",))
            execute("BEGIN")
            schema.create_tables(execute)
            schema.copy_rows(
                execute,
                lambda table: f'old."{table}"',
                lambda done, total: tick(done, total, COPYING),
            )
            statements = schema.INDEXES + schema.NAME_TRIGGERS
            for number, statement in enumerate(statements, 1):
                execute(statement)
                tick(number, len(statements), INDEXING)
            _fill_search(execute, tick)
            stamp_table = execute(
                "SELECT sql FROM old.sqlite_schema WHERE name = 'alembic_version'"
            ).scalar_one()
            execute(stamp_table)  # as Alembic made it, word for word
            execute("INSERT INTO alembic_version (version_num) VALUES (?)", (schema.REVISION,))
            _check_counts(execute)
            execute("COMMIT")
            execute("DETACH DATABASE old")
            execute("PRAGMA journal_mode = WAL")
    except sa.exc.DBAPIError as exc:
        engine.dispose()
        _remove_with_sidecars(work)
        if "user-defined function raised exception" in str(exc.orig):
            raise StorageError(
                f"Upgrading {path} stopped at a value it could not convert; nothing was "
                "changed. The profile still opens with the previous version of Support "
                "Workbench; details are in the log file.",
                kind="upgrade_failed",
            ) from exc
        raise
    except BaseException:
        engine.dispose()
        _remove_with_sidecars(work)
        raise
    engine.dispose()
    with open(work, "rb+") as handle:
        os.fsync(handle.fileno())
    tick(0, 0, SWAPPING)
    return _swap(path, work, backup_dir, source_revision)


def _fill_search(execute, tick) -> None:  # noqa: ANN001
    """The search index, a batch of cases at a time (one statement would give no progress)."""
    for statement in schema.SEARCH:
        execute(statement)
    high = execute("SELECT coalesce(max(rowid), 0) FROM cases").fetchone()[0]
    for start in range(0, high, SEARCH_BATCH):
        execute(schema.add_documents("rowid > ? AND rowid <= ?"), (start, start + SEARCH_BATCH))
        tick(min(start + SEARCH_BATCH, high), high, SEARCH_INDEX)


def _check_counts(execute) -> None:  # noqa: ANN001
    """Every table holds as many rows as before, or the rebuild stops (and rolls back)."""
    for table in schema.ORDER:
        old = execute(f'SELECT count(*) FROM old."{table}"').fetchone()[0]
        new = execute(f'SELECT count(*) FROM main."{table}"').fetchone()[0]
        if old != new:
            raise StorageError(
                f"Upgrading the database stopped: {table} has {new} rows instead of {old}. "
                "Nothing was changed.",
                kind="upgrade_failed",
            )


def _checkpoint(path: Path) -> None:
    """Move what the old file's write-ahead log holds into the file itself: the rebuild
    reads it read-only, and the backup is the file alone."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def _check_space(path: Path) -> None:
    size = path.stat().st_size
    free = shutil.disk_usage(path.parent).free
    if free < size:
        raise StorageError(
            f"Upgrading {path} needs up to {size // 1_000_000} MB of free disk space beside it "
            f"(one copy of it at most; {free // 1_000_000} MB are free). Free some space and "
            "open it again; nothing was changed.",
            kind="disk_full",
        )


def _swap(path: Path, work: Path, backup_dir: Path, source_revision: str) -> Path:
    from app.models.backups import backup_name, prune_backups

    backup_dir.mkdir(parents=True, exist_ok=True)
    backup = backup_dir / backup_name(f"schema-{source_revision}", dt.datetime.now(dt.UTC))
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)  # empty after the checkpoint
    try:
        os.link(path, backup)
        os.replace(work, path)
    except OSError:
        # No hard links here: rename; `finish_interrupted` covers a crash in between.
        if not backup.exists():
            os.replace(path, backup)
        os.replace(work, path)
    fsync_folder(backup_dir)
    fsync_folder(path.parent)
    prune_backups(backup_dir)
    log.info("rebuilt %s as schema %s; the old file is %s", path, schema.REVISION, backup)
    return backup
