"""Only one laptop sends a queued reply: before sending, a signed-in device claims the
message on the server (an operation {"claim": [null, device]}; the first claim to reach
the server wins, rules.FIRST_WINS) and sends only what it won."""

from __future__ import annotations

import uuid

import httpx

from app.models.entities import Message, Operation
from app.services.core.profile import Profile
from app.sync.client import state
from app.sync.client.account import client_for
from app.sync.client.outbox import batches, mark_pushed
from app.sync.client.round import push_batch


def claim_for_sending(
    profile: Profile, message_ids: list[uuid.UUID], http: httpx.Client | None = None
) -> set[uuid.UUID]:
    """Claim `message_ids` for this device and push the claims; the ids it won. A
    SyncError (offline, refused) propagates: the caller sends nothing then."""
    claims: dict[str, uuid.UUID] = {}
    with profile.write() as session:
        for message_id in message_ids:
            message = session.get(Message, message_id)
            if message is None:
                continue
            profile.ops.record(
                session,
                entity="message",
                entity_id=message_id,
                action="claim",
                data={"claim": [None, profile.device_id]},
                case_id=message.case_id,
            )
            session.flush()
            newest = [o for o in session.identity_map.values() if isinstance(o, Operation)]
            claims[max(o.hlc for o in newest if o.entity_id == message_id)] = message_id
        seen = state.cursor(session)
    won: set[uuid.UUID] = set()
    with client_for(profile, http) as client:
        for batch in batches(profile):
            acked = push_batch(profile, client, batch, seen)
            mark_pushed(profile, [a["hlc"] for a in acked], profile.now())
            for ack in acked:
                message_id = claims.get(ack.get("hlc"))
                if message_id is not None and "claim" not in (ack.get("lost") or []):
                    won.add(message_id)
    return won
