"""The values of an order report's cells: timestamps with their zones, days, money, counts.

Seller Central writes ISO 8601 with an offset (`2026-11-20T14:03:11+00:00`,
`2026-11-20T06:03:11-08:00`); older and localised reports write a zone name
(`2026-11-20 14:03:11 PST`), a day first (`20.11.2026 14:03:11 MEZ`) or
slashes (`2026/11/20 23:03:11 JST`, `11/20/2026`). A time without a zone is the
marketplace's local time. Money uses a decimal point, but a report saved again
in a European spreadsheet may have a decimal comma (`1.234,56`).

Each parser raises `CellError` with a reason in English; the caller names the
row and column.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from dateutil import parser as date_parser


class CellError(ValueError):
    """A cell that cannot be read; `str()` says why."""


def _offset(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


# Zone names reports use, as fixed offsets (dateutil cannot know them: they are ambiguous
# worldwide). AST and IST are read as Amazon's Arabia and India stores mean them.
ZONE_NAMES: dict[str, dt.tzinfo] = {
    "UTC": dt.UTC,
    "GMT": dt.UTC,
    "Z": dt.UTC,
    "PST": _offset(-8),
    "PDT": _offset(-7),
    "MST": _offset(-7),
    "MDT": _offset(-6),
    "CST": _offset(-6),
    "CDT": _offset(-5),
    "EST": _offset(-5),
    "EDT": _offset(-4),
    "AKST": _offset(-9),
    "AKDT": _offset(-8),
    "HST": _offset(-10),
    "WET": _offset(0),
    "WEST": _offset(1),
    "BST": _offset(1),
    "CET": _offset(1),
    "CEST": _offset(2),
    "MEZ": _offset(1),
    "MESZ": _offset(2),
    "EET": _offset(2),
    "EEST": _offset(3),
    "AST": _offset(3),
    "GST": _offset(4),
    "IST": _offset(5.5),
    "SGT": _offset(8),
    "JST": _offset(9),
    "KST": _offset(9),
    "AEST": _offset(10),
    "AEDT": _offset(11),
}

_YEAR_RANGE = range(1995, 2101)
# Date and time as Seller Central writes them (the fast path; dateutil reads the rest).
_ISO_NAMED = re.compile(
    r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*([A-Za-z]{1,5})?"
)
_DAY_FIRST_DOTS = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}")
_HAS_YEAR = re.compile(r"\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}")
_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}/\d{1,2}/\d{1,2}")


def _checked(value: dt.datetime, text: str) -> dt.datetime:
    if value.year not in _YEAR_RANGE:
        raise CellError(f"{text!r} is not a plausible date (year {value.year})")
    return value


def _dateutil(text: str, day_first: bool) -> dt.datetime:
    """dateutil's reading, refusing a value that leaves out the year, month or day (it
    would fill them from today)."""
    try:
        first = date_parser.parse(
            text, dayfirst=day_first, tzinfos=ZONE_NAMES, default=dt.datetime(2000, 1, 1)
        )
        second = date_parser.parse(
            text, dayfirst=day_first, tzinfos=ZONE_NAMES, default=dt.datetime(2004, 2, 2)
        )
    except (ValueError, OverflowError, TypeError) as exc:
        raise CellError(f"{text!r} is not a date and time") from exc
    if first.date() != second.date():
        raise CellError(f"{text!r} is not a whole date (year, month and day)")
    return first


def parse_timestamp(text: str, zone: ZoneInfo | None, *, day_first: bool) -> dt.datetime:
    """An aware UTC timestamp; a time without a zone is taken in `zone` (the marketplace's),
    or UTC without one. `day_first` reads 05/06/2026 as 5 June (not in the US)."""
    text = text.strip()
    if not _HAS_YEAR.search(text):
        raise CellError(f"{text!r} is not a date and time")
    value: dt.datetime | None = None
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace(" +", "+"))
    except ValueError:
        match = _ISO_NAMED.fullmatch(text)
        if match is not None and (match.group(3) is None or match.group(3).upper() in ZONE_NAMES):
            value = dt.datetime.fromisoformat(f"{match.group(1)}T{match.group(2)}")
            if match.group(3):
                value = value.replace(tzinfo=ZONE_NAMES[match.group(3).upper()])
    if value is None:
        value = _dateutil(text, day_first or bool(_DAY_FIRST_DOTS.match(text)))
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=zone or dt.UTC)
    return _checked(value, text).astimezone(dt.UTC)


def parse_day(text: str, zone: ZoneInfo | None, *, day_first: bool) -> dt.date:
    """A calendar day in the marketplace's own calendar: a timestamp is moved into `zone`
    first (an arrival "by 20:00 JST" is that day in Japan, not the day before in UTC)."""
    text = text.strip()
    if _DATE_ONLY.fullmatch(text):
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            day = _dateutil(text, day_first or bool(_DAY_FIRST_DOTS.match(text))).date()
        if day.year not in _YEAR_RANGE:
            raise CellError(f"{text!r} is not a plausible date (year {day.year})")
        return day
    stamp = parse_timestamp(text, zone, day_first=day_first)
    return stamp.astimezone(zone or dt.UTC).date()


_MONEY = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)*)")
_COMMA_DECIMAL_CURRENCIES = frozenset({"EUR", "SEK", "PLN", "TRY", "BRL"})


def parse_money(text: str, currency: str | None) -> Decimal:
    """An amount: `24.99`, `24,99`, `1,234.56`, `1.234,56`, `24732` (currency symbols and
    spaces are ignored). A single comma is a decimal comma for the currencies that write
    one, and a thousands separator otherwise (`1,234` yen)."""
    raw = text.strip()
    cleaned = re.sub(r"[\s\u00a0\u202f'$€£¥₹]|[A-Z]{3}", "", raw)
    negative = cleaned.startswith("(") and cleaned.endswith(")")
    cleaned = cleaned.strip("()")
    if not _MONEY.fullmatch(cleaned):
        raise CellError(f"{raw!r} is not an amount")
    dots, commas = cleaned.count("."), cleaned.count(",")
    if dots and commas:
        decimal_mark = "." if cleaned.rfind(".") > cleaned.rfind(",") else ","
    elif commas == 1:
        whole, _, fraction = cleaned.partition(",")
        thousands = len(fraction) == 3 and (currency or "").upper() not in (
            _COMMA_DECIMAL_CURRENCIES
        )
        decimal_mark = "." if thousands else ","
    elif commas > 1:
        decimal_mark = "."
    elif dots > 1:
        decimal_mark = ","
    else:
        decimal_mark = "."
    grouping = "," if decimal_mark == "." else "."
    number = cleaned.replace(grouping, "").replace(decimal_mark, ".")
    try:
        amount = Decimal(number)
    except InvalidOperation as exc:
        raise CellError(f"{raw!r} is not an amount") from exc
    if not amount.is_finite() or abs(amount) >= Decimal("1e12"):
        raise CellError(f"{raw!r} is not a plausible amount")
    return -amount if negative else amount


def parse_quantity(text: str) -> int:
    raw = text.strip()
    try:
        number = Decimal(raw.replace(",", "."))
    except InvalidOperation as exc:
        raise CellError(f"{raw!r} is not a quantity") from exc
    if not number.is_finite() or number != number.to_integral_value() or number < 0:
        raise CellError(f"{raw!r} is not a quantity (a whole number, 0 or more)")
    if number > 1_000_000:
        raise CellError(f"{raw!r} is not a plausible quantity")
    return int(number)
