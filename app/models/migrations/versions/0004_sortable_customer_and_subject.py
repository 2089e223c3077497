"""The customer's name on each case, and indexes to sort the inbox by customer or subject.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Sorting the open inbox by customer joined every open case to its customer
and sorted them all: 4.7 s on a million cases. The name now lives on the
case too (triggers keep it in step with the customer), and (customer_name,
updated_at) and (subject, updated_at) indexes deliver those sorts in order.
"""

from __future__ import annotations

from alembic import op

from app.models.migrations import repair

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TRIGGERS = [
    """CREATE TRIGGER cases_customer_name_ai AFTER INSERT ON cases
    WHEN new.customer_id IS NOT NULL BEGIN
        UPDATE cases SET customer_name = (SELECT name FROM customers WHERE id = new.customer_id)
        WHERE rowid = new.rowid;
    END""",
    """CREATE TRIGGER cases_customer_name_au AFTER UPDATE OF customer_id ON cases BEGIN
        UPDATE cases SET customer_name = (SELECT name FROM customers WHERE id = new.customer_id)
        WHERE rowid = new.rowid;
    END""",
    """CREATE TRIGGER customers_name_au AFTER UPDATE OF name ON customers BEGIN
        UPDATE cases SET customer_name = new.name WHERE customer_id = new.id;
    END""",
]


def upgrade() -> None:
    repair.add_column("cases", "customer_name VARCHAR(200)")
    op.execute(
        "UPDATE cases SET customer_name = "
        "(SELECT name FROM customers WHERE customers.id = cases.customer_id) "
        "WHERE customer_id IS NOT NULL"
    )
    op.create_index(
        "ix_cases_customer_name", "cases", ["customer_name", "updated_at"], if_not_exists=True
    )
    op.create_index("ix_cases_subject", "cases", ["subject", "updated_at"], if_not_exists=True)
    for statement in TRIGGERS:
        repair.execute(statement)


def downgrade() -> None:
    for name in ("customers_name_au", "cases_customer_name_au", "cases_customer_name_ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_cases_subject", table_name="cases")
    op.drop_index("ix_cases_customer_name", table_name="cases")
    op.execute("ALTER TABLE cases DROP COLUMN customer_name")
