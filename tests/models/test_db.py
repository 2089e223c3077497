"""Opening a profile database: pragmas, refusing files that are not ours, storage errors."""

from __future__ import annotations

import hashlib
import os
import pwd
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.models.backups import backup_database
from app.models.db import (
    StorageError,
    create_sqlite_engine,
    open_database,
    storage_error_from,
)
from app.models.migrations import HEAD_REVISION
from app.services.cases.operations import NewCase, create_case
from app.services.core.profile import DB_NAME, Profile


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _folder_listing(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir())


def test_fresh_profile_has_wal_foreign_keys_and_fts(profile):
    with profile.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
        tables = set(sa.inspect(connection).get_table_names())
        version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert {"cases", "messages", "evidence", "operations", "case_tags", "meta"} <= tables
    assert "search_fts" in tables
    assert version == HEAD_REVISION
    for sub in ("blobs", "backups", "logs"):
        assert (profile.root / sub).is_dir()


def test_foreign_keys_are_enforced(profile):
    with profile.engine.connect() as connection, pytest.raises(sa.exc.IntegrityError):
        connection.exec_driver_sql(
            "INSERT INTO case_tags (case_id, tag, added_at) VALUES ('00', 'x', 'now')"
        )


def test_reopening_keeps_data_and_device(profile_dir, clock):
    first = Profile.open(profile_dir, agent="ana", now=clock)
    create_case(first, NewCase(subject="Zipper broke"))
    device = first.device_id
    first.close()
    again = Profile.open(profile_dir, now=clock)
    try:
        assert again.device_id == device
        assert again.agent == "ana"  # remembered from the first open
        with again.read() as session:
            assert session.scalar(sa.text("SELECT subject FROM cases")) == "Zipper broke"
        assert _folder_listing(profile_dir / "backups") == []  # nothing to migrate
    finally:
        again.close()


def test_head_revision_is_the_alembic_head():
    from alembic.script import ScriptDirectory

    import app.models.db as db

    script = ScriptDirectory(str(Path(db.__file__).parent / "migrations"))
    assert script.get_heads() == [HEAD_REVISION]
    assert HEAD_REVISION in db.known_revisions()


def test_a_file_that_is_not_sqlite_is_refused_untouched(profile_dir):
    profile_dir.mkdir()
    db_path = profile_dir / DB_NAME
    db_path.write_bytes(b"%PDF-1.7 this is somebody's invoice\n" * 100)
    before = _digest(db_path)
    with pytest.raises(StorageError) as caught:
        Profile.open(profile_dir, agent="t")
    assert caught.value.kind == "corrupt"
    assert "not an SQLite file" in str(caught.value)
    assert _digest(db_path) == before


def test_an_sqlite_header_with_garbage_is_corrupt(profile_dir):
    profile_dir.mkdir()
    db_path = profile_dir / DB_NAME
    db_path.write_bytes(b"SQLite format 3\x00" + b"\x07garbage" * 600)
    before = _digest(db_path)
    with pytest.raises(StorageError) as caught:
        Profile.open(profile_dir, agent="t")
    assert caught.value.kind == "corrupt"
    assert _digest(db_path) == before


def test_an_sqlite_file_of_another_program_is_refused_untouched(profile_dir):
    profile_dir.mkdir()
    db_path = profile_dir / DB_NAME
    other = sqlite3.connect(db_path)
    other.execute("CREATE TABLE recipes (name TEXT, minutes INTEGER)")
    other.execute("INSERT INTO recipes VALUES ('soup', 30)")
    other.commit()
    other.close()
    before = _digest(db_path)
    with pytest.raises(StorageError) as caught:
        Profile.open(profile_dir, agent="t")
    assert caught.value.kind == "corrupt"
    assert "another program" in str(caught.value)
    assert _digest(db_path) == before
    check = sqlite3.connect(db_path)
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    check.close()


def test_a_database_from_a_newer_version_is_refused_untouched(profile_dir, clock):
    made = Profile.open(profile_dir, agent="t", now=clock)
    create_case(made, NewCase(subject="From the future"))
    with made.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    made.close()
    db_path = profile_dir / DB_NAME
    before = _digest(db_path)
    with pytest.raises(StorageError) as caught:
        Profile.open(profile_dir, agent="t", now=clock)
    assert caught.value.kind == "newer_schema"
    assert "newer version" in str(caught.value)
    assert "9999" in str(caught.value)
    assert _digest(db_path) == before
    assert _folder_listing(profile_dir / "backups") == []


def test_an_empty_sqlite_file_is_migrated_without_a_backup(profile_dir, clock):
    profile_dir.mkdir()
    db_path = profile_dir / DB_NAME
    sqlite3.connect(db_path).close()  # a valid, empty database (no tables, no version)
    opened = Profile.open(profile_dir, agent="t", now=clock)
    try:
        with opened.engine.connect() as connection:
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            assert version.scalar() == HEAD_REVISION
    finally:
        opened.close()
    assert _folder_listing(profile_dir / "backups") == []


def test_a_zero_byte_file_becomes_a_new_database(tmp_path):
    db_path = tmp_path / DB_NAME
    db_path.touch()
    engine = open_database(db_path, tmp_path / "backups")
    try:
        with engine.connect() as connection:
            assert "cases" in sa.inspect(connection).get_table_names()
    finally:
        engine.dispose()


