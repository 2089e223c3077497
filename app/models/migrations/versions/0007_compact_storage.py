"""Compact storage: ids as 16 bytes, integer timestamps, a compact operation log, and a
search index that keeps no second copy of the text.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

Every table is rewritten (see `app.models.migrations.schema_0007` for what changed and
why). Here it is done in place, in the upgrade's one transaction: the 0006 tables are
renamed aside, the new ones created and filled, the old ones dropped. That is right for
small profiles; opening a large one goes another way that needs less disk
(`app.models.rebuild`: a new file beside the old one, which becomes the backup), with
the same conversion.
"""

from __future__ import annotations

from alembic import op

from app.models.migrations import schema_0007 as schema

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

OLD_SUFFIX = "__v6"


def upgrade() -> None:
    connection = op.get_bind()
    schema.register_functions(connection.connection.driver_connection)

    def execute(sql: str, params: tuple = ()):  # noqa: ANN202
        return connection.exec_driver_sql(sql, params)

    execute("PRAGMA defer_foreign_keys = ON")
    for name, kind in execute(
        "SELECT name, type FROM sqlite_schema WHERE type IN ('trigger', 'index') "
        "AND sql IS NOT NULL"
    ).all():
        execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
    for fts in ("search_fts", "cases_fts", "messages_fts"):
        execute(f"DROP TABLE IF EXISTS {fts}")
    execute("DROP VIEW IF EXISTS search_docs")
    present = {row[0] for row in execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    # Renamed without touching other tables' references: they name the new tables then.
    execute("PRAGMA legacy_alter_table = ON")
    for table in schema.ORDER:
        if table in present:
            execute(f'ALTER TABLE "{table}" RENAME TO "{table}{OLD_SUFFIX}"')
    execute("PRAGMA legacy_alter_table = OFF")
    schema.create_tables(execute)
    schema.copy_rows(execute, lambda table: f'"{table}{OLD_SUFFIX}"')
    for table in reversed(schema.ORDER):
        execute(f'DROP TABLE IF EXISTS "{table}{OLD_SUFFIX}"')
    schema.finish(execute)


def downgrade() -> None:
    raise NotImplementedError(
        "Schema 0007 cannot be taken back in place: restore the backup made before the "
        "upgrade ('workbench backups restore')."
    )
