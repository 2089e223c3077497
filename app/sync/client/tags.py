"""Tags of pulled operations: each (case, tag) is its own field, last writer wins."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Connection, bindparam, select

from app.models.entities import Case, CaseTag
from app.sync import rules

_TAGS = CaseTag.__table__
_CASES = Case.__table__


def apply_tags(connection: Connection, tag_ops: list, pending: dict[tuple, Any]) -> None:
    """Set each pulled (case, tag) to its winner: added or removed when the operation was
    made; this device's pending write of the same tag stays where its stamp is newer."""
    winners: dict[tuple[uuid.UUID, str], tuple[bool, Any, str, str]] = {}
    for item in tag_ops:
        op = item.op
        for name, on in rules.field_changes(op).items():
            if name in item.lost:
                continue
            case_id = uuid.UUID(op["entity_id"])
            winners[case_id, name.removeprefix(rules.TAG_PREFIX)] = (
                bool(on),
                item.created_at,
                op["hlc"],
                op["device"],
            )
    if not winners:
        return
    case_ids = list({case_id for case_id, _tag in winners})
    known = set()
    rows: dict[tuple[uuid.UUID, str], Any] = {}
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start : start + 500]
        known |= set(
            connection.execute(select(_CASES.c.id).where(_CASES.c.id.in_(chunk))).scalars()
        )
        for row in connection.execute(select(_TAGS).where(_TAGS.c.case_id.in_(chunk))):
            rows[row.case_id, row.tag] = row
    inserts, adds, removes = [], [], []
    for (case_id, tag), (on, at, hlc, device) in winners.items():
        if case_id not in known:
            continue  # a case this laptop does not hold
        own = pending.get(("case_tag", case_id, rules.TAG_PREFIX + tag))
        if own is not None and rules.beats(own.hlc, own.device, hlc, device):
            continue  # this device's newer add or remove stands (it is pushed next)
        row = rows.get((case_id, tag))
        key = {"_case": case_id, "_tag": tag, "at": at}
        if row is None:
            # A removed winner still gets its row (removed): every replica then holds the
            # same rows whether it pulled the add and the remove in one page or in two.
            removed = None if on else at
            inserts.append({"case_id": case_id, "tag": tag, "added_at": at, "removed_at": removed})
        elif on and row.removed_at is not None:
            adds.append(key)
        elif not on and row.removed_at is None:
            removes.append(key)
    if inserts:
        connection.execute(_TAGS.insert(), inserts)
    where = (_TAGS.c.case_id == bindparam("_case"), _TAGS.c.tag == bindparam("_tag"))
    if adds:
        connection.execute(
            _TAGS.update().where(*where).values(added_at=bindparam("at"), removed_at=None), adds
        )
    if removes:
        connection.execute(_TAGS.update().where(*where).values(removed_at=bindparam("at")), removes)
