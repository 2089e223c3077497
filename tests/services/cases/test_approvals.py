"""The owner's approval of "send anyway": held instead of queued, approved or returned."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from app.models.entities import Case, Message, Meta, Operation
from app.services.cases import approvals
from app.services.cases import operations as cases
from app.services.core.errors import InvalidInput
from app.services.mail import outbox
from app.services.mail.account import MailAccount, save_account

ALIAS = "7qk2m9x4w1z8r5t@marketplace.amazon.com"
BLOCKED = "Write to me on WhatsApp +49 170 1234567 and I refund you at once."
OVERRIDE = cases.ComplianceOverride(
    rules=("phone", "messenger"), reason="The buyer asked us to call them back."
)
MAILBOX = MailAccount("imap.example.com", "smtp.example.com", "u", "support@shop.example")


# Helpers shared with the CLI and UI tests ------------------------------------------------


def sign_in(profile, role: str | None) -> None:
    """What the sync client keeps after signing in: the role (None: signed out)."""
    with profile.write() as session:
        row = session.get(Meta, approvals.ROLE_KEY)
        if role is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(Meta(key=approvals.ROLE_KEY, value=role))
        else:
            row.value = role


def require_approval(profile) -> None:
    """The owner switched the setting on (synced to this laptop), then this is an agent."""
    sign_in(profile, "owner")
    approvals.set_override_approval(profile, True)
    sign_in(profile, "agent")


def mail_case(profile) -> cases.Created:
    return cases.create_case(
        profile,
        cases.NewCase(
            subject="Belt too short",
            body="The belt is too short, I want my money back.",
            customer_name="Lena Vogel",
            customer_alias=ALIAS,
            marketplace="amazon.de",
        ),
    )


def hold_one(profile, *, mailbox: bool = True):
    """An agent's blocked reply sent anyway, held for the owner: (case id, message id)."""
    if mailbox:
        save_account(profile, MAILBOX)
    require_approval(profile)
    case_id = mail_case(profile).case_id
    result = cases.add_reply(profile, case_id, BLOCKED, compliance_override=OVERRIDE)
    assert result.held
    return case_id, result.message_id


# -----------------------------------------------------------------------------------------


def _message(profile, message_id) -> Message:
    with profile.read() as session:
        return session.get(Message, message_id)


def _case(profile, case_id) -> Case:
    with profile.read() as session:
        return session.get(Case, case_id)


def _ops(profile, entity_id, action) -> list[Operation]:
    with profile.read() as session:
        return list(
            session.scalars(
                sa.select(Operation)
                .where(Operation.entity_id == entity_id, Operation.action == action)
                .order_by(Operation.hlc)
            )
        )


def test_a_seller_alone_needs_no_approval_even_with_the_setting_on(profile):
    save_account(profile, MAILBOX)
    approvals.set_override_approval(profile, True)  # not signed in: allowed, does nothing
    assert approvals.override_approval(profile)
    assert not approvals.approval_required(profile)
    case_id = mail_case(profile).case_id
    result = cases.add_reply(profile, case_id, BLOCKED, compliance_override=OVERRIDE)
    assert not result.held
    assert _message(profile, result.message_id).outbound_state == "queued"


def test_an_owner_and_a_team_without_the_setting_send_anyway_at_once(profile):
    sign_in(profile, "agent")
    assert not approvals.approval_required(profile)  # the setting is off
    sign_in(profile, "owner")
    approvals.set_override_approval(profile, True)
    assert not approvals.approval_required(profile)  # the owner approves their own
    sign_in(profile, "agent")
    assert approvals.approval_required(profile)


def test_an_agents_send_anyway_is_held_not_queued_and_the_clock_keeps_running(profile, clock):
    save_account(profile, MAILBOX)
    require_approval(profile)
    case_id = mail_case(profile).case_id
    due_before = _case(profile, case_id).due_at
    assert due_before is not None
    clock.advance(minutes=5)
    queued = outbox.queue_reply(profile, case_id, BLOCKED, compliance_override=OVERRIDE)
    assert queued.held and queued.send_after is None
    message = _message(profile, queued.message_id)
    assert (message.outbound_state, message.send_after, message.mail_id) == ("held", None, None)
    assert message.compliance == ["phone", "messenger"]
    case = _case(profile, case_id)
    assert (case.last_outbound_at, case.due_at) == (None, due_before)  # not answered
    assert outbox.outbox_rows(profile) == []
    assert outbox.next_due_at(profile) is None
    clock.advance(minutes=1)
    assert outbox.send_due(profile, MAILBOX, "").sent == ()  # nothing due: no server asked
    [override] = _ops(profile, queued.message_id, "override")
    assert override.data == {"rules": list(OVERRIDE.rules), "reason": OVERRIDE.reason}
    assert override.actor == "tester"


def test_without_a_mailbox_the_copied_draft_is_held_and_cannot_be_marked_sent(profile, clock):
    require_approval(profile)
    case_id = mail_case(profile).case_id
    # No mailbox: the window keeps the reply as a draft to copy (reply_sending).
    held = cases.add_reply(profile, case_id, BLOCKED, draft=True, compliance_override=OVERRIDE)
    assert held.held
    assert _message(profile, held.message_id).outbound_state == "held"
    with pytest.raises(InvalidInput, match="approval"):
        outbox.mark_sent(profile, held.message_id, clock())
    with pytest.raises(InvalidInput):
        outbox.undo_reply(profile, held.message_id)


