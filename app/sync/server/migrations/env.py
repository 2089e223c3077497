"""Alembic environment of the sync service: runs on the connection `store.py` hands over,
with its own version table (a database may hold other applications' tables too)."""

from __future__ import annotations

from alembic import context

from app.sync.server.schema import metadata

VERSION_TABLE = "sync_alembic_version"

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    version_table=VERSION_TABLE,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
