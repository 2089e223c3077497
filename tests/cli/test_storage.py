"""The recovery commands from the command line, on a profile whose database is damaged."""

from __future__ import annotations

import os
from pathlib import Path

from app.models.backups import backup_database
from app.services.cases.operations import NewCase, create_case
from app.services.core.profile import DB_NAME, Profile
from tests.cli.test_runner import one_error_line, run, run_json


def _damaged_profile(folder: Path) -> None:
    profile = Profile.open(folder, agent="t")
    for n in range(30):
        create_case(profile, NewCase(subject=f"Case {n}", body="words " * 300))
    backup_database(profile.engine, folder / "backups", "manual")
    profile.close()
    path = folder / DB_NAME
    pages = path.stat().st_size // 4096
    with path.open("r+b") as handle:
        for page in (pages // 2, pages // 2 + 1, pages - 3, pages - 2):
            handle.seek(page * 4096)
            handle.write(os.urandom(4096))


def test_a_damaged_profile_refuses_writes_reports_and_recovers(capsys, tmp_path):
    folder = tmp_path / "p"
    _damaged_profile(folder)
    code, _out, err = run(capsys, "--data-dir", folder, "cases", "add", "--subject", "x")
    assert code == 2
    line = one_error_line(err)
    assert "damaged" in line and "workbench doctor" in line
    code, out, err = run(capsys, "--data-dir", folder, "doctor", "--json")
    assert code == 1
    assert "Integrity check" in out
    saved = run_json(capsys, "--data-dir", folder, "salvage", "--out", tmp_path / "saved")
    assert saved["copied"]["cases"] > 0
    assert run_json(capsys, "--data-dir", tmp_path / "saved", "cases", "list", "--limit", "0")
    [backup] = run_json(capsys, "--data-dir", folder, "backups", "list")
    restored = run_json(capsys, "--data-dir", folder, "backups", "restore")
    assert restored["restored"] == backup["name"]
    assert Path(restored["replaced_database"]).exists()
    code, _out, err = run(capsys, "--data-dir", folder, "cases", "add", "--subject", "Again")
    assert code == 0, err
    code, _out, err = run(capsys, "--data-dir", folder, "doctor")
    assert code == 0, err


def test_a_wiped_header_is_reported_by_doctor_and_salvaged(capsys, tmp_path):
    folder = tmp_path / "p"
    profile = Profile.open(folder, agent="t")
    refs = {create_case(profile, NewCase(subject=f"Case {n}")).ref for n in range(12)}
    with profile.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    profile.close()
    with (folder / DB_NAME).open("r+b") as handle:
        handle.write(bytes(100))  # the file header, gone
    code, out, err = run(capsys, "--data-dir", folder, "doctor", "--json")
    assert code == 1, err
    assert "cannot be opened" in out
    code, _out, err = run(capsys, "--data-dir", folder, "cases", "add", "--subject", "x")
    assert code == 2 and "salvage" in one_error_line(err)
    saved = run_json(capsys, "--data-dir", folder, "salvage", "--out", tmp_path / "saved")
    assert saved["copied"]["cases"] == 12
    listed = run_json(capsys, "--data-dir", tmp_path / "saved", "cases", "list", "--limit", "0")
    assert {row["ref"] for row in listed} == refs


def test_a_salvage_that_fails_leaves_its_folder_as_it_was(capsys, tmp_path):
    folder = tmp_path / "p"
    Profile.open(folder, agent="t").close()
    (folder / DB_NAME).write_bytes(os.urandom(8192))  # nothing of SQLite left
    code, _out, err = run(capsys, "--data-dir", folder, "salvage", "--out", tmp_path / "saved")
    assert code == 2 and "cannot read" in one_error_line(err)
    assert not (tmp_path / "saved").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["p"]
