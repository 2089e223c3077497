"""File > Import mail, driven for real: progress, Cancel half-way, the refused files with
their reasons, and which dropped paths are mail."""

from __future__ import annotations

import shutil
import threading
from email.message import EmailMessage
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.models.entities import Message
from app.services.mail import sources
from app.ui.core.bus import ChangeBus
from app.ui.core.tasks import TaskManager
from app.ui.mail import import_dialog
from app.ui.mail.import_dialog import MailImportDialog, mail_paths

CORPUS = Path(__file__).parents[2] / "data" / "mail_import"


@pytest.fixture
def tasks():
    manager = TaskManager()
    yield manager
    manager.shutdown()


@pytest.fixture
def bus() -> ChangeBus:
    return ChangeBus()


@pytest.fixture
def dialog(qtbot, profile, tasks, bus) -> MailImportDialog:
    shown = MailImportDialog(profile, tasks, bus)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def stored(profile) -> int:  # noqa: ANN001
    with profile.read() as session:
        return session.scalar(select(func.count()).select_from(Message))


def make_mbox(path: Path, total: int) -> Path:
    chunks = []
    for n in range(total):
        message = EmailMessage()
        message["From"] = f"Buyer {n} <buyer{n}@example.org>"
        message["Subject"] = f"Where is my parcel {n}"
        message["Message-ID"] = f"<ui{n}@example.org>"
        message.set_content(f"Hello, my parcel number {n} has not arrived yet. Please check.")
        chunks.append(b"From buyer@example.org Sat Nov 21 10:00:00 2026\n" + message.as_bytes())
    path.write_bytes(b"\n".join(chunks))
    return path


def test_an_import_shows_counts_refused_files_and_publishes(qtbot, dialog, bus, profile, tmp_path):
    folder = tmp_path / "mail"
    folder.mkdir()
    for name in ("thread-de.mbox", "corrupt.mbox", "junk.eml", "hostile-attachments.eml"):
        shutil.copy(CORPUS / name, folder)
    shutil.copytree(CORPUS / "maildir", folder / "Inbox")
    dialog.add_paths([folder])
    assert dialog.import_button.isEnabled()
    with (
        qtbot.waitSignal(bus.changed, timeout=30_000) as published,
        qtbot.waitSignal(dialog.finished_import, timeout=30_000) as finished,
    ):
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
        assert dialog.running
        assert dialog.close_button.text() == "Cancel"
        assert dialog.progress.isVisible()
    result = finished.args[0]
    assert (result.imported, result.new_cases, result.duplicates) == (8, 6, 0)
    assert len(published.args[0].created_cases) == 6
    assert stored(profile) == 8
    assert dialog.progress.value() == dialog.progress.maximum()
    assert "Imported: \u20688\u2069" in dialog.status.text()
    assert "Refused: \u20683\u2069" in dialog.status.text()
    assert dialog.refused.isVisible()
    rows = [dialog.refused.item(i) for i in range(dialog.refused.count())]
    tips = {row.toolTip(): row.text() for row in rows}
    assert set(tips) == {
        f"{folder / 'corrupt.mbox'}#2",
        str(folder / "junk.eml"),
        str(folder / "hostile-attachments.eml"),
    }
    assert "message \u20682\u2069" in tips[f"{folder / 'corrupt.mbox'}#2"]
    assert "not a mail message" in tips[str(folder / "junk.eml")]
    assert "invoice.pdf.exe" in tips[str(folder / "hostile-attachments.eml")]
    assert dialog.close_button.text() == "Close"
    assert not dialog.running


