"""The outbox's rows: where a reply goes, its state changes and when it is due.

The operations built on these are in `outbox.py`; this module holds what they share.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.models.entities import Case, Customer, Evidence, Message
from app.models.enums import CaseStatus, Direction, OutboundState
from app.services.core.changes import Changes
from app.services.core.errors import InvalidInput, NotFound
from app.services.core.profile import Profile
from app.services.deadlines.escalation import refresh_signals
from app.services.evidence.store_types import MARKETPLACE_ATTACHMENT_LIMIT, MB, describe_size
from app.services.mail.compose import references_for, reply_subject

FIRST_RETRY = dt.timedelta(minutes=1)
MAX_RETRY = dt.timedelta(hours=1)


def changed(case_id: uuid.UUID, message_id: uuid.UUID) -> Changes:
    return Changes(cases=frozenset({case_id}), messages=frozenset({message_id}))


def retry_delay(attempts: int) -> dt.timedelta:
    """How long to wait after the `attempts`-th temporary failure: 1, 2, 4 ... min, at most 1 h."""
    return min(FIRST_RETRY * (2 ** max(0, attempts - 1)), MAX_RETRY)


@dataclass(frozen=True)
class Answered:
    """What the reply answers: the address, subject and thread headers."""

    to: str
    subject: str
    in_reply_to: str | None
    references: str | None


def is_address(text: str | None) -> bool:
    if not text:
        return False
    local, at, domain = text.strip().rpartition("@")
    return bool(at and local and "." in domain and not any(c.isspace() for c in text.strip()))


def answered(session: Session, case: Case) -> Answered:
    """The newest inbound mail of the case and where to reply (its relay alias)."""
    parent = session.scalars(
        select(Message)
        .where(
            Message.case_id == case.id,
            Message.direction == Direction.INBOUND.value,
            Message.deleted_at.is_(None),
            Message.contact.is_(False),
        )
        .order_by(Message.mail_address.is_(None), Message.created_at.desc())
        .limit(1)
    ).first()
    to = parent.mail_address if parent is not None and is_address(parent.mail_address) else None
    if to is None and case.customer_id is not None:
        customer = session.get(Customer, case.customer_id)
        if customer is not None:
            to = next(
                (a.strip() for a in (customer.buyer_alias, customer.email) if is_address(a)),
                None,
            )
    if to is None:
        raise InvalidInput(
            "There is no address to reply to: the case has no mail from the buyer and the "
            "buyer has no relay alias or e-mail address."
        )
    mail_id = parent.mail_id if parent is not None else None
    return Answered(
        to=to.strip(),
        subject=reply_subject(parent.subject if parent is not None else None, case.subject),
        in_reply_to=mail_id,
        references=references_for(parent.mail_refs if parent else None, mail_id),
    )


def check_sizes(body: str, attachments: Sequence[Path]) -> None:
    """The marketplace takes messages up to 10 MB: refuse before anything is stored."""
    total = len(body.encode("utf-8"))
    for path in attachments:
        try:
            size = Path(path).stat().st_size
        except OSError as exc:
            raise InvalidInput(f"{Path(path).name} cannot be read: {exc.strerror or exc}") from exc
        if size > MARKETPLACE_ATTACHMENT_LIMIT:
            raise InvalidInput(
                f"{Path(path).name} is {describe_size(size)}: over the marketplace's "
                f"{MARKETPLACE_ATTACHMENT_LIMIT // MB} MB limit for a message, so this reply "
                "cannot be sent with it."
            )
        total += size
    if total > MARKETPLACE_ATTACHMENT_LIMIT:
        raise InvalidInput(
            f"This reply and its attachments come to {describe_size(total)}: over the "
            f"marketplace's {MARKETPLACE_ATTACHMENT_LIMIT // MB} MB limit for a message. "
            "Send fewer or smaller files."
        )


def set_status(session: Session, profile: Profile, case: Case, status: str) -> None:
    profile.ops.record(
        session,
        entity="case",
        entity_id=case.id,
        action="update",
        data={"status": [case.status, status]},
        case_id=case.id,
    )
    case.status = status


def load_reply(session: Session, message_id: uuid.UUID) -> Message:
    message = session.get(Message, message_id)
    if message is None or message.deleted_at is not None:
        raise NotFound(f"There is no message with id {message_id}.")
    if message.direction != Direction.OUTBOUND:
        raise InvalidInput("Only a reply to the buyer can be sent.")
    return message


def update_message(session: Session, profile: Profile, message: Message, **values: object) -> None:
    """Set message fields and log what changed."""
    diff = {}
    for name, value in values.items():
        before = getattr(message, name)
        if before != value:
            diff[name] = [before, value]
            setattr(message, name, value)
    if diff:
        profile.ops.record(
            session,
            entity="message",
            entity_id=message.id,
            action="update",
            data=diff,
            case_id=message.case_id,
        )


def refresh_case(session: Session, profile: Profile, case_id: uuid.UUID) -> None:
    case = session.get(Case, case_id)
    if case is not None:
        case.updated_at = profile.now()
        refresh_signals(session, profile, case)


def record_sent_at(session: Session, profile: Profile, message: Message, at: dt.datetime) -> None:
    update_message(
        session,
        profile,
        message,
        outbound_state=OutboundState.SENT.value,
        sent_at=at,
        send_after=None,
        next_attempt_at=None,
        failure=None,
    )
    case = session.get(Case, message.case_id)
    if case is None:
        return
    if case.last_outbound_at is None or at > case.last_outbound_at:
        case.last_outbound_at = at
    if case.status == CaseStatus.NEW:
        set_status(session, profile, case, CaseStatus.OPEN.value)
    case.updated_at = profile.now()
    refresh_signals(session, profile, case)


def due_clause(now: dt.datetime):  # noqa: ANN202
    return and_(
        Message.outbound_state == OutboundState.QUEUED.value,
        Message.deleted_at.is_(None),
        or_(Message.send_after.is_(None), Message.send_after <= now),
        or_(Message.next_attempt_at.is_(None), Message.next_attempt_at <= now),
    )


def reply_attachments(session: Session, message_id: uuid.UUID) -> list[Evidence]:
    return list(
        session.scalars(
            select(Evidence)
            .where(Evidence.message_id == message_id, Evidence.deleted_at.is_(None))
            .order_by(Evidence.added_at, Evidence.id)
        )
    )
