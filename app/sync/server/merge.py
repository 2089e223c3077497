"""Push: the merge of one device's operations into the team's log (docs/sync.md).

One transaction per push. The team row is locked first (`SELECT ... FOR UPDATE` on
PostgreSQL; the write lock of BEGIN IMMEDIATE on SQLite) and versions are taken from
`teams.last_version` while it is held, so versions commit in order and a pull after V
never skips a late commit. Each new operation gets the next version; each field it sets
is compared with the stored winner by `rules.beats` (FIRST_WINS fields: the first writer
keeps it). A repeated (device, hlc) is acknowledged with what it got the first time.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from app.sync import rules
from app.sync.server.schema import blobs, fields, notices, ops, teams
from app.sync.server.store import Store, now_micros

CHUNK = 500  # ids in one IN (...) list


def json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class MissingBlobs(Exception):  # noqa: N818 - an answer (409), not a bug
    """The push names blobs the team does not hold complete; nothing was stored."""

    def __init__(self, missing: Sequence[str]) -> None:
        super().__init__(f"{len(missing)} blob(s) missing")
        self.missing = list(missing)


@dataclass(frozen=True)
class PushResult:
    acked: list[dict]  # {hlc, version, lost}
    latest: int


class LockedVersions:
    """Versions from `teams.last_version`, taken under the team row's lock held to commit."""

    def __init__(self, connection: sa.Connection, team_id: int) -> None:
        self.connection, self.team_id = connection, team_id
        self.last = connection.execute(
            sa.select(teams.c.last_version).where(teams.c.id == team_id).with_for_update()
        ).scalar_one()
        self.first = self.last + 1

    def next(self) -> int:
        self.last += 1
        return self.last

    def finish(self) -> int:
        """Record the versions taken; the team's latest version."""
        if self.last >= self.first:
            self.connection.execute(
                teams.update().where(teams.c.id == self.team_id).values(last_version=self.last)
            )
        return self.last


Allocator = Callable[[sa.Connection, int], Any]  # (connection, team id) -> LockedVersions-like


@dataclass
class _Winner:
    hlc: str
    device: str
    version: int
    value: str  # JSON text
    actor: str | None
    created_at: str
    stored: bool  # a row exists (update) or not yet (insert)
    dirty: bool = False


@dataclass
class _Batch:
    """What one push writes, gathered before a few executemany statements."""

    op_rows: list[dict] = field(default_factory=list)
    notice_rows: list[dict] = field(default_factory=list)
    acked: list[dict] = field(default_factory=list)


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _known(connection: sa.Connection, team_id: int, device: str, hlcs: list[str]) -> dict:
    """{hlc: (version, lost)} of this device's operations the team already holds."""
    known = {}
    for part in _chunks(hlcs):
        rows = connection.execute(
            sa.select(ops.c.hlc, ops.c.version, ops.c.lost).where(
                ops.c.team_id == team_id, ops.c.device == device, ops.c.hlc.in_(part)
            )
        )
        known.update({row.hlc: (row.version, json.loads(row.lost)) for row in rows})
    return known


def missing_blobs(connection: sa.Connection, team_id: int, refs: set[str]) -> list[str]:
    held: set[str] = set()
    wanted = sorted(refs)
    for part in _chunks(wanted):
        held.update(
            connection.execute(
                sa.select(blobs.c.sha256).where(
                    blobs.c.team_id == team_id, blobs.c.complete.is_(True), blobs.c.sha256.in_(part)
                )
            ).scalars()
        )
    return [sha for sha in wanted if sha not in held]


def _winners(connection: sa.Connection, team_id: int, entity_ids: set[str]) -> dict:
    """{(entity, entity_id, field): _Winner} of every field of the given entities."""
    winners = {}
    for part in _chunks(sorted(entity_ids)):
        rows = connection.execute(
            sa.select(fields).where(fields.c.team_id == team_id, fields.c.entity_id.in_(part))
        )
        for row in rows:
            winners[(row.entity, row.entity_id, row.field)] = _Winner(
                row.hlc, row.device, row.version, row.value, row.actor, row.created_at, True
            )
    return winners


def _notice(
    team_id: int, version: int, op: dict, name: str, loser: _Winner, winner: _Winner
) -> dict:
    return {
        "team_id": team_id,
        "version": version,
        "case_id": op["case_id"],
        "entity": op["entity"],
        "entity_id": op["entity_id"],
        "field": name,
        "loser_device": loser.device,
        "loser_actor": loser.actor,
        "loser_value": loser.value,
        "loser_hlc": loser.hlc,
        "winner_device": winner.device,
        "winner_actor": winner.actor,
        "winner_value": winner.value,
        "winner_hlc": winner.hlc,
        "winner_at": winner.created_at,
    }


def _is_noticed(entity: str, name: str) -> bool:
    """Whether losing this field is worth telling: not derived fields (each laptop
    recomputes them), tags (they merge per tag) or first-wins claims."""
    return not (
        rules.is_derived(entity, name)
        or name.startswith(rules.TAG_PREFIX)
        or (entity, name) in rules.FIRST_WINS
    )


