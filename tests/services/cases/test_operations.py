"""Case operations: every write is one transaction with its Operation rows and a Changes value."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from PIL import Image

from app.models.entities import Case, CaseTag, Customer, Evidence, Message, Operation, Order
from app.services.cases import operations as cases
from app.services.cases.detail import find_case, load_case_detail, load_case_history
from app.services.cases.operations import (
    NewCase,
    add_evidence,
    add_message,
    add_note,
    add_reply,
    change_tags,
    create_case,
    delete_case,
    set_tags,
    update_case,
)
from app.services.cases.orders import NewItem, NewOrder
from app.services.cases.signals import set_escalation
from app.services.core.changes import Changes
from app.services.core.errors import InvalidInput, NotFound
from app.services.inbox.queries import InboxQuery, View, count, first_page
from app.services.mail.account import MailAccount, save_account
from app.services.mail.outbox import NoMailbox

ORDER_ID = "302-1234567-7654321"
T0 = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def _jpeg(tmp_path: Path, name: str = "belt.jpg", colour=(10, 20, 30)) -> Path:
    out = io.BytesIO()
    Image.new("RGB", (4, 4), colour).save(out, format="JPEG")
    path = tmp_path / name
    path.write_bytes(out.getvalue())
    return path


def _pdf(tmp_path: Path, name: str = "receipt.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n")
    return path


def _ops(profile, **where) -> list[Operation]:
    with profile.read() as session:
        query = sa.select(Operation).order_by(Operation.hlc)
        for name, value in where.items():
            query = query.where(getattr(Operation, name) == value)
        return list(session.scalars(query))


def _case(profile, case_id: uuid.UUID) -> Case:
    with profile.read() as session:
        return session.get(Case, case_id)


def _simple(profile, **kw) -> uuid.UUID:
    return create_case(profile, NewCase(subject=kw.pop("subject", "Help"), **kw)).case_id


def _all_views(profile) -> dict[View, int]:
    with profile.engine.connect() as connection:
        return {v: count(connection, InboxQuery(view=v, agent="tester")) for v in View}


# ----------------------------------------------------------------------------- create


def test_create_case_writes_every_row_and_logs_each(profile, tmp_path):
    new = NewCase(
        subject="  Gürtel zu kurz  ",
        body="Der Gürtel ist 10 cm zu kurz.\r\nBitte Umtausch.",
        customer_name="Anna Schmidt",
        customer_locale="de-DE",
        customer_alias="anna.s",
        customer_email="anna@example.de",
        marketplace="Amazon.DE",
        order=NewOrder(
            external_id=ORDER_ID,
            purchased_at=T0 - dt.timedelta(days=10),
            delivered_on=dt.date(2026, 11, 18),
            fulfilment="fba",
            currency="EUR",
            items=[
                NewItem(
                    "Ledergürtel 110 cm", sku="BELT-110", quantity=2, unit_price=Decimal("19.90")
                ),
                NewItem("Geschenkbox", unit_price=Decimal("2.50")),
            ],
        ),
        reason="wrong_size",
        priority="high",
        tags=["VIP", " exchange ", "vip"],
        attachments=[_jpeg(tmp_path), _pdf(tmp_path)],
    )
    created = create_case(profile, new)

    assert created.changes == Changes(
        created_cases=frozenset({created.case_id}), cases=frozenset({created.case_id})
    )
    assert len(created.evidence_ids) == 2

    detail = load_case_detail(profile, created.case_id)
    assert detail.ref == created.ref
    assert detail.subject == "Gürtel zu kurz"
    assert (detail.status, detail.priority, detail.reason) == ("new", "high", "wrong_size")
    assert detail.marketplace == "amazon.de"
    assert detail.language == "de-DE"  # from the customer
    assert detail.tags == ("exchange", "vip")
    assert detail.customer.name == "Anna Schmidt"
    assert (detail.customer.buyer_alias, detail.customer.email) == ("anna.s", "anna@example.de")
    assert detail.order.external_id == ORDER_ID
    assert detail.order.total == Decimal("42.30")
    assert [i.title for i in detail.order.items] == ["Ledergürtel 110 cm", "Geschenkbox"]
    assert detail.order.items[0].currency == "EUR"
    [message] = detail.messages
    assert message.id == created.message_id
    assert message.direction == "inbound"
    assert message.body == "Der Gürtel ist 10 cm zu kurz.\nBitte Umtausch."
    assert message.author == "Anna Schmidt"
    assert [(e.media_type, e.kind, e.name) for e in detail.evidence] == [
        ("image/jpeg", "photo", "belt.jpg"),
        ("application/pdf", "document", "receipt.pdf"),
    ]
    for evidence in detail.evidence:
        assert profile.blobs.exists(evidence.sha256)

    with profile.read() as session:
        evidence_rows = session.scalars(sa.select(Evidence)).all()
        assert {e.message_id for e in evidence_rows} == {created.message_id}
        assert session.get(Case, created.case_id).last_inbound_at == T0

    ops = _ops(profile)
    creates = sorted(op.entity for op in ops if op.action == "create")
    assert creates == sorted(
        ["case", "customer", "order", "order_item", "order_item", "message", "evidence", "evidence"]
    )
    assert sorted(op.data["tag"] for op in ops if op.action == "add") == ["exchange", "vip"]
    assert {(op.actor, op.device_id) for op in ops} == {("tester", profile.device_id)}
    assert len({op.hlc for op in ops}) == len(ops)
    [case_op] = [op for op in ops if op.entity == "case"]
    assert case_op.entity_id == created.case_id
    assert case_op.data["subject"] == [None, "Gürtel zu kurz"]
    assert case_op.data["status"] == [None, "new"]
    assert "deleted_at" not in case_op.data  # only the values that are set


def test_created_rows_are_logged_once_each(profile, tmp_path):
    create_case(
        profile, NewCase(subject="x", body="y", customer_name="Bo", attachments=[_pdf(tmp_path)])
    )
    with profile.read() as session:
        for entity, model in [
            ("case", Case),
            ("customer", Customer),
            ("message", Message),
            ("evidence", Evidence),
        ]:
            ids = set(session.scalars(sa.select(model.id)))
            logged = [op.entity_id for op in _ops(profile, entity=entity, action="create")]
            assert sorted(logged) == sorted(ids), entity


def test_minimal_case_has_no_message_and_no_customer(profile):
    created = create_case(profile, NewCase(subject="Call back", body="   "))
    assert created.message_id is None
    detail = load_case_detail(profile, created.case_id)
    assert (detail.customer, detail.order, detail.messages) == (None, None, ())
    assert _case(profile, created.case_id).last_inbound_at is None


def test_customers_and_orders_are_reused(profile):
    first = create_case(
        profile,
        NewCase(
            subject="a", customer_name="Kim", marketplace="amazon.de", order_external_id=ORDER_ID
        ),
    )
    second = create_case(
        profile,
        NewCase(
            subject="b", customer_name="Kim", marketplace="amazon.de", order_external_id=ORDER_ID
        ),
    )
    one, two = load_case_detail(profile, first.case_id), load_case_detail(profile, second.case_id)
    assert one.customer.id == two.customer.id
    assert one.order.id == two.order.id
    assert len(_ops(profile, entity="customer")) == 1
    assert len(_ops(profile, entity="order")) == 1


@pytest.mark.parametrize(
    ("field", "value", "allowed"),
    [
        ("reason", "broken", "wrong_size"),
        ("priority", "asap", "urgent"),
        ("channel", "fax", "marketplace"),
    ],
)
def test_create_refuses_unknown_enum_values(profile, field, value, allowed):
    with pytest.raises(InvalidInput) as caught:
        create_case(profile, NewCase(subject="x", **{field: value}))
    assert repr(value) in str(caught.value)
    assert allowed in str(caught.value)
    assert _ops(profile) == []


def test_create_refuses_bad_marketplace_and_order_ids(profile):
    with pytest.raises(InvalidInput, match="Unknown marketplace"):
        create_case(profile, NewCase(subject="x", marketplace="ebay.de"))
    with pytest.raises(InvalidInput, match="123-1234567-1234567"):
        create_case(profile, NewCase(subject="x", marketplace="amazon.de", order_external_id="12"))


@pytest.mark.parametrize("subject", ["", "   ", "\r\n\t"])
def test_create_refuses_an_empty_subject(profile, subject):
    with pytest.raises(InvalidInput, match="subject is empty"):
        create_case(profile, NewCase(subject=subject))


def test_create_refuses_a_huge_body(profile):
    with pytest.raises(InvalidInput) as caught:
        create_case(profile, NewCase(subject="x", body="a" * 1_000_000))
    assert "1,000,000 characters" in str(caught.value)
    assert "100,000" in str(caught.value)
    assert _ops(profile) == []


@pytest.mark.parametrize(
    ("facts", "match"),
    [
        (dict(purchased_at=T0, delivered_on=dt.date(2026, 11, 20)), "delivered on"),
        (dict(purchased_at=T0, estimated_delivery_min=dt.date(2026, 11, 1)), "estimated"),
        (
            dict(
                estimated_delivery_min=dt.date(2026, 12, 5),
                estimated_delivery_max=dt.date(2026, 12, 1),
            ),
            "latest estimated",
        ),
        (dict(fulfilment="drone"), "fba"),
        (dict(items=[NewItem("Belt", quantity=0)]), "at least 1"),
        (dict(items=[NewItem("Belt", unit_price=Decimal("-1"))]), "negative"),
        (dict(purchased_at=dt.datetime(2026, 11, 1, 12, 0)), "time zone"),
    ],
)
def test_create_refuses_impossible_order_facts(profile, facts, match):
    order = NewOrder(external_id=ORDER_ID, **facts)
    with pytest.raises(InvalidInput, match=match):
        create_case(profile, NewCase(subject="x", marketplace="amazon.com", order=order))
    with profile.read() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Order)) == 0


def test_create_refuses_a_naive_received_at(profile):
    with pytest.raises(InvalidInput, match="time zone"):
        create_case(profile, NewCase(subject="x", body="y", received_at=dt.datetime(2026, 1, 1)))


def test_a_failing_attachment_leaves_no_case_and_no_partial_files(profile, tmp_path):
    first = _jpeg(tmp_path)
    with pytest.raises(InvalidInput, match="does not exist"):
        create_case(
            profile,
            NewCase(
                subject="Two photos",
                body="see attached",
                customer_name="Lee",
                tags=["x"],
                attachments=[first, tmp_path / "missing.jpg"],
            ),
        )
    with profile.read() as session:
        for model in (Case, Customer, Message, Evidence, CaseTag, Operation):
            assert session.scalar(sa.select(sa.func.count()).select_from(model)) == 0, model
    files = [p for p in (profile.root / "blobs").rglob("*") if p.is_file()]
    assert not [p for p in files if p.name.startswith(".")]  # no .incoming-* temp files
    # The first photo may stay as a complete content-addressed file, nothing else.
    for path in files:
        assert path.read_bytes() == first.read_bytes()
        assert path.parent.name == path.name[:2]


def test_a_failing_transaction_rolls_back_files_already_checked(profile, tmp_path):
    """A database error halfway through create_case leaves no rows at all."""
    with profile.engine.begin() as connection:  # a trigger that refuses message rows
        connection.exec_driver_sql(
            "CREATE TRIGGER refuse BEFORE INSERT ON messages BEGIN "
            "SELECT RAISE(ABORT, 'refused by test'); END"
        )
    with pytest.raises(sa.exc.IntegrityError, match="refused by test"):
        create_case(profile, NewCase(subject="x", body="y", customer_name="Z", tags=["t"]))
    with profile.read() as session:
        for model in (Case, Customer, CaseTag, Operation):
            assert session.scalar(sa.select(sa.func.count()).select_from(model)) == 0, model


# ----------------------------------------------------------------------------- update


def test_update_records_only_changed_fields(profile, clock):
    case_id = _simple(profile, priority="normal", reason="other")
    clock.advance(minutes=5)
    changes = update_case(
        profile, case_id, status="open", priority="urgent", reason="other", assignee="  mo  "
    )
    assert changes == Changes(cases=frozenset({case_id}))
    [op] = _ops(profile, action="update")
    assert op.entity == "case" and op.case_id == case_id
    assert op.data == {
        "status": ["new", "open"],
        "priority": ["normal", "urgent"],
        "assignee": [None, "mo"],
    }
    case = _case(profile, case_id)
    assert (case.status, case.priority, case.priority_rank, case.assignee) == (
        "open",
        "urgent",
        3,
        "mo",
    )
    assert case.updated_at == clock()


def test_a_no_op_update_changes_nothing(profile, clock):
    case_id = _simple(profile, assignee="mo")
    before = _case(profile, case_id).updated_at
    ops_before = len(_ops(profile))
    clock.advance(minutes=5)
    assert update_case(profile, case_id, status="new", assignee="mo") == Changes()
    assert update_case(profile, case_id) == Changes()
    assert update_case(profile, case_id, status="new").empty
    assert len(_ops(profile)) == ops_before
    assert _case(profile, case_id).updated_at == before


def test_update_clears_optional_fields_with_empty_text(profile):
    case_id = _simple(profile, assignee="mo", language="de")
    update_case(profile, case_id, assignee="", language="  ")
    case = _case(profile, case_id)
    assert (case.assignee, case.language) == (None, None)


def test_update_refuses_bad_values_and_fields(profile):
    case_id = _simple(profile)
    with pytest.raises(InvalidInput) as caught:
        update_case(profile, case_id, status="done")
    for allowed in ("new", "open", "waiting_customer", "resolved", "closed"):
        assert allowed in str(caught.value)
    with pytest.raises(InvalidInput, match="cannot be changed"):
        update_case(profile, case_id, ref="ABCDE-FGHJK")
    with pytest.raises(InvalidInput, match="cannot be changed"):
        update_case(profile, case_id, deleted_at=None)
    with pytest.raises(InvalidInput, match="subject is empty"):
        update_case(profile, case_id, subject=" ")
    with pytest.raises(NotFound):
        update_case(profile, uuid.uuid4(), status="open")
    assert _ops(profile, action="update") == []


# ----------------------------------------------------------------------------- tags


def test_set_tags_adds_removes_and_readds(profile, clock):
    case_id = _simple(profile, tags=["vip", "late"])
    clock.advance(minutes=1)
    assert set_tags(profile, case_id, ["VIP", "refund"]) == Changes(cases=frozenset({case_id}))
    with profile.read() as session:
        rows = {t.tag: t for t in session.scalars(sa.select(CaseTag))}
    assert rows["late"].removed_at == clock()
    assert rows["vip"].removed_at is None and rows["refund"].removed_at is None
    assert load_case_detail(profile, case_id).tags == ("refund", "vip")

    clock.advance(minutes=1)
    set_tags(profile, case_id, ["vip", "refund", "late"])
    with profile.read() as session:
        late = session.get(CaseTag, (case_id, "late"))
    assert (late.removed_at, late.added_at) == (None, clock())
    assert load_case_detail(profile, case_id).tags == ("late", "refund", "vip")

    tag_ops = [(op.action, op.data["tag"]) for op in _ops(profile, entity="case_tag")]
    assert tag_ops == [
        ("add", "late"),
        ("add", "vip"),
        ("add", "refund"),
        ("remove", "late"),
        ("add", "late"),
    ]
    assert set_tags(profile, case_id, ["late", "vip", "refund"]) == Changes()
    with pytest.raises(InvalidInput):
        set_tags(profile, case_id, ["ok", "  "])
    with pytest.raises(InvalidInput, match="longer than"):
        set_tags(profile, case_id, ["x" * 65])


def test_change_tags_touches_only_the_named_tags(profile, clock):
    case_id = _simple(profile, tags=["vip", "late"])
    clock.advance(minutes=1)
    changes = change_tags(profile, case_id, add=["Gift Wrap"], remove=["late", "never-there"])
    assert changes == Changes(cases=frozenset({case_id}))
    assert load_case_detail(profile, case_id).tags == ("gift-wrap", "vip")
    tag_ops = [(op.action, op.data["tag"]) for op in _ops(profile, entity="case_tag")][2:]
    assert tag_ops == [("add", "gift-wrap"), ("remove", "late")]
    assert change_tags(profile, case_id, add=["vip"], remove=["late"]) == Changes()
    with pytest.raises(InvalidInput, match="both added and removed"):
        change_tags(profile, case_id, add=["x"], remove=["X"])


# ----------------------------------------------------------------------------- messages


@pytest.mark.parametrize(
    "status", ["waiting_customer", "waiting_third_party", "resolved", "closed"]
)
def test_an_inbound_message_reopens_the_case(profile, clock, status):
    case_id = _simple(profile)
    update_case(profile, case_id, status=status)
    clock.advance(hours=1)
    added = add_message(profile, case_id, "inbound", "Any news?")
    message_id = added.message_id
    assert added.changes == Changes(cases=frozenset({case_id}), messages=frozenset({message_id}))
    case = _case(profile, case_id)
    assert case.status == "open"
    assert case.last_inbound_at == clock()
    [reopen] = [op for op in _ops(profile, action="update")][-1:]
    assert reopen.data == {"status": [status, "open"]}


def test_an_inbound_message_on_a_new_case_keeps_it_new(profile):
    case_id = _simple(profile)
    add_message(profile, case_id, "inbound", "Hello?")
    assert _case(profile, case_id).status == "new"


def test_a_reply_sent_elsewhere_opens_a_new_case_and_counts_as_an_answer(profile, clock):
    case_id = _simple(profile, body="Where is my parcel?")
    clock.advance(minutes=30)
    sent = clock() - dt.timedelta(minutes=5)
    message_id = add_reply(profile, case_id, "It ships today.", sent_at=sent).message_id
    case = _case(profile, case_id)
    assert case.status == "open"
    assert case.last_outbound_at == sent
    with profile.read() as session:
        message = session.get(Message, message_id)
    assert (message.direction, message.outbound_state, message.author, message.sent_at) == (
        "outbound",
        "sent",
        "tester",
        sent,
    )
    with profile.engine.connect() as connection:
        assert count(connection, InboxQuery(view=View.ALL, search="is:unanswered")) == 0


def test_a_reply_to_send_goes_to_the_outbox_and_is_no_answer_until_sent(profile, clock):
    case_id = _simple(
        profile,
        body="Where is my parcel?",
        customer_name="Ana",
        customer_alias="7qk2m9x4w1z8r5t@marketplace.amazon.com",
    )
    with pytest.raises(NoMailbox):
        add_reply(profile, case_id, "It ships today.")
    save_account(
        profile, MailAccount("imap.example.com", "smtp.example.com", "u", "s@shop.example")
    )
    clock.advance(minutes=30)
    message_id = add_reply(profile, case_id, "It ships today.").message_id
    case = _case(profile, case_id)
    assert (case.status, case.last_outbound_at) == ("open", None)
    with profile.read() as session:
        message = session.get(Message, message_id)
    assert (message.direction, message.outbound_state, message.author) == (
        "outbound",
        "queued",
        "tester",
    )
    with profile.engine.connect() as connection:
        assert count(connection, InboxQuery(view=View.ALL, search="is:unanswered")) == 1
    with pytest.raises(InvalidInput, match="outbox"):
        add_reply(profile, case_id, "Backdated", created_at=clock())


def test_a_draft_is_not_an_answer(profile, clock):
    case_id = _simple(profile, body="Where is my parcel?")
    clock.advance(minutes=30)
    draft_id = add_reply(profile, case_id, "Draft text", draft=True).message_id
    case = _case(profile, case_id)
    assert (case.status, case.last_outbound_at) == ("new", None)
    with profile.read() as session:
        assert session.get(Message, draft_id).outbound_state == "draft"
    with profile.engine.connect() as connection:
        assert count(connection, InboxQuery(view=View.ALL, search="is:unanswered")) == 1


def test_an_older_inbound_message_does_not_hide_a_newer_unanswered_one(profile, clock):
    case_id = _simple(profile, body="first")
    clock.advance(hours=1)
    add_reply(profile, case_id, "answer", sent_at=clock())
    clock.advance(hours=1)
    add_message(profile, case_id, "inbound", "still broken")  # unanswered now
    newest = _case(profile, case_id).last_inbound_at
    add_message(profile, case_id, "inbound", "imported late", created_at=T0 - dt.timedelta(days=1))
    case = _case(profile, case_id)
    assert case.last_inbound_at == newest
    with profile.engine.connect() as connection:
        assert count(connection, InboxQuery(view=View.ALL, search="is:unanswered")) == 1


def test_notes_change_no_status_or_answer_times(profile):
    case_id = _simple(profile, body="hi")
    before = _case(profile, case_id)
    note_id = add_note(profile, case_id, "Customer called, very upset.").message_id
    after = _case(profile, case_id)
    assert (after.status, after.last_inbound_at, after.last_outbound_at) == (
        before.status,
        before.last_inbound_at,
        before.last_outbound_at,
    )
    with profile.read() as session:
        note = session.get(Message, note_id)
    assert (note.direction, note.outbound_state, note.author, note.language) == (
        "note",
        None,
        "tester",
        None,
    )
    assert [op.entity for op in _ops(profile, entity_id=note_id)] == ["message"]


@pytest.mark.parametrize("body", ["", "   ", "\n\r\n", "\x00"])
def test_empty_bodies_are_refused(profile, body):
    case_id = _simple(profile)
    with pytest.raises(InvalidInput, match="empty"):
        add_message(profile, case_id, "inbound", body)
    with pytest.raises(InvalidInput, match="note is empty"):
        add_note(profile, case_id, body)


def test_a_one_megabyte_body_is_refused_clearly(profile):
    case_id = _simple(profile)
    with pytest.raises(InvalidInput) as caught:
        add_reply(profile, case_id, "x" * (1024 * 1024))
    assert "1,048,576 characters" in str(caught.value)
    assert "limit is 100,000" in str(caught.value)
    assert "attach" in str(caught.value)


def test_add_message_refuses_bad_input(profile):
    case_id = _simple(profile)
    with pytest.raises(InvalidInput, match="inbound, outbound, note"):
        add_message(profile, case_id, "sideways", "x")
    with pytest.raises(InvalidInput, match="channel"):
        add_message(profile, case_id, "inbound", "x", channel="pigeon")
    with pytest.raises(InvalidInput, match="time zone"):
        add_message(profile, case_id, "inbound", "x", created_at=dt.datetime(2026, 1, 1))
    with pytest.raises(NotFound):
        add_message(profile, uuid.uuid4(), "inbound", "x")


# ----------------------------------------------------------------------------- evidence


def test_add_evidence_attaches_a_file(profile, tmp_path):
    case_id = _simple(profile)
    added = add_evidence(profile, case_id, _jpeg(tmp_path), kind="receipt", caption="the till slip")
    evidence_id = added.evidence_id
    assert added.changes == Changes(cases=frozenset({case_id}), evidence=frozenset({evidence_id}))
    [evidence] = load_case_detail(profile, case_id).evidence
    assert (evidence.kind, evidence.caption, evidence.added_by) == (
        "receipt",
        "the till slip",
        "tester",
    )
    with pytest.raises(InvalidInput, match="evidence kind"):
        add_evidence(profile, case_id, _jpeg(tmp_path), kind="selfie")
    with pytest.raises(NotFound):
        add_evidence(profile, uuid.uuid4(), _jpeg(tmp_path))


# ----------------------------------------------------------------------------- escalation


def test_set_escalation(profile):
    """An agent's escalation is kept as given (level, reason, target) and raises the case's
    computed escalation; taking it back lowers it again. Both steps are in the history."""
    case_id = _simple(profile)
    with pytest.raises(InvalidInput, match="between 0"):
        set_escalation(profile, case_id, 4, "why")
    with pytest.raises(InvalidInput, match="escalation reason is missing"):
        set_escalation(profile, case_id, 2, None)
    with pytest.raises(InvalidInput, match="Unknown escalation target"):
        set_escalation(profile, case_id, 2, "why", "the moon")
    assert set_escalation(profile, case_id, 2, "A-to-z claim filed", "seller_support") == Changes(
        cases=frozenset({case_id})
    )
    assert set_escalation(profile, case_id, 2, "A-to-z claim filed", "seller_support") == (
        Changes()
    )
    detail = load_case_detail(profile, case_id)
    assert detail.escalation_level == 2
    assert detail.escalation_reason == (
        "Escalated by an agent to seller support: A-to-z claim filed"
    )
    with profile.engine.connect() as connection:
        assert count(connection, InboxQuery(view=View.ALL, search="is:escalated")) == 1
    set_escalation(profile, case_id, 0, None)
    assert load_case_detail(profile, case_id).escalation_level == 0
    ops = _ops(profile, action="escalate")
    agent_ops = [o for o in ops if o.actor == "tester"]
    computed = [o for o in ops if o.actor == "workbench"]
    assert agent_ops[0].data == {
        "manual_escalation_level": [0, 2],
        "manual_escalation_reason": [None, "A-to-z claim filed"],
        "manual_escalation_target": [None, "seller_support"],
    }
    assert agent_ops[1].data["manual_escalation_level"] == [2, 0]
    assert [o.data["escalation_level"] for o in computed] == [[0, 2], [2, 0]]


# ----------------------------------------------------------------------------- delete


def test_delete_case_tombstones(profile, clock):
    keep = _simple(profile, subject="Keep", assignee="tester")
    gone = create_case(profile, NewCase(subject="Gone", body="x", assignee="tester"))
    assert _all_views(profile)[View.ALL] == 2
    changes = delete_case(profile, gone.case_id)
    assert changes.reload_all and changes.touches_case(gone.case_id)
    assert set(_all_views(profile).values()) <= {0, 1}
    with profile.engine.connect() as connection:
        for view in View:
            rows = first_page(connection, InboxQuery(view=view, agent="tester"))
            assert gone.case_id not in {r.id for r in rows}
        assert [r.id for r in first_page(connection, InboxQuery(view=View.ALL))] == [keep]
    with profile.read() as session:
        row = session.get(Case, gone.case_id)
        assert row.deleted_at == clock()
        assert session.scalar(sa.select(sa.func.count()).select_from(Message)) == 1
    assert [op.action for op in _ops(profile, entity_id=gone.case_id)][-1] == "delete"
    with pytest.raises(NotFound):
        load_case_detail(profile, gone.case_id)
    with pytest.raises(NotFound):
        find_case(profile, gone.ref)
    with pytest.raises(NotFound):
        delete_case(profile, gone.case_id)
    with pytest.raises(NotFound):
        update_case(profile, gone.case_id, status="open")


# ----------------------------------------------------------------------------- find, history


def test_find_case(profile):
    created = create_case(
        profile, NewCase(subject="x", marketplace="amazon.com", order_external_id=ORDER_ID)
    )
    other = create_case(profile, NewCase(subject="y"))
    ref = created.ref
    assert find_case(profile, ref) == created.case_id
    assert find_case(profile, ref.lower()) == created.case_id
    assert find_case(profile, ref.replace("-", "")) == created.case_id
    assert find_case(profile, f"  {ref.lower()}  ") == created.case_id
    assert find_case(profile, str(created.case_id)) == created.case_id
    assert find_case(profile, created.case_id.hex) == created.case_id
    assert find_case(profile, ORDER_ID) == created.case_id
    assert find_case(profile, other.ref) == other.case_id
    for unknown in ("", "ZZZZZ-ZZZZZ", "nonsense", str(uuid.uuid4()), "999-9999999-9999999"):
        with pytest.raises(NotFound):
            find_case(profile, unknown)
    create_case(profile, NewCase(subject="z", marketplace="amazon.com", order_external_id=ORDER_ID))
    with pytest.raises(NotFound, match="Several cases"):
        find_case(profile, ORDER_ID)


def test_history_lists_the_cases_changes_in_order(profile, clock):
    case_id = _simple(profile, body="hi", tags=["a"])
    clock.advance(minutes=1)
    update_case(profile, case_id, priority="high")
    clock.advance(minutes=1)
    add_reply(profile, case_id, "hello", sent_at=clock())
    clock.advance(minutes=1)
    set_escalation(profile, case_id, 1, "angry")
    _simple(profile, subject="another case")
    history = load_case_history(profile, case_id)
    steps = [(h.entity, h.action) for h in history]
    assert steps == [
        ("case", "create"),
        ("case_tag", "add"),
        ("message", "create"),
        ("case", "update"),
        ("message", "create"),
        ("case", "update"),
        ("case", "escalate"),  # the agent's escalation
        ("case", "escalate"),  # the computed level it raises, by the workbench
    ]
    assert [h.hlc for h in history] == sorted(h.hlc for h in history)
    assert [h.at for h in history] == sorted(h.at for h in history)
    assert [h.actor for h in history] == ["tester"] * 7 + ["workbench"]
    assert all(h.device_id == profile.device_id for h in history)
    assert history[3].data == {"priority": ["normal", "high"]}
    assert history[5].data == {"status": ["new", "open"]}


def test_files_that_came_with_the_buyers_message_are_added_by_the_buyer(profile, tmp_path):
    created = cases.create_case(
        profile,
        cases.NewCase(
            subject="Wrong size",
            body="Photo attached",
            customer_name="박지우",
            attachments=[_jpeg(tmp_path, "with-message.jpg")],
        ),
    )
    later = cases.add_evidence(
        profile, created.case_id, _jpeg(tmp_path, "label.jpg", colour=(200, 10, 10))
    ).evidence_id
    with profile.read() as session:
        buyer_file = session.get(Evidence, created.evidence_ids[0])
        agent_file = session.get(Evidence, later)
    assert buyer_file.added_by == "박지우"
    assert buyer_file.message_id == created.message_id
    assert agent_file.added_by == "tester"


def test_a_reply_replaces_the_draft_it_grew_from(profile):
    created = cases.create_case(profile, cases.NewCase(subject="Strap", body="Too short"))
    draft_id = cases.add_reply(profile, created.case_id, "Dear buyer, we", draft=True).message_id
    cases.add_reply(
        profile,
        created.case_id,
        "Dear buyer, we are sorry.",
        replaces_draft=draft_id,
        sent_at=profile.now(),
    )
    detail = load_case_detail(profile, created.case_id)
    outbound = [m for m in detail.messages if m.direction == "outbound"]
    assert [m.body for m in outbound] == ["Dear buyer, we are sorry."]
    assert any(e.action == "delete" for e in load_case_history(profile, created.case_id))
    # A sent reply is not a draft: it cannot be replaced.
    sent_id = next(m.id for m in outbound)
    with pytest.raises(InvalidInput, match="already sent"):
        cases.add_reply(
            profile, created.case_id, "Again", replaces_draft=sent_id, sent_at=profile.now()
        )


# ----------------------------------------------------------------------------- text hygiene

TERMINAL_TITLE = "\x1b]0;pwned\x07"


def test_single_line_fields_lose_controls_bidi_overrides_and_invisibles(profile):
    created = create_case(
        profile,
        NewCase(
            subject=f"{TERMINAL_TITLE}Belt\u202e too\u200b short\r\nplease",
            customer_name="\u2066Anna\u2069 \x9bSchmidt\ufeff",
            customer_alias="anna\u2060.s",
            customer_email="anna@example.de\x07",
            marketplace="amazon.de",
            order_external_id="\u200b302-1234567-1234567\x1b",
            language="de\x00",
            tags=["vip\u202d", "\x1b[31mred"],
            body=f"Hallo\r\nthe belt{TERMINAL_TITLE}\tis short \u202e\u200d\u200f\rbye",
        ),
    )
    with profile.read() as session:
        case = session.get(Case, created.case_id)
        customer = session.get(Customer, case.customer_id)
        order = session.get(Order, case.order_id)
        (message,) = session.scalars(sa.select(Message).where(Message.case_id == case.id))
        assert case.subject == "]0;pwnedBelt too short please"
        assert (customer.name, customer.buyer_alias, customer.email) == (
            "Anna Schmidt",
            "anna.s",
            "anna@example.de",
        )
        assert order.external_id == "302-1234567-1234567"
        assert case.language == "de"
        assert sorted(t.tag for t in case.tags) == ["[31mred", "vip"]
        # Bodies keep line breaks, tabs, ZWJ and RLM (and bidi controls, escaped on
        # output); line ends become \n and controls go.
        assert message.body == "Hallo\nthe belt]0;pwned\tis short \u202e\u200d\u200f\nbye"


def test_zwnj_and_zwj_stay_in_names(profile):
    name = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \U0001f468\u200d\U0001f469"
    created = create_case(profile, NewCase(subject="Bestellung", customer_name=name))
    assert load_case_detail(profile, created.case_id).customer.name == name


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        (
            "customer_name",
            "x" * 120_000,
            "customer name is 120,000 characters long; the limit is 200",
        ),
        ("customer_alias", "a" * 201, "buyer alias is 201 characters long; the limit is 200"),
        ("customer_email", "e" * 321, "e-mail address is 321 characters long; the limit is 320"),
        ("subject", "s" * 501, "subject is 501 characters long; the limit is 500"),
        ("order_external_id", "1" * 65, "order id is 65 characters long; the limit is 64"),
        ("language", "l" * 36, "language is 36 characters long; the limit is 35"),
        ("assignee", "a" * 121, "assignee is 121 characters long; the limit is 120"),
        ("subject", "bad \udcff byte", "subject is not valid text"),
        ("customer_name", "bad \udcff", "customer name is not valid text"),
        ("body", "bad \udcff", "message is not valid text"),
    ],
)
def test_every_text_field_is_capped_and_refused_by_name(profile, field, value, words):
    fields = {"subject": "Belt", field: value}
    with pytest.raises(InvalidInput, match=words):
        create_case(profile, NewCase(**fields))
    with profile.read() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Case)) == 0


def test_updates_and_messages_are_cleaned_too(profile):
    case_id = create_case(profile, NewCase(subject="Belt")).case_id
    update_case(profile, case_id, subject="New\x1b[2J subject\u202e", assignee="\u200bsam")
    add_note(profile, case_id, "note\x07 with bell\r\nand line")
    detail = load_case_detail(profile, case_id)
    assert (detail.subject, detail.assignee) == ("New[2J subject", "sam")
    assert detail.messages[-1].body == "note with bell\nand line"
    with pytest.raises(InvalidInput, match="assignee is 121 characters"):
        update_case(profile, case_id, assignee="a" * 121)
