"""The migration ladder: it builds exactly the tables the models declare, and reverses."""

from __future__ import annotations

import sqlite3
import uuid
import warnings

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.models.db import _alembic_config, create_sqlite_engine
from app.models.entities import Base
from app.models.migrations import HEAD_REVISION
from app.services.inbox.search import trigram_query
from tests.models.old_schema import STAMP


def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001
    """As in migrations/env.py (which only imports inside Alembic): FTS tables are hand-made."""
    prefixes = ("cases_fts", "messages_fts", "search_")
    if type_ == "index" and name and name.startswith("ux_"):
        return False
    return not (type_ == "table" and name and name.startswith(prefixes))


def _tables(connection: sa.Connection) -> set[str]:
    return set(sa.inspect(connection).get_table_names())


def test_migrated_schema_matches_the_models(profile):
    with profile.engine.connect() as connection, warnings.catch_warnings():
        # The hand-made "ux_" indexes over coalesce(): SQLAlchemy cannot reflect them.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based")
        context = MigrationContext.configure(
            connection, opts={"include_object": include_object, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_the_ladder_below_0007_goes_down_to_base_and_up_again(tmp_path):
    engine = create_sqlite_engine(tmp_path / "ladder.sqlite3")
    try:
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), "0006")
        with engine.connect() as connection:
            migrated = _tables(connection)
        with engine.begin() as connection:
            command.downgrade(_alembic_config(connection), "base")
        with engine.connect() as connection:
            assert _tables(connection) <= {"alembic_version"}
            assert connection.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar() == 0
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), "0006")
        with engine.connect() as connection:
            assert _tables(connection) == migrated
    finally:
        engine.dispose()


def test_schema_0007_is_not_taken_back_in_place(tmp_path):
    """Going below the compact storage means restoring the backup the upgrade kept; a
    downgrade refuses, and (one transaction) leaves the database as it was."""
    engine = create_sqlite_engine(tmp_path / "ladder.sqlite3")
    try:
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), "head")
        with engine.connect() as connection:
            before = _tables(connection)
        with (
            pytest.raises(NotImplementedError, match="restore the backup"),
            engine.begin() as connection,
        ):
            command.downgrade(_alembic_config(connection), "0006")
        with engine.connect() as connection:
            assert _tables(connection) == before
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            assert version.scalar() == HEAD_REVISION
    finally:
        engine.dispose()


def test_schema_0008_goes_down_to_0007_and_up_again(tmp_path):
    engine = create_sqlite_engine(tmp_path / "ladder.sqlite3")
    try:
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), "0007")
        with engine.connect() as connection:
            at_0007 = _tables(connection)
            columns = {r[1] for r in connection.exec_driver_sql("PRAGMA table_info(messages)")}
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), "0008")
        with engine.connect() as connection:
            assert "mail_folders" in _tables(connection)
        with engine.begin() as connection:
            command.downgrade(_alembic_config(connection), "0007")
        with engine.connect() as connection:
            assert _tables(connection) == at_0007
            after = {r[1] for r in connection.exec_driver_sql("PRAGMA table_info(messages)")}
            assert after == columns
    finally:
        engine.dispose()


