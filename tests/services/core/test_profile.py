"""A profile never loses data: stamps never repeat, read-only opens write nothing, bad data
folders are named, damage stops writes until a backup is restored or the rows are salvaged."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.models import health
from app.services.cases.operations import NewCase, create_case
from app.services.core.errors import StorageError
from app.services.core.profile import DB_NAME, Profile
from app.services.core.recovery import restore_backup, salvage
from app.services.evidence.doctor import run_doctor


def _stamps(profile: Profile) -> list[tuple[str, str]]:
    with profile.read() as session:
        return [tuple(r) for r in session.execute(sa.text("SELECT device_id, hlc FROM operations"))]


def test_two_opens_of_one_profile_never_repeat_a_clock_stamp(profile_dir, clock):
    """Two processes of one device, with a clock that does not move: each write moves
    past the newest stamp the other wrote."""
    first = Profile.open(profile_dir, agent="a", now=clock)
    second = Profile.open(profile_dir, agent="b", now=clock)
    try:
        for n in range(5):
            create_case(first, NewCase(subject=f"first {n}", customer_name=f"A{n}"))
            create_case(second, NewCase(subject=f"second {n}", customer_name=f"B{n}"))
        stamps = _stamps(first)
        assert len(stamps) == len(set(stamps)) == 20
    finally:
        first.close()
        second.close()


def test_the_same_buyer_and_order_are_found_not_created_again(profile_dir, clock):
    first = Profile.open(profile_dir, agent="a", now=clock)
    second = Profile.open(profile_dir, agent="b", now=clock)
    try:
        for opened in (first, second, first):
            create_case(
                opened,
                NewCase(
                    subject="Belt too short",
                    customer_name="Kim Minji",
                    marketplace="amazon.com",
                    order_external_id="113-4829173-5520931",
                ),
            )
        with first.read() as session:
            count = lambda table: session.scalar(sa.text(f"SELECT count(*) FROM {table}"))  # noqa: E731
            assert (count("customers"), count("orders"), count("cases")) == (1, 1, 3)
    finally:
        first.close()
        second.close()


def _listing(root: Path) -> dict[str, tuple[int, int]]:
    """Every file with its size and time, but SQLite's own -wal/-shm companions, which any
    reader of a WAL database may create (empty) and which hold nothing of ours."""
    return {
        str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }


def test_a_read_only_open_writes_nothing(profile_dir, clock):
    Profile.open(profile_dir, agent="t", now=clock).close()
    writer = Profile.open(profile_dir, agent="t", now=clock)
    ref = create_case(writer, NewCase(subject="Readable")).ref
    writer.close()
    before = _listing(profile_dir)
    reader = Profile.open(profile_dir, read_only=True)
    try:
        with reader.read() as session:
            assert session.scalar(sa.text("SELECT ref FROM cases")) == ref
        with pytest.raises(StorageError, match="opened only to read"):
            create_case(reader, NewCase(subject="No"))
    finally:
        reader.close()
    assert _listing(profile_dir) == before


def test_a_read_only_open_of_a_missing_profile_creates_nothing(tmp_path):
    with pytest.raises(StorageError, match="no Support Workbench profile") as caught:
        Profile.open(tmp_path / "nothing", read_only=True)
    assert caught.value.kind == "missing"
    assert not (tmp_path / "nothing").exists()


@pytest.fixture
def full_disk(tmp_path):
    """A 4 MB tmpfs (root only), for a disk that fills up."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4M", "tmpfs", str(mount)])
    if done.returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs")
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


def test_reading_works_on_a_full_disk_and_leaves_no_file(full_disk, clock):
    folder = full_disk / "p"
    profile = Profile.open(folder, agent="t", now=clock)
    ref = create_case(profile, NewCase(subject="Written before the disk filled")).ref
    profile.close()
    with (full_disk / "filler").open("wb") as filler:
        try:
            while True:
                filler.write(b"\0" * 65536)
        except OSError:
            pass
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(StorageError) as caught:
        Profile.open(folder, agent="t", now=clock)
    assert caught.value.kind == "disk_full"
    assert sorted(p.name for p in folder.iterdir()) == before  # no .write-check-* left
    reader = Profile.open(folder, read_only=True)
    try:
        with reader.read() as session:
            assert session.scalar(sa.text("SELECT ref FROM cases")) == ref
        assert run_doctor(reader).ok
    finally:
        reader.close()


