"""The sync service's tables (its own MetaData: nothing is shared with app/models).

Versions are per team and allocated from `teams.last_version` under the team row's lock,
so ops and notices become visible in version order (docs/sync.md). Times the server
stamps are integer microseconds since the epoch (UTC); an operation's own `created_at`
is kept as the text the device sent.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

server_meta = sa.Table(
    "server_meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

teams = sa.Table(
    "teams",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(120), nullable=False, unique=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("last_version", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("created_at", sa.BigInteger, nullable=False),
)

agents = sa.Table(
    "agents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("team_id", sa.Integer, sa.ForeignKey("teams.id"), nullable=False),
    sa.Column("name", sa.String(120), nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", sa.BigInteger, nullable=False),
    sa.Column("revoked_at", sa.BigInteger, nullable=True),
    sa.UniqueConstraint("team_id", "name", name="uq_agents_team_name"),
)

ops = sa.Table(
    "ops",
    metadata,
    sa.Column("team_id", sa.Integer, sa.ForeignKey("teams.id"), primary_key=True),
    sa.Column("version", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("device", sa.String(36), nullable=False),
    sa.Column("hlc", sa.String(22), nullable=False),
    sa.Column("actor", sa.String(120), nullable=True),
    sa.Column("agent", sa.String(120), nullable=False),
    sa.Column("entity", sa.String(32), nullable=False),
    sa.Column("entity_id", sa.String(36), nullable=False),
    sa.Column("case_id", sa.String(36), nullable=True),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Column("received_at", sa.BigInteger, nullable=False),
    sa.Column("lost", sa.Text, nullable=False, server_default="[]"),
    sa.UniqueConstraint("team_id", "device", "hlc", name="uq_ops_team_device_hlc"),
)

fields = sa.Table(
    "fields",
    metadata,
    sa.Column("team_id", sa.Integer, sa.ForeignKey("teams.id"), primary_key=True),
    sa.Column("entity", sa.String(32), primary_key=True),
    sa.Column("entity_id", sa.String(36), primary_key=True),
    sa.Column("field", sa.String(200), primary_key=True),
    sa.Column("hlc", sa.String(22), nullable=False),
    sa.Column("device", sa.String(36), nullable=False),
    sa.Column("version", sa.BigInteger, nullable=False),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("actor", sa.String(120), nullable=True),
    sa.Column("created_at", sa.String(40), nullable=False),
)
sa.Index("ix_fields_team_entity_id", fields.c.team_id, fields.c.entity_id)

notices = sa.Table(
    "notices",
    metadata,
    sa.Column("team_id", sa.Integer, sa.ForeignKey("teams.id"), primary_key=True),
    sa.Column("version", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("case_id", sa.String(36), nullable=True),
    sa.Column("entity", sa.String(32), nullable=False),
    sa.Column("entity_id", sa.String(36), nullable=False),
    sa.Column("field", sa.String(200), nullable=False),
    sa.Column("loser_device", sa.String(36), nullable=False),
    sa.Column("loser_actor", sa.String(120), nullable=True),
    sa.Column("loser_value", sa.Text, nullable=False),
    sa.Column("loser_hlc", sa.String(22), nullable=False),
    sa.Column("winner_device", sa.String(36), nullable=False),
    sa.Column("winner_actor", sa.String(120), nullable=True),
    sa.Column("winner_value", sa.Text, nullable=False),
    sa.Column("winner_hlc", sa.String(22), nullable=False),
    sa.Column("winner_at", sa.String(40), nullable=False),
)

blobs = sa.Table(
    "blobs",
    metadata,
    sa.Column("team_id", sa.Integer, sa.ForeignKey("teams.id"), primary_key=True),
    sa.Column("sha256", sa.String(64), primary_key=True),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("complete", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("received_at", sa.BigInteger, nullable=False),
)
