"""Clocks and escalation of real cases, through the services that change them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.services.cases import operations as cases
from app.services.cases import signals as case_signals
from app.services.cases.detail import load_case_detail
from app.services.cases.orders import NewItem, NewOrder
from app.services.core.errors import InvalidInput
from app.services.deadlines.escalation import live_escalation
from app.services.deadlines.overview import load_case_deadlines
from app.services.inbox.queries import InboxQuery, View, case_rowids

T0 = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def _case(profile, clock, *, body="My belt is too short", **order_facts):
    order = NewOrder(
        external_id="113-0000000-0000001",
        purchased_at=T0 - dt.timedelta(days=20),
        delivered_on=(T0 - dt.timedelta(days=10)).date(),
        currency="USD",
        items=[NewItem("Soft rubber belt", category="home", unit_price=Decimal("18.99"))],
        **order_facts,
    )
    created = cases.create_case(
        profile,
        cases.NewCase(
            subject="Belt", body=body, customer_name="Jiwoo", marketplace="amazon.com", order=order
        ),
    )
    return created.case_id


def _deadlines(profile, case_id):
    return load_case_deadlines(profile, case_id)


def _live(profile, case_id, now):
    d = _deadlines(profile, case_id)
    return live_escalation(d.facts, list(d.clocks), now)


def _codes(escalation):
    return [r.code for r in escalation.reasons]


def test_a_buyer_message_starts_a_24_hour_reply_clock_and_a_reply_stops_it(profile, clock):
    case_id = _case(profile, clock)
    [reply] = _deadlines(profile, case_id).clocks
    assert (reply.kind, reply.due_at) == ("reply", T0 + dt.timedelta(hours=24))
    assert reply.hours == 24 and reply.business_days is None
    assert reply.state(T0) == "running"
    assert reply.state(T0 + dt.timedelta(hours=21)) == "due_soon"
    assert reply.state(T0 + dt.timedelta(hours=25)) == "breached"
    assert load_case_detail(profile, case_id).escalation_level == 0
    clock.advance(hours=3)
    cases.add_reply(profile, case_id, "Sorry, we will send the right size.", sent_at=clock())
    assert _deadlines(profile, case_id).clocks == ()
    with profile.read() as session:
        from app.models.entities import Case

        assert session.get(Case, case_id).due_at is None


def test_a_draft_does_not_stop_the_clock(profile, clock):
    case_id = _case(profile, clock)
    cases.add_reply(profile, case_id, "Draft", draft=True)
    assert [c.kind for c in _deadlines(profile, case_id).clocks] == ["reply"]


def test_repeated_contact_escalates_and_an_answer_lowers_it(profile, clock):
    case_id = _case(profile, clock)
    for hours in (30, 60):
        clock.advance(hours=hours)
        cases.add_message(profile, case_id, "inbound", "Hello? Nobody answers.")
    detail = load_case_detail(profile, case_id)
    assert detail.escalation_level == 2
    assert "Buyer wrote 3 times in 4 days with no answer" in detail.escalation_reason
    live = _live(profile, case_id, clock())
    assert live.level == 2 and _codes(live)[:2] == ["repeated_contact", "clock_breached"]
    cases.add_reply(profile, case_id, "We are so sorry for the wait.", sent_at=clock())
    assert load_case_detail(profile, case_id).escalation_level == 0
    assert _live(profile, case_id, clock()).level == 0


def test_no_response_needed_stops_the_reply_clock(profile, clock):
    case_id = _case(profile, clock, body="Thanks, all good!")
    message_id = load_case_detail(profile, case_id).messages[0].id
    case_signals.set_no_response_needed(profile, message_id)
    assert _deadlines(profile, case_id).clocks == ()
    assert case_signals.set_no_response_needed(profile, message_id).empty
    reply_id = cases.add_reply(profile, case_id, "You are welcome", sent_at=clock()).message_id
    with pytest.raises(InvalidInput, match="buyer's message"):
        case_signals.set_no_response_needed(profile, reply_id)


def test_return_request_runs_48_hours_until_answered(profile, clock):
    case_id = _case(profile, clock)
    cases.add_reply(profile, case_id, "Hello", sent_at=clock())
    requested = T0 + dt.timedelta(hours=2)
    case_signals.update_order(profile, case_id, return_requested_at=requested)
    [ret] = _deadlines(profile, case_id).clocks
    assert (ret.kind, ret.due_at, ret.stopped_at) == (
        "return_request",
        requested + dt.timedelta(hours=48),
        None,
    )
    clock.advance(hours=5)
    cases.add_reply(profile, case_id, "Your return is authorised.", sent_at=clock())
    [ret] = _deadlines(profile, case_id).clocks
    assert ret.stopped_at == clock()


def test_refund_is_due_two_business_days_after_the_return_arrives(profile, clock):
    """Received on the Wednesday before Thanksgiving 2026: Thursday is a US holiday, so the
    two business days are Friday 27 and Monday 30 November, to the end of Monday in LA."""
    case_id = _case(profile, clock)
    case_signals.update_order(profile, case_id, return_received_on=dt.date(2026, 11, 25))
    refund = next(c for c in _deadlines(profile, case_id).clocks if c.kind == "refund")
    assert refund.business_days == 2 and refund.hours is None
    local = refund.due_at.astimezone(dt.timezone(dt.timedelta(hours=-8)))
    assert (local.date(), local.hour, local.minute) == (dt.date(2026, 11, 30), 23, 59)
    case_signals.update_order(profile, case_id, refunded_on=dt.date(2026, 11, 27))
    refund = next(c for c in _deadlines(profile, case_id).clocks if c.kind == "refund")
    assert refund.stopped_at is not None


def test_claims_chargebacks_and_feedback_escalate(profile, clock):
    case_id = _case(profile, clock)
    cases.add_reply(profile, case_id, "Hello", sent_at=clock())
    case_signals.update_order(profile, case_id, negative_feedback_at=T0)
    assert load_case_detail(profile, case_id).escalation_level == 1
    case_signals.update_order(profile, case_id, a_to_z_claim_at=T0 + dt.timedelta(hours=1))
    assert load_case_detail(profile, case_id).escalation_level == 2
    a_to_z = next(c for c in _deadlines(profile, case_id).clocks if c.kind == "a_to_z_response")
    assert a_to_z.due_at == T0 + dt.timedelta(hours=49)
    case_signals.update_order(profile, case_id, chargeback_at=T0)
    chargeback = next(c for c in _deadlines(profile, case_id).clocks if c.kind == "chargeback")
    assert chargeback.due_at == T0 + dt.timedelta(days=7)
    live = _live(profile, case_id, T0 + dt.timedelta(days=8))
    assert live.level == 3  # an unanswered chargeback past its 7 days


def test_a_lost_parcel_can_be_claimed_three_days_after_the_latest_estimate(profile, clock):
    case_id = _case(
        profile,
        clock,
        body="Where is my parcel?",
        estimated_delivery_min=dt.date(2026, 11, 16),
        estimated_delivery_max=dt.date(2026, 11, 18),
    )
    case_signals.update_order(profile, case_id, delivered_on=None)
    eligible = next(c for c in _deadlines(profile, case_id).clocks if c.kind == "a_to_z_eligible")
    assert eligible.due_at.astimezone(dt.timezone(dt.timedelta(hours=-8))).date() == dt.date(
        2026, 11, 21
    )
    assert "a_to_z_risk" in _codes(_live(profile, case_id, T0))
    case_signals.update_order(profile, case_id, delivered_on=dt.date(2026, 11, 23))
    assert "a_to_z_eligible" not in [c.kind for c in _deadlines(profile, case_id).clocks]


def test_safety_words_in_any_language_and_high_value_escalate(profile, clock):
    korean = _case(profile, clock, body="충전 중에 연기가 나고 화상을 입을 뻔했어요")
    assert load_case_detail(profile, korean).escalation_level == 2
    order = NewOrder(
        external_id="113-0000000-0000009",
        currency="USD",
        items=[NewItem("Belt set", quantity=20, unit_price=Decimal("19.99"))],
    )
    expensive = cases.create_case(
        profile,
        cases.NewCase(subject="Bulk", body="Question", marketplace="amazon.com", order=order),
    ).case_id
    assert "High-value order" in load_case_detail(profile, expensive).escalation_reason


def test_manual_escalation_with_a_target_and_its_fallback(profile, clock):
    case_id = _case(profile, clock)
    cases.add_reply(profile, case_id, "Checking with the factory", sent_at=clock())
    case_signals.set_escalation(profile, case_id, 2, "Batch may be defective", "supplier")
    deadlines = _deadlines(profile, case_id)
    assert (deadlines.facts.manual_level, deadlines.facts.manual_target) == (2, "supplier")
    assert [e.actor for e in deadlines.escalation_history] == ["tester", "workbench"]
    case_signals.set_escalation(profile, case_id, 0, None)
    assert load_case_detail(profile, case_id).escalation_level == 0


def test_a_resolved_case_stops_its_clocks(profile, clock):
    case_id = _case(profile, clock)
    cases.update_case(profile, case_id, status="resolved")
    assert all(c.stopped_at is not None for c in _deadlines(profile, case_id).clocks)
    assert load_case_detail(profile, case_id).escalation_level == 0


def test_deadline_views_filter_in_sql(profile, clock):
    soon = _case(profile, clock)  # reply due T0 + 24 h
    clock.advance(hours=30)
    later = _case(profile, clock)  # reply due T0 + 54 h
    with profile.engine.connect() as connection:
        rowid = dict(connection.exec_driver_sql("SELECT id, rowid FROM cases").fetchall())

        def view(v, now, day_end=None):
            return set(case_rowids(connection, InboxQuery(view=v, now=now, day_end=day_end)))

        at = T0 + dt.timedelta(hours=26)
        assert view(View.OVERDUE, at) == {rowid[soon.bytes]}
        assert view(View.DUE_TODAY, at, day_end=at + dt.timedelta(hours=30)) == {rowid[later.bytes]}
        assert view(View.ESCALATED, T0 + dt.timedelta(hours=21)) == {rowid[soon.bytes]}


def test_bad_order_signals_are_refused(profile, clock):
    case_id = _case(profile, clock)
    with pytest.raises(InvalidInput, match="cannot be changed"):
        case_signals.update_order(profile, case_id, total=5)
    with pytest.raises(InvalidInput, match="time zone"):
        case_signals.update_order(profile, case_id, a_to_z_claim_at=dt.datetime(2026, 11, 20))
    with pytest.raises(InvalidInput, match="must be a date"):
        case_signals.update_order(profile, case_id, return_received_on="yesterday")
    with pytest.raises(InvalidInput, match="before its purchase"):
        case_signals.update_order(profile, case_id, delivered_on=dt.date(2020, 1, 1))
    no_order = cases.create_case(profile, cases.NewCase(subject="x", body="y")).case_id
    with pytest.raises(InvalidInput, match="no order"):
        case_signals.update_order(profile, no_order, chargeback_at=T0)


def test_a_shop_override_lengthens_the_window_and_says_so(profile, clock):
    case_id = _case(profile, clock)
    assert load_case_deadlines(profile, case_id).return_window.window_days == 30
    (profile.root / "policy-overrides.toml").write_text(
        '["amazon.com"]\nreturn_window_days = 45\n', encoding="utf-8"
    )
    window = load_case_deadlines(profile, case_id).return_window
    assert window.window_days == 45
    assert window.deadline == (T0 - dt.timedelta(days=10)).date() + dt.timedelta(days=45)
    assert "shop_override" in [e.code for e in window.explanation]
    assert any(rule.override for rule in window.rules)


def test_a_broken_or_shortening_override_is_reported_not_applied(profile, clock):
    case_id = _case(profile, clock)
    (profile.root / "policy-overrides.toml").write_text("[amazon.com\n", encoding="utf-8")
    deadlines = load_case_deadlines(profile, case_id)
    assert deadlines.return_window.window_days == 30  # the marketplace's own rule still shows
    assert "not valid TOML" in deadlines.return_window_problem
    (profile.root / "policy-overrides.toml").write_text(
        '["amazon.com"]\nreturn_window_days = 10\n', encoding="utf-8"
    )
    deadlines = load_case_deadlines(profile, case_id)
    assert deadlines.return_window is None
    assert "10" in deadlines.return_window_problem
