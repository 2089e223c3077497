"""Everything the deadline panels show for one case, read in one go (off the UI thread).

The UI and `workbench cases show` call `load_case_deadlines`; the live parts
(countdowns, due soon, breached) are computed from it against the current
time with `escalation.live_escalation` and `Clock.state`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from app.models.entities import Case, Operation, Order, OrderItem
from app.services.cases.detail import HistoryEntry
from app.services.core.errors import NotFound, ServiceError
from app.services.core.profile import Profile
from app.services.deadlines.escalation import (
    CaseFacts,
    Clock,
    case_clocks,
    load_facts,
    marketplace_policy,
)
from app.services.deadlines.policy import ReturnWindow, load_policy_book, return_window


@dataclass(frozen=True)
class CaseDeadlines:
    case_id: uuid.UUID
    facts: CaseFacts
    clocks: tuple[Clock, ...]
    return_window: ReturnWindow | None
    return_window_problem: str | None  # why there is no return window, in words
    timezone: str | None  # the marketplace's, for "today"
    escalation_history: tuple[HistoryEntry, ...]
    has_order: bool = False


def marketplace_today(marketplace: str | None, now: dt.datetime) -> dt.date:
    """Today's date where the marketplace is (its rules count in its own calendar)."""
    policy = marketplace_policy(marketplace)
    return now.astimezone(policy.timezone if policy else dt.UTC).date()


def compute_return_window(
    marketplace: str | None,
    order: Order | None,
    category: str | None,
    now: dt.datetime,
    overrides: dict | None = None,
) -> tuple[ReturnWindow | None, str | None]:
    if order is None:
        return None, "No order is linked to this case."
    if not marketplace:
        return None, "The case has no marketplace, so its return rules are unknown."
    try:
        policy = load_policy_book(overrides=overrides).marketplace(marketplace)
        window = return_window(
            policy,
            delivered=order.delivered_on,
            estimated_delivery=None if order.delivered_on else order.estimated_delivery_max,
            purchased=order.purchased_at.astimezone(policy.timezone).date()
            if order.purchased_at
            else None,
            category=category,
            today=now.astimezone(policy.timezone).date(),
        )
    except ServiceError as problem:
        return None, str(problem)
    return window, None


def load_case_deadlines(profile: Profile, case_id: uuid.UUID) -> CaseDeadlines:
    now = profile.now()
    with profile.read() as session:
        case = session.get(Case, case_id)
        if case is None or case.deleted_at is not None:
            raise NotFound(f"The case {case_id} does not exist or was deleted.")
        facts = load_facts(session, case)
        order = session.get(Order, case.order_id) if case.order_id else None
        category = None
        if order is not None:
            category = session.scalar(
                select(OrderItem.category)
                .where(OrderItem.order_id == order.id)
                .order_by(OrderItem.position)
                .limit(1)
            )
        try:
            overrides = profile.policy_overrides()
        except ServiceError as problem:
            overrides, override_problem = None, str(problem)
        else:
            override_problem = None
        window, problem = compute_return_window(facts.marketplace, order, category, now, overrides)
        problem = problem or override_problem
        ops = session.scalars(
            select(Operation)
            .where(Operation.case_id == case_id, Operation.action == "escalate")
            .order_by(Operation.hlc)
        ).all()
        history = tuple(
            HistoryEntry(o.created_at, o.hlc, o.actor, o.device_id, o.entity, o.action, o.data)
            for o in ops
        )
    policy = marketplace_policy(facts.marketplace)
    return CaseDeadlines(
        case_id=case_id,
        facts=facts,
        clocks=tuple(case_clocks(facts)),
        return_window=window,
        return_window_problem=problem,
        timezone=policy.timezone.key if policy else None,
        escalation_history=history,
        has_order=order is not None,
    )
