"""Team sync, client side: the pending operations found by an index, lost conflicts kept.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04

- `ix_operations_pending`: this device's operations the server has not acknowledged yet
  (`pushed_at IS NULL`), in stamp order: what a sync round pushes, and the "12 changes
  waiting" count, read without walking the log. The 0001 index `ix_operations_unpushed`
  did not survive the 0007 rewrite; it is dropped here in case a profile still has it.
- `sync_notices`: the conflicts this device lost (a teammate's value replaced one written
  here while the two did not see each other), shown in the case until the agent reapplies
  theirs or dismisses it. Device state like `mail_folders`: never logged, never synced.

The sync settings of this device (server, epoch, cursor, team, agent, role, last sync)
are rows of `meta`, which needs no change.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

PENDING_INDEX = (
    "CREATE INDEX IF NOT EXISTS ix_operations_pending ON operations (device_id, hlc) "
    "WHERE pushed_at IS NULL"
)


def upgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_operations_unpushed")
    op.execute(PENDING_INDEX)
    op.create_table(
        "sync_notices",
        sa.Column("id", sa.LargeBinary(16), nullable=False),
        sa.Column("case_id", sa.LargeBinary(16), nullable=True),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.LargeBinary(16), nullable=False),
        sa.Column("field", sa.String(200), nullable=False),
        sa.Column("mine", sa.JSON(), nullable=True),
        sa.Column("theirs", sa.JSON(), nullable=True),
        sa.Column("who", sa.String(120), nullable=True),
        sa.Column("at", sa.BigInteger(), nullable=True),
        sa.Column("my_hlc", sa.String(22), nullable=True),
        sa.Column("their_hlc", sa.String(22), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("resolved_at", sa.BigInteger(), nullable=True),
        sa.Column("resolution", sa.String(16), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sync_notices_case", "sync_notices", ["case_id", "resolved_at"])


def downgrade() -> None:
    op.drop_index("ix_sync_notices_case", table_name="sync_notices")
    op.drop_table("sync_notices")
    op.execute("DROP INDEX IF EXISTS ix_operations_pending")
