"""Column types that keep SQLite honest: aware UTC timestamps and exact decimals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import String
from sqlalchemy.types import TypeDecorator


def utc_text(value: dt.datetime) -> str:
    """The stored form of an aware timestamp: fixed-width UTC text, so text order is time order.

    Also used by raw SQL and bulk loads.
    """
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}: timestamps must be timezone-aware")
    u = value.astimezone(dt.UTC)
    # Not strftime: its %Y does not zero-pad years before 1000, which breaks the fixed width.
    return (
        f"{u.year:04d}-{u.month:02d}-{u.day:02d}T"
        f"{u.hour:02d}:{u.minute:02d}:{u.second:02d}.{u.microsecond:06d}Z"
    )


def parse_utc_text(value: str) -> dt.datetime:
    # fromisoformat reads the "Z" suffix since Python 3.11, and is ~40x faster than
    # strptime: the inbox parses four timestamps for every row it shows.
    return dt.datetime.fromisoformat(value)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An aware datetime stored as fixed-width UTC text; naive values are refused."""

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: ANN001
        return None if value is None else utc_text(value)

    def process_result_value(self, value, dialect):  # noqa: ANN001
        return None if value is None else parse_utc_text(value)


class DecimalText(TypeDecorator[Decimal]):
    """An exact decimal (money) stored as text: SQLite has no decimal type."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: ANN001
        return None if value is None else str(Decimal(value))

    def process_result_value(self, value, dialect):  # noqa: ANN001
        return None if value is None else Decimal(value)
