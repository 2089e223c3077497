"""Stored column types: aware UTC timestamps whose text sorts like time, exact decimals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.types import DecimalText, UTCDateTime, parse_utc_text, utc_text

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
