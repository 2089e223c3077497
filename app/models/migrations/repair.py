"""Helpers that let a migration run again over what an older version left half-done.

Before schema changes were one transaction, a crash during an upgrade could
leave some of a revision's columns, indexes or triggers in place while the
stamp still named the revision before. Revisions written before then use
these helpers, so upgrading such a profile finishes the job instead of
failing on "duplicate column name".
"""

from __future__ import annotations

import re

from alembic import op


def columns(table: str) -> set[str]:
    return {row[1] for row in op.get_bind().exec_driver_sql(f'PRAGMA table_info("{table}")')}


def add_column(table: str, column_sql: str) -> None:
    """ALTER TABLE ... ADD COLUMN, unless the column is there already."""
    if column_sql.split()[0] not in columns(table):
        op.execute(f"ALTER TABLE {table} ADD COLUMN {column_sql}")


def drop_column(table: str, name: str) -> None:
    if name in columns(table):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {name}")


_CREATE = re.compile(r"^\s*CREATE\s+(TRIGGER|INDEX|VIRTUAL\s+TABLE)\s+(?!IF\s+NOT\s+EXISTS)", re.I)


def execute(statement: str) -> None:
    """Run a statement; CREATE TRIGGER / INDEX / VIRTUAL TABLE get IF NOT EXISTS."""
    op.execute(_CREATE.sub(lambda m: f"CREATE {m.group(1)} IF NOT EXISTS ", statement, count=1))
