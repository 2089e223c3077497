"""Orders from a report into the profile: created or updated, a few hundred per transaction.

An order is found by its marketplace and order id (or, once, an order of that
id recorded without a marketplace, which then gets the report's). A change is
logged as one "update" operation with only the fields that changed; items are
matched by SKU (by position without one), updated or added, never removed (an
item has no tombstone; the report may list only part of an order). Importing
the same report again changes nothing and logs nothing. The cases of an
updated order get their clocks and escalation computed again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models.entities import Case, Order, OrderItem
from app.models.ids import new_id
from app.services.cases.orders import NewItem, NewOrder, check_order_facts
from app.services.core.changes import Changes
from app.services.core.errors import InvalidInput
from app.services.core.marketplaces import check_marketplace
from app.services.core.profile import Profile
from app.services.deadlines.escalation import refresh_signals
from app.services.orders_import.facts import ItemFacts, OrderFacts, RowProblem, collect_orders
from app.services.orders_import.reading import (
    ALL_ORDERS,
    MAX_REPORT_BYTES,
    ReportError,
    parse_report,
)

BATCH_ORDERS = 250

# The order's facts a report may give; None in the report leaves the stored value.
ORDER_FIELDS = (
    "purchased_at",
    "shipped_at",
    "delivered_on",
    "estimated_delivery_max",
    "fulfilment",
    "currency",
    "carrier",
    "tracking_number",
)


@dataclass
class Tally:
    """What the batches did so far."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    done: int = 0
    orders: set[uuid.UUID] = dataclasses.field(default_factory=set)
    cases: set[uuid.UUID] = dataclasses.field(default_factory=set)


def check_facts(order: OrderFacts) -> str | None:
    """The order checked as any order a case refers to (`check_order_facts`); the reason
    when it is refused."""
    try:
        check_order_facts(
            NewOrder(
                external_id=order.external_id,
                purchased_at=order.purchased_at,
                shipped_at=order.shipped_at,
                delivered_on=order.delivered_on,
                estimated_delivery_max=order.estimated_delivery_max,
                fulfilment=order.fulfilment,
                currency=order.currency,
                items=[
                    NewItem(i.title, i.sku, quantity=i.quantity, unit_price=i.unit_price)
                    for i in order.items
                    if i.quantity > 0  # a cancelled item: kept with its 0
                ],
            )
        )
    except InvalidInput as exc:
        return str(exc)
    return None


@dataclass(frozen=True)
class OrdersImported:
    """What `import_order_report` did. `created + updated + unchanged + skipped` are the
    report's orders (fewer when it was cancelled); `skipped` ones had an error in a row
    (in `problems`) or were not sold on Amazon (`non_amazon_rows`). `warnings` name
    values that were left out while their order was imported."""

    changes: Changes
    report: str  # ALL_ORDERS or FULFILLED_SHIPMENTS
    encoding: str
    rows: int
    created: int
    updated: int
    unchanged: int
    skipped: int
    non_amazon_rows: int
    problems: tuple[RowProblem, ...]
    warnings: tuple[RowProblem, ...]
    cancelled: bool = False

    @property
    def orders(self) -> int:
        return self.created + self.updated + self.unchanged + self.skipped


def _read_source(source: Path | bytes) -> bytes:
    if isinstance(source, bytes):
        return source
    path = Path(source)
    try:
        if path.stat().st_size > MAX_REPORT_BYTES:
            return b"x" * (MAX_REPORT_BYTES + 1)  # parse_report words the refusal
        return path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ReportError(
            f"The file {path.name!r} cannot be read: {reason}.", "unreadable"
        ) from exc


def import_order_report(
    profile: Profile,
    source: Path | bytes,
    *,
    marketplace: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch_size: int = BATCH_ORDERS,
) -> OrdersImported:
    """Import an All Orders or Amazon Fulfilled Shipments report (a file or its bytes).

    A file that cannot be read as a report raises `ReportError` (a missing required column
    names it) before anything is written. Orders are written `batch_size` per transaction;
    `progress(done, total)` follows the orders, and `cancelled()` is asked before each
    batch: what was written stays, and the result says it was cancelled. `marketplace`
    stands in for an empty or missing sales-channel column."""
    marketplace = check_marketplace(marketplace)
    report = parse_report(_read_source(source), marketplace_given=marketplace is not None)
    collected = collect_orders(report, marketplace)
    problems = list(collected.problems)
    ready: list[OrderFacts] = []
    failed = 0
    for order in collected.orders:
        reason = None if order.failed else check_facts(order)
        if reason is not None:
            problems.append(
                RowProblem(order.first_row, None, "bad_order", reason, order.external_id)
            )
        if order.failed or reason is not None:
            failed += 1
        else:
            ready.append(order)
    tally = Tally()
    total = len(ready)
    if progress is not None:
        progress(0, total)
    finished = True
    for start in range(0, total, max(1, batch_size)):
        if cancelled is not None and cancelled():
            finished = False
            break
        batch = ready[start : start + batch_size]
        with profile.write() as session:
            _write_batch(session, profile, batch, report.kind, tally)
        tally.done += len(batch)
        if progress is not None:
            progress(tally.done, total)
    problems.sort(key=lambda p: p.row)
    return OrdersImported(
        changes=Changes(orders=frozenset(tally.orders), cases=frozenset(tally.cases)),
        report=report.kind,
        encoding=report.encoding,
        rows=len(report.records),
        created=tally.created,
        updated=tally.updated,
        unchanged=tally.unchanged,
        skipped=failed + collected.refused_orders,
        non_amazon_rows=collected.non_amazon_rows,
        problems=tuple(problems),
        warnings=tuple(sorted(collected.warnings, key=lambda p: p.row)),
        cancelled=not finished,
    )


