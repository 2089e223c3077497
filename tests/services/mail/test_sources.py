"""Importing mail files: .eml, mbox (streamed), Maildir and folders of them, in batches
with progress and cancel; what cannot be read is listed with its reason."""

from __future__ import annotations

import shutil
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models.entities import Case, Message
from app.services.mail.sources import (
    find_sources,
    import_paths,
    is_maildir,
    looks_like_mail,
    read_messages,
)

CORPUS = Path(__file__).parents[2] / "data" / "mail_import"


def count(profile, what) -> int:  # noqa: ANN001
    with profile.read() as session:
        return session.scalar(select(func.count()).select_from(what))


def make_mbox(path: Path, total: int, *, sep: bytes = b"\n") -> Path:
    """An mbox of `total` plain mails (with a body line that must not split them)."""
    chunks = []
    for n in range(total):
        message = EmailMessage()
        message["From"] = f"Buyer {n} <buyer{n}@example.org>"
        message["Subject"] = f"Question {n}"
        message["Message-ID"] = f"<m{n}@example.org>"
        message.set_content(f"Hello, question {n}.\n\nFrom what I see the parcel is late.\n")
        raw = message.as_bytes().replace(b"\nFrom what", b"\n>From what")
        chunks.append(b"From buyer@example.org Sat Nov 21 10:00:00 2026\n" + raw + sep)
    path.write_bytes(b"".join(chunks))
    return path


def test_a_folder_mixing_eml_mbox_and_a_maildir(profile, tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    shutil.copy(CORPUS / "ko-photo.eml", folder)
    shutil.copy(CORPUS / "thread-de.mbox", folder)
    shutil.copytree(CORPUS / "maildir", folder / "Inbox")
    (folder / "notes.txt").write_text("shopping list: belts, tape")  # not mail: left alone
    (folder / ".hidden.eml").write_bytes(b"x")
    result = import_paths(profile, [folder])
    assert result.refused == []
    assert (result.imported, result.new_cases, result.duplicates) == (6, 4, 0)
    assert result.evidence == 1
    assert count(profile, Message) == 6
    assert count(profile, Case) == 4


def test_mbox_entries_are_split_and_quoted_from_lines_restored(profile, tmp_path):
    path = make_mbox(tmp_path / "box.mbox", 5)
    items = list(read_messages(find_sources([path])[0][0]))
    assert [i.label for i in items] == [f"{path}#{n}" for n in range(1, 6)]
    assert all(b"\nFrom what I see" in i.raw for i in items)
    assert items[-1].read == path.stat().st_size
    result = import_paths(profile, [path])
    assert result.imported == 5


def test_mbox_without_blank_lines_between_messages(profile, tmp_path):
    path = make_mbox(tmp_path / "tight.mbox", 3, sep=b"")
    assert import_paths(profile, [path]).imported == 3


def test_a_corrupt_mbox_entry_is_refused_the_others_kept(profile):
    result = import_paths(profile, [CORPUS / "corrupt.mbox"])
    assert result.imported == 2
    assert result.refused == [
        {
            "path": f"{CORPUS / 'corrupt.mbox'}#2",
            "reason": result.refused[0]["reason"],
        }
    ]
    assert "not a mail" in result.refused[0]["reason"]


def test_files_that_cannot_be_read_are_listed_with_their_reason(profile, tmp_path):
    missing = tmp_path / "gone.eml"
    locked = tmp_path / "locked.eml"
    shutil.copy(CORPUS / "ar-receipt.eml", locked)
    locked.chmod(0)
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    try:
        result = import_paths(
            profile, [missing, CORPUS / "junk.eml", empty, locked, CORPUS / "ru-koi8.eml"]
        )
    finally:
        locked.chmod(0o600)
    reasons = {Path(r["path"]).name: r["reason"] for r in result.refused}
    assert set(reasons) >= {"gone.eml", "junk.eml", "empty.eml"}
    assert "does not exist" in reasons["gone.eml"]
    assert "empty" in reasons["empty.eml"]
    assert result.imported >= 1  # the Russian mail (and the locked one when run as root)


def test_reimporting_the_same_mbox_duplicates_nothing(profile, tmp_path):
    path = make_mbox(tmp_path / "box.mbox", 12)
    first = import_paths(profile, [path], batch_size=5)
    second = import_paths(profile, [path], batch_size=5)
    assert (first.imported, first.duplicates) == (12, 0)
    assert (second.imported, second.duplicates, second.new_cases) == (0, 12, 0)
    assert second.changes.empty
    assert count(profile, Message) == 12


def test_progress_and_cancel_half_way_then_a_second_run_finishes(profile, tmp_path):
    path = make_mbox(tmp_path / "box.mbox", 10)
    reports = []
    stop = {"now": False}

    def progress(done: int, total: int, name: str) -> None:
        reports.append((done, total, name))
        stop["now"] = len(reports) >= 2

    first = import_paths(
        profile, [path], progress=progress, cancelled=lambda: stop["now"], batch_size=3
    )
    assert first.cancelled
    assert first.imported == 6  # two batches of three, then it stopped
    assert count(profile, Message) == 6
    size = path.stat().st_size
    assert all(total == size and 0 < done < size for done, total, _ in reports)
    assert reports[0][0] < reports[1][0]
    assert {name for _d, _t, name in reports} == {"box.mbox"}
    second = import_paths(profile, [path], batch_size=3)
    assert not second.cancelled
    assert (second.imported, second.duplicates) == (4, 6)
    assert count(profile, Message) == 10


def test_cancelled_before_anything_imports_nothing(profile, tmp_path):
    path = make_mbox(tmp_path / "box.mbox", 3)
    result = import_paths(profile, [path], cancelled=lambda: True)
    assert result.cancelled and result.imported == 0
    assert count(profile, Message) == 0


def test_an_mbox_is_streamed_not_loaded_whole(tmp_path):
    path = make_mbox(tmp_path / "box.mbox", 300)
    source = find_sources([path])[0][0]
    reads = iter(read_messages(source))
    first = next(reads)
    # one message read: the reader has gone only a little way into the file
    assert first.read < path.stat().st_size / 50


def test_a_huge_file_that_is_no_mbox_is_refused_without_reading(profile, tmp_path):
    path = tmp_path / "huge.eml"
    with path.open("wb") as handle:
        handle.write(b"Subject: x\nFrom: a@b\n\n")
        handle.truncate(60 * 1024 * 1024)
    result = import_paths(profile, [path])
    assert result.imported == 0
    assert "too big" in result.refused[0]["reason"]


@pytest.mark.parametrize(
    ("head", "mail"),
    [
        (b"From someone Mon Nov 23 09:00:00 2026\nSubject: x\n", True),
        (b"Return-Path: <a@b>\nReceived: from x\nSubject: y\n", True),
        (b"\xef\xbb\xbfFrom: a@b\nTo: c@d\n\nbody", True),
        (b"Subject only one line\n", False),
        (b"%PDF-1.4\n", False),
        (b"Dear seller,\nFrom: me\n", False),
    ],
)
def test_looks_like_mail(head, mail):
    assert looks_like_mail(head) is mail


def test_maildir_is_told_by_its_folders(tmp_path):
    assert is_maildir(CORPUS / "maildir")
    assert not is_maildir(CORPUS)
    assert not is_maildir(tmp_path / "nothing")
