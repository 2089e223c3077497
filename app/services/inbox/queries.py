"""The inbox's queries: which cases a view shows, in which order, and their row contents.

Everything happens in SQL (DESIGN.md section 4). A view yields case rowids in
display order (`case_rowids`); the table model keeps only those and asks for
row contents a page at a time (`rows_for`). `first_page` is the same query
with the contents joined in and a LIMIT, for the first screenful.
"""

from __future__ import annotations

import datetime as dt
import uuid
from array import array
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

import sqlalchemy as sa

from app.models.enums import DONE_STATUSES, OPEN_STATUSES, WAITING_STATUSES
from app.models.types import from_utc_micros, utc_micros
from app.services.core.errors import InvalidInput
from app.services.deadlines.escalation import DUE_SOON
from app.services.evidence.checklist import evidence_checklist
from app.services.inbox.search import (
    SqlFilter,
    apply_filters,
    apply_text,
    is_dense,
    parse_query,
    searched_text,
)


class View(StrEnum):
    ALL_OPEN = "open"
    MINE = "mine"
    WAITING = "waiting"
    RESOLVED = "resolved"
    ALL = "all"
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    ESCALATED = "escalated"


class SortKey(StrEnum):
    UPDATED = "updated"
    CREATED = "created"
    PRIORITY = "priority"
    STATUS = "status"
    SUBJECT = "subject"
    CUSTOMER = "customer"
    MARKETPLACE = "marketplace"
    LANGUAGE = "language"
    REF = "ref"
    REASON = "reason"
    DUE = "due"


_SORT_SQL = {
    SortKey.UPDATED: "c.updated_at",
    SortKey.CREATED: "c.created_at",
    SortKey.PRIORITY: "c.priority_rank",
    SortKey.STATUS: "c.status",
    SortKey.SUBJECT: "c.subject",
    SortKey.CUSTOMER: "c.customer_name",
    SortKey.MARKETPLACE: "c.marketplace",
    SortKey.LANGUAGE: "c.language",
    SortKey.REF: "c.ref",
    SortKey.REASON: "c.reason",
    SortKey.DUE: "c.due_at",
}

# Sorts that an index delivers in order (see entities.Case.__table_args__).
_INDEXED_SORTS = frozenset(
    {SortKey.UPDATED, SortKey.CREATED, SortKey.PRIORITY, SortKey.CUSTOMER, SortKey.SUBJECT}
)

_ROW_COLUMNS = (
    "c.rowid, c.id, c.ref, c.subject, c.status, c.priority, c.reason, c.language, "
    "c.marketplace, c.assignee, c.escalation_level, c.created_at, c.updated_at, "
    "c.last_inbound_at, c.last_outbound_at, cu.name, o.external_id, c.due_at, c.due_kind, "
    # the kinds of the case's files, for its evidence checklist (one index lookup a row)
    "(SELECT group_concat(e.kind, ' ') FROM evidence e "
    "WHERE e.case_id = c.id AND e.deleted_at IS NULL)"
)
_ROW_JOINS = (
    "LEFT JOIN customers cu ON cu.id = c.customer_id LEFT JOIN orders o ON o.id = c.order_id"
)


@dataclass(frozen=True)
class InboxQuery:
    view: View = View.ALL_OPEN
    search: str = ""
    sort: SortKey = SortKey.UPDATED
    descending: bool = True
    agent: str | None = None
    now: dt.datetime | None = None  # for the deadline views; the current time when None
    day_end: dt.datetime | None = None  # the end of the agent's today, for "Due today"


@dataclass(frozen=True)
class InboxRow:
    rowid: int
    id: uuid.UUID
    ref: str
    subject: str
    status: str
    priority: str
    reason: str
    language: str | None
    marketplace: str | None
    assignee: str | None
    escalation_level: int
    customer: str | None
    order_id: str | None
    due_kind: str | None = None
    evidence_done: int = 0
    evidence_total: int = 0  # 0: no checklist for this reason
    # Created, updated, last inbound, last outbound, due: as stored (microseconds, UTC),
    # made datetimes when first read (a page holds 100 rows; the table shows about 30).
    stamps: tuple[int | None, ...] = (None, None, None, None, None)

    @cached_property
    def created_at(self) -> dt.datetime:
        return _ts(self.stamps[0])

    @cached_property
    def updated_at(self) -> dt.datetime:
        return _ts(self.stamps[1])

    @cached_property
    def last_inbound_at(self) -> dt.datetime | None:
        return _ts(self.stamps[2])

    @cached_property
    def last_outbound_at(self) -> dt.datetime | None:
        return _ts(self.stamps[3])

    @cached_property
    def due_at(self) -> dt.datetime | None:
        return _ts(self.stamps[4])

    @property
    def unanswered(self) -> bool:
        inbound, outbound = self.stamps[2], self.stamps[3]
        return inbound is not None and (outbound is None or outbound < inbound)


class QueryProblem(InvalidInput, ValueError):
    """The search text has a filter that cannot work; the message says why."""