def _merge_op(
    op: dict,
    versions: Any,
    winners: dict,
    seen: int,
    team_id: int,
    batch: _Batch,
    owner: bool,
) -> tuple[int, list[str]]:
    """Give `op` its version, settle each field it sets; (version, lost fields)."""
    version = versions.next()
    device, entity, entity_id = op["device"], op["entity"], op["entity_id"]
    lost: list[str] = []
    if not owner and rules.owner_only(op):
        return version, sorted(rules.field_changes(op))  # kept for the history, applied nowhere
    for name, value in rules.field_changes(op).items():
        key = (entity, entity_id, name)
        current = winners.get(key)
        incoming = _Winner(
            op["hlc"], device, version, json_text(value), op["actor"], op["created_at"], False
        )
        if current is None:
            incoming.dirty = True
            winners[key] = incoming
            continue
        other_device = current.device != device
        if (entity, name) in rules.FIRST_WINS and other_device:
            wins = False
        else:
            wins = rules.beats(op["hlc"], device, current.hlc, current.device)
        noticed = other_device and _is_noticed(entity, name)
        if wins:
            incoming.stored, incoming.dirty = current.stored, True
            winners[key] = incoming
            if noticed and current.version > seen:
                batch.notice_rows.append(
                    _notice(team_id, versions.next(), op, name, current, incoming)
                )
        else:
            lost.append(name)
            if noticed:
                batch.notice_rows.append(
                    _notice(team_id, versions.next(), op, name, incoming, current)
                )
    return version, lost


def push(
    store: Store,
    team_id: int,
    agent: str,
    device: str,
    seen: int,
    operations: Sequence[dict],
    *,
    allocator: Allocator = LockedVersions,
    before_commit: Callable[[sa.Connection], None] | None = None,
    role: str = "agent",
) -> PushResult:
    """Store `operations` (checked by protocol.check_op, all of `device`) in one
    transaction. MissingBlobs (nothing stored) when they name a blob the team lacks.

    `role` is the pusher's: only an owner's operations set owner-only fields
    (rules.owner_only). `allocator` and `before_commit` exist for the commit-order test
    (a naive allocator, a slow commit); the service always uses the locked one."""
    received = now_micros()
    with store.write() as connection:
        versions = allocator(connection, team_id)
        known = _known(connection, team_id, device, [op["hlc"] for op in operations])
        fresh: list[dict] = []
        for op in operations:
            if op["hlc"] not in known:
                known[op["hlc"]] = None  # a repeat inside this push is acked with the first
                fresh.append(op)
        refs = {sha for op in fresh for sha in rules.blob_refs(op)}
        absent = missing_blobs(connection, team_id, refs) if refs else []
        if absent:
            raise MissingBlobs(absent)
        winners = _winners(connection, team_id, {op["entity_id"] for op in fresh})
        batch = _Batch()
        for op in fresh:
            version, lost = _merge_op(op, versions, winners, seen, team_id, batch, role == "owner")
            known[op["hlc"]] = (version, lost)
            batch.op_rows.append(
                {
                    "team_id": team_id,
                    "version": version,
                    "device": device,
                    "hlc": op["hlc"],
                    "actor": op["actor"],
                    "agent": agent,
                    "entity": op["entity"],
                    "entity_id": op["entity_id"],
                    "case_id": op["case_id"],
                    "action": op["action"],
                    "data": json_text(op["data"]),
                    "created_at": op["created_at"],
                    "received_at": received,
                    "lost": json_text(lost),
                }
            )
        _write(connection, team_id, batch, winners)
        latest = versions.finish()
        if before_commit is not None:
            before_commit(connection)
    acked = []
    for op in operations:
        version, lost = known[op["hlc"]]
        acked.append({"hlc": op["hlc"], "version": version, "lost": lost})
    return PushResult(acked, latest)


def _write(connection: sa.Connection, team_id: int, batch: _Batch, winners: dict) -> None:
    # executemany: psycopg 3 pipelines the rows, SQLite runs them in-process.
    if batch.op_rows:
        connection.execute(ops.insert(), batch.op_rows)
    if batch.notice_rows:
        connection.execute(notices.insert(), batch.notice_rows)
    rows = [
        {
            "team_id": team_id,
            "entity": entity,
            "entity_id": entity_id,
            "field": name,
            "hlc": winner.hlc,
            "device": winner.device,
            "version": winner.version,
            "value": winner.value,
            "actor": winner.actor,
            "created_at": winner.created_at,
        }
        for (entity, entity_id, name), winner in winners.items()
        if winner.dirty
    ]
    if rows:  # new winners and replaced ones alike, by upsert
        connection.execute(_upsert(connection.dialect.name), rows)


def _upsert(dialect: str) -> sa.Insert:
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(fields)
    return statement.on_conflict_do_update(
        index_elements=[fields.c.team_id, fields.c.entity, fields.c.entity_id, fields.c.field],
        set_={name: statement.excluded[name] for name in _WINNER_COLUMNS},
    )


_WINNER_COLUMNS = ("hlc", "device", "version", "value", "actor", "created_at")
