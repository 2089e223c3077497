"""Opening a profile's SQLite database: pragmas, schema migration, and storage errors.

Errors split in two (DESIGN.md section 3). Environmental ones (a locked,
full, corrupt, read-only or too-new database) become a `StorageError` whose
text a user can act on; anything else is a bug and propagates.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine

from app.errors import StorageError
from app.models.migrations import HEAD_REVISION
from app.models.rebuild import Cancelled, Progress, finish_interrupted, rebuild

log = logging.getLogger(__name__)

_SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 10
BEFORE_REBUILD = "0006"  # a profile older than REBUILT_AT is upgraded to this in place first,
REBUILT_AT = "0007"  # then rewritten into a new file (app.models.rebuild)
LOCK_TIMEOUT_S = 600


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
                "Run 'workbench doctor' to see what SQLite finds, then restore the latest "
                "backup ('workbench backups restore') or save what can still be read "
                "('workbench salvage --out FOLDER'); or choose another data folder.",
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


WRITE = {"sqlite_begin": "IMMEDIATE"}
"""Execution options for a connection that will write: it takes SQLite's write lock when its
transaction begins, so a read-then-write (get-or-create) cannot interleave with another
process's, and waits (busy timeout) instead of failing half-way."""
_BEGIN_MODES = {"DEFERRED", "IMMEDIATE", "EXCLUSIVE"}


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can only read `path` and writes nothing beside it.

    A WAL database needs its `-shm` file, which SQLite creates when missing; on a full
    disk or a read-only medium it cannot, and the open fails. Then, if no `-wal` file
    holds changes not yet in the main file, the file is opened as immutable (no shared
    memory, no locks): right for the one command that reads it there.
    """
    plain = f"{path.as_uri()}?mode=ro"
    connection = sqlite3.connect(plain, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
        return connection
    except sqlite3.OperationalError as exc:
        connection.close()
        wal = Path(f"{path}-wal")
        blocked = any(w in str(exc).lower() for w in ("i/o", "unable to open", "readonly"))
        if not blocked or (wal.exists() and wal.stat().st_size > 0):
            raise
    return sqlite3.connect(
        f"{plain}&immutable=1", uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False
    )


def create_sqlite_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on `path` with WAL, foreign keys, a busy timeout and the `casefold()` function.

    Python's sqlite3 module opens a transaction only before INSERT/UPDATE/DELETE,
    so each CREATE/ALTER/DROP used to commit on its own: a crash during a schema
    change left half of it. The driver's own transaction handling is switched off
    and every SQLAlchemy transaction emits its own BEGIN, so DDL is transactional
    too; `WRITE` connections begin with BEGIN IMMEDIATE.
    """
    engine = sa.create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False},
        **({"creator": lambda: connect_read_only(path)} if read_only else {}),
        # Buyers write Korean, Arabic, Russian...: keep it as UTF-8, not \uXXXX (half the size).
        json_serializer=json_text,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # noqa: ANN001
        dbapi_connection.isolation_level = None  # BEGIN is ours (see _on_begin)
        if not read_only:
            dbapi_connection.execute("PRAGMA journal_mode=WAL")
            dbapi_connection.execute("PRAGMA synchronous=NORMAL")
        dbapi_connection.execute("PRAGMA foreign_keys=ON")
        dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        dbapi_connection.create_function("casefold", 1, _casefold, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        mode = str(connection.get_execution_options().get("sqlite_begin", "DEFERRED")).upper()
        if mode not in _BEGIN_MODES:
            raise ValueError(f"unknown sqlite_begin mode {mode!r}")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _check_file(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            first = handle.read(101)
    except OSError as exc:
        raise storage_error_from(exc, path) or exc from exc
    header = first[:16]
    if header != _SQLITE_MAGIC:
        # Byte 100 starts the schema table's b-tree page (0x0D leaf, 0x05 interior): an
        # SQLite file whose header was overwritten, not somebody's invoice.
        schema_page = len(first) > 100 and first[100] in (0x05, 0x0D)
        if schema_page or _looks_like_a_profile(path.parent):
            raise StorageError(
                f"The database {path} is damaged: its first bytes are not an SQLite header. "
                "Run 'workbench doctor' to see what SQLite finds, then restore the latest "
                "backup ('workbench backups restore') or save what can still be read "
                "('workbench salvage --out FOLDER').",
                kind="corrupt",
            )
        raise StorageError(
            f"{path} is not a Support Workbench database (it is not an SQLite file). "
            "Choose another data folder, or move the file away to start a new profile.",
            kind="corrupt",
        )


def _looks_like_a_profile(folder: Path) -> bool:
    """Whether `folder` was made by Support Workbench (its stored files, backups or log)."""
    try:
        return (
            any((folder / "blobs").iterdir())
            or (folder / "logs" / "workbench.log").is_file()
            or (folder / "DAMAGED.json").is_file()
        )
    except OSError:
        return False


def _current_revision(path: Path) -> tuple[str | None, bool]:
    """(alembic revision, whether the file holds any tables at all), read without writing.

    A read-only connection, because the engine's connect hook switches the file
    to WAL, which rewrites its header: a file of another program or of a newer
    version must stay byte for byte as it was.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None, False
    connection = connect_read_only(path)
    try:
        tables = _table_names(connection)
        if "alembic_version" not in tables:
            return None, bool(tables)
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), True
    finally:
        connection.close()


def _table_names(connection: sqlite3.Connection) -> set[str]:
    return {
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }


def _our_table_names() -> set[str]:
    from app.models.entities import Base

    fts = {"cases_fts", "messages_fts", "search_fts"}
    shadows = {f"{t}_{s}" for t in fts for s in ("data", "idx", "content", "docsize", "config")}
    return set(Base.metadata.tables) | fts | shadows | {"alembic_version"}


def _half_made(path: Path) -> bool:
    """Whether a file without a schema stamp is a profile of ours whose creation was cut
    short (before creation was one transaction): only our tables, all of them empty."""
    connection = connect_read_only(path)
    try:
        tables = _table_names(connection)
        if not tables or not tables <= _our_table_names():
            return False
        if "alembic_version" in tables:
            stamped = connection.execute("SELECT count(*) FROM alembic_version").fetchone()[0]
            if stamped:
                return False
        fts = {t for t in tables if "_fts" in t or t.startswith("search_")}
        data_tables = tables - {"alembic_version"} - fts
        return not any(
            connection.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone()
            for table in data_tables
        )
    except sqlite3.Error:
        return False
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


def _probe(path: Path) -> tuple[str | None, bool]:
    """`_current_revision`, with environmental errors translated and foreign or newer
    files refused; a half-made profile of ours answers (None, True)."""
    _check_file(path)
    try:
        revision, has_tables = _current_revision(path)
    except sqlite3.Error as exc:
        translated = storage_error_from(exc, path)
        if translated is None:
            raise
        raise translated from exc
    if revision is None and has_tables and not _half_made(path):
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
    return revision, has_tables


@contextmanager
def _schema_lock(path: Path) -> Iterator[None]:
    """Only one process creates or upgrades a profile's database at a time."""
    from filelock import FileLock, Timeout

    lock = FileLock(str(path) + ".lock", timeout=LOCK_TIMEOUT_S)
    try:
        with lock:
            yield
    except Timeout:
        raise StorageError(
            f"Another Support Workbench has been creating or upgrading {path} for over "
            f"{LOCK_TIMEOUT_S // 60} minutes. Wait for it to finish, or close it and try again.",
            kind="locked",
        ) from None
    except OSError as exc:
        raise storage_error_from(exc, path) or exc from exc


def open_database(
    path: Path,
    backup_dir: Path,
    *,
    read_only: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Engine:
    """Open (creating or migrating) the profile database at `path`.

    Refuses a file that is not ours or was written by a newer version; backs
    up an older one before migrating it forward. Creation and each upgrade are
    one transaction, run by one process at a time, so a crash leaves the
    database as it was. `read_only` opens an existing, current database and
    writes nothing to the folder (for commands that only read, on a full disk).
    An upgrade to the compact storage reports `progress(done, total, phase)` and stops
    when `cancelled()` says so (see `rebuild`).
    """
    if not read_only:
        finish_interrupted(path)
    revision, _has_tables = _probe(path)
    if revision != HEAD_REVISION:
        if read_only:
            if revision is None:
                raise StorageError(
                    f"There is no Support Workbench profile in {path.parent} yet; "
                    "a command that adds something creates it.",
                    kind="missing",
                )
            raise StorageError(
                f"The profile in {path.parent} must be upgraded before it can be read; "
                "open it in the app or run a command that writes.",
                kind="needs_upgrade",
            )
        with _schema_lock(path):
            return _create_or_upgrade(path, backup_dir, progress, cancelled)
    engine = create_sqlite_engine(path, read_only=read_only)
    try:
        with engine.connect():
            pass  # applies the pragmas (WAL) now, so that their errors are translated here
    except (sa.exc.DBAPIError, sqlite3.Error, OSError) as exc:
        engine.dispose()
        raise storage_error_from(exc, path) or exc from exc
    return engine


def _create_or_upgrade(
    path: Path,
    backup_dir: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Engine:
    revision, has_tables = _probe(path)  # again: another process may have done it meanwhile
    engine = create_sqlite_engine(path)
    try:
        with engine.connect():
            pass
        if revision == HEAD_REVISION:
            return engine
        if revision is not None and revision < REBUILT_AT:
            if revision < BEFORE_REBUILD:
                _backed_up(engine, path, backup_dir, revision)
                _upgrade(engine, target=BEFORE_REBUILD)
            engine.dispose()
            try:
                rebuild(path, backup_dir, BEFORE_REBUILD, progress=progress, cancelled=cancelled)
            except Cancelled:
                raise StorageError(
                    "The upgrade was stopped; your data is as it was. It runs again the next "
                    "time this profile is opened.",
                    kind="upgrade_cancelled",
                ) from None
            engine = create_sqlite_engine(path)
            revision = REBUILT_AT
            if revision == HEAD_REVISION:
                return engine
            # The rewrite kept the old file as the backup; the new one needs no second copy
            # (the rest of the upgrade is one transaction).
        elif revision is not None:
            _backed_up(engine, path, backup_dir, revision)
        _upgrade(engine, start_again=revision is None and has_tables)
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


def _backed_up(engine: Engine, path: Path, backup_dir: Path, revision: str) -> None:
    """A verified copy of the database before an upgrade in place (unless a fresh one of
    this schema is there already: an upgrade cut short is retried without copying again)."""
    from app.models.backups import BackupFailed, backup_database

    if _fresh_backup_exists(path, backup_dir, revision):
        log.info("a backup of schema %s is already in %s", revision, backup_dir)
        return
    try:
        copy = backup_database(engine, backup_dir, f"schema-{revision}")
    except BackupFailed as exc:
        raise StorageError(
            f"{path} needs an upgrade, but the backup made before it failed ({exc}); "
            "nothing was changed. Free some disk space and try again.",
            kind="backup_failed",
        ) from exc
    log.info("backed up %s to %s before migrating", path, copy)


def _fresh_backup_exists(path: Path, backup_dir: Path, revision: str) -> bool:
    """Whether the newest backup is of this schema and newer than every change to the file
    (an upgrade cut short by a crash is retried without copying the file again)."""
    from app.models.backups import list_backups

    backups = list_backups(backup_dir)
    if not backups or backups[0].label != f"schema-{revision}":
        return False
    changed = max(
        (p.stat().st_mtime for p in (path, Path(f"{path}-wal")) if p.exists()), default=0.0
    )
    return backups[0].path.stat().st_mtime > changed


def _upgrade(engine: Engine, *, start_again: bool = False, target: str = "head") -> None:
    """Migrate to `target` in one transaction (BEGIN IMMEDIATE: DDL included, stamp included)."""
    from alembic import command

    with engine.execution_options(**WRITE).begin() as connection:
        if start_again:
            _drop_everything(connection)
        command.upgrade(_alembic_config(connection), target)


def _drop_everything(connection: sa.Connection) -> None:
    """Remove what an interrupted creation left (only empty tables of ours: see _half_made)."""
    rows = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).all()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    for name in virtual:
        connection.exec_driver_sql(f'DROP TABLE IF EXISTS "{name}"')
    remaining = connection.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).scalars()
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for name in list(remaining):
        connection.exec_driver_sql(f'DROP TABLE IF EXISTS "{name}"')