def _write_batch(
    session: Session, profile: Profile, batch: Sequence[OrderFacts], kind: str, tally: Tally
) -> None:
    now = profile.now()
    found = session.scalars(
        select(Order)
        .options(selectinload(Order.items))
        .where(
            Order.external_id.in_({o.external_id for o in batch}),
            Order.deleted_at.is_(None),
        )
    ).all()
    by_key = {(o.marketplace, o.external_id): o for o in found}
    updated: list[Order] = []
    for facts in batch:
        order = by_key.get((facts.marketplace, facts.external_id)) or by_key.pop(
            ("", facts.external_id), None
        )
        if order is None:
            order = _create(session, profile, facts, now)
            by_key[facts.marketplace, facts.external_id] = order
            tally.created += 1
            tally.orders.add(order.id)
        elif _update(session, profile, order, facts, kind, now):
            tally.updated += 1
            tally.orders.add(order.id)
            updated.append(order)
        else:
            tally.unchanged += 1
    if updated:
        cases = session.scalars(
            select(Case).where(
                Case.order_id.in_([o.id for o in updated]), Case.deleted_at.is_(None)
            )
        ).all()
        for case in cases:
            refresh_signals(session, profile, case)
            tally.cases.add(case.id)


def _new_item(order: Order, item: ItemFacts, position: int, currency: str | None) -> OrderItem:
    return OrderItem(
        id=new_id(),
        order_id=order.id,
        position=position,
        sku=item.sku,
        title=item.title,
        quantity=item.quantity,
        unit_price=item.unit_price,
        currency=currency,
    )


def _create(session: Session, profile: Profile, facts: OrderFacts, now: dt.datetime) -> Order:
    order = Order(
        id=new_id(),
        marketplace=facts.marketplace,
        external_id=facts.external_id,
        created_at=now,
        updated_at=now,
        total=facts.total,
        **{name: getattr(facts, name) for name in ORDER_FIELDS},
    )
    order.items = [
        _new_item(order, item, position, facts.currency)
        for position, item in enumerate(facts.items)
    ]
    session.add(order)
    profile.ops.record_create(session, "order", order)
    for item in order.items:
        profile.ops.record_create(session, "order_item", item)
    return order


def _update(
    session: Session,
    profile: Profile,
    order: Order,
    facts: OrderFacts,
    kind: str,
    now: dt.datetime,
) -> bool:
    """Bring `order` to the report's facts; True if anything changed."""
    diff: dict[str, list] = {}
    if order.marketplace != facts.marketplace:
        diff["marketplace"] = [order.marketplace, facts.marketplace]
    for name in ORDER_FIELDS:
        after = getattr(facts, name)
        before = getattr(order, name)
        if after is not None and before != after:
            diff[name] = [before, after]
    # The All Orders report lists every item; a shipments report only fills an order that
    # has none yet (it may list one parcel of several).
    items_changed = False
    if kind == ALL_ORDERS or not order.items:
        total = facts.total
        if total is not None and order.total != total:
            diff["total"] = [order.total, total]
        items_changed = _update_items(session, profile, order, facts)
    for name, (_before, after) in diff.items():
        setattr(order, name, after)
    if diff:
        profile.ops.record(session, entity="order", entity_id=order.id, action="update", data=diff)
    if diff or items_changed:
        order.updated_at = now
        return True
    return False


def _update_items(session: Session, profile: Profile, order: Order, facts: OrderFacts) -> bool:
    existing = list(order.items)
    matched: set[uuid.UUID] = set()
    changed = False
    position = max((i.position for i in existing), default=-1) + 1
    for index, item in enumerate(facts.items):
        if item.sku:
            match = next((e for e in existing if e.id not in matched and e.sku == item.sku), None)
        else:
            candidate = existing[index] if index < len(existing) else None
            match = (
                candidate
                if candidate and not candidate.sku and candidate.id not in matched
                else None
            )
        if match is None:
            row = _new_item(order, item, position, facts.currency)
            position += 1
            order.items.append(row)
            profile.ops.record_create(session, "order_item", row)
            changed = True
            continue
        matched.add(match.id)
        diff: dict[str, list] = {}
        for name, after in (
            ("title", item.title),
            ("quantity", item.quantity),
            ("unit_price", item.unit_price),
            ("currency", facts.currency),
        ):
            before = getattr(match, name)
            if after is not None and before != after:
                diff[name] = [before, after]
                setattr(match, name, after)
        if diff:
            profile.ops.record(
                session, entity="order_item", entity_id=match.id, action="update", data=diff
            )
            changed = True
    return changed
