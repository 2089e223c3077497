"""The operation log: every write appends who changed what, when, on which device.

Timestamps of operations come from a hybrid logical clock, so that the order
of changes made on two laptops is total and survives clock skew (DESIGN.md
sections 2 and 8).
"""

from __future__ import annotations

import datetime as dt
import enum
import threading
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from app.models.entities import Operation
from app.models.ids import new_id

_MAX_COUNTER = 999_999  # the six digits of `HybridClock.format`


class HybridClock:
    """Hybrid logical clock: wall-clock milliseconds plus a counter, as sortable text."""

    def __init__(self, wall: Callable[[], dt.datetime], last: str | None = None) -> None:
        self._wall = wall
        self._lock = threading.Lock()
        self._ms, self._counter = (0, 0) if last is None else self.parse(last)

    @staticmethod
    def parse(stamp: str) -> tuple[int, int]:
        ms, counter = stamp.split("-")
        return int(ms), int(counter)

    @staticmethod
    def format(ms: int, counter: int) -> str:
        return f"{ms:015d}-{counter:06d}"

    def tick(self) -> str:
        now_ms = int(self._wall().timestamp() * 1000)
        with self._lock:
            if now_ms > self._ms:
                self._ms, self._counter = now_ms, 0
            elif self._counter < _MAX_COUNTER:
                self._counter += 1
            else:
                # Past six digits the text would stop sorting; borrow the next millisecond.
                self._ms, self._counter = self._ms + 1, 0
            return self.format(self._ms, self._counter)

    def observe(self, remote: str) -> None:
        """Move past a stamp seen from another device (used when pulling)."""
        remote_ms, remote_counter = self.parse(remote)
        with self._lock:
            if (remote_ms, remote_counter) > (self._ms, self._counter):
                self._ms, self._counter = remote_ms, remote_counter


def jsonable(value: Any) -> Any:
    """A value as it is written into an operation's JSON."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    raise TypeError(f"cannot log a {type(value).__name__}")


class OperationWriter:
    """Appends Operation rows inside the caller's transaction."""

    def __init__(self, clock: HybridClock, device_id: str, actor: str, now: Callable) -> None:
        self.clock = clock
        self.device_id = device_id
        self.actor = actor
        self.now = now

    def record(
        self,
        session: Session,
        *,
        entity: str,
        entity_id: uuid.UUID,
        action: str,
        data: dict[str, Any],
        case_id: uuid.UUID | None = None,
        actor: str | None = None,
    ) -> None:
        """Append one operation; `actor` names who did it when it was not the agent
        (the workbench itself, for escalation it computed)."""
        session.add(
            Operation(
                id=new_id(),
                hlc=self.clock.tick(),
                device_id=self.device_id,
                actor=actor or self.actor,
                entity=entity,
                entity_id=entity_id,
                case_id=case_id,
                action=action,
                data=jsonable(data),
                created_at=self.now(),
            )
        )

    def record_create(self, session: Session, entity: str, row: Any, case_id=None) -> None:  # noqa: ANN001
        """Log a new row with every column's value (as [null, value] pairs)."""
        values = {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key != "id"}
        data = {k: [None, v] for k, v in values.items() if v is not None}
        self.record(
            session, entity=entity, entity_id=row.id, action="create", data=data, case_id=case_id
        )


def latest_hlc(session: Session, device_id: str | None = None) -> str | None:
    """The newest clock stamp written (by `device_id` when given: an index answers that).

    Plain SQL: every write asks it, and the ORM's statement building cost more than the
    index lookup itself."""
    if device_id is None:
        return session.connection().exec_driver_sql("SELECT max(hlc) FROM operations").scalar()
    return (
        session.connection()
        .exec_driver_sql("SELECT max(hlc) FROM operations WHERE device_id = ?", (device_id,))
        .scalar()
    )
