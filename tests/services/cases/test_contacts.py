"""The contact log: a call, chat, call-back or social contact recorded on a case."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from app.models.entities import Case, Message, Operation
from app.services.cases import operations as cases
from app.services.cases.contacts import (
    ContactLogged,
    log_contact,
    remove_contact,
    update_contact,
)
from app.services.cases.detail import load_case_detail, load_case_history
from app.services.core.changes import Changes
from app.services.core.errors import InvalidInput, NotFound
from app.services.deadlines.overview import load_case_deadlines


def _case(profile, status: str | None = None, body: str | None = "Where is my parcel?"):
    created = cases.create_case(
        profile, cases.NewCase(subject="Parcel", body=body, marketplace="amazon.de")
    )
    if status is not None:
        cases.update_case(profile, created.case_id, status=status)
    return created.case_id


def _message(profile, message_id) -> Message:
    with profile.read() as session:
        row = session.get(Message, message_id)
        session.expunge(row)
        return row


def _case_row(profile, case_id) -> Case:
    with profile.read() as session:
        row = session.get(Case, case_id)
        session.expunge(row)
        return row


def _ops(profile, entity_id) -> list[Operation]:
    with profile.read() as session:
        return list(
            session.scalars(
                sa.select(Operation).where(Operation.entity_id == entity_id).order_by(Operation.hlc)
            )
        )


def test_a_logged_call_is_a_contact_row_with_its_operation(profile, clock):
    case_id = _case(profile)
    clock.advance(hours=1)
    at = clock.current - dt.timedelta(minutes=20)
    result = log_contact(
        profile,
        case_id,
        channel="phone",
        direction="in",
        summary="  Buyer called: the parcel \x1b[31marrived\r\nopen ",
        at=at,
        minutes=12,
    )
    assert isinstance(result, ContactLogged)
    assert result.changes == Changes(
        cases=frozenset({case_id}), messages=frozenset({result.message_id})
    )
    row = _message(profile, result.message_id)
    assert row.contact is True
    assert (row.channel, row.direction, row.minutes) == ("phone", "inbound", 12)
    assert row.created_at == at
    assert row.author == "tester"
    assert row.outbound_state is None and row.sent_at is None
    # Cleaned like a note: control characters go, line ends become \n.
    assert row.body == "  Buyer called: the parcel [31marrived\nopen "
    (create,) = _ops(profile, result.message_id)
    assert create.action == "create" and create.case_id == case_id
    assert _case_row(profile, case_id).updated_at == clock.current


def test_the_case_shows_the_contact_in_its_thread_and_history(profile, clock):
    case_id = _case(profile)
    clock.advance(minutes=5)
    result = log_contact(
        profile, case_id, channel="chat", direction="out", summary="Explained the return."
    )
    detail = load_case_detail(profile, case_id)
    contact = next(m for m in detail.messages if m.id == result.message_id)
    assert contact.contact is True and contact.minutes is None
    assert contact.direction == "outbound" and contact.channel == "chat"
    assert contact.created_at == clock.current  # no time given: now
    history = load_case_history(profile, case_id)
    logged = [e for e in history if e.entity == "message" and e.action == "create"]
    assert logged[-1].data["contact"] == [None, True]
    assert logged[-1].data["body"] == [None, "Explained the return."]
    # An ordinary message is not a contact.
    assert [m.contact for m in detail.messages] == [False, True]


def test_a_callback_and_every_contact_channel_is_accepted(profile):
    case_id = _case(profile)
    for channel in ("phone", "chat", "callback", "social", "other", " Phone "):
        log_contact(profile, case_id, channel=channel, direction="outbound", summary="x")
    channels = [m.channel for m in load_case_detail(profile, case_id).messages if m.contact]
    assert channels == ["phone", "chat", "callback", "social", "other", "phone"]


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"channel": "email"}, "contact channel 'email'"),
        ({"channel": "marketplace"}, "use one of: phone, chat, callback, social, other"),
        ({"channel": ""}, "contact channel"),
        ({"direction": "note"}, "direction 'note'"),
        ({"direction": "sideways"}, "use in"),
        ({"summary": ""}, "summary is empty"),
        ({"summary": " \n\t "}, "summary is empty"),
        ({"summary": None}, "summary is missing"),
        ({"summary": "x" * 100_001}, "limit is 100,000"),
        ({"summary": "bad \udcff byte"}, "not valid text"),
        ({"minutes": -1}, "out of range"),
        ({"minutes": 1441}, "out of range"),
        ({"minutes": 2.5}, "whole number"),
        ({"minutes": True}, "whole number"),
        ({"minutes": "12"}, "whole number"),
        ({"at": dt.datetime(2026, 11, 23, 9, 0)}, "has no time zone"),
        ({"at": "2026-11-23"}, "date and time"),
    ],
)
def test_bad_input_is_refused_before_anything_is_written(profile, fields, words):
    case_id = _case(profile)
    before = load_case_detail(profile, case_id)
    values = {"channel": "phone", "direction": "in", "summary": "Called."} | fields
    with pytest.raises(InvalidInput) as refused:
        log_contact(profile, case_id, **values)
    assert words in str(refused.value)
    after = load_case_detail(profile, case_id)
    assert after.messages == before.messages and after.updated_at == before.updated_at


def test_a_contact_time_must_be_plausible(profile, clock):
    case_id = _case(profile)
    # A few minutes ahead is another device's clock; more is a mistake.
    log_contact(
        profile,
        case_id,
        channel="phone",
        direction="in",
        summary="Just now",
        at=clock.current + dt.timedelta(minutes=4),
    )
    with pytest.raises(InvalidInput, match="in the future"):
        log_contact(
            profile,
            case_id,
            channel="phone",
            direction="in",
            summary="Tomorrow?",
            at=clock.current + dt.timedelta(hours=2),
        )
    # A call before the case was opened is normal (the buyer called first)...
    log_contact(
        profile,
        case_id,
        channel="phone",
        direction="in",
        summary="Called last week",
        at=clock.current - dt.timedelta(days=7),
    )
    # ...a year before it is a mistyped date.
    with pytest.raises(InvalidInput, match="more than a year before the case"):
        log_contact(
            profile,
            case_id,
            channel="phone",
            direction="in",
            summary="2025?",
            at=clock.current - dt.timedelta(days=400),
        )
    # Any time zone is fine; it is stored as UTC.
    seoul = dt.timezone(dt.timedelta(hours=9))
    done = log_contact(
        profile,
        case_id,
        channel="chat",
        direction="in",
        summary="KST",
        at=dt.datetime(2026, 11, 23, 17, 30, tzinfo=seoul),
    )
    assert _message(profile, done.message_id).created_at == dt.datetime(
        2026, 11, 23, 8, 30, tzinfo=dt.UTC
    )


def test_no_such_case(profile):
    import uuid

    with pytest.raises(NotFound):
        log_contact(profile, uuid.uuid4(), channel="phone", direction="in", summary="x")
    case_id = _case(profile)
    cases.delete_case(profile, case_id)
    with pytest.raises(NotFound):
        log_contact(profile, case_id, channel="phone", direction="in", summary="x")


@pytest.mark.parametrize(
    ("status", "direction", "after"),
    [
        ("new", "in", "open"),
        ("new", "out", "open"),
        ("waiting_customer", "in", "open"),  # the customer answered
        ("waiting_customer", "out", "waiting_customer"),  # we called; still their turn
        ("waiting_third_party", "in", "waiting_third_party"),
        ("open", "in", "open"),
        ("resolved", "in", "resolved"),
        ("closed", "in", "closed"),
    ],
)
def test_what_a_contact_does_to_the_status(profile, status, direction, after):
    case_id = _case(profile, status=None if status == "new" else status)
    assert _case_row(profile, case_id).status == status
    log_contact(profile, case_id, channel="phone", direction=direction, summary="Talked.")
    assert _case_row(profile, case_id).status == after
    history = load_case_history(profile, case_id)
    changed = [e for e in history if e.entity == "case" and e.action == "update"]
    if after != status:
        assert changed[-1].data == {"status": [status, after]}


def test_a_contact_is_not_a_marketplace_message_for_the_reply_clock(profile, clock):
    """The 24-hour clock counts buyer messages and sent replies; a logged call is neither."""
    case_id = _case(profile, body=None)  # no buyer message yet: no reply clock
    before = _case_row(profile, case_id)
    log_contact(profile, case_id, channel="phone", direction="in", summary="Called.")
    log_contact(profile, case_id, channel="callback", direction="out", summary="Called back.")
    after = _case_row(profile, case_id)
    assert (after.last_inbound_at, after.last_outbound_at) == (
        before.last_inbound_at,
        before.last_outbound_at,
    )
    if not _escalation_skips_contacts():
        pytest.skip("helper-22's change (the clocks skip contact rows) has not landed yet")
    deadlines = load_case_deadlines(profile, case_id)
    assert not [c for c in deadlines.clocks if c.kind == "reply"]


def test_a_call_does_not_stop_a_running_reply_clock(profile, clock):
    case_id = _case(profile)  # the buyer wrote: the reply clock runs
    due = _case_row(profile, case_id).due_at
    assert due is not None
    clock.advance(hours=1)
    log_contact(profile, case_id, channel="callback", direction="out", summary="Called back.")
    if not _escalation_skips_contacts():
        pytest.skip("helper-22's change (the clocks skip contact rows) has not landed yet")
    reply = [c for c in load_case_deadlines(profile, case_id).clocks if c.kind == "reply"]
    assert reply and reply[0].stopped_at is None
    assert _case_row(profile, case_id).due_at == due


def _escalation_skips_contacts() -> bool:
    """Whether app/services/deadlines/escalation.py reads `Message.contact` yet (helper-22)."""
    from pathlib import Path

    import app.services.deadlines.escalation as escalation

    return "Message.contact" in Path(escalation.__file__).read_text(encoding="utf-8")


# ----------------------------------------------------------------------------- corrections


def test_a_wrong_call_is_corrected_in_place(profile, clock):
    case_id = _case(profile)
    logged = log_contact(
        profile, case_id, channel="phone", direction="in", summary="Called.", minutes=5
    )
    clock.advance(minutes=1)
    at = clock.current - dt.timedelta(minutes=30)
    fixed = update_contact(
        profile, logged.message_id, channel="callback", direction="out", at=at, minutes=None
    )
    assert fixed.message_id == logged.message_id
    assert fixed.changes.cases == {case_id} and fixed.changes.messages == {logged.message_id}
    row = _message(profile, logged.message_id)
    assert (row.channel, row.direction, row.created_at, row.minutes) == (
        "callback",
        "outbound",
        at,
        None,
    )
    assert row.body == "Called."
    update = _ops(profile, logged.message_id)[-1]
    assert update.action == "update"
    assert update.data["channel"] == ["phone", "callback"]
    assert update.data["minutes"] == [5, None]
    assert update.data["contact"] == [True, True]
    # Nothing to change: nothing written.
    again = update_contact(profile, logged.message_id, channel="callback")
    assert again.changes == Changes()
    assert len(_ops(profile, logged.message_id)) == 2


def test_a_new_summary_replaces_the_row(profile, clock):
    case_id = _case(profile)
    logged = log_contact(
        profile, case_id, channel="chat", direction="in", summary="Wrong text", minutes=3
    )
    fixed = update_contact(profile, logged.message_id, summary="Right text", minutes=4)
    assert fixed.message_id != logged.message_id
    assert fixed.changes.messages == {logged.message_id, fixed.message_id}
    contacts = [m for m in load_case_detail(profile, case_id).messages if m.contact]
    assert [(m.body, m.channel, m.minutes) for m in contacts] == [("Right text", "chat", 4)]
    assert _message(profile, logged.message_id).deleted_at == clock.current


def test_a_logged_contact_can_be_removed(profile, clock):
    case_id = _case(profile)
    logged = log_contact(profile, case_id, channel="social", direction="in", summary="DM")
    clock.advance(minutes=2)
    changes = remove_contact(profile, logged.message_id)
    assert changes == Changes(cases=frozenset({case_id}), messages=frozenset({logged.message_id}))
    assert not [m for m in load_case_detail(profile, case_id).messages if m.contact]
    delete = _ops(profile, logged.message_id)[-1]
    assert delete.action == "delete"
    assert delete.data["contact"] == [True, True] and delete.data["channel"] == ["social"] * 2
    with pytest.raises(NotFound):
        remove_contact(profile, logged.message_id)
    with pytest.raises(NotFound):
        update_contact(profile, logged.message_id, minutes=3)


def test_only_contacts_are_corrected_this_way(profile):
    case_id = _case(profile)
    buyer = load_case_detail(profile, case_id).messages[0]
    with pytest.raises(NotFound, match="no logged contact"):
        remove_contact(profile, buyer.id)
    with pytest.raises(NotFound):
        update_contact(profile, buyer.id, summary="Rewritten")
