"""Schema 0007, the compact storage, and the copy that converts a 0006 database into it.

Frozen: this is the shape revision 0007 creates, whatever the models say later.

What changed from 0006, and why (issue 15: 11 KB a case at a million cases):
- ids are 16-byte blobs (were 32-character hex text), in every table and index;
- timestamps are integer microseconds since the epoch, UTC (were 27-character text);
- operations: no UUID of their own: a device's clock stamp names one, and (device,
  stamp) is the key of a table without rowids, ordered by it (the uniqueness rule of
  revision 0005 and the clock's "latest stamp of this device", with no index beside);
  the stamp an integer, the device id 16 bytes, the data compact bytes
  (`app.models.opdata`); one more index, by case for the history, of the operations
  that have a case;
- search: the FTS5 index of each case's document stays, but as external content (the
  documents are computed by a view, not stored a second time) and with `detail=none`
  (row ids only, no positions: a fifth of the size). A search looks up trigrams and
  checks the candidates' real text (app.services.inbox.search).

`copy_rows` moves every row from a 0006 source (tables named by `source(table)`: an
attached file's `old.cases`, or this file's renamed `cases__v6`) into the empty new
tables, converting each column, keeping rowids; `finish` then adds the indexes,
triggers and search tables. Both run inside the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable

from app.models import opdata
from app.models.types import device_key, hlc_number, utc_micros

REVISION = "0007"

TABLES: dict[str, str] = {
    "meta": """CREATE TABLE meta (
	"key" VARCHAR(64) NOT NULL,
	value TEXT NOT NULL,
	PRIMARY KEY ("key")
)""",
    "customers": """CREATE TABLE customers (
	id BLOB NOT NULL,
	name VARCHAR(200) NOT NULL,
	buyer_alias VARCHAR(200),
	email VARCHAR(320),
	locale VARCHAR(35),
	marketplace VARCHAR(40),
	created_at BIGINT NOT NULL,
	updated_at BIGINT NOT NULL,
	deleted_at BIGINT,
	PRIMARY KEY (id)
)""",
    "orders": """CREATE TABLE orders (
	id BLOB NOT NULL,
	customer_id BLOB,
	marketplace VARCHAR(40) NOT NULL,
	external_id VARCHAR(64) NOT NULL,
	purchased_at BIGINT,
	shipped_at BIGINT,
	delivered_on DATE,
	estimated_delivery_min DATE,
	estimated_delivery_max DATE,
	fulfilment VARCHAR(8),
	currency VARCHAR(3),
	total VARCHAR(40),
	carrier VARCHAR(80),
	tracking_number VARCHAR(80),
	return_received_on DATE,
	refunded_on DATE,
	return_requested_at BIGINT,
	a_to_z_claim_at BIGINT,
	chargeback_at BIGINT,
	negative_feedback_at BIGINT,
	created_at BIGINT NOT NULL,
	updated_at BIGINT NOT NULL,
	deleted_at BIGINT,
	PRIMARY KEY (id),
	FOREIGN KEY(customer_id) REFERENCES customers (id)
)""",
    "order_items": """CREATE TABLE order_items (
	id BLOB NOT NULL,
	order_id BLOB NOT NULL,
	position INTEGER NOT NULL,
	sku VARCHAR(64),
	title VARCHAR(500) NOT NULL,
	category VARCHAR(40),
	quantity INTEGER NOT NULL,
	unit_price VARCHAR(40),
	currency VARCHAR(3),
	PRIMARY KEY (id),
	FOREIGN KEY(order_id) REFERENCES orders (id)
)""",
    "cases": """CREATE TABLE cases (
	id BLOB NOT NULL,
	ref VARCHAR(16) NOT NULL,
	subject VARCHAR(500) NOT NULL,
	customer_id BLOB,
	customer_name VARCHAR(200),
	order_id BLOB,
	marketplace VARCHAR(40),
	reason VARCHAR(32) NOT NULL,
	status VARCHAR(32) NOT NULL,
	priority VARCHAR(16) NOT NULL,
	priority_rank INTEGER NOT NULL,
	escalation_level INTEGER NOT NULL,
	escalation_reason TEXT,
	manual_escalation_level INTEGER NOT NULL DEFAULT 0,
	manual_escalation_reason TEXT,
	manual_escalation_target VARCHAR(32),
	due_at BIGINT,
	due_kind VARCHAR(32),
	channel VARCHAR(16) NOT NULL,
	language VARCHAR(35),
	assignee VARCHAR(120),
	created_at BIGINT NOT NULL,
	updated_at BIGINT NOT NULL,
	last_inbound_at BIGINT,
	last_outbound_at BIGINT,
	deleted_at BIGINT,
	PRIMARY KEY (id),
	UNIQUE (ref),
	FOREIGN KEY(customer_id) REFERENCES customers (id),
	FOREIGN KEY(order_id) REFERENCES orders (id)
)""",
    "case_tags": """CREATE TABLE case_tags (
	case_id BLOB NOT NULL,
	tag VARCHAR(64) NOT NULL,
	added_at BIGINT NOT NULL,
	removed_at BIGINT,
	PRIMARY KEY (case_id, tag),
	FOREIGN KEY(case_id) REFERENCES cases (id)
)""",
    "messages": """CREATE TABLE messages (
	id BLOB NOT NULL,
	case_id BLOB NOT NULL,
	direction VARCHAR(16) NOT NULL,
	channel VARCHAR(16) NOT NULL,
	author VARCHAR(200),
	body TEXT NOT NULL,
	language VARCHAR(35),
	created_at BIGINT NOT NULL,
	sent_at BIGINT,
	outbound_state VARCHAR(16),
	no_response_needed BOOLEAN NOT NULL,
	template_key VARCHAR(80),
	compliance JSON,
	deleted_at BIGINT,
	PRIMARY KEY (id),
	FOREIGN KEY(case_id) REFERENCES cases (id)
)""",
    "evidence": """CREATE TABLE evidence (
	id BLOB NOT NULL,
	case_id BLOB NOT NULL,
	message_id BLOB,
	sha256 VARCHAR(64) NOT NULL,
	size INTEGER NOT NULL,
	media_type VARCHAR(100) NOT NULL,
	original_name VARCHAR(255) NOT NULL,
	kind VARCHAR(32) NOT NULL,
	caption TEXT,
	captured_at BIGINT,
	added_at BIGINT NOT NULL,
	added_by VARCHAR(120),
	deleted_at BIGINT,
	PRIMARY KEY (id),
	FOREIGN KEY(case_id) REFERENCES cases (id),
	FOREIGN KEY(message_id) REFERENCES messages (id)
)""",
    "reply_templates": """CREATE TABLE reply_templates (
	id BLOB NOT NULL,
	"key" VARCHAR(64) NOT NULL,
	source TEXT NOT NULL,
	created_at BIGINT NOT NULL,
	updated_at BIGINT NOT NULL,
	deleted_at BIGINT,
	PRIMARY KEY (id)
)""",
    "operations": """CREATE TABLE operations (
	hlc BIGINT NOT NULL,
	device_id VARCHAR(36) NOT NULL,
	actor VARCHAR(120),
	entity VARCHAR(32) NOT NULL,
	entity_id BLOB NOT NULL,
	case_id BLOB,
	action VARCHAR(16) NOT NULL,
	data BLOB NOT NULL,
	created_at BIGINT NOT NULL,
	pushed_at BIGINT,
	PRIMARY KEY (device_id, hlc)
) WITHOUT ROWID""",
}

# How each column is converted from its 0006 form: "id" (hex text -> 16 bytes), "time"
# (UTC text -> microseconds), or copied as it is (not listed).
_ID, _TIME = "id", "time"
CONVERT: dict[str, dict[str, str]] = {
    "meta": {},
    "customers": {"id": _ID, "created_at": _TIME, "updated_at": _TIME, "deleted_at": _TIME},
    "orders": {
        "id": _ID,
        "customer_id": _ID,
        **{
            c: _TIME
            for c in (
                "purchased_at",
                "shipped_at",
                "return_requested_at",
                "a_to_z_claim_at",
                "chargeback_at",
                "negative_feedback_at",
                "created_at",
                "updated_at",
                "deleted_at",
            )
        },
    },
    "order_items": {"id": _ID, "order_id": _ID},
    "cases": {
        "id": _ID,
        "customer_id": _ID,
        "order_id": _ID,
        **{
            c: _TIME
            for c in (
                "due_at",
                "created_at",
                "updated_at",
                "last_inbound_at",
                "last_outbound_at",
                "deleted_at",
            )
        },
    },
    "case_tags": {"case_id": _ID, "added_at": _TIME, "removed_at": _TIME},
    "messages": {
        "id": _ID,
        "case_id": _ID,
        "created_at": _TIME,
        "sent_at": _TIME,
        "deleted_at": _TIME,
    },
    "evidence": {
        "id": _ID,
        "case_id": _ID,
        "message_id": _ID,
        "captured_at": _TIME,
        "added_at": _TIME,
        "deleted_at": _TIME,
    },
    "reply_templates": {"id": _ID, "created_at": _TIME, "updated_at": _TIME, "deleted_at": _TIME},
}
# Operations are converted by hand (columns renamed and dropped): see `_OPERATIONS_SELECT`.
_OPERATIONS_COLUMNS = (
    "hlc, device_id, actor, entity, entity_id, case_id, action, data, created_at, pushed_at"
)
_OPERATIONS_SELECT = (
    "sw_hlc(o.hlc), sw_device(o.device_id), o.actor, o.entity, sw_id(o.entity_id), "
    "sw_id(o.case_id), o.action, sw_data(o.data, CASE WHEN o.entity = 'message' AND "
    "o.action = 'create' THEN (SELECT m.body FROM {messages} m WHERE m.id = o.entity_id) END), "
    "sw_time(o.created_at), sw_time(o.pushed_at)"
)

INDEXES = [
    "CREATE INDEX ix_order_items_order_id ON order_items (order_id)",
    "CREATE INDEX ix_cases_assignee_status ON cases (assignee, status, updated_at)",
    "CREATE INDEX ix_cases_order_id ON cases (order_id)",
    "CREATE INDEX ix_cases_customer_name ON cases (customer_name, updated_at)",
    "CREATE INDEX ix_cases_updated ON cases (updated_at)",
    "CREATE INDEX ix_cases_subject ON cases (subject, updated_at)",
    "CREATE INDEX ix_cases_customer_id ON cases (customer_id)",
    "CREATE INDEX ix_cases_priority_updated ON cases (priority_rank, updated_at)",
    "CREATE INDEX ix_cases_status_updated ON cases (status, updated_at)",
    "CREATE INDEX ix_cases_due ON cases (due_at)",
    "CREATE INDEX ix_cases_created ON cases (created_at)",
    "CREATE INDEX ix_messages_case_created ON messages (case_id, created_at)",
    "CREATE INDEX ix_evidence_sha256 ON evidence (sha256)",
    'CREATE INDEX ix_reply_templates_key ON reply_templates ("key")',
    # The history of a case; operations of no case (customers, orders) stay out of it.
    "CREATE INDEX ix_operations_case ON operations (case_id, hlc) WHERE case_id IS NOT NULL",
    # Expression and partial unique indexes (revisions 0005 and 0006; "ux_": by hand).
    "CREATE UNIQUE INDEX ux_customers_alias ON customers (coalesce(marketplace, ''), "
    "buyer_alias) WHERE buyer_alias IS NOT NULL AND deleted_at IS NULL",
    "CREATE UNIQUE INDEX ux_customers_name ON customers (coalesce(marketplace, ''), name) "
    "WHERE buyer_alias IS NULL AND deleted_at IS NULL",
    "CREATE UNIQUE INDEX ux_orders_external ON orders (marketplace, external_id) "
    "WHERE deleted_at IS NULL",
    "CREATE UNIQUE INDEX ux_evidence_case_sha ON evidence (case_id, sha256) "
    "WHERE deleted_at IS NULL",
    "CREATE UNIQUE INDEX ux_reply_templates_key ON reply_templates (key) WHERE deleted_at IS NULL",
]

# The customer's name kept on each case: revision 0004's triggers, word for word. A frozen
# copy, not an import: the 0004 module loads Alembic, which opening a profile never needs.
NAME_TRIGGERS = [
    """CREATE TRIGGER cases_customer_name_ai AFTER INSERT ON cases
    WHEN new.customer_id IS NOT NULL BEGIN
        UPDATE cases SET customer_name = (SELECT name FROM customers WHERE id = new.customer_id)
        WHERE rowid = new.rowid;
    END""",
    """CREATE TRIGGER cases_customer_name_au AFTER UPDATE OF customer_id ON cases BEGIN
        UPDATE cases SET customer_name = (SELECT name FROM customers WHERE id = new.customer_id)
        WHERE rowid = new.rowid;
    END""",
    """CREATE TRIGGER customers_name_au AFTER UPDATE OF name ON customers BEGIN
        UPDATE cases SET customer_name = new.name WHERE customer_id = new.id;
    END""",
]

# Search: one document a case (subject; customer name, alias, e-mail and order id; the
# bodies of its messages), as revision 0002 made it, but the documents are no longer
# stored: `search_docs` is a view that computes them, and the FTS5 table indexes them as
# external content. Keeping an index of a view right needs the old document whenever one
# changes: a BEFORE trigger removes the document as it still is (computed by the view,
# in a fixed order), an AFTER trigger adds it as it has become.
SEARCH_VIEW = """CREATE VIEW search_docs AS SELECT
    c.rowid AS case_rowid,
    c.subject AS subject,
    coalesce((SELECT cu.name || ' ' || coalesce(cu.buyer_alias, '') || ' ' ||
        coalesce(cu.email, '') FROM customers cu WHERE cu.id = c.customer_id), '') || ' ' ||
        coalesce((SELECT o.external_id FROM orders o WHERE o.id = c.order_id), '') AS party,
    coalesce((SELECT group_concat(body, char(10)) FROM (SELECT m.body FROM messages m
        WHERE m.case_id = c.id AND m.deleted_at IS NULL ORDER BY m.created_at, m.rowid)),
        '') AS body
