"""Preferences > Team: sign this laptop in to the shop's team service, or out.

The server's address and the token the shop owner made for this agent ("workbench
sync-admin add-agent"). Signing in checks both with the service on the pool and shows the
team, the agent's name and role; the token goes to the system keyring and is never shown
again (the field is emptied). Signing out keeps every change made here: they are sent
when this laptop signs in again.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.errors import UserError
from app.ui.core.i18n import fill, translate
from app.ui.core.style import Tone, text_style

if TYPE_CHECKING:
    from app.services.core.profile import Profile
    from app.sync.client import SyncAccount, SyncStatus
    from app.ui.core.tasks import TaskManager

log = logging.getLogger(__name__)

URL_MIN_WIDTH = 280  # px: https://sync.example-shop.com:8443, whole


def role_label(role: str | None) -> str:
    return {
        "owner": translate("TeamAccount", "Owner"),
        "agent": translate("TeamAccount", "Agent"),
        "trainer": translate("TeamAccount", "Trainer"),
    }.get(role or "", role or "")


def signed_in_text(team: str, server: str, agent: str, role: str | None) -> str:
    return fill(
        translate("TeamAccount", "Signed in to team %1 on %2 as %3 (%4)."),
        team,
        server,
        agent,
        role_label(role),
    )


def _read(profile: Profile) -> SyncStatus:
    from app.sync.client import status

    return status(profile)


def _sign_in(profile: Profile, server: str, token: str, http: Any) -> SyncAccount:
    from app.sync.client import sign_in

    return sign_in(profile, server, token, http=http)


def _sign_out(profile: Profile) -> None:
    from app.sync.client import sign_out

    sign_out(profile)


class TeamAccountPage(QWidget):
    """The team sign-in form.

    Signals:
        loaded(): the stored account (if any) is shown.
        account_changed(): this laptop signed in or out (the sync hub starts or stops).
        finished(str): a sign-in or sign-out finished; its outcome is in `result`.
    """

    loaded = Signal()
    account_changed = Signal()
    finished = Signal(str)

    def __init__(
        self,
        profile: Profile,
        tasks: TaskManager,
        parent: QWidget | None = None,
        *,
        http: Any = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._tasks = tasks
        self._http = http
        self.signed_in = False
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.server = QLineEdit(self)
        self.server.setMinimumWidth(URL_MIN_WIDTH)
        self.server.setPlaceholderText("https://sync.example.com")
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.Password)
        self.token.setPlaceholderText(
            translate("TeamAccount", "The token your shop's owner made for you")
        )
        self.keyring_note = QLabel(
            translate(
                "TeamAccount",
                "The token is stored in the system keyring, never in a file, and is not shown "
                "again. Your changes are kept on this computer while you are offline and sent "
                "when the team service can be reached.",
            ),
            self,
        )
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet(text_style(Tone.MUTED))
        self.sign_in_button = QPushButton(translate("TeamAccount", "Sign in"), self)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_out_button = QPushButton(translate("TeamAccount", "Sign out"), self)
        self.sign_out_button.clicked.connect(self.sign_out)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.token.returnPressed.connect(self.sign_in)

        form = QFormLayout()
        form.addRow(translate("TeamAccount", "Team service"), self.server)
        form.addRow(translate("TeamAccount", "Token"), self.token)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addWidget(self.keyring_note)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.setEnabled(False)  # until the stored account is read
        self._tasks.run(_read, profile, on_done=self._loaded, on_error=self._load_failed)

    def _gone(self) -> bool:
        """Whether the page was deleted (Preferences closed) before a task's answer came."""
        return not (isValid(self) and isValid(self.result))

    # Loading ---------------------------------------------------------------------------

    def _loaded(self, status: SyncStatus) -> None:
        if self._gone():
            return
        if status.server:
            self.server.setText(status.server)
        self._show_signed_in(
            status.signed_in, status.team, status.server, status.agent, status.role
        )
        self.setEnabled(True)
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        if self._gone():
            return
        self.setEnabled(True)
        self._show_signed_in(False)
        self._failed(error)
        self.loaded.emit()

    def _show_signed_in(
        self,
        signed_in: bool,
        team: str | None = None,
        server: str | None = None,
        agent: str | None = None,
        role: str | None = None,
    ) -> None:
        self.signed_in = signed_in
        if signed_in:
            self.state.setText(signed_in_text(team or "", server or "", agent or "", role))
            self.state.setStyleSheet(text_style(Tone.OK))
            self.token.setPlaceholderText(
                translate("TeamAccount", "Stored in the system keyring; type a new one to change")
            )
        else:
            self.state.setText(
                translate(
                    "TeamAccount",
                    "This computer is not signed in to a team: your cases stay on it alone.",
                )
            )
            self.state.setStyleSheet(text_style(Tone.MUTED))
        self.sign_out_button.setEnabled(signed_in)

    # Signing in and out ------------------------------------------------------------------

    def sign_in(self) -> None:
        server, token = self.server.text().strip(), self.token.text().strip()
        if not server or not token:
            self._show(
                translate("TeamAccount", "Fill in the team service's address and your token."),
                Tone.DANGER,
            )
            self.finished.emit(self.result.text())
            return
        self._busy(True)
        self._show(translate("TeamAccount", "Signing in…"), Tone.MUTED)
        self._tasks.run(
            _sign_in,
            self._profile,
            server,
            token,
            self._http,
            on_done=self._signed_in,
            on_error=self._sign_in_failed,
        )

    def _signed_in(self, account: SyncAccount) -> None:
        if self._gone():
            return
        self._busy(False)
        self.token.clear()  # kept in the keyring, never shown again
        self.server.setText(account.server)
        self._show_signed_in(True, account.team, account.server, account.agent, account.role)
        self._show(translate("TeamAccount", "Signed in. Your cases sync with the team."), Tone.OK)
        self.account_changed.emit()
        self.finished.emit(self.result.text())

    def _sign_in_failed(self, error: BaseException) -> None:
        if self._gone():
            return
        self._busy(False)
        self._failed(error)
        self.finished.emit(self.result.text())

    def sign_out(self) -> None:
        self._busy(True)
        self._tasks.run(
            _sign_out, self._profile, on_done=self._signed_out, on_error=self._sign_out_failed
        )

    def _signed_out(self, _result: object) -> None:
        if self._gone():
            return
        self._busy(False)
        self._show_signed_in(False)
        self._show(
            translate(
                "TeamAccount",
                "Signed out. Changes not sent yet stay on this computer and are sent when "
                "you sign in again.",
            ),
            Tone.MUTED,
        )
        self.account_changed.emit()
        self.finished.emit(self.result.text())

    def _sign_out_failed(self, error: BaseException) -> None:
        if self._gone():
            return
        self._busy(False)
        self._failed(error)
        self.finished.emit(self.result.text())

    # Showing ----------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.sign_in_button.setEnabled(not busy)
        self.sign_out_button.setEnabled(not busy and self.signed_in)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self._show(str(error), Tone.DANGER)
            return
        log.error("team sign-in failed", exc_info=error)
        self._show(
            translate("TeamAccount", "Something went wrong. Details are in the log file."),
            Tone.DANGER,
        )

    def _show(self, text: str, tone: Tone) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(text_style(tone))
