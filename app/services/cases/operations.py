"""Case operations: create, change fields and tags, add messages, notes and evidence.

Each public write function runs in one transaction that also appends the
Operation rows, and returns a `Changes` value or one frozen result carrying
it as `.changes` (DESIGN.md section 2).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.entities import Case, CaseTag, Message
from app.models.enums import (
    DONE_STATUSES,
    PRIORITY_RANK,
    WAITING_STATUSES,
    CaseReason,
    CaseStatus,
    Channel,
    Direction,
    EvidenceKind,
    OutboundState,
    Priority,
)
from app.models.ids import case_ref, new_id
from app.services.cases.orders import (
    NewOrder,
    check_order_facts,
    find_or_create_customer,
    find_or_create_order,
)
from app.services.core.changes import Changes
from app.services.core.errors import InvalidInput, NotFound
from app.services.core.marketplaces import check_marketplace, check_order_id
from app.services.core.profile import Profile
from app.services.core.validation import (
    MAX_BODY_CHARS,
    check_aware,
    clean_line,
    clean_text,
    enum_value,
)
from app.services.deadlines.escalation import refresh_signals
from app.services.evidence.attach import insert_evidence as _insert_evidence
from app.services.evidence.attach import record_stored_file, store_for, store_new_case_files

# The sizes of the columns these go to (app/models/entities.py).
MAX_SUBJECT_CHARS = 500
MAX_TAG_CHARS = 64
MAX_NAME_CHARS = 200
MAX_EMAIL_CHARS = 320
MAX_LOCALE_CHARS = 35
MAX_ORDER_ID_CHARS = 64
MAX_ASSIGNEE_CHARS = 120


def _later(current: dt.datetime | None, candidate: dt.datetime) -> dt.datetime:
    return candidate if current is None or candidate > current else current


def clean_tag(tag: str) -> str:
    """A tag as a case stores it: one line, lower case, spaces as '-'."""
    tag = (clean_line(tag, "tag", 10 * MAX_TAG_CHARS, required=False) or "").lower()
    tag = tag.replace(" ", "-")
    if not tag:
        raise InvalidInput("A tag cannot be empty.")
    if len(tag) > MAX_TAG_CHARS:
        raise InvalidInput(f"The tag {tag[:20]!r}… is longer than {MAX_TAG_CHARS} characters.")
    return tag


@dataclass
class NewCase:
    """What a new case starts with; the first inbound message is `body`."""

    subject: str
    body: str | None = None
    customer_name: str | None = None
    customer_locale: str | None = None
    marketplace: str | None = None
    order_external_id: str | None = None
    order: NewOrder | None = None
    customer_alias: str | None = None
    customer_email: str | None = None
    reason: str = CaseReason.OTHER
    priority: str = Priority.NORMAL
    channel: str = Channel.MARKETPLACE
    language: str | None = None
    assignee: str | None = None
    tags: Sequence[str] = ()
    attachments: Sequence[Path] = ()
    received_at: dt.datetime | None = None


@dataclass(frozen=True)
class Created:
    """What `create_case` made: the case, its first message and the files that came with it."""

    changes: Changes
    case_id: uuid.UUID
    ref: str
    message_id: uuid.UUID | None = None
    evidence_ids: tuple[uuid.UUID, ...] = field(default=())


# ----------------------------------------------------------------------------- create


def _clean_order(order: NewOrder) -> NewOrder:
    """The order's text facts as single lines within their columns."""

    def line(value: str | None, what: str, limit: int) -> str | None:
        return clean_line(value, what, limit, required=False)

    items = [
        dataclasses.replace(
            item,
            title=clean_line(item.title, "item title", 500),
            sku=line(item.sku, "item SKU", 64),
            category=line(item.category, "item category", 40),
        )
        for item in order.items
    ]
    return dataclasses.replace(
        order,
        external_id=clean_line(order.external_id, "order id", MAX_ORDER_ID_CHARS),
        fulfilment=line(order.fulfilment, "fulfilment", 8),
        currency=line(order.currency, "currency", 3),
        carrier=line(order.carrier, "carrier", 80),
        tracking_number=line(order.tracking_number, "tracking number", 80),
        items=items,
    )


@dataclass(frozen=True)
class _Party:
    """The customer fields of a new case, cleaned."""

    name: str | None
    locale: str | None
    alias: str | None
    email: str | None


