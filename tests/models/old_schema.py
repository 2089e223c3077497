"""Profiles as older releases wrote them, for upgrade tests: a database at a given schema
revision with rows in that revision's stored formats (ids as 32-character hex text,
timestamps as fixed-width UTC text)."""

from __future__ import annotations

import uuid
from pathlib import Path

from alembic import command

from app.models.db import _alembic_config, create_sqlite_engine
from app.services.core.profile import DB_NAME

STAMP = "2026-11-23T09:30:15.123456Z"


def make_profile_at(folder: Path, revision: str, subject: str = "Kept") -> str:
    """A profile folder whose database is at `revision` with one case of one customer;
    returns the case's ref."""
    folder.mkdir(parents=True, exist_ok=True)
    engine = create_sqlite_engine(folder / DB_NAME)
    try:
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), revision)
            run = connection.exec_driver_sql
            # Fixed ids, all digits: tests add rows with ids of their own ('c0', 'k1', ...)
            # and pick them out with LIKE 'c%'; a random hex id could start with that letter.
            customer, case = uuid.UUID(int=1).hex, uuid.UUID(int=2).hex
            run(
                "INSERT INTO customers (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (customer, "Kim", STAMP, STAMP),
            )
            run(
                "INSERT INTO cases (id, ref, subject, customer_id, reason, status, priority, "
                "priority_rank, escalation_level, channel, created_at, updated_at) VALUES "
                "(?, 'KEPT0-00001', ?, ?, 'other', 'new', 'normal', 1, 0, 'marketplace', ?, ?)",
                (case, subject, customer, STAMP, STAMP),
            )
    finally:
        engine.dispose()
    return "KEPT0-00001"
