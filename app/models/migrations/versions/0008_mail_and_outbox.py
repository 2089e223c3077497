"""Mail: messages know their mail headers, replies wait in an outbox, contacts are logged.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

Columns on `messages`:
- `mail_id`: the RFC 5322 Message-ID (with its angle brackets) of a message that came
  or went by mail; one live row per id (`ux_messages_mail_id`), so fetching or
  importing the same mail again never makes a second message. A mail without a
  Message-ID gets one made from the SHA-256 of its bytes.
- `mail_refs`: the References chain (space-separated ids) it answered, for threading
  and for the References header of a reply.
- `subject`, `mail_address` (the other party: the sender of an inbound mail, the
  recipient of a reply), `raw_sha256` (the whole message as received, a blob), and
  `mail_flags` (what parsing noticed: an unknown charset, HTML turned into text,
  quoted text cut...).
- The outbox: `send_after` (the end of the undo window), `attempts`,
  `next_attempt_at`, `failure` (the server's words when it failed).
- The contact log: `contact` marks a phone call, chat, call-back or social contact an
  agent recorded (never sent, never a mail); `minutes` its duration.

`mail_folders` is this device's fetch cursor per account and folder (UIDVALIDITY and
the highest UID stored): the device's own state, like the window geometry, never
logged or synced.

Replies stored as "queued" before this revision never left the laptop (there was no
way to send them): they become drafts, and the cases' last reply time is recomputed
from replies really sent, so the 24-hour clock tells the truth. A note in `meta` has the
first writable open recompute those cases' clocks (`app.services.deadlines.recheck`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

MAIL_ID_INDEX = (
    "CREATE UNIQUE INDEX IF NOT EXISTS ux_messages_mail_id ON messages (mail_id) "
    "WHERE mail_id IS NOT NULL"
)
OUTBOX_INDEX = (
    "CREATE INDEX IF NOT EXISTS ix_messages_outbox ON messages (outbound_state, send_after) "
    "WHERE outbound_state IN ('queued', 'sending', 'failed')"
)


def upgrade() -> None:
    with op.batch_alter_table("messages", recreate="never") as batch:
        batch.add_column(sa.Column("mail_id", sa.String(998), nullable=True))
        batch.add_column(sa.Column("mail_refs", sa.Text(), nullable=True))
        batch.add_column(sa.Column("subject", sa.String(998), nullable=True))
        batch.add_column(sa.Column("mail_address", sa.String(320), nullable=True))
        batch.add_column(sa.Column("raw_sha256", sa.String(64), nullable=True))
        batch.add_column(sa.Column("mail_flags", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("send_after", sa.BigInteger(), nullable=True))
        batch.add_column(
            sa.Column("attempts", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
        batch.add_column(sa.Column("next_attempt_at", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("failure", sa.Text(), nullable=True))
        batch.add_column(
            sa.Column("contact", sa.Boolean(), nullable=False, server_default=sa.text("0"))
        )
        batch.add_column(sa.Column("minutes", sa.Integer(), nullable=True))
    op.execute(MAIL_ID_INDEX)
    op.execute(OUTBOX_INDEX)
    op.create_table(
        "mail_folders",
        sa.Column("account", sa.String(320), nullable=False),
        sa.Column("folder", sa.String(500), nullable=False),
        sa.Column("uidvalidity", sa.BigInteger(), nullable=True),
        sa.Column("last_uid", sa.BigInteger(), nullable=False, server_default=sa.text("0")),
        sa.Column("fetched_at", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("account", "folder"),
    )
    op.execute(
        "INSERT OR REPLACE INTO meta (key, value) SELECT 'upgrade.recheck_unsent_replies', '1' "
        "WHERE EXISTS (SELECT 1 FROM messages WHERE direction = 'outbound' "
        "AND outbound_state = 'queued')"
    )
    op.execute(
        "UPDATE messages SET outbound_state = 'draft' "
        "WHERE direction = 'outbound' AND outbound_state = 'queued'"
    )
    op.execute(
        "UPDATE cases SET last_outbound_at = (SELECT max(coalesce(m.sent_at, m.created_at)) "
        "FROM messages m WHERE m.case_id = cases.id AND m.direction = 'outbound' "
        "AND m.outbound_state = 'sent' AND m.deleted_at IS NULL) "
        "WHERE last_outbound_at IS NOT NULL"
    )


def downgrade() -> None:
    op.drop_table("mail_folders")
    op.execute("DROP INDEX IF EXISTS ix_messages_outbox")
    op.execute("DROP INDEX IF EXISTS ux_messages_mail_id")
    with op.batch_alter_table("messages", recreate="never") as batch:
        for name in (
            "minutes", "contact", "failure", "next_attempt_at", "attempts", "send_after",
            "mail_flags", "raw_sha256", "mail_address", "subject", "mail_refs", "mail_id",
        ):  # fmt: skip
            batch.drop_column(name)
