"""The rows of mail intake, written inside the caller's one write transaction.

Each prepared mail (`intake_prepare.Prepared`) lands in a case:

1. the same thread: its In-Reply-To or References name a stored message's `mail_id`
   (an earlier mail, or a reply sent from here): that message's case;
2. else the same buyer (the relay alias, or the sender's address for plain mail; the
   customer rule of `cases.orders.find_or_create_customer`) and the same order id (both
   none counts as the same): an open case first, else the newest one;
3. else a new case, with the buyer, the marketplace, the order and the language.

An inbound message reopens a waiting or done case, a case without a language takes the
one detected, and the clocks and escalation of every touched case are recomputed once,
after all of the chunk's messages are in (the 24-hour clock runs from the mail's time).
Every row and change is logged as an operation.

What the chunk needs to know (stored Message-IDs, threads, buyers, orders, their cases)
is asked in a few queries for the whole chunk (`Lookup`), and the new rows are flushed
together, so a chunk of 200 mails costs a handful of statements, not hundreds.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from app.models.entities import Case, Customer, Evidence, Message, Order
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
from app.services.core.changes import Changes
from app.services.core.profile import Profile
from app.services.deadlines.escalation import refresh_signals
from app.services.evidence.intake import BlobRemoved
from app.services.evidence.store import guess_kind
from app.services.mail import intake_text as words
from app.services.mail.intake_prepare import Prepared, StoredAttachment, store_raw

LOOKUP_SLICE = 400
_DONE = frozenset(s.value for s in DONE_STATUSES)
_WAITING = frozenset(s.value for s in WAITING_STATUSES)


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


class Lookup:
    """What is stored already that the chunk's mails refer to, asked once per chunk, and
    kept up to date with the rows the chunk adds."""

    def __init__(self, session: Session, chunk: list[Prepared]) -> None:
        self.session = session
        ids = [p.mail.mail_id for p in chunk]
        refs = list(dict.fromkeys(r for p in chunk for r in p.thread_ids))
        self.stored: set[str] = set()
        for part in _slices(ids):
            self.stored.update(
                session.scalars(select(Message.mail_id).where(Message.mail_id.in_(part)))
            )
        self.threads: dict[str, uuid.UUID] = {}  # mail_id -> live case id
        for part in _slices(refs):
            rows = session.execute(
                select(Message.mail_id, Message.case_id)
                .join(Case, Case.id == Message.case_id)
                .where(Message.mail_id.in_(part), Case.deleted_at.is_(None))
            )
            self.threads.update({mail_id: case_id for mail_id, case_id in rows})
        self.customers: dict[tuple[str, str], Customer] = {}
        parties = list({(p.marketplace or "", p.party) for p in chunk if p.party})
        for part in _slices(parties):
            # Worded like ux_customers_alias, so that index finds each row.
            found = session.scalars(
                select(Customer).where(
                    tuple_(func.coalesce(Customer.marketplace, ""), Customer.buyer_alias).in_(part),
                    Customer.buyer_alias.is_not(None),
                    Customer.deleted_at.is_(None),
                )
            )
            self.customers.update({(c.marketplace or "", c.buyer_alias): c for c in found})
        self.orders: dict[tuple[str, str], Order] = {}
        wanted = list({(p.marketplace or "", p.order_id) for p in chunk if p.order_id})
        for part in _slices(wanted):
            found = session.scalars(
                select(Order).where(
                    tuple_(Order.marketplace, Order.external_id).in_(part),
                    Order.deleted_at.is_(None),
                )
            )
            self.orders.update({(o.marketplace, o.external_id): o for o in found})
        self.cases: dict[uuid.UUID, Case] = {}
        # (customer id, order id or None) -> that buyer's cases about that order
        self.by_buyer: dict[tuple[uuid.UUID, uuid.UUID | None], list[Case]] = defaultdict(list)
        customer_ids = [c.id for c in self.customers.values()]
        for part in _slices(customer_ids):
            for case in session.scalars(
                select(Case).where(Case.customer_id.in_(part), Case.deleted_at.is_(None))
            ):
                self.cases[case.id] = case
                self.by_buyer[(case.customer_id, case.order_id)].append(case)

    def case(self, case_id: uuid.UUID) -> Case | None:
        case = self.cases.get(case_id)
        if case is None:
            case = self.session.get(Case, case_id)
            if case is None or case.deleted_at is not None:
                return None
            self.cases[case.id] = case
        return case


class _Chunk:
    """One transaction's writing: the lookups, and what it made so far."""

    def __init__(self, session: Session, profile: Profile, now: dt.datetime, lookup: Lookup):
        self.session = session
        self.profile = profile
        self.now = now
        self.lookup = lookup
        self.touched: dict[uuid.UUID, Case] = {}
        self.new_cases: set[uuid.UUID] = set()
        self.new_customers: set[uuid.UUID] = set()
        self.new_orders: set[uuid.UUID] = set()
        self.messages: list[uuid.UUID] = []
        self.evidence: list[uuid.UUID] = []
        # New rows wait here and are added table by table (`flush_in_order`): without
        # relationships between the tables, one flush would not know that a case must
        # follow its customer and a message its case.
        self.pending: dict[type, list] = {Case: [], Message: [], Evidence: []}
        self.files_on_case: set[tuple[uuid.UUID, str]] = set()

    def flush_in_order(self) -> None:
        """Customers and orders (added as made), then cases, messages and evidence."""
        self.session.flush()
        for table in (Case, Message, Evidence):
            if self.pending[table]:
                self.session.add_all(self.pending[table])
                self.session.flush()
                self.pending[table] = []


