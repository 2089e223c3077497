"""Fields each laptop computes for itself after a pull (rules.DERIVED): a case's clocks and
escalation, its priority rank, its last buyer message and last reply, and when it changed.

The computed escalation is not logged here: the device that wrote the change logged its
own, and that operation came down with the page (a second "workbench escalated" entry per
laptop would only crowd the history).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from types import SimpleNamespace

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from app.models.entities import Case, Message
from app.models.enums import PRIORITY_RANK, Direction, OutboundState, Priority
from app.services.deadlines.escalation import refresh

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


def _last_times(connection: Connection, case_ids: list[uuid.UUID]) -> dict:
    """case id -> (last inbound message, last reply sent), from live messages."""
    found: dict[uuid.UUID, list] = {cid: [None, None] for cid in case_ids}
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start : start + 500]
        rows = connection.execute(
            select(_MSG.c.case_id, _MSG.c.direction, _MSG.c.created_at, _MSG.c.sent_at).where(
                _MSG.c.case_id.in_(chunk),
                _MSG.c.deleted_at.is_(None),
                (_MSG.c.direction == Direction.INBOUND.value)
                | (
                    (_MSG.c.direction == Direction.OUTBOUND.value)
                    & (_MSG.c.outbound_state == OutboundState.SENT.value)
                ),
            )
        )
        for case_id, direction, created_at, sent_at in rows:
            slot = found[case_id]
            if direction == Direction.INBOUND.value:
                slot[0] = created_at if slot[0] is None else max(slot[0], created_at)
            else:
                at = sent_at or created_at
                slot[1] = at if slot[1] is None else max(slot[1], at)
    return found


def recompute(
    session: Session, case_ids: Iterable[uuid.UUID], changed_at: dict[uuid.UUID, dt.datetime]
) -> None:
    """Recompute the derived fields of `case_ids` inside the caller's write; `changed_at`
    holds the newest pulled change of each case (its `updated_at`, if later)."""
    ids = sorted(set(case_ids))
    if not ids:
        return
    connection = session.connection()
    session.expire_all()  # rows were written underneath the ORM
    lasts = _last_times(connection, ids)
    columns = [_CASE.c[name] for name in _FACT_COLUMNS]
    updates = []
    for start in range(0, len(ids), 500):
        for row in connection.execute(
            select(*columns).where(_CASE.c.id.in_(ids[start : start + 500]))
        ):
            case = SimpleNamespace(**row._asdict())
            refresh(session, case, lambda _data: None)  # type: ignore[arg-type]
            updated = case.updated_at
            newest = changed_at.get(case.id)
            if newest is not None and (updated is None or newest > updated):
                updated = newest
            inbound, outbound = lasts.get(case.id, (None, None))
            updates.append(
                {
                    "_id": case.id,
                    "escalation_level": case.escalation_level,
                    "escalation_reason": case.escalation_reason,
                    "due_at": case.due_at,
                    "due_kind": case.due_kind,
                    "priority_rank": _rank(case.priority),
                    "last_inbound_at": inbound,
                    "last_outbound_at": outbound,
                    "updated_at": updated,
                }
            )
    if updates:
        from sqlalchemy import bindparam

        names = [k for k in updates[0] if k != "_id"]
        connection.execute(
            update(_CASE)
            .where(_CASE.c.id == bindparam("_id"))
            .values({name: bindparam(name) for name in names}),
            updates,
        )
