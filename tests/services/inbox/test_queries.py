"""Inbox views, filters and sorting, all in SQL; pages agree with the id list."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from app.services.cases.operations import (
    NewCase,
    add_reply,
    create_case,
    delete_case,
    update_case,
)
from app.services.cases.signals import set_escalation
from app.services.inbox import pages
from app.services.inbox.queries import (
    CHANGEABLE_FACTS,
    InboxQuery,
    QueryProblem,
    SortKey,
    View,
    case_rowids,
    count,
    deciding_facts,
    first_page,
    rowids_of,
    rows_for,
)

T0 = dt.datetime(2026, 11, 1, 8, 0, tzinfo=dt.UTC)

# subject, customer, marketplace, language, priority, reason, status, assignee, tags, order
CASES = [
    (
        "Belt too short",
        "Anna Schmidt",
        "amazon.de",
        "de",
        "high",
        "wrong_size",
        "new",
        "tester",
        ["vip"],
        "302-1111111-0000001",
    ),
    (
        "belt too short",
        "anna schmidt",
        "amazon.de",
        "de-DE",
        "normal",
        "wrong_size",
        "open",
        None,
        [],
        None,
    ),
    (
        "Parcel lost",
        "Kim Min-jun",
        "amazon.com",
        "ko",
        "urgent",
        "not_received",
        "waiting_customer",
        "tester",
        ["carrier"],
        "111-2222222-0000002",
    ),
    (
        "벨트가 짧아요",
        "Kim Min-jun",
        "amazon.com",
        "ko-KR",
        "low",
        "wrong_size",
        "waiting_third_party",
        "mo",
        [],
        None,
    ),
    ("Refund please", None, None, None, "normal", "refund", "resolved", "tester", ["VIP"], None),
    ("Zipper broke", "Олег", "amazon.pl", "ru", "urgent", "defective", "closed", None, [], None),
    (
        "Belt too short",
        None,
        "amazon.de",
        None,
        "high",
        "wrong_size",
        "open",
        "mo",
        [],
        "302-1111111-0000003",
    ),
    ("Account locked", "Élodie", "amazon.fr", "fr", "low", "account_access", "new", None, [], None),
]


@pytest.fixture
def inbox(profile, clock):
    """Eight cases made at different times with varied fields: {index in CASES: case id}."""
    ids: dict[int, uuid.UUID] = {}
    for i, row in enumerate(CASES):
        subject, customer, market, lang, prio, reason, _, assignee, tags, order = row
        clock.current = T0 + dt.timedelta(hours=i)
        created = create_case(
            profile,
            NewCase(
                subject=subject,
                body=f"message number {i}",
                customer_name=customer,
                marketplace=market,
                language=lang,
                priority=prio,
                reason=reason,
                assignee=assignee,
                tags=tags,
                order_external_id=order,
                received_at=T0 - dt.timedelta(days=i % 3),
            ),
        )
        ids[i] = created.case_id
    # Updates in an order different from creation, so that updated != created order.
    for step, i in enumerate([3, 0, 5, 1, 6, 4, 2, 7]):
        clock.current = T0 + dt.timedelta(days=1, minutes=step)
        status = CASES[i][6]
        if status != "new":
            update_case(profile, ids[i], status=status)
        else:
            update_case(profile, ids[i], subject=CASES[i][0] + " ")  # no change, no touch
    clock.current = T0 + dt.timedelta(days=2)
    add_reply(profile, ids[2], "We are on it.", sent_at=clock())
    clock.advance(minutes=1)
    set_escalation(profile, ids[5], 1, "chargeback")
    return ids


def _ids(profile, **kw) -> list[uuid.UUID]:
    with profile.engine.connect() as connection:
        query = InboxQuery(agent="tester", **kw)
        rowids = list(case_rowids(connection, query))
        rows = rows_for(connection, rowids)
        assert count(connection, query) == len(rowids)
        return [rows[r].id for r in rowids]


def _which(inbox: dict[int, uuid.UUID], found: list[uuid.UUID]) -> set[int]:
    back = {v: k for k, v in inbox.items()}
    return {back[f] for f in found}


# ----------------------------------------------------------------------------- views


@pytest.mark.parametrize(
    ("view", "expected"),
    [
        (View.ALL_OPEN, {0, 1, 2, 3, 6, 7}),
        (View.MINE, {0, 2}),
        (View.WAITING, {2, 3}),
        (View.RESOLVED, {4, 5}),
        (View.ALL, set(range(8))),
    ],
)
def test_views(profile, inbox, view, expected):
    assert _which(inbox, _ids(profile, view=view)) == expected


def test_mine_without_an_agent_shows_nothing(profile, inbox):
    with profile.engine.connect() as connection:
        assert list(case_rowids(connection, InboxQuery(view=View.MINE, agent=None))) == []


def test_deleted_cases_never_show(profile, inbox):
    delete_case(profile, inbox[0])
    delete_case(profile, inbox[4])
    for view in View:
        for search in ("", "belt", "be", "tag:vip", "status:new", "customer:anna", "is:unanswered"):
            found = _which(inbox, _ids(profile, view=view, search=search))
            assert not found & {0, 4}, (view, search)


# ----------------------------------------------------------------------------- filters


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("status:open", {0, 1, 2, 3, 6, 7}),
        ("status:OPEN", {0, 1, 2, 3, 6, 7}),
        ("status:waiting", {2, 3}),
        ("status:done", {4, 5}),
        ("status:waiting-customer", {2}),
        ("status:waiting_third_party", {3}),
        ("status:new", {0, 7}),
        ("reason:wrong-size", {0, 1, 3, 6}),
        ("reason:Defective", {5}),
        ("lang:ko", {2, 3}),
        ("lang:de", {0, 1}),
        ("lang:de-de", {1}),
        ("lang:KO-kr", {3}),
        ("lang:k%", set()),
        ("priority:urgent", {2, 5}),
        ("marketplace:de", {0, 1, 6}),
        ("marketplace:amazon.com", {2, 3}),
        ("order:302-1111111", {0, 6}),
        ("order:111-2222222-0000002", {2}),
        ("order:%", set()),
        ("tag:vip", {0, 4}),
        ("tag:VIP", {0, 4}),
        ("tag:carrier", {2}),
        ("assignee:me", {0, 2, 4}),
        ("assignee:mo", {3, 6}),
        ("is:escalated", {5}),
        ("is:unassigned", {1, 5, 7}),
        ("is:new", {0, 7}),
        ("is:unanswered", {0, 1, 3, 4, 5, 6, 7}),
        ("customer:anna", {0, 1}),
        ("customer:KIM", {2, 3}),
        ("customer:олег", {5}),
        ("customer:élodie", {7}),
        ('customer:"Kim Min"', {2, 3}),
        ("customer:%", set()),
        ("status:open tag:vip", {0}),
        ("status:open belt", {0, 1, 6}),
        ("belt priority:high", {0, 6}),
        ("BELT", {0, 1, 6}),
        ("벨트", {3}),
        ("number 5", {5}),
    ],
)
def test_filters(profile, inbox, search, expected):
    # A time before any reply clock runs out: is:escalated then means the stored signals.
    early = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    assert _which(inbox, _ids(profile, view=View.ALL, search=search, now=early)) == expected


def test_ref_filter(profile, inbox):
    with profile.engine.connect() as connection:
        ref = connection.exec_driver_sql(
            "SELECT ref FROM cases WHERE id = ?", (inbox[3].bytes,)
        ).scalar()
    assert _which(inbox, _ids(profile, view=View.ALL, search=f"ref:{ref}")) == {3}
    typed = ref.lower().replace("-", "")
    assert _which(inbox, _ids(profile, view=View.ALL, search=f"ref:{typed}")) == {3}
    assert _ids(profile, view=View.ALL, search="ref:nothing") == []


@pytest.mark.parametrize(
    ("search", "mentions"),
    [
        ("status:bogus", ["'bogus'", "waiting_customer", "done"]),
        ("reason:bogus", ["'bogus'", "wrong_size", "not_received"]),
        ("priority:asap", ["'asap'", "urgent"]),
        ("is:late", ["is:late", "escalated", "overdue"]),
        ("marketplace:xx", ["'xx'", "amazon.de"]),
        ("status:nope reason:nah", ["'nope'", "'nah'"]),
    ],
)
def test_unknown_filter_values_raise_a_clear_problem(profile, inbox, search, mentions):
    with profile.engine.connect() as connection:
        for call in (case_rowids, count, first_page):
            with pytest.raises(QueryProblem) as caught:
                call(connection, InboxQuery(view=View.ALL, search=search))
            for text in mentions:
                assert text in str(caught.value)


# ----------------------------------------------------------------------------- sorting


def _sort_value(row, key: SortKey):
    return {
        SortKey.UPDATED: row.updated_at,
        SortKey.CREATED: row.created_at,
        SortKey.PRIORITY: ["low", "normal", "high", "urgent"].index(row.priority),
        SortKey.STATUS: row.status,
        SortKey.SUBJECT: row.subject,
        SortKey.CUSTOMER: row.customer,
        SortKey.MARKETPLACE: row.marketplace,
        SortKey.LANGUAGE: row.language,
        SortKey.REF: row.ref,
        SortKey.REASON: row.reason,
        SortKey.DUE: row.due_at,
    }[key]


@pytest.mark.parametrize("key", list(SortKey))
def test_every_sort_key_both_ways_with_stable_ties(profile, inbox, key):
    with profile.engine.connect() as connection:
        rows = rows_for(connection, list(case_rowids(connection, InboxQuery(view=View.ALL))))

        # SQLite sorts NULL first ascending; ties fall back to recency, then rowid, in the
        # same direction (recency is the sort itself for updated and created).
        def tie(r):  # noqa: ANN001, ANN202
            recency = () if key in (SortKey.UPDATED, SortKey.CREATED) else (r.updated_at,)
            return (*recency, r.rowid)

        expected = sorted(
            rows.values(),
            key=lambda r: (
                (False, 0, *tie(r))
                if _sort_value(r, key) is None
                else (True, _sort_value(r, key), *tie(r))
            ),
        )
        for descending in (False, True):
            query = InboxQuery(view=View.ALL, sort=key, descending=descending)
            got = list(case_rowids(connection, query))
            want = [r.rowid for r in (reversed(expected) if descending else expected)]
            if key == SortKey.DUE:  # cases without a deadline come last, both ways
                want = [r for r in want if rows[r].due_at is not None] + [
                    r for r in want if rows[r].due_at is None
                ]
            assert got == want, (key, descending)
            assert list(case_rowids(connection, query)) == got  # deterministic
            page = first_page(connection, query, limit=5)
            assert [r.rowid for r in page] == got[:5]
    values = [_sort_value(r, key) for r in expected]
    if key in (SortKey.SUBJECT, SortKey.PRIORITY, SortKey.CUSTOMER, SortKey.MARKETPLACE):
        assert len(set(values)) < len(values)  # the data really has ties to break


def test_updated_and_created_orders_differ(profile, inbox):
    by_updated = _ids(profile, view=View.ALL, sort=SortKey.UPDATED, descending=False)
    by_created = _ids(profile, view=View.ALL, sort=SortKey.CREATED, descending=False)
    assert by_updated != by_created
    # Cases 2 and 5 were both received 2 days before T0: the tie goes by rowid.
    assert by_created[:2] == [inbox[2], inbox[5]]
    assert _ids(profile, view=View.ALL, sort=SortKey.CREATED)[-2:] == [inbox[5], inbox[2]]


# ----------------------------------------------------------------------------- pages


@pytest.mark.parametrize("search", ["", "belt", "status:open", "tag:vip", "is:unanswered"])
def test_first_page_equals_ids_then_rows(profile, inbox, search):
    with profile.engine.connect() as connection:
        for limit in (1, 3, 100):
            query = InboxQuery(view=View.ALL, search=search, sort=SortKey.PRIORITY)
            rowids = list(case_rowids(connection, query))
            rows = rows_for(connection, rowids[:limit])
            assert first_page(connection, query, limit=limit) == [rows[r] for r in rowids[:limit]]
            assert count(connection, query) == len(rowids)


def test_rows_carry_the_case_facts(profile, inbox):
    with profile.engine.connect() as connection:
        rowid = rowids_of(connection, [inbox[2]])[inbox[2]]
        row = rows_for(connection, [rowid])[rowid]
        assert rows_for(connection, []) == {}
        assert rowids_of(connection, []) == {}
    assert (row.id, row.subject, row.customer, row.order_id) == (
        inbox[2],
        "Parcel lost",
        "Kim Min-jun",
        "111-2222222-0000002",
    )
    assert (row.status, row.priority, row.marketplace, row.language, row.assignee) == (
        "waiting_customer",
        "urgent",
        "amazon.com",
        "ko",
        "tester",
    )
    assert row.created_at.tzinfo == dt.UTC
    assert row.last_outbound_at is not None and not row.unanswered


# ----------------------------------------------------------------------------- what decides


@pytest.mark.parametrize(
    ("query", "facts"),
    [
        (InboxQuery(view=View.ALL, sort=SortKey.REF), {"ref"}),
        (InboxQuery(view=View.ALL, sort=SortKey.CREATED), {"created_at"}),
        (InboxQuery(view=View.ALL), {"updated_at"}),
        (InboxQuery(view=View.ALL_OPEN, sort=SortKey.REF), {"status", "ref"}),
        (InboxQuery(view=View.MINE, sort=SortKey.REF), {"status", "assignee", "ref"}),
        (
            InboxQuery(view=View.ESCALATED, sort=SortKey.CREATED),
            {"status", "due_at", "escalation_level", "created_at"},
        ),
        (
            InboxQuery(view=View.ALL, sort=SortKey.SUBJECT),
            {"subject", "updated_at"},  # equal subjects fall back on recency
        ),
        (InboxQuery(view=View.ALL, sort=SortKey.REF, search="tag:vip"), {"tags", "ref"}),
        (
            InboxQuery(view=View.ALL, sort=SortKey.REF, search="is:unanswered lang:ko"),
            {"messages", "language", "ref"},
        ),
        (
            InboxQuery(view=View.ALL, sort=SortKey.REF, search="belt"),
            {"subject", "customer", "order", "messages", "ref"},
        ),
    ],
)
def test_deciding_facts_name_what_a_view_filters_and_sorts_on(query, facts):
    assert deciding_facts(query) == facts


def test_an_unknown_is_filter_counts_as_every_fact():
    assert deciding_facts(InboxQuery(view=View.ALL, search="is:whenever")) >= CHANGEABLE_FACTS


def test_pages_read_through_the_profile(profile, inbox):
    query = InboxQuery(view=View.ALL, sort=SortKey.REF, descending=False)
    with profile.engine.connect() as connection:
        expected_ids = case_rowids(connection, query)
        expected_first = first_page(connection, query, 2)
    assert pages.rowids(profile, query) == expected_ids
    assert pages.first_page(profile, query, 2) == expected_first
    some = list(expected_ids[:3])
    with profile.engine.connect() as connection:
        assert pages.rows(profile, some) == rows_for(connection, some)
    assert set(pages.rows(profile, some)) == set(some)
