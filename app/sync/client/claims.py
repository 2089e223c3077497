"""Only one laptop sends a queued reply: before sending, a signed-in device claims the
message on the server (an operation {"claim": [null, device]}; the first claim to reach
the server wins, rules.FIRST_WINS) and sends only what it won."""

from __future__ import annotations

import uuid

import httpx
from sqlalchemy import select

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
            stamp = profile.ops.record(
                session,
                entity="message",
                entity_id=message_id,
                action="claim",
                data={"claim": [None, profile.device_id]},
                case_id=message.case_id,
            )
            claims[stamp] = message_id
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


def outbox_claimer(profile: Profile, http: httpx.Client | None = None):  # noqa: ANN201
    """The outbox's `claim` for this laptop (`mail.outbox.send_due`): None when it is not
    signed in to a team (it sends alone); else a function that says whether this laptop
    may send a reply:

    - another laptop's claim of it already came down: no;
    - its creation never left this laptop: no one else can have it, so it claims it
      here (the claim goes up after the reply, before anyone could claim it);
    - else the team's server decides (first claim wins); unreachable: not now.
    """
    from app.sync.client.account import account
    from app.sync.client.transport import SyncError

    if account(profile) is None:
        return None

    def claim(message_id: uuid.UUID) -> bool:
        with profile.read() as session:
            message = session.get(Message, message_id)
            if message is None:
                return False
            rows = session.execute(
                select(Operation.device_id, Operation.action, Operation.pushed_at).where(
                    Operation.case_id == message.case_id, Operation.entity_id == message_id
                )
            ).all()
        if any(r.action == "claim" and r.device_id != profile.device_id for r in rows):
            return False
        unshared = any(
            r.action == "create" and r.device_id == profile.device_id and r.pushed_at is None
            for r in rows
        )
        if unshared:
            _claim_here(profile, message_id, message.case_id)
            return True
        try:
            return message_id in claim_for_sending(profile, [message_id], http=http)
        except SyncError:
            return False

    return claim


def _claim_here(profile: Profile, message_id: uuid.UUID, case_id: uuid.UUID) -> None:
    with profile.write() as session:
        profile.ops.record(
            session,
            entity="message",
            entity_id=message_id,
            action="claim",
            data={"claim": [None, profile.device_id]},
            case_id=case_id,
        )
