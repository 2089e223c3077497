"""The merge rule, shared by the client and the server (docs/sync.md).

An operation sets fields; each field is last-writer-wins by the stamp
(hlc, device). Appends (messages, notes, evidence, history) are creates of new
ids and merge by id. Tags merge per tag. Deletes are tombstones: a field like
any other. A few fields are first-writer-wins (the claim of a queued reply: the
laptop whose claim reached the server first sends it, and no other).
"""

from __future__ import annotations

from typing import Any

from app.sync.protocol import stamp_key

TAG_PREFIX = "tag:"

# Recomputed on each laptop from the data it holds; never taken from another device.
DERIVED: dict[str, frozenset[str]] = {
    "case": frozenset(
        {
            "escalation_level",
            "escalation_reason",
            "due_at",
            "due_kind",
            "updated_at",
            "priority_rank",
            "customer_name",
            "last_inbound_at",
            "last_outbound_at",
        }
    ),
    "customer": frozenset({"updated_at"}),
    "order": frozenset({"updated_at"}),
    "reply_template": frozenset({"updated_at"}),
}

# The first write to reach the server wins, whatever its stamp.
FIRST_WINS: frozenset[tuple[str, str]] = frozenset({("message", "claim")})

# Decisions only a team's owner may make: approving or returning a reply an agent sent
# despite blocking findings, and switching that approval on or off. From anyone else the
# server keeps the operation (the history) but applies none of its fields.
OWNER_ONLY_ACTIONS: frozenset[tuple[str, str]] = frozenset(
    {("message", "approve"), ("message", "return")}
)
OWNER_ONLY_SETTINGS: frozenset[str] = frozenset({"override_approval"})

# Operations that record a decision without setting fields (who overrode which rules).
NO_FIELDS: frozenset[tuple[str, str]] = frozenset({("message", "override")})

# Columns that name a blob (a file by its SHA-256) in a created row.
BLOB_FIELDS: dict[str, tuple[str, ...]] = {"evidence": ("sha256",), "message": ("raw_sha256",)}


def field_changes(op: dict[str, Any]) -> dict[str, Any]:
    """The fields `op` sets and their new values (JSON), per the rules above."""
    data = op.get("data")
    entity, action = op["entity"], op["action"]
    if entity == "case_tag":
        tag = data.get("tag") if isinstance(data, dict) else None
        if isinstance(tag, str) and action in ("add", "remove"):
            return {TAG_PREFIX + tag: action == "add"}
        return {}
    if not isinstance(data, dict) or (entity, action) in NO_FIELDS:
        return {}
    changes = {
        key: value[1]
        for key, value in data.items()
        if isinstance(key, str) and isinstance(value, list) and len(value) == 2
    }
    if action == "delete" and "deleted_at" not in changes and entity != "setting":
        changes["deleted_at"] = op["created_at"]
    return changes


def owner_only(op: dict[str, Any]) -> bool:
    """Whether only an owner's operation may set the fields `op` sets."""
    if (op["entity"], op["action"]) in OWNER_ONLY_ACTIONS:
        return True
    return op["entity"] == "setting" and bool(OWNER_ONLY_SETTINGS & set(field_changes(op)))


def is_derived(entity: str, field: str) -> bool:
    return field in DERIVED.get(entity, ())


def beats(hlc: str, device: str, other_hlc: str, other_device: str) -> bool:
    """Whether the write stamped (hlc, device) wins over (other_hlc, other_device)."""
    return stamp_key(hlc, device) > stamp_key(other_hlc, other_device)


def blob_refs(op: dict[str, Any]) -> list[str]:
    """The SHA-256 of every blob `op` names (created evidence, a message's raw mail)."""
    names = BLOB_FIELDS.get(op["entity"])
    if not names or op["action"] != "create" or not isinstance(op.get("data"), dict):
        return []
    refs = []
    for name in names:
        value = op["data"].get(name)
        sha = value[1] if isinstance(value, list) and len(value) == 2 else None
        if isinstance(sha, str):
            refs.append(sha)
    return refs
