"""The cheap paths of applying a page: a fresh laptop pulls a team's whole history, a
hundred thousand operations, and per-value costs add up (issue 12: under 20 s).

- `checked_op`: the same checks as `protocol.check_op`, by regular expressions instead of
  building a UUID per id; anything the fast path does not accept goes to `check_op`, which
  says what is wrong (or accepts it: the fast path is only stricter);
- `uuid_of` / `uuid_bytes`: ids parsed once per text (a page names each case many times);
- `StoredRows`: rows written with the driver's executemany, each value put in its stored
  form by its column's own bind processor (computed once per table), skipping the
  statement building and parameter processing SQLAlchemy does per row.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import uuid
from typing import Any

from sqlalchemy import Connection, Table

from app.models.types import UuidBlob
from app.sync.protocol import OP_KEYS, check_op, is_hlc

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_NAME = re.compile(r"[a-z_][a-z0-9_]{0,31}\Z")
_CACHE = 1 << 17


@functools.lru_cache(maxsize=_CACHE)
def uuid_of(text: str) -> uuid.UUID:
    return uuid.UUID(text)


@functools.lru_cache(maxsize=_CACHE)
def uuid_bytes(text: str) -> bytes:
    return uuid_of(text).bytes


@functools.lru_cache(maxsize=_CACHE)
def _bytes_of(value: uuid.UUID) -> bytes:
    return value.bytes


def _is_uuid(text: object) -> bool:
    return isinstance(text, str) and _UUID.match(text) is not None


def checked_op(raw: object) -> tuple[dict[str, Any], dt.datetime]:
    """`check_op(raw)` and its parsed, aware `created_at`."""
    if (
        isinstance(raw, dict)
        and _is_uuid(raw.get("device"))
        and is_hlc(raw.get("hlc"))
        and isinstance(raw.get("entity"), str)
        and _NAME.match(raw["entity"])
        and isinstance(raw.get("action"), str)
        and _NAME.match(raw["action"])
        and _is_uuid(raw.get("entity_id"))
        and (raw.get("case_id") is None or _is_uuid(raw["case_id"]))
        and (
            raw.get("actor") is None or (isinstance(raw["actor"], str) and len(raw["actor"]) <= 120)
        )
        and isinstance(raw.get("data"), dict | list)
        and isinstance(raw.get("created_at"), str)
        and len(raw["created_at"]) <= 40
        and all(k in raw for k in OP_KEYS)
    ):
        try:
            moment = dt.datetime.fromisoformat(raw["created_at"])
        except ValueError:
            moment = None
        if moment is not None and moment.tzinfo is not None:
            return {k: raw[k] for k in OP_KEYS}, moment
    op = check_op(raw)  # raises ProtocolError saying what is wrong
    return op, dt.datetime.fromisoformat(op["created_at"])


class StoredRows:
    """Inserts and updates of one table in stored form, through the driver's executemany."""

    def __init__(self, table: Table, connection: Connection) -> None:
        dialect = connection.dialect
        self.table = table
        self.names = [c.key for c in table.columns]
        self.bind: dict[str, Any] = {}
        for column in table.columns:
            if isinstance(column.type, UuidBlob):
                self.bind[column.key] = _stored_uuid
            else:
                self.bind[column.key] = column.type.bind_processor(dialect)

    def _stored(self, name: str, value: Any) -> Any:
        process = self.bind[name]
        return value if process is None else process(value)

    def insert(self, connection: Connection, rows: list[dict[str, Any]]) -> None:
        """Insert `rows` (each with every column, Python values)."""
        names = self.names
        binds = [self.bind[n] for n in names]
        stored = [
            tuple(
                v if p is None else p(v) for p, v in zip(binds, (r[n] for n in names), strict=True)
            )
            for r in rows
        ]
        columns = ", ".join(f'"{n}"' for n in names)
        marks = ", ".join("?" for _ in names)
        connection.exec_driver_sql(
            f'INSERT INTO "{self.table.name}" ({columns}) VALUES ({marks})', stored
        )

    def update(self, connection: Connection, names: tuple[str, ...], rows: list[dict]) -> None:
        """Set `names` on each row of `rows` (dicts with "_id" and those names)."""
        binds = [self.bind[n] for n in names]
        stored = [
            (
                *(
                    v if p is None else p(v)
                    for p, v in zip(binds, (r[n] for n in names), strict=True)
                ),
                _stored_uuid(r["_id"]),
            )
            for r in rows
        ]
        sets = ", ".join(f'"{n}" = ?' for n in names)
        connection.exec_driver_sql(f'UPDATE "{self.table.name}" SET {sets} WHERE id = ?', stored)


def _stored_uuid(value: Any) -> bytes | None:
    if value is None:
        return None
    if isinstance(value, uuid.UUID):
        return _bytes_of(value)
    return uuid_bytes(str(value))
