"""The tables of a profile: cases, customers, orders, messages, evidence and the operation log.

Keys are UUIDv7 (see `ids`), timestamps aware UTC (see `types`). Nothing is
hard-deleted: rows carry `deleted_at` tombstones. Enumerated fields hold the
string values of `enums`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.models.ids import new_id
from app.models.opdata import OperationData
from app.models.types import DecimalText, DeviceKey, HlcStamp, UTCDateTime, UuidBlob


class Base(DeclarativeBase):
    type_annotation_map = {
        dt.datetime: UTCDateTime(),
        Decimal: DecimalText(),
        uuid.UUID: UuidBlob(),
    }


class Meta(Base):
    """Profile-wide facts: this device's id, the agent's name."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    buyer_alias: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    locale: Mapped[str | None] = mapped_column(String(35))
    marketplace: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    deleted_at: Mapped[dt.datetime | None]


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id"))
    marketplace: Mapped[str] = mapped_column(String(40))
    external_id: Mapped[str] = mapped_column(String(64))
    purchased_at: Mapped[dt.datetime | None]
    shipped_at: Mapped[dt.datetime | None]
    delivered_on: Mapped[dt.date | None] = mapped_column(Date)
    estimated_delivery_min: Mapped[dt.date | None] = mapped_column(Date)
    estimated_delivery_max: Mapped[dt.date | None] = mapped_column(Date)
    fulfilment: Mapped[str | None] = mapped_column(String(8))
    currency: Mapped[str | None] = mapped_column(String(3))
    total: Mapped[Decimal | None]
    carrier: Mapped[str | None] = mapped_column(String(80))
    tracking_number: Mapped[str | None] = mapped_column(String(80))
    return_received_on: Mapped[dt.date | None] = mapped_column(Date)
    refunded_on: Mapped[dt.date | None] = mapped_column(Date)
    # Marketplace signals that start clocks or raise escalation (DOMAIN.md).
    return_requested_at: Mapped[dt.datetime | None]
    a_to_z_claim_at: Mapped[dt.datetime | None]
    chargeback_at: Mapped[dt.datetime | None]
    negative_feedback_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    deleted_at: Mapped[dt.datetime | None]

    items: Mapped[list[OrderItem]] = relationship(
        back_populates="order", order_by="OrderItem.position", cascade="all, delete-orphan"
    )


class OrderItem(Base):
    __tablename__ = "order_items"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    order_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orders.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    sku: Mapped[str | None] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(500))
    category: Mapped[str | None] = mapped_column(String(40))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price: Mapped[Decimal | None]
    currency: Mapped[str | None] = mapped_column(String(3))

    order: Mapped[Order] = relationship(back_populates="items")


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    ref: Mapped[str] = mapped_column(String(16), unique=True)
    subject: Mapped[str] = mapped_column(String(500))
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id"), index=True)
    # The customer's name, kept here by triggers so the inbox sorts by it with an index.
    customer_name: Mapped[str | None] = mapped_column(String(200))
    order_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("orders.id"), index=True)
    marketplace: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(String(32), default="other")
    status: Mapped[str] = mapped_column(String(32), default="new")
    priority: Mapped[str] = mapped_column(String(16), default="normal")
    priority_rank: Mapped[int] = mapped_column(Integer, default=1)
    # Computed by services.escalation from the case's signals (the time-independent part),
    # kept here so inbox views can filter and sort in SQL.
    escalation_level: Mapped[int] = mapped_column(Integer, default=0)
    escalation_reason: Mapped[str | None] = mapped_column(Text)
    # An agent's own escalation: a level, why, and to whom (owner, seller support, ...).
    manual_escalation_level: Mapped[int] = mapped_column(Integer, default=0)
    manual_escalation_reason: Mapped[str | None] = mapped_column(Text)
    manual_escalation_target: Mapped[str | None] = mapped_column(String(32))
    # The nearest deadline of the case's running clocks, and which clock it is.
    due_at: Mapped[dt.datetime | None]
    due_kind: Mapped[str | None] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(16), default="marketplace")
    language: Mapped[str | None] = mapped_column(String(35))
    assignee: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    last_inbound_at: Mapped[dt.datetime | None]
    last_outbound_at: Mapped[dt.datetime | None]
    deleted_at: Mapped[dt.datetime | None]

    tags: Mapped[list[CaseTag]] = relationship(order_by="CaseTag.tag", cascade="all")

    __table_args__ = (
        Index("ix_cases_status_updated", "status", "updated_at"),
        Index("ix_cases_updated", "updated_at"),
        Index("ix_cases_created", "created_at"),
        Index("ix_cases_assignee_status", "assignee", "status", "updated_at"),
        Index("ix_cases_priority_updated", "priority_rank", "updated_at"),
        Index("ix_cases_due", "due_at"),
        Index("ix_cases_customer_name", "customer_name", "updated_at"),
        Index("ix_cases_subject", "subject", "updated_at"),
    )


class CaseTag(Base):
    """One tag on a case; removing it sets `removed_at` so that tags merge per tag in sync."""

    __tablename__ = "case_tags"
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    tag: Mapped[str] = mapped_column(String(64), primary_key=True)
    added_at: Mapped[dt.datetime]
    removed_at: Mapped[dt.datetime | None]


