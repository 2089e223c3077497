"""The inbox search language: free text plus Gmail-style filters, turned into SQL.

`status:open reason:defective lang:ko order:123-4567890-1234567 tag:vip
is:escalated is:unanswered is:held assignee:me "wrong size"` all work. Free text of
three or more characters is looked up in the trigram FTS5 index (its trigrams as
quoted strings: user text never reaches FTS syntax unescaped), which names the
candidate cases; their text is then checked. Shorter text, which trigrams cannot
match, is looked for in the text of the cases directly.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from app.models.enums import (
    DONE_STATUSES,
    OPEN_STATUSES,
    WAITING_STATUSES,
    CaseReason,
    CaseStatus,
    Direction,
    OutboundState,
    Priority,
)
from app.models.ids import normalise_ref
from app.models.types import utc_micros
from app.services.core.marketplaces import MARKETPLACES
from app.services.deadlines.escalation import DUE_SOON

FILTER_KEYS = (
    "status",
    "reason",
    "lang",
    "priority",
    "marketplace",
    "order",
    "tag",
    "assignee",
    "is",
    "ref",
    "customer",
)
_TOKEN = re.compile(r'(\w+):"([^"]*)"|(\w+):(\S+)|"([^"]*)"|(\S+)')
# A word:value token whose word is plain ASCII letters reads as a filter; anything else
# with a colon (10:30, https://..., Cyrillic or Hangul words) is text to search for.
_FILTER_LIKE = re.compile(r"[A-Za-z]+")
_EXAMPLES = {
    "status": "status:open",
    "reason": "reason:defective",
    "lang": "lang:ko",
    "priority": "priority:high",
    "marketplace": "marketplace:amazon.de",
    "order": "order:123-",
    "tag": "tag:vip",
    "assignee": "assignee:me",
    "is": "is:escalated",
    "ref": "ref:K7Q2M-9XA3F",
    "customer": 'customer:"Anna Schmidt"',
}
_STATUS_GROUPS = {
    "open": OPEN_STATUSES,
    "waiting": WAITING_STATUSES,
    "done": DONE_STATUSES,
}
_IS_VALUES = ("escalated", "unassigned", "unanswered", "new", "overdue", "held")
MIN_FTS_CHARS = 3


@dataclass
class ParsedQuery:
    text: str = ""
    filters: list[tuple[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def parse_query(query: str) -> ParsedQuery:
    """Filters and free text; a filter that cannot match (no value, an unknown name)
    becomes a problem in words instead of silently matching nothing."""
    parsed = ParsedQuery()
    words: list[str] = []
    for match in _TOKEN.finditer(query or ""):
        raw_key = match.group(1) or match.group(3) or ""
        key = raw_key.lower()
        value = match.group(2) if match.group(1) else match.group(4)
        word = match.group(6)
        if word is not None and word.endswith(":") and word[:-1].lower() in FILTER_KEYS:
            key, value = word[:-1].lower(), ""
        if key in FILTER_KEYS:
            if value:
                parsed.filters.append((key, value))
            else:
                parsed.problems.append(
                    f"The filter {key}: needs a value, e.g. {_EXAMPLES[key]}; "
                    f'to search for the text, put it in quotes: "{key}:"'
                )
        elif key and _FILTER_LIKE.fullmatch(raw_key) and not value.startswith("/"):
            parsed.problems.append(
                f"There is no filter {raw_key}:; the filters are {', '.join(FILTER_KEYS)}; "
                f'to search for the text, put it in quotes: "{raw_key}:{value}"'
            )
        elif match.group(5) is not None:
            words.append(match.group(5))
        else:
            words.append(match.group(0))
    parsed.text = " ".join(w for w in words if w).strip()
    return parsed


def fts_phrase(text: str) -> str:
    """`text` as one FTS5 string literal: quotes doubled, so no operator can leak in."""
    return '"' + text.replace('"', '""') + '"'


@dataclass
class SqlFilter:
    """WHERE fragments (ANDed) over `cases c`, with qmark parameters in order."""

    clauses: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def add(self, clause: str, *params: object) -> None:
        self.clauses.append(clause)
        self.params.extend(params)


def _in_clause(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join('?' for _ in values)})"


def apply_filters(
    parsed: ParsedQuery, sql: SqlFilter, agent: str | None, now: dt.datetime | None = None
) -> None:
    sql.problems.extend(parsed.problems)
    for key, value in parsed.filters:
        value_l = value.lower()
        if key == "status":
            if value_l in _STATUS_GROUPS:
                group = tuple(s.value for s in _STATUS_GROUPS[value_l])
                sql.add(_in_clause("c.status", group), *group)
            elif value_l.replace("-", "_") in {s.value for s in CaseStatus}:
                sql.add("c.status = ?", value_l.replace("-", "_"))
            else:
                sql.problems.append(
                    f"Unknown status {value!r}: use open, waiting, done, or one of "
                    + ", ".join(s.value for s in CaseStatus)
                )
        elif key == "reason":
            reason = value_l.replace("-", "_")
            if reason in {r.value for r in CaseReason}:
                sql.add("c.reason = ?", reason)
            else:
                sql.problems.append(
                    f"Unknown reason {value!r}: use one of "
                    + ", ".join(r.value for r in CaseReason)
                )
        elif key == "priority":
            if value_l in {p.value for p in Priority}:
                sql.add("c.priority = ?", value_l)
            else:
                sql.problems.append(f"Unknown priority {value!r}: use low, normal, high or urgent")
        elif key == "lang":
            sql.add(
                "(c.language = ? COLLATE NOCASE OR c.language LIKE ? ESCAPE '\\')",
                value_l,
                _like_prefix(f"{value_l}-"),
            )
        elif key == "marketplace":
            code = value_l if "." in value_l else f"amazon.{value_l}"
            if code in MARKETPLACES:
                sql.add("c.marketplace = ?", code)
            else:
                sql.problems.append(
                    f"Unknown marketplace {value!r}: use one of " + ", ".join(sorted(MARKETPLACES))
                )
        elif key == "order":
            sql.add(
                "c.order_id IN (SELECT o.id FROM orders o WHERE o.external_id LIKE ? ESCAPE '\\')",
                _like_prefix(value),
            )
        elif key == "tag":
            sql.add(
                "EXISTS (SELECT 1 FROM case_tags t WHERE t.case_id = c.id AND t.tag = ? "
                "AND t.removed_at IS NULL)",
                value_l,
            )
        elif key == "assignee":
            sql.add("c.assignee = ?", agent if value_l == "me" else value)
        elif key == "ref":
            ref = normalise_ref(value)
            sql.add("c.ref = ?", ref or value.upper())
        elif key == "customer":
            sql.add(
                "c.customer_id IN (SELECT cu2.id FROM customers cu2 WHERE casefold(cu2.name) "
                "LIKE ? ESCAPE '\\')",
                "%" + _escape_like(value.casefold()) + "%",
            )
        elif key == "is":
            if value_l == "escalated":
                soon = (now or dt.datetime.now(dt.UTC)) + DUE_SOON
                sql.add("(c.escalation_level > 0 OR c.due_at <= ?)", utc_micros(soon))
            elif value_l == "unassigned":
                sql.add("c.assignee IS NULL")
            elif value_l == "unanswered":
                sql.add(
                    "c.last_inbound_at IS NOT NULL AND "
                    "(c.last_outbound_at IS NULL OR c.last_outbound_at < c.last_inbound_at)"
                )
            elif value_l == "new":
                sql.add("c.status = 'new'")
            elif value_l == "overdue":
                sql.add("c.due_at < ?", utc_micros(now or dt.datetime.now(dt.UTC)))
            elif value_l == "held":  # a "send anyway" waiting for the owner's approval
                sql.add(
                    "EXISTS (SELECT 1 FROM messages m WHERE m.case_id = c.id "
                    "AND m.direction = ? AND m.outbound_state = ? AND m.deleted_at IS NULL)",
                    Direction.OUTBOUND.value,
                    OutboundState.HELD.value,
                )
            else:
                sql.problems.append(f"Unknown is:{value}: use one of " + ", ".join(_IS_VALUES))


def trigram_query(text: str) -> str:
    """An FTS5 query for documents that hold every trigram of `text`.

    The search index keeps no positions (`detail=none`: a fifth of the size), so a
    phrase cannot be asked for; the documents found are candidates, and `_Contains`
    checks their real text. Each trigram is an FTS5 string literal (quotes doubled),
    so no operator can leak in."""
    grams = dict.fromkeys(text[i : i + 3] for i in range(len(text) - 2))
    return " AND ".join(fts_phrase(g) for g in grams)


DENSE_MATCHES = 1000
"""From this many candidate cases on, a first page walks the sort order and checks each
case it meets (a page is found long before the end); below, it starts from the few
candidates and sorts them."""


def searched_text(search: str) -> str:
    """The free text of a search (what `apply_text` looks for), without its filters."""
    return parse_query(search).text.replace("\x00", "").strip()


def is_dense(connection, text: str) -> bool:  # noqa: ANN001 - a SQLAlchemy connection
    """Whether `text` has at least `DENSE_MATCHES` candidate cases (counted up to that)."""
    if len(text) < MIN_FTS_CHARS:
        return True
    found = connection.exec_driver_sql(
        "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT ?)",
        (trigram_query(text), DENSE_MATCHES),
    ).scalar_one()
    return found >= DENSE_MATCHES


class _Contains:
    """How `text` is looked for inside a column's value, by the script of `text`."""

    def __init__(self, text: str) -> None:
        if text.lower() == text.upper():
            # No letter case (Hangul, Chinese, Arabic, digits): SQLite's own instr, no Python.
            self.template, self.value = "instr({}, ?) > 0", text
        elif text.isascii():
            # LIKE folds ASCII case natively.
            self.template, self.value = "{} LIKE ? ESCAPE '\\'", "%" + _escape_like(text) + "%"
        else:
            # Other cased letters (Cyrillic, accented Latin): fold both sides in Python.
            self.template, self.value = "instr(casefold({}), ?) > 0", text.casefold()

    def any_of(self, *columns: str) -> tuple[str, list[str]]:
        clause = " OR ".join(self.template.format(c) for c in columns)
        return (f"({clause})" if len(columns) > 1 else clause), [self.value] * len(columns)


