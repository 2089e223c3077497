"""Who else has a case open: this device reports what it does, the server answers with
the teammates doing something on the same case (docs/sync.md, POST /v1/presence)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import httpx

from app.services.core.profile import Profile
from app.sync.client.transport import post_json
from app.sync.protocol import ACTIVITIES, ProtocolError, parse_time


@dataclass(frozen=True)
class Presence:
    """A teammate (`agent` on `device`) `activity` ("viewing", "replying") on a case since."""

    agent: str
    device: str
    case_id: uuid.UUID | None
    activity: str | None
    since: dt.datetime | None


def report_presence(
    profile: Profile,
    case_id: uuid.UUID | None,
    activity: str | None,
    http: httpx.Client | None = None,
) -> tuple[Presence, ...]:
    """Say what this device does now (None: nothing); the others on the same case."""
    from app.sync.client.account import client_for

    if activity is not None and activity not in ACTIVITIES:
        raise ValueError(f"unknown activity {activity!r}")
    body = {
        "device": profile.device_id,
        "case_id": str(case_id) if case_id is not None else None,
        "activity": activity if case_id is not None else None,
    }
    with client_for(profile, http) as client:
        answer = post_json(client, "/presence", body, "presence")
    others = []
    for raw in answer.get("others", []) if isinstance(answer, dict) else []:
        try:
            others.append(
                Presence(
                    agent=str(raw["agent"]),
                    device=str(raw["device"]),
                    case_id=uuid.UUID(raw["case_id"]) if raw.get("case_id") else None,
                    activity=raw.get("activity"),
                    since=parse_time(raw["since"], "since") if raw.get("since") else None,
                )
            )
        except (KeyError, ValueError, TypeError, ProtocolError):
            continue
    return tuple(others)