def _clean_party(new: NewCase) -> _Party:
    return _Party(
        name=clean_line(new.customer_name, "customer name", MAX_NAME_CHARS, required=False),
        locale=clean_line(
            new.customer_locale, "customer language", MAX_LOCALE_CHARS, required=False
        ),
        alias=clean_line(new.customer_alias, "buyer alias", MAX_NAME_CHARS, required=False),
        email=clean_line(new.customer_email, "e-mail address", MAX_EMAIL_CHARS, required=False),
    )


def create_case(profile: Profile, new: NewCase) -> Created:
    subject = clean_line(new.subject, "subject", MAX_SUBJECT_CHARS)
    body = clean_text(new.body, "message", MAX_BODY_CHARS, required=False)
    if body is not None and not body.strip():
        body = None
    party = _clean_party(new)
    language = clean_line(new.language, "language", MAX_LOCALE_CHARS, required=False)
    assignee = clean_line(new.assignee, "assignee", MAX_ASSIGNEE_CHARS, required=False)
    marketplace = check_marketplace(new.marketplace)
    order_facts = _clean_order(new.order) if new.order is not None else None
    order_id = clean_line(new.order_external_id, "order id", MAX_ORDER_ID_CHARS, required=False)
    if order_facts is not None:
        order_external = check_order_id(marketplace, order_facts.external_id)
        check_order_facts(order_facts)
    elif order_id:
        order_external = check_order_id(marketplace, order_id)
    else:
        order_external = None
    reason = enum_value(CaseReason, new.reason, "reason")
    priority = enum_value(Priority, new.priority, "priority")
    channel = enum_value(Channel, new.channel, "channel")
    tags = sorted({clean_tag(t) for t in new.tags})
    check_aware(new.received_at, "received time")
    # Files first: every one is checked and safely on disk before any row refers to it.
    stored = store_new_case_files(profile, new.attachments)
    now = profile.now()
    received = new.received_at or now

    with profile.write() as session:
        customer = None
        if party.name:
            customer = find_or_create_customer(
                session, profile, party.name, marketplace, party.locale, party.alias, party.email
            )
        order = None
        if order_external:
            order = find_or_create_order(
                session, profile, marketplace, order_external, customer, now, order_facts
            )
        case_id = new_id()
        case = Case(
            id=case_id,
            ref=_unique_ref(session, case_id),
            subject=subject,
            customer_id=customer.id if customer else None,
            order_id=order.id if order else None,
            marketplace=marketplace,
            reason=reason,
            status=CaseStatus.NEW.value,
            priority=priority,
            priority_rank=PRIORITY_RANK[Priority(priority)],
            escalation_level=0,
            channel=channel,
            language=language or (customer.locale if customer else None),
            assignee=assignee,
            created_at=received,
            updated_at=now,
            last_inbound_at=received if body else None,
        )
        session.add(case)
        session.flush()
        profile.ops.record_create(session, "case", case, case_id=case.id)
        for tag in tags:
            _add_tag(session, profile, case, tag, now)
        message_id = None
        if body is not None:
            message = Message(
                id=new_id(),
                case_id=case.id,
                direction=Direction.INBOUND.value,
                channel=channel,
                author=customer.name if customer else None,
                body=body,
                language=case.language,
                created_at=received,
            )
            session.add(message)
            session.flush()
            profile.ops.record_create(session, "message", message, case_id=case.id)
            message_id = message.id
        evidence_ids = tuple(
            _insert_evidence(
                session,
                profile,
                case.id,
                file,
                message_id,
                None,
                None,
                now,
                added_by=(customer.name if customer and message_id else None),
            ).id
            for file in stored
        )
        refresh_signals(session, profile, case)
        case_id, ref = case.id, case.ref

    return Created(
        changes=Changes(created_cases=frozenset({case_id}), cases=frozenset({case_id})),
        case_id=case_id,
        ref=ref,
        message_id=message_id,
        evidence_ids=evidence_ids,
    )


def _unique_ref(session: Session, case_id: uuid.UUID) -> str:
    ref = case_ref(case_id)
    if session.scalar(select(Case.id).where(Case.ref == ref)) is not None:
        raise RuntimeError("case reference clash; retry")  # ~never: 50 random bits
    return ref


# ----------------------------------------------------------------------------- update

# The single-line text fields and their column sizes.
_TEXT_FIELDS = {
    "subject": MAX_SUBJECT_CHARS,
    "assignee": MAX_ASSIGNEE_CHARS,
    "language": MAX_LOCALE_CHARS,
}

