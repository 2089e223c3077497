"""Sends the outbox in the background while the window is open (issue 11).

At start, replies a crash left "sending" become failed (`recover_interrupted`,
on the writer). Then one single-shot timer wakes at the next reply's due time
(`next_due_at`: the end of its undo window, or its next retry), re-armed after
every change on the bus that touches messages. A round reads the mailbox
account and its keyring password and runs `send_due` on the pool, never on
the UI thread, one round at a time; what it changed goes out on the bus, and
`status_changed` says it in words for the status bar.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import UserError
from app.services.core.changes import Changes
from app.services.core.profile import Profile
from app.services.mail import outbox
from app.services.mail.account import MailboxPasswordMissing, load_account, mailbox_password
from app.ui.core.bus import ChangeBus
from app.ui.core.i18n import Language, fill, translate
from app.ui.core.tasks import Job, TaskManager

log = logging.getLogger(__name__)

OFFLINE_WAIT = dt.timedelta(minutes=1)  # offline, the outbox is tried at most this often
LONGEST_SLEEP = dt.timedelta(minutes=10)  # look again at least this often (sleep, clock)


@dataclass(frozen=True)
class Round:
    """What one round did: the report (None without a mailbox), the case refs of the
    replies in the outbox (failed ones included), and how many still wait in it."""

    report: outbox.SendReport | None
    refs: dict
    waiting: int


def send_round(job: Job, profile: Profile) -> Round:
    """One round of sending, off the UI thread: account, password, `send_due`."""
    account = load_account(profile)
    if account is None:
        waiting = len(outbox.outbox_rows(profile, states=("queued",)))
        return Round(None, {}, waiting)
    password = mailbox_password(account)
    job.check()
    from app.sync.client.claims import outbox_claimer

    report = outbox.send_due(profile, account, password, claim=outbox_claimer(profile))
    rows = outbox.outbox_rows(profile)
    refs = {row.message_id: row.case_ref for row in rows}
    waiting = sum(1 for row in rows if row.state == "queued")
    return Round(report, refs, waiting)


class OutboxRunner(QObject):
    """Signals:
    status_changed(str, str): a text for the status bar and its level ("info", "error").
    round_finished(object): the `Round` of a finished round.
    """

    status_changed = Signal(str, str)
    round_finished = Signal(object)

    def __init__(
        self,
        profile: Profile,
        tasks: TaskManager,
        bus: ChangeBus,
        language: Language,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._tasks = tasks
        self._bus = bus
        self._language = language
        self._running = False  # a round is on the pool
        self._again = False  # woken while a round ran: run one more after it
        self._asking = False  # next_due_at is being read
        self._ask_again = False
        self._offline_at: dt.datetime | None = None  # the last round found no server
        self._started = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.wake)
        # Many changes in a row (an import) ask for the next due time once.
        self._rearm = QTimer(self)
        self._rearm.setSingleShot(True)
        self._rearm.setInterval(0)
        self._rearm.timeout.connect(self.arm)
        bus.changed.connect(self._on_changes)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Make failed what a crash left half-sent, then wait for the next due reply."""
        if self._started:
            return
        self._started = True
        self._tasks.write(
            outbox.recover_interrupted,
            self._profile,
            on_done=self._recovered,
            on_error=self._failed_to_start,
        )

    def stop(self) -> None:
        """No more rounds (the window closes); a round on the pool finishes on its own."""
        self._started = False
        self.timer.stop()
        self._rearm.stop()

    def _recovered(self, changes: Changes) -> None:
        self._bus.publish(changes)
        self.arm()

    def _failed_to_start(self, error: BaseException) -> None:
        self._bus.failed(error)
        self.arm()

    def _on_changes(self, changes: Changes) -> None:
        if self._started and changes.messages:
            self._rearm.start()

    # When -------------------------------------------------------------------------------

    def arm(self) -> None:
        """Read when the next reply is due (on the pool) and set the timer for then."""
        if not self._started:
            return
        if self._asking:
            self._ask_again = True
            return
        self._asking = True
        self._tasks.run(
            outbox.next_due_at, self._profile, on_done=self._due_at, on_error=self._due_failed
        )

    def _due_at(self, when: dt.datetime | None) -> None:
        self._asking = False
        if self._ask_again:
            self._ask_again = False
            self.arm()
            return
        if not self._started:
            return
        if when is None:
            self.timer.stop()
            return
        if self._offline_at is not None:
            when = max(when, self._offline_at + OFFLINE_WAIT)
        delay = when - self._profile.now()
        delay = min(max(delay, dt.timedelta(0)), LONGEST_SLEEP)
        self.timer.start(int(delay.total_seconds() * 1000))

    def _due_failed(self, error: BaseException) -> None:
        self._asking = False
        log.error("could not read the outbox", exc_info=error)

    # Sending -----------------------------------------------------------------------------

    def wake(self) -> None:
        """Send what is due now (the timer, or the agent asking); one round at a time."""
        if not self._started:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self.timer.stop()
        self._tasks.start(
            send_round,
            self._profile,
            on_done=self._round_done,
            on_error=self._round_failed,
            on_cancelled=self._round_ended,
        )

    def _round_ended(self) -> None:
        self._running = False
        if self._again:
            self._again = False
            self.wake()
        else:
            self.arm()

    def _round_done(self, result: Round) -> None:
        report = result.report
        if report is not None:
            self._offline_at = self._profile.now() if report.offline else None
            self._bus.publish(report.changes)
        self._say(result)
        self.round_finished.emit(result)
        self._round_ended()

    def _round_failed(self, error: BaseException) -> None:
        if isinstance(error, MailboxPasswordMissing):  # said in the agent's language
            self.status_changed.emit(
                fill(
                    translate("Outbox", "Replies cannot be sent: %1"),
                    translate(
                        "Outbox", "no mailbox password is stored; enter it in Preferences > Mail"
                    ),
                ),
                "error",
            )
        elif isinstance(error, UserError):  # another reason the seller can act on
            self.status_changed.emit(
                fill(translate("Outbox", "Replies cannot be sent: %1"), error), "error"
            )
        else:
            log.error("sending the outbox failed", exc_info=error)
            self.status_changed.emit(
                translate("Outbox", "Sending replies went wrong. Details are in the log file."),
                "error",
            )
        self._offline_at = self._profile.now()  # try again, but not at once
        self._round_ended()

    def _say(self, result: Round) -> None:
        report = result.report
        number = self._language.number
        if report is None:
            if result.waiting:
                self.status_changed.emit(
                    fill(
                        translate("Outbox", "Replies waiting: %1 (no mailbox is set up)"),
                        number(result.waiting),
                    ),
                    "error",
                )
            return
        for message_id, reason in report.failed:
            ref = result.refs.get(message_id, "")
            self.status_changed.emit(
                fill(translate("Outbox", "Reply to %1 failed: %2"), ref, reason), "error"
            )
        if report.failed:
            return
        if report.offline or (report.retrying and not report.sent):
            self.status_changed.emit(
                fill(
                    translate("Outbox", "Replies waiting: %1 (the mail server cannot be reached)")
                    if report.offline
                    else translate(
                        "Outbox", "Replies waiting: %1 (the mail server will be asked again)"
                    ),
                    number(max(result.waiting, len(report.retrying))),
                ),
                "error",
            )
        elif len(report.sent) == 1:
            self.status_changed.emit(translate("Outbox", "Reply sent."), "info")
        elif report.sent:
            self.status_changed.emit(
                fill(translate("Outbox", "Replies sent: %1"), number(len(report.sent))), "info"
            )
