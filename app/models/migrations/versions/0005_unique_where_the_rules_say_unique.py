"""Unique where the rules say unique: customers, orders, evidence per case, operation stamps.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03

Several processes writing at once could each find no customer "Kim" on
amazon.de and create one; the same for an order id, for one file attached
twice to a case, and for two operations stamped with the same clock value on
one device. Writes now take SQLite's write lock when they begin, and these
indexes make the rules hold whatever happens:

- one live customer per marketplace and buyer alias; without an alias, one per
  marketplace and name;
- one live order per marketplace and order id;
- one live evidence row per case and file content (SHA-256);
- one operation per device and clock stamp (the index also answers "the
  newest stamp of this device" at once, which every write asks).

Duplicates made before are settled first: all but the oldest live copy get a
tombstone (`deleted_at`), never a hard delete. Cases keep pointing at the
customer or order row they had (still there, still readable), so no case
changes its buyer's name and no search document is rebuilt; new cases find
the oldest copy. Duplicate clock stamps move to the next free counter value
of the same millisecond.
"""

from __future__ import annotations

import datetime as dt
import logging

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

# Expression and partial indexes, written by hand (migrations/env.py leaves "ux_" alone).
INDEXES = [
    "CREATE UNIQUE INDEX IF NOT EXISTS ux_customers_alias ON customers "
    "(coalesce(marketplace, ''), buyer_alias) "
    "WHERE buyer_alias IS NOT NULL AND deleted_at IS NULL",
    "CREATE UNIQUE INDEX IF NOT EXISTS ux_customers_name ON customers "
    "(coalesce(marketplace, ''), name) WHERE buyer_alias IS NULL AND deleted_at IS NULL",
    "CREATE UNIQUE INDEX IF NOT EXISTS ux_orders_external ON orders "
    "(marketplace, external_id) WHERE deleted_at IS NULL",
    "CREATE UNIQUE INDEX IF NOT EXISTS ux_evidence_case_sha ON evidence (case_id, sha256) "
    "WHERE deleted_at IS NULL",
    "CREATE UNIQUE INDEX IF NOT EXISTS ux_operations_device_hlc ON operations (device_id, hlc)",
]


def _now_text() -> str:
    from app.models.types import utc_text

    return utc_text(dt.datetime.now(dt.UTC))


def _merge(run, table: str, key: str, where: str) -> int:  # noqa: ANN001
    """Tombstone all but the oldest live row of each group of live rows with the same `key`
    (an expression over `t`) among those matching `where`. Returns how many got one."""
    later_copies = (
        f"SELECT r FROM (SELECT t.rowid AS r, row_number() OVER (PARTITION BY {key} "
        f"ORDER BY t.rowid) AS n FROM {table} t WHERE t.deleted_at IS NULL AND {where}) "
        "WHERE n > 1"
    )
    done = run(f"UPDATE {table} SET deleted_at = ? WHERE rowid IN ({later_copies})", (_now_text(),))
    return done.rowcount


def _renumber_clock_stamps(run) -> int:  # noqa: ANN001
    """Give every repeated (device, stamp) but the first a free stamp after the newest one
    of its millisecond (one indexed lookup per millisecond, not one per counter tried)."""
    run("CREATE INDEX IF NOT EXISTS tmp_operations_device_hlc ON operations (device_id, hlc)")
    repeated = run(
        "SELECT o.rowid, o.device_id, o.hlc FROM operations o JOIN (SELECT device_id, hlc, "
        "min(rowid) AS first FROM operations GROUP BY device_id, hlc HAVING count(*) > 1) d "
        "ON o.device_id = d.device_id AND o.hlc = d.hlc AND o.rowid > d.first "
        "ORDER BY o.device_id, o.hlc, o.rowid"
    ).all()
    newest: dict[tuple[str, int], int] = {}  # (device, ms) -> the highest counter in use
    for rowid, device, stamp in repeated:
        ms = int(stamp.split("-")[0])
        counter = newest.get((device, ms))
        if counter is None:
            top = run(
                "SELECT max(hlc) FROM operations WHERE device_id = ? AND hlc >= ? AND hlc <= ?",
                (device, f"{ms:015d}-000000", f"{ms:015d}-999999"),
            ).scalar()
            counter = int(top.split("-")[1])
        counter += 1
        while counter > 999_999:  # the millisecond is full: the next one (rare)
            ms, counter = ms + 1, 0
            top = run(
                "SELECT max(hlc) FROM operations WHERE device_id = ? AND hlc >= ? AND hlc <= ?",
                (device, f"{ms:015d}-000000", f"{ms:015d}-999999"),
            ).scalar()
            counter = int(top.split("-")[1]) + 1 if top else 0
        newest[(device, ms)] = counter
        run("UPDATE operations SET hlc = ? WHERE rowid = ?", (f"{ms:015d}-{counter:06d}", rowid))
    run("DROP INDEX tmp_operations_device_hlc")
    return len(repeated)


def upgrade() -> None:
    run = op.get_bind().exec_driver_sql
    merged = {
        "customers by alias": _merge(
            run,
            "customers",
            "coalesce(t.marketplace, '') || char(0) || t.buyer_alias",
            "t.buyer_alias IS NOT NULL",
        ),
        "customers by name": _merge(
            run,
            "customers",
            "coalesce(t.marketplace, '') || char(0) || t.name",
            "t.buyer_alias IS NULL",
        ),
        "orders": _merge(
            run,
            "orders",
            "t.marketplace || char(0) || t.external_id",
            "1",
        ),
        "evidence": _merge(run, "evidence", "hex(t.case_id) || char(0) || t.sha256", "1"),
        "clock stamps": _renumber_clock_stamps(run),
    }
    for what, count in merged.items():
        if count:
            log.info("schema 0005: merged %d duplicate %s", count, what)
    for statement in INDEXES:
        op.execute(statement)


def downgrade() -> None:
    for name in (
        "ux_operations_device_hlc",
        "ux_evidence_case_sha",
        "ux_orders_external",
        "ux_customers_name",
        "ux_customers_alias",
    ):
        op.execute(f"DROP INDEX IF EXISTS {name}")
