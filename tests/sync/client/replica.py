"""`replica_state(profile)`: what must be equal on every laptop after everyone synced.

Every non-derived column (rules.DERIVED) of cases, messages, case_tags, evidence,
customers, orders and order items, by id. Tags compare as live or removed: when a tag was
added is the local time of the write, not shop data the laptops must agree on.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.models.entities import Case, CaseTag, Customer, Evidence, Message, Order, OrderItem
from app.services.core.profile import Profile
from app.sync import rules

_TABLES = {
    "case": Case,
    "customer": Customer,
    "order": Order,
    "order_item": OrderItem,
    "message": Message,
    "evidence": Evidence,
}
# The outbox's own bookkeeping of a reply on the laptop that sends it.
_LOCAL = {"message": frozenset({"attempts", "next_attempt_at", "failure"})}


def replica_state(profile: Profile) -> dict[str, Any]:
    state: dict[str, Any] = {}
    with profile.read() as session:
        for entity, model in _TABLES.items():
            skip = rules.DERIVED.get(entity, frozenset()) | _LOCAL.get(entity, frozenset())
            columns = [c for c in model.__table__.columns if c.key not in skip]
            rows = session.execute(select(*columns)).all()
            state[entity] = {
                row.id: {c.key: getattr(row, c.key) for c in columns if c.key != "id"}
                for row in rows
            }
        state["case_tag"] = {
            (row.case_id, row.tag): row.removed_at is None
            for row in session.scalars(select(CaseTag))
        }
    return state


def live_tags(profile: Profile, case_id) -> set[str]:  # noqa: ANN001
    tags = replica_state(profile)["case_tag"]
    return {tag for (case, tag), live in tags.items() if case == case_id and live}
