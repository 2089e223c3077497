"""Preferences: the agent's name drives "Mine"; the language is kept for the next start."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from app.models.entities import Operation
from app.services.cases import operations as cases
from app.services.core.profile import Profile
from app.services.evidence.attach import attach_files
from app.ui.core.i18n import saved_language
from app.ui.dialogs.preferences import PreferencesDialog, available_languages
from tests.ui.conftest import settle


def test_languages_are_offered_in_their_own_names():
    offered = dict(available_languages())
    assert offered["en"] == "English"
    assert offered["ar"] == "العربية" and offered["ko"] == "한국어"
    assert len(offered) == 8


def test_a_new_name_is_kept_in_the_profile_and_mine_follows_it(
    qtbot, open_window, profile_dir, clock
):
    profile = Profile.open(profile_dir, agent="tester", now=clock)
    created = cases.create_case(profile, cases.NewCase(subject="Strap", body="Hi", assignee="mei"))
    window = open_window(profile)

    def fill() -> None:
        dialog = window.findChild(PreferencesDialog)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, fill)
            return
        dialog.name.setText("")
        dialog.buttons.button(QDialogButtonBox.Ok).click()  # refused: empty
        assert dialog.isVisible() and "cannot be empty" in dialog.problem.text()
        dialog.name.setText("mei")
        dialog.language.setCurrentIndex(dialog.language.findData("ko"))
        dialog.buttons.button(QDialogButtonBox.Ok).click()

    QTimer.singleShot(0, fill)
    window.show_preferences()
    assert profile.agent == "mei"
    assert saved_language(window.settings) == "ko"
    qtbot.keyClick(window, Qt.Key_2, Qt.ControlModifier)  # the Mine view
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not window.inbox_model.loading, timeout=10_000)
    assert window.inbox_model.rowCount() == 1
    assert window.inbox_model.case_id_at(0) == created.case_id
    window.close()
    window.tasks.shutdown()
    profile.close()
    assert Profile.open(profile_dir, now=clock).agent == "mei"


def test_a_smaller_evidence_limit_refuses_bigger_files(qtbot, open_window, profile, tmp_path):
    created = cases.create_case(profile, cases.NewCase(subject="Strap", body="Hi"))
    window = open_window(profile)

    def fill() -> None:
        dialog = window.findChild(PreferencesDialog)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, fill)
            return
        dialog.evidence_limit.setValue(1)
        dialog.buttons.button(QDialogButtonBox.Ok).click()

    QTimer.singleShot(0, fill)
    window.show_preferences()
    assert profile.evidence_max_mb == 1
    # A shop rule: written with an operation, so the team's history and sync see it.
    with profile.read() as session:
        logged = session.scalars(select(Operation).where(Operation.entity == "setting")).all()
    assert [(op.action, op.data) for op in logged] == [("update", {"evidence_max_mb": [25, 1]})]
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"%" * (2 * 1024 * 1024))
    result = attach_files(profile, created.case_id, [big])
    assert not result.added
    assert "at most 1.0 MB" in result.refused[0][1]
