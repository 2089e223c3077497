"""The clocks a case runs on, and how escalated it is and why (DOMAIN.md, DESIGN.md section 5).

Everything here is computed from plain facts (`CaseFacts`) and the
marketplace's rules (`app.services.deadlines.policy`), so the UI panels, the inbox Due
column and the CLI all call the same functions.

Two kinds of clock, never mixed: calendar hours (reply within 24 hours,
return request within 48, A-to-z answer within 48, chargeback within 7
days: weekends count) and business days (refund within 2 working days of
the returned item arriving, in the marketplace country's calendar). The
A-to-z eligibility date is treated as a deadline too: after it the buyer can
file a claim, so the seller must have solved a lost parcel by then.

Escalation has a stored part (signals that only a write can change:
repeated contact, a claim, a chargeback, feedback, high value, a safety
complaint, an agent's own escalation), kept on the case for SQL views, and a
live part (a clock due soon or breached), added at display time from
`due_at` and the current time.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.entities import Case, Message, Order
from app.models.enums import DONE_STATUSES
from app.services.core.errors import ServiceError
from app.services.deadlines.policy import (
    AppliedRule,
    MarketplacePolicy,
    add_calendar_hours,
    load_policy_book,
)

DUE_SOON = dt.timedelta(hours=4)

# Escalation levels.
NONE, ATTENTION, HIGH, CRITICAL = 0, 1, 2, 3

ESCALATION_TARGETS = ("owner", "seller_support", "carrier", "supplier")

# An order worth this much or more (in its currency) is high value.
HIGH_VALUE = {
    "USD": 200, "CAD": 250, "GBP": 170, "EUR": 200, "SEK": 2200, "PLN": 850,
    "JPY": 30000, "INR": 15000, "AED": 750, "SAR": 750,
}  # fmt: skip

# Words that name a safety problem, in the buyers' languages.
_SAFETY = re.compile(
    r"\b(fire|smoke|smoking|burn(?:t|ed|s)?|melt(?:ed|ing)?|electric shock|injur(?:y|ed)|"
    r"hurt|chok(?:e|ing)|allerg(?:y|ic)|toxic|brand|verbrannt|rauch|stromschlag|verletz\w*|"
    r"incendio|quemadura|humo|descarga|herid\w*)\b|"
    r"화재|화상|연기|감전|다쳤|불이 붙|пожар|ожог|дым|удар током|травм|"
    r"حريق|حروق|دخان|صعق|إصابة|着火|烧伤|冒烟|触电|受伤|火事|やけど|煙|感電|けが",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MessageFacts:
    direction: str
    created_at: dt.datetime
    no_response_needed: bool = False
    outbound_state: str | None = None
    body: str = ""
    id: uuid.UUID | None = None
    sent_at: dt.datetime | None = None
    contact: bool = False  # the contact log (a call, a chat...): not a marketplace message

    @property
    def answers(self) -> bool:
        """A reply that reached the buyer: sent (or an old row without a state). Drafts and
        replies queued, being sent or failed have not."""
        return (
            self.direction == "outbound"
            and not self.contact
            and self.outbound_state in (None, "sent")
        )

    @property
    def at(self) -> dt.datetime:
        """When it counts: a reply when it was sent, anything else when it was written."""
        if self.direction == "outbound" and self.sent_at is not None:
            return self.sent_at
        return self.created_at


@dataclass(frozen=True)
class CaseFacts:
    """What the clocks and escalation of one case depend on."""

    marketplace: str | None
    status: str
    messages: tuple[MessageFacts, ...] = ()
    delivered_on: dt.date | None = None
    estimated_delivery_max: dt.date | None = None
    total: Decimal | None = None
    currency: str | None = None
    return_requested_at: dt.datetime | None = None
    return_received_on: dt.date | None = None
    refunded_on: dt.date | None = None
    a_to_z_claim_at: dt.datetime | None = None
    chargeback_at: dt.datetime | None = None
    negative_feedback_at: dt.datetime | None = None
    manual_level: int = 0
    manual_reason: str | None = None
    manual_target: str | None = None


@dataclass(frozen=True)
class Clock:
    """One deadline: what started it, when it is due, and what stopped it (if anything)."""

    kind: str  # reply, return_request, refund, a_to_z_response, chargeback, a_to_z_eligible
    started_at: dt.datetime
    due_at: dt.datetime
    stopped_at: dt.datetime | None = None
    rule: AppliedRule | None = None
    business_days: int | None = None  # set for business-day clocks
    hours: float | None = None  # set for calendar-hour clocks

    def state(self, now: dt.datetime) -> str:
        if self.stopped_at is not None:
            return "stopped"
        if now > self.due_at:
            return "breached"
        if self.due_at - now <= DUE_SOON:
            return "due_soon"
        return "running"


@dataclass(frozen=True)
class Reason:
    code: str
    level: int
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Escalation:
    level: int
    reasons: tuple[Reason, ...]

    def summary(self) -> str | None:
        """One English line for the stored `escalation_reason` (lists, CLI)."""
        return "; ".join(english_reason(r) for r in self.reasons) or None


# ----------------------------------------------------------------------------- clocks


def marketplace_policy(marketplace: str | None) -> MarketplacePolicy | None:
    """The marketplace's rules, or None when the case has no marketplace or it has no rules."""
    if not marketplace:
        return None
    try:
        return load_policy_book().marketplace(marketplace)
    except ServiceError:  # an unknown marketplace: no policy clocks
        return None