EDITABLE_FIELDS = {
    "subject": None,
    "status": CaseStatus,
    "priority": Priority,
    "reason": CaseReason,
    "channel": Channel,
    "assignee": None,
    "language": None,
}


def load_case(session: Session, case_id: uuid.UUID) -> Case:
    case = session.get(Case, case_id)
    if case is None or case.deleted_at is not None:
        raise NotFound(f"There is no case with id {case_id}.")
    return case


def update_case(profile: Profile, case_id: uuid.UUID, **fields: object) -> Changes:
    """Change case fields (subject, status, priority, reason, channel, assignee, language)."""
    clean: dict[str, object] = {}
    for name, value in fields.items():
        if name not in EDITABLE_FIELDS:
            raise InvalidInput(f"The case field {name!r} cannot be changed this way.")
        enum_type = EDITABLE_FIELDS[name]
        if enum_type is not None:
            value = enum_value(enum_type, value, name)
        elif name in _TEXT_FIELDS:
            value = clean_line(value, name, _TEXT_FIELDS[name], required=name == "subject")
        clean[name] = value
    with profile.write() as session:
        case = load_case(session, case_id)
        diff = {}
        for name, value in clean.items():
            before = getattr(case, name)
            if before != value:
                diff[name] = [before, value]
                setattr(case, name, value)
        if not diff:
            return Changes()
        if "priority" in diff:
            case.priority_rank = PRIORITY_RANK[Priority(case.priority)]
        case.updated_at = profile.now()
        profile.ops.record(
            session, entity="case", entity_id=case.id, action="update", data=diff, case_id=case.id
        )
        refresh_signals(session, profile, case)
    return Changes(cases=frozenset({case_id}))


def set_tags(profile: Profile, case_id: uuid.UUID, tags: Iterable[str]) -> Changes:
    """Make the case's tags exactly `tags`, adding and removing each one (tags merge per tag)."""
    return _write_tags(profile, case_id, {clean_tag(t) for t in tags}, None)


def change_tags(
    profile: Profile, case_id: uuid.UUID, add: Iterable[str] = (), remove: Iterable[str] = ()
) -> Changes:
    """Add the tags `add` and remove the tags `remove`, leaving every other tag as it is
    (a teammate's tag that sync brought in since the agent looked stays)."""
    added, removed = {clean_tag(t) for t in add}, {clean_tag(t) for t in remove}
    both = sorted(added & removed)
    if both:
        raise InvalidInput(f"The tag {both[0]!r} cannot be both added and removed.")
    return _write_tags(profile, case_id, added, removed)


def _write_tags(
    profile: Profile, case_id: uuid.UUID, wanted: set[str], unwanted: set[str] | None
) -> Changes:
    """Add `wanted`; remove `unwanted`, or (None) every other tag."""
    with profile.write() as session:
        case = load_case(session, case_id)
        now = profile.now()
        current = {t.tag: t for t in case.tags}
        changed = False
        for tag in sorted(wanted):
            row = current.get(tag)
            if row is None or row.removed_at is not None:
                _add_tag(session, profile, case, tag, now, row)
                changed = True
        for tag, row in current.items():
            going = tag not in wanted if unwanted is None else tag in unwanted
            if going and row.removed_at is None:
                row.removed_at = now
                profile.ops.record(
                    session,
                    entity="case_tag",
                    entity_id=case.id,
                    action="remove",
                    data={"tag": tag},
                    case_id=case.id,
                )
                changed = True
        if not changed:
            return Changes()
        case.updated_at = now
    return Changes(cases=frozenset({case_id}))


def _add_tag(
    session: Session,
    profile: Profile,
    case: Case,
    tag: str,
    now: dt.datetime,
    row: CaseTag | None = None,
) -> None:
    if row is None:
        session.add(CaseTag(case_id=case.id, tag=tag, added_at=now))
    else:
        row.removed_at = None
        row.added_at = now
    profile.ops.record(
        session,
        entity="case_tag",
        entity_id=case.id,
        action="add",
        data={"tag": tag},
        case_id=case.id,
    )


# ----------------------------------------------------------------------------- messages


@dataclass(frozen=True)
class MessageAdded:
    """What `add_message` (and `add_note`, `add_reply`) wrote: the new message's id;
    `held` when it is a "send anyway" waiting for the owner's approval (`approvals`)."""

    changes: Changes
    message_id: uuid.UUID
    held: bool = False


