"""Preferences > Team against the real service: a wrong token is refused in words, the
right one signs in and shows team, name and role, the token is never shown again, and
signing out keeps the laptop's work."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.sync.client import status
from app.ui.core.tasks import TaskManager
from app.ui.dialogs.preferences import PreferencesDialog
from app.ui.sync.account_page import TeamAccountPage
from tests.ui.sync.conftest import plain

pytestmark = pytest.mark.usefixtures("sync_keyring")


@pytest.fixture
def tasks():
    manager = TaskManager()
    yield manager
    manager.shutdown()


def _page(qtbot, profile, tasks) -> TeamAccountPage:
    page = TeamAccountPage(profile, tasks)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    return page


def test_sign_in_refuses_a_wrong_token_then_signs_in(qtbot, profile, tasks, live_sync_server):
    token = live_sync_server.add_agent("Omar", "shop", role="owner")
    page = _page(qtbot, profile, tasks)
    assert not page.signed_in
    assert not page.sign_out_button.isEnabled()
    assert page.token.echoMode() == page.token.EchoMode.Password

    page.server.setText(live_sync_server.base_url)
    page.token.setText("not-the-token")
    with qtbot.waitSignal(page.finished, timeout=20_000):
        page.sign_in_button.click()
    assert not page.signed_in
    assert "refused" in page.result.text()
    assert "not-the-token" not in page.result.text()
    assert not status(profile).signed_in

    page.token.setText(token)
    with qtbot.waitSignal(page.account_changed, timeout=20_000):
        page.sign_in_button.click()
    assert page.signed_in
    assert plain(page.state.text()) == (
        f"Signed in to team shop on {live_sync_server.base_url} as Omar (Owner)."
    )
    assert page.token.text() == ""  # kept in the keyring, never shown again
    assert page.sign_out_button.isEnabled()
    assert status(profile).signed_in

    # Opened again, the page says where it is signed in, without the token.
    again = _page(qtbot, profile, tasks)
    assert again.signed_in and again.token.text() == ""
    assert again.server.text() == live_sync_server.base_url

    with qtbot.waitSignal(again.account_changed, timeout=20_000):
        again.sign_out_button.click()
    assert not again.signed_in
    assert not status(profile).signed_in


def test_sign_in_needs_both_fields(qtbot, profile, tasks):
    page = _page(qtbot, profile, tasks)
    with qtbot.waitSignal(page.finished, timeout=1000):
        page.sign_in_button.click()
    assert page.result.text() == "Fill in the team service's address and your token."


def test_an_unreachable_service_is_said_in_words(qtbot, profile, tasks, closed_port_http):
    page = _page(qtbot, profile, tasks)
    page.server.setText(str(closed_port_http().base_url).rstrip("/"))
    page.token.setText("some-token")
    with qtbot.waitSignal(page.finished, timeout=20_000):
        page.sign_in_button.click()
    assert not page.signed_in
    assert page.result.text()  # the client's reason, not a traceback
    assert "Traceback" not in page.result.text()


def test_preferences_has_the_team_page(qtbot, profile, tasks, tmp_path):
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.IniFormat)
    dialog = PreferencesDialog(profile, settings, tasks=tasks)
    qtbot.addWidget(dialog)
    titles = [dialog.pages.tabText(i) for i in range(dialog.pages.count())]
    assert titles == ["General", "Mail", "Team"]
    assert isinstance(dialog.team, TeamAccountPage)
    qtbot.waitUntil(lambda: dialog.team.isEnabled(), timeout=10_000)