def _where(query: InboxQuery, walk: bool = False) -> SqlFilter:
    sql = SqlFilter()
    sql.add("c.deleted_at IS NULL")
    groups = {
        View.ALL_OPEN: OPEN_STATUSES,
        View.WAITING: WAITING_STATUSES,
        View.RESOLVED: DONE_STATUSES,
        View.MINE: OPEN_STATUSES,
    }
    # With a sort that has its own index, a unary + keeps SQLite from choosing the status
    # index and sorting every matching case: it walks the sort index and stops after a page
    # (customer sort of the open inbox on a million cases: 210 ms -> 4 ms).
    pure_status_view = query.view in (
        View.ALL_OPEN,
        View.WAITING,
        View.RESOLVED,
        View.OVERDUE,
        View.DUE_TODAY,
        View.ESCALATED,
    )
    status = "+c.status" if pure_status_view and query.sort in _INDEXED_SORTS else "c.status"
    if query.view in groups:
        values = tuple(s.value for s in groups[query.view])
        sql.add(f"{status} IN ({', '.join('?' for _ in values)})", *values)
    if query.view == View.MINE:
        sql.add("c.assignee = ?", query.agent or "")
    now = query.now or dt.datetime.now(dt.UTC)
    if query.view in (View.OVERDUE, View.DUE_TODAY, View.ESCALATED):
        values = tuple(s.value for s in OPEN_STATUSES)
        sql.add(f"{status} IN ({', '.join('?' for _ in values)})", *values)
    if query.view == View.OVERDUE:
        sql.add("c.due_at < ?", utc_micros(now))
    elif query.view == View.DUE_TODAY:
        day_end = query.day_end or now.replace(hour=23, minute=59, second=59)
        sql.add("c.due_at >= ? AND c.due_at <= ?", utc_micros(now), utc_micros(day_end))
    elif query.view == View.ESCALATED:
        sql.add("(c.escalation_level > 0 OR c.due_at <= ?)", utc_micros(now + DUE_SOON))
    parsed = parse_query(query.search)
    apply_filters(parsed, sql, query.agent, now)
    apply_text(parsed.text, sql, walk=walk)
    if sql.problems:
        raise QueryProblem("; ".join(sql.problems))
    return sql


def _order_by(query: InboxQuery) -> str:
    """The sort column, then recency, then rowid: a total order that the
    (column, updated_at) indexes can deliver without sorting."""
    direction = "DESC" if query.descending else "ASC"
    keys = [_SORT_SQL[query.sort]]
    if query.sort == SortKey.DUE:
        # Cases without a running deadline come after those with one, both ways.
        keys.insert(0, "(c.due_at IS NULL)")
        direction_of_null = "ASC"
        ordered = [f"{keys[0]} {direction_of_null}"] + [
            f"{key} {direction}" for key in (keys[1], "c.updated_at", "c.rowid")
        ]
        return ", ".join(ordered)
    if query.sort not in (SortKey.UPDATED, SortKey.CREATED):
        keys.append("c.updated_at")
    return ", ".join(f"{key} {direction}" for key in [*keys, "c.rowid"])


# What a write can change in a case that exists, by the names `deciding_facts` gives (case
# columns, and what a row joins in). A reference and a creation time never change; a
# deletion reports `reload_all`.
CHANGEABLE_FACTS = frozenset(
    {
        "status",
        "assignee",
        "priority",
        "reason",
        "language",
        "marketplace",
        "subject",
        "due_at",
        "escalation_level",
        "updated_at",
        "customer",
        "order",
        "tags",
        "messages",
    }
)

_VIEW_FACTS = {
    View.ALL_OPEN: {"status"},
    View.WAITING: {"status"},
    View.RESOLVED: {"status"},
    View.MINE: {"status", "assignee"},
    View.ALL: set(),
    View.OVERDUE: {"status", "due_at"},
    View.DUE_TODAY: {"status", "due_at"},
    View.ESCALATED: {"status", "due_at", "escalation_level"},
}
_FILTER_FACTS = {
    "status": {"status"},
    "reason": {"reason"},
    "lang": {"language"},
    "priority": {"priority"},
    "marketplace": {"marketplace"},
    "order": {"order"},
    "tag": {"tags"},
    "assignee": {"assignee"},
    "ref": {"ref"},
    "customer": {"customer"},
}
_IS_FACTS = {
    "escalated": {"escalation_level", "due_at"},
    "unassigned": {"assignee"},
    "unanswered": {"messages"},
    "new": {"status"},
    "overdue": {"due_at"},
    "held": {"messages"},
}
_SORT_FACTS = {
    SortKey.UPDATED: "updated_at",
    SortKey.CREATED: "created_at",
    SortKey.PRIORITY: "priority",
    SortKey.STATUS: "status",
    SortKey.SUBJECT: "subject",
    SortKey.CUSTOMER: "customer",
    SortKey.MARKETPLACE: "marketplace",
    SortKey.LANGUAGE: "language",
    SortKey.REF: "ref",
    SortKey.REASON: "reason",
    SortKey.DUE: "due_at",
}


