"""Schema 0009 (team sync, client side): the pending-operations index and `sync_notices`."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command

from app.models.db import _alembic_config, create_sqlite_engine


def _names(connection: sa.Connection, kind: str) -> set[str]:
    rows = connection.exec_driver_sql("SELECT name FROM sqlite_schema WHERE type = ?", (kind,))
    return {row[0] for row in rows}


def test_schema_0009_goes_down_to_0008_and_up_again(tmp_path):
    engine = create_sqlite_engine(tmp_path / "ladder.sqlite3")
    try:
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), "0008")
        with engine.connect() as connection:
            tables, indexes = _names(connection, "table"), _names(connection, "index")
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), "0009")
        with engine.connect() as connection:
            assert "sync_notices" in _names(connection, "table")
            assert "ix_operations_pending" in _names(connection, "index")
            assert "ix_operations_unpushed" not in _names(connection, "index")
        with engine.begin() as connection:
            command.downgrade(_alembic_config(connection), "0008")
        with engine.connect() as connection:
            assert _names(connection, "table") == tables
            assert _names(connection, "index") == indexes
    finally:
        engine.dispose()


def test_the_pending_index_answers_the_pending_query(profile):
    """The count of changes waiting reads the partial index (INDEXED BY fails when the
    index cannot answer the query), not every operation of the device."""
    with profile.engine.connect() as connection:
        plan = connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM operations "
            "INDEXED BY ix_operations_pending WHERE device_id = ? AND pushed_at IS NULL",
            (b"\x00" * 16,),
        ).all()
    assert any("ix_operations_pending" in str(row[-1]) for row in plan)
