"""The doctor: altered and missing files, the database's own checks, leftovers and orphans."""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import sqlite3
import uuid
from pathlib import Path

from PIL import Image

from app.services.cases import operations as cases
from app.services.core.profile import DB_NAME, Profile
from app.services.evidence.attach import attach_files, remove_evidence
from app.services.evidence.doctor import ORPHAN_RETENTION, clean_orphans, run_doctor
from app.services.evidence.store import TEMP_PREFIX


def _case_with_files(profile, folder: Path, count: int = 2) -> tuple[uuid.UUID, list[uuid.UUID]]:  # noqa: ANN001
    folder.mkdir(exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"photo{n}.jpg"
        Image.new("RGB", (8, 8), (n * 60, 20, 20)).save(path, "JPEG")
        paths.append(path)
    case_id = cases.create_case(profile, cases.NewCase(subject="Broken")).case_id
    return case_id, attach_files(profile, case_id, paths).added


def _set_age(path: Path, when: dt.datetime) -> None:
    os.utime(path, (when.timestamp(), when.timestamp()))


def _sha_of(profile, evidence_id: uuid.UUID) -> str:  # noqa: ANN001
    from app.models.entities import Evidence

    with profile.read() as session:
        return session.get(Evidence, evidence_id).sha256


def test_a_healthy_profile(profile, tmp_path):
    _case, ids = _case_with_files(profile, tmp_path / "in")
    seen = []
    report = run_doctor(profile, progress=lambda *args: seen.append(args))
    assert report.ok and report.problems == []
    assert report.blobs_checked == 2
    sizes = [profile.blobs.path_for(_sha_of(profile, i)).stat().st_size for i in ids]
    assert report.bytes_checked == sum(sizes)
    assert [done for done, _total, _sha in seen] == [1, 2]
    assert report.orphans == []


def test_a_file_altered_on_disk_is_found(profile, tmp_path):
    _case, (first, second) = _case_with_files(profile, tmp_path / "in")
    sha = _sha_of(profile, second)
    path = profile.blobs.path_for(sha)
    data = bytearray(path.read_bytes())
    data[-3] ^= 0xFF
    path.write_bytes(bytes(data))
    report = run_doctor(profile)
    assert not report.ok
    [problem] = report.problems
    assert (problem.kind, problem.sha256, problem.evidence_id) == ("blob_altered", sha, second)
    assert "photo1.jpg" in problem.detail and "altered on disk" in problem.detail


def test_a_missing_file_is_found_for_live_and_removed_rows(profile, tmp_path):
    _case, (first, second) = _case_with_files(profile, tmp_path / "in")
    remove_evidence(profile, second)
    for evidence_id in (first, second):
        profile.blobs.path_for(_sha_of(profile, evidence_id)).unlink()
    problems = run_doctor(profile).problems
    assert {(p.kind, p.evidence_id) for p in problems} == {
        ("blob_missing", first),
        ("blob_missing", second),
    }
    assert any("removed from its case" in p.detail for p in problems)


def test_database_checks_are_run(profile, tmp_path, profile_dir):
    case_id, _ids = _case_with_files(profile, tmp_path / "in", count=1)
    connection = sqlite3.connect(profile_dir / DB_NAME)
    try:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute(
            "UPDATE evidence SET case_id = ? WHERE case_id = ?",
            (uuid.uuid4().bytes, case_id.bytes),
        )
        connection.commit()
    finally:
        connection.close()
    problems = run_doctor(profile).problems
    assert [p.kind for p in problems] == ["database"]
    assert "evidence" in problems[0].detail and "cases" in problems[0].detail


def test_interrupted_imports_are_reported_at_once_then_cleaned(profile, clock):
    """A copy nobody is writing is reported however young; one being written (its writer
    holds a lock on it, as BlobStore.put_stream does) is left alone."""
    profile.blobs.root.mkdir(parents=True, exist_ok=True)
    old = profile.blobs.root / f"{TEMP_PREFIX}crashed"
    new = profile.blobs.root / f"{TEMP_PREFIX}in-progress"
    old.write_bytes(b"half a photo")
    _set_age(old, clock.current - dt.timedelta(seconds=5))
    with new.open("wb") as writer:
        fcntl.flock(writer.fileno(), fcntl.LOCK_EX)
        writer.write(b"a photo being copied")
        [problem] = run_doctor(profile).problems
        assert problem.kind == "stray_temp"
        assert old.name in problem.detail and "interrupted import" in problem.detail
        assert clean_orphans(profile, dry_run=True).removed == () and old.exists()
        assert clean_orphans(profile).removed == ()
        assert not old.exists() and new.exists()
    assert [p.kind for p in run_doctor(profile).problems] == ["stray_temp"]  # writer gone
    clean_orphans(profile)
    assert run_doctor(profile).ok


def test_orphans_are_cleaned_only_after_the_retention(profile, tmp_path, clock):
    _case, (kept, removed) = _case_with_files(profile, tmp_path / "in")
    remove_evidence(profile, removed)
    orphan, _size = profile.blobs.put_bytes(b"a file nothing refers to")
    for sha in (orphan, _sha_of(profile, kept), _sha_of(profile, removed)):
        _set_age(profile.blobs.path_for(sha), clock.current - dt.timedelta(days=2))

    report = run_doctor(profile)
    assert report.ok  # orphans are not problems
    assert sorted(report.orphans) == sorted([orphan, _sha_of(profile, removed)])
    assert clean_orphans(profile).removed == ()  # too young

    clock.advance(days=ORPHAN_RETENTION.days)
    assert clean_orphans(profile, dry_run=True).removed == (orphan,)
    assert profile.blobs.exists(orphan)
    cleaned = clean_orphans(profile)
    assert cleaned.removed == (orphan,)
    assert cleaned.changes.empty  # files only: no row of the shop's data changed
    assert not profile.blobs.exists(orphan)
    # A file a removed row still refers to stays: restoring it must work.
    assert profile.blobs.exists(_sha_of(profile, removed))
    assert profile.blobs.exists(_sha_of(profile, kept))
    assert clean_orphans(profile, older_than=dt.timedelta(0)).removed == ()


def test_a_file_stored_again_is_young_again(profile, clock):
    """An old orphan being attached again (its row not yet written) must not be taken."""
    data = b"%PDF-1.4 receipt"
    sha, _size = profile.blobs.put_bytes(data)
    _set_age(profile.blobs.path_for(sha), dt.datetime.now(dt.UTC) - dt.timedelta(days=90))
    clock.current = dt.datetime.now(dt.UTC)
    assert clean_orphans(profile, dry_run=True).removed == (sha,)
    profile.blobs.put_bytes(data)
    assert clean_orphans(profile).removed == ()
    clock.advance(days=ORPHAN_RETENTION.days + 1)
    assert clean_orphans(profile).removed == (sha,)


def test_files_that_are_not_blobs_are_left_alone(profile, clock):
    profile.blobs.root.mkdir(parents=True, exist_ok=True)
    notes = profile.blobs.root / "README.txt"
    notes.write_text("hands off", encoding="utf-8")
    _set_age(notes, clock.current - dt.timedelta(days=400))
    report = run_doctor(profile)
    assert report.ok and report.blobs_checked == 0
    assert clean_orphans(profile).removed == () and notes.exists()


def test_clean_up_waits_for_a_write_in_progress(profile, profile_dir, clock):
    """clean_orphans removes files under the write lock, so an attach recording its row
    (under the same lock, after checking its stored copy is there) cannot interleave."""
    import threading

    other = Profile.open(profile_dir, agent="other", now=clock)
    finished = threading.Event()
    worker = threading.Thread(target=lambda: (clean_orphans(profile), finished.set()))
    try:
        with other.write():
            worker.start()
            assert not finished.wait(0.5), "clean_orphans ran beside another write"
        worker.join(timeout=20)
        assert finished.is_set()
    finally:
        other.close()