def test_data_folders_that_cannot_be_folders_are_named(tmp_path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    with pytest.raises(StorageError, match="is a file, not a folder"):
        Profile.open(a_file)
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    with pytest.raises(StorageError, match="points back at itself"):
        Profile.open(loop)
    with pytest.raises(StorageError, match="under something that is a file"):
        Profile.open(a_file / "profile")
    assert a_file.read_text() == "not a folder"


def _damage(path: Path) -> None:
    """Overwrite four pages in the middle of the file, as a failing disk would."""
    pages = path.stat().st_size // 4096
    with sqlite3.connect(path) as connection:  # the schema stays readable: SQLite's own check
        schema = {  # must get as far as the damaged rows (pages counted from 0 here)
            number - 1
            for (number,) in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'"
            )
        }
        # Each table's root page stays too: without it no row of the table can be found,
        # which tests nothing but where the pages happened to fall.
        schema |= {
            root - 1 for (root,) in connection.execute("SELECT rootpage FROM sqlite_schema") if root
        }
    connection.close()
    chosen = [p for p in range(pages // 3, pages - 1) if p not in schema]
    with path.open("r+b") as handle:
        for page in (chosen[0], pages // 2, pages // 2 + 1, pages - 2):
            handle.seek(page * 4096)
            handle.write(os.urandom(4096))


@pytest.fixture
def damaged(profile_dir, clock):
    """A profile with a backup (made by hand, as before an upgrade) and damage after it."""
    profile = Profile.open(profile_dir, agent="t", now=clock)
    for n in range(40):
        create_case(profile, NewCase(subject=f"Case {n}", body="x " * 400, customer_name=f"C{n}"))
    from app.models.backups import backup_database

    backup_database(profile.engine, profile_dir / "backups", "manual")
    profile.close()
    _damage(profile_dir / DB_NAME)
    return profile_dir


def test_damage_is_found_at_open_and_writes_are_refused_with_the_way_out(damaged, clock):
    profile = Profile.open(damaged, agent="t", now=clock)
    try:
        assert profile.damage is not None
        with pytest.raises(StorageError) as caught:
            create_case(profile, NewCase(subject="Must not be written"))
        assert caught.value.kind == "damaged"
        for way_out in ("workbench doctor", "backups restore", "salvage"):
            assert way_out in str(caught.value)
        problems = run_doctor(profile).problems
        assert problems and all(p.kind == "database" for p in problems)
        assert any("malformed" in p.detail or "corrupt" in p.detail for p in problems), problems
    finally:
        profile.close()
    assert health.read_mark(damaged) is not None  # remembered for the next open


def test_restoring_the_backup_makes_the_profile_writable_again(damaged, clock):
    restored = restore_backup(damaged)
    assert restored.damaged_copy.exists()  # the damaged file is kept, not deleted
    assert health.read_mark(damaged) is None
    profile = Profile.open(damaged, agent="t", now=clock)
    try:
        assert profile.damage is None
        create_case(profile, NewCase(subject="Writable again"))
        with profile.read() as session:
            assert session.scalar(sa.text("SELECT count(*) FROM cases")) == 41
    finally:
        profile.close()


def test_salvage_saves_every_readable_row_into_a_new_profile(damaged, tmp_path, clock):
    result = salvage(damaged, tmp_path / "saved")
    assert result.copied["cases"] > 0
    profile = Profile.open(tmp_path / "saved", agent="t", now=clock)
    try:
        assert profile.damage is None
        with profile.read() as session:
            saved = session.scalar(sa.text("SELECT count(*) FROM cases"))
        assert saved == result.copied["cases"]
        assert saved + result.unreadable.get("cases", 0) >= 1
        create_case(profile, NewCase(subject="Work goes on"))
    finally:
        profile.close()
    with pytest.raises(Exception, match="not an empty folder"):
        salvage(damaged, tmp_path / "saved")


def test_a_backup_is_not_restored_under_a_profile_still_open(damaged, clock):
    """A window or a command still writing would go on writing to the moved-aside file."""
    before = (damaged / DB_NAME).read_bytes()
    still_open = Profile.open(damaged, read_only=True)
    try:
        with pytest.raises(StorageError, match="still open") as caught:
            restore_backup(damaged)
        assert caught.value.kind == "locked"
        assert (damaged / DB_NAME).read_bytes() == before  # nothing was done
        assert not list((damaged / "backups").glob("replaced-*"))
    finally:
        still_open.close()
    restore_backup(damaged)
    assert list((damaged / "backups").glob("replaced-*"))


def test_a_profile_too_large_for_the_budget_is_checked_whole_before_a_write(
    damaged, clock, monkeypatch
):
    """Over the quick check's budget, a command that writes still gets a whole check,
    unless one passed within the day."""
    whole_check = health.quick_check

    def out_of_time(path, budget_s=health.QUICK_CHECK_BUDGET_S):  # noqa: ANN001, ANN202
        return None if budget_s is not None else whole_check(path, None)

    monkeypatch.setattr(health, "quick_check", out_of_time)
    (damaged / health.CLEAN_NAME).write_text('{"checked_at": "2026-01-01T00:00:00+00:00"}')
    reader = Profile.open(damaged, read_only=True)
    try:
        assert reader.damage is None  # a read trusts what was found before: nothing yet
    finally:
        reader.close()
    writer = Profile.open(damaged, agent="t", now=clock)
    try:
        assert writer.damage is not None
        with pytest.raises(StorageError, match="damaged"):
            create_case(writer, NewCase(subject="Must not be written"))
    finally:
        writer.close()


def test_a_whole_check_that_passed_today_is_not_repeated(profile_dir, clock):
    Profile.open(profile_dir, agent="t", now=clock).close()  # a check within budget passes
    assert health.checked_recently(profile_dir)
    opened = Profile.open(profile_dir, agent="t", now=clock, check_budget_s=1e-9)
    opened.close()
    (profile_dir / health.CLEAN_NAME).write_text('{"checked_at": "2020-01-01T00:00:00+00:00"}')
    assert not health.checked_recently(profile_dir)
