"""Operations and calls the server tests share."""

from __future__ import annotations

import hashlib
import itertools
import json
import uuid
from typing import Any

import httpx

from app.sync.protocol import PROTOCOL

_counter = itertools.count(1)


def stamp(millis: int, counter: int = 0) -> str:
    """An hlc text: fixed-width milliseconds and counter."""
    return f"{millis:015d}-{counter:06d}"


def new_id() -> str:
    return str(uuid.uuid4())


def op(
    device: str,
    hlc: str,
    entity_id: str,
    data: Any,
    *,
    entity: str = "case",
    action: str = "update",
    case_id: str | None = "same",
    actor: str | None = "Lena",
    created_at: str = "2026-12-03T14:02:11.123456+00:00",
) -> dict:
    return {
        "device": device,
        "hlc": hlc,
        "actor": actor,
        "entity": entity,
        "entity_id": entity_id,
        "case_id": entity_id if case_id == "same" else case_id,
        "action": action,
        "data": data,
        "created_at": created_at,
    }


def push(client: httpx.Client, device: str, ops: list[dict], seen: int = 0) -> httpx.Response:
    return client.post(
        "/v1/push", json={"protocol": PROTOCOL, "device": device, "seen": seen, "ops": ops}
    )


def pushed(client: httpx.Client, device: str, ops: list[dict], seen: int = 0) -> dict:
    answer = push(client, device, ops, seen)
    assert answer.status_code == 200, answer.text
    return answer.json()


def pull_all(client: httpx.Client, after: int = 0, limit: int | None = None) -> dict:
    """Every page after `after`: {ops, notices, latest, epoch, pages}."""
    ops, notices, pages = [], [], 0
    while True:
        query = f"/v1/pull?after={after}" + (f"&limit={limit}" if limit else "")
        answer = client.get(query)
        assert answer.status_code == 200, answer.text
        page = json.loads(answer.content)
        pages += 1
        ops += page["ops"]
        notices += page["notices"]
        after = page["latest"]
        if not page["more"]:
            return {
                "ops": ops,
                "notices": notices,
                "latest": after,
                "epoch": page["epoch"],
                "pages": pages,
            }


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
