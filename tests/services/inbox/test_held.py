"""`is:held`: the cases with a "send anyway" waiting for the owner's approval."""

from __future__ import annotations

from app.services.cases import approvals
from app.services.cases import operations as cases
from app.services.inbox.listing import list_rows
from app.services.inbox.queries import InboxQuery, View, deciding_facts
from tests.services.cases.test_approvals import BLOCKED, OVERRIDE, hold_one, mail_case, sign_in


def _held(profile, search: str = "is:held") -> set:
    rows = list_rows(profile, InboxQuery(view=View.ALL, search=search, agent="tester"), 100)
    return {row.id for row in rows}


def test_is_held_finds_only_cases_with_a_live_held_reply(profile):
    waiting, _ = hold_one(profile)
    approved, approved_id = hold_one(profile)
    returned, returned_id = hold_one(profile)
    plain = mail_case(profile).case_id
    cases.add_reply(profile, plain, "Thank you, the refund is on its way.", draft=True)
    assert _held(profile) == {waiting, approved, returned}
    sign_in(profile, "owner")
    approvals.approve_reply(profile, approved_id)
    approvals.return_reply(profile, returned_id, "Please leave out the phone number.")
    assert _held(profile) == {waiting}
    assert _held(profile, "is:held status:resolved") == set()
    assert _held(profile, "is:HELD") == {waiting}


def test_a_reply_sent_anyway_without_approval_is_not_held(profile):
    case_id = mail_case(profile).case_id  # a seller alone: nobody to approve
    added = cases.add_reply(profile, case_id, BLOCKED, draft=True, compliance_override=OVERRIDE)
    assert not added.held
    assert _held(profile) == set()


def test_is_held_follows_message_writes():
    assert "messages" in deciding_facts(InboxQuery(view=View.ALL, search="is:held"))
