"""Schema creation and upgrades are all or nothing, repair what older versions left, and
back up safely; revision 0005 merges duplicates before it makes the rules unique."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy import event
from sqlalchemy.engine import Engine

from app.models.backups import KEEP_BACKUPS, PARTIAL_PREFIX, backup_database, list_backups
from app.models.db import StorageError, _alembic_config, create_sqlite_engine
from app.models.migrations import HEAD_REVISION
from app.services.cases.operations import NewCase, create_case
from app.services.core.profile import DB_NAME, Profile
from tests.models.old_schema import make_profile_at

_DDL = ("CREATE", "ALTER", "DROP")


def _at_revision(folder: Path, _clock, revision: str, subject: str = "Kept") -> str:  # noqa: ANN001
    """A profile with one case, at `revision` as that release wrote it; returns its ref."""
    return make_profile_at(folder, revision, subject)


def _to_0006(folder: Path) -> None:
    """Upgrade in place to 0006, the last schema before the compact storage (revision
    0005's rules are checked on the rows as 0005 and 0006 kept them)."""
    engine = create_sqlite_engine(folder / DB_NAME)
    try:
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), "0006")
    finally:
        engine.dispose()


def _stamp(path: Path) -> str | None:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        connection.close()


def _columns(path: Path, table: str) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
    finally:
        connection.close()


class _FailAtDDL:
    """Raise at the N-th schema statement any engine runs (a crash, minus the process)."""

    def __init__(self, n: int) -> None:
        self.n, self.seen = n, 0

    def __call__(self, _conn, _cursor, statement, *_args) -> None:  # noqa: ANN001, ANN002
        if statement.lstrip().upper().startswith(_DDL):
            self.seen += 1
            if self.seen == self.n:
                raise RuntimeError(f"simulated crash at DDL statement {self.n}")

    def __enter__(self) -> _FailAtDDL:
        event.listen(Engine, "before_cursor_execute", self)
        return self

    def __exit__(self, *_exc) -> None:  # noqa: ANN002
        event.remove(Engine, "before_cursor_execute", self)


@pytest.mark.parametrize("revision", ["0001", "0002", "0003", "0004"])
@pytest.mark.parametrize("fail_at", [1, 2, 5])
def test_an_upgrade_that_fails_half_way_changes_nothing(tmp_path, clock, revision, fail_at):
    folder = tmp_path / "p"
    ref = _at_revision(folder, clock, revision)
    before = _columns(folder / DB_NAME, "cases")
    with _FailAtDDL(fail_at) as fail, pytest.raises(RuntimeError, match="simulated crash"):
        Profile.open(folder, agent="t", now=clock)
    assert fail.seen == fail_at
    assert _stamp(folder / DB_NAME) == revision
    assert _columns(folder / DB_NAME, "cases") == before
    profile = Profile.open(folder, agent="t", now=clock)  # the retry finishes the job
    try:
        assert _stamp(folder / DB_NAME) == HEAD_REVISION
        with profile.read() as session:
            assert session.scalar(sa.text("SELECT ref FROM cases")) == ref
    finally:
        profile.close()
    # One copy before the upgrade in place to 0006 (the retry reused it), and the 0006
    # file itself, kept when the compact storage was written beside it.
    labels = sorted(b.label for b in list_backups(folder / "backups"))
    assert labels == [f"schema-{revision}", "schema-0006"]


@pytest.mark.parametrize("fail_at", [1, 3, 10, 25])
def test_creation_that_fails_half_way_leaves_no_half_made_database(tmp_path, clock, fail_at):
    folder = tmp_path / "p"
    with _FailAtDDL(fail_at), pytest.raises(RuntimeError, match="simulated crash"):
        Profile.open(folder, agent="t", now=clock)
    profile = Profile.open(folder, agent="t", now=clock)
    try:
        create_case(profile, NewCase(subject="After the crash"))
        assert _stamp(folder / DB_NAME) == HEAD_REVISION
    finally:
        profile.close()


