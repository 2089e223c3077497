"""Fields each laptop computes for itself after a pull (rules.DERIVED): a case's clocks and
escalation, its priority rank, its last buyer message and last reply, and when it changed.

The same rules as `escalation.refresh` (`case_clocks`, `next_due`, `stored_escalation`), on
facts read in bulk: a fresh laptop recomputes tens of thousands of cases per pull, and a
query or two per case cost more than the whole rest of applying the page.

The computed escalation is not logged here: the device that wrote the change logged its
own, and that operation came down with the page (a second "workbench escalated" entry per
laptop would only crowd the history).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.orm import Session

from app.models.entities import Case, Message, Order
from app.models.enums import PRIORITY_RANK, Direction, OutboundState, Priority
from app.services.deadlines.escalation import (
    CaseFacts,
    MessageFacts,
    case_clocks,
    next_due,
    stored_escalation,
)

_CASE = Case.__table__
_MSG = Message.__table__
_FACT_COLUMNS = (
    "id",
    "order_id",
    "marketplace",
    "status",
    "priority",
    "manual_escalation_level",
    "manual_escalation_reason",
    "manual_escalation_target",
    "escalation_level",
    "escalation_reason",
    "due_at",
    "due_kind",
    "updated_at",
)


def _rank(priority: str | None) -> int:
    try:
        return PRIORITY_RANK[Priority(priority)]
    except ValueError:
        return PRIORITY_RANK[Priority.NORMAL]


_ORDER_FACTS = (
    "delivered_on",
    "estimated_delivery_max",
    "total",
    "currency",
    "return_requested_at",
    "return_received_on",
    "refunded_on",
    "a_to_z_claim_at",
    "chargeback_at",
    "negative_feedback_at",
)
_ORDER = Order.__table__


def _messages_of(connection: Connection, case_ids: list[uuid.UUID]) -> dict:
    """case id -> its live messages' facts (as escalation.load_facts reads them)."""
    found: dict[uuid.UUID, list[MessageFacts]] = {cid: [] for cid in case_ids}
    m = _MSG.c
    rows = connection.execute(
        select(
            m.case_id, m.direction, m.created_at, m.no_response_needed, m.outbound_state,
            m.body, m.id, m.sent_at, m.contact,
        ).where(m.case_id.in_(case_ids), m.deleted_at.is_(None))
    )  # fmt: skip
    for case_id, *facts in rows:
        found[case_id].append(MessageFacts(*facts))
    return found


def _orders_of(connection: Connection, order_ids: set) -> dict:
    ids = [i for i in order_ids if i is not None]
    if not ids:
        return {}
    o = _ORDER.c
    rows = connection.execute(
        select(o.id, o.marketplace, *(o[n] for n in _ORDER_FACTS)).where(o.id.in_(ids))
    )
    return {row.id: row for row in rows}


def _facts(case, messages: list[MessageFacts], order) -> CaseFacts:  # noqa: ANN001
    """The same facts as `escalation.load_facts`, from rows read in bulk."""
    return CaseFacts(
        marketplace=case.marketplace or (order.marketplace if order else None),
        status=case.status,
        messages=tuple(messages),
        **{n: getattr(order, n) if order else None for n in _ORDER_FACTS},
        manual_level=case.manual_escalation_level or 0,
        manual_reason=case.manual_escalation_reason,
        manual_target=case.manual_escalation_target,
    )


def _last_times(messages: list[MessageFacts]) -> tuple:
    """(last buyer message, last reply sent) of live messages."""
    inbound = [f.created_at for f in messages if f.direction == Direction.INBOUND.value]
    sent = [
        f.sent_at or f.created_at
        for f in messages
        if f.direction == Direction.OUTBOUND.value and f.outbound_state == OutboundState.SENT
    ]
    return (max(inbound, default=None), max(sent, default=None))


def recompute(
    session: Session, case_ids: Iterable[uuid.UUID], changed_at: dict[uuid.UUID, dt.datetime]
) -> None:
    """Recompute the derived fields of `case_ids` inside the caller's write; `changed_at`
    holds the newest pulled change of each case (its `updated_at`, if later)."""
    ids = sorted(set(case_ids))
    if not ids:
        return
    connection = session.connection()
    columns = [_CASE.c[name] for name in _FACT_COLUMNS]
    updates = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        cases = connection.execute(select(*columns).where(_CASE.c.id.in_(chunk))).all()
        messages = _messages_of(connection, chunk)
        orders = _orders_of(connection, {c.order_id for c in cases})
        for case in cases:
            facts = _facts(case, messages.get(case.id, []), orders.get(case.order_id))
            due = next_due(case_clocks(facts))
            escalation = stored_escalation(facts)
            updated = case.updated_at
            newest = changed_at.get(case.id)
            if newest is not None and (updated is None or newest > updated):
                updated = newest
            inbound, outbound = _last_times(messages.get(case.id, []))
            updates.append(
                {
                    "_id": case.id,
                    "escalation_level": escalation.level,
                    "escalation_reason": escalation.summary(),
                    "due_at": due.due_at if due else None,
                    "due_kind": due.kind if due else None,
                    "priority_rank": _rank(case.priority),
                    "last_inbound_at": inbound,
                    "last_outbound_at": outbound,
                    "updated_at": updated,
                }
            )
    if updates:
        names = [k for k in updates[0] if k != "_id"]
        connection.execute(
            update(_CASE)
            .where(_CASE.c.id == bindparam("_id"))
            .values({name: bindparam(name) for name in names}),
            updates,
        )
