"""Response clocks: calendar hours (DST-safe) and business days in the country calendar."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.services.core.errors import InvalidInput
from app.services.deadlines.policy import BusinessCalendar, add_calendar_hours, load_policy_book

D = dt.date
UTC = dt.UTC
LA = ZoneInfo("America/Los_Angeles")
BERLIN = ZoneInfo("Europe/Berlin")


def elapsed(start: dt.datetime, end: dt.datetime) -> dt.timedelta:
    """Real elapsed time. (Subtracting two datetimes that share a tzinfo is wall-clock!)"""
    return end.astimezone(UTC) - start.astimezone(UTC)


# ----------------------------------------------------------------------------- clock figures

CLOCKS = [
    # (attribute, value, rule name)
    ("reply_hours", 24, "reply"),
    ("return_request_hours", 48, "return_request"),
    ("a_to_z_response_hours", 48, "a_to_z_response"),
    ("a_to_z_response_earlier_hours", 72, "a_to_z_response"),
    ("a_to_z_appeal_days", 30, "a_to_z_appeal"),
    ("a_to_z_claim_after_edd_days", 3, "a_to_z_claim"),
    ("a_to_z_claim_window_days", 90, "a_to_z_claim"),
    ("a_to_z_contact_wait_hours", 48, "a_to_z_claim"),
    ("chargeback_days", 7, "chargeback"),
    ("refund_business_days", 2, "refund"),
]


@pytest.mark.parametrize("code", load_policy_book().codes)
@pytest.mark.parametrize(("attribute", "value", "name"), CLOCKS, ids=[c[0] for c in CLOCKS])
def test_clock_figures(code, attribute, value, name):
    clocks = load_policy_book().marketplace(code).clocks
    assert getattr(clocks, attribute) == value
    rule = clocks.rule(name)
    assert rule.id.startswith(f"{code}.clock.") and rule.title and rule.source


@pytest.mark.parametrize("code", load_policy_book().codes)
def test_cross_border_returns_only_to_germany_and_the_uk(code):
    clocks = load_policy_book().marketplace(code).clocks
    if code in ("amazon.de", "amazon.co.uk"):
        assert clocks.cross_border_return_days == 3
        assert clocks.rule("cross_border_return").effective_from == D(2025, 8, 11)
        assert not clocks.applies("cross_border_return", D(2025, 8, 10))
        assert clocks.applies("cross_border_return", D(2025, 8, 11))
    else:
        assert clocks.cross_border_return_days is None
        assert not clocks.applies("cross_border_return", D(2026, 1, 1))
        with pytest.raises(KeyError, match="cross_border_return"):
            clocks.rule("cross_border_return")


# ----------------------------------------------------------------------------- calendar hours


@pytest.mark.parametrize(
    ("start", "hours", "wall_clock_end"),
    [
        # US/Pacific leaves daylight saving on 2 Nov 2025: 24 h later is an hour earlier
        (dt.datetime(2025, 11, 1, 9, 0, tzinfo=LA), 24, dt.datetime(2025, 11, 2, 8, 0)),
        (dt.datetime(2025, 11, 1, 12, 0, tzinfo=LA), 48, dt.datetime(2025, 11, 3, 11, 0)),
        # Europe/Berlin leaves daylight saving on 26 Oct 2025
        (dt.datetime(2025, 10, 25, 18, 0, tzinfo=BERLIN), 24, dt.datetime(2025, 10, 26, 17, 0)),
        # and enters it on 30 Mar 2025: an hour later
        (dt.datetime(2025, 3, 29, 12, 0, tzinfo=BERLIN), 24, dt.datetime(2025, 3, 30, 13, 0)),
        # no change: same wall-clock time; 7 calendar days for a chargeback
        (dt.datetime(2025, 6, 1, 9, 0, tzinfo=BERLIN), 24, dt.datetime(2025, 6, 2, 9, 0)),
        (dt.datetime(2025, 10, 20, 9, 0, tzinfo=BERLIN), 7 * 24, dt.datetime(2025, 10, 27, 8, 0)),
        (dt.datetime(2025, 6, 1, 9, 0, tzinfo=UTC), 1.5, dt.datetime(2025, 6, 1, 10, 30)),
    ],
)
def test_calendar_hours_are_elapsed_time(start, hours, wall_clock_end):
    end = add_calendar_hours(start, hours)
    assert elapsed(start, end) == dt.timedelta(hours=hours)
    assert end.tzinfo is start.tzinfo
    assert end.replace(tzinfo=None) == wall_clock_end


@pytest.mark.parametrize("fold", [0, 1])
def test_an_ambiguous_start_time_still_gets_24_hours(fold):
    start = dt.datetime(2025, 11, 2, 1, 30, fold=fold, tzinfo=LA)  # 01:30 happens twice
    end = add_calendar_hours(start, 24)
    assert elapsed(start, end) == dt.timedelta(hours=24)


def test_calendar_hours_refuse_naive_and_odd_input():
    with pytest.raises(ValueError, match="timezone-aware"):
        add_calendar_hours(dt.datetime(2025, 11, 1, 9, 0), 24)
    with pytest.raises(ValueError, match="finite"):
        add_calendar_hours(dt.datetime(2025, 11, 1, 9, 0, tzinfo=UTC), float("nan"))
    with pytest.raises(TypeError):
        add_calendar_hours(D(2025, 11, 1), 24)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- business days


@pytest.mark.parametrize(
    ("country", "start", "n", "due", "why"),
    [
        # refund 2 business days after the return arrives, across Thanksgiving
        ("US", D(2025, 11, 26), 2, D(2025, 12, 1), "Thanksgiving Thursday skipped"),
        ("US", D(2025, 11, 24), 2, D(2025, 11, 26), "an ordinary week"),
        ("US", D(2025, 7, 3), 1, D(2025, 7, 7), "4 July and the weekend"),
        # Saudi Arabia: Friday-Saturday weekend
        ("SA", D(2025, 10, 16), 1, D(2025, 10, 19), "Thursday -> Sunday"),
        ("SA", D(2025, 10, 17), 1, D(2025, 10, 19), "from a Friday"),
        ("SA", D(2025, 10, 16), 2, D(2025, 10, 20), "Sunday, Monday"),
        # the UAE: Saturday-Sunday since 2022, Friday-Saturday before
        ("AE", D(2025, 10, 16), 1, D(2025, 10, 17), "Friday is a working day"),
        ("AE", D(2025, 10, 17), 1, D(2025, 10, 20), "Saturday-Sunday skipped"),
        ("AE", D(2021, 12, 23), 1, D(2021, 12, 26), "2021: Friday-Saturday weekend"),
        # Russia: Saturdays moved to be working days
        ("RU", D(2024, 11, 1), 1, D(2024, 11, 2), "working Saturday 2 Nov 2024"),
        ("RU", D(2024, 12, 27), 1, D(2024, 12, 28), "working Saturday 28 Dec 2024"),
        ("RU", D(2024, 11, 2), 1, D(2024, 11, 5), "4 Nov Unity Day skipped"),
        # Christmas in Germany and the UK
        ("DE", D(2025, 12, 23), 2, D(2025, 12, 29), "24 Dec works, 25-28 do not"),
        ("GB", D(2025, 12, 24), 2, D(2025, 12, 30), "Christmas and Boxing Day"),
        # n = 0: the same day when it is a working day, else the next one
        ("US", D(2025, 11, 25), 0, D(2025, 11, 25), "same day"),
        ("US", D(2025, 11, 29), 0, D(2025, 12, 1), "Saturday -> Monday"),
    ],
)
def test_business_days(country, start, n, due, why):
    assert BusinessCalendar(country).add_business_days(start, n) == due


@pytest.mark.parametrize(
    ("country", "day", "working"),
    [
        ("SA", D(2025, 10, 17), False),  # Friday
        ("SA", D(2025, 10, 18), False),  # Saturday
        ("SA", D(2025, 10, 19), True),  # Sunday
        ("AE", D(2025, 10, 17), True),  # Friday
        ("AE", D(2025, 10, 18), False),  # Saturday
        ("RU", D(2024, 11, 2), True),  # a moved working Saturday
        ("RU", D(2024, 12, 28), True),
        ("RU", D(2024, 11, 9), False),  # an ordinary Saturday
        ("US", D(2025, 11, 27), False),  # Thanksgiving
        ("US", D(2025, 11, 28), True),  # the Friday after is not a federal holiday
    ],
)
def test_is_working_day(country, day, working):
    assert BusinessCalendar(country).is_working_day(day) is working


def test_next_working_day():
    us = BusinessCalendar("US")
    assert us.next_working_day(D(2025, 11, 27)) == D(2025, 11, 28)
    assert us.next_working_day(D(2025, 11, 28)) == D(2025, 11, 28)
    assert BusinessCalendar("SA").next_working_day(D(2025, 10, 17)) == D(2025, 10, 19)


def test_refund_clock_in_the_marketplace_calendar():
    policy = load_policy_book().marketplace("amazon.com")
    due = policy.calendar.add_business_days(D(2025, 11, 26), policy.clocks.refund_business_days)
    assert due == D(2025, 12, 1)
    assert load_policy_book().marketplace("amazon.sa").calendar == BusinessCalendar("SA")


def test_business_day_input_is_checked():
    with pytest.raises(ValueError, match="0 or more"):
        BusinessCalendar("US").add_business_days(D(2025, 1, 1), -1)
    with pytest.raises(InvalidInput, match="No public-holiday calendar for country 'XX'"):
        BusinessCalendar("XX")