def test_a_held_reply_replaces_its_draft(profile):
    require_approval(profile)
    case_id = mail_case(profile).case_id
    draft = cases.add_reply(profile, case_id, "first try", draft=True).message_id
    held = cases.add_reply(
        profile, case_id, BLOCKED, draft=True, compliance_override=OVERRIDE, replaces_draft=draft
    )
    assert held.held
    assert _message(profile, draft).deleted_at is not None


def test_held_replies_list_the_request_with_findings_and_reason(profile, clock):
    case_id, message_id = hold_one(profile)
    [held] = approvals.held_replies(profile)
    assert (held.message_id, held.case_id, held.author) == (message_id, case_id, "tester")
    assert held.case_ref == _case(profile, case_id).ref
    assert (held.subject, held.body) == ("Belt too short", BLOCKED)
    assert held.rules == OVERRIDE.rules
    assert held.reason == OVERRIDE.reason
    assert held.held_at == clock()
    assert approvals.held_replies(profile, case_id) == [held]
    other = mail_case(profile).case_id
    assert approvals.held_replies(profile, other) == []


def test_an_agent_cannot_approve_or_return(profile):
    _case_id, message_id = hold_one(profile)
    with pytest.raises(InvalidInput, match="owner"):
        approvals.approve_reply(profile, message_id)
    with pytest.raises(InvalidInput, match="owner"):
        approvals.return_reply(profile, message_id, "Please call them instead.")
    with pytest.raises(InvalidInput, match="owner"):
        approvals.set_override_approval(profile, False)
    sign_in(profile, None)  # signed out: no team, nobody to approve for
    with pytest.raises(InvalidInput, match="owner"):
        approvals.approve_reply(profile, message_id)
    assert _message(profile, message_id).outbound_state == "held"


def test_the_owner_approves_it_into_the_outbox(profile, clock):
    case_id, message_id = hold_one(profile)
    sign_in(profile, "owner")
    clock.advance(minutes=30)
    changes = approvals.approve_reply(profile, message_id)
    assert changes.messages == {message_id} and changes.touches_case(case_id)
    message = _message(profile, message_id)
    assert message.outbound_state == "queued"
    assert message.send_after == clock() + dt.timedelta(seconds=outbox.UNDO_SECONDS)
    assert message.mail_address == ALIAS
    assert message.mail_id.endswith("@shop.example>")
    assert message.subject
    [row] = outbox.outbox_rows(profile)
    assert (row.message_id, row.state) == (message_id, "queued")
    [approve] = _ops(profile, message_id, "approve")
    assert approve.entity == "message" and approve.actor == "tester"
    assert approve.data["approver"] == "tester"
    assert approve.data["outbound_state"] == ["held", "queued"]
    assert approvals.held_replies(profile) == []
    with pytest.raises(InvalidInput, match="not waiting"):
        approvals.approve_reply(profile, message_id)


def test_approved_without_a_mailbox_it_is_a_draft_to_copy_and_mark_sent(profile, clock):
    case_id, message_id = hold_one(profile, mailbox=False)
    sign_in(profile, "owner")
    approvals.approve_reply(profile, message_id)
    assert _message(profile, message_id).outbound_state == "draft"
    assert [op.data["outbound_state"] for op in _ops(profile, message_id, "approve")] == [
        ["held", "draft"]
    ]
    clock.advance(minutes=2)
    outbox.mark_sent(profile, message_id, clock())
    assert _case(profile, case_id).last_outbound_at == clock()


def test_the_owner_returns_it_as_a_draft_with_a_note(profile, clock):
    case_id, message_id = hold_one(profile)
    sign_in(profile, "owner")
    clock.advance(minutes=10)
    with pytest.raises(InvalidInput):
        approvals.return_reply(profile, message_id, "   ")
    changes = approvals.return_reply(profile, message_id, "No phone numbers: use the form.")
    assert _message(profile, message_id).outbound_state == "draft"
    with profile.read() as session:
        [note] = session.scalars(
            sa.select(Message).where(Message.case_id == case_id, Message.direction == "note")
        ).all()
    assert (note.body, note.author, note.created_at) == (
        "No phone numbers: use the form.",
        "tester",
        clock(),
    )
    assert changes.messages == {message_id, note.id}
    [returned] = _ops(profile, message_id, "return")
    assert returned.data["note"] == "No phone numbers: use the form."
    assert returned.data["outbound_state"] == ["held", "draft"]
    assert _case(profile, case_id).last_outbound_at is None


def test_the_setting_is_a_logged_shop_setting(profile):
    assert not approvals.override_approval(profile)
    approvals.set_override_approval(profile, True)
    assert approvals.set_override_approval(profile, True).empty  # no change, no operation
    approvals.set_override_approval(profile, False)
    with profile.read() as session:
        ops = session.scalars(
            sa.select(Operation).where(Operation.entity == "setting").order_by(Operation.hlc)
        ).all()
    values = [op.data["override_approval"] for op in ops if "override_approval" in op.data]
    assert values == [[False, True], [True, False]]
    with pytest.raises(InvalidInput):
        approvals.set_override_approval(profile, "yes")