def _end_of_day(day: dt.date, policy: MarketplacePolicy) -> dt.datetime:
    """The last moment of `day` in the marketplace's time zone, as an aware instant."""
    local = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=policy.timezone)
    return (local - dt.timedelta(microseconds=1)).astimezone(dt.UTC)


def unanswered(messages: tuple[MessageFacts, ...]) -> list[MessageFacts]:
    """Buyer messages after our last sent reply (at the time it was sent), except those
    marked "no response needed"; the contact log neither starts nor stops this clock."""
    waiting: list[MessageFacts] = []
    # At one instant a reply comes after the message it answers.
    for message in sorted(messages, key=lambda m: (m.at, m.direction == "outbound")):
        if message.contact:
            continue
        if message.answers:
            waiting.clear()
        elif message.direction == "inbound" and not message.no_response_needed:
            waiting.append(message)
    return waiting


def _first_reply_after(
    messages: tuple[MessageFacts, ...], moment: dt.datetime
) -> dt.datetime | None:
    replies = [m.at for m in messages if m.answers and m.at >= moment]
    return min(replies) if replies else None


def case_clocks(facts: CaseFacts) -> list[Clock]:
    """Every clock the case has started, running or stopped, soonest due first."""
    policy = marketplace_policy(facts.marketplace)
    rules = policy.clocks if policy is not None else None
    done = facts.status in {s.value for s in DONE_STATUSES}
    clocks: list[Clock] = []

    waiting = unanswered(facts.messages)
    reply_hours = rules.reply_hours if rules else 24
    if waiting:
        first = waiting[0].created_at
        clocks.append(
            Clock(
                "reply",
                first,
                add_calendar_hours(first, reply_hours),
                stopped_at=None,
                rule=rules.rule("reply") if rules else None,
                hours=reply_hours,
            )
        )
    if facts.return_requested_at is not None:
        hours = rules.return_request_hours if rules else 48
        answered = _first_reply_after(facts.messages, facts.return_requested_at)
        clocks.append(
            Clock(
                "return_request",
                facts.return_requested_at,
                add_calendar_hours(facts.return_requested_at, hours),
                stopped_at=answered,
                rule=rules.rule("return_request") if rules else None,
                hours=hours,
            )
        )
    if facts.return_received_on is not None and policy is not None:
        days = policy.clocks.refund_business_days
        due_day = policy.calendar.add_business_days(facts.return_received_on, days)
        started = dt.datetime.combine(facts.return_received_on, dt.time(0), tzinfo=policy.timezone)
        stopped = (
            dt.datetime.combine(facts.refunded_on, dt.time(12), tzinfo=policy.timezone)
            if facts.refunded_on
            else None
        )
        clocks.append(
            Clock(
                "refund",
                started.astimezone(dt.UTC),
                _end_of_day(due_day, policy),
                stopped_at=stopped,
                rule=policy.clocks.rule("refund"),
                business_days=days,
            )
        )
    if facts.a_to_z_claim_at is not None:
        hours = rules.a_to_z_response_hours if rules else 48
        clocks.append(
            Clock(
                "a_to_z_response",
                facts.a_to_z_claim_at,
                add_calendar_hours(facts.a_to_z_claim_at, hours),
                stopped_at=_first_reply_after(facts.messages, facts.a_to_z_claim_at),
                rule=rules.rule("a_to_z_response") if rules else None,
                hours=hours,
            )
        )
    if facts.chargeback_at is not None:
        days = rules.chargeback_days if rules else 7
        clocks.append(
            Clock(
                "chargeback",
                facts.chargeback_at,
                add_calendar_hours(facts.chargeback_at, days * 24),
                rule=rules.rule("chargeback") if rules else None,
                hours=days * 24,
            )
        )
    if (
        policy is not None
        and facts.delivered_on is None
        and facts.estimated_delivery_max is not None
        and facts.a_to_z_claim_at is None
    ):
        after = policy.clocks.a_to_z_claim_after_edd_days
        eligible = facts.estimated_delivery_max + dt.timedelta(days=after)
        clocks.append(
            Clock(
                "a_to_z_eligible",
                _end_of_day(facts.estimated_delivery_max, policy),
                _end_of_day(eligible, policy),
                rule=policy.clocks.rule("a_to_z_claim"),
            )
        )
    if done:
        # A resolved case stops its clocks (the buyer's next message reopens it).
        clocks = [
            c if c.stopped_at is not None else Clock(**{**c.__dict__, "stopped_at": c.due_at})
            for c in clocks
        ]
    return sorted(clocks, key=lambda c: c.due_at)