FROM cases c"""
SEARCH_TABLE = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(subject, party, body, content='search_docs', "
    "content_rowid='case_rowid', tokenize='trigram', detail='none', columnsize=0)"
)


def _forget(where: str) -> str:
    """Remove the documents of the cases matching `where` (over `cases`) from the index."""
    return (
        "INSERT INTO search_fts(search_fts, rowid, subject, party, body) "
        "SELECT 'delete', case_rowid, subject, party, body FROM search_docs "
        f"WHERE case_rowid IN (SELECT rowid FROM cases WHERE {where});"
    )


def add_documents(where: str) -> str:
    """Add the documents of the cases matching `where` (over `cases`) to the index."""
    return (
        "INSERT INTO search_fts(rowid, subject, party, body) "
        "SELECT case_rowid, subject, party, body FROM search_docs "
        f"WHERE case_rowid IN (SELECT rowid FROM cases WHERE {where});"
    )


def _pair(name: str, event: str, table: str, before: str, after: str) -> list[str]:
    return [
        f"CREATE TRIGGER search_{name}_b BEFORE {event} ON {table} BEGIN {_forget(before)} END",
        f"CREATE TRIGGER search_{name}_a AFTER {event} ON {table} BEGIN {add_documents(after)} END",
    ]


SEARCH = [
    SEARCH_VIEW,
    SEARCH_TABLE,
    f"CREATE TRIGGER search_cases_ai AFTER INSERT ON cases BEGIN "
    f"{add_documents('rowid = new.rowid')} END",
    *_pair(
        "cases_u", "UPDATE OF subject, customer_id, order_id", "cases",
        "rowid = old.rowid", "rowid = new.rowid",
    ),
    f"CREATE TRIGGER search_cases_bd BEFORE DELETE ON cases BEGIN {_forget('rowid = old.rowid')} "
    "END",
    *_pair("messages_i", "INSERT", "messages", "id = new.case_id", "id = new.case_id"),
    *_pair(
        "messages_u", "UPDATE OF body, deleted_at, case_id, created_at", "messages",
        "id IN (old.case_id, new.case_id)", "id IN (old.case_id, new.case_id)",
    ),
    *_pair("messages_d", "DELETE", "messages", "id = old.case_id", "id = old.case_id"),
    *_pair(
        "customers_u", "UPDATE OF name, buyer_alias, email", "customers",
        "customer_id = old.id", "customer_id = new.id",
    ),
    *_pair(
        "orders_u", "UPDATE OF external_id", "orders", "order_id = old.id", "order_id = new.id"
    ),
]  # fmt: skip
SEARCH_REBUILD = ["INSERT INTO search_fts(search_fts) VALUES ('rebuild')"]

# Copy order: parents before children (foreign keys are checked as rows arrive).
ORDER = (
    "meta",
    "customers",
    "orders",
    "order_items",
    "cases",
    "case_tags",
    "messages",
    "evidence",
    "reply_templates",
    "operations",
)

BATCH_ROWS = 50_000


def _id(value: str | bytes | None) -> bytes | None:
    if value is None or isinstance(value, bytes):
        return value
    return uuid.UUID(value).bytes


def _time(value: str | int | None) -> int | None:
    if value is None or isinstance(value, int):
        return value
    return utc_micros(dt.datetime.fromisoformat(value))


def _hlc(value: str | int) -> int:
    return value if isinstance(value, int) else hlc_number(value)


def _device(value: str) -> bytes | str:
    return device_key(value)


def _data(value: str | bytes, held_body: str | None = None) -> bytes:
    """Compact operation data; a message's body that its row holds becomes `ROW_VALUE`."""
    if isinstance(value, bytes):
        return value
    data = json.loads(value)
    if held_body is not None and isinstance(data, dict) and data.get("body") == [None, held_body]:
        data["body"] = [None, opdata.ROW_VALUE]
    return opdata.encode(data)


