"""Start-up steps of the GUI: opening (and upgrading) a profile, explaining failures."""

from __future__ import annotations

import pytest
from alembic import command
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from app.models import health
from app.models.db import _alembic_config, create_sqlite_engine
from app.models.migrations import HEAD_REVISION
from app.services.cases.operations import NewCase, create_case
from app.services.core.errors import StorageError
from app.services.core.profile import DB_NAME, Profile
from app.ui import app as app_module
from app.ui.core.tasks import TaskManager


def _old_profile(folder):
    folder.mkdir(parents=True)
    engine = create_sqlite_engine(folder / DB_NAME)
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "0001")
    engine.dispose()


class Opening:
    """`open_in_background` on a real task manager, with what it hands back."""

    def __init__(self, qtbot, data_dir):  # noqa: ANN001
        self.tasks = TaskManager()
        self.profiles: list[Profile] = []
        self.codes: list[int] = []
        app_module.open_in_background(
            None, self.tasks, data_dir, self.profiles.append, self.codes.append
        )
        qtbot.waitUntil(lambda: bool(self.profiles or self.codes), timeout=20_000)

    def close(self) -> None:
        self.tasks.shutdown()
        for profile in self.profiles:
            profile.close()


def test_an_older_profile_is_upgraded_behind_a_progress_dialog(qtbot, tmp_path, monkeypatch):
    _old_profile(tmp_path / "p")
    shown = []
    original_show = QProgressDialog.show

    def record_show(dialog):  # noqa: ANN001, ANN202
        shown.append(dialog.labelText())
        return original_show(dialog)

    monkeypatch.setattr(QProgressDialog, "show", record_show)
    opening = Opening(qtbot, tmp_path / "p")
    try:
        assert opening.codes == [] and len(opening.profiles) == 1
        assert shown and "Upgrading your data" in shown[0]
        with opening.profiles[0].engine.connect() as connection:
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            assert version.scalar() == HEAD_REVISION
        assert list((tmp_path / "p" / "backups").glob("workbench-schema-0001-*.sqlite3"))
    finally:
        opening.close()


def test_a_current_profile_opens_without_a_dialog(qtbot, tmp_path, monkeypatch):
    Profile.open(tmp_path / "fresh").close()
    shown = []
    monkeypatch.setattr(QProgressDialog, "show", lambda dialog: shown.append(dialog))
    opening = Opening(qtbot, tmp_path / "fresh")
    try:
        assert len(opening.profiles) == 1 and shown == []
    finally:
        opening.close()


def test_a_foreign_file_is_explained_in_a_dialog(qtbot, tmp_path, monkeypatch, capsys):
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / DB_NAME).write_bytes(b"not a database at all")
    told = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: told.append(text))
    opening = Opening(qtbot, tmp_path / "bad")
    try:
        assert opening.profiles == [] and opening.codes == [2]
        assert told and "not a Support Workbench database" in told[0]
        assert "workbench:" in capsys.readouterr().err
    finally:
        opening.close()


