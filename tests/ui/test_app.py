"""Start-up steps of the GUI: opening (and upgrading) a profile, explaining failures."""

from __future__ import annotations

import pytest
from alembic import command
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from app.models import health
from app.models.db import _alembic_config, create_sqlite_engine
from app.models.migrations import HEAD_REVISION
from app.services.cases.operations import NewCase, create_case
from app.services.core.errors import StorageError
from app.services.core.profile import DB_NAME, Profile
from app.ui import app as app_module


def _old_profile(folder):
    folder.mkdir(parents=True)
    engine = create_sqlite_engine(folder / DB_NAME)
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "0001")
    engine.dispose()


def test_an_older_profile_is_upgraded_behind_a_progress_dialog(qtbot, tmp_path, monkeypatch):
    _old_profile(tmp_path / "p")
    shown = []
    original_show = QProgressDialog.show

    def record_show(dialog):  # noqa: ANN001, ANN202
        shown.append(dialog.labelText())
        return original_show(dialog)

    monkeypatch.setattr(QProgressDialog, "show", record_show)
    profile = app_module.open_profile_or_explain(tmp_path / "p")
    try:
        assert profile is not None
        assert shown and "Upgrading your data" in shown[0]
        with profile.engine.connect() as connection:
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            assert version.scalar() == HEAD_REVISION
        assert list((tmp_path / "p" / "backups").glob("workbench-schema-0001-*.sqlite3"))
    finally:
        if profile is not None:
            profile.close()


def test_a_current_profile_opens_without_a_dialog(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QProgressDialog, "show", lambda dialog: shown.append(dialog))
    profile = app_module.open_profile_or_explain(tmp_path / "fresh")
    assert profile is not None and shown == []
    profile.close()


def test_a_foreign_file_is_explained_in_a_dialog(qtbot, tmp_path, monkeypatch, capsys):
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / DB_NAME).write_bytes(b"not a database at all")
    told = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: told.append(text))
    assert app_module.open_profile_or_explain(tmp_path / "bad") is None
    assert told and "not a Support Workbench database" in told[0]
    assert "workbench:" in capsys.readouterr().err


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