def test_backup_database_copies_the_live_database(profile, clock):
    created = create_case(profile, NewCase(subject="Keep me safe"))
    copy = backup_database(profile.engine, profile.root / "backups", "schema-0001")
    assert copy.parent == profile.root / "backups"
    assert copy.name.startswith("workbench-schema-0001-")
    assert copy.suffix == ".sqlite3"
    backup = sqlite3.connect(copy)
    try:
        assert backup.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert backup.execute("SELECT ref, subject FROM cases").fetchall() == [
            (created.ref, "Keep me safe")
        ]
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            HEAD_REVISION
        )
    finally:
        backup.close()


# ----------------------------------------------------------------------------- read-only


def _open_as_user_without_write_access(folder: Path, read_only: Path) -> tuple[str, str]:
    """Open a profile in `folder` while `read_only` cannot be written: (error kind, message).

    Root ignores file modes, so as root the open runs in a forked child that has
    switched to `nobody` (a fresh interpreter could not start as `nobody` here:
    the venv's Python lives under /root). Otherwise the folder is made 0o555.
    """
    if os.geteuid() != 0:
        read_only.chmod(0o555)
        try:
            with pytest.raises(StorageError) as caught:
                Profile.open(folder, agent="nobody")
        finally:
            read_only.chmod(0o755)
        return caught.value.kind, str(caught.value)

    nobody = pwd.getpwnam("nobody")
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        code = 1
        try:
            os.close(reader)
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            try:
                Profile.open(folder, agent="nobody").close()
                report = "opened\nno error"
            except StorageError as exc:
                report = f"{exc.kind}\n{exc}"
            os.write(writer, report.encode())
            code = 0
        finally:
            os._exit(code)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        report = pipe.read().decode()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, report
    kind, _, message = report.partition("\n")
    return kind, message


@pytest.fixture
def shared_dir() -> Path:
    """A folder `nobody` can read and enter (pytest's own tmp folders are private to root)."""
    base = Path(tempfile.mkdtemp(prefix="workbench-ro-"))
    base.chmod(0o755)
    yield base
    shutil.rmtree(base, ignore_errors=True)


def test_an_existing_profile_in_a_read_only_folder_is_refused(shared_dir, clock):
    folder = shared_dir / "profile"
    Profile.open(folder, agent="t", now=clock).close()
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    before = _digest(folder / DB_NAME)
    kind, message = _open_as_user_without_write_access(folder, folder)
    assert kind == "read_only", message
    assert "cannot be written" in message
    assert "--data-dir" in message
    assert _digest(folder / DB_NAME) == before


def test_a_new_profile_under_a_read_only_folder_is_refused(shared_dir):
    kind, message = _open_as_user_without_write_access(shared_dir / "sub" / "profile", shared_dir)
    assert kind == "read_only", message
    assert not (shared_dir / "sub").exists()


# ----------------------------------------------------------------------------- disk full


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("database or disk is full", "disk_full"),
        ("disk I/O error", "disk_full"),
        ("database is locked", "locked"),
        ("file is not a database", "corrupt"),
        ("database disk image is malformed", "corrupt"),
        ("attempt to write a readonly database", "read_only"),
        ("unable to open database file", "read_only"),
    ],
)
def test_storage_error_from_translates_sqlite_errors(message, kind):
    raw = sqlite3.OperationalError(message)
    direct = storage_error_from(raw, Path("/x/workbench.sqlite3"))
    assert direct is not None and direct.kind == kind
    assert "/x/workbench.sqlite3" in str(direct)
    wrapped = sa.exc.OperationalError("INSERT ...", {}, raw)
    assert storage_error_from(wrapped).kind == kind


def test_storage_error_from_translates_os_errors():
    assert storage_error_from(OSError(28, "No space left on device")).kind == "disk_full"
    assert storage_error_from(PermissionError(13, "Permission denied")).kind == "read_only"
    assert storage_error_from(OSError(30, "Read-only file system")).kind == "read_only"


def test_storage_error_from_leaves_bugs_alone():
    assert storage_error_from(sqlite3.OperationalError("no such table: casez")) is None
    assert storage_error_from(sqlite3.IntegrityError("UNIQUE constraint failed")) is None
    assert storage_error_from(ValueError("disk is full")) is None
    assert storage_error_from(OSError(2, "No such file")) is None


def test_a_full_database_raises_disk_full_and_keeps_previous_data(profile):
    create_case(profile, NewCase(subject="Saved before the disk filled up", body="first"))
    with profile.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    with pytest.raises(StorageError) as caught, profile.write() as session:
        session.execute(sa.text(f"PRAGMA max_page_count = {pages + 1}"))
        session.execute(
            sa.text("INSERT INTO meta (key, value) VALUES ('big', :v)"), {"v": "x" * 2_000_000}
        )
    assert caught.value.kind == "disk_full"
    assert "disk is full" in str(caught.value)
    profile.engine.dispose()  # forget the connection that carries the low page limit
    with profile.read() as session:
        assert session.scalar(sa.text("SELECT subject FROM cases")) == (
            "Saved before the disk filled up"
        )
        assert session.scalar(sa.text("SELECT count(*) FROM meta WHERE key = 'big'")) == 0
        assert session.scalar(sa.text("PRAGMA integrity_check")) == "ok"
    create_case(profile, NewCase(subject="And writing works again"))


def test_engine_registers_casefold(tmp_path):
    engine = create_sqlite_engine(tmp_path / "x.sqlite3")
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT casefold('STRASSE Straße')").scalar() == (
                "strasse strasse"
            )
            assert connection.exec_driver_sql("SELECT casefold(NULL)").scalar() is None
    finally:
        engine.dispose()
