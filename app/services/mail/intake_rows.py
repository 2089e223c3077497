"""The rows of mail intake, written inside the caller's one write transaction.

Each prepared mail (`intake_prepare.Prepared`) lands in a case:

1. the same thread: its In-Reply-To or References name a stored message's `mail_id`
   (an earlier mail, or a reply sent from here): that message's case;
2. else the same buyer (the relay alias, or the sender's address for plain mail) and
   the same order id (both none counts as the same): an open case first, else the
   newest one;
3. else a new case, with the buyer, the marketplace, the order and the language.

An inbound message reopens a waiting or done case, a case without a language takes the
one detected, and the clocks and escalation of every touched case are recomputed once,
after all of the chunk's messages are in (the 24-hour clock runs from the mail's time).
Every row and change is logged as an operation.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.entities import Case, Customer, Evidence, Message
from app.models.enums import (
    DONE_STATUSES,
    PRIORITY_RANK,
    WAITING_STATUSES,
    CaseReason,
    CaseStatus,
    Direction,
    Priority,
)
from app.models.ids import case_ref, new_id
from app.services.cases.orders import find_or_create_customer, find_or_create_order
from app.services.core.changes import Changes
from app.services.core.profile import Profile
from app.services.deadlines.escalation import refresh_signals
from app.services.evidence.intake import BlobRemoved, insert_evidence
from app.services.mail import intake_text as words
from app.services.mail.intake_prepare import Prepared, StoredAttachment, store_raw

LOOKUP_SLICE = 500


@dataclass(frozen=True)
class RowsWritten:
    index: int
    mail_id: str
    case_id: uuid.UUID
    message_id: uuid.UUID
    new_case: bool


@dataclass(frozen=True)
class BatchRows:
    """What one or more chunks wrote."""

    changes: Changes = field(default_factory=Changes)
    imported: tuple[RowsWritten, ...] = ()
    duplicates: frozenset[int] = frozenset()

    def then(self, other: BatchRows) -> BatchRows:
        return BatchRows(
            self.changes | other.changes,
            self.imported + other.imported,
            self.duplicates | other.duplicates,
        )


class _Chunk:
    """The state of one transaction: what is stored, what this chunk made so far."""

    def __init__(self, session: Session, profile: Profile, now: dt.datetime) -> None:
        self.session = session
        self.profile = profile
        self.now = now
        self.threads: dict[str, uuid.UUID] = {}  # mail_id -> case id
        self.cases: dict[uuid.UUID, Case] = {}
        self.new_cases: set[uuid.UUID] = set()
        self.customers: dict[tuple[str | None, str], Customer] = {}
        self.messages: list[uuid.UUID] = []
        self.evidence: list[uuid.UUID] = []

    def lookup(self, chunk: list[Prepared]) -> set[str]:
        """The chunk's Message-IDs already stored; the stored thread ids it names."""
        ids = [p.mail.mail_id for p in chunk]
        refs = list(dict.fromkeys(r for p in chunk for r in p.thread_ids))
        stored: set[str] = set()
        for part in _slices(ids):
            stored.update(
                self.session.scalars(select(Message.mail_id).where(Message.mail_id.in_(part)))
            )
        for part in _slices(refs):
            rows = self.session.execute(
                select(Message.mail_id, Message.case_id)
                .join(Case, Case.id == Message.case_id)
                .where(Message.mail_id.in_(part), Case.deleted_at.is_(None))
            )
            self.threads.update({mail_id: case_id for mail_id, case_id in rows})
        return stored

    def case(self, case_id: uuid.UUID) -> Case | None:
        case = self.cases.get(case_id) or self.session.get(Case, case_id)
        if case is None or case.deleted_at is not None:
            return None
        self.cases[case.id] = case
        return case


def write_rows(
    session: Session, profile: Profile, chunk: list[Prepared], now: dt.datetime
) -> BatchRows:
    """Rows and operations for the prepared mails, inside the caller's transaction."""
    state = _Chunk(session, profile, now)
    stored = state.lookup(chunk)
    written: list[RowsWritten] = []
    duplicates: set[int] = set()
    for prepared in chunk:
        mail_id = prepared.mail.mail_id
        if mail_id in stored:
            duplicates.add(prepared.index)
            continue
        stored.add(mail_id)
        case, new_case = _route(state, prepared)
        message = _add_message(state, case, prepared, new_case)
        state.threads[mail_id] = case.id
        written.append(RowsWritten(prepared.index, mail_id, case.id, message.id, new_case))
    for case in state.cases.values():
        refresh_signals(session, profile, case)
    touched = frozenset(w.case_id for w in written)
    changes = (
        Changes(
            cases=touched,
            created_cases=frozenset(state.new_cases),
            messages=frozenset(state.messages),
            evidence=frozenset(state.evidence),
        )
        if written
        else Changes()
    )
    return BatchRows(changes, tuple(written), frozenset(duplicates))


# ----------------------------------------------------------------------------- routing


def _route(state: _Chunk, prepared: Prepared) -> tuple[Case, bool]:
    """The case this mail belongs in, and whether it was made for it."""
    for ref in prepared.thread_ids:
        case_id = state.threads.get(ref)
        if case_id is not None and (case := state.case(case_id)) is not None:
            return case, False
    customer = _customer(state, prepared)
    order = None
    if prepared.order_id:
        order = find_or_create_order(
            state.session,
            state.profile,
            prepared.marketplace,
            prepared.order_id,
            customer,
            state.now,
        )
    if customer is not None:
        same_order = Case.order_id == order.id if order else Case.order_id.is_(None)
        found = state.session.scalar(
            select(Case)
            .where(Case.customer_id == customer.id, same_order, Case.deleted_at.is_(None))
            .order_by(Case.status.in_([s.value for s in DONE_STATUSES]), Case.created_at.desc())
            .limit(1)
        )
        if found is not None:
            state.cases[found.id] = found
            return found, False
    return _new_case(state, prepared, customer, order.id if order else None), True


