"""The owner's approval of "send anyway" (issue 12).

In a team, the owner can require (the shop setting `override_approval`) that an agent's
reply sent despite blocking compliance findings waits for them: the reply is stored
"held" (`OutboundState.HELD`): not queued, not sent, so the buyer's clock keeps running;
the override (which rules, the agent's reason) is logged as always. The owner sees the
request (`held_replies`) and either approves it (`approve_reply`: it goes on as an
approved send anyway, into this laptop's outbox, or as a draft the agent copies into
Seller Central and marks as sent when this laptop has no mailbox or the case no address)
or returns it (`return_reply`: a draft again, with the owner's note as an internal note).

Who is the owner is the profile's sync account: its role, kept by the sync client in the
Meta key `sync/role`. Not signed in to a team is a seller alone, who needs nobody's
approval: the setting then does nothing.

The approval and the return are operations of their own (entity "message", actions
"approve" and "return"), so that the sync server can refuse them from anyone but an owner.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.entities import Case, Message, Meta, Operation
from app.models.enums import CaseStatus, Channel, Direction, OutboundState
from app.models.ids import new_id
from app.services.core import settings
from app.services.core.changes import Changes
from app.services.core.errors import InvalidInput, NotFound
from app.services.core.profile import Profile
from app.services.core.validation import MAX_BODY_CHARS, clean_line, clean_text
from app.services.deadlines.escalation import refresh_signals

OWNER = "owner"
ROLE_KEY = "sync/role"  # written by the sync client when the agent signs in (docs/sync.md)
APPROVE, RETURN = "approve", "return"
MAX_NOTE_CHARS = 4000
_TRUE = frozenset({"1", "true", "on", "yes"})


@dataclass(frozen=True)
class HeldReply:
    """A reply waiting for the owner: what it says, which rules it breaks and why it should
    go anyway."""

    message_id: uuid.UUID
    case_id: uuid.UUID
    case_ref: str
    subject: str
    author: str | None
    body: str
    language: str | None
    rules: tuple[str, ...]
    reason: str
    held_at: dt.datetime


@dataclass(frozen=True)
class Held:
    """What `hold_reply` wrote: the held reply's id."""

    changes: Changes
    message_id: uuid.UUID


# ----------------------------------------------------------------------------- who and when


def sync_role(profile: Profile) -> str | None:
    """This profile's role in its sync team (owner, agent, trainer); None when it is not
    signed in to one."""
    with profile.read() as session:
        row = session.get(Meta, ROLE_KEY)
    return (row.value.strip() or None) if row is not None else None


def is_owner(profile: Profile) -> bool:
    """Whether this profile may approve: the team's owner, or a seller alone (no team)."""
    return sync_role(profile) in (None, OWNER)


def override_approval(profile: Profile) -> bool:
    """The shop setting: does an agent's "send anyway" wait for the owner?"""
    with profile.read() as session:
        row = session.get(Meta, settings.OVERRIDE_APPROVAL.key)
    return row is not None and row.value.strip().lower() in _TRUE


def approval_required(profile: Profile) -> bool:
    """Whether a "send anyway" written on this profile waits for the owner: the setting is
    on, and this profile is signed in to a team in a role other than owner."""
    with profile.read() as session:
        role = session.get(Meta, ROLE_KEY)
        setting = session.get(Meta, settings.OVERRIDE_APPROVAL.key)
    role_name = role.value.strip() if role is not None else ""
    return (
        bool(role_name)
        and role_name != OWNER
        and setting is not None
        and setting.value.strip().lower() in _TRUE
    )


def set_override_approval(profile: Profile, on: bool) -> Changes:
    """Switch the setting (the owner's decision: refused to other members of a team).
    Written with an operation (entity "setting"), so it reaches every laptop."""
    if not isinstance(on, bool):
        raise InvalidInput(f"The approval setting is on or off, not {on!r}.")
    if not is_owner(profile):
        raise InvalidInput(
            "Only the shop's owner can change whether sending anyway needs approval."
        )
    setting = settings.OVERRIDE_APPROVAL
    with profile.write() as session:
        row = session.get(Meta, setting.key)
        before = row is not None and row.value.strip().lower() in _TRUE
        if row is not None and before == on and row.value == str(on):
            return Changes()
        if row is None:
            session.add(Meta(key=setting.key, value=str(on)))
        else:
            row.value = str(on)
        profile.ops.record(
            session,
            entity="setting",
            entity_id=setting.entity_id(profile.device_id),
            action="update",
            data={setting.key: [before, on]},
        )
    return Changes()


