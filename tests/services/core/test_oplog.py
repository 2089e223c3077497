"""The hybrid logical clock and the operation writer."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.enums import CaseStatus
from app.models.types import device_text, hlc_stamp
from app.services.cases.operations import NewCase, create_case
from app.services.core.oplog import HybridClock, jsonable, latest_hlc, note_observed
from app.services.core.profile import Profile
from tests.conftest import FakeClock


def test_ticks_follow_the_wall_clock(clock):
    hlc = HybridClock(clock)
    first = hlc.tick()
    clock.advance(milliseconds=5)
    second = hlc.tick()
    assert HybridClock.parse(second)[0] - HybridClock.parse(first)[0] == 5
    assert HybridClock.parse(second)[1] == 0
    assert first < second


def test_ticks_stay_monotonic_when_the_wall_clock_goes_back(clock):
    hlc = HybridClock(clock)
    stamps = [hlc.tick()]
    clock.advance(hours=-2)
    stamps += [hlc.tick(), hlc.tick()]
    clock.advance(seconds=1)  # still before the first stamp
    stamps.append(hlc.tick())
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)
    assert {HybridClock.parse(s)[0] for s in stamps} == {HybridClock.parse(stamps[0])[0]}


def test_same_millisecond_ticks_count_up(clock):
    hlc = HybridClock(clock)
    stamps = [hlc.tick() for _ in range(3)]
    assert [HybridClock.parse(s)[1] for s in stamps] == [0, 1, 2]


def test_observe_moves_past_a_remote_stamp(clock):
    hlc = HybridClock(clock)
    local = hlc.tick()
    remote = HybridClock.format(HybridClock.parse(local)[0] + 60_000, 7)
    hlc.observe(remote)
    after = hlc.tick()
    assert after > remote > local
    hlc.observe(local)  # an older stamp changes nothing
    assert hlc.tick() > after


def test_a_clock_resumes_after_its_last_stamp(clock):
    ahead = HybridClock.format(int(clock().timestamp() * 1000) + 10_000, 3)
    assert HybridClock(clock, ahead).tick() > ahead


def test_counter_overflow_keeps_text_order(clock):
    near_full = HybridClock.format(int(clock().timestamp() * 1000), 999_999)
    hlc = HybridClock(clock, near_full)
    following = [hlc.tick() for _ in range(3)]
    assert [near_full, *following] == sorted([near_full, *following])
    assert all(len(s) == len(near_full) for s in following)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("tick"), st.integers(-10_000_000, 10_000_000)),
            st.tuples(st.just("observe"), st.integers(-10_000_000, 10_000_000)),
        ),
        max_size=40,
    )
)
def test_stamps_are_strictly_increasing_and_sort_as_text(steps):
    wall = FakeClock()
    hlc = HybridClock(wall)
    base_ms = int(wall().timestamp() * 1000)
    issued: list[str] = []
    for action, offset_ms in steps:
        if action == "tick":
            wall.advance(milliseconds=offset_ms)
            issued.append(hlc.tick())
        else:
            remote = HybridClock.format(base_ms + offset_ms, abs(offset_ms) % 1000)
            hlc.observe(remote)
            stamp = hlc.tick()
            assert stamp > remote
            issued.append(stamp)
    assert issued == sorted(issued)
    assert len(set(issued)) == len(issued)
    parsed = [HybridClock.parse(s) for s in issued]
    assert parsed == sorted(parsed)


def test_jsonable_values():
    when = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
    key = uuid.UUID(int=5)
    assert jsonable(
        {"s": CaseStatus.OPEN, "d": Decimal("1.50"), "u": key, "t": when, "l": (1, None)}
    ) == {
        "s": "open",
        "d": "1.50",
        "u": str(key),
        "t": "2026-11-23T09:00:00+00:00",
        "l": [1, None],
    }
    assert jsonable(dt.date(2026, 1, 2)) == "2026-01-02"
    with pytest.raises(TypeError):
        jsonable(object())


def test_operations_carry_device_actor_and_increasing_stamps(profile, clock):
    create_case(profile, NewCase(subject="One", body="hello", tags=["a", "b"]))
    clock.advance(hours=-1)  # the laptop's clock jumps back
    create_case(profile, NewCase(subject="Two"))
    with profile.read() as session:
        rows = session.execute(
            sa.text("SELECT hlc, device_id, actor FROM operations ORDER BY hlc")
        ).all()
        assert latest_hlc(session, profile.device_id) == hlc_stamp(max(r.hlc for r in rows))
    stamps = [r.hlc for r in rows]  # stored as integers, in the order of the text stamps
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    assert {(device_text(r.device_id), r.actor) for r in rows} == {(profile.device_id, "tester")}


def test_reopened_profile_continues_after_the_last_stamp(profile_dir, clock):
    first = Profile.open(profile_dir, agent="t", now=clock)
    create_case(first, NewCase(subject="Before"))
    with first.read() as session:
        last = latest_hlc(session, first.device_id)
    first.close()
    clock.advance(days=-3)
    again = Profile.open(profile_dir, agent="t", now=clock)
    try:
        create_case(again, NewCase(subject="After"))
        with again.read() as session:
            assert latest_hlc(session, again.device_id) > last
    finally:
        again.close()


def test_a_stamp_seen_from_another_device_outlives_a_restart(profile_dir, clock):
    """A laptop whose clock runs hours behind its teammates' stamps its next change after
    what it pulled, also after it was closed and opened again (sync's `note_observed`)."""
    first = Profile.open(profile_dir, agent="t", now=clock)
    create_case(first, NewCase(subject="Before"))
    ahead = HybridClock.format(int(clock().timestamp() * 1000) + 5 * 3_600_000, 7)
    with first.write() as session:
        note_observed(session, ahead)
        note_observed(session, "000000000000001-000000")  # an older one changes nothing
    first.close()
    again = Profile.open(profile_dir, agent="t", now=clock)
    try:
        create_case(again, NewCase(subject="After"))
        with again.read() as session:
            newest = session.execute(
                sa.text("SELECT max(hlc) FROM operations WHERE device_id = :d"),
                {"d": uuid.UUID(again.device_id).bytes},
            ).scalar()
        assert hlc_stamp(newest) > ahead
    finally:
        again.close()
