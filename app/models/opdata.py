"""The stored form of an operation's data: compact bytes that decode to the same JSON.

An operation's data is JSON-shaped: `{field: [before, after], ...}` for a change,
`{field: [null, value], ...}` for a created row, a few other small shapes (a tag,
the rules of a compliance override). Written as JSON text it cost 379 bytes on
average, most of it field names spelled out, `[null, ` before every value of a
create, and ids, timestamps and dates as text. Stored here as:

    byte 0      format: 1 = MessagePack, 2 = zlib-compressed MessagePack
    the rest    MessagePack of [shape, body]
                  shape 0 ("created"): body maps field -> value, read as [null, value]
                  shape 1 ("as is"):   body is the data itself

with field names as small numbers (`FIELDS`, append-only: a number, once given, names
its field for ever) and, inside values, text that is exactly a canonical UUID, an
aware UTC timestamp or a date written as MessagePack extensions of 16, 8 and 4 bytes.
A value the row itself holds for ever (a message's body) is not copied: `ROW_VALUE`
stands for it (one byte).
A value is packed that way only when unpacking gives back the very same text, so
`decode(encode(data)) == data` for every JSON value, whatever a user typed.
Compression is kept only where it pays (long message bodies).

Nothing here knows the tables: `OperationData` is the column type, and the bulk
loaders and the schema 0007 rewrite call `encode` directly.
"""

from __future__ import annotations

import datetime as dt
import struct
import uuid
import zlib
from typing import Any

import msgpack
from sqlalchemy import LargeBinary
from sqlalchemy.types import TypeDecorator

PLAIN = 1
ZLIB = 2
CREATED = 0
AS_IS = 1

_EXT_UUID = 1
_EXT_TIME = 2
_EXT_DATE = 3
_EXT_ROW = 4

COMPRESS_FROM = 120  # bytes of MessagePack below which zlib never wins enough to matter
_MIN_SAVING = 16

# Append-only. The number of a field is its position; never reorder or remove.
FIELDS = (
    "id", "name", "buyer_alias", "email", "locale", "marketplace", "created_at",
    "updated_at", "deleted_at", "key", "value", "source", "customer_id", "external_id",
    "purchased_at", "shipped_at", "delivered_on", "estimated_delivery_min",
    "estimated_delivery_max", "fulfilment", "currency", "total", "carrier",
    "tracking_number", "return_received_on", "refunded_on", "return_requested_at",
    "a_to_z_claim_at", "chargeback_at", "negative_feedback_at", "ref", "subject",
    "customer_name", "order_id", "reason", "status", "priority", "priority_rank",
    "escalation_level", "escalation_reason", "manual_escalation_level",
    "manual_escalation_reason", "manual_escalation_target", "due_at", "due_kind",
    "channel", "language", "assignee", "last_inbound_at", "last_outbound_at", "position",
    "sku", "title", "category", "quantity", "unit_price", "tag", "added_at", "removed_at",
    "direction", "author", "body", "sent_at", "outbound_state", "no_response_needed",
    "template_key", "compliance", "message_id", "sha256", "size", "media_type",
    "original_name", "kind", "caption", "captured_at", "added_by", "case_id", "rules",
    "agent", "evidence_max_mb", "mail_id", "mail_refs", "mail_address", "raw_sha256",
    "mail_flags", "send_after", "attempts", "next_attempt_at", "failure", "contact",
    "minutes",
)  # fmt: skip
_CODE = {name: number for number, name in enumerate(FIELDS)}

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_EPOCH_DAY = dt.date(1970, 1, 1).toordinal()
_MICROSECOND = dt.timedelta(microseconds=1)
_I64 = struct.Struct(">q")
_I32 = struct.Struct(">i")


