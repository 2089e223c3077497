"""Team sync in the real main window against the real service on a socket: the indicator
goes through synced, waiting, offline, syncing and synced again; a conflict this laptop
lost shows in its open case without touching the composer's text, the inbox's selection
or the conversation's place; Reapply mine sends the agent's value to the team; a
teammate on the same case shows in the presence line."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from sqlalchemy import select

from app.services.cases import operations as cases
from app.services.cases.detail import load_case_detail
from app.sync.client import report_presence, sign_in, sync_round
from app.sync.server.schema import ops as server_ops
from app.ui.sync import state as states
from tests.ui.conftest import add_cases, settle
from tests.ui.sync.conftest import plain

pytestmark = pytest.mark.usefixtures("sync_keyring")

SUBJECTS = [
    ("Strap arrived damaged", "The strap arrived with a tear.", "en-US"),
    ("Wrong size belt", "The belt is a size too small.", "en-US"),
    ("لم يصل الطرد", "لم يصلني الطرد حتى الآن.", "ar-SA"),
]


def _team(live, profile, teammate):
    """Both laptops signed in to one team; the cases made here are on Lena's laptop too."""
    sign_in(profile, live.base_url, live.add_agent("tester", "shop"))
    sign_in(teammate, live.base_url, live.add_agent("Lena", "shop"))
    created = add_cases(profile, SUBJECTS)
    sync_round(profile)
    sync_round(teammate)
    return created


def _open_case(qtbot, window, case_id) -> None:
    model = window.inbox_model
    qtbot.waitUntil(lambda: model.row_of_case(case_id) >= 0, timeout=10_000)
    window.inbox.select_row(model.row_of_case(case_id))
    qtbot.waitUntil(
        lambda: window.case_view.detail is not None and window.case_view.detail.id == case_id,
        timeout=10_000,
    )


def _in_order(seen: list[str], expected: list[str]) -> bool:
    """Whether `expected` shows in `seen` in this order (other texts may come between)."""
    rest = iter(seen)
    return all(any(text == wanted for text in rest) for wanted in expected)


def _synced(window) -> bool:
    hub = window.sync
    return hub.state.phase == states.IDLE and not hub.syncing and hub.state.pending == 0


def _first_round_done(window) -> bool:
    return _synced(window) and window.sync.state.last_synced_at is not None


def test_the_file_menu_syncs_now_with_its_key(open_window, profile):
    window = open_window(profile)
    keys = {a.text(): a.shortcut() for a in window.actions()}
    assert keys["S&ync now"] == QKeySequence("Ctrl+Shift+Y")
    shortcuts = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts))
    # Not signed in: nothing of sync shows, and nothing runs.
    assert window.sync.indicator.isHidden()
    assert not window.sync.active


def test_the_indicator_goes_through_waiting_offline_syncing_and_synced(
    qtbot, open_window, profile, live_sync_server, closed_port_http
):
    sign_in(profile, live_sync_server.base_url, live_sync_server.add_agent("tester", "shop"))
    created = add_cases(profile, SUBJECTS[:1])
    window = open_window(profile)
    hub = window.sync
    shown: list[str] = []
    hub.state_changed.connect(lambda _state: shown.append(plain(hub.indicator.label.text())))
    qtbot.waitUntil(lambda: _first_round_done(window), timeout=20_000)
    assert plain(hub.indicator.label.text()) == "Synced just now"
    assert hub.indicator.isVisible()

    hub.http = closed_port_http()  # the service is out of reach from now on
    # The count of changes waiting shows first (read on the pool: give it time on a busy
    # machine before the round starts).
    hub.change_timer.setInterval(8000)
    _open_case(qtbot, window, created[0].case_id)
    shown.clear()
    window.case_view.set_status("waiting_customer")  # a local change: synced a little later
    qtbot.waitUntil(lambda: hub.state.phase == states.OFFLINE, timeout=30_000)
    qtbot.waitUntil(lambda: hub.state.pending == 1, timeout=10_000)
    assert plain(hub.indicator.label.text()) == "Offline · 1 change waiting"
    assert hub.indicator.retry.isHidden()  # offline is not a failure: it tries again itself

    hub.http = None  # back online: the next poll finds the service and sends what waits
    hub.poll_timer.setInterval(200)
    qtbot.waitUntil(lambda: _synced(window), timeout=20_000)
    assert plain(hub.indicator.label.text()) == "Synced just now"
    assert _in_order(
        shown,
        [
            "1 change waiting",
            "Syncing…",
            "Offline · 1 change waiting",
            "Syncing…",
            "Synced just now",
        ],
    )


