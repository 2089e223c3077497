"""The fixed vocabularies of the data model, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class CaseStatus(StrEnum):
    NEW = "new"
    OPEN = "open"
    WAITING_CUSTOMER = "waiting_customer"
    WAITING_THIRD_PARTY = "waiting_third_party"
    RESOLVED = "resolved"
    CLOSED = "closed"


OPEN_STATUSES = (
    CaseStatus.NEW,
    CaseStatus.OPEN,
    CaseStatus.WAITING_CUSTOMER,
    CaseStatus.WAITING_THIRD_PARTY,
)
WAITING_STATUSES = (CaseStatus.WAITING_CUSTOMER, CaseStatus.WAITING_THIRD_PARTY)
DONE_STATUSES = (CaseStatus.RESOLVED, CaseStatus.CLOSED)


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


PRIORITY_RANK = {Priority.LOW: 0, Priority.NORMAL: 1, Priority.HIGH: 2, Priority.URGENT: 3}


class CaseReason(StrEnum):
    WRONG_SIZE = "wrong_size"
    NOT_AS_DESCRIBED = "not_as_described"
    DEFECTIVE = "defective"
    DAMAGED = "damaged"
    MISSING_PARTS = "missing_parts"
    NOT_RECEIVED = "not_received"
    LATE = "late"
    REFUND = "refund"
    RETURN = "return"
    EXCHANGE = "exchange"
    ACCOUNT_ACCESS = "account_access"
    BILLING = "billing"
    OTHER = "other"


class Channel(StrEnum):
    MARKETPLACE = "marketplace"
    EMAIL = "email"
    PHONE = "phone"
    CHAT = "chat"
    CALLBACK = "callback"
    SOCIAL = "social"
    FORUM = "forum"
    OTHER = "other"


# The channels of the contact log: contacts an agent records, not messages that are sent.
CONTACT_CHANNELS = (Channel.PHONE, Channel.CHAT, Channel.CALLBACK, Channel.SOCIAL, Channel.OTHER)


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    NOTE = "note"


class OutboundState(StrEnum):
    DRAFT = "draft"
    QUEUED = "queued"
    SENDING = "sending"  # handed to the mail server; unknown until it answers
    SENT = "sent"
    FAILED = "failed"
    HELD = "held"  # a "send anyway" waiting for the owner's approval (cases.approvals)


class EvidenceKind(StrEnum):
    PHOTO = "photo"
    RECEIPT = "receipt"
    SHIPPING_LABEL = "shipping_label"
    SCREENSHOT = "screenshot"
    DOCUMENT = "document"
    OTHER = "other"


class Fulfilment(StrEnum):
    FBA = "fba"
    FBM = "fbm"