class RowValue:
    """Stands for a value that the operation's own row holds and never changes: a message's
    body is written once, so its "create" operation does not carry a second copy. Readers
    of the log put the row's value back (`app.services.core.oplog.fill_held`); anything
    that tries to use the stand-in itself (JSON, text) fails loudly instead of showing it.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return "ROW_VALUE"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RowValue)

    def __hash__(self) -> int:
        return 0


ROW_VALUE = RowValue()


class OperationDataError(ValueError):
    """Stored operation data that cannot be read (damaged, or of a newer format)."""


def _pack_text(text: str) -> Any:
    """`text` as an extension when that gives back exactly `text`; else `text`."""
    size = len(text)
    if size == 36 and text[8] == "-" and text[23] == "-":
        try:
            value = uuid.UUID(text)
        except ValueError:
            return text
        if str(value) == text:
            return msgpack.ExtType(_EXT_UUID, value.bytes)
    elif (size in (25, 32)) and text[10] == "T" and text.endswith("+00:00"):
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            return text
        if moment.isoformat() == text:
            return msgpack.ExtType(_EXT_TIME, _I64.pack((moment - _EPOCH) // _MICROSECOND))
    elif size == 10 and text[4] == "-" and text[7] == "-":
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            return text
        if day.isoformat() == text:
            return msgpack.ExtType(_EXT_DATE, _I32.pack(day.toordinal() - _EPOCH_DAY))
    return text


def _pack(value: Any) -> Any:
    if isinstance(value, RowValue):
        return msgpack.ExtType(_EXT_ROW, b"")
    if isinstance(value, str):
        return _pack_text(value)
    if isinstance(value, list):
        return [_pack(v) for v in value]
    if isinstance(value, dict):
        return {_CODE.get(k, k): _pack(v) for k, v in value.items()}
    return value


def _ext(code: int, data: bytes) -> str | RowValue:
    if code == _EXT_UUID:
        return str(uuid.UUID(bytes=data))
    if code == _EXT_TIME:
        return (_EPOCH + dt.timedelta(microseconds=_I64.unpack(data)[0])).isoformat()
    if code == _EXT_DATE:
        return dt.date.fromordinal(_I32.unpack(data)[0] + _EPOCH_DAY).isoformat()
    if code == _EXT_ROW:
        return ROW_VALUE
    raise OperationDataError(f"unknown value type {code} in operation data")


def _unpack(value: Any) -> Any:
    if isinstance(value, list):
        return [_unpack(v) for v in value]
    if isinstance(value, dict):
        return {_name(k): _unpack(v) for k, v in value.items()}
    return value


def _name(key: Any) -> str:
    if isinstance(key, int):
        try:
            return FIELDS[key]
        except IndexError:
            raise OperationDataError(f"unknown field number {key} in operation data") from None
    return key


def _is_created(data: dict) -> bool:
    return bool(data) and all(
        isinstance(v, list) and len(v) == 2 and v[0] is None for v in data.values()
    )


def encode(data: Any) -> bytes:
    """The stored bytes of JSON-shaped `data` (what `oplog.jsonable` returns)."""
    if isinstance(data, dict) and _is_created(data):
        doc = [CREATED, {_CODE.get(k, k): _pack(v[1]) for k, v in data.items()}]
    else:
        doc = [AS_IS, _pack(data)]
    packed = msgpack.packb(doc, use_bin_type=True)
    if len(packed) >= COMPRESS_FROM:
        squeezed = zlib.compress(packed, 6)
        if len(squeezed) + _MIN_SAVING <= len(packed):
            return bytes((ZLIB,)) + squeezed
    return bytes((PLAIN,)) + packed


def decode(stored: bytes) -> Any:
    """The JSON-shaped data of stored bytes; `OperationDataError` when they are not ours."""
    if not stored:
        raise OperationDataError("empty operation data")
    kind, body = stored[0], bytes(stored[1:])
    try:
        if kind == ZLIB:
            body = zlib.decompress(body)
        elif kind != PLAIN:
            raise OperationDataError(f"operation data of an unknown format ({kind})")
        shape, doc = msgpack.unpackb(body, ext_hook=_ext, strict_map_key=False, raw=False)
    except (ValueError, zlib.error, msgpack.UnpackException, TypeError) as exc:
        if isinstance(exc, OperationDataError):
            raise
        raise OperationDataError(f"damaged operation data: {exc}") from exc
    if shape == CREATED:
        return {_name(k): [None, _unpack(v)] for k, v in doc.items()}
    if shape == AS_IS:
        return _unpack(doc)
    raise OperationDataError(f"operation data of an unknown shape ({shape})")


class OperationData(TypeDecorator[Any]):
    """The `operations.data` column: JSON-shaped values in, the same values out."""

    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value, dialect):  # noqa: ANN001
        return None if value is None else encode(value)

    def process_result_value(self, value, dialect):  # noqa: ANN001
        return None if value is None else decode(value)
