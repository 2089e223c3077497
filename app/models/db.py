"""Opening a profile's SQLite database: pragmas, schema migration, and storage errors.

Errors split in two (DESIGN.md section 3). Environmental ones (a locked,
full, corrupt, read-only or too-new database) become a `StorageError` whose
text a user can act on; anything else is a bug and propagates.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

from app.models.migrations import HEAD_REVISION

log = logging.getLogger(__name__)

_SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 10


class StorageError(Exception):
    """A problem with the files on disk that the user can act on. `str()` is the message."""

    def __init__(self, message: str, *, kind: str = "storage") -> None:
        super().__init__(message)
        self.kind = kind


def storage_error_from(exc: BaseException, path: Path | None = None) -> StorageError | None:
    """Translate an sqlite/OS error into a `StorageError`, or None when it is a bug."""
    if isinstance(exc, sa.exc.DBAPIError) and exc.orig is not None:
        exc = exc.orig
    text = str(exc).lower()
    where = f" ({path})" if path else ""
    if isinstance(exc, sqlite3.Error):
        if "locked" in text or "busy" in text:
            return StorageError(
                f"The database{where} is busy in another program; close it and try again.",
                kind="locked",
            )
        if "disk is full" in text or "disk i/o error" in text:
            return StorageError(
                f"Could not write the database{where}: the disk is full or failing. "
                "Free some space; nothing was saved from the last change.",
                kind="disk_full",
            )
        if "not a database" in text or "malformed" in text or "corrupt" in text:
            return StorageError(
                f"The database{where} is damaged or is not a Support Workbench file. "
                "Restore a copy from the profile's backups folder or choose another data folder.",
                kind="corrupt",
            )
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            return StorageError(
                f"The data folder{where} cannot be written: it is read-only or not yours. "
                "Choose another folder with --data-dir or fix its permissions.",
                kind="read_only",
            )
    if isinstance(exc, OSError):
        if exc.errno == 28:  # ENOSPC
            return StorageError(f"The disk is full{where}; nothing was saved.", kind="disk_full")
        if exc.errno in (13, 30, 1):  # EACCES, EROFS, EPERM
            return StorageError(
                f"The data folder{where} cannot be written: it is read-only or not yours. "
                "Choose another folder with --data-dir or fix its permissions.",
                kind="read_only",
            )
    return None


@contextmanager
def storage_errors_translated(path: Path) -> Iterator[None]:
    """Raise environmental database and file errors as `StorageError`; bugs pass through."""
    try:
        yield
    except StorageError:
        raise
    except Exception as exc:
        translated = storage_error_from(exc, path)
        if translated is None:
            raise
        raise translated from exc


def json_text(value: object) -> str:
    """How JSON columns (the operation log) are stored; bulk loaders use it too."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _casefold(text: str | None) -> str | None:
    return None if text is None else text.casefold()


def create_sqlite_engine(path: Path) -> Engine:
    """An engine on `path` with WAL, foreign keys, a busy timeout and the `casefold()` function."""
    engine = sa.create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False},
        # Buyers write Korean, Arabic, Russian...: keep it as UTF-8, not \uXXXX (half the size).
        json_serializer=json_text,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # noqa: ANN001
        dbapi_connection.execute("PRAGMA journal_mode=WAL")
        dbapi_connection.execute("PRAGMA synchronous=NORMAL")
        dbapi_connection.execute("PRAGMA foreign_keys=ON")
        dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        dbapi_connection.create_function("casefold", 1, _casefold, deterministic=True)

    return engine


def _check_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise storage_error_from(exc, path) or exc from exc
    if header != _SQLITE_MAGIC:
        raise StorageError(
            f"{path} is not a Support Workbench database (it is not an SQLite file). "
            "Choose another data folder, or move the file away to start a new profile.",
            kind="corrupt",
        )


def _current_revision(path: Path) -> tuple[str | None, bool]:
    """(alembic revision, whether the file holds any tables at all), read without writing.

    A read-only connection, because the engine's connect hook switches the file
    to WAL, which rewrites its header: a file of another program or of a newer
    version must stay byte for byte as it was.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None, False
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "alembic_version" not in tables:
            return None, bool(tables)
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), True
    finally:
        connection.close()


def needs_upgrade(path: Path) -> bool:
    """Whether opening `path` will migrate it (an older schema): worth telling the user."""
    try:
        revision, _has_tables = _current_revision(path)
    except sqlite3.Error:
        return False  # opening will explain what is wrong
    return revision is not None and revision != HEAD_REVISION


def _alembic_config(connection: sa.Connection):  # noqa: ANN202
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(Path(__file__).parent / "migrations"))
    return {rev.revision for rev in script.walk_revisions()}


def backup_database(engine: Engine, backup_dir: Path, label: str) -> Path:
    """Copy the live database with SQLite's online backup API; returns the copy's path."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"workbench-{label}-{stamp}.sqlite3"
    raw = engine.raw_connection()
    try:
        with sqlite3.connect(target) as copy:
            raw.driver_connection.backup(copy)
        copy.close()
    finally:
        raw.close()
    return target


def open_database(path: Path, backup_dir: Path) -> Engine:
    """Open (creating or migrating) the profile database at `path`.

    Refuses a file that is not ours or was written by a newer version; backs
    up an older one before migrating it forward.
    """
    _check_file(path)
    try:
        revision, has_tables = _current_revision(path)
    except sqlite3.Error as exc:
        translated = storage_error_from(exc, path)
        if translated is None:
            raise
        raise translated from exc
    if revision is None and has_tables:
        raise StorageError(
            f"{path} is an SQLite file of another program, not a Support Workbench "
            "database. Choose another data folder.",
            kind="corrupt",
        )
    if revision not in (None, HEAD_REVISION) and revision not in known_revisions():
        raise StorageError(
            f"{path} was written by a newer version of Support Workbench "
            f"(schema {revision}). Install the newer version to open it; "
            "this version will not touch it.",
            kind="newer_schema",
        )
    engine = create_sqlite_engine(path)
    try:
        with engine.connect():
            pass  # applies the pragmas (WAL) now, so that their errors are translated here
        if revision == HEAD_REVISION:
            return engine
        if revision is not None:
            copy = backup_database(engine, backup_dir, f"schema-{revision}")
            log.info("backed up %s to %s before migrating", path, copy)
        _upgrade(engine)
    except StorageError:
        engine.dispose()
        raise
    except (sa.exc.DBAPIError, sqlite3.Error, OSError) as exc:
        engine.dispose()
        translated = storage_error_from(exc, path)
        if translated is None:
            raise
        raise translated from exc
    return engine


def _upgrade(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")
