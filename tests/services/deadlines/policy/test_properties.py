"""Properties of the policy engine, checked with hypothesis."""

from __future__ import annotations

import datetime as dt
import math
from zoneinfo import ZoneInfo

from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.services.deadlines.policy import (
    BusinessCalendar,
    add_calendar_hours,
    load_policy_book,
    return_window,
)

D = dt.date
SETTINGS = settings(max_examples=200, deadline=None)
CODES = load_policy_book().codes
CATEGORIES = [
    None,
    "electronics",
    "camera",
    "video_games",
    "apple",
    "apparel",
    "home",
    "amazon_devices",
    "renewed",
    "mobile",
    "garden_gnomes",
]
COUNTRIES = ["US", "CA", "GB", "DE", "IT", "JP", "IN", "AE", "SA", "RU"]
ZONES = [ZoneInfo(name) for name in (
    "America/Los_Angeles", "America/Toronto", "Europe/London", "Europe/Berlin",
    "Asia/Tokyo", "Asia/Kolkata", "Asia/Dubai", "Asia/Riyadh", "Australia/Lord_Howe", "UTC",
)]  # fmt: skip

dates = st.dates(min_value=D(2020, 1, 1), max_value=D(2027, 12, 31))


@SETTINGS
@given(
    code=st.sampled_from(CODES),
    category=st.sampled_from(CATEGORIES),
    purchased=dates,
    first_gap=st.integers(0, 60),
    later_by=st.integers(0, 400),
)
def test_a_later_delivery_never_gives_an_earlier_deadline(
    code, category, purchased, first_gap, later_by
):
    policy = load_policy_book().marketplace(code)
    early = purchased + dt.timedelta(days=first_gap)
    late = early + dt.timedelta(days=later_by)
    today = late

    def deadline(delivered: dt.date) -> dt.date:
        return return_window(
            policy, delivered=delivered, purchased=purchased, category=category, today=today
        ).deadline

    assert deadline(early) <= deadline(late)


@SETTINGS
@given(
    code=st.sampled_from(CODES),
    category=st.sampled_from(CATEGORIES),
    delivered=st.dates(min_value=D(2024, 4, 1), max_value=D(2027, 12, 31)),
    later_by=st.integers(0, 400),
)
def test_without_purchase_date_later_delivery_is_never_earlier(code, category, delivered, later_by):
    """Without a purchase date the delivery date stands in for the order date."""
    policy = load_policy_book().marketplace(code)
    late = delivered + dt.timedelta(days=later_by)
    first = return_window(policy, delivered=delivered, category=category, today=late)
    second = return_window(policy, delivered=late, category=category, today=late)
    assert first.deadline <= second.deadline
    assert second.deadline - late >= dt.timedelta(days=second.window_days)


@SETTINGS
@given(country=st.sampled_from(COUNTRIES), start=dates, n=st.integers(0, 15))
def test_adding_a_working_day_never_moves_a_deadline_earlier(country, start, n):
    calendar = BusinessCalendar(country)
    due = calendar.add_business_days(start, n)
    one_more = calendar.add_business_days(start, n + 1)
    assert due >= start and one_more >= due
    if n > 0 or calendar.is_working_day(start):  # n = 0 on a holiday is its next working day
        assert one_more > due
    assert calendar.is_working_day(due) and calendar.is_working_day(one_more)
    # the days in between are exactly the skipped non-working days
    between = [due + dt.timedelta(days=i) for i in range(1, (one_more - due).days)]
    assert not any(calendar.is_working_day(day) for day in between)


@SETTINGS
@given(
    country=st.sampled_from(COUNTRIES),
    start=dates,
    later_by=st.integers(0, 30),
    n=st.integers(0, 10),
)
def test_a_later_start_never_gives_an_earlier_business_day(country, start, later_by, n):
    calendar = BusinessCalendar(country)
    later = start + dt.timedelta(days=later_by)
    assert calendar.add_business_days(start, n) <= calendar.add_business_days(later, n)


@SETTINGS
@given(
    start=st.datetimes(
        min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2037, 12, 31),
        timezones=st.sampled_from(ZONES),
    ),
    hours=st.sampled_from([24, 48, 72, 7 * 24]),
)  # fmt: skip
# Found once: microseconds make float timestamps differ from the exact 604800 s.
@example(
    start=dt.datetime(2004, 1, 4, 0, 0, 0, 640, tzinfo=ZoneInfo("America/Los_Angeles")),
    hours=168,
)
def test_calendar_hours_land_exactly_that_many_hours_later(start, hours):
    end = add_calendar_hours(start, hours)
    # compare instants: subtracting datetimes that share a tzinfo is wall-clock arithmetic
    assert end.astimezone(dt.UTC) - start.astimezone(dt.UTC) == dt.timedelta(hours=hours)
    # timestamps are floats: with microseconds their difference is only exact to ~1e-7 s
    assert math.isclose(end.timestamp() - start.timestamp(), hours * 3600, abs_tol=1e-6)
    assert end.tzinfo is start.tzinfo
