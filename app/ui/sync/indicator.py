"""Team sync in the status bar: synced a minute ago, changes waiting, syncing, offline, or
failed (why, with Retry). Hidden while this laptop is not signed in to a team.

It only shows a `SyncState` (the hub sets it); the relative time is brought up to date
every minute without asking anything of the profile.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.ui.core.i18n import Language, fill, translate
from app.ui.core.style import Tone, text_style
from app.ui.sync import state as states
from app.ui.sync.state import SyncState

REFRESH_MS = 60_000


def waiting_words(pending: int, language: Language) -> str:
    if pending == 1:
        return translate("SyncIndicator", "1 change waiting")
    return fill(translate("SyncIndicator", "%1 changes waiting"), language.number(pending))


def synced_words(moment: dt.datetime, now: dt.datetime, language: Language) -> str:
    """ "Synced just now", "Synced 1 minute ago", "Synced 3 hours ago" in the UI's language."""
    import babel.dates

    delta = moment - now
    if -60 < delta.total_seconds() <= 60:  # a clock a little ahead is "just now" too
        return translate("SyncIndicator", "Synced just now")
    ago = babel.dates.format_timedelta(
        min(delta, dt.timedelta(0)),
        granularity="minute",
        threshold=0.85,
        add_direction=True,
        locale=language.babel,
    )
    return fill(translate("SyncIndicator", "Synced %1"), ago)


def failure_words(kind: str) -> str:
    """The short words for a failure of this kind (`state.REFUSED`...)."""
    words = {
        states.REFUSED: translate("SyncIndicator", "sign in again (Preferences > Team)"),
        states.SERVER: translate("SyncIndicator", "the team service answered with an error"),
        states.STORAGE: translate("SyncIndicator", "the changes could not be stored"),
    }
    return words.get(kind, translate("SyncIndicator", "an internal error"))


def describe(state: SyncState, now: dt.datetime, language: Language) -> tuple[str, str, Tone]:
    """(text, tooltip, tone) for a state."""
    where = ""
    if state.team:
        where = fill(
            translate("SyncIndicator", "Team %1 on %2, signed in as %3"),
            state.team,
            state.server,
            state.agent,
        )
    last = (
        fill(translate("SyncIndicator", "Last synced %1"), language.full(state.last_synced_at))
        if state.last_synced_at is not None
        else translate("SyncIndicator", "Not synced yet")
    )
    tip = "\n".join(part for part in (where, last) if part)
    if state.phase == states.SYNCING:
        return translate("SyncIndicator", "Syncing…"), tip, Tone.INFO
    if state.phase == states.OFFLINE:
        text = translate("SyncIndicator", "Offline")
        if state.pending:
            text = f"{text} · {waiting_words(state.pending, language)}"
        explain = translate(
            "SyncIndicator",
            "The team service cannot be reached. Your changes are kept on this computer "
            "and sent when it can be reached again.",
        )
        return text, "\n".join(p for p in (explain, state.reason, tip) if p), Tone.WARNING
    if state.phase == states.FAILED:
        text = fill(translate("SyncIndicator", "Sync failed: %1"), failure_words(state.kind))
        return text, "\n".join(p for p in (state.reason, tip) if p), Tone.DANGER
    if state.pending:
        return waiting_words(state.pending, language), tip, Tone.MUTED
    if state.last_synced_at is None:
        return translate("SyncIndicator", "Not synced yet"), tip, Tone.MUTED
    return synced_words(state.last_synced_at, now, language), tip, Tone.MUTED


class SyncIndicator(QWidget):
    """A label and, when a sync failed, a Retry button.

    Signals:
        retry_requested(): the agent pressed Retry.
    """

    retry_requested = Signal()

    def __init__(
        self,
        language: Language,
        now: Callable[[], dt.datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self._language = language
        self._now = now
        self.state = SyncState()
        self.label = QLabel(self)
        self.retry = QPushButton(translate("SyncIndicator", "Retry"), self)
        self.retry.setFlat(True)
        self.retry.setToolTip(translate("SyncIndicator", "Try to sync again now"))
        self.retry.clicked.connect(lambda _=False: self.retry_requested.emit())
        self.retry.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.retry)
        self._timer = QTimer(self)  # "a minute ago" becomes "2 minutes ago"
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.hide()

    def show_state(self, state: SyncState) -> None:
        self.state = state
        self.refresh()

    def refresh(self) -> None:
        state = self.state
        if not state.signed_in:
            self._timer.stop()
            self.hide()
            return
        text, tooltip, tone = describe(state, self._now(), self._language)
        self.label.setText(text)
        self.label.setStyleSheet(text_style(tone))
        self.setToolTip(tooltip)
        self.retry.setVisible(state.phase == states.FAILED)
        if not self._timer.isActive():
            self._timer.start()
        self.show()
