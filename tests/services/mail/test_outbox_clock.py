"""The 24-hour clock stops when a reply is sent, not when it is queued (issue 11)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.models.entities import Case
from app.services.cases import operations as cases
from app.services.cases.detail import load_case_detail
from app.services.core.errors import InvalidInput
from app.services.deadlines.escalation import MessageFacts, unanswered
from app.services.deadlines.overview import load_case_deadlines
from app.services.inbox.queries import InboxQuery, View, count
from app.services.mail import outbox
from app.services.mail.account import save_account
from tests.services.mail.smtp_server import smtp_server as smtp_server  # the fixture
from tests.services.mail.test_outbox import mail_case

T0 = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def account(profile, smtp_server):
    account = smtp_server.account()
    save_account(profile, account)
    return account


def escalated_case(profile, clock):
    """A buyer who wrote three times over two days with no answer."""
    case_id = mail_case(profile)
    for _ in range(2):
        clock.advance(hours=24)
        cases.add_message(profile, case_id, "inbound", "Hello? Nobody answers.")
    assert load_case_detail(profile, case_id).escalation_level == 2
    return case_id


def reply_clock(profile, case_id):
    return next(
        (c for c in load_case_deadlines(profile, case_id).clocks if c.kind == "reply"), None
    )


def unanswered_count(profile):
    with profile.engine.connect() as connection:
        return count(connection, InboxQuery(view=View.ALL, search="is:unanswered"))


def case_row(profile, case_id):
    with profile.read() as session:
        return session.get(Case, case_id)


def test_queued_and_failed_replies_leave_the_case_unanswered_and_escalated(
    profile, clock, account, smtp_server
):
    case_id = escalated_case(profile, clock)
    queued = outbox.queue_reply(profile, case_id, "Sorry for the wait.")
    assert reply_clock(profile, case_id) is not None
    assert load_case_detail(profile, case_id).escalation_level == 2
    assert case_row(profile, case_id).last_outbound_at is None
    assert unanswered_count(profile) == 1
    smtp_server.answer("RCPT", "550 5.1.1 No such alias")
    clock.advance(seconds=outbox.UNDO_SECONDS)
    assert outbox.send_due(profile, account, "").failed
    assert reply_clock(profile, case_id) is not None
    assert load_case_detail(profile, case_id).escalation_level == 2
    assert unanswered_count(profile) == 1
    # Queued again by Retry: still no answer until the server takes it.
    smtp_server.answer("RCPT", None)
    outbox.retry_reply(profile, queued.message_id)
    assert reply_clock(profile, case_id) is not None


def test_a_sent_reply_stops_the_clock_at_its_sent_time(profile, clock, account, smtp_server):
    case_id = escalated_case(profile, clock)
    outbox.queue_reply(profile, case_id, "Sorry for the wait.")
    clock.advance(minutes=3)  # the undo window and a while offline
    sent_at = clock()
    assert outbox.send_due(profile, account, "").sent
    assert reply_clock(profile, case_id) is None
    assert load_case_detail(profile, case_id).escalation_level == 0
    case = case_row(profile, case_id)
    assert case.last_outbound_at == sent_at and case.due_at is None
    assert unanswered_count(profile) == 0


def test_mark_sent_stops_the_clock_at_the_time_given(profile, clock):
    """No mailbox: the agent pasted the reply into Seller Central and says when."""
    case_id = escalated_case(profile, clock)
    with pytest.raises(outbox.NoMailbox):
        cases.add_reply(profile, case_id, "Sorry for the wait.")
    draft = cases.add_reply(profile, case_id, "Sorry for the wait.", draft=True).message_id
    assert reply_clock(profile, case_id) is not None
    clock.advance(hours=2)
    sent_at = clock() - dt.timedelta(minutes=40)
    changes = outbox.mark_sent(profile, draft, sent_at)
    assert changes.cases == {case_id} and changes.messages == {draft}
    assert reply_clock(profile, case_id) is None
    assert case_row(profile, case_id).last_outbound_at == sent_at
    assert load_case_detail(profile, case_id).escalation_level == 0
    with pytest.raises(InvalidInput, match="already"):
        outbox.mark_sent(profile, draft, sent_at)


def test_mark_sent_refuses_a_time_in_the_future_or_before_the_reply(profile, clock):
    case_id = mail_case(profile)
    clock.advance(hours=1)
    draft = cases.add_reply(profile, case_id, "Hello", draft=True).message_id
    with pytest.raises(InvalidInput, match="future"):
        outbox.mark_sent(profile, draft, clock() + dt.timedelta(hours=1))
    with pytest.raises(InvalidInput, match="before it was written"):
        outbox.mark_sent(profile, draft, clock() - dt.timedelta(hours=1))
    with pytest.raises(InvalidInput, match="time zone"):
        outbox.mark_sent(profile, draft, dt.datetime(2026, 11, 23, 10, 0))


def test_a_buyer_message_between_queueing_and_sending_is_answered_by_the_send():
    def inbound(hour):
        return MessageFacts("inbound", T0 + dt.timedelta(hours=hour))

    def reply(hour, state, sent_hour=None):
        sent = T0 + dt.timedelta(hours=sent_hour) if sent_hour is not None else None
        return MessageFacts(
            "outbound", T0 + dt.timedelta(hours=hour), outbound_state=state, sent_at=sent
        )

    first, second = inbound(0), inbound(2)
    assert unanswered((first, reply(1, "sent", 3), second)) == []
    assert unanswered((first, reply(1, "sent", 1), second)) == [second]
    for state in ("draft", "queued", "sending", "failed"):
        assert unanswered((first, reply(1, state))) == [first]
    assert unanswered((first, reply(1, None))) == []  # an old row without a state
    call = MessageFacts("outbound", T0 + dt.timedelta(hours=1), contact=True)
    assert unanswered((first, call)) == [first]  # a phone call is not the message answer
    logged = MessageFacts("inbound", T0 + dt.timedelta(hours=1), contact=True)
    assert unanswered((reply(0, "sent", 0), logged)) == []  # nor does it start the clock
