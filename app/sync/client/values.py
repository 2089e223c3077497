"""JSON values of pulled operations turned into the Python values of a table's columns
(the columns' own types then store them: UUIDs as 16 bytes, times as microseconds)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Integer, Table

from app.models.types import DecimalText, UTCDateTime, UuidBlob
from app.sync.client.fast import uuid_of

Converter = Callable[[Any], Any]


class BadValue(ValueError):
    """A pulled value that does not fit its column (a newer client's, or damaged)."""


def _time(value: Any) -> dt.datetime:
    moment = dt.datetime.fromisoformat(value)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise BadValue(f"not a whole number: {value!r}")
    return int(value)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise BadValue(f"not text: {value!r}")
    return value


def _converter(column_type: Any) -> Converter:
    if isinstance(column_type, UTCDateTime):
        return _time
    if isinstance(column_type, UuidBlob):
        return uuid_of
    if isinstance(column_type, DecimalText):
        return lambda v: Decimal(str(v))
    if isinstance(column_type, Date):
        return lambda v: dt.date.fromisoformat(v)
    if isinstance(column_type, Boolean):
        return bool
    if isinstance(column_type, Integer):
        return _integer
    if isinstance(column_type, JSON):
        return lambda v: v
    return _text


def converters(table: Table) -> dict[str, Converter]:
    """Column name -> the function that reads a pulled JSON value for it."""
    return {column.key: _converter(column.type) for column in table.columns}


def convert(convert_of: dict[str, Converter], name: str, value: Any) -> Any:
    """The column value of a pulled `value`; BadValue when it does not fit."""
    if value is None:
        return None
    try:
        return convert_of[name](value)
    except (ValueError, TypeError, InvalidOperation, AttributeError) as exc:
        raise BadValue(f"{name}: {exc}") from None
