"""The search index during a big page: each message insert re-indexes its case's whole
document (triggers `search_messages_i_b/_i_a`), so a case pulled with ten messages is
indexed ten times. Above a threshold the page instead, inside its own transaction:

1. lists the cases whose document its writes may change (cases it writes, the cases of the
   messages it writes, before and after, and those of the customers and orders it writes);
2. deletes their current documents (FTS5 'delete' needs the content as indexed: before
   any row changes);
3. drops the `search_*` triggers on cases, messages, customers and orders;
4. writes the rows; then inserts each listed case's document once and creates the
   triggers again from their saved SQL.

DDL is transactional here (app.models.db: BEGIN is ours), so a page that fails rolls the
triggers and the index back with everything else.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

THRESHOLD = 200  # messages a page writes before the bulk path pays
_TABLES = ("cases", "messages", "customers", "orders")
_CHUNK = 500


def _chunks(values: list) -> Iterator[list]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _marks(values: list) -> str:
    return ", ".join("?" for _ in values)


def _case_ids(
    connection: Connection,
    cases: set[uuid.UUID],
    messages: Iterable[uuid.UUID],
    customers: Iterable[uuid.UUID],
    orders: Iterable[uuid.UUID],
) -> set[uuid.UUID]:
    """`cases` and the cases now holding `messages` or naming `customers` / `orders`."""
    found = set(cases)
    for sql, ids in (
        ("SELECT case_id FROM messages WHERE id IN ({})", list(messages)),
        ("SELECT id FROM cases WHERE customer_id IN ({})", list(customers)),
        ("SELECT id FROM cases WHERE order_id IN ({})", list(orders)),
    ):
        for chunk in _chunks(ids):
            rows = connection.exec_driver_sql(
                sql.format(_marks(chunk)), tuple(i.bytes for i in chunk)
            )
            found |= {uuid.UUID(bytes=bytes(r[0])) for r in rows if r[0] is not None}
    return found


def _documents(connection: Connection, case_ids: list[uuid.UUID], *, delete: bool) -> None:
    head = (
        "INSERT INTO search_fts(search_fts, rowid, subject, party, body) SELECT 'delete', "
        if delete
        else "INSERT INTO search_fts(rowid, subject, party, body) SELECT "
    )
    for chunk in _chunks(case_ids):
        connection.exec_driver_sql(
            head + "case_rowid, subject, party, body FROM search_docs WHERE case_rowid IN "
            f"(SELECT rowid FROM cases WHERE id IN ({_marks(chunk)}))",
            tuple(i.bytes for i in chunk),
        )


@contextmanager
def bulk_index(
    connection: Connection,
    *,
    cases: set[uuid.UUID],
    messages: Iterable[uuid.UUID],
    customers: Iterable[uuid.UUID],
    orders: Iterable[uuid.UUID],
) -> Iterator[None]:
    """Write rows inside the block with the search triggers off; each touched case's
    document is indexed once at the end. `cases` must name every case the writes give a
    message or a customer or order (a message moved to another case: its new case)."""
    touched = _case_ids(connection, cases, messages, customers, orders)
    _documents(connection, sorted(touched), delete=True)
    triggers = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%' "
        f"AND tbl_name IN ({_marks(list(_TABLES))})",
        _TABLES,
    ).all()
    for name, _sql in triggers:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    _documents(connection, sorted(touched), delete=False)
    for _name, sql in triggers:
        connection.exec_driver_sql(sql)