# The customer's part of a case's search document, as `search_docs` (schema 0007) has it.
_PARTY = "cu.name || ' ' || coalesce(cu.buyer_alias, '') || ' ' || coalesce(cu.email, '')"


def apply_text(text: str, sql: SqlFilter, *, walk: bool = False) -> None:
    """Match free text against case subjects, customers, order ids and message bodies.

    Three characters or more: the trigram index gives the candidate cases, and only
    those are checked against their text; shorter text (trigrams cannot match it) is
    looked for in the text of every case the view walks. `walk`: the candidates must
    not drive the query (a unary + on the rowid): SQLite then walks the sort's index."""
    # FTS5 ends a string at NUL ("unterminated string"); stored text never holds one anyway.
    text = text.replace("\x00", "").strip()
    if not text:
        return
    contains = _Contains(text)
    subject, subject_params = contains.any_of("c.subject")
    party, party_params = contains.any_of(_PARTY)
    order, order_params = contains.any_of("o.external_id")
    body, body_params = contains.any_of("m.body")
    check = (
        f"({subject} "
        f"OR EXISTS (SELECT 1 FROM customers cu WHERE cu.id = c.customer_id AND {party}) "
        f"OR EXISTS (SELECT 1 FROM orders o WHERE o.id = c.order_id AND {order}) "
        "OR EXISTS (SELECT 1 FROM messages m WHERE m.case_id = c.id AND m.deleted_at IS NULL "
        f"AND {body}))"
    )
    params = (*subject_params, *party_params, *order_params, *body_params)
    if len(text) >= MIN_FTS_CHARS:
        rowid = "+c.rowid" if walk else "c.rowid"
        sql.add(
            f"{rowid} IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)",
            trigram_query(text),
        )
        sql.add(check, *params)
    elif walk:
        sql.add(check, *params)  # case by case, until the page is full
    else:
        # Every match: one pass over each table beats looking up each case's rows.
        subject, _ = contains.any_of("s.subject")
        sql.add(
            f"(c.rowid IN (SELECT s.rowid FROM cases s WHERE {subject}) "
            f"OR c.customer_id IN (SELECT cu.id FROM customers cu WHERE {party}) "
            f"OR c.order_id IN (SELECT o.id FROM orders o WHERE {order}) "
            "OR c.id IN (SELECT m.case_id FROM messages m WHERE m.deleted_at IS NULL "
            f"AND {body}))",
            *params,
        )


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like_prefix(text: str) -> str:
    return _escape_like(text) + "%"