@dataclass(frozen=True)
class ComplianceOverride:
    """An agent's decision to send a reply despite blocking findings."""

    rules: tuple[str, ...]
    reason: str


def add_message(
    profile: Profile,
    case_id: uuid.UUID,
    direction: str,
    body: str,
    *,
    channel: str | None = None,
    author: str | None = None,
    language: str | None = None,
    created_at: dt.datetime | None = None,
    template_key: str | None = None,
    draft: bool = False,
    sent_at: dt.datetime | None = None,
    compliance_override: ComplianceOverride | None = None,
    replaces_draft: uuid.UUID | None = None,
) -> MessageAdded:
    """Add an inbound message, an outbound reply or an internal note to a case.

    A reply (`direction` outbound) is one of three things:
    - `draft=True`: a draft, which does not answer the buyer (the clock runs);
    - `sent_at=...`: a reply already sent another way (by hand in Seller Central, an
      earlier tool, the demo): recorded as sent then, and the buyer's clock stops then;
    - neither: a reply to send, which goes into the outbox (`mail.outbox.queue_reply`, whose
      QueuedReply also says when it leaves; `NoMailbox` without a mailbox): it answers the
      buyer only once the mail server took it. `channel`, `author` and `created_at` are not
      for such a reply.
    `replaces_draft` is the stored draft it grew from, which goes (the thread keeps one
    version). A reply the compliance check blocked goes out only with `compliance_override`:
    who overrode which rules and why is logged in the case's history; where the owner
    must approve it (`approvals.approval_required`), it is held for them instead.
    """
    direction = enum_value(Direction, direction, "message direction")
    outbound = direction == Direction.OUTBOUND
    if outbound and not draft and sent_at is None:
        if channel is not None or author is not None or created_at is not None:
            raise InvalidInput(
                "A reply to send goes through the outbox, which sets its channel, author and "
                "time; record a reply sent elsewhere with sent_at."
            )
        from app.services.mail.outbox import queue_reply

        queued = queue_reply(
            profile,
            case_id,
            body,
            template_key=template_key,
            language=language,
            compliance_override=compliance_override,
            replaces_draft=replaces_draft,
        )
        return MessageAdded(queued.changes, queued.message_id, held=queued.held)
    if sent_at is not None and (not outbound or draft):
        raise InvalidInput("Only a reply that is not a draft can have been sent.")
    if compliance_override is not None:
        if not outbound:
            raise InvalidInput("Only a reply to the customer can override the compliance check.")
        override_reason = clean_text(compliance_override.reason, "override reason", 1000)
        from app.services.cases.approvals import approval_required, hold_reply

        if sent_at is None and approval_required(profile):  # the owner must approve it
            held = hold_reply(
                profile, case_id, body, rules=compliance_override.rules,
                reason=compliance_override.reason, template_key=template_key,
                language=language, replaces_draft=replaces_draft,
            )  # fmt: skip
            return MessageAdded(held.changes, held.message_id, held=True)
    body = clean_text(body, "note" if direction == Direction.NOTE else "message", MAX_BODY_CHARS)
    author = clean_line(author, "author", MAX_NAME_CHARS, required=False)
    language = clean_line(language, "language", MAX_LOCALE_CHARS, required=False)
    check_aware(created_at, "message time")
    check_aware(sent_at, "sent time")
    with profile.write() as session:
        case = load_case(session, case_id)
        now = profile.now()
        at = created_at or sent_at or now
        if sent_at is not None and sent_at < at:
            raise InvalidInput("A reply cannot have been sent before it was written.")
        message = Message(
            id=new_id(),
            case_id=case.id,
            direction=direction,
            channel=enum_value(Channel, channel or case.channel, "channel"),
            author=author or (profile.agent if direction != Direction.INBOUND else None),
            body=body,
            language=language or (case.language if direction != Direction.NOTE else None),
            created_at=at,
            sent_at=sent_at,
            outbound_state=(
                (OutboundState.DRAFT if draft else OutboundState.SENT).value if outbound else None
            ),
            template_key=template_key,
        )
        session.add(message)
        session.flush()
        profile.ops.record_create(session, "message", message, case_id=case.id)
        if replaces_draft is not None:
            discard_draft(session, profile, case.id, replaces_draft, now)
        if compliance_override is not None:
            record_override(
                session, profile, case.id, message.id, compliance_override.rules, override_reason
            )
        case_diff: dict[str, list] = {}
        if direction == Direction.INBOUND:
            # max: a message imported late must not hide a newer unanswered one
            case.last_inbound_at = _later(case.last_inbound_at, at)
            if case.status in WAITING_STATUSES or case.status in DONE_STATUSES:
                case_diff["status"] = [case.status, CaseStatus.OPEN.value]
        elif sent_at is not None:
            case.last_outbound_at = _later(case.last_outbound_at, sent_at)
            if case.status == CaseStatus.NEW:
                case_diff["status"] = [case.status, CaseStatus.OPEN.value]
        for name, (_before, after) in case_diff.items():
            setattr(case, name, after)
        if case_diff:
            profile.ops.record(
                session,
                entity="case",
                entity_id=case.id,
                action="update",
                data=case_diff,
                case_id=case.id,
            )
        case.updated_at = now
        refresh_signals(session, profile, case)
        message_id = message.id
    return MessageAdded(
        changes=Changes(cases=frozenset({case_id}), messages=frozenset({message_id})),
        message_id=message_id,
    )


