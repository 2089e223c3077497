"""Applying one pulled page to the profile, in one write transaction (docs/sync.md "A round",
step 4): the operations join the local log, their winning fields are set on the rows (rows
created when missing), this device's still-pending operations are laid on top where their
stamp beats the pulled winner, lost conflicts become notices, derived fields of the touched
cases are recomputed, and the cursor moves. A failure anywhere rolls all of it back.

Rows are written with Core statements, grouped per table (creates) and per set of columns
(updates): a fresh laptop applies a team's whole history this way.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Boolean, bindparam, select, update

from app.models.entities import (
    Case,
    Customer,
    Evidence,
    Message,
    Operation,
    Order,
    OrderItem,
    ReplyTemplate,
)
from app.models.opdata import ROW_VALUE, encode
from app.models.types import device_key, hlc_number, utc_micros
from app.services.core import settings
from app.services.core.changes import Changes
from app.services.core.oplog import HELD_BY_ROW, note_observed
from app.services.core.profile import Profile
from app.sync import rules
from app.sync.client import derived, search_bulk, state
from app.sync.client.conflicts import Winner, pending_winners, resolve_clash, store_notices
from app.sync.client.fast import StoredRows, checked_op, uuid_bytes, uuid_of
from app.sync.client.lost import LostFields, log_winners, note_lost
from app.sync.client.tags import apply_tags
from app.sync.client.values import BadValue, convert, converters
from app.sync.protocol import ProtocolError

log = logging.getLogger(__name__)

# Entities stored as rows, in the order their creates are inserted (references first).
TABLES = {
    "customer": Customer.__table__,
    "order": Order.__table__,
    "order_item": OrderItem.__table__,
    "case": Case.__table__,
    "message": Message.__table__,
    "evidence": Evidence.__table__,
    "reply_template": ReplyTemplate.__table__,
}
_CONVERTERS = {entity: converters(table) for entity, table in TABLES.items()}
_OPS = Operation.__table__
# Shop settings a pull may set here (the agent's name is each device's own).
_SHOP_SETTINGS = {s.key: s for s in settings.shop_settings() if not s.per_device}


@dataclass(frozen=True)
class PulledOp:
    """One checked operation of a page, with what the server said about it."""

    op: dict[str, Any]
    version: int
    lost: frozenset[str]
    created_at: dt.datetime


@dataclass
class PageResult:
    applied: int = 0
    cursor: int = 0
    notices: list = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    latest_hlc: str | None = None
    unheld: set[uuid.UUID] = field(default_factory=set)  # message rows not inserted


@dataclass
class _RowPlan:
    """What the page sets on one row: field -> (value, stamp), and its create if any."""

    created: bool = False
    fields: dict[str, Winner] = field(default_factory=dict)


def check_page(page: object) -> list[PulledOp]:
    """The page's operations, checked (ProtocolError before anything is written)."""
    if not isinstance(page, dict) or not isinstance(page.get("ops"), list):
        raise ProtocolError("a pull answer must hold a list of operations")
    pulled = []
    for raw in page["ops"]:
        op, created = checked_op(raw)
        version = raw.get("version")
        lost = raw.get("lost") or []
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise ProtocolError("a pulled operation needs its version")
        if not isinstance(lost, list) or not all(isinstance(f, str) for f in lost):
            raise ProtocolError("lost must be a list of field names")
        pulled.append(PulledOp(op, version, frozenset(lost), created.astimezone(dt.UTC)))
    if not isinstance(page.get("notices", []), list):
        raise ProtocolError("notices must be a list")
    return pulled


