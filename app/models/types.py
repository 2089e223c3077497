"""Column types that keep SQLite honest and small: aware UTC timestamps, exact decimals,
UUIDs as 16 bytes.

Timestamps are stored as integer microseconds since 1970-01-01 UTC (6 to 8 bytes where
the text form took 27) and ids as 16-byte blobs (where the hex text took 32): a profile
holds millions of both, in its tables and again in their indexes. Integer order is time
order, so sorting and range filters in SQL work on the stored values directly.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import BigInteger, LargeBinary, String
from sqlalchemy.types import TypeDecorator

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MICROSECOND = dt.timedelta(microseconds=1)
_timedelta = dt.timedelta


def utc_micros(value: dt.datetime) -> int:
    """The stored form of an aware timestamp: microseconds since the epoch, UTC.

    Also used by raw SQL and bulk loads. Exact (integer arithmetic, no float).
    """
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}: timestamps must be timezone-aware")
    return (value - EPOCH) // _MICROSECOND


def from_utc_micros(value: int) -> dt.datetime:
    # Positional timedelta(days, seconds, microseconds): a third faster than the keyword,
    # and the inbox turns five of these into datetimes for every row it shows.
    return EPOCH + _timedelta(0, 0, value)


def utc_text(value: dt.datetime) -> str:
    """Fixed-width UTC text (text order is time order), for timestamps kept inside text:
    the `meta` table's values, and the columns of profiles before schema 0007."""
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}: timestamps must be timezone-aware")
    u = value.astimezone(dt.UTC)
    # Not strftime: its %Y does not zero-pad years before 1000, which breaks the fixed width.
    return (
        f"{u.year:04d}-{u.month:02d}-{u.day:02d}T"
        f"{u.hour:02d}:{u.minute:02d}:{u.second:02d}.{u.microsecond:06d}Z"
    )


def parse_utc_text(value: str) -> dt.datetime:
    # fromisoformat reads the "Z" suffix since Python 3.11, and is ~40x faster than strptime.
    return dt.datetime.fromisoformat(value)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An aware datetime stored as integer microseconds since the epoch (UTC); naive values
    are refused."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: ANN001
        return None if value is None else utc_micros(value)

    def process_result_value(self, value, dialect):  # noqa: ANN001
        return None if value is None else from_utc_micros(value)


class UuidBlob(TypeDecorator[uuid.UUID]):
    """A UUID stored as its 16 bytes."""

    impl = LargeBinary(16)
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: ANN001
        if value is None:
            return None
        return (value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))).bytes

    def process_result_value(self, value, dialect):  # noqa: ANN001
        return None if value is None else uuid.UUID(bytes=bytes(value))


HLC_COUNTER = 1_000_000  # the six-digit counter of a clock stamp


def hlc_number(stamp: str) -> int:
    """A clock stamp ("000001796304468508-000000": milliseconds, counter) as one integer
    that sorts the same way: milliseconds * 1,000,000 + counter."""
    ms, counter = stamp.split("-")
    return int(ms) * HLC_COUNTER + int(counter)


def hlc_stamp(number: int) -> str:
    ms, counter = divmod(number, HLC_COUNTER)
    return f"{ms:015d}-{counter:06d}"


class HlcStamp(TypeDecorator[str]):
    """A hybrid-clock stamp: its text form in Python, one integer (8 bytes) on disk."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: ANN001
        return None if value is None else hlc_number(value)

    def process_result_value(self, value, dialect):  # noqa: ANN001
        return None if value is None else hlc_stamp(value)


def device_key(device_id: str) -> bytes | str:
    """The stored form of a device id: a canonical UUID's 16 bytes, other text as it is."""
    try:
        value = uuid.UUID(device_id)
    except ValueError:
        return device_id
    return value.bytes if str(value) == device_id else device_id


def device_text(stored: bytes | str) -> str:
    return str(uuid.UUID(bytes=bytes(stored))) if isinstance(stored, bytes | memoryview) else stored


class DeviceKey(TypeDecorator[str]):
    """A device id (text in Python): 16 bytes on disk when it is a UUID, as every real one is."""

    impl = String(36)
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: ANN001
        return None if value is None else device_key(value)

    def process_result_value(self, value, dialect):  # noqa: ANN001
        return None if value is None else device_text(value)


class DecimalText(TypeDecorator[Decimal]):
    """An exact decimal (money) stored as text: SQLite has no decimal type."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: ANN001
        return None if value is None else str(Decimal(value))

    def process_result_value(self, value, dialect):  # noqa: ANN001
        return None if value is None else Decimal(value)
