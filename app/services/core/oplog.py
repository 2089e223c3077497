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

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.models.entities import Message, Operation
from app.models.opdata import ROW_VALUE, RowValue
from app.models.types import HLC_COUNTER, device_key, hlc_number, hlc_stamp

_MAX_COUNTER = 999_999  # the six digits of `HybridClock.format`


class HybridClock:
    """Hybrid logical clock: wall-clock milliseconds plus a counter, as sortable text."""

    def __init__(self, wall: Callable[[], dt.datetime], last: str | None = None) -> None:
        self._wall = wall
        self._lock = threading.Lock()
        self._ms, self._counter = (0, 0) if last is None else self.parse(last)

    @staticmethod
    def parse(stamp: str) -> tuple[int, int]:
        return divmod(hlc_number(stamp), HLC_COUNTER)

    @staticmethod
    def format(ms: int, counter: int) -> str:
        return hlc_stamp(ms * HLC_COUNTER + counter)

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
    if value is None or isinstance(value, bool | int | float | str | RowValue):
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


HELD_BY_ROW: dict[str, tuple[str, ...]] = {"message": ("body",)}
"""Values written once with their row and never changed: their "create" operations do not
copy them (a message's body would be in the log a second time: a third of its size)."""

_HELD_TABLES = {"message": Message}


def fill_held(session: Session, entries: list[tuple[str, uuid.UUID, Any]]) -> list[Any]:
    """The data of each (entity, entity id, data) with `ROW_VALUE`s replaced by the row's
    values (one query an entity); a row that is gone leaves None."""
    holding = [_holds_row_value(data) for _entity, _id, data in entries]
    wanted: dict[str, set[uuid.UUID]] = {}
    for (entity, entity_id, _data), holds in zip(entries, holding, strict=True):
        if holds:
            wanted.setdefault(entity, set()).add(entity_id)
    found: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
    for entity, id_set in wanted.items():
        model = _HELD_TABLES[entity]
        fields = HELD_BY_ROW[entity]
        columns = [model.id, *(getattr(model, f) for f in fields)]
        ids = list(id_set)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for row in session.execute(select(*columns).where(model.id.in_(chunk))):
                found[entity, row[0]] = dict(zip(fields, row[1:], strict=True))
    result = []
    for (entity, entity_id, data), holds in zip(entries, holding, strict=True):
        if not holds:
            result.append(data)
            continue
        values = found.get((entity, entity_id), {})
        result.append(
            {
                k: [v[0], values.get(k)] if isinstance(v, list) and v[1:] == [ROW_VALUE] else v
                for k, v in data.items()
            }
        )
    return result


def _holds_row_value(data: Any) -> bool:
    return isinstance(data, dict) and any(
        isinstance(v, list) and len(v) == 2 and isinstance(v[1], RowValue) for v in data.values()
    )


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
    ) -> str:
        """Append one operation; `actor` names who did it when it was not the agent
        (the workbench itself, for escalation it computed). Returns its clock stamp."""
        stamp = self.clock.tick()
        session.add(
            Operation(
                hlc=stamp,
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
        return stamp

    def record_create(self, session: Session, entity: str, row: Any, case_id=None) -> None:  # noqa: ANN001
        """Log a new row with every column's value (as [null, value] pairs); a value the
        row keeps unchanged for ever (`HELD_BY_ROW`) is logged as `ROW_VALUE`."""
        held = HELD_BY_ROW.get(entity, ())
        values = {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key != "id"}
        data = {
            k: [None, ROW_VALUE if k in held else v] for k, v in values.items() if v is not None
        }
        self.record(
            session, entity=entity, entity_id=row.id, action="create", data=data, case_id=case_id
        )


OBSERVED_KEY = "clock/observed"
"""The `meta` key of the newest stamp this device has seen from another one (sync writes
it with each pulled page): the clock starts past it, so a laptop whose wall clock runs
hours behind still stamps its next change after what it already saw, across restarts."""


def latest_hlc(session: Session | Connection, device_id: str) -> str | None:
    """The newest clock stamp `device_id` wrote or saw from another device: a lookup by the
    log's key (device, stamp) and one `meta` row.

    Plain SQL: every write asks it, and the ORM's statement building cost more than the
    lookup itself. Bulk loaders pass their connection."""
    connection = session.connection() if isinstance(session, Session) else session
    number = connection.exec_driver_sql(
        "SELECT max(hlc) FROM operations WHERE device_id = ?", (device_key(device_id),)
    ).scalar()
    own = None if number is None else hlc_stamp(number)
    seen = connection.exec_driver_sql(
        "SELECT value FROM meta WHERE key = ?", (OBSERVED_KEY,)
    ).scalar()
    if seen is None or (own is not None and own >= seen):
        return own
    return seen


def note_observed(session: Session, stamp: str) -> None:
    """Remember `stamp`, seen from another device, if it is the newest seen (inside the
    caller's write, with what brought it)."""
    connection = session.connection()
    connection.exec_driver_sql(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
        "SET value = excluded.value WHERE excluded.value > meta.value",
        (OBSERVED_KEY, stamp),
    )