class _NoRoster(httpx.BaseTransport):
    """The network as it is, except that the team's roster answers 503."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.roster_asked = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/agents"):
            self.roster_asked += 1
            return httpx.Response(503, json={"detail": "roster unavailable"})
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def test_a_roster_that_cannot_be_read_leaves_the_round_synced(
    qtbot, open_window, profile, live_sync_server
):
    token = live_sync_server.add_agent("tester", "shop")
    sign_in(profile, live_sync_server.base_url, token)
    window = open_window(profile)
    hub = window.sync
    qtbot.waitUntil(lambda: _first_round_done(window), timeout=20_000)
    network = _NoRoster()
    hub.http = httpx.Client(
        base_url=live_sync_server.base_url,
        headers={"Authorization": f"Bearer {token}"},
        transport=network,
    )
    try:
        created = add_cases(profile, SUBJECTS[:1])
        hub.sync_now()
        qtbot.waitUntil(lambda: network.roster_asked > 0 and _synced(window), timeout=20_000)
        assert hub.state.phase == states.IDLE  # not "Sync failed"
        assert plain(hub.indicator.label.text()) == "Synced just now"
        assert hub.indicator.retry.isHidden()
        with live_sync_server.store.engine.connect() as db:
            ids = set(db.execute(select(server_ops.c.entity_id)).scalars())
        assert str(created[0].case_id) in ids  # the round pushed the new case
    finally:
        hub.http = None
        network.close()


def test_a_refused_token_says_so_with_retry(qtbot, open_window, profile, live_sync_server):
    from app.sync.server import admin

    sign_in(profile, live_sync_server.base_url, live_sync_server.add_agent("tester", "shop"))
    window = open_window(profile)
    hub = window.sync
    qtbot.waitUntil(lambda: _first_round_done(window), timeout=20_000)
    admin.revoke_agent(live_sync_server.store, "tester")
    hub.sync_now()
    qtbot.waitUntil(lambda: hub.state.phase == states.FAILED, timeout=20_000)
    assert plain(hub.indicator.label.text()).startswith("Sync failed: sign in again")
    assert hub.indicator.retry.isVisible()
    with qtbot.waitSignal(hub.state_changed, timeout=10_000):
        hub.indicator.retry.click()  # tries again at once (and fails again)
    qtbot.waitUntil(lambda: hub.state.phase == states.FAILED, timeout=20_000)


def test_a_lost_conflict_shows_in_the_open_case_and_reapply_mine_sends_it_again(
    qtbot, open_window, profile, teammate, live_sync_server, closed_port_http
):
    created = _team(live_sync_server, profile, teammate)
    case_id = created[1].case_id
    for number in range(12):  # a conversation longer than its pane
        cases.add_note(profile, case_id, f"Call {number}: the buyer asked about the belt.")
    window = open_window(profile)
    hub = window.sync
    qtbot.waitUntil(lambda: _synced(window), timeout=20_000)
    _open_case(qtbot, window, case_id)
    view = window.case_view
    qtbot.keyClicks(view.composer.editor, "Dear buyer, we are sending a new belt")
    bar = view.conversation.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100, timeout=10_000)
    bar.setValue(bar.maximum() // 2)  # the agent reads an earlier message
    scroll = bar.value()

    # Apart: this laptop sets "waiting on customer" offline; Lena later sets "waiting on
    # third party" and syncs (the case stays in the open view: its row stays selected).
    hub.http = closed_port_http()
    view.set_status("waiting_customer")
    qtbot.waitUntil(lambda: hub.state.phase == states.OFFLINE, timeout=20_000)
    cases.update_case(teammate, case_id, status="waiting_third_party")
    sync_round(teammate)

    hub.http = None
    with qtbot.waitSignal(hub.round_finished, timeout=20_000):
        hub.sync_now()
    banner = hub.notices
    qtbot.waitUntil(lambda: len(banner.rows) == 1 and banner.isVisible(), timeout=10_000)
    text = plain(banner.rows[0].label.text())
    assert text.startswith("Lena set the status to Waiting on third party at ")
    assert text.endswith("while you were offline; your change to Waiting on customer was replaced")
    qtbot.waitUntil(lambda: view.status_box.currentData() == "waiting_third_party", timeout=10_000)
    # The agent's place is kept: the text typed, the case selected, the conversation's place.
    assert view.composer.text() == "Dear buyer, we are sending a new belt"
    assert window.inbox_model.case_id_at(window.inbox.table.currentIndex().row()) == case_id
    assert view.case_id == case_id
    assert bar.value() == scroll

    # Reapply mine: the agent's value is back here, the notice gone, and the team gets it.
    hub.change_timer.setInterval(100)
    banner.rows[0].reapply.click()
    qtbot.waitUntil(lambda: not banner.rows and banner.isHidden(), timeout=10_000)
    qtbot.waitUntil(lambda: view.status_box.currentData() == "waiting_customer", timeout=10_000)
    qtbot.waitUntil(lambda: _synced(window), timeout=20_000)
    sync_round(teammate)
    assert load_case_detail(teammate, case_id).status == "waiting_customer"
    assert view.composer.text() == "Dear buyer, we are sending a new belt"
    settle(qtbot, window)


def test_a_teammate_on_the_same_case_shows_in_the_presence_line(
    qtbot, open_window, profile, teammate, live_sync_server, closed_port_http
):
    created = _team(live_sync_server, profile, teammate)
    case_id = created[0].case_id
    window = open_window(profile)
    hub = window.sync
    qtbot.waitUntil(lambda: _synced(window), timeout=20_000)
    _open_case(qtbot, window, case_id)
    line = hub.presence
    assert line.isHidden()  # nobody else yet

    report_presence(teammate, case_id, "replying")
    hub.poll_timer.setInterval(200)
    qtbot.waitUntil(lambda: line.isVisible(), timeout=10_000)
    assert plain(line.text()) == "Lena is replying to this case"

    # Typing here tells Lena at once.
    view = window.case_view
    view.composer.editor.setFocus(Qt.OtherFocusReason)
    hub.poll_timer.stop()
    settle(qtbot, window)  # no report of "viewing" on its way any more
    with qtbot.waitSignal(hub.presence_changed, timeout=10_000):
        qtbot.keyClicks(view.composer.editor, "Hello")
    others = report_presence(teammate, case_id, "viewing")
    assert [(o.agent, o.activity) for o in others] == [("tester", "replying")]

    # Offline: nothing is said of the others.
    hub.http = closed_port_http()
    hub.poll_timer.start()
    qtbot.waitUntil(lambda: line.isHidden(), timeout=20_000)


def test_the_assignee_box_offers_the_team_s_agents(
    qtbot, open_window, profile, live_sync_server, tmp_path
):
    """Signed in, assignment names real teammates: the team's agents are in the box."""
    live_sync_server.add_agent("Omar", "shop", role="owner")
    live_sync_server.add_agent("지우", "shop")
    sign_in(profile, live_sync_server.base_url, live_sync_server.add_agent("tester", "shop"))
    created = add_cases(profile, SUBJECTS[:1])
    window = open_window(profile)
    _open_case(qtbot, window, created[0].case_id)
    box = window.case_view.assignee_box

    def offered() -> set[str]:
        return {box.itemText(i) for i in range(box.count())}

    qtbot.waitUntil(lambda: {"Omar", "지우", "tester"} <= offered(), timeout=10_000)
    qtbot.waitUntil(lambda: _first_round_done(window), timeout=15_000)
    live_sync_server.add_agent("Ana", "shop")  # a teammate who joins later
    window.sync.sync_now()
    qtbot.waitUntil(lambda: "Ana" in offered(), timeout=15_000)
    box.setCurrentText("지우")
    box.activated.emit(box.findText("지우"))
    qtbot.waitUntil(
        lambda: load_case_detail(profile, created[0].case_id).assignee == "지우", timeout=10_000
    )
