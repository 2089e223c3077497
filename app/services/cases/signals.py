"""What changes a case's clocks and escalation besides its messages: an agent's own escalation,
a buyer message that needs no answer, and what the marketplace reports about the order."""

from __future__ import annotations

import datetime as dt
import uuid

from app.models.entities import Case, Message, Order
from app.models.enums import Direction
from app.services.cases.operations import load_case
from app.services.cases.orders import check_order_facts
from app.services.core.changes import Changes
from app.services.core.errors import InvalidInput, NotFound
from app.services.core.profile import Profile
from app.services.core.validation import check_aware, clean_text
from app.services.deadlines import escalation
from app.services.deadlines.escalation import refresh_signals

MANUAL_FIELDS = ("manual_escalation_level", "manual_escalation_reason", "manual_escalation_target")


def set_escalation(
    profile: Profile,
    case_id: uuid.UUID,
    level: int,
    reason: str | None,
    target: str | None = None,
) -> Changes:
    """An agent escalates a case (level 1-3, why, and to whom) or takes it back (level 0)."""
    if not 0 <= level <= 3:
        raise InvalidInput("The escalation level must be between 0 (none) and 3.")
    reason = clean_text(reason, "escalation reason", 2000, required=level > 0)
    if target is not None and target not in escalation.ESCALATION_TARGETS:
        allowed = ", ".join(escalation.ESCALATION_TARGETS)
        raise InvalidInput(f"Unknown escalation target {target!r}; use one of: {allowed}.")
    if level == 0:
        reason, target = None, None
    with profile.write() as session:
        case = load_case(session, case_id)
        before = (
            case.manual_escalation_level,
            case.manual_escalation_reason,
            case.manual_escalation_target,
        )
        if before == (level, reason, target):
            return Changes()
        case.manual_escalation_level = level
        case.manual_escalation_reason = reason
        case.manual_escalation_target = target
        case.updated_at = profile.now()
        profile.ops.record(
            session,
            entity="case",
            entity_id=case.id,
            action="escalate",
            data={
                name: [old, new]
                for name, old, new in zip(
                    (
                        "manual_escalation_level",
                        "manual_escalation_reason",
                        "manual_escalation_target",
                    ),
                    before,
                    (level, reason, target),
                    strict=True,
                )
                if old != new
            },
            case_id=case.id,
        )
        refresh_signals(session, profile, case)
    return Changes(cases=frozenset({case_id}))


def set_no_response_needed(
    profile: Profile, message_id: uuid.UUID, no_response_needed: bool = True
) -> Changes:
    """Mark a buyer message as needing no answer (it then stops the reply clock)."""
    with profile.write() as session:
        message = session.get(Message, message_id)
        if message is None or message.deleted_at is not None:
            raise NotFound(f"There is no message with id {message_id}.")
        if message.direction != Direction.INBOUND:
            raise InvalidInput("Only a buyer's message can be marked as needing no response.")
        if message.no_response_needed == no_response_needed:
            return Changes()
        profile.ops.record(
            session,
            entity="message",
            entity_id=message.id,
            action="update",
            data={"no_response_needed": [message.no_response_needed, no_response_needed]},
            case_id=message.case_id,
        )
        message.no_response_needed = no_response_needed
        case = load_case(session, message.case_id)
        case.updated_at = profile.now()
        refresh_signals(session, profile, case)
        case_id = case.id
    return Changes(cases=frozenset({case_id}), messages=frozenset({message_id}))


ORDER_SIGNALS = {
    "return_requested_at": dt.datetime,
    "a_to_z_claim_at": dt.datetime,
    "chargeback_at": dt.datetime,
    "negative_feedback_at": dt.datetime,
    "delivered_on": dt.date,
    "estimated_delivery_min": dt.date,
    "estimated_delivery_max": dt.date,
    "return_received_on": dt.date,
    "refunded_on": dt.date,
}


def update_order(profile: Profile, case_id: uuid.UUID, **signals: object) -> Changes:
    """Record what the marketplace reports about the case's order (a return request, a claim,
    delivery, the returned item's arrival, the refund...): clocks and escalation follow."""
    for name, value in signals.items():
        kind = ORDER_SIGNALS.get(name)
        if kind is None:
            raise InvalidInput(f"The order field {name!r} cannot be changed this way.")
        if value is not None:
            if kind is dt.datetime:
                if not isinstance(value, dt.datetime):
                    raise InvalidInput(f"The order's {name} must be a date and time.")
                check_aware(value, f"the order's {name}")
            elif isinstance(value, dt.datetime) or not isinstance(value, dt.date):
                raise InvalidInput(f"The order's {name} must be a date.")
    with profile.write() as session:
        case = load_case(session, case_id)
        if case.order_id is None:
            raise InvalidInput("This case has no order to record that on.")
        order = session.get(Order, case.order_id)
        diff = {n: [getattr(order, n), v] for n, v in signals.items() if getattr(order, n) != v}
        if not diff:
            return Changes()
        for name, (_old, new) in diff.items():
            setattr(order, name, new)
        check_order_facts(order)
        order.updated_at = profile.now()
        profile.ops.record(
            session, entity="order", entity_id=order.id, action="update", data=diff, case_id=case.id
        )
        touched = []
        for other_id in escalation.case_ids_of_order(session, order.id):
            other = session.get(Case, other_id)
            if other.deleted_at is None:
                other.updated_at = profile.now()
                refresh_signals(session, profile, other)
                touched.append(other_id)
        order_id = order.id
    return Changes(cases=frozenset(touched), orders=frozenset({order_id}))