def _customer(state: _Chunk, prepared: Prepared) -> Customer | None:
    if not prepared.party:
        return None
    key = (prepared.marketplace, prepared.party)
    customer = state.customers.get(key)
    if customer is None:
        customer = find_or_create_customer(
            state.session,
            state.profile,
            prepared.customer_name,
            prepared.marketplace,
            prepared.language,
            alias=prepared.party,
            email=prepared.address,
        )
        state.customers[key] = customer
    return customer


def _new_case(
    state: _Chunk, prepared: Prepared, customer: Customer | None, order_id: uuid.UUID | None
) -> Case:
    session = state.session
    case_id = new_id()
    ref = case_ref(case_id)
    if session.scalar(select(Case.id).where(Case.ref == ref)) is not None:
        raise RuntimeError("case reference clash; retry")  # ~never: 50 random bits
    case = Case(
        id=case_id,
        ref=ref,
        subject=prepared.case_subject,
        customer_id=customer.id if customer else None,
        order_id=order_id,
        marketplace=prepared.marketplace,
        reason=CaseReason.OTHER.value,
        status=CaseStatus.NEW.value,
        priority=Priority.NORMAL.value,
        priority_rank=PRIORITY_RANK[Priority.NORMAL],
        escalation_level=0,
        manual_escalation_level=0,
        channel=prepared.channel,
        language=prepared.language or (customer.locale if customer else None),
        created_at=prepared.received,
        updated_at=state.now,
        last_inbound_at=prepared.received,
    )
    session.add(case)
    session.flush()
    state.profile.ops.record_create(session, "case", case, case_id=case.id)
    state.cases[case.id] = case
    state.new_cases.add(case.id)
    return case


# ----------------------------------------------------------------------------- rows


def _add_message(state: _Chunk, case: Case, prepared: Prepared, new_case: bool) -> Message:
    session, profile = state.session, state.profile
    mail = prepared.mail
    if not profile.blobs.exists(prepared.raw_sha256):
        # A clean-up took the raw copy between storing it and now (it removes files under
        # this same lock): store it again rather than point at nothing. Rare, and small.
        prepared.raw_sha256 = store_raw(profile, prepared.raw)
    flags = list(prepared.flags)
    files = _new_files(state, case, prepared, flags)
    refs = " ".join(dict.fromkeys((*mail.references, *mail.in_reply_to)))
    message = Message(
        id=new_id(),
        case_id=case.id,
        direction=Direction.INBOUND.value,
        channel=prepared.channel,
        author=prepared.customer_name,
        body=prepared.body,
        language=prepared.language,
        created_at=prepared.received,
        no_response_needed=False,
        mail_id=mail.mail_id,
        mail_refs=refs or None,
        subject=prepared.subject or None,
        mail_address=prepared.address,
        raw_sha256=prepared.raw_sha256,
        mail_flags=flags or None,
        attempts=0,
        contact=False,
    )
    session.add(message)
    session.flush()
    profile.ops.record_create(session, "message", message, case_id=case.id)
    state.messages.append(message.id)
    for item in files:
        try:
            row = insert_evidence(
                session,
                profile,
                case.id,
                item.file,
                message.id,
                None,
                None,
                state.now,
                added_by=prepared.customer_name,
            )
        except BlobRemoved as exc:
            prepared.refused_files.append((item.shown, words.one_line(str(exc), 300)))
            continue
        state.evidence.append(row.id)
    if new_case:
        case.last_inbound_at = _later(case.last_inbound_at, prepared.received)
    else:
        _update_case(state, case, prepared)
    return message


def _new_files(
    state: _Chunk, case: Case, prepared: Prepared, flags: list[str]
) -> list[StoredAttachment]:
    """The attachments the case does not have yet (one live row per case and file); one
    it has already is noted in the flags, not stored twice."""
    if not prepared.files:
        return []
    shas = [item.file.sha256 for item in prepared.files]
    on_case = dict(
        state.session.execute(
            select(Evidence.sha256, Evidence.original_name).where(
                Evidence.case_id == case.id,
                Evidence.sha256.in_(shas),
                Evidence.deleted_at.is_(None),
            )
        ).all()
    )
    files = []
    for item in prepared.files:
        if item.file.sha256 in on_case:
            flags.append(words.one_line(f"attachment_on_case:{item.shown}", words.FLAG_CHARS))
        else:
            files.append(item)
    return files


def _update_case(state: _Chunk, case: Case, prepared: Prepared) -> None:
    diff: dict[str, list] = {}
    if case.status in WAITING_STATUSES or case.status in DONE_STATUSES:
        diff["status"] = [case.status, CaseStatus.OPEN.value]
    if not case.language and prepared.language:
        diff["language"] = [case.language, prepared.language]
    for name, (_before, after) in diff.items():
        setattr(case, name, after)
    if diff:
        state.profile.ops.record(
            state.session,
            entity="case",
            entity_id=case.id,
            action="update",
            data=diff,
            case_id=case.id,
        )
    case.last_inbound_at = _later(case.last_inbound_at, prepared.received)
    case.updated_at = state.now


def _later(current: dt.datetime | None, candidate: dt.datetime) -> dt.datetime:
    return candidate if current is None or candidate > current else current


def _slices(values: list[str]) -> list[list[str]]:
    return [values[i : i + LOOKUP_SLICE] for i in range(0, len(values), LOOKUP_SLICE)]