def test_cancel_half_way_keeps_what_was_imported_then_a_second_run_finishes(
    qtbot, dialog, profile, tmp_path, monkeypatch
):
    mbox = make_mbox(tmp_path / "big.mbox", 9)
    first_batch = threading.Event()
    go_on = threading.Event()
    reports = []

    def held_import(profile, paths, *, progress, cancelled):  # noqa: ANN001, ANN202
        asked_before = []

        def asked() -> bool:  # after the first batch: hold the worker until the test says
            asked_before.append(True)
            if len(asked_before) == 2:  # (the first time is before anything starts)
                first_batch.set()
                go_on.wait(20)
            return cancelled()

        return sources.import_paths(
            profile, paths, progress=progress, cancelled=asked, batch_size=3
        )

    monkeypatch.setattr(import_dialog, "import_paths", held_import)
    dialog.progress.valueChanged.connect(reports.append)
    dialog.start([mbox])
    qtbot.waitUntil(first_batch.is_set, timeout=20_000)
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=10_000)
    assert dialog.progress.value() < dialog.progress.maximum()
    with qtbot.waitSignal(dialog.finished_import, timeout=30_000) as finished:
        qtbot.mouseClick(dialog.close_button, Qt.LeftButton)  # "Cancel" while running
        assert dialog.isVisible()
        assert "Stopping" in dialog.status.text()
        go_on.set()
    first_run = [value for value in reports if value > 0]
    result = finished.args[0]
    assert result.cancelled
    assert result.imported == 3
    assert stored(profile) == 3
    assert "cancelled" in dialog.status.text()
    assert dialog.isVisible()

    monkeypatch.setattr(import_dialog, "import_paths", partial(sources.import_paths, batch_size=3))
    with qtbot.waitSignal(dialog.finished_import, timeout=30_000) as again:
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    second = again.args[0]
    assert not second.cancelled
    assert (second.imported, second.duplicates) == (6, 3)
    assert stored(profile) == 9
    assert first_run == sorted(first_run)
    assert first_run[-1] < dialog.progress.maximum()


def test_closing_is_refused_while_importing_and_allowed_after(qtbot, dialog, tmp_path, monkeypatch):
    mbox = make_mbox(tmp_path / "box.mbox", 4)
    release = threading.Event()

    def slow(profile, paths, *, progress, cancelled):  # noqa: ANN001, ANN202
        release.wait(20)
        return sources.import_paths(profile, paths, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(import_dialog, "import_paths", slow)
    dialog.start([mbox])
    dialog.reject()  # Escape or the window's close button while importing: cancels
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.finished_import, timeout=30_000) as finished:
        release.set()
    assert finished.args[0].cancelled
    dialog.reject()
    assert not dialog.isVisible()


def test_a_storage_problem_is_shown_and_the_earlier_batches_stay(
    qtbot, dialog, profile, tmp_path, monkeypatch
):
    from app.services.core.errors import StorageError

    mbox = make_mbox(tmp_path / "box.mbox", 6)
    real = sources.import_mails
    calls = []

    def full_disk(profile, raws, *, source):  # noqa: ANN001, ANN202
        calls.append(len(raws))
        if len(calls) == 2:
            raise StorageError("The disk is full.", kind="disk_full")
        return real(profile, raws, source=source)

    monkeypatch.setattr(sources, "import_mails", full_disk)
    monkeypatch.setattr(import_dialog, "import_paths", partial(sources.import_paths, batch_size=3))
    with qtbot.waitSignal(dialog.finished_import, timeout=30_000) as finished:
        dialog.start([mbox])
    assert finished.args[0].stopped == "The disk is full."
    assert finished.args[0].imported == 3
    assert stored(profile) == 3
    assert "The disk is full." in dialog.status.text()


def test_mail_paths_tells_mail_from_other_drops(tmp_path):
    sniffed = tmp_path / "message-without-extension"
    shutil.copy(CORPUS / "ru-koi8.eml", sniffed)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not mail")
    text = tmp_path / "notes.txt"
    text.write_text("Dear seller,\nFrom: me\n")
    plain_folder = tmp_path / "folder"
    plain_folder.mkdir()
    dropped = [
        CORPUS / "ko-photo.eml",
        CORPUS / "thread-de.mbox",
        CORPUS / "maildir",
        sniffed,
        photo,
        text,
        plain_folder,
        tmp_path / "missing.pdf",
    ]
    assert mail_paths(dropped) == [
        CORPUS / "ko-photo.eml",
        CORPUS / "thread-de.mbox",
        CORPUS / "maildir",
        sniffed,
    ]
