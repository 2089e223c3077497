"""Reading a case whole: its fields, customer, order, messages, evidence and history.

Results are plain frozen dataclasses, not ORM rows, so they can be built on a
worker thread and handed to the UI.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select

from app.models.entities import Case, Customer, Evidence, Message, Operation, Order
from app.models.ids import normalise_ref
from app.services.core.errors import NotFound
from app.services.core.oplog import fill_held
from app.services.core.profile import Profile


@dataclass(frozen=True)
class CustomerInfo:
    id: uuid.UUID
    name: str
    buyer_alias: str | None
    email: str | None
    locale: str | None
    marketplace: str | None


@dataclass(frozen=True)
class ItemInfo:
    sku: str | None
    title: str
    category: str | None
    quantity: int
    unit_price: Decimal | None
    currency: str | None


@dataclass(frozen=True)
class OrderInfo:
    id: uuid.UUID
    marketplace: str
    external_id: str
    purchased_at: dt.datetime | None
    shipped_at: dt.datetime | None
    delivered_on: dt.date | None
    estimated_delivery_min: dt.date | None
    estimated_delivery_max: dt.date | None
    fulfilment: str | None
    currency: str | None
    total: Decimal | None
    carrier: str | None
    tracking_number: str | None
    items: tuple[ItemInfo, ...]


@dataclass(frozen=True)
class MessageInfo:
    id: uuid.UUID
    direction: str
    channel: str
    author: str | None
    body: str
    language: str | None
    created_at: dt.datetime
    outbound_state: str | None
    no_response_needed: bool
    # Mail and the outbox (revision 0008); defaults for the rows that never went by mail.
    sent_at: dt.datetime | None = None
    subject: str | None = None
    mail_address: str | None = None
    mail_flags: tuple[str, ...] = ()
    send_after: dt.datetime | None = None
    attempts: int = 0
    next_attempt_at: dt.datetime | None = None
    failure: str | None = None
    has_raw: bool = False
    # The contact log: a call, chat, call-back or social contact an agent recorded.
    contact: bool = False
    minutes: int | None = None


@dataclass(frozen=True)
class EvidenceInfo:
    id: uuid.UUID
    sha256: str
    size: int
    media_type: str
    name: str
    kind: str
    caption: str | None
    captured_at: dt.datetime | None
    added_at: dt.datetime
    added_by: str | None
    message_id: uuid.UUID | None


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    hlc: str
    actor: str | None
    device_id: str
    entity: str
    action: str
    data: dict


@dataclass(frozen=True)
class CaseDetail:
    id: uuid.UUID
    ref: str
    subject: str
    status: str
    priority: str
    reason: str
    channel: str
    language: str | None
    marketplace: str | None
    assignee: str | None
    escalation_level: int
    escalation_reason: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    tags: tuple[str, ...]
    customer: CustomerInfo | None
    order: OrderInfo | None
    messages: tuple[MessageInfo, ...]
    evidence: tuple[EvidenceInfo, ...]


def find_case(profile: Profile, text: str) -> uuid.UUID:
    """The case a person means by `text`: its ref, its full id, or its order id."""
    text = (text or "").strip()
    if not text:
        raise NotFound("No case reference was given.")
    conditions = []
    ref = normalise_ref(text)
    if ref:
        conditions.append(Case.ref == ref)
    try:
        conditions.append(Case.id == uuid.UUID(text))
    except ValueError:
        pass
    order_ids = select(Order.id).where(Order.external_id == text)
    conditions.append(Case.order_id.in_(order_ids))
    with profile.read() as session:
        ids = session.scalars(
            select(Case.id).where(or_(*conditions), Case.deleted_at.is_(None)).limit(2)
        ).all()
    if not ids:
        raise NotFound(f"No case matches {text!r}: give a case ref such as K7Q2M-9XA3F.")
    if len(ids) > 1:
        raise NotFound(f"Several cases match order {text!r}; give the case ref instead.")
    return ids[0]


def load_case_detail(profile: Profile, case_id: uuid.UUID) -> CaseDetail:
    with profile.read() as session:
        case = session.get(Case, case_id)
        if case is None or case.deleted_at is not None:
            raise NotFound(f"The case {case_id} does not exist or was deleted.")
        customer = session.get(Customer, case.customer_id) if case.customer_id else None
        order = session.get(Order, case.order_id) if case.order_id else None
        messages = session.scalars(
            select(Message)
            .where(Message.case_id == case_id, Message.deleted_at.is_(None))
            .order_by(Message.created_at, Message.id)
        ).all()
        evidence = session.scalars(
            select(Evidence)
            .where(Evidence.case_id == case_id, Evidence.deleted_at.is_(None))
            .order_by(Evidence.added_at, Evidence.id)
        ).all()
        return CaseDetail(
            id=case.id,
            ref=case.ref,
            subject=case.subject,
            status=case.status,
            priority=case.priority,
            reason=case.reason,
            channel=case.channel,
            language=case.language,
            marketplace=case.marketplace,
            assignee=case.assignee,
            escalation_level=case.escalation_level,
            escalation_reason=case.escalation_reason,
            created_at=case.created_at,
            updated_at=case.updated_at,
            tags=tuple(t.tag for t in case.tags if t.removed_at is None),
            customer=_customer_info(customer),
            order=_order_info(order),
            messages=tuple(_message_info(m) for m in messages),
            evidence=tuple(_evidence_info(e) for e in evidence),
        )


def load_case_history(profile: Profile, case_id: uuid.UUID) -> list[HistoryEntry]:
    """Every logged change that belongs to the case, oldest first."""
    with profile.read() as session:
        ops = session.scalars(
            select(Operation).where(Operation.case_id == case_id).order_by(Operation.hlc)
        ).all()
        datas = fill_held(session, [(op.entity, op.entity_id, op.data) for op in ops])
        return [
            HistoryEntry(
                at=op.created_at,
                hlc=op.hlc,
                actor=op.actor,
                device_id=op.device_id,
                entity=op.entity,
                action=op.action,
                data=data,
            )
            for op, data in zip(ops, datas, strict=True)
        ]


def _customer_info(c: Customer | None) -> CustomerInfo | None:
    if c is None:
        return None
    return CustomerInfo(c.id, c.name, c.buyer_alias, c.email, c.locale, c.marketplace)


def _order_info(o: Order | None) -> OrderInfo | None:
    if o is None:
        return None
    return OrderInfo(
        id=o.id,
        marketplace=o.marketplace,
        external_id=o.external_id,
        purchased_at=o.purchased_at,
        shipped_at=o.shipped_at,
        delivered_on=o.delivered_on,
        estimated_delivery_min=o.estimated_delivery_min,
        estimated_delivery_max=o.estimated_delivery_max,
        fulfilment=o.fulfilment,
        currency=o.currency,
        total=o.total,
        carrier=o.carrier,
        tracking_number=o.tracking_number,
        items=tuple(
            ItemInfo(i.sku, i.title, i.category, i.quantity, i.unit_price, i.currency)
            for i in o.items
        ),
    )


def _message_info(m: Message) -> MessageInfo:
    return MessageInfo(
        id=m.id,
        direction=m.direction,
        channel=m.channel,
        author=m.author,
        body=m.body,
        language=m.language,
        created_at=m.created_at,
        outbound_state=m.outbound_state,
        no_response_needed=m.no_response_needed,
        sent_at=m.sent_at,
        subject=m.subject,
        mail_address=m.mail_address,
        mail_flags=tuple(m.mail_flags or ()),
        send_after=m.send_after,
        attempts=m.attempts or 0,
        next_attempt_at=m.next_attempt_at,
        failure=m.failure,
        has_raw=m.raw_sha256 is not None,
        contact=bool(m.contact),
        minutes=m.minutes,
    )


def _evidence_info(e: Evidence) -> EvidenceInfo:
    return EvidenceInfo(
        id=e.id,
        sha256=e.sha256,
        size=e.size,
        media_type=e.media_type,
        name=e.original_name,
        kind=e.kind,
        caption=e.caption,
        captured_at=e.captured_at,
        added_at=e.added_at,
        added_by=e.added_by,
        message_id=e.message_id,
    )