def register_functions(raw) -> None:  # noqa: ANN001 - an sqlite3.Connection
    """The conversion functions the copy's SQL calls, on the raw sqlite3 connection."""
    raw.create_function("sw_id", 1, _id, deterministic=True)
    raw.create_function("sw_time", 1, _time, deterministic=True)
    raw.create_function("sw_hlc", 1, _hlc, deterministic=True)
    raw.create_function("sw_device", 1, _device, deterministic=True)
    raw.create_function("sw_data", 2, _data, deterministic=True)


def columns_of(execute, source: str) -> list[str]:  # noqa: ANN001
    """The column names of a source table (`schema.table` or `table`)."""
    schema, _, table = source.rpartition(".")
    pragma = f"PRAGMA {schema}.table_info({table})" if schema else f"PRAGMA table_info({table})"
    return [row[1] for row in execute(pragma)]


def copy_statement(table: str, source: Callable[[str], str], source_columns: list[str]) -> str:
    """INSERT ... SELECT that copies one rowid range of `table` from `source`, converted."""
    if table == "operations":
        select = _OPERATIONS_SELECT.format(messages=source("messages"))
        return (
            f"INSERT INTO main.operations ({_OPERATIONS_COLUMNS}) "
            f"SELECT {select} FROM {source(table)} o "
            "WHERE o.rowid > ? AND o.rowid <= ? ORDER BY o.rowid"
        )
    convert = CONVERT[table]
    names = list(source_columns)
    selects = []
    for name in names:
        kind = convert.get(name)
        quoted = f'"{name}"'
        selects.append(
            f"sw_id({quoted})" if kind == _ID else f"sw_time({quoted})" if kind == _TIME else quoted
        )
    cols = ", ".join(f'"{n}"' for n in names)
    return (
        f"INSERT INTO main.{table} (rowid, {cols}) SELECT rowid, {', '.join(selects)} "
        f"FROM {source(table)} WHERE rowid > ? AND rowid <= ? ORDER BY rowid"
    )