def write_rows(
    session: Session, profile: Profile, chunk: list[Prepared], now: dt.datetime
) -> BatchRows:
    """Rows and operations for the prepared mails, inside the caller's transaction."""
    lookup = Lookup(session, chunk)
    state = _Chunk(session, profile, now, lookup)
    written: list[RowsWritten] = []
    duplicates: set[int] = set()
    with session.no_autoflush:
        for prepared in chunk:
            mail_id = prepared.mail.mail_id
            if mail_id in lookup.stored:
                duplicates.add(prepared.index)
                continue
            lookup.stored.add(mail_id)
            case, new_case = _route(state, prepared)
            message = _add_message(state, case, prepared, new_case)
            lookup.threads[mail_id] = case.id
            state.touched[case.id] = case
            written.append(RowsWritten(prepared.index, mail_id, case.id, message.id, new_case))
    state.flush_in_order()
    for case in state.touched.values():
        refresh_signals(session, profile, case)
    if not written:
        return BatchRows(Changes(), (), frozenset(duplicates))
    changes = Changes(
        cases=frozenset(state.touched),
        created_cases=frozenset(state.new_cases),
        messages=frozenset(state.messages),
        evidence=frozenset(state.evidence),
        customers=frozenset(state.new_customers),
        orders=frozenset(state.new_orders),
    )
    return BatchRows(changes, tuple(written), frozenset(duplicates))


# ----------------------------------------------------------------------------- routing


def _route(state: _Chunk, prepared: Prepared) -> tuple[Case, bool]:
    """The case this mail belongs in, and whether it was made for it."""
    lookup = state.lookup
    for ref in prepared.thread_ids:
        case_id = lookup.threads.get(ref)
        if case_id is not None and (case := lookup.case(case_id)) is not None:
            return case, False
    customer = _customer(state, prepared)
    order = _order(state, prepared, customer)
    if customer is not None:
        found = lookup.by_buyer.get((customer.id, order.id if order else None))
        if found:
            # an open case first, else the newest
            return min(found, key=lambda c: (c.status in _DONE, -c.created_at.timestamp())), False
    case = _new_case(state, prepared, customer, order)
    if customer is not None:
        lookup.by_buyer[(customer.id, order.id if order else None)].append(case)
    return case, True


def _customer(state: _Chunk, prepared: Prepared) -> Customer | None:
    """The buyer, found by marketplace and alias (or address), else made."""
    if not prepared.party:
        return None
    key = (prepared.marketplace or "", prepared.party)
    customer = state.lookup.customers.get(key)
    if customer is None:
        customer = Customer(
            id=new_id(),
            name=prepared.customer_name,
            marketplace=prepared.marketplace,
            locale=prepared.language,
            buyer_alias=prepared.party,
            email=prepared.address,
            created_at=state.now,
            updated_at=state.now,
        )
        state.session.add(customer)
        state.profile.ops.record_create(state.session, "customer", customer)
        state.lookup.customers[key] = customer
        state.new_customers.add(customer.id)
    return customer