def next_due(clocks: list[Clock]) -> Clock | None:
    running = [c for c in clocks if c.stopped_at is None]
    return min(running, key=lambda c: c.due_at) if running else None


# ----------------------------------------------------------------------------- escalation


def stored_escalation(facts: CaseFacts) -> Escalation:
    """The escalation from signals only a write can change (kept on the case for SQL)."""
    reasons: list[Reason] = []
    if facts.status not in {s.value for s in DONE_STATUSES}:
        waiting = unanswered(facts.messages)
        if len(waiting) >= 2:
            days = (waiting[-1].created_at - waiting[0].created_at).total_seconds() / 86400
            reasons.append(
                Reason(
                    "repeated_contact",
                    HIGH if len(waiting) >= 3 else ATTENTION,
                    {"count": len(waiting), "days": max(1, round(days))},
                )
            )
        if facts.a_to_z_claim_at is not None:
            reasons.append(Reason("a_to_z_claim", HIGH, {"at": facts.a_to_z_claim_at}))
        if facts.chargeback_at is not None:
            reasons.append(Reason("chargeback", HIGH, {"at": facts.chargeback_at}))
        if facts.negative_feedback_at is not None:
            reasons.append(
                Reason("negative_feedback", ATTENTION, {"at": facts.negative_feedback_at})
            )
        threshold = HIGH_VALUE.get(facts.currency or "")
        if facts.total is not None and threshold is not None and facts.total >= threshold:
            reasons.append(
                Reason("high_value", ATTENTION, {"total": facts.total, "currency": facts.currency})
            )
        for message in facts.messages:
            if message.direction == "inbound" and _SAFETY.search(message.body or ""):
                reasons.append(Reason("safety", HIGH, {"word": _SAFETY.search(message.body)[0]}))
                break
    if facts.manual_level > 0:
        reasons.append(
            Reason(
                "manual",
                facts.manual_level,
                {"reason": facts.manual_reason or "", "target": facts.manual_target},
            )
        )
    level = max((r.level for r in reasons), default=NONE)
    return Escalation(level, tuple(sorted(reasons, key=lambda r: -r.level)))


def live_escalation(facts: CaseFacts, clocks: list[Clock], now: dt.datetime) -> Escalation:
    """The stored escalation plus what the time adds: a clock due soon or breached."""
    stored = stored_escalation(facts)
    reasons = list(stored.reasons)
    for clock in clocks:
        state = clock.state(now)
        if state == "breached":
            level = CRITICAL if clock.kind in ("a_to_z_response", "chargeback") else HIGH
            code = "a_to_z_risk" if clock.kind == "a_to_z_eligible" else "clock_breached"
            reasons.append(Reason(code, level, {"clock": clock.kind, "due_at": clock.due_at}))
        elif state == "due_soon":
            reasons.append(
                Reason("clock_due_soon", ATTENTION, {"clock": clock.kind, "due_at": clock.due_at})
            )
    level = max((r.level for r in reasons), default=NONE)
    return Escalation(level, tuple(sorted(reasons, key=lambda r: -r.level)))


_CLOCK_NAMES = {
    "reply": "reply to the buyer",
    "return_request": "answer the return request",
    "refund": "refund the returned item",
    "a_to_z_response": "answer the A-to-z claim",
    "chargeback": "answer the chargeback",
    "a_to_z_eligible": "solve it before the buyer can file an A-to-z claim",
}


