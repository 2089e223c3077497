"""The outbox: replies waiting to leave, and the one way they leave (issue 11).

A reply is queued with its e-mail facts fixed at once (sender, relay alias, `Re:` subject,
In-Reply-To, References and a new Message-ID, so every retry is the same message) and
leaves after `UNDO_SECONDS`. States (`OutboundState`): draft -> queued -> sending -> sent,
or failed. Only "sent" answers the buyer (`deadlines.escalation`).

Never twice, also across a crash: `send_due` holds a lock file in the profile folder while
it sends, claims each reply ("sending") in its own committed transaction before talking to
the server and records "sent" once the server accepted it. A "sending" row that no process
is working on was left by a crash: `recover_interrupted` makes it failed with an honest
reason and never re-sends it on its own.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.entities import Case, Message
from app.models.enums import CaseStatus, Channel, Direction, OutboundState
from app.models.ids import new_id
from app.services.core.changes import Changes
from app.services.core.errors import InvalidInput, NotFound, ServiceError
from app.services.core.profile import Profile
from app.services.core.validation import MAX_BODY_CHARS, check_aware, clean_line, clean_text
from app.services.deadlines.escalation import refresh_signals
from app.services.evidence.attach import insert_evidence, store_new_case_files
from app.services.mail.account import MailAccount, load_account
from app.services.mail.compose import (
    Attachment,
    as_bytes,
    build_reply,
    message_ids,
    new_message_id,
)
from app.services.mail.outbox_state import (
    answered,
    changed,
    check_sizes,
    due_clause,
    load_reply,
    record_sent_at,
    refresh_case,
    reply_attachments,
    retry_delay,
    set_status,
    update_message,
)
from app.services.mail.smtp import SendProblem, TemporaryFailure, connect

UNDO_SECONDS = 10
LOCK_NAME = "outbox.lock"

INTERRUPTED = (
    "The workbench stopped while handing this reply to the mail server; it may have been "
    "sent. Check your sent mail, then Mark as sent or Retry."
)
OUTBOX_STATES = ("queued", "sending", "failed")
_MAIL_CHANNELS = (Channel.MARKETPLACE.value, Channel.EMAIL.value)


class NoMailbox(ServiceError):
    """No mailbox is set up on this computer: the reply can only be copied and marked as
    sent by hand (the UI offers "Copy and mark as sent")."""


@dataclass(frozen=True)
class QueuedReply:
    """A reply in the outbox, leaving at `send_after`; or, `held`, a "send anyway" waiting
    for the owner's approval (no `send_after`: it leaves only once approved)."""

    changes: Changes
    message_id: uuid.UUID
    send_after: dt.datetime | None
    held: bool = False


@dataclass(frozen=True)
class SendReport:
    changes: Changes
    sent: tuple[uuid.UUID, ...] = ()
    failed: tuple[tuple[uuid.UUID, str], ...] = ()
    retrying: tuple[uuid.UUID, ...] = ()
    offline: bool = False


@dataclass(frozen=True)
class OutboxRow:
    message_id: uuid.UUID
    case_id: uuid.UUID
    case_ref: str
    to: str | None
    subject: str | None
    state: str
    send_after: dt.datetime | None
    sent_at: dt.datetime | None
    attempts: int
    next_attempt_at: dt.datetime | None
    failure: str | None


# ----------------------------------------------------------------------------- queueing