def _order(state: _Chunk, prepared: Prepared, customer: Customer | None) -> Order | None:
    if not prepared.order_id:
        return None
    key = (prepared.marketplace or "", prepared.order_id)
    order = state.lookup.orders.get(key)
    if order is None:
        order = Order(
            id=new_id(),
            marketplace=key[0],
            external_id=prepared.order_id,
            customer_id=customer.id if customer else None,
            created_at=state.now,
            updated_at=state.now,
        )
        state.session.add(order)
        state.profile.ops.record_create(state.session, "order", order)
        state.lookup.orders[key] = order
        state.new_orders.add(order.id)
    return order


def _new_case(
    state: _Chunk, prepared: Prepared, customer: Customer | None, order: Order | None
) -> Case:
    case_id = new_id()
    case = Case(
        id=case_id,
        ref=case_ref(case_id),
        subject=prepared.case_subject,
        customer_id=customer.id if customer else None,
        order_id=order.id if order else None,
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
    state.pending[Case].append(case)
    state.profile.ops.record_create(state.session, "case", case, case_id=case.id)
    state.lookup.cases[case.id] = case
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
    state.pending[Message].append(message)
    profile.ops.record_create(session, "message", message, case_id=case.id)
    state.messages.append(message.id)
    for item in files:
        _add_evidence(state, case, message, prepared, item)
    if new_case:
        case.last_inbound_at = _later(case.last_inbound_at, prepared.received)
    else:
        _update_case(state, case, prepared)
    return message


def _add_evidence(
    state: _Chunk, case: Case, message: Message, prepared: Prepared, item: StoredAttachment
) -> None:
    """The evidence row of one attachment (as `evidence.intake.insert_evidence` makes it,
    the buyer as who added it), its blob checked to be there under this write lock."""
    file = item.file
    if not state.profile.blobs.exists(file.sha256):
        reason = str(BlobRemoved(file.name))
        prepared.refused_files.append((item.shown, words.one_line(reason, words.FLAG_CHARS)))
        return
    row = Evidence(
        id=new_id(),
        case_id=case.id,
        message_id=message.id,
        sha256=file.sha256,
        size=file.size,
        media_type=file.media_type,
        original_name=file.name,
        kind=guess_kind(file.media_type).value,
        caption=None,
        captured_at=file.captured_at,
        added_at=state.now,
        added_by=prepared.customer_name,
    )
    state.pending[Evidence].append(row)
    state.profile.ops.record_create(state.session, "evidence", row, case_id=case.id)
    state.files_on_case.add((case.id, file.sha256))
    state.evidence.append(row.id)


def _new_files(
    state: _Chunk, case: Case, prepared: Prepared, flags: list[str]
) -> list[StoredAttachment]:
    """The attachments the case does not have yet (one live row per case and file); one
    it has already is noted in the flags, not stored twice."""
    if not prepared.files:
        return []
    shas = [item.file.sha256 for item in prepared.files]
    on_case = set(
        state.session.scalars(
            select(Evidence.sha256).where(
                Evidence.case_id == case.id,
                Evidence.sha256.in_(shas),
                Evidence.deleted_at.is_(None),
            )
        )
    )
    on_case.update(sha for case_id, sha in state.files_on_case if case_id == case.id)
    files = []
    for item in prepared.files:
        if item.file.sha256 in on_case:
            flags.append(words.one_line(f"attachment_on_case:{item.shown}", words.FLAG_CHARS))
        else:
            files.append(item)
    return files


def _update_case(state: _Chunk, case: Case, prepared: Prepared) -> None:
    diff: dict[str, list] = {}
    if case.status in _WAITING or case.status in _DONE:
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


def _slices(values: list) -> list[list]:
    return [values[i : i + LOOKUP_SLICE] for i in range(0, len(values), LOOKUP_SLICE)]
