"""The ways out of a damaged profile: put a backup back, or save what can still be read.

`restore_backup` moves the damaged database aside (never deletes it) and puts
a verified backup in its place; the next open upgrades it if it is older.
`salvage` builds a new profile in another folder from every row that can
still be read, table by table and, where a table is damaged, range by range,
and copies the evidence files, the shop's reply templates and rule overrides.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from app.models import health
from app.models.backups import Backup, list_backups, verify_copy
from app.services.core.errors import InvalidInput, StorageError
from app.services.core.profile import DB_NAME, IN_USE, POLICY_OVERRIDES, Profile

log = logging.getLogger(__name__)

# Parents before children, so that what refers to a row comes after it.
_TABLES = (
    "meta",
    "customers",
    "orders",
    "order_items",
    "cases",
    "case_tags",
    "messages",
    "evidence",
    "operations",
)
_CHUNK = 500


@dataclass(frozen=True)
class Restored:
    backup: Backup
    damaged_copy: Path  # where the database that was replaced now lies


@dataclass
class Salvaged:
    out: Path
    copied: dict[str, int] = field(default_factory=dict)  # table -> rows saved
    unreadable: dict[str, int] = field(default_factory=dict)  # table -> row ranges lost
    files: int = 0


def backups_of(root: Path) -> list[Backup]:
    """The profile's complete backups, newest first."""
    return list_backups(Path(root) / "backups")


def restore_backup(root: Path, name: str | None = None) -> Restored:
    """Put a backup (the newest, or the one called `name`) in place of the database.

    Close the app and other commands on this profile first: they would keep writing to
    the file that is moved aside.
    """
    root = Path(root).expanduser().absolute()
    backups = backups_of(root)
    if not backups:
        raise InvalidInput(f"There is no backup in {root / 'backups'} to restore.")
    if name is None:
        chosen = backups[0]
    else:
        found = [b for b in backups if b.path.name == name or b.path.name == Path(name).name]
        if not found:
            names = ", ".join(b.path.name for b in backups)
            raise InvalidInput(f"There is no backup called {name!r}; there are: {names}.")
        chosen = found[0]
    problem = verify_copy(chosen.path)
    if problem:
        raise StorageError(
            f"The backup {chosen.path.name} is damaged too ({problem}).", kind="corrupt"
        )
    with _alone(root):
        return _put_back(root, chosen)