def test_a_half_made_profile_of_an_older_version_is_started_again(tmp_path, clock):
    """Before creation was one transaction, a kill left some of our tables and no stamp."""
    folder = tmp_path / "p"
    folder.mkdir()
    connection = sqlite3.connect(folder / DB_NAME)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    connection.execute("CREATE TABLE customers (id CHAR(32) PRIMARY KEY, name VARCHAR(200))")
    connection.execute("CREATE TABLE meta (key VARCHAR(64) PRIMARY KEY, value TEXT)")
    connection.commit()
    connection.close()
    profile = Profile.open(folder, agent="t", now=clock)
    try:
        create_case(profile, NewCase(subject="Works", customer_name="Kim"))
    finally:
        profile.close()


def test_tables_of_ours_holding_data_without_a_stamp_are_not_dropped(tmp_path, clock):
    folder = tmp_path / "p"
    folder.mkdir()
    connection = sqlite3.connect(folder / DB_NAME)
    connection.execute("CREATE TABLE meta (key VARCHAR(64) PRIMARY KEY, value TEXT)")
    connection.execute("INSERT INTO meta VALUES ('agent', 'someone')")
    connection.commit()
    connection.close()
    with pytest.raises(StorageError, match="another program"):
        Profile.open(folder, agent="t", now=clock)
    connection = sqlite3.connect(folder / DB_NAME)
    assert connection.execute("SELECT value FROM meta").fetchall() == [("someone",)]
    connection.close()


def test_an_upgrade_an_older_version_left_half_done_is_finished(tmp_path, clock):
    """The 0003 columns exist (each ALTER committed alone), the stamp still says 0002."""
    folder = tmp_path / "p"
    ref = _at_revision(folder, clock, "0002")
    connection = sqlite3.connect(folder / DB_NAME)
    connection.execute("ALTER TABLE orders ADD COLUMN return_requested_at VARCHAR(27)")
    connection.execute("ALTER TABLE cases ADD COLUMN manual_escalation_level INTEGER DEFAULT 0")
    connection.commit()
    connection.close()
    profile = Profile.open(folder, agent="t", now=clock)
    try:
        with profile.read() as session:
            assert session.scalar(sa.text("SELECT ref FROM cases")) == ref
        assert _stamp(folder / DB_NAME) == HEAD_REVISION
    finally:
        profile.close()


def test_backups_are_verified_renamed_and_pruned(profile):
    backups = profile.root / "backups"
    backups.mkdir(exist_ok=True)
    leftover = backups / f"{PARTIAL_PREFIX}workbench-schema-0004-20260101T000000Z.sqlite3"
    leftover.write_bytes(b"half a copy")
    made = [backup_database(profile.engine, backups, f"schema-000{i}") for i in range(5)]
    assert not leftover.exists()
    kept = list_backups(backups)
    assert [b.path for b in kept] == made[::-1][:KEEP_BACKUPS]
    assert sorted(p.name for p in backups.iterdir()) == sorted(b.path.name for b in kept)


def test_a_backup_that_cannot_be_made_stops_the_upgrade(tmp_path, clock, monkeypatch):
    folder = tmp_path / "p"
    _at_revision(folder, clock, "0004")
    monkeypatch.setattr(
        "shutil.disk_usage", lambda _path: type("U", (), {"free": 1024, "total": 0, "used": 0})
    )
    with pytest.raises(StorageError, match="backup made before it failed") as caught:
        Profile.open(folder, agent="t", now=clock)
    assert caught.value.kind == "backup_failed"
    assert _stamp(folder / DB_NAME) == "0004"
    assert list(Path(folder / "backups").iterdir()) == []


