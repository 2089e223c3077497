"""Accounts: teams, agents, roles and tokens (docs/sync.md, "Accounts").

A token is 32 random bytes (URL-safe base64), returned once by `add_agent`; the
database keeps only its SHA-256. A team's kind is `shop` or `training`; a trainer
belongs to a training team only.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from dataclasses import dataclass

import sqlalchemy as sa

from app.errors import UserError
from app.sync.protocol import ROLES
from app.sync.server.schema import agents, teams
from app.sync.server.store import Store, micros_text, now_micros

MAX_NAME = 120


class AccountError(UserError):
    """An account change that cannot be made (bad name, unknown agent, wrong team kind)."""


@dataclass(frozen=True)
class Account:
    """An agent and the team it belongs to, as a token proves it."""

    agent_id: int
    name: str
    role: str
    team_id: int
    team: str
    team_kind: str

    @property
    def may_use_team(self) -> bool:
        """A trainer may touch a training team only (a real shop's data is not for demos)."""
        return self.role != "trainer" or self.team_kind == "training"


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def clean_name(text: str, what: str) -> str:
    name = " ".join(text.split())
    if not name or len(name) > MAX_NAME:
        raise AccountError(f"{what} must be 1 to {MAX_NAME} characters")
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        raise AccountError(f"{what} must not contain control characters")
    return name


def _team(connection: sa.Connection, name: str) -> sa.Row | None:
    return connection.execute(sa.select(teams).where(teams.c.name == name)).first()


def add_agent(
    store: Store, name: str, team: str, role: str = "agent", *, training: bool = False
) -> tuple[Account, str]:
    """A new agent of `team` (made if missing: a training team when `training` or when its
    first agent is a trainer) and its token, which is not kept anywhere."""
    name, team = clean_name(name, "an agent's name"), clean_name(team, "a team's name")
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    token = new_token()
    with store.write() as connection:
        row = _team(connection, team)
        if row is None:
            kind = "training" if training or role == "trainer" else "shop"
            team_id = connection.execute(
                teams.insert().values(name=team, kind=kind, last_version=0, created_at=now_micros())
            ).inserted_primary_key[0]
        else:
            team_id, kind = row.id, row.kind
            if training and kind != "training":
                raise AccountError(f"team {team!r} is a shop team, not a training team")
        if role == "trainer" and kind != "training":
            raise AccountError(
                f"a trainer belongs to a training team only; {team!r} is a shop team"
            )
        taken = connection.execute(
            sa.select(agents.c.revoked_at).where(agents.c.team_id == team_id, agents.c.name == name)
        ).first()
        if taken is not None:
            state = "a revoked agent" if taken.revoked_at is not None else "an agent"
            raise AccountError(f"team {team!r} already has {state} named {name!r}")
        agent_id = connection.execute(
            agents.insert().values(
                team_id=team_id,
                name=name,
                role=role,
                token_hash=token_hash(token),
                created_at=now_micros(),
            )
        ).inserted_primary_key[0]
    return Account(agent_id, name, role, team_id, team, kind), token


def revoke_agent(store: Store, name: str, team: str | None = None) -> Account:
    """Revoke `name`'s token (its operations stay); AccountError when it names no live
    agent, or several (then the team must be given)."""
    query = (
        sa.select(agents, teams.c.name.label("team"), teams.c.kind)
        .join(teams, teams.c.id == agents.c.team_id)
        .where(agents.c.name == " ".join(name.split()), agents.c.revoked_at.is_(None))
    )
    if team is not None:
        query = query.where(teams.c.name == " ".join(team.split()))
    with store.write() as connection:
        rows = connection.execute(query).all()
        if not rows:
            where = f" in team {team!r}" if team else ""
            raise AccountError(f"no live agent named {name!r}{where}")
        if len(rows) > 1:
            raise AccountError(f"agents named {name!r} are in several teams: add --team")
        row = rows[0]
        connection.execute(
            agents.update().where(agents.c.id == row.id).values(revoked_at=now_micros())
        )
    return Account(row.id, row.name, row.role, row.team_id, row.team, row.kind)


def list_agents(store: Store, team: str | None = None) -> list[dict]:
    """Every agent (revoked ones too), by team and name, as JSON-ready dicts."""
    query = (
        sa.select(agents, teams.c.name.label("team"), teams.c.kind)
        .join(teams, teams.c.id == agents.c.team_id)
        .order_by(teams.c.name, agents.c.name)
    )
    if team is not None:
        query = query.where(teams.c.name == " ".join(team.split()))
    with store.read() as connection:
        rows = connection.execute(query).all()
    return [
        {
            "agent": row.name,
            "team": row.team,
            "team_kind": row.kind,
            "role": row.role,
            "created_at": micros_text(row.created_at),
            "revoked_at": micros_text(row.revoked_at),
        }
        for row in rows
    ]


def authenticate(store: Store, token: str) -> Account | None:
    """The live account `token` belongs to; None for an unknown or revoked token."""
    with store.read() as connection:
        row = connection.execute(
            sa.select(agents, teams.c.name.label("team"), teams.c.kind)
            .join(teams, teams.c.id == agents.c.team_id)
            .where(agents.c.token_hash == token_hash(token), agents.c.revoked_at.is_(None))
        ).first()
    if row is None:
        return None
    return Account(row.id, row.name, row.role, row.team_id, row.team, row.kind)


def team_agents(store: Store, team_id: int) -> list[dict]:
    """The team's live accounts: [{name, role}]."""
    with store.read() as connection:
        rows = connection.execute(
            sa.select(agents.c.name, agents.c.role)
            .where(agents.c.team_id == team_id, agents.c.revoked_at.is_(None))
            .order_by(agents.c.name)
        ).all()
    return [{"name": row.name, "role": row.role} for row in rows]