def apply_page(
    profile: Profile, page: dict[str, Any], *, after_rows: Callable[[], None] | None = None
) -> PageResult:
    """Apply one pull answer; returns what changed. `after_rows` runs inside the
    transaction once the rows are written (tests use it to break in mid-page)."""
    pulled = check_page(page)
    notices = [n for n in page.get("notices", []) if isinstance(n, dict)]
    mine = profile.device_id
    result = PageResult()
    with profile.write() as session:
        connection = session.connection()
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        now = profile.now()
        plans: dict[tuple[str, uuid.UUID], _RowPlan] = {}
        creates: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
        tag_ops: list[PulledOp] = []
        settings_set: dict[str, Any] = {}
        case_times: dict[uuid.UUID, dt.datetime] = {}
        lost_own: LostFields = {}
        for item in pulled:
            op = item.op
            if item.lost and op["device"] == mine:
                note_lost(lost_own, op, item.lost)
            entity, action = op["entity"], op["action"]
            entity_id = uuid_of(op["entity_id"])
            case_id = uuid_of(op["case_id"]) if op["case_id"] else None
            if entity == "case":
                case_id = entity_id
            if case_id is not None:
                before = case_times.get(case_id)
                case_times[case_id] = max(before, item.created_at) if before else item.created_at
            if entity == "case_tag":
                tag_ops.append(item)
                continue
            changes = {
                k: v
                for k, v in rules.field_changes(op).items()
                if k not in item.lost and not rules.is_derived(entity, k)
            }
            if entity == "setting":
                settings_set.update({k: v for k, v in changes.items() if k in _SHOP_SETTINGS})
                continue
            if entity not in TABLES:
                continue  # a newer client's entity: kept in the log, no row here
            plan = plans.setdefault((entity, entity_id), _RowPlan())
            if action == "create" and isinstance(op["data"], dict):
                plan.created = True
                creates[entity, entity_id] = {
                    k: v[1]
                    for k, v in op["data"].items()
                    if isinstance(v, list) and len(v) == 2 and k not in item.lost
                }
            stamp = (op["hlc"], op["device"])
            for name, value in changes.items():
                plan.fields[name] = Winner(value, *stamp)
        _insert_log(connection, pulled, mine, now)
        pending = pending_winners(connection, mine)
        if lost_own:
            _restore_winners(connection, lost_own, pending, plans, tag_ops, settings_set)
        for key, plan in plans.items():
            for name, winner in list(plan.fields.items()):
                own = pending.get((*key, name))
                if own is not None and rules.beats(own.hlc, own.device, winner.hlc, winner.device):
                    plan.fields[name] = own
        with _search_index(connection, plans, creates):
            touched = _write_rows(profile, session, plans, creates, result)
        _keep_bodies(connection, pulled, result.unheld)
        apply_tags(connection, tag_ops, pending)
        _write_settings(profile, session, settings_set)
        result.notices = store_notices(session, notices, mine, pending)
        for notice in result.notices:
            if notice.case_id is not None:
                touched.add(notice.case_id)
        touched |= {uuid_of(i.op["entity_id"]) for i in tag_ops}
        touched |= set(case_times)
        derived.recompute(session, touched, case_times)
        if after_rows is not None:
            after_rows()
        versions = [i.version for i in pulled] + [
            n["version"] for n in notices if isinstance(n.get("version"), int)
        ]
        result.cursor = max([state.cursor(session), *versions])
        state.put(session, state.CURSOR, str(result.cursor))
        if pulled:
            result.latest_hlc = max(i.op["hlc"] for i in pulled)
            profile.ops.clock.observe(result.latest_hlc)
            note_observed(session, result.latest_hlc)
        result.applied = len(pulled)
        result.changes = result.changes | Changes(cases=frozenset(touched))
    return result


def _search_index(connection, plans: dict, creates: dict) -> AbstractContextManager:  # noqa: ANN001
    """Index each case's search document once for a page of many messages (search_bulk)."""
    messages = [eid for (entity, eid) in plans if entity == "message"]
    if len(messages) < search_bulk.THRESHOLD:
        return nullcontext()
    cases = {eid for (entity, eid) in plans if entity == "case"}
    for message_id in messages:
        moved = plans["message", message_id].fields.get("case_id")
        for value in (
            creates.get(("message", message_id), {}).get("case_id"),
            moved and moved.value,
        ):
            if isinstance(value, str):
                try:
                    cases.add(uuid_of(value))
                except ValueError:
                    continue
    return search_bulk.bulk_index(
        connection,
        cases=cases,
        messages=messages,
        customers=[eid for (entity, eid) in plans if entity == "customer"],
        orders=[eid for (entity, eid) in plans if entity == "order"],
    )