# ----------------------------------------------------------------------------- holding


def hold_reply(
    profile: Profile,
    case_id: uuid.UUID,
    body: str,
    *,
    rules: Sequence[str],
    reason: str,
    template_key: str | None = None,
    language: str | None = None,
    attachments: Sequence[Path] = (),
    replaces_draft: uuid.UUID | None = None,
) -> Held:
    """Store a blocked reply the agent sends anyway as held for the owner (called by
    `operations.add_message` and `outbox.queue_reply` when `approval_required`). Its mail
    facts are worked out when it is approved, on the laptop that approves it."""
    from app.services.cases.operations import discard_draft, load_case, record_override
    from app.services.evidence.attach import insert_evidence, store_new_case_files
    from app.services.mail.outbox_state import check_sizes

    reason = clean_text(reason, "override reason", 1000)
    body = clean_text(body, "message", MAX_BODY_CHARS)
    language = clean_line(language, "language", 35, required=False)
    rule_ids = [str(rule) for rule in rules]
    check_sizes(body, attachments)
    with profile.read() as session:
        load_case(session, case_id)
    stored = store_new_case_files(profile, attachments)
    with profile.write() as session:
        case = load_case(session, case_id)
        now = profile.now()
        message = Message(
            id=new_id(),
            case_id=case.id,
            direction=Direction.OUTBOUND.value,
            channel=case.channel if case.channel in _MAIL_CHANNELS else Channel.MARKETPLACE.value,
            author=profile.agent,
            body=body,
            language=language or case.language,
            created_at=now,
            outbound_state=OutboundState.HELD.value,
            template_key=template_key,
            compliance=rule_ids,
            attempts=0,
        )
        session.add(message)
        session.flush()
        profile.ops.record_create(session, "message", message, case_id=case.id)
        evidence = {
            insert_evidence(session, profile, case.id, file, message.id, None, None, now).id
            for file in stored
        }
        if replaces_draft is not None:
            discard_draft(session, profile, case.id, replaces_draft, now)
        record_override(session, profile, case.id, message.id, rule_ids, reason)
        case.updated_at = now
        refresh_signals(session, profile, case)
        message_id = message.id
    changes = Changes(
        cases=frozenset({case_id}),
        messages=frozenset({message_id}),
        evidence=frozenset(evidence),
    )
    return Held(changes=changes, message_id=message_id)


_MAIL_CHANNELS = (Channel.MARKETPLACE.value, Channel.EMAIL.value)


# ----------------------------------------------------------------------------- reading


def held_replies(profile: Profile, case_id: uuid.UUID | None = None) -> list[HeldReply]:
    """The replies waiting for the owner (of one case, or all), oldest first."""
    with profile.read() as session:
        query = (
            select(Message, Case.ref, Case.subject)
            .join(Case, Case.id == Message.case_id)
            .where(
                Message.outbound_state == OutboundState.HELD.value,
                Message.direction == Direction.OUTBOUND.value,
                Message.deleted_at.is_(None),
                Case.deleted_at.is_(None),
            )
            .order_by(Message.created_at, Message.id)
        )
        if case_id is not None:
            query = query.where(Message.case_id == case_id)
        held = []
        for message, ref, subject in session.execute(query).all():
            rules, reason = _override_of(session, message)
            held.append(
                HeldReply(
                    message_id=message.id,
                    case_id=message.case_id,
                    case_ref=ref,
                    subject=subject,
                    author=message.author,
                    body=message.body,
                    language=message.language,
                    rules=rules,
                    reason=reason,
                    held_at=message.created_at,
                )
            )
    return held


def _override_of(session: Session, message: Message) -> tuple[tuple[str, ...], str]:
    """The rules and the reason of the reply's latest override (the rules also live on the
    message, in case its override operation has not arrived yet)."""
    op = session.scalars(
        select(Operation)
        .where(
            Operation.case_id == message.case_id,
            Operation.entity == "message",
            Operation.entity_id == message.id,
            Operation.action == "override",
        )
        .order_by(Operation.hlc.desc())
        .limit(1)
    ).first()
    data = op.data if op is not None and isinstance(op.data, dict) else {}
    rules = data.get("rules") or message.compliance or []
    reason = data.get("reason") or ""
    return tuple(str(r) for r in rules), str(reason)


# ----------------------------------------------------------------------------- deciding


