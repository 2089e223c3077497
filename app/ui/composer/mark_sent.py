""" "Copy and mark as sent": the agent sends a reply in Seller Central by hand and says when.

Without a mailbox on this computer a reply cannot leave from here. The reply
is kept as a draft and put on the clipboard; this dialog asks the agent to
paste it into Seller Central, send it there and confirm the time it went
(now by default, editable: they may confirm later). Until they confirm, the
reply is a draft and the buyer's 24-hour clock keeps running.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.core.i18n import translate
from app.ui.core.style import Tone, text_style


def copy_to_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def _local(moment: dt.datetime) -> QDateTime:
    """An aware datetime as a QDateTime in the agent's (the system's) time zone."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())


class MarkSentDialog(QDialog):
    """Asks when the reply was sent in Seller Central; `sent_at()` is the answer in UTC."""

    def __init__(
        self,
        text: str,
        now: Callable[[], dt.datetime],
        parent: QWidget | None = None,
        *,
        copied: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("markSentDialog")
        self.setWindowTitle(translate("MarkSent", "Mark the reply as sent"))
        self._text = text
        self._now = now
        intro = QLabel(
            translate(
                "MarkSent",
                "The reply is on the clipboard. Paste it into the buyer's conversation in "
                "Seller Central and send it there, then confirm here when it went.",
            )
            if copied
            else translate(
                "MarkSent",
                "Confirm when you sent this reply in Seller Central.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.note = QLabel(
            translate(
                "MarkSent",
                "Until you confirm, the reply stays a draft and the buyer's clock keeps running.",
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet(text_style(Tone.MUTED))
        self.problem = QLabel(self)
        self.problem.setStyleSheet(text_style(Tone.DANGER))
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.when = QDateTimeEdit(_local(now()), self)
        self.when.setObjectName("sentAt")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(
            self.locale().dateTimeFormat(self.locale().FormatType.ShortFormat)
        )
        form = QFormLayout()
        form.addRow(translate("MarkSent", "Sent &at:"), self.when)
        self.copy_button = QPushButton(translate("MarkSent", "&Copy the reply again"), self)
        self.copy_button.clicked.connect(lambda: copy_to_clipboard(self._text))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.confirm_button = self.buttons.addButton(
            translate("MarkSent", "&Mark as sent"), QDialogButtonBox.AcceptRole
        )
        self.confirm_button.setDefault(True)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ActionRole)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.when.setFocus(Qt.OtherFocusReason)

    def _confirm(self) -> None:
        """A time still to come cannot be when it was sent (the dialog may have been open a
        while, so "now" is read again)."""
        if self.sent_at() > self._now() + dt.timedelta(minutes=1):
            self.problem.setText(
                translate("MarkSent", "That time is still to come: say when you sent it.")
            )
            self.problem.show()
            return
        self.accept()

    def sent_at(self) -> dt.datetime:
        """The time the agent confirmed, aware, in UTC (to the minute they see)."""
        seconds = self.when.dateTime().toSecsSinceEpoch()
        return dt.datetime.fromtimestamp(seconds, dt.UTC)