@contextmanager
def _alone(root: Path) -> Iterator[None]:
    """Hold the profile's in-use lock alone (see profile.hold_in_use), or say who is using
    it; new opens wait until the restore is done."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    fd = os.open(root / IN_USE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StorageError(
                f"The profile in {root} is still open in Support Workbench (the app or a "
                "command). Close it, then restore the backup.",
                kind="locked",
            ) from None
        yield
    finally:
        os.close(fd)


def _put_back(root: Path, chosen: Backup) -> Restored:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = root / "backups" / f"replaced-{stamp}"
    partial = root / f".restoring-{DB_NAME}"
    try:
        shutil.copyfile(chosen.path, partial)
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        aside.mkdir(parents=True, exist_ok=False)
        for suffix in ("", "-wal", "-shm"):
            current = root / f"{DB_NAME}{suffix}"
            if current.exists():
                os.replace(current, aside / current.name)
        os.replace(partial, root / DB_NAME)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(
            f"The backup could not be put back ({exc.strerror or exc}); the database is "
            f"as it was{' (moved to ' + str(aside) + ')' if aside.exists() else ''}.",
            kind="restore_failed",
        ) from exc
    health.clear_mark(root)
    log.info("restored %s; the database it replaced is in %s", chosen.path, aside)
    return Restored(chosen, aside / DB_NAME)


def salvage(root: Path, out: Path) -> Salvaged:
    """Copy every readable row of the profile in `root` into a new profile in `out`.

    The new profile is built in a temporary folder beside `out` and renamed only when
    done, so a salvage that fails leaves `out` as it was. A database whose first page
    header is destroyed is read through a copy with the header written anew.
    """
    root = Path(root).expanduser().absolute()
    out = Path(out).expanduser().absolute()
    if out == root or root in out.parents or out in root.parents:
        raise InvalidInput(f"{out}: salvage into a folder outside the profile, not in or above it.")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise InvalidInput(f"{out} is not an empty folder; salvage needs a new or empty one.")
    source = root / DB_NAME
    if not source.is_file():
        raise InvalidInput(f"There is no database in {root} to salvage.")
    out.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".salvaging-{out.name}-", dir=out.parent))
    try:
        with tempfile.TemporaryDirectory(prefix="workbench-salvage-") as scratch:
            readable = _readable_copy(source, Path(scratch))
            result = _salvage_rows(readable, building)
        result.files = _copy_files(root, building)
        if out.exists():
            out.rmdir()
        os.replace(building, out)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    result.out = out
    return result


def _salvage_rows(source: Path, building: Path) -> Salvaged:
    Profile.open(building, agent="salvage").close()
    result = Salvaged(building)
    # Autocommit: each copy statement keeps what it saved, whatever a later one meets.
    target = sqlite3.connect(building / DB_NAME, isolation_level=None)
    try:
        target.execute("PRAGMA foreign_keys = OFF")  # rows whose parent was lost are kept
        target.execute("ATTACH DATABASE ? AS old", (f"{source.as_uri()}?mode=ro",))
        target.execute("DELETE FROM main.meta")
        for table in _TABLES:
            _copy_table(target, table, result)
        target.execute("DETACH DATABASE old")
    except sqlite3.Error as exc:
        raise StorageError(
            f"Salvage stopped: SQLite cannot read the damaged database ({exc}). Restore a "
            "backup ('workbench backups restore'), or try SQLite's own '.recover' command.",
            kind="corrupt",
        ) from exc
    finally:
        target.close()
    return result


def _opens(path: Path) -> bool:
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def _readable_copy(source: Path, scratch: Path) -> Path:
    """`source` itself when SQLite can read its schema; else a copy whose 100-byte header
    is written anew (a wiped or overwritten header hides every intact page behind it)."""
    if _opens(source):
        return source
    size = source.stat().st_size
    copy = scratch / DB_NAME
    shutil.copyfile(source, copy)
    for page_size in (4096, 1024, 2048, 8192, 16384, 32768, 65536):
        if size % page_size:
            continue
        with copy.open("r+b") as handle:
            handle.write(_header(page_size, size // page_size))
        if _opens(copy):
            log.info("salvage: read %s through a new header (page size %d)", source, page_size)
            return copy
    return source  # nothing helped: the copy below will say what SQLite says


def _header(page_size: int, pages: int) -> bytes:
    """An SQLite file header (https://www.sqlite.org/fileformat2.html#the_database_header)
    for a rollback-journal UTF-8 database of `pages` pages, with no free list."""
    return b"".join(
        [
            b"SQLite format 3\x00",
            struct.pack(">H", 1 if page_size == 65536 else page_size),
            bytes([1, 1, 0, 64, 32, 32]),
            struct.pack(">IIIIIIIIIIII", 1, pages, 0, 0, 1, 4, 0, 0, 1, 0, 0, 0),
            bytes(20),
            struct.pack(">II", 1, 3_040_001),
        ]
    )


def _columns(connection: sqlite3.Connection, schema: str, table: str) -> list[str]:
    try:
        return [row[1] for row in connection.execute(f'PRAGMA {schema}.table_info("{table}")')]
    except sqlite3.Error:
        return []


def _copy_table(connection: sqlite3.Connection, table: str, result: Salvaged) -> None:
    wanted = _columns(connection, "main", table)
    have = set(_columns(connection, "old", table))
    columns = ", ".join(f'"{c}"' for c in wanted if c in have)
    if not columns:
        result.unreadable[table] = 1
        return
    copy = f'INSERT OR IGNORE INTO main."{table}" ({columns}) SELECT {columns} FROM old."{table}"'
    try:
        connection.execute(copy)
    except sqlite3.DatabaseError:
        _copy_by_ranges(connection, copy, table, result)
    result.copied[table] = connection.execute(f'SELECT count(*) FROM main."{table}"').fetchone()[0]


def _copy_by_ranges(
    connection: sqlite3.Connection, copy: str, table: str, result: Salvaged
) -> None:
    """Copy `_CHUNK` rowids at a time, then row by row where a chunk fails."""
    try:
        high = connection.execute(f'SELECT max(rowid) FROM old."{table}"').fetchone()[0] or 0
    except sqlite3.DatabaseError:
        high = 10_000_000  # the index is damaged too: walk a generous range
    lost = 0
    for start in range(0, high + 1, _CHUNK):
        try:
            connection.execute(f"{copy} WHERE rowid BETWEEN ? AND ?", (start, start + _CHUNK - 1))
            continue
        except sqlite3.DatabaseError:
            pass
        for rowid in range(start, start + _CHUNK):
            try:
                connection.execute(f"{copy} WHERE rowid = ?", (rowid,))
            except sqlite3.DatabaseError:
                lost += 1
    if lost:
        result.unreadable[table] = lost


def _copy_files(root: Path, out: Path) -> int:
    copied = 0
    blobs = root / "blobs"
    if blobs.is_dir():
        for path in blobs.glob("??/*"):
            if path.is_file() and not path.name.startswith("."):
                target = out / "blobs" / path.parent.name / path.name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target)
                copied += 1
    if (root / "replies").is_dir():
        shutil.copytree(root / "replies", out / "replies", dirs_exist_ok=True)
    if (root / POLICY_OVERRIDES).is_file():
        shutil.copy2(root / POLICY_OVERRIDES, out / POLICY_OVERRIDES)
    return copied