def record_override(
    session: Session,
    profile: Profile,
    case_id: uuid.UUID,
    message_id: uuid.UUID,
    rules: Sequence[str],
    reason: str,
) -> None:
    """Log who sent `message_id` despite which blocking rules, and why (the case history)."""
    profile.ops.record(
        session,
        entity="message",
        entity_id=message_id,
        action="override",
        data={"rules": list(rules), "reason": reason},
        case_id=case_id,
    )


def discard_draft(
    session: Session, profile: Profile, case_id: uuid.UUID, draft_id: uuid.UUID, now: dt.datetime
) -> None:
    """Tombstone the draft a reply grew from (inside the caller's write)."""
    draft = session.get(Message, draft_id)
    if draft is None or draft.case_id != case_id or draft.deleted_at is not None:
        return  # already gone (sent or discarded elsewhere): nothing to replace
    if draft.outbound_state != OutboundState.DRAFT:
        raise InvalidInput("Only a draft reply can be replaced; this message was already sent.")
    draft.deleted_at = now
    profile.ops.record(
        session,
        entity="message",
        entity_id=draft.id,
        action="delete",
        data={"deleted_at": [None, now]},
        case_id=case_id,
    )


def add_note(profile: Profile, case_id: uuid.UUID, body: str) -> MessageAdded:
    return add_message(profile, case_id, Direction.NOTE, body)


def add_reply(
    profile: Profile,
    case_id: uuid.UUID,
    body: str,
    **kw,  # noqa: ANN003
) -> MessageAdded:
    """A reply: a draft (`draft=True`), one sent elsewhere (`sent_at=`), or else one that
    goes into the outbox (see `add_message`)."""
    return add_message(profile, case_id, Direction.OUTBOUND, body, **kw)


# ----------------------------------------------------------------------------- evidence


@dataclass(frozen=True)
class EvidenceAdded:
    """What `add_evidence` wrote: the new evidence file's id."""

    changes: Changes
    evidence_id: uuid.UUID


def add_evidence(
    profile: Profile,
    case_id: uuid.UUID,
    path: Path,
    *,
    kind: str | None = None,
    caption: str | None = None,
    message_id: uuid.UUID | None = None,
) -> EvidenceAdded:
    """Store one file (checked, atomically, once per content) and attach it to the case;
    raises InvalidInput when it is refused. Several files: `evidence.attach_files`."""
    if kind is not None:
        kind = enum_value(EvidenceKind, kind, "evidence kind")
    caption = clean_text(caption, "caption", 2000, required=False)
    with profile.read() as session:
        load_case(session, case_id)
    path = Path(path)
    stored = store_for(profile, path)
    recorded = record_stored_file(
        profile, case_id, stored, path.name, kind=kind, caption=caption, message_id=message_id
    )
    return EvidenceAdded(changes=recorded.changes, evidence_id=recorded.evidence_id)


# ----------------------------------------------------------------------------- delete


def delete_case(profile: Profile, case_id: uuid.UUID) -> Changes:
    """Tombstone a case: it leaves every view but its rows and history stay."""
    with profile.write() as session:
        case = load_case(session, case_id)
        case.deleted_at = profile.now()
        case.updated_at = case.deleted_at
        profile.ops.record(
            session, entity="case", entity_id=case.id, action="delete", data={}, case_id=case.id
        )
    return Changes(cases=frozenset({case_id}), reload_all=True)
