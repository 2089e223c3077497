"""The held reply in the case view: what waits for the owner and why, the owner's Approve
and Return buttons driven for real (offscreen), the thread's state line and the send-anyway
dialog that says the reply will wait."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.models.entities import Message
from app.services.cases import approvals
from app.services.cases.detail import load_case_detail
from app.services.compliance import check_reply
from app.ui.case.approval import ApprovalPanel, ReturnDialog
from app.ui.case.conversation import ConversationView
from app.ui.composer.check import OverrideDialog
from app.ui.core.bus import ChangeBus
from app.ui.core.i18n import Language
from app.ui.core.tasks import TaskManager
from tests.services.cases.test_approvals import BLOCKED, OVERRIDE, hold_one, mail_case, sign_in
from tests.ui.case.outbox_helpers import plain


@pytest.fixture
def tasks():
    manager = TaskManager()
    yield manager
    manager.shutdown()


@pytest.fixture
def panel(qtbot, profile, tasks):
    bus = ChangeBus()
    widget = ApprovalPanel(profile, tasks, bus, Language("en-US"))
    widget.bus = bus  # the test listens on it
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _show(qtbot, panel, profile, case_id):
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show_detail(load_case_detail(profile, case_id))


def _state(profile, message_id) -> str:
    with profile.read() as session:
        return session.get(Message, message_id).outbound_state


def test_the_owner_sees_the_request_and_approves_it(qtbot, profile, panel):
    case_id, message_id = hold_one(profile)
    sign_in(profile, "owner")
    _show(qtbot, panel, profile, case_id)
    assert panel.isVisible()
    [box] = panel.boxes
    assert box.title.text() == "Waiting for the owner's approval"
    assert plain(box.who.text()).startswith("Sent anyway by tester, ")
    assert plain(box.rules.text()) == "Blocked by: Phone number, Messenger or social media"
    assert plain(box.reason.text()) == f"Reason: {OVERRIDE.reason}"
    assert box.approve_button.isVisible() and box.return_button.isVisible()
    with (
        qtbot.waitSignal(panel.bus.changed, timeout=10_000) as changed,
        qtbot.waitSignal(panel.decided, timeout=10_000) as decided,
    ):
        qtbot.mouseClick(box.approve_button, Qt.LeftButton)
    assert decided.args == [message_id, "approve"]
    assert changed.args[0].touches_case(case_id)
    assert _state(profile, message_id) == "queued"
    # The case view reloads the detail on the change: nothing is held any more.
    panel.show_detail(load_case_detail(profile, case_id))
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert panel.boxes == []


def test_an_agent_sees_why_it_waits_but_no_buttons(qtbot, profile, panel):
    case_id, _message_id = hold_one(profile)
    _show(qtbot, panel, profile, case_id)
    [box] = panel.boxes
    assert box.title.isVisible() and box.reason.isVisible()
    assert (box.approve_button, box.return_button) == (None, None)


def test_the_owner_returns_it_with_a_note(qtbot, profile, panel):
    case_id, message_id = hold_one(profile)
    sign_in(profile, "owner")
    _show(qtbot, panel, profile, case_id)
    [box] = panel.boxes
    qtbot.mouseClick(box.return_button, Qt.LeftButton)
    dialog = panel.return_dialog
    assert isinstance(dialog, ReturnDialog)
    qtbot.waitUntil(dialog.isVisible)
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    qtbot.mouseClick(ok, Qt.LeftButton)  # no note yet: the dialog says so and stays
    assert dialog.isVisible() and dialog.problem.text()
    assert _state(profile, message_id) == "held"
    qtbot.keyClicks(dialog.note, "No phone numbers: point them to the return form.")
    with qtbot.waitSignal(panel.decided, timeout=10_000) as decided:
        qtbot.mouseClick(ok, Qt.LeftButton)
    assert decided.args == [message_id, "return"]
    assert _state(profile, message_id) == "draft"
    notes = [m.body for m in load_case_detail(profile, case_id).messages if m.direction == "note"]
    assert notes == ["No phone numbers: point them to the return form."]


def test_a_refused_decision_is_reported_and_the_buttons_come_back(qtbot, profile, panel):
    case_id, message_id = hold_one(profile)
    sign_in(profile, "owner")
    _show(qtbot, panel, profile, case_id)
    [box] = panel.boxes
    sign_in(profile, "agent")  # the role changed (a sync) while the request was shown
    with qtbot.waitSignal(panel.bus.message, timeout=10_000) as message:
        qtbot.mouseClick(box.approve_button, Qt.LeftButton)
    assert message.args[1] == "error" and "owner" in message.args[0]
    qtbot.waitUntil(box.approve_button.isEnabled)
    assert _state(profile, message_id) == "held"


def test_a_case_without_held_replies_reads_nothing_and_stays_hidden(qtbot, profile, panel):
    case_id = mail_case(profile).case_id
    with qtbot.assertNotEmitted(panel.loaded):
        panel.show_detail(load_case_detail(profile, case_id))
    assert not panel.isVisible() and panel.boxes == []


def test_the_thread_says_the_reply_waits_for_the_owner(qtbot, profile):
    case_id, message_id = hold_one(profile)
    view = ConversationView()
    qtbot.addWidget(view)
    view.show_detail(load_case_detail(profile, case_id), Language("en-US"))
    text = plain(view.toPlainText())
    assert BLOCKED in text
    assert "Waiting for the owner's approval" in text
    assert view.action_links() == []  # nothing to undo, retry or mark as sent


def test_the_send_anyway_dialog_says_the_reply_will_wait(qtbot):
    findings = check_reply(BLOCKED, marketplace="amazon.com").findings
    plain_dialog = OverrideDialog(findings)
    qtbot.addWidget(plain_dialog)
    assert plain_dialog.approval_notice is None
    assert plain_dialog.send_button.text() == "Send anyway"
    waiting = OverrideDialog(findings, needs_approval=True)
    qtbot.addWidget(waiting)
    waiting.show()
    assert waiting.approval_notice is not None and waiting.approval_notice.isVisible()
    assert "waits for them" in waiting.approval_notice.text()
    assert waiting.send_button.text() == "Ask the owner to approve"


def test_approval_required_follows_the_role(profile):
    assert not approvals.approval_required(profile)
    hold_one(profile)  # switched on by the owner, and this laptop is an agent's
    assert approvals.approval_required(profile)
