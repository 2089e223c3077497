"""Preferences > Mail: the mailbox is saved to the profile, its password to the keyring
(never to the profile, never shown back), and "Test connection" reports both servers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from app.services.mail.account import KEYRING_SERVICE, MailAccount, load_account, save_account
from app.ui.core.tasks import TaskManager
from app.ui.dialogs.preferences import PreferencesDialog
from tests.services.mail.dovecot import account_of, free_port, running_dovecot, temporary_keyring

TIMEOUT_MS = 20_000
PASSWORD = "kéy ring only"


@pytest.fixture
def dovecot():
    with running_dovecot() as server:
        yield server


@pytest.fixture
def test_keyring(tmp_path, monkeypatch):
    with temporary_keyring(tmp_path, monkeypatch) as ring:
        yield ring


@pytest.fixture
def open_dialog(qtbot, profile, tmp_path):
    made: list[TaskManager] = []

    def open_() -> PreferencesDialog:
        tasks = TaskManager()
        made.append(tasks)
        settings = QSettings(str(tmp_path / "ui.ini"), QSettings.IniFormat)
        dialog = PreferencesDialog(profile, settings, tasks=tasks)
        qtbot.addWidget(dialog)
        dialog.show()
        with qtbot.waitSignal(dialog.mail.loaded, timeout=TIMEOUT_MS):
            pass
        return dialog

    yield open_
    for tasks in made:
        tasks.shutdown()


def fill_in(page, account: MailAccount, password: str) -> None:
    page.imap_host.setText(account.imap_host)
    page.imap_port.setValue(account.imap_port)
    page.smtp_host.setText(account.smtp_host)
    page.smtp_port.setValue(account.smtp_port)
    page.security.setCurrentIndex(page.security.findData(account.security))
    page.user.setText(account.user)
    page.address.setText(account.address)
    page.password.setText(password)


def test_saving_puts_the_password_in_the_keyring_not_the_profile(
    qtbot, profile, profile_dir, test_keyring, open_dialog
):
    dialog = open_dialog()
    page = dialog.mail
    assert page.isEnabled() and page.password.echoMode() == QLineEdit.Password
    assert "system keyring" in page.keyring_note.text()
    account = MailAccount(
        imap_host="imap.example.com",
        imap_port=1993,
        smtp_host="smtp.example.com",
        user="seller@example.com",
        address="seller@example.com",
        security="starttls",
    )
    fill_in(page, account, PASSWORD)

    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT_MS):
        dialog.buttons.button(QDialogButtonBox.Ok).click()

    assert dialog.mail_saved
    stored = load_account(profile)
    assert stored == account
    assert test_keyring.get_password(KEYRING_SERVICE, stored.key) == PASSWORD
    for path in profile_dir.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path

    again = open_dialog()  # the password is never shown back
    assert again.mail.imap_host.text() == "imap.example.com"
    assert again.mail.imap_port.value() == 1993
    assert again.mail.security.currentData() == "starttls"
    assert again.mail.password.text() == ""
    assert again.mail.password.placeholderText() == "Stored in the system keyring"


def test_a_wrong_address_keeps_the_dialog_open_and_saves_nothing(
    qtbot, profile, test_keyring, open_dialog
):
    dialog = open_dialog()
    fill_in(
        dialog.mail,
        MailAccount(imap_host="imap.example.com", smtp_host="s", user="u", address="nobody"),
        PASSWORD,
    )
    dialog.name.setText("mei")
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert dialog.isVisible() and "not an e-mail address" in dialog.problem.text()
    assert dialog.pages.currentWidget() is dialog.mail
    assert load_account(profile) is None and profile.agent == "tester"


def test_ok_without_mail_changes_saves_no_mailbox(qtbot, profile, test_keyring, open_dialog):
    dialog = open_dialog()
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT_MS):
        dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert not dialog.mail_saved and load_account(profile) is None


def test_test_connection_reports_both_servers(qtbot, profile, dovecot, test_keyring, open_dialog):
    account = account_of(dovecot)
    dialog = open_dialog()
    page = dialog.mail
    fill_in(page, account, dovecot.password)  # typed, not saved yet: the test uses it
    page.smtp_port.setValue(free_port())  # nothing listens there

    with qtbot.waitSignal(page.tested, timeout=TIMEOUT_MS):
        page.test_button.click()

    lines = page.result.text().replace("\u2068", "").replace("\u2069", "").splitlines()
    assert lines[0] == "Fetching (IMAP): connected"
    assert lines[1] == "Sending (SMTP): failed: cannot be reached"
    assert "127.0.0.1" in lines[2]
    assert page.test_button.isEnabled()

    save_account(profile, account, "wrong")  # the stored password is used when none is typed
    page.password.clear()
    with qtbot.waitSignal(page.tested, timeout=TIMEOUT_MS):
        page.test_button.click()
    assert "Fetching (IMAP): failed: wrong user name or password" in page.result.text().replace(
        "\u2068", ""
    ).replace("\u2069", "")
