"""The migration ladder: it builds exactly the tables the models declare, and reverses."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.models.db import _alembic_config, create_sqlite_engine
from app.models.entities import Base


def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001
    """As in migrations/env.py (which only imports inside Alembic): FTS tables are hand-made."""
    return not (type_ == "table" and name and name.startswith(("cases_fts", "messages_fts")))


def _tables(connection: sa.Connection) -> set[str]:
    return set(sa.inspect(connection).get_table_names())


def test_migrated_schema_matches_the_models(profile):
    with profile.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": include_object, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_downgrade_to_base_and_upgrade_again(tmp_path):
    engine = create_sqlite_engine(tmp_path / "ladder.sqlite3")
    try:
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), "head")
        with engine.connect() as connection:
            migrated = _tables(connection)
        with engine.begin() as connection:
            command.downgrade(_alembic_config(connection), "base")
        with engine.connect() as connection:
            assert _tables(connection) <= {"alembic_version"}
            assert connection.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar() == 0
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), "head")
        with engine.connect() as connection:
            assert _tables(connection) == migrated
    finally:
        engine.dispose()


def test_fts_triggers_follow_inserts_updates_and_deletes(profile):
    with profile.engine.begin() as connection:
        run = connection.exec_driver_sql
        run(
            "INSERT INTO cases (id, ref, subject, reason, status, priority, priority_rank, "
            "escalation_level, channel, created_at, updated_at) VALUES ('c1', 'R1', "
            "'Broken zipper', 'other', 'new', 'normal', 1, 0, 'marketplace', 't', 't')"
        )
        run(
            "INSERT INTO messages (id, case_id, direction, channel, body, created_at, "
            "no_response_needed) VALUES ('m1', 'c1', 'inbound', 'marketplace', 'Der Gürtel', "
            "'t', 0)"
        )

        def hits(table: str, phrase: str) -> int:
            return run(f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (phrase,)).scalar()

        assert hits("cases_fts", '"zipper"') == 1
        assert hits("messages_fts", '"gürtel"') == 1
        run("UPDATE cases SET subject = 'Torn strap' WHERE id = 'c1'")
        run("UPDATE messages SET body = 'Die Schnalle' WHERE id = 'm1'")
        assert hits("cases_fts", '"zipper"') == 0
        assert hits("cases_fts", '"strap"') == 1
        assert hits("messages_fts", '"gürtel"') == 0
        assert hits("messages_fts", '"schnalle"') == 1
        run("DELETE FROM messages WHERE id = 'm1'")
        run("DELETE FROM cases WHERE id = 'c1'")
        assert hits("cases_fts", '"strap"') == 0
        assert hits("messages_fts", '"schnalle"') == 0