def deciding_facts(query: InboxQuery) -> frozenset[str]:
    """What decides whether a case is in `query`'s view and where: what its view, its
    search and its sort read (names as in `CHANGEABLE_FACTS`). A write that changes one of
    them may move cases in or out of the view or reorder it; any other write changes only
    what the rows of the cases it names show."""
    facts = set(_VIEW_FACTS[query.view])
    parsed = parse_query(query.search)
    for key, value in parsed.filters:
        if key == "is":  # an unknown is: value stops the view anyway: count it as everything
            facts |= _IS_FACTS.get(value.lower(), CHANGEABLE_FACTS)
        else:
            facts |= _FILTER_FACTS[key]
    if parsed.text:
        facts |= {"subject", "customer", "order", "messages"}  # what the search index holds
    facts.add(_SORT_FACTS[query.sort])
    # Equal sort values fall back on recency (see _order_by); refs are unique, and the
    # creation sort falls back on the rowid alone.
    if query.sort not in (SortKey.REF, SortKey.CREATED):
        facts.add("updated_at")
    return frozenset(facts)


def ids_sql(query: InboxQuery, *, walk: bool = False) -> tuple[str, tuple]:
    where = _where(query, walk)
    sql = (
        f"SELECT c.rowid AS rid FROM cases c WHERE {' AND '.join(where.clauses)} "
        f"ORDER BY {_order_by(query)}"
    )
    return sql, tuple(where.params)


def first_page_sql(query: InboxQuery, limit: int, *, walk: bool = False) -> tuple[str, tuple]:
    """The first `limit` rows with their contents.

    The narrow sort keys are ordered and cut in a subquery, and only the rows
    that made the cut are joined to their customer and order: joining before
    sorting cost 70 ms on 100,000 cases, this costs about 1 ms.
    """
    ids, params = ids_sql(query, walk=walk)
    order = _order_by(query)
    sql = (
        f"SELECT {_ROW_COLUMNS} FROM ({ids} LIMIT {int(limit)}) page "
        f"JOIN cases c ON c.rowid = page.rid {_ROW_JOINS} ORDER BY {order}"
    )
    return sql, params


def case_rowids(connection: sa.Connection, query: InboxQuery) -> array:
    """Every case rowid the query shows, in display order (8 bytes a case)."""
    sql, params = ids_sql(query)
    # Straight from the cursor into the array: no list of rows in between.
    return array("q", connection.exec_driver_sql(sql, params).scalars())


def count(connection: sa.Connection, query: InboxQuery) -> int:
    where = _where(query)
    sql = f"SELECT count(*) FROM cases c WHERE {' AND '.join(where.clauses)}"
    return connection.exec_driver_sql(sql, tuple(where.params)).scalar_one()


def walks(connection: sa.Connection, query: InboxQuery) -> bool:
    """Whether the first page of `query` should walk its sort's index rather than start
    from the search's candidates (see `search.DENSE_MATCHES`)."""
    if query.sort not in _INDEXED_SORTS:
        return False
    text = searched_text(query.search)
    return bool(text) and is_dense(connection, text)


def first_page(connection: sa.Connection, query: InboxQuery, limit: int = 100) -> list[InboxRow]:
    sql, params = first_page_sql(query, limit, walk=walks(connection, query))
    return [_row(r) for r in connection.exec_driver_sql(sql, params)]


def rows_for(connection: sa.Connection, rowids: list[int]) -> dict[int, InboxRow]:
    """Row contents for the given rowids (a page of the view), keyed by rowid."""
    if not rowids:
        return {}
    marks = ", ".join("?" for _ in rowids)
    sql = f"SELECT {_ROW_COLUMNS} FROM cases c {_ROW_JOINS} WHERE c.rowid IN ({marks})"
    return {r[0]: _row(r) for r in connection.exec_driver_sql(sql, tuple(rowids))}


def rowids_of(connection: sa.Connection, case_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not case_ids:
        return {}
    marks = ", ".join("?" for _ in case_ids)
    sql = f"SELECT id, rowid FROM cases WHERE id IN ({marks})"
    rows = connection.exec_driver_sql(sql, tuple(c.bytes for c in case_ids))
    return {uuid.UUID(bytes=r[0]): r[1] for r in rows}


def _ts(value: int | None) -> dt.datetime | None:
    return None if value is None else from_utc_micros(value)


def _row(r: tuple) -> InboxRow:
    checklist = evidence_checklist(r[6], (r[19] or "").split(), has_order=r[16] is not None)
    return InboxRow(
        rowid=r[0],
        id=uuid.UUID(bytes=r[1]),
        ref=r[2],
        subject=r[3],
        status=r[4],
        priority=r[5],
        reason=r[6],
        language=r[7],
        marketplace=r[8],
        assignee=r[9],
        escalation_level=r[10],
        customer=r[15],
        order_id=r[16],
        due_kind=r[18],
        evidence_done=checklist.done,
        evidence_total=checklist.total,
        stamps=(r[11], r[12], r[13], r[14], r[17]),
    )