def _restore_winners(connection, lost_own, pending, plans, tag_ops, settings_set) -> None:  # noqa: ANN001
    """Put the server's winner back on the fields this device's own operations lost (the
    page's own winner of a field, if any, is already planned; a newer pending write of this
    device stays)."""
    planned_tags = {
        (i.op["entity_id"], name)
        for i in tag_ops
        for name in rules.field_changes(i.op)
        if name not in i.lost
    }
    for (entity, entity_id, name), (winner, made) in log_winners(connection, lost_own).items():
        own = pending.get((entity, entity_id, name))
        if own is not None and rules.beats(own.hlc, own.device, winner.hlc, winner.device):
            continue
        if entity == "case_tag":
            if (str(entity_id), name) in planned_tags:
                continue
            op = {
                "device": winner.device,
                "hlc": winner.hlc,
                "entity": entity,
                "entity_id": str(entity_id),
                "case_id": str(entity_id),
                "action": "add" if winner.value else "remove",
                "data": {"tag": name.removeprefix(rules.TAG_PREFIX)},
            }
            tag_ops.append(PulledOp(op, 0, frozenset(), made))
        elif entity == "setting":
            if name in _SHOP_SETTINGS and name not in settings_set:
                settings_set[name] = winner.value
        elif entity in TABLES:
            plan = plans.setdefault((entity, entity_id), _RowPlan())
            best = plan.fields.get(name)
            if best is None or rules.beats(winner.hlc, winner.device, best.hlc, best.device):
                plan.fields[name] = winner