def test_replies_that_never_left_become_drafts_in_0008(tmp_path):
    """Before the outbox, "Send reply" only stored a reply as queued: it never left the
    laptop. 0008 makes such replies drafts and clears the case's last reply time, so the
    24-hour clock runs again, instead of the outbox sending months-old replies."""
    engine = create_sqlite_engine(tmp_path / "queued.sqlite3")
    case_id, reply_id, sent_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    try:
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), "0007")
            run = connection.exec_driver_sql
            run(
                "INSERT INTO cases (id, ref, subject, reason, status, priority, priority_rank, "
                "escalation_level, channel, created_at, updated_at, last_outbound_at) VALUES "
                "(?, 'R1', 'Belt too small', 'other', 'open', 'normal', 1, 0, 'marketplace', "
                "5, 5, 9)",
                (case_id.bytes,),
            )
            for message_id, state, at in ((reply_id, "queued", 9), (sent_id, "sent", 7)):
                run(
                    "INSERT INTO messages (id, case_id, direction, channel, body, created_at, "
                    "outbound_state, no_response_needed) "
                    "VALUES (?, ?, 'outbound', 'marketplace', 'x', ?, ?, 0)",
                    (message_id.bytes, case_id.bytes, at, state),
                )
            command.upgrade(_alembic_config(connection), "0008")
        with engine.connect() as connection:
            run = connection.exec_driver_sql
            states = dict(run("SELECT id, outbound_state FROM messages").all())
            assert states == {reply_id.bytes: "draft", sent_id.bytes: "sent"}
            last = run("SELECT last_outbound_at FROM cases").scalar()
            assert last == 7
            note = run("SELECT value FROM meta WHERE key = 'upgrade.recheck_unsent_replies'")
            assert note.scalar() == "1"
    finally:
        engine.dispose()


def _insert_case(
    run, case_id: str, subject: str, customer: str | None = None, at: str | int = 1
) -> None:
    run(
        "INSERT INTO cases (id, ref, subject, customer_id, reason, status, priority, "
        "priority_rank, escalation_level, channel, created_at, updated_at) VALUES "
        "(?, ?, ?, ?, 'other', 'new', 'normal', 1, 0, 'marketplace', ?, ?)",
        (case_id, "R" + case_id[-8:], subject, customer, at, at),
    )


def _insert_message(run, message_id: str, case_id: str, body: str, at: str | int = 1) -> None:
    run(
        "INSERT INTO messages (id, case_id, direction, channel, body, created_at, "
        "no_response_needed) VALUES (?, ?, 'inbound', 'marketplace', ?, ?, 0)",
        (message_id, case_id, body, at),
    )


