"""A big pulled page indexes each case's search document once (search_bulk): search must
find exactly what it finds after the same operations applied one page each, and a page
that fails leaves the triggers and the index as they were."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.demo.generated import generate_cases
from app.models.entities import Case
from app.services.cases.operations import add_message, update_case
from app.services.core.profile import Profile
from app.services.inbox.queries import InboxQuery, View, case_rowids
from app.sync.client import search_bulk
from app.sync.client.apply import apply_page
from app.sync.client.outbox import pending_ops

WORDS = ("belt", "refund", "order", "Zyxw", "parcel", "size", "broken", "thanks", "bulkword")


def _clock(start: dt.datetime):  # noqa: ANN202
    moment = [start]

    def now() -> dt.datetime:
        moment[0] += dt.timedelta(milliseconds=1)
        return moment[0]

    return now


def _page(ops: list[dict], first_version: int) -> dict:
    wire = [{**op, "version": first_version + i, "lost": []} for i, op in enumerate(ops)]
    return {"epoch": "e", "ops": wire, "notices": [], "latest": first_version + len(ops) - 1}


def _found(profile: Profile) -> dict[str, set]:
    """word -> the ids of the cases a search for it finds; and the index's own check."""
    found = {}
    with profile.engine.connect() as connection:
        connection.exec_driver_sql(
            "INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)"
        )
        for word in WORDS:
            rowids = list(case_rowids(connection, InboxQuery(view=View.ALL, search=word)))
            marks = ", ".join("?" for _ in rowids)
            ids = connection.exec_driver_sql(
                f"SELECT id FROM cases WHERE rowid IN ({marks})", tuple(rowids)
            ).all()
            found[word] = {bytes(r[0]) for r in ids}
    return found


def _triggers(profile: Profile) -> list[tuple]:
    with profile.engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        ).all()


@pytest.fixture
def source(tmp_path):
    profile = Profile.open(tmp_path / "source", now=_clock(dt.datetime(2026, 12, 1, tzinfo=dt.UTC)))
    generate_cases(profile, 40, seed=3)
    yield profile
    profile.close()


def _more_writes(profile: Profile) -> None:
    """Messages on existing cases, a subject changed: documents that exist must change."""
    with profile.read() as session:
        cases = session.scalars(select(Case.id).order_by(Case.created_at, Case.id).limit(12)).all()
    for n, case_id in enumerate(cases):
        add_message(profile, case_id, "inbound", f"bulkword number {n}, the parcel arrived")
        if n % 3 == 0:
            update_case(profile, case_id, subject=f"Zyxw subject {n}")


def test_a_big_page_finds_the_same_cases_as_one_operation_a_page(source, tmp_path, monkeypatch):
    first = pending_ops(source, 100_000)
    _more_writes(source)
    second = pending_ops(source, 100_000, after=first[-1]["hlc"])
    assert sum(op["entity"] == "message" for op in first) > 20
    bulk = Profile.open(tmp_path / "bulk")
    single = Profile.open(tmp_path / "single")
    try:
        monkeypatch.setattr(search_bulk, "THRESHOLD", 1)
        apply_page(bulk, _page(first, 1))
        apply_page(bulk, _page(second, 1 + len(first)))
        monkeypatch.setattr(search_bulk, "THRESHOLD", 10**9)
        for n, op in enumerate(first + second):
            apply_page(single, _page([op], n + 1))
        found = _found(bulk)
        assert found == _found(single)
        assert found["bulkword"] and found["Zyxw"]  # the second page's words are found
        assert _triggers(bulk) == _triggers(single)
    finally:
        bulk.close()
        single.close()


def test_a_failed_big_page_leaves_the_triggers_and_the_index(source, tmp_path, monkeypatch):
    first = pending_ops(source, 100_000)
    _more_writes(source)
    second = pending_ops(source, 100_000, after=first[-1]["hlc"])
    laptop = Profile.open(tmp_path / "laptop")
    try:
        monkeypatch.setattr(search_bulk, "THRESHOLD", 1)
        apply_page(laptop, _page(first, 1))
        triggers, found = _triggers(laptop), _found(laptop)

        def crash() -> None:
            raise RuntimeError("stopped mid-page")

        with pytest.raises(RuntimeError):
            apply_page(laptop, _page(second, 1 + len(first)), after_rows=crash)
        assert _triggers(laptop) == triggers
        assert _found(laptop) == found
        assert not found["bulkword"]
        # The triggers still work: a message written here is found.
        with laptop.read() as session:
            case_id = session.scalars(select(Case.id).limit(1)).one()
        add_message(laptop, case_id, "inbound", "bulkword after the failed page")
        assert _found(laptop)["bulkword"]
    finally:
        laptop.close()
