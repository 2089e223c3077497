"""Clocks and escalation: the order signals that start them, manual escalation, the next deadline.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

Orders record when the buyer asked to return, filed an A-to-z claim, raised a
chargeback or left negative feedback. Cases keep an agent's own escalation
(level, reason, target) apart from the computed one, and the nearest
deadline of their running clocks (`due_at`, `due_kind`) for the inbox's Due
column and its Overdue / Due today views. Existing cases get their reply
deadline from their last unanswered buyer message; a case escalated by hand
before keeps that as its manual escalation.
"""

from __future__ import annotations

from alembic import op

from app.models.migrations import repair

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


# Plain ALTER TABLE, not Alembic's batch mode: rebuilding `cases` by copy would
# break the search triggers that refer to it. SQLite adds and drops columns itself.
ADDED = {
    "orders": [
        "return_requested_at VARCHAR(27)",
        "a_to_z_claim_at VARCHAR(27)",
        "chargeback_at VARCHAR(27)",
        "negative_feedback_at VARCHAR(27)",
    ],
    "cases": [
        "manual_escalation_level INTEGER NOT NULL DEFAULT 0",
        "manual_escalation_reason TEXT",
        "manual_escalation_target VARCHAR(32)",
        "due_at VARCHAR(27)",
        "due_kind VARCHAR(32)",
    ],
}


def upgrade() -> None:
    for table, columns in ADDED.items():
        for column in columns:
            repair.add_column(table, column)
    op.create_index("ix_cases_due", "cases", ["due_at"], unique=False, if_not_exists=True)
    # Escalations set before this revision were an agent's (or the demo's) own.
    op.execute(
        "UPDATE cases SET manual_escalation_level = escalation_level, "
        "manual_escalation_reason = escalation_reason WHERE escalation_level > 0"
    )
    # The reply clock of open cases whose last buyer message is unanswered: 24 hours.
    op.execute(
        "UPDATE cases SET due_kind = 'reply', due_at = "
        "strftime('%Y-%m-%dT%H:%M:%S', last_inbound_at, '+24 hours') || "
        "substr(last_inbound_at, 20) "
        "WHERE last_inbound_at IS NOT NULL "
        "AND (last_outbound_at IS NULL OR last_outbound_at < last_inbound_at) "
        "AND status IN ('new', 'open', 'waiting_customer', 'waiting_third_party')"
    )


def downgrade() -> None:
    op.drop_index("ix_cases_due", table_name="cases")
    for table, columns in ADDED.items():
        for column in reversed(columns):
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column.split()[0]}")
