"""What a scripted demo case file says, once read and checked (see `case_files`).

Times are offsets from the moment of seeding (negative: in the past); texts
are still templates with `{placeholders}`. `scripted` turns these into rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path


@dataclass(frozen=True)
class Customer:
    name: str
    locale: str
    alias: str | None
    email: str | None


@dataclass(frozen=True)
class Item:
    title: str
    sku: str | None
    category: str | None
    quantity: int
    unit_price: Decimal | None


@dataclass(frozen=True)
class OrderScript:
    """The order; times are offsets from the moment of seeding (negative: in the past)."""

    external_id: str
    purchased: dt.timedelta | None
    shipped: dt.timedelta | None
    delivered: dt.timedelta | None  # whole days, as are the two estimates
    estimated_from: dt.timedelta | None
    estimated_to: dt.timedelta | None
    fulfilment: str | None
    currency: str | None
    carrier: str | None
    tracking: str | None
    items: tuple[Item, ...]


@dataclass(frozen=True)
class NamedTime:
    """A moment texts can show as `{name}`: UTC, or wall-clock time at `utc_offset`."""

    at: dt.timedelta
    utc_offset: dt.timedelta | None


@dataclass(frozen=True)
class ReceiptLine:
    text: str
    size: int
    bold: bool


@dataclass(frozen=True)
class TrackingEvent:
    at: dt.timedelta
    text: str


@dataclass(frozen=True)
class EvidenceScript:
    """A file drawn by `app.demo.media` and attached to its message."""

    drawing: str  # one of DRAWINGS
    kind: str
    caption: str
    file: str  # the file's name; may use {taken} (a photo's local time) and the case's names
    utc_offset: str | None  # photos and the tracking screenshot: "+09:00"
    taken: dt.timedelta | None  # photos
    pages: tuple[tuple[ReceiptLine, ...], ...]  # receipt_pdf
    clock: dt.timedelta | None  # tracking_screenshot: the phone's clock in the status bar
    status: str | None
    note: str | None
    events: tuple[TrackingEvent, ...]


@dataclass(frozen=True)
class MessageScript:
    direction: str
    author: str  # one of AUTHORS
    at: dt.timedelta
    body: str
    draft: bool
    template: str | None
    evidence: tuple[EvidenceScript, ...]


@dataclass(frozen=True)
class Escalation:
    level: int
    reason: str
    target: str | None


@dataclass(frozen=True)
class CaseScript:
    """One scripted case as its file says; the first message opens the case."""

    path: Path
    number: int
    subject: str
    marketplace: str
    reason: str
    priority: str
    channel: str
    assignee: str  # one of PEOPLE
    customer: Customer
    order: OrderScript
    times: dict[str, NamedTime]
    messages: tuple[MessageScript, ...]
    status: str | None
    tags: tuple[str, ...]
    escalation: Escalation | None
