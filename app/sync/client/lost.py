"""This device's operations that come back from the server with lost fields: the row still
holds the value this device wrote, but the server kept another write's. Apply puts the
server's winner back (unless a newer own write is still pending, which is pushed next):
the newest write of the field in the local log, which after the page's insert holds every
operation the server had when it judged this one (the winner was pushed before it)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Connection

from app.models.opdata import RowValue, decode
from app.models.types import device_text, from_utc_micros, hlc_stamp
from app.sync import rules
from app.sync.client.conflicts import Winner

# (entity, entity id) -> (case id or None, the lost fields)
LostFields = dict[tuple[str, uuid.UUID], tuple[uuid.UUID | None, set[str]]]


def note_lost(found: LostFields, op: dict[str, Any], lost: frozenset[str]) -> None:
    """Remember the lost fields of this device's pulled `op` (derived ones are recomputed)."""
    entity = op["entity"]
    names = {n for n in lost if not rules.is_derived(entity, n)}
    if not names:
        return
    entity_id = uuid.UUID(op["entity_id"])
    case_id = entity_id if entity == "case" else (op["case_id"] and uuid.UUID(op["case_id"]))
    _case, held = found.setdefault((entity, entity_id), (case_id, set()))
    held.update(names)


def log_winners(
    connection: Connection, found: LostFields
) -> dict[tuple, tuple[Winner, dt.datetime]]:
    """(entity, entity id, field) -> the newest write of each lost field in the local log,
    and when that operation was made."""
    winners: dict[tuple, tuple[Winner, dt.datetime]] = {}
    for (entity, entity_id), (case_id, names) in found.items():
        if case_id is not None:
            rows = connection.exec_driver_sql(
                "SELECT hlc, device_id, action, data, created_at FROM operations "
                "WHERE case_id = ? AND entity = ? AND entity_id = ?",
                (case_id.bytes, entity, entity_id.bytes),
            )
        else:
            rows = connection.exec_driver_sql(
                "SELECT hlc, device_id, action, data, created_at FROM operations "
                "WHERE entity = ? AND entity_id = ?",
                (entity, entity_id.bytes),
            )
        for hlc, device, action, data, created_at in rows:
            made = from_utc_micros(created_at)
            op = {
                "entity": entity,
                "action": action,
                "data": decode(data),
                "created_at": made.isoformat(),
            }
            stamp = (hlc_stamp(hlc), device_text(device))
            for name, value in rules.field_changes(op).items():
                if name not in names or isinstance(value, RowValue):
                    continue
                best = winners.get((entity, entity_id, name))
                if best is None or rules.beats(*stamp, best[0].hlc, best[0].device):
                    winners[entity, entity_id, name] = (Winner(value, *stamp), made)
    return winners
