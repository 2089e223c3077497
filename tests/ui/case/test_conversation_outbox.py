"""The outbox in the real case view: a queued reply counts down with Undo (in the thread and
in the composer, and Ctrl+Z), undo brings the reply back as a draft; without a mailbox,
"Copy and mark as sent" copies it and the agent's confirmation makes it sent at their time."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtGui import QGuiApplication

from app.services.cases import operations as cases
from app.services.inbox.listing import list_rows
from app.services.inbox.queries import InboxQuery, View
from app.ui.case.conversation import MARK_SENT, UNDO
from tests.ui.case.outbox_helpers import (
    click_action,
    open_case,
    plain,
    relay_case,
    replies,
    send_reply,
    set_up_mailbox,
)
from tests.ui.conftest import settle

TEXT = "We are sorry about the strap. A new one goes out today with tracking."


def _unanswered(profile) -> set:
    rows = list_rows(profile, InboxQuery(view=View.ALL, search="is:unanswered"), 100)
    return {row.id for row in rows}


def test_a_queued_reply_counts_down_with_undo_and_undo_brings_back_the_draft(
    qtbot, open_window, profile, clock
):
    set_up_mailbox(profile)
    case_id = relay_case(profile)
    window = open_window(profile)
    view = window.case_view
    open_case(qtbot, view, case_id)
    qtbot.waitUntil(lambda: view.composer.reply_button.text() == "Send reply", timeout=10_000)

    send_reply(qtbot, view, TEXT)
    qtbot.waitUntil(lambda: any(m.outbound_state == "queued" for m in replies(profile, case_id)))
    [reply] = replies(profile, case_id)
    assert reply.send_after == clock() + dt.timedelta(seconds=10)
    assert case_id in _unanswered(profile)  # queued is not answered: nothing has left yet
    thread = view.conversation
    qtbot.waitUntil(lambda: "Queued · sending in 10 s" in plain(thread.toPlainText()))
    assert (UNDO, reply.id) in thread.action_links()
    assert view.composer.text() == ""
    bar = view.composer.outbox_bar
    assert bar.isVisible() and "sending in 10 s" in plain(bar.label.text())

    # The countdown follows the clock, from send_after: no reload needed.
    loads = view._generation
    clock.advance(seconds=3)
    qtbot.waitUntil(lambda: "Queued · sending in 7 s" in plain(thread.toPlainText()))
    qtbot.waitUntil(lambda: "sending in 7 s" in plain(bar.label.text()))
    assert view._generation == loads

    click_action(qtbot, thread, UNDO, reply.id)
    qtbot.waitUntil(lambda: replies(profile, case_id)[0].outbound_state == "draft")
    qtbot.waitUntil(lambda: view.composer.text() == TEXT)
    qtbot.waitUntil(lambda: "Draft — not sent" in plain(thread.toPlainText()))
    assert (MARK_SENT, reply.id) in thread.action_links()
    assert (UNDO, reply.id) not in thread.action_links()
    assert not bar.isVisible()
    # Sent again, the draft goes: the thread keeps one version of the reply.
    send_reply(qtbot, view, TEXT)
    qtbot.waitUntil(lambda: [m.outbound_state for m in replies(profile, case_id)] == ["queued"])
    settle(qtbot, window)
    assert case_id not in view.unsent_texts()


def test_ctrl_z_right_after_sending_takes_the_reply_back(qtbot, open_window, profile):
    set_up_mailbox(profile)
    case_id = relay_case(profile)
    window = open_window(profile)
    view = window.case_view
    open_case(qtbot, view, case_id)
    send_reply(qtbot, view, TEXT)
    qtbot.waitUntil(lambda: view.composer.outbox_bar.isVisible())
    qtbot.keyClick(view.composer.editor, Qt.Key_Z, Qt.ControlModifier)
    qtbot.waitUntil(lambda: [m.outbound_state for m in replies(profile, case_id)] == ["draft"])
    qtbot.waitUntil(lambda: view.composer.text() == TEXT)
    assert not view.composer.outbox_bar.isVisible()


def test_the_undo_button_of_the_composer_takes_it_back_too(qtbot, open_window, profile):
    set_up_mailbox(profile)
    case_id = relay_case(profile)
    window = open_window(profile)
    view = window.case_view
    open_case(qtbot, view, case_id)
    send_reply(qtbot, view, TEXT)
    bar = view.composer.outbox_bar
    qtbot.waitUntil(bar.isVisible)
    qtbot.mouseClick(bar.undo_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: [m.outbound_state for m in replies(profile, case_id)] == ["draft"])
    qtbot.waitUntil(lambda: view.composer.text() == TEXT)


def test_without_a_mailbox_copy_and_mark_as_sent_stops_the_clock_at_the_confirmed_time(
    qtbot, open_window, profile, clock
):
    case_id = relay_case(profile)
    window = open_window(profile)
    view = window.case_view
    open_case(qtbot, view, case_id)
    button = view.composer.reply_button
    qtbot.waitUntil(lambda: button.text() == "Copy and mark as sent", timeout=10_000)
    assert case_id in _unanswered(profile)

    send_reply(qtbot, view, TEXT)
    qtbot.waitUntil(
        lambda: (
            view.replies.mark_sent_dialog is not None and view.replies.mark_sent_dialog.isVisible()
        )
    )
    assert QGuiApplication.clipboard().text() == TEXT
    [draft] = replies(profile, case_id)
    assert draft.outbound_state == "draft" and draft.body == TEXT
    assert case_id in _unanswered(profile)

    # Sent in Seller Central twenty minutes ago: the agent says so.
    clock.advance(minutes=30)
    dialog = view.replies.mark_sent_dialog
    sent_at = clock() - dt.timedelta(minutes=20)
    dialog.when.setDateTime(
        QDateTime.fromSecsSinceEpoch(int(sent_at.timestamp()), QTimeZone.systemTimeZone())
    )
    qtbot.mouseClick(dialog.confirm_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: replies(profile, case_id)[0].outbound_state == "sent")
    [reply] = replies(profile, case_id)
    assert reply.sent_at == sent_at
    assert case_id not in _unanswered(profile)
    # Qt's plain text writes the narrow no-break space of "9:10 AM" as a space.
    shown = f"Sent {window.language.when(sent_at, clock())}".replace("\u202f", " ")
    qtbot.waitUntil(lambda: shown in plain(view.conversation.toPlainText()))
    assert view.conversation.action_links() == []


def test_cancelling_keeps_a_draft_the_thread_can_mark_as_sent_later(
    qtbot, open_window, profile, clock
):
    [created] = [
        cases.create_case(
            profile, cases.NewCase(subject="Phone call", body="Called about the strap.")
        )
    ]
    case_id = created.case_id
    set_up_mailbox(profile)  # a mailbox, but this buyer has no address to reply to
    window = open_window(profile)
    view = window.case_view
    open_case(qtbot, view, case_id)
    qtbot.waitUntil(lambda: view.composer.reply_button.text() == "Copy and mark as sent")
    send_reply(qtbot, view, TEXT)
    qtbot.waitUntil(
        lambda: (
            view.replies.mark_sent_dialog is not None and view.replies.mark_sent_dialog.isVisible()
        )
    )
    view.replies.mark_sent_dialog.reject()
    qtbot.waitUntil(lambda: "clock keeps running" in window.message_label.text())
    [draft] = replies(profile, case_id)
    assert draft.outbound_state == "draft"
    assert case_id in _unanswered(profile)
    thread = view.conversation
    qtbot.waitUntil(lambda: "Draft — not sent" in plain(thread.toPlainText()))

    clock.advance(minutes=5)
    click_action(qtbot, thread, MARK_SENT, draft.id)
    qtbot.waitUntil(
        lambda: (
            view.replies.mark_sent_dialog is not None and view.replies.mark_sent_dialog.isVisible()
        )
    )
    qtbot.mouseClick(view.replies.mark_sent_dialog.confirm_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: replies(profile, case_id)[0].outbound_state == "sent")
    assert replies(profile, case_id)[0].sent_at == clock().replace(second=0, microsecond=0)
    assert case_id not in _unanswered(profile)
