"""The sync indicator in the status bar: each state in words and tone, Retry only when a
sync failed, hidden when not signed in, the relative time brought up to date."""

from __future__ import annotations

import datetime as dt

from app.ui.core.i18n import Language
from app.ui.core.style import Tone, css
from app.ui.sync import state as states
from app.ui.sync.indicator import SyncIndicator, describe
from app.ui.sync.state import SyncState
from tests.ui.sync.conftest import plain

NOW = dt.datetime(2026, 12, 3, 14, 5, tzinfo=dt.UTC)
EN = Language("en-US")


def _signed(**fields) -> SyncState:
    return SyncState(server="http://127.0.0.1:8765", team="shop", agent="Lena", **fields)


def test_each_state_in_words():
    def text(state: SyncState) -> str:
        return plain(describe(state, NOW, EN)[0])

    assert text(_signed(phase=states.OFFLINE, pending=12)) == "Offline · 12 changes waiting"
    assert text(_signed(phase=states.OFFLINE)) == "Offline"
    assert text(_signed(phase=states.IDLE, pending=12)) == "12 changes waiting"
    assert text(_signed(phase=states.IDLE, pending=1)) == "1 change waiting"
    assert text(_signed(phase=states.SYNCING, pending=3)) == "Syncing…"
    synced = NOW - dt.timedelta(seconds=70)
    assert text(_signed(phase=states.IDLE, last_synced_at=synced)) == "Synced 1 minute ago"
    assert text(_signed(phase=states.IDLE, last_synced_at=NOW)) == "Synced just now"
    assert text(_signed(phase=states.IDLE)) == "Not synced yet"
    refused = _signed(phase=states.FAILED, kind=states.REFUSED, reason="401 revoked")
    assert text(refused) == "Sync failed: sign in again (Preferences > Team)"
    words, tooltip, tone = describe(refused, NOW, EN)
    assert "401 revoked" in tooltip  # the client's whole reason, for whoever fixes it
    assert tone == Tone.DANGER


def test_the_relative_time_in_arabic():
    ar = Language("ar")
    synced = NOW - dt.timedelta(hours=3)
    text = plain(describe(_signed(phase=states.IDLE, last_synced_at=synced), NOW, ar)[0])
    assert "3" in text and "ساعات" in text


def test_the_widget_follows_the_state(qtbot):
    clock = [NOW]
    indicator = SyncIndicator(EN, lambda: clock[0])
    qtbot.addWidget(indicator)
    indicator.show_state(SyncState())  # not signed in: nothing shows
    assert indicator.isHidden()

    indicator.show_state(_signed(phase=states.OFFLINE, pending=2))
    assert not indicator.isHidden()
    assert plain(indicator.label.text()) == "Offline · 2 changes waiting"
    assert css(Tone.WARNING) in indicator.label.styleSheet()
    assert indicator.retry.isHidden()

    indicator.show_state(_signed(phase=states.FAILED, kind=states.SERVER, reason="500"))
    assert not indicator.retry.isHidden()
    with qtbot.waitSignal(indicator.retry_requested, timeout=1000):
        indicator.retry.click()

    indicator.show_state(_signed(phase=states.IDLE, last_synced_at=NOW))
    assert indicator.retry.isHidden()
    assert plain(indicator.label.text()) == "Synced just now"
    clock[0] = NOW + dt.timedelta(minutes=5)
    indicator.refresh()  # what the minute timer does
    assert plain(indicator.label.text()) == "Synced 5 minutes ago"

    indicator.show_state(SyncState())
    assert indicator.isHidden()