def queue_reply(
    profile: Profile,
    case_id: uuid.UUID,
    body: str,
    *,
    attachments: Sequence[Path] = (),
    template_key: str | None = None,
    language: str | None = None,
    compliance_override=None,  # noqa: ANN001 - operations.ComplianceOverride
    replaces_draft: uuid.UUID | None = None,
) -> QueuedReply:
    """Put a reply into the outbox; it leaves after `UNDO_SECONDS` (NoMailbox without an
    account: the agent copies it into Seller Central and marks it as sent)."""
    from app.services.cases.operations import discard_draft, record_override

    if compliance_override is not None:
        override_reason = clean_text(compliance_override.reason, "override reason", 1000)
        from app.services.cases.approvals import approval_required, hold_reply

        if approval_required(profile):  # a "send anyway" the owner must approve
            held = hold_reply(
                profile, case_id, body, rules=compliance_override.rules,
                reason=compliance_override.reason, template_key=template_key,
                language=language, attachments=attachments, replaces_draft=replaces_draft,
            )  # fmt: skip
            return QueuedReply(held.changes, held.message_id, None, held=True)
    body = clean_text(body, "message", MAX_BODY_CHARS)
    language = clean_line(language, "language", 35, required=False)
    account = load_account(profile)
    if account is None:
        raise NoMailbox(
            "No mailbox is set up on this computer, so the reply cannot be sent from here. "
            "Copy it into Seller Central and mark it as sent, or set up the mailbox."
        )
    check_sizes(body, attachments)
    with profile.read() as session:
        case = session.get(Case, case_id)
        if case is None or case.deleted_at is not None:
            raise NotFound(f"There is no case with id {case_id}.")
        answered(session, case)  # no address: refused before any file is stored
    stored = store_new_case_files(profile, attachments)
    with profile.write() as session:
        case = session.get(Case, case_id)
        if case is None or case.deleted_at is not None:
            raise NotFound(f"There is no case with id {case_id}.")
        facts = answered(session, case)
        now = profile.now()
        send_after = now + dt.timedelta(seconds=UNDO_SECONDS)
        message = Message(
            id=new_id(),
            case_id=case.id,
            direction=Direction.OUTBOUND.value,
            channel=case.channel if case.channel in _MAIL_CHANNELS else Channel.MARKETPLACE.value,
            author=profile.agent,
            body=body,
            language=language or case.language,
            created_at=now,
            outbound_state=OutboundState.QUEUED.value,
            template_key=template_key,
            mail_id=new_message_id(account.address),
            mail_refs=facts.references,
            subject=facts.subject,
            mail_address=facts.to,
            send_after=send_after,
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
        if compliance_override is not None:
            record_override(
                session, profile, case.id, message.id, compliance_override.rules, override_reason
            )
        if case.status == CaseStatus.NEW:
            set_status(session, profile, case, CaseStatus.OPEN.value)
        case.updated_at = now
        refresh_signals(session, profile, case)
        message_id = message.id
    changes = changed(case_id, message_id) | Changes(evidence=frozenset(evidence))
    return QueuedReply(changes=changes, message_id=message_id, send_after=send_after)


# ----------------------------------------------------------------------------- state changes


def undo_reply(profile: Profile, message_id: uuid.UUID) -> Changes:
    """A queued reply not yet handed to the mail server goes back to being a draft."""
    with profile.write() as session:
        message = load_reply(session, message_id)
        state = message.outbound_state
        if state == OutboundState.SENDING:
            raise InvalidInput("This reply is being sent right now; it cannot be undone.")
        if state in (OutboundState.SENT, None):
            raise InvalidInput("This reply was already sent; it cannot be undone.")
        if state == OutboundState.DRAFT:
            return Changes()
        if state != OutboundState.QUEUED:
            raise InvalidInput("Only a reply waiting in the outbox can be undone.")
        update_message(
            session,
            profile,
            message,
            outbound_state=OutboundState.DRAFT.value,
            send_after=None,
            next_attempt_at=None,
            failure=None,
        )
        refresh_case(session, profile, message.case_id)
        case_id = message.case_id
    return changed(case_id, message_id)


def retry_reply(profile: Profile, message_id: uuid.UUID) -> Changes:
    """A failed reply goes back into the outbox, due now (with the same Message-ID)."""
    with profile.write() as session:
        message = load_reply(session, message_id)
        if message.outbound_state == OutboundState.QUEUED:
            now = profile.now()
            update_message(session, profile, message, next_attempt_at=None, send_after=now)
            return changed(message.case_id, message_id)
        if message.outbound_state != OutboundState.FAILED:
            raise InvalidInput("Only a reply that failed can be sent again.")
        if not message.mail_id or not message.mail_address:
            raise InvalidInput("This reply was never queued for mail; send it again instead.")
        update_message(
            session,
            profile,
            message,
            outbound_state=OutboundState.QUEUED.value,
            send_after=profile.now(),
            next_attempt_at=None,
        )
        refresh_case(session, profile, message.case_id)
        case_id = message.case_id
    return changed(case_id, message_id)


def mark_sent(profile: Profile, message_id: uuid.UUID, sent_at: dt.datetime) -> Changes:
    """A draft or failed reply the agent sent by hand (Seller Central): it is sent at
    `sent_at`, and the buyer's clock stops then."""
    check_aware(sent_at, "sent time")
    if sent_at is None:
        raise InvalidInput("Say when the reply was sent.")
    with profile.write() as session:
        message = load_reply(session, message_id)
        if message.outbound_state in (OutboundState.SENT, None):
            raise InvalidInput("This reply is already marked as sent.")
        if message.outbound_state == OutboundState.HELD:
            raise InvalidInput(
                "This reply waits for the owner's approval; it can be sent once approved."
            )
        if message.outbound_state in (OutboundState.QUEUED, OutboundState.SENDING):
            raise InvalidInput(
                "This reply is in the outbox and leaves by itself; undo it first to send it "
                "another way."
            )
        now = profile.now()
        if sent_at > now + dt.timedelta(minutes=5):
            raise InvalidInput("The time the reply was sent cannot be in the future.")
        if sent_at < message.created_at - dt.timedelta(minutes=5):
            raise InvalidInput("The reply cannot have been sent before it was written.")
        record_sent_at(session, profile, message, min(sent_at, now))
        case_id = message.case_id
    return changed(case_id, message_id)


# ----------------------------------------------------------------------------- reading


def next_due_at(profile: Profile) -> dt.datetime | None:
    """When the next queued reply is due (its undo window or its retry), None when none."""
    with profile.read() as session:
        rows = session.execute(
            select(Message.send_after, Message.next_attempt_at).where(
                Message.outbound_state == OutboundState.QUEUED.value,
                Message.deleted_at.is_(None),
            )
        ).all()
    times = [
        max(t for t in (send_after, retry) if t is not None)
        for send_after, retry in rows
        if send_after is not None or retry is not None
    ]
    if len(times) < len(rows):
        return profile.now()  # a queued row without times is due at once
    return min(times, default=None)


def outbox_rows(profile: Profile, *, states: Sequence[str] = OUTBOX_STATES) -> list[OutboxRow]:
    """The replies in the given states, oldest first."""
    with profile.read() as session:
        rows = session.execute(
            select(Message, Case.ref)
            .join(Case, Case.id == Message.case_id)
            .where(
                Message.outbound_state.in_(list(states)),
                Message.direction == Direction.OUTBOUND.value,
                Message.deleted_at.is_(None),
                Case.deleted_at.is_(None),
            )
            .order_by(Message.created_at, Message.id)
        ).all()
        return [
            OutboxRow(
                message_id=m.id,
                case_id=m.case_id,
                case_ref=ref,
                to=m.mail_address,
                subject=m.subject,
                state=m.outbound_state,
                send_after=m.send_after,
                sent_at=m.sent_at,
                attempts=m.attempts or 0,
                next_attempt_at=m.next_attempt_at,
                failure=m.failure,
            )
            for m, ref in rows
        ]


# ----------------------------------------------------------------------------- sending


@dataclass(frozen=True)
class _Claimed:
    """A reply claimed for sending: everything its message needs."""

    message_id: uuid.UUID
    case_id: uuid.UUID
    attempts: int
    to: str
    data: bytes


def _lock(profile: Profile) -> FileLock:
    return FileLock(str(profile.root / LOCK_NAME), timeout=0)


def recover_interrupted(profile: Profile) -> Changes:
    """Replies left "sending" by a process that stopped mid-send become failed, with an
    honest reason; none is sent again on its own. Does nothing while another process
    holds the outbox lock (it may be sending them right now)."""
    lock = _lock(profile)
    try:
        lock.acquire()
    except Timeout:
        return Changes()
    try:
        return _recover(profile)
    finally:
        lock.release()


def _recover(profile: Profile) -> Changes:
    changes = Changes()
    with profile.write() as session:
        stuck = session.scalars(
            select(Message).where(
                Message.outbound_state == OutboundState.SENDING.value,
                Message.deleted_at.is_(None),
            )
        ).all()
        for message in stuck:
            update_message(
                session,
                profile,
                message,
                outbound_state=OutboundState.FAILED.value,
                next_attempt_at=None,
                failure=INTERRUPTED,
            )
            refresh_case(session, profile, message.case_id)
            changes |= changed(message.case_id, message.id)
    return changes


Claim = Callable[[uuid.UUID], bool]
"""Asks the team whether this laptop may send a reply (`app.sync.client.claims`): a
reply synced to several laptops is sent by the first to claim it, and by no other."""


def _next_due(profile: Profile, now: dt.datetime, skip: set[uuid.UUID]) -> uuid.UUID | None:
    with profile.read() as session:
        return session.scalar(
            select(Message.id)
            .where(due_clause(now), Message.id.not_in(skip))
            .order_by(Message.send_after, Message.created_at, Message.id)
            .limit(1)
        )


def _claim(
    profile: Profile,
    account: MailAccount,
    now: dt.datetime,
    claim: Claim | None = None,
    skip: set[uuid.UUID] | None = None,
) -> _Claimed | None:
    """The next due reply, marked "sending" and committed before the server hears of it.
    With `claim`, a reply the team gave to another laptop is left to it (added to `skip`)."""
    skip = set() if skip is None else skip
    while True:
        message_id = _next_due(profile, now, skip)
        if message_id is None:
            return None
        if claim is not None and not claim(message_id):
            skip.add(message_id)
            continue
        claimed = _mark_sending(profile, account, now, message_id)
        if claimed is not None:
            return claimed
        skip.add(message_id)  # no longer due (undone, sent elsewhere) meanwhile


def _mark_sending(
    profile: Profile, account: MailAccount, now: dt.datetime, message_id: uuid.UUID
) -> _Claimed | None:
    with profile.write() as session:
        message = session.scalars(
            select(Message).where(Message.id == message_id, due_clause(now))
        ).first()
        if message is None:
            return None
        try:
            data = _message_bytes(session, profile, account, message)
        except (OSError, ServiceError) as exc:
            update_message(
                session,
                profile,
                message,
                outbound_state=OutboundState.FAILED.value,
                failure=f"The reply could not be put together: {exc}",
            )
            refresh_case(session, profile, message.case_id)
            return _Claimed(message.id, message.case_id, -1, "", b"")
        attempts = (message.attempts or 0) + 1
        update_message(
            session,
            profile,
            message,
            outbound_state=OutboundState.SENDING.value,
            attempts=attempts,
        )
        return _Claimed(message.id, message.case_id, attempts, message.mail_address, data)


def _message_bytes(
    session: Session, profile: Profile, account: MailAccount, message: Message
) -> bytes:
    files = []
    for row in reply_attachments(session, message.id):
        path = profile.blobs.path_for(row.sha256)
        files.append(Attachment(row.original_name, row.media_type, path.read_bytes()))
    parent_refs = message_ids(message.mail_refs)
    built = build_reply(
        sender=account.address,
        to=message.mail_address,
        subject=message.subject or "Re:",
        body=message.body,
        message_id=message.mail_id,
        date=message.created_at,
        in_reply_to=parent_refs[-1] if parent_refs else None,
        references=message.mail_refs,
        attachments=files,
    )
    return as_bytes(built)


def record_sent(profile: Profile, message_id: uuid.UUID) -> Changes:
    """The server accepted the reply: it is sent now, and the buyer's clock stops."""
    with profile.write() as session:
        message = load_reply(session, message_id)
        record_sent_at(session, profile, message, profile.now())
        return changed(message.case_id, message_id)


def _record_problem(
    profile: Profile, claimed: _Claimed, problem: SendProblem, now: dt.datetime
) -> Changes:
    with profile.write() as session:
        message = load_reply(session, claimed.message_id)
        if isinstance(problem, TemporaryFailure):
            update_message(
                session,
                profile,
                message,
                outbound_state=OutboundState.QUEUED.value,
                next_attempt_at=now + retry_delay(claimed.attempts),
                failure=str(problem),
            )
        else:
            update_message(
                session,
                profile,
                message,
                outbound_state=OutboundState.FAILED.value,
                next_attempt_at=None,
                failure=str(problem),
            )
        refresh_case(session, profile, message.case_id)
    return changed(claimed.case_id, claimed.message_id)


def _wait_all_due(profile: Profile, problem: TemporaryFailure, now: dt.datetime) -> Changes:
    """No session with the server: every due reply waits for its next try."""
    changes = Changes()
    with profile.write() as session:
        for message in session.scalars(select(Message).where(due_clause(now))).all():
            attempts = (message.attempts or 0) + 1
            update_message(
                session,
                profile,
                message,
                attempts=attempts,
                next_attempt_at=now + retry_delay(attempts),
                failure=str(problem),
            )
            changes |= changed(message.case_id, message.id)
    return changes


def _has_due(profile: Profile, now: dt.datetime) -> bool:
    with profile.read() as session:
        return session.scalar(select(Message.id).where(due_clause(now)).limit(1)) is not None


def send_due(
    profile: Profile,
    account: MailAccount,
    password: str,
    *,
    now: dt.datetime | None = None,
    claim: Claim | None = None,
) -> SendReport:
    """Send every reply due at `now` once (its undo window over, its retry time come).
    Another process sending at the same time: this one does nothing. `claim` (a laptop
    signed in to a team) must say yes before a reply goes from here."""
    now = now or profile.now()
    lock = _lock(profile)
    try:
        lock.acquire()
    except Timeout:
        return SendReport(Changes())
    try:
        changes = _recover(profile)
        if not _has_due(profile, now):
            return SendReport(changes)
        sent: list[uuid.UUID] = []
        failed: list[tuple[uuid.UUID, str]] = []
        retrying: list[uuid.UUID] = []
        try:
            with connect(account, password) as connection:
                skip: set[uuid.UUID] = set()
                while (claimed := _claim(profile, account, now, claim, skip)) is not None:
                    changes |= changed(claimed.case_id, claimed.message_id)
                    if claimed.attempts < 0:  # could not be built: failed already
                        failed.append((claimed.message_id, "The reply could not be put together."))
                        continue
                    try:
                        connection.send(account.address, [claimed.to], claimed.data)
                    except SendProblem as problem:
                        changes |= _record_problem(profile, claimed, problem, profile.now())
                        if isinstance(problem, TemporaryFailure):
                            retrying.append(claimed.message_id)
                            if problem.offline:
                                changes |= _wait_all_due(profile, problem, now)
                                return SendReport(
                                    changes, tuple(sent), tuple(failed), tuple(retrying), True
                                )
                        else:
                            failed.append((claimed.message_id, str(problem)))
                        continue
                    changes |= record_sent(profile, claimed.message_id)
                    sent.append(claimed.message_id)
        except TemporaryFailure as problem:  # no session with the server
            waiting = _wait_all_due(profile, problem, now)
            retrying.extend(sorted(waiting.messages))
            return SendReport(
                changes | waiting, tuple(sent), tuple(failed), tuple(retrying), problem.offline
            )
        return SendReport(changes, tuple(sent), tuple(failed), tuple(retrying), False)
    finally:
        lock.release()


__all__ = [
    "INTERRUPTED",
    "UNDO_SECONDS",
    "MailAccount",
    "NoMailbox",
    "OutboxRow",
    "QueuedReply",
    "SendReport",
    "mark_sent",
    "next_due_at",
    "outbox_rows",
    "queue_reply",
    "recover_interrupted",
    "record_sent",
    "retry_reply",
    "send_due",
    "undo_reply",
]
