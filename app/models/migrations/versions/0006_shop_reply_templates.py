"""The shop's reply templates become shop data: a `reply_templates` table.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-10

Until now the shop's own templates were files in the profile's `replies/`
folder, written and removed without an operation: sync could never carry
them and the history did not show them. They are rows now, written only
through `Profile.write()` with operations, and deleted by a tombstone
(`deleted_at`). One live template per key (a partial unique index, written
by hand like 0005's); the library's templates stay files in the package.

Moving the files in needs what a migration does not have (the profile's
folder, its agent and its clock for the operations), so it is not done here:
on the first writable open after this upgrade `Profile.open` imports them
(`app.services.replies.shop.import_template_files`), each once, as operations
by the profile's agent, and moves each file aside to `replies.imported/`.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Partial index, written by hand (migrations/env.py leaves "ux_" alone).
LIVE_KEY_INDEX = (
    "CREATE UNIQUE INDEX IF NOT EXISTS ux_reply_templates_key ON reply_templates (key) "
    "WHERE deleted_at IS NULL"
)


def upgrade() -> None:
    op.create_table(
        "reply_templates",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("deleted_at", sa.String(length=27), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("reply_templates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reply_templates_key"), ["key"], unique=False)
    op.execute(LIVE_KEY_INDEX)


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ux_reply_templates_key")
    with op.batch_alter_table("reply_templates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reply_templates_key"))
    op.drop_table("reply_templates")
