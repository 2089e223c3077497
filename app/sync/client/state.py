"""This device's sync state: meta keys (never logged, never synced) and the token in the
system keyring (docs/sync.md "Client state").

The keys live in the `meta` table beside the device id; they are read and written inside
the caller's `profile.read()` / `profile.write()` session, so a pulled page and the cursor
that follows it commit together.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.models.entities import Meta

SERVER = "sync/server"
EPOCH = "sync/epoch"
CURSOR = "sync/cursor"
TEAM = "sync/team"
TEAM_KIND = "sync/team_kind"
AGENT = "sync/agent"
ROLE = "sync/role"
LAST_SYNCED_AT = "sync/last_synced_at"
LAST_ERROR = "sync/last_error"
ROSTER = "sync/roster"
KEYS = (SERVER, EPOCH, CURSOR, TEAM, TEAM_KIND, AGENT, ROLE, LAST_SYNCED_AT, LAST_ERROR, ROSTER)

KEYRING_SERVICE = "support-workbench-sync"


class NoKeyring(UserError):
    """This machine has no keyring to keep the sync token in."""


def get(session: Session, key: str) -> str | None:
    row = session.get(Meta, key)
    return None if row is None else row.value


def get_all(session: Session) -> dict[str, str]:
    rows = session.execute(select(Meta.key, Meta.value).where(Meta.key.in_(KEYS)))
    return {key: value for key, value in rows}


def put(session: Session, key: str, value: str | None) -> None:
    """Store `value` under `key` (None removes it)."""
    row = session.get(Meta, key)
    if value is None:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        session.add(Meta(key=key, value=value))
    else:
        row.value = value


def clear(session: Session) -> None:
    session.execute(delete(Meta).where(Meta.key.in_(KEYS)))


def cursor(session: Session) -> int:
    value = get(session, CURSOR)
    try:
        return int(value) if value else 0
    except ValueError:
        return 0


def roster_of(value: str | None) -> list[dict[str, Any]]:
    try:
        data = json.loads(value) if value else []
    except ValueError:
        return []
    return [a for a in data if isinstance(a, dict)] if isinstance(data, list) else []


def _device_user(server_url: str, device_id: str) -> str:
    return f"{server_url}#{device_id}"


def store_token(server_url: str, token: str, device_id: str) -> None:
    """Keep `token` under the server's URL (the keyring's user name), and under the URL and
    this device, so two profiles on one computer signed in to one server (two agents, or
    a trainer's class) each keep their own."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, _device_user(server_url, device_id), token)
        keyring.set_password(KEYRING_SERVICE, server_url, token)
    except KeyringError as exc:
        raise NoKeyring(
            "This computer has no password store (keyring) the workbench can use, so the "
            f"sync token cannot be kept safely: {exc}"
        ) from None


def load_token(server_url: str, device_id: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(
            KEYRING_SERVICE, _device_user(server_url, device_id)
        ) or keyring.get_password(KEYRING_SERVICE, server_url)
    except KeyringError:
        return None


def forget_token(server_url: str, device_id: str) -> None:
    """Remove this device's token (and the server's entry when it is this device's)."""
    import keyring

    try:
        mine = keyring.get_password(KEYRING_SERVICE, _device_user(server_url, device_id))
        if mine is not None:
            keyring.delete_password(KEYRING_SERVICE, _device_user(server_url, device_id))
        if mine is None or keyring.get_password(KEYRING_SERVICE, server_url) == mine:
            keyring.delete_password(KEYRING_SERVICE, server_url)
    except Exception:  # noqa: BLE001 - nothing stored, or no keyring: nothing to remove
        pass
