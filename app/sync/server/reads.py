"""Pull and "anything new?": the team's log after a cursor, as JSON text.

The team's `last_version` is read first: every version up to it has committed (they
are allocated under the team lock, held to commit), so the page is read up to it and
never shows a version past a gap. Ops come from one indexed range query per page and
are written as JSON text directly (the stored `data` is already JSON text).
"""

from __future__ import annotations

import json

import sqlalchemy as sa

from app.sync.protocol import PULL_LIMIT
from app.sync.server.schema import notices, ops, teams
from app.sync.server.store import Store

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

_OP_COLUMNS = (
    ops.c.version,
    ops.c.device,
    ops.c.hlc,
    ops.c.actor,
    ops.c.agent,
    ops.c.entity,
    ops.c.entity_id,
    ops.c.case_id,
    ops.c.action,
    ops.c.data,
    ops.c.created_at,
    ops.c.lost,
)
_NOTICE_TEXT = (
    "case_id",
    "entity",
    "entity_id",
    "field",
    "loser_device",
    "loser_actor",
    "loser_hlc",
    "winner_device",
    "winner_actor",
    "winner_hlc",
    "winner_at",
)


def latest_version(connection: sa.Connection, team_id: int) -> int:
    return connection.execute(
        sa.select(teams.c.last_version).where(teams.c.id == team_id)
    ).scalar_one()


def changes(store: Store, team_id: int, after: int) -> dict:
    """{latest, new}: one indexed read, for a client that polls."""
    with store.read() as connection:
        latest = latest_version(connection, team_id)
    return {"latest": latest, "new": latest > after}


def _op_text(row: tuple) -> str:
    version, device, hlc, actor, agent, entity, entity_id, case_id, action, data, at, lost = row
    # device, hlc, entity, entity_id, case_id, action and created_at passed check_op:
    # plain ASCII without quotes or backslashes, safe between quotes as they are.
    case = "null" if case_id is None else f'"{case_id}"'
    return (
        f'{{"version":{version},"device":"{device}","hlc":"{hlc}","actor":{_dumps(actor)},'
        f'"agent":{_dumps(agent)},"entity":"{entity}","entity_id":"{entity_id}",'
        f'"case_id":{case},"action":"{action}","data":{data},"created_at":"{at}",'
        f'"lost":{lost}}}'
    )


def _notice_text(row: sa.Row) -> str:
    parts = [f'"version":{row.version}']
    parts += [f'"{name}":{_dumps(getattr(row, name))}' for name in _NOTICE_TEXT]
    parts.append(f'"loser_value":{row.loser_value}')
    parts.append(f'"winner_value":{row.winner_value}')
    return "{" + ",".join(parts) + "}"


def pull(store: Store, team_id: int, after: int, limit: int = PULL_LIMIT) -> str:
    """The pull answer as JSON text: {epoch, ops, notices, latest, more}."""
    limit = max(1, min(int(limit), PULL_LIMIT))
    after = max(0, int(after))
    with store.read() as connection:
        latest = latest_version(connection, team_id)
        rows = connection.execute(
            sa.select(*_OP_COLUMNS)
            .where(ops.c.team_id == team_id, ops.c.version > after, ops.c.version <= latest)
            .order_by(ops.c.version)
            .limit(limit)
        ).all()
        upper = rows[-1][0] if len(rows) == limit else latest
        notice_rows = connection.execute(
            sa.select(notices)
            .where(
                notices.c.team_id == team_id,
                notices.c.version > after,
                notices.c.version <= upper,
            )
            .order_by(notices.c.version)
        ).all()
    return (
        f'{{"epoch":"{store.epoch}","ops":[{",".join(map(_op_text, rows))}],'
        f'"notices":[{",".join(map(_notice_text, notice_rows))}],'
        f'"latest":{upper},"more":{"true" if upper < latest else "false"}}}'
    )