def test_revision_0005_merges_duplicates_made_before(tmp_path, clock):
    folder = tmp_path / "p"
    _at_revision(folder, clock, "0004")
    connection = sqlite3.connect(folder / DB_NAME)
    run = connection.execute
    for n, (name, alias) in enumerate([("Kim", None), ("Kim", None), ("Lee", "a"), ("Li", "a")]):
        run(
            "INSERT INTO customers (id, name, buyer_alias, marketplace, created_at, updated_at) "
            "VALUES (?, ?, ?, 'amazon.de', 't', 't')",
            (f"c{n}", name, alias),
        )
    for n in range(2):
        run(
            "INSERT INTO orders (id, customer_id, marketplace, external_id, created_at, "
            "updated_at) VALUES (?, 'c1', 'amazon.de', '302-1-1', 't', 't')",
            (f"o{n}",),
        )
        run(
            "INSERT INTO cases (id, ref, subject, customer_id, order_id, reason, status, "
            "priority, priority_rank, escalation_level, channel, created_at, updated_at) "
            "VALUES (?, ?, 's', ?, ?, 'other', 'new', 'normal', 1, 0, 'marketplace', 't', 't')",
            (f"k{n}", f"R{n}", f"c{n}", f"o{n}"),
        )
    for n in range(2):
        run(
            "INSERT INTO evidence (id, case_id, sha256, size, media_type, original_name, kind, "
            "added_at) VALUES (?, 'k0', ?, 1, 'text/plain', 'a.txt', 'other', 't')",
            (f"e{n}", "ab" * 32),
        )
        run(
            "INSERT INTO operations (id, hlc, device_id, entity, entity_id, action, data, "
            "created_at) VALUES (?, '000000000000001-000000', 'dev', 'case', 'k0', 'x', '{}', 't')",
            (f"op{n}",),
        )
    connection.commit()
    connection.close()
    _to_0006(folder)
    connection = sqlite3.connect(folder / DB_NAME)
    run = connection.execute
    one = lambda sql: connection.execute(sql).fetchall()  # noqa: E731
    try:
        assert one(
            "SELECT id FROM customers WHERE deleted_at IS NULL AND id LIKE 'c%' ORDER BY id"
        ) == [("c0",), ("c2",)]
        # Cases keep the rows they had (no buyer's name changes, no search rebuild).
        assert one("SELECT customer_id, order_id FROM cases WHERE id LIKE 'k%' ORDER BY id") == [
            ("c0", "o0"),
            ("c1", "o1"),
        ]
        assert one("SELECT id FROM orders WHERE deleted_at IS NULL AND id LIKE 'o%'") == [("o0",)]
        assert one("SELECT count(*) FROM evidence WHERE deleted_at IS NULL") == [(1,)]
        assert one("SELECT count(DISTINCT hlc) FROM operations WHERE device_id = 'dev'") == [(2,)]
        with pytest.raises(sqlite3.IntegrityError):
            run(
                "INSERT INTO orders (id, marketplace, external_id, created_at, updated_at) "
                "VALUES ('o9', 'amazon.de', '302-1-1', 't', 't')"
            )
    finally:
        connection.close()


def test_revision_0005_renumbers_many_repeated_stamps_of_one_millisecond(tmp_path, clock):
    folder = tmp_path / "p"
    _at_revision(folder, clock, "0004")
    connection = sqlite3.connect(folder / DB_NAME)
    stamps = ["000000000000005-000000"] * 6 + ["000000000000005-000001"] * 3
    stamps += ["000000000000006-999999"] * 3  # a full millisecond borrows the next one
    connection.executemany(
        "INSERT INTO operations (id, hlc, device_id, entity, entity_id, action, data, "
        "created_at) VALUES (?, ?, 'dev', 'case', 'k0', 'x', '{}', 't')",
        [(f"op{n}", stamp) for n, stamp in enumerate(stamps)],
    )
    connection.commit()
    connection.close()
    _to_0006(folder)
    connection = sqlite3.connect(folder / DB_NAME)
    try:
        got = [r[0] for r in connection.execute("SELECT hlc FROM operations WHERE device_id='dev'")]
    finally:
        connection.close()
    assert len(got) == len(set(got)) == len(stamps)
    assert {"000000000000005-000000", "000000000000005-000001"} <= set(got)
    assert "000000000000007-000000" in got
