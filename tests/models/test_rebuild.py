"""Opening a 0006 profile rewrites it as the compact storage beside the old file: progress
as it goes, all or nothing when stopped, refused without the disk space, finished after a
crash between its two renames, and the old file kept as the backup without a copy."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.errors import StorageError
from app.models.backups import list_backups
from app.models.migrations import HEAD_REVISION
from app.models.rebuild import COPYING, INDEXING, SEARCH_INDEX, SWAPPING, rebuild, work_path
from app.services.core.profile import DB_NAME, Profile

RELEASE = Path(__file__).parents[1] / "fixtures" / "release_0006" / "profile"


@pytest.fixture
def old_profile(tmp_path) -> Path:
    folder = tmp_path / "profile"
    shutil.copytree(RELEASE, folder)
    return folder


def _stamp(path: Path) -> str:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def _content(path: Path) -> str:
    """Every schema object and row as SQL (the file's header may differ: opening a profile
    switches it to write-ahead logging)."""
    with sqlite3.connect(path) as db:
        return "\n".join(db.iterdump())


def _refs(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        return sorted(r[0] for r in db.execute("SELECT ref FROM cases"))


def test_the_rewrite_reports_its_progress_and_keeps_the_old_file_as_the_backup(old_profile, clock):
    before = (old_profile / DB_NAME).stat().st_ino
    refs = _refs(old_profile / DB_NAME)
    seen: list[tuple[int, int, str]] = []
    profile = Profile.open(
        old_profile, agent="t", now=clock, progress=lambda *step: seen.append(step)
    )
    profile.close()
    phases = [phase for _d, _t, phase in seen]
    assert phases.index(COPYING) < phases.index(INDEXING) < phases.index(SEARCH_INDEX)
    assert phases[-1] == SWAPPING
    copying = [(done, total) for done, total, phase in seen if phase == COPYING]
    assert copying[0][0] == 0 and copying[-1][0] == copying[-1][1] > 0
    assert [d for d, _ in copying] == sorted(d for d, _ in copying)
    (backup,) = list_backups(old_profile / "backups")
    assert backup.label == "schema-0006"
    assert backup.path.stat().st_ino == before  # the same file under a new name: no copy
    assert _stamp(backup.path) == "0006" and _refs(backup.path) == refs
    assert _stamp(old_profile / DB_NAME) == HEAD_REVISION and _refs(old_profile / DB_NAME) == refs
    assert not work_path(old_profile / DB_NAME).exists()


@pytest.mark.parametrize("stop_in", [COPYING, INDEXING, SEARCH_INDEX])
def test_a_stopped_rewrite_changes_nothing_and_runs_again_next_time(old_profile, clock, stop_in):
    """Stopping is looked at after every batch, index and search batch: stopped in any
    phase, the profile is as it was, and the next open upgrades it."""
    original = _content(old_profile / DB_NAME)
    phases: list[str] = []
    with pytest.raises(StorageError, match="stopped") as caught:
        Profile.open(
            old_profile,
            agent="t",
            now=clock,
            progress=lambda _d, _t, phase: phases.append(phase),
            cancelled=lambda: stop_in in phases,
        )
    assert caught.value.kind == "upgrade_cancelled"
    assert phases[-1] == stop_in and SWAPPING not in phases
    assert _content(old_profile / DB_NAME) == original
    assert not work_path(old_profile / DB_NAME).exists()
    assert list_backups(old_profile / "backups") == []
    Profile.open(old_profile, agent="t", now=clock).close()
    assert _stamp(old_profile / DB_NAME) == HEAD_REVISION


def test_without_the_disk_space_of_one_copy_nothing_starts(old_profile, clock, monkeypatch):
    original = _content(old_profile / DB_NAME)
    monkeypatch.setattr(
        "app.models.rebuild.shutil.disk_usage",
        lambda _path: type("U", (), {"free": 1024, "total": 0, "used": 0}),
    )
    with pytest.raises(StorageError, match="free disk space") as caught:
        Profile.open(old_profile, agent="t", now=clock)
    assert caught.value.kind == "disk_full"
    assert _content(old_profile / DB_NAME) == original


def test_a_leftover_of_an_interrupted_rewrite_is_started_again(old_profile, clock):
    work = work_path(old_profile / DB_NAME)
    work.write_bytes(b"half a database")
    Profile.open(old_profile, agent="t", now=clock).close()
    assert _stamp(old_profile / DB_NAME) == HEAD_REVISION and not work.exists()


def test_a_crash_between_the_two_renames_is_finished_on_the_next_open(old_profile, clock):
    """Where the file system cannot link, the old file is renamed into backups/ first: a
    crash right then leaves no database but a complete rewrite beside it."""
    refs = _refs(old_profile / DB_NAME)
    path = old_profile / DB_NAME
    rebuild(path, old_profile / "backups", "0006")  # the rewrite alone: the file is at 0007
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.rename(work_path(path))  # as if the second rename never happened
    profile = Profile.open(old_profile, agent="t", now=clock)
    profile.close()
    assert _refs(path) == refs and _stamp(path) == HEAD_REVISION


def test_a_value_that_cannot_be_converted_stops_with_a_clear_error(old_profile, clock):
    with sqlite3.connect(old_profile / DB_NAME) as db:
        db.execute("UPDATE cases SET updated_at = 'yesterday' WHERE rowid = 1")
    original = _content(old_profile / DB_NAME)
    with pytest.raises(StorageError, match="could not convert") as caught:
        Profile.open(old_profile, agent="t", now=clock)
    assert caught.value.kind == "upgrade_failed"
    assert _content(old_profile / DB_NAME) == original
    assert not work_path(old_profile / DB_NAME).exists()
