"""The sync service's first schema: meta (epoch), teams, agents, ops, fields, notices, blobs.

Revision ID: s0001
Revises:
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    meta = op.create_table(
        "server_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "teams",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(120), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("last_version", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("created_at", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "agents",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("team_id", sa.Integer, sa.ForeignKey("teams.id"), nullable=False),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.Column("revoked_at", sa.BigInteger, nullable=True),
        sa.UniqueConstraint("team_id", "name", name="uq_agents_team_name"),
    )
    op.create_table(
        "ops",
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
    op.create_table(
        "fields",
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
    op.create_index("ix_fields_team_entity_id", "fields", ["team_id", "entity_id"])
    op.create_table(
        "notices",
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
    op.create_table(
        "blobs",
        sa.Column("team_id", sa.Integer, sa.ForeignKey("teams.id"), primary_key=True),
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("complete", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("received_at", sa.BigInteger, nullable=False),
    )
    # The epoch names this database: a client that sees another one pulls all again.
    op.bulk_insert(meta, [{"key": "epoch", "value": str(uuid.uuid4())}])


def downgrade() -> None:
    for table in ("blobs", "notices", "fields", "ops", "agents", "teams", "server_meta"):
        op.drop_table(table)