def _insert_log(connection, pulled: list[PulledOp], mine: str, now: dt.datetime) -> None:  # noqa: ANN001
    """The pulled operations into the local log, acknowledged; an operation already there
    (this device's own, acknowledged late, or one pulled before) is only marked pushed."""
    rows = []
    own = []
    stamp = utc_micros(now)
    for item in pulled:
        op = item.op
        if op["device"] == mine:
            own.append(op["hlc"])
            continue
        # Stored forms straight to the driver: the column types' own processing cost more
        # than the insert itself on a fresh laptop's hundred thousand operations.
        case_id = op["case_id"]
        rows.append(
            (
                hlc_number(op["hlc"]),
                device_key(op["device"]),
                op["actor"],
                op["entity"],
                uuid_bytes(op["entity_id"]),
                uuid_bytes(case_id) if case_id else None,
                op["action"],
                encode(_held_out(op)),
                utc_micros(item.created_at),
                stamp,
            )
        )
    if rows:
        connection.exec_driver_sql(
            "INSERT OR IGNORE INTO operations (hlc, device_id, actor, entity, entity_id, "
            "case_id, action, data, created_at, pushed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    if own:
        connection.execute(
            update(_OPS)
            .where(
                _OPS.c.device_id == bindparam("_device"),
                _OPS.c.hlc == bindparam("_hlc"),
                _OPS.c.pushed_at.is_(None),
            )
            .values(pushed_at=now),
            [{"_device": mine, "_hlc": h} for h in own],
        )


def _keep_bodies(connection, pulled: list[PulledOp], unheld: set[uuid.UUID]) -> None:  # noqa: ANN001
    """A message create whose row was not inserted keeps its body in the log."""
    restore = [
        {"_device": i.op["device"], "_hlc": i.op["hlc"], "data": i.op["data"]}
        for i in pulled
        if i.op["entity"] == "message"
        and i.op["action"] == "create"
        and uuid_of(i.op["entity_id"]) in unheld
    ]
    if restore:
        connection.execute(
            update(_OPS)
            .where(_OPS.c.device_id == bindparam("_device"), _OPS.c.hlc == bindparam("_hlc"))
            .values(data=bindparam("data")),
            restore,
        )


def _held_out(op: dict[str, Any]) -> Any:
    """The data as the log keeps it: a value its row holds for ever (a message's body) is
    not copied when the create carries it (`oplog.HELD_BY_ROW`). A create whose row is not
    inserted here (a mail stored twice) keeps it: `mark_unheld` puts it back."""
    held = HELD_BY_ROW.get(op["entity"], ())
    data = op["data"]
    if op["action"] != "create" or not held or not isinstance(data, dict):
        return data
    return {
        k: [v[0], ROW_VALUE] if k in held and isinstance(v, list) else v for k, v in data.items()
    }


def _row_values(entity: str, values: dict[str, Any]) -> dict[str, Any]:
    convert_of = _CONVERTERS[entity]
    row = {}
    for name, value in values.items():
        if name not in convert_of or name == "id":
            continue
        try:
            row[name] = convert(convert_of, name, value)
        except BadValue as exc:
            log.warning("pulled %s: skipping %s", entity, exc)
    return row


def _write_rows(profile, session, plans, creates, result: PageResult) -> set[uuid.UUID]:  # noqa: ANN001
    """Insert missing rows, update present ones; returns the cases touched."""
    connection = session.connection()
    touched: set[uuid.UUID] = set()
    created_cases: set[uuid.UUID] = set()
    deleted_cases = False
    kinds: dict[str, set[uuid.UUID]] = {"message": set(), "evidence": set(), "customer": set()}
    kinds["order"] = set()
    for entity, table in TABLES.items():
        ids = [eid for (ent, eid) in plans if ent == entity]
        if not ids:
            continue
        present = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            present |= set(
                connection.execute(select(table.c.id).where(table.c.id.in_(chunk))).scalars()
            )
        new_rows = []
        stored = None
        grouped: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for entity_id in ids:
            plan = plans[entity, entity_id]
            values = _row_values(entity, {k: w.value for k, w in plan.fields.items()})
            if entity_id not in present:
                if not plan.created:
                    continue  # its create was never applied here (see resolve_clash)
                full = _row_values(entity, creates[entity, entity_id])
                full.update(values)
                new_rows.append(_complete(table, entity_id, full))
            elif values:
                grouped.setdefault(tuple(sorted(values)), []).append({"_id": entity_id, **values})
            else:
                continue
            if entity in kinds:
                kinds[entity].add(entity_id)
            if entity == "case":
                touched.add(entity_id)
                if entity_id not in present:
                    created_cases.add(entity_id)
                elif "deleted_at" in values:
                    deleted_cases = True
        if new_rows:
            kept = resolve_clash(profile, session, entity, table, new_rows)
            if entity == "message":
                skipped = {r["id"] for r in new_rows} - {r["id"] for r in kept}
                result.unheld |= skipped
                kinds["message"] -= skipped
            if kept:
                stored = stored or StoredRows(table, connection)
                stored.insert(connection, kept)
        for names, rows in grouped.items():
            stored = stored or StoredRows(table, connection)
            stored.update(connection, names, rows)
    result.changes = Changes(
        created_cases=frozenset(created_cases),
        messages=frozenset(kinds["message"]),
        evidence=frozenset(kinds["evidence"]),
        customers=frozenset(kinds["customer"]),
        orders=frozenset(kinds["order"]),
        reload_all=bool(created_cases) or deleted_cases,
    )
    return touched


def _complete(table, entity_id: uuid.UUID, values: dict[str, Any]) -> dict[str, Any]:  # noqa: ANN001
    """Every column of a new row: pulled values, else the column's default, else None
    (executemany needs the same keys in every row)."""
    row = {"id": entity_id}
    for column in table.columns:
        if column.key == "id":
            continue
        if column.key in values:
            row[column.key] = values[column.key]
        elif column.default is not None and column.default.is_scalar:
            row[column.key] = column.default.arg
        elif column.server_default is not None:  # the only ones are zeros: attempts, contact
            row[column.key] = False if isinstance(column.type, Boolean) else 0
        else:
            row[column.key] = None
    return row


def _write_settings(profile: Profile, session, values: dict[str, Any]) -> None:  # noqa: ANN001
    for key, value in values.items():
        setting = _SHOP_SETTINGS[key]
        if setting.type is int:
            try:
                number = int(value)
            except (TypeError, ValueError):
                continue
            low, high = setting.bounds or (number, number)
            if not low <= number <= high:
                continue
            state.put(session, key, str(number))
            if key == settings.EVIDENCE_MAX_MB.key:
                profile.evidence_max_mb = number
        elif value is not None:
            state.put(session, key, str(value))
