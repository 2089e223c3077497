"""Preferences > Mail: the mailbox this laptop fetches from and sends through.

IMAP and SMTP servers with their ports, security, user name, the address registered with
the marketplace, and the password. The password goes to the system keyring when saved
and is never shown back (the field stays empty; typing a new one replaces it). "Test
connection" logs in to both servers on the pool and shows the outcome here.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.core.profile import Profile
from app.services.mail.account import (
    MailAccount,
    MailboxPasswordMissing,
    check_account,
    load_account,
    mailbox_password,
    save_account,
)
from app.ui.core.i18n import fill, translate
from app.ui.core.style import Tone, text_style
from app.ui.core.tasks import TaskManager
from app.ui.mail.fetch_status import failure_words

HOST_MIN_WIDTH = 240  # px: imap.mail.example.com and the like, whole


def _read(profile: Profile) -> tuple[MailAccount | None, bool]:
    """(the account, a password is stored), on the pool (the keyring may be slow)."""
    account = load_account(profile)
    if account is None:
        return None, False
    try:
        mailbox_password(account)
    except MailboxPasswordMissing:
        return account, False
    return account, True


def _test(account: MailAccount, typed: str):  # noqa: ANN202 - imap.ConnectionCheck
    from app.services.mail.imap import test_connection

    return test_connection(account, typed or mailbox_password(account), timeout=15)


class MailAccountPage(QWidget):
    """The mailbox form.

    Signals:
        loaded(): the stored account (if any) is in the fields.
        tested(str): a connection test finished; its outcome is in `result`.
    """

    loaded = Signal()
    tested = Signal(str)

    def __init__(self, profile: Profile, tasks: TaskManager, parent: QWidget | None = None):
        super().__init__(parent)
        self._profile = profile
        self._tasks = tasks
        self._stored: MailAccount | None = None
        self.password_stored = False
        self.imap_host = QLineEdit(self)
        self.imap_host.setMinimumWidth(HOST_MIN_WIDTH)  # a whole host name shows
        self.imap_host.setPlaceholderText("imap.example.com")
        self.imap_port = self._port_box()
        self.smtp_host = QLineEdit(self)
        self.smtp_host.setMinimumWidth(HOST_MIN_WIDTH)
        self.smtp_host.setPlaceholderText("smtp.example.com")
        self.smtp_port = self._port_box()
        self.security = QComboBox(self)
        self.security.addItem(translate("MailAccount", "SSL/TLS"), "ssl")
        self.security.addItem(translate("MailAccount", "STARTTLS"), "starttls")
        self.security.addItem(translate("MailAccount", "None (not encrypted)"), "plain")
        self.user = QLineEdit(self)
        self.address = QLineEdit(self)
        self.address.setToolTip(
            translate(
                "MailAccount",
                "The address registered with the marketplace for buyer messages; replies "
                "from any other address are rejected.",
            )
        )
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.Password)
        self.keyring_note = QLabel(
            translate(
                "MailAccount",
                "The password is stored in the system keyring, never in a file. It is not "
                "shown again; type a new one to replace it.",
            ),
            self,
        )
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet(text_style(Tone.MUTED))
        self.test_button = QPushButton(translate("MailAccount", "Test connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel(self)
        self.result.setWordWrap(True)

        imap_row = QHBoxLayout()
        imap_row.addWidget(self.imap_host, 1)
        imap_row.addWidget(self.imap_port)
        smtp_row = QHBoxLayout()
        smtp_row.addWidget(self.smtp_host, 1)
        smtp_row.addWidget(self.smtp_port)
        form = QFormLayout()
        form.addRow(translate("MailAccount", "Incoming mail (IMAP)"), imap_row)
        form.addRow(translate("MailAccount", "Outgoing mail (SMTP)"), smtp_row)
        form.addRow(translate("MailAccount", "Security"), self.security)
        form.addRow(translate("MailAccount", "User name"), self.user)
        form.addRow(translate("MailAccount", "Your registered address"), self.address)
        form.addRow(translate("MailAccount", "Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.keyring_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.setEnabled(False)  # until the stored account is read
        self._tasks.run(_read, profile, on_done=self._loaded, on_error=self._load_failed)

    def _port_box(self) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(0, 65535)
        box.setSpecialValueText(translate("MailAccount", "Default port"))
        return box

    # Loading ---------------------------------------------------------------------------

    def _loaded(self, found: tuple[MailAccount | None, bool]) -> None:
        account, self.password_stored = found
        self._stored = account
        if account is not None:
            self.imap_host.setText(account.imap_host)
            self.imap_port.setValue(account.imap_port)
            self.smtp_host.setText(account.smtp_host)
            self.smtp_port.setValue(account.smtp_port)
            self.security.setCurrentIndex(max(0, self.security.findData(account.security)))
            self.user.setText(account.user)
            self.address.setText(account.address)
        self.password.setPlaceholderText(
            translate("MailAccount", "Stored in the system keyring")
            if self.password_stored
            else translate("MailAccount", "Not stored yet")
        )
        self.setEnabled(True)
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self._show(str(error) if isinstance(error, UserError) else repr(error), Tone.DANGER)
        self.loaded.emit()

    # The form ---------------------------------------------------------------------------

    def account(self) -> MailAccount | None:
        """The account in the fields (None when they are all empty). InvalidInput says
        what is wrong."""
        hosts = (self.imap_host.text().strip(), self.smtp_host.text().strip())
        if not any(hosts) and not self.user.text().strip() and not self.address.text().strip():
            return None
        folder = self._stored.folder if self._stored is not None else "INBOX"
        return check_account(
            MailAccount(
                imap_host=hosts[0],
                imap_port=self.imap_port.value(),
                smtp_host=hosts[1],
                smtp_port=self.smtp_port.value(),
                user=self.user.text(),
                address=self.address.text(),
                security=self.security.currentData(),
                folder=folder,
            )
        )

    def has_changes(self) -> bool:
        """Something to save: the account differs from the stored one, or a new password."""
        try:
            account = self.account()
        except UserError:
            return True  # saving says what is wrong
        return bool(self.password.text()) or (account is not None and account != self._stored)

    def save(self, on_done, on_error) -> None:  # noqa: ANN001 - callbacks
        """Validate here, then store the account and the typed password (if any) through
        the writer; `on_done()` or `on_error(error)` on the main thread."""
        account = self.account()  # InvalidInput goes to the caller at once
        if account is None:
            on_done()
            return
        password = self.password.text() or None

        def saved(_result: object) -> None:
            self._stored = account
            if password is not None:
                self.password_stored = True
                self.password.clear()
                self.password.setPlaceholderText(
                    translate("MailAccount", "Stored in the system keyring")
                )
            on_done()

        self._tasks.write(
            save_account, self._profile, account, password, on_done=saved, on_error=on_error
        )

    # Test connection --------------------------------------------------------------------

    def test_connection(self) -> None:
        try:
            account = self.account()
        except UserError as error:
            self._show(str(error), Tone.DANGER)
            return
        if account is None:
            self._show(translate("MailAccount", "Fill in the servers first."), Tone.DANGER)
            return
        self.test_button.setEnabled(False)
        self._show(translate("MailAccount", "Connecting…"), Tone.MUTED)
        self._tasks.run(
            _test, account, self.password.text(), on_done=self._tested, on_error=self._test_failed
        )

    def _tested(self, check) -> None:  # noqa: ANN001 - imap.ConnectionCheck
        self.test_button.setEnabled(True)
        if check.ok:
            self._show(
                translate("MailAccount", "Connected: mail can be fetched and replies sent."),
                Tone.OK,
            )
        else:
            lines = [
                fill(translate("MailAccount", "Fetching (IMAP): %1"), self._outcome(check.imap)),
                fill(translate("MailAccount", "Sending (SMTP): %1"), self._outcome(check.smtp)),
            ]
            lines += [str(problem) for problem in (check.imap, check.smtp) if problem is not None]
            self._show("\n".join(lines), Tone.DANGER)
        self.tested.emit(self.result.text())

    @staticmethod
    def _outcome(problem) -> str:  # noqa: ANN001 - MailServerError | None
        if problem is None:
            return translate("MailAccount", "connected")
        return fill(translate("MailAccount", "failed: %1"), failure_words(problem.kind))

    def _test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        self._show(str(error) if isinstance(error, UserError) else repr(error), Tone.DANGER)
        self.tested.emit(self.result.text())

    def _show(self, text: str, tone: Tone) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(text_style(tone))
