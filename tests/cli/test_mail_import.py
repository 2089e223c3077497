"""`workbench mail import PATH... --json`: counts, the refused list, exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli.test_runner import one_error_line, run, run_json

CORPUS = Path(__file__).parents[1] / "data" / "mail_import"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "profile"


def test_import_prints_counts_and_a_second_run_only_duplicates(capsys, data_dir):
    paths = [CORPUS / "thread-de.mbox", CORPUS / "ko-photo.eml", CORPUS / "maildir"]
    first = run_json(capsys, "--data-dir", data_dir, "mail", "import", *paths)
    assert first == {
        "imported": 6,
        "new_cases": 4,
        "duplicates": 0,
        "evidence": 1,
        "refused": [],
    }
    again = run_json(capsys, "--data-dir", data_dir, "mail", "import", *paths)
    assert (again["imported"], again["duplicates"], again["new_cases"]) == (0, 6, 0)
    listed = run_json(capsys, "--data-dir", data_dir, "cases", "list")
    subjects = {row["subject"] for row in listed}
    assert "Frage zur Bestellung 302-4829173-5520931" in subjects


def test_refused_files_are_listed_exit_2_and_the_rest_kept(capsys, data_dir, tmp_path):
    missing = tmp_path / "gone.mbox"
    code, out, err = run(
        capsys,
        "--data-dir",
        data_dir,
        "mail",
        "import",
        CORPUS / "corrupt.mbox",
        CORPUS / "junk.eml",
        missing,
        CORPUS / "hostile-attachments.eml",
        "--json",
    )
    assert code == 2
    line = one_error_line(err)
    assert "more" in line
    result = json.loads(out)
    assert result["imported"] == 3
    refused = {entry["path"]: entry for entry in result["refused"]}
    assert set(refused) == {
        f"{CORPUS / 'corrupt.mbox'}#2",
        str(CORPUS / "junk.eml"),
        str(missing),
        str(CORPUS / "hostile-attachments.eml"),
    }
    program = refused[str(CORPUS / "hostile-attachments.eml")]
    assert program["attachment"] == "invoice.pdf.exe"
    assert "program" in program["reason"]
    assert all(entry["reason"] for entry in result["refused"])
    listed = run_json(capsys, "--data-dir", data_dir, "cases", "list")
    assert len(listed) == 3


def test_text_output_names_what_was_refused(capsys, data_dir, tmp_path):
    folder = tmp_path / "mail"
    folder.mkdir()
    shutil.copy(CORPUS / "ar-receipt.eml", folder)
    shutil.copy(CORPUS / "junk.eml", folder)
    code, out, err = run(capsys, "--data-dir", data_dir, "mail", "import", folder)
    assert code == 2
    assert "Imported 1 message (1 new case, 1 attachment as evidence)" in out
    assert "junk.eml" in out
    assert "junk.eml" in one_error_line(err)


def test_nothing_to_import_is_fine_and_the_profile_is_never_read(capsys, data_dir, tmp_path):
    paths = [CORPUS / "ru-koi8.eml"]
    assert run_json(capsys, "--data-dir", data_dir, "mail", "import", *paths)["imported"] == 1
    # the profile holds the raw mail as blobs: a folder around it imports nothing of it
    result = run_json(capsys, "--data-dir", data_dir, "mail", "import", tmp_path)
    assert result == {"imported": 0, "new_cases": 0, "duplicates": 0, "evidence": 0, "refused": []}


def test_mail_needs_a_subcommand_and_a_path(capsys, data_dir):
    code, _out, err = run(capsys, "--data-dir", data_dir, "mail", "import")
    assert code == 2
    assert "PATH" in err