def copy_rows(
    execute,  # noqa: ANN001 - execute(sql, params=()) -> cursor, on the raw connection
    source: Callable[[str], str],
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Copy every table from `source(table)` into the empty new tables, converting.

    `progress(done, total)` counts rows after every batch; it may raise to stop (the
    caller's transaction then rolls back, and nothing is half-done)."""
    spans = {}
    for table in ORDER:
        low, high = execute(f"SELECT min(rowid), max(rowid) FROM {source(table)}").fetchone()
        spans[table] = (low or 0, high or 0)
    total = sum(high - low + 1 for low, high in spans.values() if high)
    done = 0
    if progress:
        progress(0, total)
    for table in ORDER:
        low, high = spans[table]
        if not high:
            continue
        sql = copy_statement(table, source, columns_of(execute, source(table)))
        start = low - 1
        while start < high:
            end = min(start + BATCH_ROWS, high)
            execute(sql, (start, end))
            done += end - start
            start = end
            if progress:
                progress(done, total)


def create_tables(execute) -> None:  # noqa: ANN001
    for table in ORDER:
        execute(TABLES[table])


def finish(execute) -> None:  # noqa: ANN001
    """Indexes, triggers and the search tables (filled from the rows), after the copy."""
    for statement in INDEXES + NAME_TRIGGERS + SEARCH + SEARCH_REBUILD:
        execute(statement)