def _check_owner(profile: Profile, what: str) -> None:
    if sync_role(profile) != OWNER:
        raise InvalidInput(f"Only the shop's owner can {what} a reply waiting for approval.")


def _load_held(session: Session, message_id: uuid.UUID) -> Message:
    message = session.get(Message, message_id)
    if message is None or message.deleted_at is not None:
        raise NotFound(f"There is no message with id {message_id}.")
    if message.direction != Direction.OUTBOUND or message.outbound_state != OutboundState.HELD:
        raise InvalidInput("This reply is not waiting for approval.")
    return message


def _set(message: Message, **values: object) -> dict[str, list]:
    """Set fields; the [before, after] of each one that changed."""
    diff = {}
    for name, value in values.items():
        before = getattr(message, name)
        if before != value:
            diff[name] = [before, value]
            setattr(message, name, value)
    return diff


def approve_reply(profile: Profile, message_id: uuid.UUID) -> Changes:
    """The owner approves a held reply: it goes on as an approved send anyway. Into the
    outbox (it leaves after the undo window) when this laptop has a mailbox and the case
    an address to reply to; else it becomes a draft the agent copies into Seller Central
    and marks as sent, as every reply does without a mailbox. The operation ("approve")
    names the approver."""
    from app.services.mail.account import load_account
    from app.services.mail.compose import new_message_id
    from app.services.mail.outbox import UNDO_SECONDS
    from app.services.mail.outbox_state import answered

    _check_owner(profile, "approve")
    account = load_account(profile)
    with profile.write() as session:
        message = _load_held(session, message_id)
        case = session.get(Case, message.case_id)
        now = profile.now()
        facts = None
        if account is not None and case is not None:
            try:
                facts = answered(session, case)
            except InvalidInput:
                facts = None  # no address: copied and marked as sent by hand
        if facts is not None:
            diff = _set(
                message,
                outbound_state=OutboundState.QUEUED.value,
                mail_id=new_message_id(account.address),
                mail_refs=facts.references,
                subject=facts.subject,
                mail_address=facts.to,
                send_after=now + dt.timedelta(seconds=UNDO_SECONDS),
                next_attempt_at=None,
                failure=None,
                attempts=0,
            )
        else:
            diff = _set(message, outbound_state=OutboundState.DRAFT.value)
        profile.ops.record(
            session,
            entity="message",
            entity_id=message.id,
            action=APPROVE,
            data={**diff, "approver": profile.agent},
            case_id=message.case_id,
        )
        if case is not None:
            _touch(session, profile, case, now, queued=facts is not None)
        case_id = message.case_id
    return Changes(cases=frozenset({case_id}), messages=frozenset({message_id}))


def return_reply(profile: Profile, message_id: uuid.UUID, note: str) -> Changes:
    """The owner returns a held reply to the agent: it is a draft again, and the owner's
    note (why, what to change) is an internal note in the case."""
    _check_owner(profile, "return")
    note = clean_text(note, "note", MAX_NOTE_CHARS)
    with profile.write() as session:
        message = _load_held(session, message_id)
        now = profile.now()
        diff = _set(message, outbound_state=OutboundState.DRAFT.value)
        profile.ops.record(
            session,
            entity="message",
            entity_id=message.id,
            action=RETURN,
            data={**diff, "note": note, "approver": profile.agent},
            case_id=message.case_id,
        )
        case = session.get(Case, message.case_id)
        written = Message(
            id=new_id(),
            case_id=message.case_id,
            direction=Direction.NOTE.value,
            channel=case.channel if case is not None else Channel.MARKETPLACE.value,
            author=profile.agent,
            body=note,
            created_at=now,
        )
        session.add(written)
        session.flush()
        profile.ops.record_create(session, "message", written, case_id=message.case_id)
        if case is not None:
            _touch(session, profile, case, now, queued=False)
        case_id, note_id = message.case_id, written.id
    return Changes(cases=frozenset({case_id}), messages=frozenset({message_id, note_id}))


def _touch(
    session: Session, profile: Profile, case: Case, now: dt.datetime, *, queued: bool
) -> None:
    """The case after a decision: a queued reply opens a new case (as queueing does)."""
    if queued and case.status == CaseStatus.NEW:
        profile.ops.record(
            session,
            entity="case",
            entity_id=case.id,
            action="update",
            data={"status": [case.status, CaseStatus.OPEN.value]},
            case_id=case.id,
        )
        case.status = CaseStatus.OPEN.value
    case.updated_at = now
    refresh_signals(session, profile, case)
