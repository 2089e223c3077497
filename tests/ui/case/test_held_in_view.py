"""The owner's approval in the real case view: a held reply shows the approval panel above
the thread (with Approve and Return for the owner only), and an agent whose "send anyway"
needs the owner's approval is told it waits: nothing is queued, copied or marked as sent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.services.cases import approvals
from app.services.cases.detail import load_case_detail, load_case_history
from app.services.mail.account import save_account
from app.ui.case.history import describe
from tests.services.cases.test_approvals import (
    BLOCKED,
    MAILBOX,
    OVERRIDE,
    hold_one,
    mail_case,
    require_approval,
    sign_in,
)
from tests.ui.case.outbox_helpers import open_case, plain, replies
from tests.ui.conftest import settle

WAITS = "The reply waits for the owner's approval; it is not sent yet."


def test_a_held_reply_shows_the_panel_without_decisions_for_an_agent(qtbot, open_window, profile):
    case_id, message_id = hold_one(profile)
    other = mail_case(profile).case_id
    window = open_window(profile)
    view = window.case_view
    panel = view.approvals
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        open_case(qtbot, view, case_id)
    assert panel.isVisible()
    [box] = panel.boxes
    assert box.held.message_id == message_id
    assert plain(box.reason.text()) == f"Reason: {OVERRIDE.reason}"
    assert (box.approve_button, box.return_button) == (None, None)
    # Above the thread, in the Conversation tab.
    assert (
        panel.mapTo(window, panel.rect().bottomLeft()).y()
        <= view.conversation.mapTo(window, view.conversation.rect().topLeft()).y()
    )
    open_case(qtbot, view, other)
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert panel.boxes == []
    view.show_case(None)
    assert panel.boxes == [] and not panel.isVisible()


def test_the_owner_approves_in_the_case_view_and_the_panel_goes(qtbot, open_window, profile):
    case_id, message_id = hold_one(profile)
    sign_in(profile, "owner")
    window = open_window(profile)
    view = window.case_view
    panel = view.approvals
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        open_case(qtbot, view, case_id)
    [box] = panel.boxes
    assert box.approve_button.isVisible() and box.return_button.isVisible()
    with qtbot.waitSignal(panel.decided, timeout=10_000):
        qtbot.mouseClick(box.approve_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=10_000)
    [reply] = replies(profile, case_id)
    assert (reply.id, reply.outbound_state) == (message_id, "queued")
    # The history says who approved it.
    qtbot.waitUntil(lambda: view.history.topLevelItemCount() > 0)
    texts = [view.history.topLevelItem(i).text(2) for i in range(view.history.topLevelItemCount())]
    assert "Approved by tester" in [plain(t) for t in texts]


@pytest.mark.parametrize("mailbox", [True, False], ids=["mailbox", "copy-and-mark"])
def test_sending_anyway_as_an_agent_says_it_waits(qtbot, open_window, profile, mailbox):
    if mailbox:
        save_account(profile, MAILBOX)
    require_approval(profile)
    case_id = mail_case(profile).case_id
    QGuiApplication.clipboard().setText("before")
    window = open_window(profile)
    view = window.case_view
    composer = view.composer
    open_case(qtbot, view, case_id)
    qtbot.waitUntil(lambda: composer.needs_approval, timeout=10_000)
    view.focus_reply()
    composer.set_text(BLOCKED)
    qtbot.waitUntil(lambda: composer.outcome is not None, timeout=30_000)
    assert composer.outcome.result.blocked
    qtbot.keyClick(composer.editor, Qt.Key_Return, Qt.ControlModifier)
    qtbot.waitUntil(lambda: composer.override_dialog.isVisible(), timeout=5_000)
    dialog = composer.override_dialog
    assert dialog.approval_notice is not None and dialog.approval_notice.isVisible()
    assert dialog.send_button.text() == "Ask the owner to approve"
    qtbot.keyClicks(dialog.reason, OVERRIDE.reason)
    with qtbot.waitSignal(
        window.bus.message, timeout=10_000, check_params_cb=lambda text, _kind: text == WAITS
    ):
        dialog.send_button.click()
    qtbot.waitUntil(lambda: composer.text() == "", timeout=10_000)
    [reply] = replies(profile, case_id)
    assert reply.outbound_state == "held"
    qtbot.waitUntil(lambda: view.approvals.isVisible(), timeout=10_000)
    settle(qtbot, window)
    assert view.replies.mark_sent_dialog is None  # nothing to mark as sent yet
    assert QGuiApplication.clipboard().text() == "before"  # nor to copy
    assert not composer.outbox_bar.isVisible()  # nor to undo
    assert composer.outbox_bar.pending is None


def test_the_history_words_the_decisions(profile):
    case_id, message_id = hold_one(profile)
    sign_in(profile, "owner")
    approvals.return_reply(profile, message_id, "No phone numbers, please.")
    texts = [plain(describe(entry)) for entry in load_case_history(profile, case_id)]
    assert "Reply sent anyway, held for the owner's approval" in texts
    assert "Returned to the agent: No phone numbers, please." in texts
    assert load_case_detail(profile, case_id).messages[-1].body == "No phone numbers, please."
