"""The "Log contact" dialog: record a phone call, chat, call-back or social contact on a case.

The agent picks the channel, who started the contact, when it happened (in
their own time zone), how long it took (optional) and what was said; OK stays
disabled until that is complete and plausible. The contact is saved by the
database writer (`TaskManager.write`), and its changes go out on the bus.
The rules (what a contact does to the case's status and clocks) live in
`app.services.cases.contacts`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.models.enums import CONTACT_CHANNELS, Channel, Direction
from app.services.cases.contacts import (
    FUTURE_SLACK,
    MAX_MINUTES,
    ContactLogged,
    default_direction,
    log_contact,
)
from app.services.core.profile import Profile
from app.ui.case.contact_text import contact_channel_label, contact_direction_choice
from app.ui.core.bus import ChangeBus
from app.ui.core.i18n import translate
from app.ui.core.style import Tone, text_style
from app.ui.core.tasks import TaskManager


def to_qt(moment: dt.datetime) -> QDateTime:
    """An aware datetime as a QDateTime in the agent's (the system's) time zone."""
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))


def from_qt(value: QDateTime) -> dt.datetime:
    """What a QDateTimeEdit shows, as an aware UTC datetime."""
    return dt.datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, dt.UTC)


class ContactLogDialog(QDialog):
    """Signals:
    logged(ContactLogged): the contact was saved (emitted before the dialog closes).
    """

    logged = Signal(object)

    def __init__(
        self,
        profile: Profile,
        tasks: TaskManager,
        bus: ChangeBus,
        case_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactLog")
        self.setWindowTitle(translate("ContactLog", "Log contact"))
        self._profile = profile
        self._tasks = tasks
        self._bus = bus
        self._case_id = case_id
        self._direction_chosen = False  # the agent picked one: the channel no longer does
        self._saving = False

        self.channel = QComboBox(self)
        for channel in CONTACT_CHANNELS:
            self.channel.addItem(contact_channel_label(channel.value), channel.value)
        self.channel.setCurrentIndex(self.channel.findData(Channel.PHONE.value))
        self.direction = QComboBox(self)
        for direction in (Direction.INBOUND, Direction.OUTBOUND):
            self.direction.addItem(contact_direction_choice(direction.value), direction.value)
        self.when = QDateTimeEdit(to_qt(profile.now()), self)
        self.when.setCalendarPopup(True)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, MAX_MINUTES)
        # 0 is "not noted": a duration is optional (a missed call is 1 minute at most).
        self.minutes.setSpecialValueText(translate("ContactLog", "Not noted"))
        self.summary = QPlainTextEdit(self)
        self.summary.setPlaceholderText(translate("ContactLog", "What was said and agreed"))
        self.summary.setTabChangesFocus(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.Ok)
        self.ok.setText(translate("ContactLog", "Log contact"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(translate("ContactLog", "Channel"), self.channel)
        form.addRow(translate("ContactLog", "Direction"), self.direction)
        form.addRow(translate("ContactLog", "When"), self.when)
        form.addRow(translate("ContactLog", "Duration (minutes)"), self.minutes)
        form.addRow(translate("ContactLog", "Summary"), self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(480, 380)

        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.direction.activated.connect(self._direction_picked)
        self.summary.textChanged.connect(self.validate)
        self.when.dateTimeChanged.connect(self.validate)
        self._channel_changed()
        self.summary.setFocus(Qt.OtherFocusReason)

    # Input ---------------------------------------------------------------------------

    def _channel_changed(self) -> None:
        if not self._direction_chosen:
            wanted = default_direction(self.channel.currentData())
            self.direction.setCurrentIndex(self.direction.findData(wanted))
        self.validate()

    def _direction_picked(self) -> None:
        self._direction_chosen = True

    def problem_text(self) -> tuple[str, Tone] | None:
        """Why the contact cannot be logged yet, and how loudly to say it; None when it can."""
        if from_qt(self.when.dateTime()) > self._profile.now() + FUTURE_SLACK:
            return (
                translate(
                    "ContactLog", "The contact time is in the future; give when it happened."
                ),
                Tone.DANGER,
            )
        if not self.summary.toPlainText().strip():
            return translate("ContactLog", "Write a short summary of the contact."), Tone.MUTED
        return None

    def validate(self) -> bool:
        """Enable OK only for a complete, plausible contact; say what is missing."""
        problem = self.problem_text()
        self._show_problem(*(problem or ("", Tone.MUTED)))
        self.ok.setEnabled(problem is None and not self._saving)
        return problem is None

    def _show_problem(self, text: str, tone: Tone) -> None:
        self.problem.setText(text)
        self.problem.setStyleSheet(text_style(tone))

    def values(self) -> dict[str, object]:
        """The contact as `log_contact` takes it."""
        minutes = self.minutes.value()
        return {
            "channel": self.channel.currentData(),
            "direction": self.direction.currentData(),
            "summary": self.summary.toPlainText(),
            "at": from_qt(self.when.dateTime()),
            "minutes": minutes or None,
        }

    # Saving --------------------------------------------------------------------------

    def save(self) -> None:
        """Save through the database writer; the dialog stays until the write is done."""
        if self._saving or not self.validate():
            return
        self._set_saving(True)
        self._tasks.write(
            partial(log_contact, self._profile, self._case_id, **self.values()),
            on_done=self._saved,
            on_error=self._failed,
        )

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        for widget in (self.channel, self.direction, self.when, self.minutes, self.summary):
            widget.setEnabled(not saving)
        self.buttons.button(QDialogButtonBox.Cancel).setEnabled(not saving)
        self.validate()

    def reject(self) -> None:
        """Cancel (or Escape); not while the contact is being saved: it is on its way."""
        if not self._saving:
            super().reject()

    def _saved(self, result: ContactLogged) -> None:
        self._saving = False
        self._bus.publish(result)
        self._bus.info(translate("ContactLog", "Contact logged."))
        self.logged.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        """A refusal is shown in the dialog (what was typed stays); a bug also goes to the log."""
        self._set_saving(False)
        if isinstance(error, UserError):
            self._show_problem(str(error), Tone.DANGER)
            return
        self._bus.failed(error)
        self._show_problem(
            translate("ContactLog", "The contact could not be saved. Details are in the log file."),
            Tone.DANGER,
        )


def open_contact_log(
    parent: QWidget,
    profile: Profile,
    tasks: TaskManager,
    bus: ChangeBus,
    case_id: uuid.UUID,
    on_logged: Callable[[ContactLogged], None] | None = None,
) -> ContactLogDialog:
    """Open the dialog for `case_id` (window-modal, not blocking); it deletes itself when
    closed. The main window's Case menu and the case view call this."""
    dialog = ContactLogDialog(profile, tasks, bus, case_id, parent)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    if on_logged is not None:
        dialog.logged.connect(on_logged)
    dialog.open()
    return dialog
