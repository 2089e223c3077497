"""Team sync in the main window, in one place the window builds and stops.

- Rounds (`sync_round`: push, then pull) run on the task pool, never on the UI thread, one
  at a time (a request during a round runs once more right after it): on a timer, a short
  while after each local change (coalesced; the changes a round brought are not local),
  on demand (File > Sync now, Ctrl+Shift+Y, and the indicator's Retry), and when a cheap
  "anything new?" poll says teammates changed something. What a round brought is
  published on the change bus, so the open inbox and case refresh in place.
- After a round, evidence files the profile lists but does not hold are fetched in the
  background; those of the case being opened first.
- The status-bar indicator (`SyncIndicator`), the case view's conflict notices
  (`NoticeBanner`) and its presence line (`PresenceLine`): the open case is reported to the
  team every poll, and at once when the agent starts typing in the composer.

Nothing runs while this laptop is not signed in (Preferences > Team).
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from app.errors import UserError
from app.services.core.changes import Changes
from app.ui.core.i18n import Language, translate
from app.ui.core.tasks import Job, Task
from app.ui.sync import state as states
from app.ui.sync.indicator import SyncIndicator
from app.ui.sync.notices import NoticeBanner
from app.ui.sync.presence import REPLYING, VIEWING, PresenceLine
from app.ui.sync.state import SyncState

if TYPE_CHECKING:
    from app.services.core.profile import Profile
    from app.sync.client import RoundResult, SyncStatus
    from app.ui.case.view import CaseView
    from app.ui.core.bus import ChangeBus
    from app.ui.core.tasks import TaskManager

log = logging.getLogger(__name__)

ROUND_MS = 2 * 60 * 1000  # a round at least this often
CHANGE_DELAY_MS = 5_000  # after a local change (more changes meanwhile: one round)
POLL_MS = 20_000  # "anything new?" and the presence report
TYPING_SECONDS = 45  # typed this recently: "replying" (the service keeps a report 45 s)


def _status(profile: Profile) -> SyncStatus:
    from app.sync.client import status

    return status(profile)


def _roster(profile: Profile) -> list[str]:
    from app.sync.client import roster

    return roster(profile)


def _round(job: Job, profile: Profile, http: Any) -> tuple[RoundResult, SyncStatus]:
    """One round, then where things stand (pending, last synced), on the pool."""
    from app.sync.client import status, sync_round
    from app.sync.client.account import refresh_roster
    from app.sync.client.transport import SyncError

    result = sync_round(profile, http=http, progress=job.progress, check=job.check)
    try:
        refresh_roster(profile, http=http)  # teammates added or revoked since the sign-in
    except SyncError as exc:
        # The round itself went through: the roster stays as it was until the next one.
        log.info("team roster not refreshed: %s", exc)
    return result, status(profile)


def _anything_new(profile: Profile, http: Any) -> bool:
    from app.sync.client import anything_new

    return anything_new(profile, http=http)


def _report(profile: Profile, case_id: uuid.UUID | None, activity: str | None, http: Any):  # noqa: ANN202
    from app.sync.client import report_presence

    return report_presence(profile, case_id, activity, http=http)


def _fetch_blobs(
    job: Job, profile: Profile, case_id: uuid.UUID | None, everything: bool, http: Any
) -> tuple[uuid.UUID | None, int]:
    """Fetch the files of `case_id` the profile lacks, then (`everything`) all it lacks;
    (the case, how many of its files came)."""
    from app.sync.client import fetch_blob, fetch_missing, missing_blobs

    came = 0
    if case_id is not None:
        for sha in missing_blobs(profile, case_id):
            job.check()
            fetch_blob(profile, sha, http=http)
            came += 1
    if everything:
        fetch_missing(profile, http=http, check=job.check)
    return case_id, came


def _unreachable(error: BaseException) -> bool:
    from app.sync.client import SyncUnreachable

    return isinstance(error, SyncUnreachable)


class SyncHub(QObject):
    """Runs team sync for the window.

    Signals:
        state_changed(SyncState): what the indicator shows changed.
        round_finished(RoundResult): a round finished (also one that moved nothing).
        presence_changed(tuple): the service's answer to a presence report (others).
    """

    state_changed = Signal(object)
    round_finished = Signal(object)
    presence_changed = Signal(object)
    teammates_changed = Signal(object)  # the team's agents' names (a list)

    def __init__(
        self,
        window: QWidget,
        profile: Profile,
        tasks: TaskManager,
        bus: ChangeBus,
        language: Language,
        *,
        http: Any = None,
        round_ms: int = ROUND_MS,
        change_delay_ms: int = CHANGE_DELAY_MS,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._profile = profile
        self._tasks = tasks
        self._bus = bus
        self._language = language
        self.http = http  # an httpx client for tests; None: the client makes its own
        self._running = False  # started and not stopped
        self._teammates: list[str] = []  # the team's agents, for the assignee box
        self._round: Task | None = None
        self._again = False
        self._blobs: Task | None = None
        self._blobs_again: tuple[uuid.UUID | None, bool] | None = None
        self._reading = False  # a status read is on the pool
        self._read_again = False
        self._publishing = False  # the bus carries what sync itself brought
        self._case_id: uuid.UUID | None = None
        self._reported: tuple[uuid.UUID | None, str | None] | None = None
        self._typed_at = float("-inf")  # time.monotonic() of the last key in the composer
        self._editor: QWidget | None = None
        self._composer_text = None  # () -> str, of the attached case view's composer
        self.state = SyncState()
        self.indicator = SyncIndicator(language, profile.now, window)
        self.indicator.retry_requested.connect(self.sync_now)
        self.notices = NoticeBanner(profile, tasks, bus, language)
        self.presence = PresenceLine()
        self.action = QAction(translate("SyncHub", "S&ync now"), self)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.action.setShortcutContext(Qt.WindowShortcut)
        self.action.setToolTip(translate("SyncHub", "Send your changes to the team and get theirs"))
        self.action.triggered.connect(lambda _=False: self.sync_asked())
        self.round_timer = self._timer(round_ms, self.sync_now)
        self.change_timer = self._timer(change_delay_ms, self.sync_now, single=True)
        self.poll_timer = self._timer(poll_ms, self._poll)
        self.state_changed.connect(self.indicator.show_state)
        bus.changed.connect(self._local_change)

    def _timer(self, interval: int, slot, *, single: bool = False) -> QTimer:  # noqa: ANN001
        timer = QTimer(self)
        timer.setInterval(interval)
        timer.setSingleShot(single)
        timer.timeout.connect(slot)
        return timer

    # Building ----------------------------------------------------------------------------

    def add_actions(self, file_menu: QMenu) -> None:
        """File > Sync now (Ctrl+Shift+Y)."""
        file_menu.addAction(self.action)
        self._window.addAction(self.action)

    def attach_case_view(self, view: CaseView) -> None:
        """Notices and the presence line over the case's tabs; the open case and typing in
        its composer are followed."""
        view.insert_above_tabs(self.presence)
        view.insert_above_tabs(self.notices)
        view.case_shown.connect(self.case_opened)
        self.teammates_changed.connect(view.set_teammates)
        self._editor = view.composer.editor
        self._editor.installEventFilter(self)
        self._composer_text = view.composer.text
        self.case_opened(view.case_id)

    # Starting and stopping -------------------------------------------------------------

    @property
    def active(self) -> bool:
        """Started, and this laptop is signed in to a team."""
        return self._running and self.state.signed_in

    @property
    def syncing(self) -> bool:
        return self._round is not None

    def start(self) -> None:
        """Read whether this laptop is signed in; if so, sync now and from then on."""
        if self._running:
            return
        self._running = True
        self._read_status()

    def stop(self) -> None:
        """No more rounds or reports; a running round stops between its steps (what it
        stored stays, and what it did not send is sent next time)."""
        self._running = False
        self._again = False
        self._blobs_again = None
        for timer in (self.round_timer, self.change_timer, self.poll_timer):
            timer.stop()
        for task in (self._round, self._blobs):
            if task is not None:
                task.cancel()

    def account_changed(self) -> None:
        """Signed in or out (Preferences > Team): follow it at once."""
        if self._running:
            self._read_status()

    def _activate(self) -> None:
        if not self.round_timer.isActive():
            self.round_timer.start()
            self.poll_timer.start()
            self.sync_now()
            self._report_presence()

    def _deactivate(self) -> None:
        for timer in (self.round_timer, self.change_timer, self.poll_timer):
            timer.stop()
        self._again = False
        self._reported = None
        self.presence.clear()
        self._set(SyncState())

    # Status ------------------------------------------------------------------------------

    def _read_status(self) -> None:
        """Where things stand (signed in? changes waiting? last synced?), read on the pool."""
        if self._reading:
            self._read_again = True
            return
        self._reading = True
        try:
            self._tasks.run(
                _status, self._profile, on_done=self._status_read, on_error=self._status_failed
            )
        except RuntimeError:  # the task manager is shut down: the window is closing
            self._reading = False

    def _status_read(self, status: SyncStatus) -> None:
        self._reading = False
        if not self._running:
            return
        if not status.signed_in:
            self._deactivate()
        else:
            phase = self.state.phase if self.state.signed_in else states.IDLE
            self._set(
                replace(
                    self.state,
                    phase=phase,
                    pending=status.pending,
                    last_synced_at=status.last_synced_at,
                    server=status.server or "",
                    team=status.team or "",
                    agent=status.agent or "",
                )
            )
            self._activate()
            self._tasks.run(_roster, self._profile, on_done=self._roster_read)
        if self._read_again:
            self._read_again = False
            self._read_status()

    def _roster_read(self, names: list[str]) -> None:
        if self._running and names != self._teammates:
            self._teammates = names
            self.teammates_changed.emit(names)

    def _status_failed(self, error: BaseException) -> None:
        self._reading = False
        self._bus.failed(error)

    # Rounds ------------------------------------------------------------------------------

    def sync_asked(self) -> None:
        """Sync now, asked by the agent: says so when this laptop is not signed in."""
        if self._running and not self.state.signed_in:
            self._bus.message.emit(
                translate("SyncHub", "Sign in to your team first: Preferences > Team."), "error"
            )
            return
        self.sync_now()

    def sync_now(self) -> None:
        """A round now; during one, once more right after it."""
        if not self.active:
            return
        if self._round is not None:
            self._again = True
            return
        self.change_timer.stop()
        try:
            self._round = self._tasks.start(
                _round,
                self._profile,
                self.http,
                on_done=self._round_done,
                on_error=self._round_failed,
                on_cancelled=self._round_cancelled,
            )
        except RuntimeError:  # the task manager is shut down: the window is closing
            self._running = False
            return
        self._set(replace(self.state, phase=states.SYNCING, kind="", reason=""))

    def _round_done(self, found: tuple[RoundResult, SyncStatus]) -> None:
        result, status = found
        self._round = None
        self._publish(result.changes)
        self._set(
            replace(
                self.state,
                phase=states.IDLE if status.signed_in else states.SIGNED_OUT,
                pending=status.pending,
                last_synced_at=status.last_synced_at or self._profile.now(),
                kind="",
                reason="",
            )
        )
        self.round_finished.emit(result)
        if self.active:
            self._tasks.run(_roster, self._profile, on_done=self._roster_read)
            self._fetch_files(self._case_id, everything=True)
        self._next()

    def _round_failed(self, error: BaseException) -> None:
        self._round = None
        self._failed(error)
        self._read_status()  # the changes waiting, as they stand now
        self._next()

    def _failed(self, error: BaseException) -> None:
        """Offline, or failed and why (a bug is logged with its traceback)."""
        from app.sync.client import SyncFailed, SyncRefused

        if _unreachable(error):
            self._set(replace(self.state, phase=states.OFFLINE, kind="", reason=str(error)))
            self.presence.clear()  # nothing is known of the others while offline
            return
        if isinstance(error, SyncRefused):
            kind = states.REFUSED
        elif isinstance(error, SyncFailed):
            kind = states.SERVER
        elif isinstance(error, UserError):
            kind = states.STORAGE
        else:
            self._bus.failed(error)
            kind = states.BUG
        self._set(replace(self.state, phase=states.FAILED, kind=kind, reason=str(error)))

    def _round_cancelled(self) -> None:
        self._round = None
        if self.state.phase == states.SYNCING:
            self._set(replace(self.state, phase=states.IDLE))

    def _next(self) -> None:
        if self._again and self.active:
            self._again = False
            self.sync_now()

    def _publish(self, changes: Changes | Any) -> None:
        """What sync brought, to every screen; not taken for a local change."""
        self._publishing = True
        try:
            self._bus.publish(changes)
        finally:
            self._publishing = False

    def _local_change(self, changes: Changes) -> None:
        """A write on this laptop: count it as waiting, and sync a little later (more
        changes meanwhile ride along)."""
        if self._publishing or not self.active:
            return
        self._read_status()
        if not self.change_timer.isActive():
            self.change_timer.start()

    # The poll ----------------------------------------------------------------------------

    def _poll(self) -> None:
        """Ask the service whether teammates changed anything; report the open case."""
        if not self.active:
            return
        self._report_presence()
        if self._round is not None:
            return
        try:
            self._tasks.run(
                _anything_new,
                self._profile,
                self.http,
                on_done=self._polled,
                on_error=self._poll_failed,
            )
        except RuntimeError:
            self._running = False

    def _polled(self, anything: bool) -> None:
        if anything or self.state.phase == states.OFFLINE:  # back online: send what waits
            self.sync_now()

    def _poll_failed(self, error: BaseException) -> None:
        if self._round is not None or not self.active:
            return
        if _unreachable(error) or isinstance(error, UserError):
            self._failed(error)
        else:
            log.warning("the sync poll failed", exc_info=error)

    # The open case: notices, presence, its files ---------------------------------------

    def case_opened(self, case_id: uuid.UUID | None) -> None:
        self._case_id = case_id
        self._typed_at = float("-inf")
        self.presence.clear()
        self.notices.show_case(case_id)
        if self.active:
            self._report_presence()
            if case_id is not None:
                self._fetch_files(case_id, everything=False)

    def activity(self) -> str | None:
        """What the agent does on the open case: replying (typed into the composer lately
        and the text is there), viewing, or nothing (no case open)."""
        if self._case_id is None:
            return None
        typed = time.monotonic() - self._typed_at < TYPING_SECONDS
        text = self._composer_text() if self._composer_text is not None else ""
        return REPLYING if typed and text.strip() else VIEWING

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Keys typed into the composer (or text from an input method) mean "replying"."""
        if watched is self._editor and (
            (event.type() == QEvent.KeyPress and event.text()) or event.type() == QEvent.InputMethod
        ):
            was = self.activity()
            self._typed_at = time.monotonic()
            if was != REPLYING:
                QTimer.singleShot(0, self._report_presence)  # after the key is in the text
        return super().eventFilter(watched, event)

    def _report_presence(self) -> None:
        if not self.active:
            return
        case_id, activity = self._case_id, self.activity()
        if case_id is None and self._reported in (None, (None, None)):
            return  # nothing open, and the service was told so
        self._reported = (case_id, activity)
        try:
            self._tasks.run(
                _report,
                self._profile,
                case_id,
                activity,
                self.http,
                on_done=lambda others: self._presence_came(case_id, others),
                on_error=self._presence_failed,
            )
        except RuntimeError:
            self._running = False

    def _presence_came(self, case_id: uuid.UUID | None, others: Sequence[Any]) -> None:
        if not self.active or case_id != self._case_id:
            return
        self.presence.show_presence(others, case_id)
        self.presence_changed.emit(tuple(others))

    def _presence_failed(self, error: BaseException) -> None:
        self.presence.clear()
        if not _unreachable(error) and not isinstance(error, UserError):
            log.warning("the presence report failed", exc_info=error)

    def _fetch_files(self, case_id: uuid.UUID | None, *, everything: bool) -> None:
        """Evidence files the profile lacks, on the pool; the open case's first."""
        if self._blobs is not None:
            _, before = self._blobs_again or (None, False)
            self._blobs_again = (case_id, everything or before)
            return
        try:
            self._blobs = self._tasks.start(
                _fetch_blobs,
                self._profile,
                case_id,
                everything,
                self.http,
                on_done=self._files_came,
                on_error=self._files_failed,
                on_cancelled=self._files_ended,
            )
        except RuntimeError:
            self._running = False

    def _files_came(self, found: tuple[uuid.UUID | None, int]) -> None:
        case_id, came = found
        self._files_ended()
        if came and case_id is not None:
            self._publish(Changes(cases=frozenset({case_id})))  # its thumbnails can show

    def _files_failed(self, error: BaseException) -> None:
        self._files_ended()
        if not _unreachable(error):
            log.warning("evidence files could not be fetched", exc_info=error)

    def _files_ended(self) -> None:
        self._blobs = None
        again, self._blobs_again = self._blobs_again, None
        if again is not None and self.active:
            self._fetch_files(again[0], everything=again[1])

    def _set(self, state: SyncState) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