def test_search_document_follows_cases_messages_and_customers(profile):
    with profile.engine.begin() as connection:
        run = connection.exec_driver_sql

        def hits(phrase: str) -> list[str]:
            # The index is kept right as its documents change (FTS5 compares it with them).
            run("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
            return [
                r[0]
                for r in run(
                    "SELECT c.id FROM search_fts f JOIN cases c ON c.rowid = f.rowid "
                    "WHERE search_fts MATCH ? ORDER BY c.id",
                    (trigram_query(phrase),),
                )
            ]

        run(
            "INSERT INTO customers (id, name, created_at, updated_at) "
            "VALUES ('k1', 'Mina Park', 't', 't')"
        )
        _insert_case(run, "c1", "Broken zipper", "k1")
        _insert_case(run, "c2", "Other case")
        _insert_message(run, "m1", "c1", "Der Gürtel")
        _insert_message(run, "m2", "c1", "Die Schnalle")
        assert hits("zipper") == ["c1"]
        assert hits("gürtel") == ["c1"] and hits("schnalle") == ["c1"]  # every message
        assert hits("mina park") == ["c1"]
        run("UPDATE cases SET subject = 'Torn strap' WHERE id = 'c1'")
        run("UPDATE messages SET body = 'Das Band' WHERE id = 'm1'")
        assert hits("zipper") == [] and hits("strap") == ["c1"]
        assert hits("gürtel") == [] and hits("band") == ["c1"]
        run("UPDATE customers SET name = 'Mina Kim' WHERE id = 'k1'")
        assert hits("mina park") == [] and hits("mina kim") == ["c1"]
        run("UPDATE messages SET deleted_at = 't' WHERE id = 'm2'")  # a tombstone
        assert hits("schnalle") == []
        run("UPDATE messages SET case_id = 'c2' WHERE id = 'm1'")
        assert hits("band") == ["c2"]
        run("DELETE FROM messages WHERE id IN ('m1', 'm2')")
        run("DELETE FROM cases WHERE id = 'c1'")
        assert hits("strap") == [] and hits("band") == []


def test_a_database_of_the_first_schema_is_backed_up_and_migrated(tmp_path):
    """A real step up the ladder: data written under 0001 is searchable after 0002."""
    from app.models.db import open_database
    from app.models.migrations import HEAD_REVISION

    path = tmp_path / "old.sqlite3"
    engine = create_sqlite_engine(path)
    case, message = "0" * 31 + "1", "0" * 31 + "2"  # ids as 0001 stored them: hex text
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "0001")
        _insert_case(connection.exec_driver_sql, case, "Belt too short", at=STAMP)
        _insert_message(connection.exec_driver_sql, message, case, "벨트 사이즈가 달라요", STAMP)
    engine.dispose()

    migrated = open_database(path, tmp_path / "backups")
    try:
        with migrated.connect() as connection:
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            assert version.scalar() == HEAD_REVISION
            found = connection.exec_driver_sql(
                "SELECT count(*) FROM search_fts WHERE search_fts MATCH '\"사이즈\"'"
            ).scalar()
            assert found == 1
    finally:
        migrated.dispose()
    backups = list((tmp_path / "backups").glob("workbench-schema-0001-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT subject FROM cases").fetchall() == [("Belt too short",)]


def test_a_cases_customer_name_follows_its_customer(profile):
    with profile.engine.begin() as connection:
        run = connection.exec_driver_sql
        run(
            "INSERT INTO customers (id, name, created_at, updated_at) "
            "VALUES ('k1', 'Mina Park', 't', 't'), ('k2', 'Jonas Berg', 't', 't')"
        )
        _insert_case(run, "c1", "Broken zipper", "k1")
        _insert_case(run, "c2", "No customer")

        def name(case_id: str) -> str | None:
            return run("SELECT customer_name FROM cases WHERE id = ?", (case_id,)).scalar()

        assert (name("c1"), name("c2")) == ("Mina Park", None)
        run("UPDATE customers SET name = 'Mina Kim' WHERE id = 'k1'")
        assert name("c1") == "Mina Kim"
        run("UPDATE cases SET customer_id = 'k2' WHERE id = 'c1'")
        assert name("c1") == "Jonas Berg"


def test_a_0005_profile_with_template_files_moves_them_into_the_table(tmp_path, clock):
    """Schema 0006: the shop's template files of an older profile become rows, each with its
    create operation by the profile's agent, and the files are moved aside, not deleted."""
    from app.models.migrations import HEAD_REVISION
    from app.models.types import device_text
    from app.services.core.profile import DB_NAME, Profile
    from app.services.replies import load_library

    root = tmp_path / "profile"
    root.mkdir()
    engine = create_sqlite_engine(root / DB_NAME)
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "0005")
        connection.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('agent', 'Mina')")
    engine.dispose()
    shop = root / "replies"
    shop.mkdir()
    note = (
        '# our own wording\nkey = "strap_note"\nplaceholders = ["order_id"]\n\n'
        '[variants.en]\nname = "Strap"\nsubject = "Order {order_id}"\n'
        'body = "The strap of {order_id} is measured hook to hook."\n'
    )
    (shop / "strap_note.toml").write_text(note, encoding="utf-8")

    profile = Profile.open(root, now=clock)
    try:
        with profile.read() as session:
            run = session.connection().exec_driver_sql
            assert run("SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION
            rows = run("SELECT id, key, source, deleted_at FROM reply_templates").all()
            assert [(key, source, deleted) for _, key, source, deleted in rows] == [
                ("strap_note", note, None)
            ]
            history = run(
                "SELECT entity_id, action, actor, device_id FROM operations "
                "WHERE entity = 'reply_template'"
            ).all()
        assert [(e, a, who) for e, a, who, _ in history] == [(rows[0][0], "create", "Mina")]
        assert device_text(history[0][3]) == profile.device_id
        assert load_library(profile).get("strap_note").source == "shop"
    finally:
        profile.close()
    assert not any(shop.iterdir())
    kept = root / "replies.imported" / "strap_note.toml"
    assert kept.read_text(encoding="utf-8") == note
    assert list((root / "backups").glob("workbench-schema-0005-*.sqlite3"))
