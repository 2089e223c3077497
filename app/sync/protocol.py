"""The sync wire format, shared by the client and the server (docs/sync.md).

Plain JSON over HTTP. Shapes are checked by `check_op` on both ends: the server
refuses a malformed push before it touches storage, the client refuses a
malformed pull before it touches the profile. Kept free of any web framework so
the desktop app imports it without FastAPI.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any

PROTOCOL = 1
PREFIX = "/v1"

MAX_PUSH_OPS = 1000  # operations in one push request
MAX_BODY_BYTES = 16 * 1024 * 1024  # of one push request
MAX_OP_DATA_BYTES = 2 * 1024 * 1024  # of one operation's JSON data
PULL_LIMIT = 5000  # operations in one pull page (the default and the most)
BLOB_CHUNK_BYTES = 4 * 1024 * 1024  # a blob upload's chunk, at most
PRESENCE_SECONDS = 45  # a presence report lasts this long

TEAM_KINDS = ("shop", "training")
ROLES = ("owner", "agent", "trainer")
ACTIVITIES = ("viewing", "replying")

_HLC = re.compile(r"^\d{15}-\d{6}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,31}$")
OP_KEYS = (
    "device",
    "hlc",
    "actor",
    "entity",
    "entity_id",
    "case_id",
    "action",
    "data",
    "created_at",
)


class ProtocolError(ValueError):
    """A request or answer that does not follow the protocol; the text says what."""


def is_sha256(text: object) -> bool:
    return isinstance(text, str) and bool(_SHA256.match(text))


def is_hlc(text: object) -> bool:
    return isinstance(text, str) and bool(_HLC.match(text))


def canonical_uuid(text: object, what: str) -> str:
    """`text` if it is a canonical UUID (lower-case, dashed); else ProtocolError."""
    if not isinstance(text, str):
        raise ProtocolError(f"{what} must be a UUID")
    try:
        value = uuid.UUID(text)
    except ValueError:
        raise ProtocolError(f"{what} is not a UUID") from None
    if str(value) != text:
        raise ProtocolError(f"{what} is not a canonical UUID")
    return text


def check_op(op: object, device: str | None = None) -> dict[str, Any]:
    """`op` as an operation dict (exactly `OP_KEYS`), or ProtocolError saying what is wrong.

    `device`, when given, is the only device the operation may come from (a push carries
    the pushing device's own operations only)."""
    if not isinstance(op, dict):
        raise ProtocolError("an operation must be an object")
    missing = [k for k in OP_KEYS if k not in op]
    if missing:
        raise ProtocolError(f"an operation lacks {', '.join(missing)}")
    canonical_uuid(op["device"], "device")
    if device is not None and op["device"] != device:
        raise ProtocolError("a push may carry only its own device's operations")
    if not is_hlc(op["hlc"]):
        raise ProtocolError("hlc must look like 000001796304468-000000")
    for key in ("entity", "action"):
        if not isinstance(op[key], str) or not _NAME.match(op[key]):
            raise ProtocolError(f"{key} must be a short lower-case name")
    canonical_uuid(op["entity_id"], "entity_id")
    if op["case_id"] is not None:
        canonical_uuid(op["case_id"], "case_id")
    if op["actor"] is not None and (not isinstance(op["actor"], str) or len(op["actor"]) > 120):
        raise ProtocolError("actor must be a name of at most 120 characters")
    if not isinstance(op["data"], dict | list):
        raise ProtocolError("data must be an object or a list")
    parse_time(op["created_at"], "created_at")
    return {k: op[k] for k in OP_KEYS}


def parse_time(text: object, what: str) -> dt.datetime:
    """An aware timestamp in ISO 8601 text; ProtocolError otherwise."""
    if not isinstance(text, str) or len(text) > 40:
        raise ProtocolError(f"{what} must be an ISO 8601 timestamp")
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ProtocolError(f"{what} must be an ISO 8601 timestamp") from None
    if moment.tzinfo is None:
        raise ProtocolError(f"{what} must carry its time zone")
    return moment


def stamp_key(hlc: str, device: str) -> tuple[str, str]:
    """The order of writes: hybrid clock first, the device id to break a tie."""
    return (hlc, device)