def test_the_window_shows_before_the_profile_and_is_filled_in_when_it_opens(
    qtbot, tmp_path, settings_path
):
    from PySide6.QtCore import QSettings

    from app.ui.core.i18n import Language
    from app.ui.main_window import MainWindow

    profile = Profile.open(tmp_path / "p", agent="t")
    create_case(profile, NewCase(subject="Waiting for the window"))
    profile.close()
    tasks = TaskManager()
    window = MainWindow(
        None, tasks, Language("en-US"), QSettings(str(settings_path), QSettings.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    assert window.profile is None and window.centralWidget() is window.opening
    window.close()  # closing before the profile opened keeps only the geometry, loses nothing
    window.show()
    opening = Opening(qtbot, tmp_path / "p")
    try:
        window.attach(opening.profiles[0])
        qtbot.waitUntil(lambda: window.inbox_model.rowCount() == 1, timeout=10_000)
        assert window.centralWidget() is window.splitter
    finally:
        window.close()
        opening.close()
        tasks.shutdown()


def test_a_damaged_profile_is_explained_when_the_window_shows(qtbot, open_window, tmp_path):
    folder = tmp_path / "damaged"
    profile = Profile.open(folder, agent="t")
    try:
        create_case(profile, NewCase(subject="Readable"))
        # What opening a damaged file finds (the quick check's lines), without damaging one:
        # tests/services/test_profile_safety.py damages real pages.
        profile.damage = health.write_mark(folder, ["Page 7: btreeInitPage() error"])
        window = open_window(profile)
        box = app_module.explain_damage(window, profile)
        assert box is not None and box.isVisible()
        assert "damaged" in box.text() and "workbench doctor" in box.informativeText()
        assert "btreeInitPage" in box.detailedText()
        box.close()
        with pytest.raises(StorageError, match="damaged"):
            create_case(profile, NewCase(subject="Not saved"))
        assert window.inbox_model.rowCount() == 1  # reading goes on
    finally:
        profile.close()


def test_the_window_checks_the_database_in_the_background(qtbot, open_window, tmp_path):
    folder = tmp_path / "p"
    profile = Profile.open(folder, agent="t", check_budget_s=0)
    try:
        for n in range(20):
            create_case(profile, NewCase(subject=f"Case {n}", body="words " * 500))
        window = open_window(profile)
        with profile.engine.connect() as connection:  # everything into the main file
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = (folder / DB_NAME).stat().st_size // 4096
        with (folder / DB_NAME).open("r+b") as handle:  # a disk fails while the window is open
            for page in (pages // 2, pages // 2 + 1, pages - 2):
                handle.seek(page * 4096)
                handle.write(b"\xa5" * 4096)

        def damage_box() -> QMessageBox | None:
            boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
            return boxes[0] if boxes else None

        app_module.check_health_in_background(window, profile, window.tasks)
        qtbot.waitUntil(lambda: damage_box() is not None, timeout=10_000)
        assert profile.damage is not None and "damaged" in damage_box().text()
        with pytest.raises(StorageError, match="damaged"):
            create_case(profile, NewCase(subject="Not saved"))
    finally:
        profile.close()


def test_a_long_upgrade_shows_how_far_it_is_and_stop_leaves_the_profile_as_it_was(
    qtbot, tmp_path, monkeypatch
):
    """The 0006 -> compact storage rewrite: the dialog shows its steps on a bar; Stop ends
    it, the agent is told that nothing changed, and the profile is still the old one."""
    import shutil
    import sqlite3
    import threading
    from pathlib import Path

    from app.models.migrations import schema_0007

    folder = tmp_path / "p"
    shutil.copytree(Path(__file__).parents[1] / "fixtures" / "release_0006" / "profile", folder)
    stop_pressed = threading.Event()
    real_copy = schema_0007.copy_rows

    def copy_until_stopped(execute, source, progress=None):  # noqa: ANN001
        def progress_then_wait(done: int, total: int) -> None:
            progress(done, total)
            if done:  # after the first batch, the worker waits for the agent's Stop
                stop_pressed.wait(20)

        real_copy(execute, source, progress_then_wait)

    monkeypatch.setattr(schema_0007, "copy_rows", copy_until_stopped)
    dialogs: list[QProgressDialog] = []
    original_show = QProgressDialog.show
    monkeypatch.setattr(
        QProgressDialog, "show", lambda dialog: (dialogs.append(dialog), original_show(dialog))
    )
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    tasks = TaskManager()
    profiles, codes = [], []
    try:
        app_module.open_in_background(None, tasks, folder, profiles.append, codes.append)
        qtbot.waitUntil(
            lambda: bool(dialogs) and "Rewriting your cases" in dialogs[0].labelText(),
            timeout=20_000,
        )
        dialog = dialogs[0]
        assert dialog.maximum() == 100 and 0 <= dialog.value() < 80
        (stop,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "Stop"]
        qtbot.mouseClick(stop, Qt.LeftButton)
        stop_pressed.set()
        qtbot.waitUntil(lambda: bool(codes or profiles), timeout=20_000)
        assert profiles == [] and codes == [2]
        assert told and "your data is as it was" in told[0]
    finally:
        stop_pressed.set()
        tasks.shutdown()
    with sqlite3.connect(folder / DB_NAME) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == ("0006",)
    assert not list((folder / "backups").glob("*.sqlite3"))
