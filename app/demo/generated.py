"""Bulk demo cases: many realistic cases in several languages, written fast with executemany.

Going through the ORM costs milliseconds a case; a benchmark profile needs
100,000 or a million. So rows are built as tuples in the exact stored formats
(UUIDs as 16 bytes, timestamps as `utc_micros`, dates as ISO text, money as
decimal text) and inserted on one connection in large transactions, into the
real tables so that the FTS triggers index them like any other case. Each
row also gets its "create" Operation, as the services would write it, so the
audit history and the sync outbox stay complete.

Content is deterministic for a seed (`random.Random(seed)`); ids and
operation clocks are not, since they must stay unique and time-ordered.
"""

from __future__ import annotations

import queue
import random
import threading
from collections.abc import Callable

from app.demo.generated_rows import BATCH_CASES, RowBuilder, Rows
from app.models.db import WRITE
from app.models.types import hlc_number
from app.services.core.oplog import latest_hlc
from app.services.core.profile import Profile

_SQL = {
    "customers": "INSERT INTO customers (id, name, buyer_alias, email, locale, marketplace, "
    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    "orders": "INSERT INTO orders (id, customer_id, marketplace, external_id, purchased_at, "
    "shipped_at, delivered_on, estimated_delivery_min, estimated_delivery_max, fulfilment, "
    "currency, total, carrier, tracking_number, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "items": "INSERT INTO order_items (id, order_id, position, sku, title, category, quantity, "
    "unit_price, currency) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)",
    "cases": "INSERT INTO cases (id, ref, subject, customer_id, order_id, marketplace, reason, "
    "status, priority, priority_rank, escalation_level, escalation_reason, channel, language, "
    "assignee, created_at, updated_at, last_inbound_at, last_outbound_at, due_at, due_kind) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    "tags": "INSERT INTO case_tags (case_id, tag, added_at) VALUES (?, ?, ?)",
    "messages": "INSERT INTO messages (id, case_id, direction, channel, author, body, language, "
    "created_at, sent_at, outbound_state, no_response_needed, template_key) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
    "operations": "INSERT INTO operations (hlc, device_id, actor, entity, entity_id, case_id, "
    "action, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
}


def generate_cases(
    profile: Profile,
    count: int,
    *,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
    batch_size: int = BATCH_CASES,
) -> int:
    """Add `count` generated cases to the profile; returns how many were written.

    Each batch is one transaction on one connection, so an interrupted run
    leaves whole cases only. `progress(done, count)` is called after each batch.
    A helper thread builds the next batch's rows while this one is written:
    SQLite (mostly busy filling the trigram indexes) releases the GIL while it
    works, so building and writing overlap on a second core.
    """
    if count <= 0:
        return 0
    profile.check_writable()
    rng = random.Random(seed)
    done = 0
    with profile.engine.connect() as connection:
        taken = {row[0] for row in connection.exec_driver_sql("SELECT ref FROM cases")}
        aliases = set(
            tuple(row)
            for row in connection.exec_driver_sql(
                "SELECT coalesce(marketplace, ''), buyer_alias FROM customers "
                "WHERE buyer_alias IS NOT NULL AND deleted_at IS NULL"
            ).all()
        )
        connection.rollback()  # end the read's transaction before the first batch
    builder = RowBuilder(profile, rng, taken, aliases)
    with profile.engine.connect().execution_options(**WRITE) as connection:
        sizes = [min(batch_size, count - start) for start in range(0, count, batch_size)]
        batches: queue.Queue[Rows | BaseException | None] = queue.Queue(maxsize=2)
        stop = threading.Event()

        def build_all() -> None:
            try:
                for size in sizes:
                    rows = Rows()
                    for _ in range(size):
                        builder.add_case(rows)
                    while not stop.is_set():
                        try:
                            batches.put(rows, timeout=0.2)
                            break
                        except queue.Full:
                            continue
                    if stop.is_set():
                        return
            except BaseException as exc:  # noqa: BLE001 - handed to the writing thread
                batches.put(exc)
            batches.put(None)

        worker = threading.Thread(target=build_all, name="demo-builder", daemon=True)
        worker.start()
        try:
            if progress is not None:
                progress(0, count)
            while (rows := batches.get()) is not None:
                if isinstance(rows, BaseException):
                    raise rows
                with connection.begin():  # BEGIN IMMEDIATE: other processes wait
                    # Stamps are given now, under the write lock, after the newest one this
                    # device wrote: the clock never repeats one, whoever else is writing.
                    last = latest_hlc(connection, profile.device_id)
                    if last is not None:
                        profile.ops.clock.observe(last)
                    tick = profile.ops.clock.tick
                    operations = [(hlc_number(tick()), *op[1:]) for op in rows.operations]
                    # Messages before their cases (foreign keys checked at commit): the
                    # search trigger then builds each case's document once, complete.
                    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                    for table in ("customers", "orders", "items", "messages", "cases", "tags"):
                        batch = getattr(rows, table)
                        if batch:
                            connection.exec_driver_sql(_SQL[table], batch)
                    connection.exec_driver_sql(_SQL["operations"], operations)
                done += len(rows.cases)
                if progress is not None:
                    progress(done, count)
        finally:
            stop.set()
            worker.join()
    return done
