"""The push side of the operation log: this device's operations the server has not
acknowledged, in stamp order, as wire dicts (docs/sync.md "Operations on the wire").

Pending means `pushed_at IS NULL` on an operation of this device; the partial index
`ix_operations_pending` (schema 0009) finds them without reading the rest of the log.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable
from typing import Any

from app.models.opdata import decode
from app.models.types import device_key, from_utc_micros, hlc_number, hlc_stamp, utc_micros
from app.services.core.oplog import fill_held
from app.services.core.profile import Profile
from app.sync.protocol import MAX_BODY_BYTES, MAX_PUSH_OPS

# A batch is cut below the server's body limit, with room for the request's envelope.
_BODY_BUDGET = MAX_BODY_BYTES * 7 // 8

_PENDING = (
    "SELECT hlc, actor, entity, entity_id, case_id, action, data, created_at "
    "FROM operations INDEXED BY ix_operations_pending "
    "WHERE device_id = ? AND pushed_at IS NULL{after} ORDER BY hlc LIMIT ?"
)


def _id_text(value: bytes | None) -> str | None:
    return None if value is None else str(uuid.UUID(bytes=bytes(value)))


def pending_count(profile: Profile) -> int:
    with profile.read() as session:
        return (
            session.connection()
            .exec_driver_sql(
                "SELECT count(*) FROM operations INDEXED BY ix_operations_pending "
                "WHERE device_id = ? AND pushed_at IS NULL",
                (device_key(profile.device_id),),
            )
            .scalar_one()
        )


def pending_ops(
    profile: Profile, limit: int = MAX_PUSH_OPS, after: str | None = None
) -> list[dict[str, Any]]:
    """Up to `limit` pending operations of this device after the stamp `after`, oldest
    first, each a wire dict with every `ROW_VALUE` filled from its row."""
    params: tuple = (device_key(profile.device_id),)
    if after is not None:
        params += (hlc_number(after),)
    with profile.read() as session:
        rows = (
            session.connection()
            .exec_driver_sql(
                _PENDING.format(after=" AND hlc > ?" if after is not None else ""),
                (*params, limit),
            )
            .all()
        )
        entries = [(r.entity, uuid.UUID(bytes=bytes(r.entity_id)), decode(r.data)) for r in rows]
        datas = fill_held(session, entries)
    return [
        {
            "device": profile.device_id,
            "hlc": hlc_stamp(row.hlc),
            "actor": row.actor,
            "entity": row.entity,
            "entity_id": str(entity_id),
            "case_id": _id_text(row.case_id),
            "action": row.action,
            "data": data,
            "created_at": from_utc_micros(row.created_at).isoformat(),
        }
        for row, (_entity, entity_id, _raw), data in zip(rows, entries, datas, strict=True)
    ]


def batches(profile: Profile, limit: int = MAX_PUSH_OPS) -> Iterable[list[dict[str, Any]]]:
    """Every pending operation, in push batches: at most `limit` operations and a body
    under the server's limit each. Read lazily: a batch acknowledged meanwhile is not
    read again (the next batch starts after the last stamp handed out)."""
    after = None
    while True:
        ops = pending_ops(profile, limit, after)
        if not ops:
            return
        batch: list[dict[str, Any]] = []
        size = 0
        for op in ops:
            op_size = len(json.dumps(op, ensure_ascii=False).encode())
            if batch and size + op_size > _BODY_BUDGET:
                yield batch
                batch, size = [], 0
            batch.append(op)
            size += op_size
        yield batch
        after = ops[-1]["hlc"]


def mark_pushed(profile: Profile, hlcs: Iterable[str], at: dt.datetime) -> int:
    """Mark this device's operations `hlcs` acknowledged (one write); returns how many
    were still pending."""
    numbers = [hlc_number(h) for h in hlcs]
    if not numbers:
        return 0
    device = device_key(profile.device_id)
    stamp = utc_micros(at)
    with profile.write() as session:
        result = session.connection().exec_driver_sql(
            "UPDATE operations SET pushed_at = ? WHERE device_id = ? AND hlc = ? "
            "AND pushed_at IS NULL",
            [(stamp, device, n) for n in numbers],
        )
        return result.rowcount