class Message(Base):
    __tablename__ = "messages"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"))
    direction: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16), default="marketplace")
    author: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(35))
    created_at: Mapped[dt.datetime]
    sent_at: Mapped[dt.datetime | None]
    outbound_state: Mapped[str | None] = mapped_column(String(16))
    no_response_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    template_key: Mapped[str | None] = mapped_column(String(80))
    compliance: Mapped[list | None] = mapped_column(JSON)
    deleted_at: Mapped[dt.datetime | None]
    # Mail (revision 0008): the RFC 5322 Message-ID, one live row each (ux_messages_mail_id),
    # the References chain it answered, its subject, the other party's address, the raw
    # message as a blob (by SHA-256), and what parsing noticed.
    mail_id: Mapped[str | None] = mapped_column(String(998))
    mail_refs: Mapped[str | None] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(String(998))
    mail_address: Mapped[str | None] = mapped_column(String(320))
    raw_sha256: Mapped[str | None] = mapped_column(String(64))
    mail_flags: Mapped[list | None] = mapped_column(JSON)
    # The outbox: a queued reply leaves after `send_after` (the undo window); a temporary
    # failure waits until `next_attempt_at`; `failure` holds the server's words.
    send_after: Mapped[dt.datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    next_attempt_at: Mapped[dt.datetime | None]
    failure: Mapped[str | None] = mapped_column(Text)
    # The contact log: a call, chat, call-back or social contact an agent recorded.
    contact: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    minutes: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        Index("ix_messages_case_created", "case_id", "created_at"),
        Index(
            "ux_messages_mail_id",
            "mail_id",
            unique=True,
            sqlite_where=text("mail_id IS NOT NULL"),
        ),
        Index(
            "ix_messages_outbox",
            "outbound_state",
            "send_after",
            sqlite_where=text("outbound_state IN ('queued', 'sending', 'failed')"),
        ),
    )


class MailFolder(Base):
    """This device's fetch cursor for one mailbox folder: its UIDVALIDITY and the highest
    UID stored. Device state (never logged, never synced), like the window geometry."""

    __tablename__ = "mail_folders"
    account: Mapped[str] = mapped_column(String(320), primary_key=True)
    folder: Mapped[str] = mapped_column(String(500), primary_key=True)
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0, server_default=text("0"))
    fetched_at: Mapped[dt.datetime | None]


class Evidence(Base):
    __tablename__ = "evidence"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    # Looked up by case through ux_evidence_case_sha (case_id, sha256; live rows).
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"))
    message_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("messages.id"))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100))
    original_name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(32), default="other")
    caption: Mapped[str | None] = mapped_column(Text)
    captured_at: Mapped[dt.datetime | None]
    added_at: Mapped[dt.datetime]
    added_by: Mapped[str | None] = mapped_column(String(120))
    deleted_at: Mapped[dt.datetime | None]


class ReplyTemplate(Base):
    """One of the shop's own reply templates: its key and its source text (TOML), stored as
    the seller wrote it. A library template with the same key is replaced for the shop;
    deleting sets `deleted_at`, and the library's shows again."""

    __tablename__ = "reply_templates"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    key: Mapped[str] = mapped_column(String(64), index=True)
    source: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    deleted_at: Mapped[dt.datetime | None]


class Operation(Base):
    """One entry of the append-only change log: the audit history and the sync outbox.

    An operation is named by its device and clock stamp (unique together: the clock never
    repeats a stamp on one device): that pair is its key, in a table without rowids.
    Stamps are stored as integers, the data as compact bytes (`opdata`)."""

    __tablename__ = "operations"
    hlc: Mapped[str] = mapped_column(HlcStamp(), primary_key=True)
    device_id: Mapped[str] = mapped_column(DeviceKey(), primary_key=True)
    actor: Mapped[str | None] = mapped_column(String(120))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[uuid.UUID] = mapped_column()
    case_id: Mapped[uuid.UUID | None] = mapped_column()
    action: Mapped[str] = mapped_column(String(16))
    data: Mapped[dict] = mapped_column(OperationData())
    created_at: Mapped[dt.datetime]
    pushed_at: Mapped[dt.datetime | None]

    __table_args__ = (
        PrimaryKeyConstraint("device_id", "hlc"),
        Index("ix_operations_case", "case_id", "hlc", sqlite_where=text("case_id IS NOT NULL")),
        # This device's operations not yet acknowledged by the sync server (revision 0009).
        Index(
            "ix_operations_pending",
            "device_id",
            "hlc",
            sqlite_where=text("pushed_at IS NULL"),
        ),
        {"sqlite_with_rowid": False},
    )


class SyncNotice(Base):
    """A conflict this device lost in sync (revision 0009): a teammate's value replaced
    `mine` on a field while neither saw the other's write. Shown in the case until
    reapplied or dismissed (`resolved_at`, `resolution`). Device state, like
    `mail_folders`: never logged, never synced."""

    __tablename__ = "sync_notices"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    case_id: Mapped[uuid.UUID | None] = mapped_column()
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[uuid.UUID] = mapped_column()
    field: Mapped[str] = mapped_column(String(200))
    mine: Mapped[object | None] = mapped_column(JSON)
    theirs: Mapped[object | None] = mapped_column(JSON)
    who: Mapped[str | None] = mapped_column(String(120))
    at: Mapped[dt.datetime | None]
    my_hlc: Mapped[str | None] = mapped_column(String(22))
    their_hlc: Mapped[str | None] = mapped_column(String(22))
    version: Mapped[int] = mapped_column(BigInteger)
    resolved_at: Mapped[dt.datetime | None]
    resolution: Mapped[str | None] = mapped_column(String(16))

    __table_args__ = (Index("ix_sync_notices_case", "case_id", "resolved_at"),)
