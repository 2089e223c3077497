"""Fetching mail in the background: on a timer, on demand (F5), and again when the
connection comes back.

`MailFetcher` runs `imap.fetch_new` through the task manager's `start()` (never on the UI
thread), one fetch at a time: a request during a fetch runs once more right after it.
What a fetch stored is published on the change bus (also what a failed fetch stored
before it failed). While the server cannot be reached (offline, timed out, dropped) it
tries again with a growing pause; a problem the seller must fix (a wrong password, no
such server, no such folder) waits for the timer or for the account to change.

The state (`FetchState`) is shown by `fetch_status.FetchStatus` in the status bar.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence

from app.errors import UserError
from app.services.core.profile import Profile
from app.ui.core.bus import ChangeBus
from app.ui.core.i18n import translate
from app.ui.core.tasks import Job, Task, TaskManager

log = logging.getLogger(__name__)

INTERVAL_MS = 5 * 60 * 1000
# Pauses before the next try while offline: 15 s, 30 s, 1 min, 2 min, then every 5 min.
BACKOFF_MS: tuple[int, ...] = (15_000, 30_000, 60_000, 120_000, 300_000)

# FetchState.phase
NO_ACCOUNT = "none"  # no mailbox set up on this laptop
IDLE = "idle"  # nothing running; `last_fetch` says when mail was last fetched
FETCHING = "fetching"
OFFLINE = "offline"  # the server cannot be reached now; tried again with backoff
FAILED = "failed"  # a problem the seller must fix: `kind` and `reason` say which

# FetchState.kind beyond imap.KINDS
PASSWORD = "password"  # no password in the keyring
STORAGE = "storage"  # the profile could not store the mail (disk full...)
BUG = "bug"  # an internal error, logged with its traceback


@dataclass(frozen=True)
class FetchState:
    """What the status bar shows. `reason`: the whole explanation (service words and the
    server's own), for the tooltip; `retry_at`: the next try while offline."""

    phase: str = IDLE
    done: int = 0
    total: int = 0
    last_fetch: dt.datetime | None = None
    kind: str = ""
    reason: str = ""
    host: str = ""
    retry_at: dt.datetime | None = None


def _read_start(profile: Profile) -> tuple[bool, dt.datetime | None]:
    """(a mailbox is set up, when it was last fetched), read on the pool."""
    from app.services.mail.account import load_account
    from app.services.mail.imap import last_fetched

    account = load_account(profile)
    if account is None:
        return False, None
    return True, last_fetched(profile, account)


def _fetch(job: Job, profile: Profile, batch: int):  # noqa: ANN202 - FetchReport | None
    """The fetch itself, on the pool: account, password (the keyring may be slow), mail."""
    from app.services.mail.account import load_account, mailbox_password
    from app.services.mail.imap import fetch_new

    account = load_account(profile)
    if account is None:
        return None
    password = mailbox_password(account)
    job.check()
    return fetch_new(
        profile,
        account,
        password,
        progress=job.progress,
        cancelled=lambda: job.cancelled,
        batch=batch,
    )


class MailFetcher(QObject):
    """Fetches this laptop's mailbox in the background.

    Signals:
        state_changed(FetchState): the status changed (phase, progress, reason).
        fetched(FetchReport): a fetch finished (also one that found nothing new).
    """

    state_changed = Signal(object)
    fetched = Signal(object)

    def __init__(
        self,
        profile: Profile,
        tasks: TaskManager,
        bus: ChangeBus,
        parent: QObject | None = None,
        *,
        interval_ms: int = INTERVAL_MS,
        backoff_ms: Sequence[int] = BACKOFF_MS,
        batch: int = 50,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._tasks = tasks
        self._bus = bus
        self._backoff = tuple(backoff_ms) or BACKOFF_MS
        self._batch = batch
        self._now = now
        self._task: Task | None = None
        self._again = False
        self._failures = 0  # offline tries in a row
        self._running = False  # started and not stopped
        self.state = FetchState()
        self.action = QAction(translate("MailFetcher", "&Fetch mail"), self)
        self.action.setShortcut(QKeySequence("F5"))
        self.action.setToolTip(translate("MailFetcher", "Fetch new mail from your mailbox now"))
        self.action.triggered.connect(self.fetch_now)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.fetch_now)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.fetch_now)

    @property
    def fetching(self) -> bool:
        return self._task is not None

    # Starting and stopping ----------------------------------------------------------

    def start(self) -> None:
        """Read when mail was last fetched, fetch now, then every interval."""
        if self._running:
            return
        self._running = True
        self._timer.start()
        self._tasks.run(_read_start, self._profile, on_done=self._started, on_error=self._failed)

    def _started(self, found: tuple[bool, dt.datetime | None]) -> None:
        configured, last = found
        if not self._running:
            return
        self._set(replace(self.state, last_fetch=last))
        if configured:
            self.fetch_now()
        else:
            self._set(FetchState(phase=NO_ACCOUNT))

    def stop(self) -> None:
        """No more fetches; a running one stops after its batch (what it stored stays)."""
        self._running = False
        self._timer.stop()
        self._retry.stop()
        self._again = False
        if self._task is not None:
            self._task.cancel()

    def account_changed(self) -> None:
        """The mailbox was set up or changed (Preferences): try it at once."""
        self._failures = 0
        self._retry.stop()
        if self._running:
            self.fetch_now()

    # One fetch ----------------------------------------------------------------------

    def fetch_now(self) -> None:
        """Fetch now; during a fetch, once more right after it."""
        if not self._running:
            return
        if self._task is not None:
            self._again = True
            return
        self._retry.stop()
        try:
            self._task = self._tasks.start(
                _fetch,
                self._profile,
                self._batch,
                on_done=self._done,
                on_error=self._failed,
                on_progress=self._progress,
                on_cancelled=self._cancelled,
            )
        except RuntimeError:  # the task manager is shut down: the window is closing
            self._running = False
            return
        self._set(replace(self.state, phase=FETCHING, done=0, total=0, retry_at=None))

    def _progress(self, done: int, total: int, _text: str) -> None:
        if self._task is not None:
            self._set(replace(self.state, phase=FETCHING, done=done, total=total))

    def _done(self, report) -> None:  # noqa: ANN001 - FetchReport | None
        self._task = None
        self._failures = 0
        if report is None:
            self._set(FetchState(phase=NO_ACCOUNT))
        else:
            self._bus.publish(report)
            self._set(FetchState(phase=IDLE, last_fetch=self._now()))
            self.fetched.emit(report)
        self._next()

    def _cancelled(self) -> None:
        self._task = None
        self._set(replace(self.state, phase=IDLE, done=0, total=0))

    def _failed(self, error: BaseException) -> None:
        from app.services.mail.account import MailboxPasswordMissing
        from app.services.mail.imap import MailServerError

        self._task = None
        last = self.state.last_fetch
        if isinstance(error, MailServerError):
            if error.partial is not None:
                self._bus.publish(error.partial)
            if error.passing:
                self._offline(error, last)
                return
            state = FetchState(FAILED, last_fetch=last, kind=error.kind, reason=str(error))
        elif isinstance(error, MailboxPasswordMissing):
            state = FetchState(FAILED, last_fetch=last, kind=PASSWORD, reason=str(error))
        elif isinstance(error, UserError):
            state = FetchState(FAILED, last_fetch=last, kind=STORAGE, reason=str(error))
        else:
            self._bus.failed(error)  # a bug: logged with its traceback
            state = FetchState(FAILED, last_fetch=last, kind=BUG, reason=repr(error))
        self._failures = 0
        self._set(state)
        self._next()

    def _offline(self, error, last: dt.datetime | None) -> None:  # noqa: ANN001
        pause = self._backoff[min(self._failures, len(self._backoff) - 1)]
        self._failures += 1
        retry_at = self._now() + dt.timedelta(milliseconds=pause)
        self._set(
            FetchState(
                OFFLINE, last_fetch=last, kind=error.kind, reason=str(error), retry_at=retry_at
            )
        )
        if self._running:
            self._retry.start(pause)
        self._again = False

    def _next(self) -> None:
        if self._again and self._running:
            self._again = False
            self.fetch_now()

    def _set(self, state: FetchState) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
