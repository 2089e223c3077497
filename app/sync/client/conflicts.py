"""What a pull must reconcile with this laptop: its own pending writes (which win where
their stamp beats the pulled one), the conflicts it lost (notices), and rows two laptops
made twice while apart (the same customer, order, file or mail)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Connection, Table, select, update
from sqlalchemy.orm import Session

from app.models.entities import SyncNotice
from app.models.opdata import RowValue, decode
from app.models.types import device_key, from_utc_micros, hlc_stamp
from app.sync import rules
from app.sync.protocol import parse_time

NOTICE_NAMESPACE = uuid.UUID("5d1f0c3a-8e47-4b6b-9a2e-3c7f1e0d9b42")


class Winner(NamedTuple):
    """A field's value and the stamp of the write that set it."""

    value: Any
    hlc: str
    device: str


@dataclass(frozen=True)
class Notice:
    """A conflict this device lost: its value `mine` of `field` was replaced by `theirs`,
    written by `who` at `at` (a teammate who had not seen this device's write)."""

    id: uuid.UUID
    case_id: uuid.UUID | None
    entity: str
    entity_id: uuid.UUID
    field: str
    mine: Any
    theirs: Any
    who: str | None
    at: dt.datetime | None


def notice_of(row: SyncNotice) -> Notice:
    return Notice(
        row.id, row.case_id, row.entity, row.entity_id, row.field, row.mine, row.theirs,
        row.who, row.at,
    )  # fmt: skip


def pending_winners(connection: Connection, mine: str) -> dict[tuple, Winner]:
    """(entity, entity id, field) -> this device's newest pending write of that field."""
    rows = connection.exec_driver_sql(
        "SELECT hlc, entity, entity_id, action, data, created_at FROM operations "
        "INDEXED BY ix_operations_pending WHERE device_id = ? AND pushed_at IS NULL "
        "ORDER BY hlc",
        (device_key(mine),),
    ).all()
    found: dict[tuple, Winner] = {}
    for hlc, entity, entity_id, action, data, created_at in rows:
        op = {
            "entity": entity,
            "action": action,
            "data": decode(data),
            "created_at": from_utc_micros(created_at).isoformat(),
        }
        key_id = uuid.UUID(bytes=bytes(entity_id))
        for name, value in rules.field_changes(op).items():
            if isinstance(value, RowValue) or rules.is_derived(entity, name):
                continue
            found[entity, key_id, name] = Winner(value, hlc_stamp(hlc), mine)
    return found


def store_notices(
    session: Session, notices: list[dict[str, Any]], mine: str, pending: dict
) -> list[Notice]:
    """Keep the page's notices meant for this device (once each); returns the new ones."""
    del pending  # the loser's own newer writes are pushed and judged by the server
    stored = []
    for raw in notices:
        if raw.get("loser_device") != mine or not isinstance(raw.get("version"), int):
            continue
        try:
            entity_id = uuid.UUID(str(raw["entity_id"]))
            case_id = uuid.UUID(str(raw["case_id"])) if raw.get("case_id") else None
            at = parse_time(raw["winner_at"], "winner_at") if raw.get("winner_at") else None
        except (KeyError, ValueError):
            continue
        field = str(raw.get("field", ""))
        notice_id = uuid.uuid5(NOTICE_NAMESPACE, f"{raw['version']}:{entity_id}:{field}")
        if session.get(SyncNotice, notice_id) is not None:
            continue
        row = SyncNotice(
            id=notice_id,
            case_id=case_id,
            entity=str(raw.get("entity", "")),
            entity_id=entity_id,
            field=field,
            mine=raw.get("loser_value"),
            theirs=raw.get("winner_value"),
            who=raw.get("winner_actor"),
            at=at,
            my_hlc=raw.get("loser_hlc"),
            their_hlc=raw.get("winner_hlc"),
            version=raw["version"],
        )
        session.add(row)
        stored.append(notice_of(row))
    session.flush()
    return stored


# ----------------------------------------------------------------------------- clashes


def _customer_key(row: dict) -> tuple:
    place = row.get("marketplace") or ""
    if row.get("buyer_alias") is not None:
        return ("alias", place, row["buyer_alias"])
    return ("name", place, row.get("name"))