def english_reason(reason: Reason) -> str:
    p = reason.params
    if reason.code == "repeated_contact":
        return f"Buyer wrote {p['count']} times in {p['days']} days with no answer"
    if reason.code == "a_to_z_claim":
        return "A-to-z claim filed"
    if reason.code == "a_to_z_risk":
        return "A-to-z risk: past the latest estimated delivery and the buyer can now claim"
    if reason.code == "chargeback":
        return "Chargeback raised"
    if reason.code == "negative_feedback":
        return "Negative feedback left on the order"
    if reason.code == "high_value":
        return f"High-value order ({p['total']} {p['currency']})"
    if reason.code == "safety":
        return f"The buyer mentions a safety problem ({p['word']})"
    if reason.code == "manual":
        target = f" to {p['target'].replace('_', ' ')}" if p.get("target") else ""
        return f"Escalated by an agent{target}: {p['reason']}".rstrip(": ")
    if reason.code == "clock_breached":
        return f"Overdue: {_CLOCK_NAMES.get(p['clock'], p['clock'])}"
    if reason.code == "clock_due_soon":
        return f"Due soon: {_CLOCK_NAMES.get(p['clock'], p['clock'])}"
    return reason.code


# ----------------------------------------------------------------------------- storage


def load_facts(session: Session, case: Case) -> CaseFacts:
    order = session.get(Order, case.order_id) if case.order_id else None
    messages = session.execute(
        select(
            Message.direction,
            Message.created_at,
            Message.no_response_needed,
            Message.outbound_state,
            Message.body,
            Message.id,
            Message.sent_at,
            Message.contact,
        ).where(Message.case_id == case.id, Message.deleted_at.is_(None))
    ).all()
    return CaseFacts(
        marketplace=case.marketplace or (order.marketplace if order else None),
        status=case.status,
        messages=tuple(MessageFacts(*row) for row in messages),
        delivered_on=order.delivered_on if order else None,
        estimated_delivery_max=order.estimated_delivery_max if order else None,
        total=order.total if order else None,
        currency=order.currency if order else None,
        return_requested_at=order.return_requested_at if order else None,
        return_received_on=order.return_received_on if order else None,
        refunded_on=order.refunded_on if order else None,
        a_to_z_claim_at=order.a_to_z_claim_at if order else None,
        chargeback_at=order.chargeback_at if order else None,
        negative_feedback_at=order.negative_feedback_at if order else None,
        manual_level=case.manual_escalation_level or 0,
        manual_reason=case.manual_escalation_reason,
        manual_target=case.manual_escalation_target,
    )


def refresh(session: Session, case: Case, record) -> bool:  # noqa: ANN001
    """Recompute the case's stored escalation and next deadline inside the caller's
    transaction; a change of escalation is logged through `record(data)`. True if changed."""
    session.flush()
    facts = load_facts(session, case)
    clocks = case_clocks(facts)
    due = next_due(clocks)
    escalation = stored_escalation(facts)
    summary = escalation.summary()
    changed = False
    if (case.escalation_level, case.escalation_reason) != (escalation.level, summary):
        record(
            {
                "escalation_level": [case.escalation_level, escalation.level],
                "escalation_reason": [case.escalation_reason, summary],
            }
        )
        case.escalation_level, case.escalation_reason = escalation.level, summary
        changed = True
    due_at, due_kind = (due.due_at, due.kind) if due else (None, None)
    if (case.due_at, case.due_kind) != (due_at, due_kind):
        case.due_at, case.due_kind = due_at, due_kind
        changed = True
    return changed


SYSTEM_ACTOR = "workbench"


def refresh_signals(session: Session, profile, case: Case) -> bool:  # noqa: ANN001
    """Recompute the case's clocks and computed escalation (inside the caller's write);
    a change of escalation goes to the history as the workbench's own."""

    def record(data: dict) -> None:
        profile.ops.record(
            session,
            entity="case",
            entity_id=case.id,
            action="escalate",
            data=data,
            case_id=case.id,
            actor=SYSTEM_ACTOR,
        )

    return refresh(session, case, record)


def case_ids_of_order(session: Session, order_id: uuid.UUID) -> list[uuid.UUID]:
    return list(session.scalars(select(Case.id).where(Case.order_id == order_id)))


__all__ = [
    "SYSTEM_ACTOR",
    "refresh_signals",
    "ATTENTION",
    "CRITICAL",
    "DUE_SOON",
    "ESCALATION_TARGETS",
    "HIGH",
    "NONE",
    "CaseFacts",
    "Clock",
    "Escalation",
    "MessageFacts",
    "Reason",
    "case_clocks",
    "english_reason",
    "live_escalation",
    "marketplace_policy",
    "load_facts",
    "next_due",
    "refresh",
    "stored_escalation",
    "unanswered",
]
