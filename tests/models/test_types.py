"""Stored column types: aware UTC timestamps as integers that sort like time, exact
decimals, clock stamps as one integer, device ids as 16 bytes."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.types import (
    DecimalText,
    UTCDateTime,
    device_key,
    device_text,
    from_utc_micros,
    hlc_number,
    hlc_stamp,
    parse_utc_text,
    utc_micros,
    utc_text,
)

TOKYO = dt.timezone(dt.timedelta(hours=9))

aware_datetimes = st.datetimes(
    min_value=dt.datetime(1, 1, 2),
    max_value=dt.datetime(9999, 12, 30),
    timezones=st.sampled_from(
        [dt.UTC, TOKYO, dt.timezone(dt.timedelta(hours=-7, minutes=-30)), dt.timezone.min]
    ),
)


@pytest.fixture
def table_engine():
    engine = sa.create_engine("sqlite://")
    metadata = sa.MetaData()
    table = sa.Table(
        "t",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", UTCDateTime()),
        sa.Column("amount", DecimalText()),
    )
    metadata.create_all(engine)
    yield engine, table
    engine.dispose()


def test_naive_datetimes_are_refused(table_engine):
    engine, table = table_engine
    with pytest.raises(ValueError, match="timezone-aware"):
        utc_text(dt.datetime(2026, 11, 23, 9, 0))
    with engine.begin() as connection, pytest.raises(sa.exc.StatementError, match="naive"):
        connection.execute(table.insert().values(id=1, at=dt.datetime(2026, 11, 23)))


def test_aware_datetimes_round_trip_as_utc(table_engine):
    engine, table = table_engine
    local = dt.datetime(2026, 11, 23, 18, 30, 15, 123456, tzinfo=TOKYO)
    with engine.begin() as connection:
        connection.execute(table.insert().values(id=1, at=local, amount=Decimal("19.90")))
        connection.execute(table.insert().values(id=2, at=None, amount=None))
        stored = connection.exec_driver_sql("SELECT at, amount FROM t WHERE id = 1").one()
        back = connection.execute(sa.select(table.c.at, table.c.amount).order_by(table.c.id)).all()
    assert stored == (1795426215123456, "19.90")  # microseconds since 1970, UTC
    assert back[0].at == local
    assert back[0].at.tzinfo == dt.UTC
    assert back[0].amount == Decimal("19.90")
    assert back[1] == (None, None)


@settings(max_examples=100, deadline=None)
@given(aware_datetimes)
def test_text_round_trips(value):
    text = utc_text(value)
    assert len(text) == 27
    assert parse_utc_text(text) == value


@settings(max_examples=100, deadline=None)
@given(aware_datetimes, aware_datetimes)
def test_text_order_is_time_order(a, b):
    assert (utc_text(a) < utc_text(b)) == (a < b)
    assert (utc_text(a) == utc_text(b)) == (a == b)


@settings(max_examples=100, deadline=None)
@given(aware_datetimes, aware_datetimes)
def test_stored_timestamps_round_trip_and_sort_as_time(a, b):
    assert from_utc_micros(utc_micros(a)) == a
    assert (utc_micros(a) < utc_micros(b)) == (a < b)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10**15 - 1), st.integers(0, 999_999))
def test_clock_stamps_are_one_integer_in_the_same_order(ms, counter):
    stamp = f"{ms:015d}-{counter:06d}"
    assert hlc_stamp(hlc_number(stamp)) == stamp
    later = f"{ms:015d}-{min(counter + 1, 999_999):06d}"
    assert (hlc_number(stamp) <= hlc_number(later)) == (stamp <= later)


def test_device_ids_are_16_bytes_when_they_are_uuids():
    real = "61215c2d-7b82-47b2-8bea-6ec0025bbcf5"
    assert device_key(real) == uuid.UUID(real).bytes and device_text(device_key(real)) == real
    for other in ("dev", "61215C2D-7B82-47B2-8BEA-6EC0025BBCF5", "{61215c2d-7b82-47b2-8bea}"):
        assert device_key(other) == other and device_text(other) == other
