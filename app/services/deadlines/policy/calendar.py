"""The two kinds of clock: business days in a country's calendar, and calendar hours.

Business days follow the marketplace country's weekend and public holidays as
the `holidays` package knows them (a Friday-Saturday weekend in Saudi Arabia,
the UAE's Saturday-Sunday weekend since 2022, Russia's working Saturdays).
Calendar hours are elapsed time: 24 hours across a daylight-saving change is
still 24 hours, never "the same wall-clock time tomorrow".
"""

from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache

import holidays

from app.services.core.errors import InvalidInput

__all__ = ["BusinessCalendar", "add_calendar_hours"]

_LONGEST_SEARCH = 366  # a year without a single working day means a broken calendar


@lru_cache(maxsize=64)
def _country_holidays(country: str, subdivision: str | None) -> holidays.HolidayBase:
    try:
        calendar = holidays.country_holidays(country, subdiv=subdivision)
        if "en_US" in (calendar.supported_languages or ()):  # English holiday names
            calendar = holidays.country_holidays(country, subdiv=subdivision, language="en_US")
        return calendar
    except NotImplementedError:
        raise InvalidInput(
            f"No public-holiday calendar for country {country!r}"
            + (f" and subdivision {subdivision!r}" if subdivision else "")
            + "; use a country code the holidays package knows, e.g. US, DE or SA."
        ) from None


class BusinessCalendar:
    """Working days of one country (optionally one subdivision, e.g. a US state)."""

    def __init__(self, country: str, subdivision: str | None = None) -> None:
        self.country = country.strip().upper()
        self.subdivision = subdivision or None
        self._holidays = _country_holidays(self.country, self.subdivision)

    def __repr__(self) -> str:
        where = f"{self.country}-{self.subdivision}" if self.subdivision else self.country
        return f"BusinessCalendar({where})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BusinessCalendar):
            return NotImplemented
        return (self.country, self.subdivision) == (other.country, other.subdivision)

    def __hash__(self) -> int:
        return hash((self.country, self.subdivision))

    def holiday_name(self, day: dt.date) -> str | None:
        """The public holiday on `day` ("Thanksgiving Day"), or None."""
        return self._holidays.get(day)

    def is_working_day(self, day: dt.date) -> bool:
        """Not a weekend day (unless moved to be a working day) and not a public holiday."""
        return bool(self._holidays.is_working_day(_as_date(day)))

    def next_working_day(self, day: dt.date) -> dt.date:
        """`day` itself when it is a working day, else the first working day after it."""
        day = _as_date(day)
        for _ in range(_LONGEST_SEARCH):
            if self.is_working_day(day):
                return day
            day += dt.timedelta(days=1)
        raise InvalidInput(f"The {self.country} calendar has no working day for a year.")

    def add_business_days(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day after `start`; n = 0 gives `next_working_day(start)`.

        A refund due "2 business days after the return is received" on a
        Wednesday before Thanksgiving is due the next Monday.
        """
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise ValueError(f"n must be a whole number of business days, 0 or more; got {n!r}")
        day = _as_date(start)
        if n == 0:
            return self.next_working_day(day)
        for _ in range(n):
            day = self.next_working_day(day + dt.timedelta(days=1))
        return day


def _as_date(day: dt.date) -> dt.date:
    if isinstance(day, dt.datetime):
        return day.date()
    if not isinstance(day, dt.date):
        raise TypeError(f"expected a date, got {type(day).__name__}")
    return day


def add_calendar_hours(start: dt.datetime, hours: float) -> dt.datetime:
    """`start` plus exactly `hours` of elapsed time, in `start`'s time zone.

    The arithmetic happens on the UTC instant, so a 24-hour clock started the
    evening before a daylight-saving change ends 24 real hours later (at 18:00
    instead of 19:00 local time, for example). Naive datetimes are refused.
    """
    if not isinstance(start, dt.datetime):
        raise TypeError(f"start must be a datetime, got {type(start).__name__}")
    if start.tzinfo is None or start.utcoffset() is None:
        raise ValueError("start must be timezone-aware (a naive datetime has no fixed instant)")
    if isinstance(hours, bool) or not math.isfinite(hours):
        raise ValueError(f"hours must be a finite number, got {hours!r}")
    instant = start.astimezone(dt.UTC) + dt.timedelta(hours=hours)
    return instant.astimezone(start.tzinfo)