# Each table's rule of one live row per key (the "ux_" indexes of revisions 0005/0006).
_KEYS = {
    "customer": (("name", "buyer_alias", "marketplace"), _customer_key),
    "order": (
        ("marketplace", "external_id"),
        lambda r: (r.get("marketplace"), r.get("external_id")),
    ),
    "evidence": (("case_id", "sha256"), lambda r: (r.get("case_id"), r.get("sha256"))),
    "reply_template": (("key",), lambda r: (r.get("key"),)),
}
_BORN = {"evidence": "added_at"}  # the column a tombstone copies into deleted_at


def resolve_clash(profile, session: Session, entity: str, table: Table, rows: list) -> list:  # noqa: ANN001
    """The new rows that may be inserted, after settling clashes with live rows.

    A message whose mail id a live message here holds already is not inserted (two
    laptops fetched one mailbox: the operation stays in the log). Two live rows with one
    key (the same customer or order typed on two laptops while apart) cannot both stay:
    the older id stays live, the newer one becomes a tombstone, deleted "when it was
    made", logged as a delete so every laptop ends the same whichever pulls first."""
    if entity == "message":
        return _without_known_mail(session, rows)
    if entity not in _KEYS:
        return rows
    columns, key_of = _KEYS[entity]
    connection = session.connection()
    first = columns[1] if entity == "customer" else columns[-1]
    wanted = {r.get(first) for r in rows} | {r.get("name") for r in rows if entity == "customer"}
    live: dict[tuple, dict] = {}
    born = _BORN.get(entity, "created_at")
    query = select(table.c.id, table.c[born], *(table.c[c] for c in columns)).where(
        table.c.deleted_at.is_(None)
    )
    look = table.c[first] if entity != "customer" else table.c.name
    chunks = [v for v in wanted if v is not None]
    for start in range(0, len(chunks), 500):
        filt = look.in_(chunks[start : start + 500])
        if entity == "customer":
            filt = filt | table.c.buyer_alias.in_(chunks[start : start + 500])
        for found in connection.execute(query.where(filt)):
            data = found._asdict()
            live[key_of(data)] = data
    batch_ids = {r["id"] for r in rows}
    kept = []
    for row in rows:
        if row.get("deleted_at") is not None:
            kept.append(row)
            continue
        key = key_of(row)
        other = live.get(key)
        if other is None:
            live[key] = row
        elif row["id"] > other["id"]:
            row["deleted_at"] = row[born]
            _log_tombstone(profile, session, entity, row["id"], row[born], row.get("case_id"))
        else:
            if other["id"] in batch_ids:  # a row of this page, not inserted yet
                other["deleted_at"] = other[born]
            else:
                connection.execute(
                    update(table).where(table.c.id == other["id"]).values(deleted_at=other[born])
                )
            _log_tombstone(profile, session, entity, other["id"], other[born], other.get("case_id"))
            live[key] = row
        kept.append(row)
    return kept


def _log_tombstone(profile, session, entity, entity_id, at, case_id) -> None:  # noqa: ANN001
    profile.ops.record(
        session,
        entity=entity,
        entity_id=entity_id,
        action="delete",
        data={"deleted_at": [None, at]},
        case_id=case_id,
    )


def _without_known_mail(session: Session, rows: list) -> list:
    from app.models.entities import Message

    table = Message.__table__
    ids = [r["mail_id"] for r in rows if r.get("mail_id")]
    taken: dict[str, uuid.UUID] = {}
    for start in range(0, len(ids), 500):
        for mail_id, row_id in session.connection().execute(
            select(table.c.mail_id, table.c.id).where(
                table.c.mail_id.in_(ids[start : start + 500]), table.c.deleted_at.is_(None)
            )
        ):
            taken[mail_id] = row_id
    kept = []
    for row in rows:
        mail_id = row.get("mail_id")
        if mail_id and taken.get(mail_id, row["id"]) != row["id"]:
            # Two laptops fetched one mailbox: the mail is here already under another id.
            # Its operation stays in the log (with its body); no second row.
            continue
        if mail_id:
            taken[mail_id] = row["id"]
        kept.append(row)
    return kept
