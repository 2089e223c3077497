"""Customers and orders as a case refers to them: found by name or order id, or created."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.entities import Customer, Order, OrderItem
from app.models.enums import Fulfilment
from app.models.ids import new_id
from app.services.core.errors import InvalidInput
from app.services.core.profile import Profile
from app.services.core.validation import check_aware, enum_value


@dataclass
class NewItem:
    title: str
    sku: str | None = None
    category: str | None = None
    quantity: int = 1
    unit_price: Decimal | None = None


@dataclass
class NewOrder:
    """An order's facts as the marketplace reports them (dates are the marketplace's dates)."""

    external_id: str
    purchased_at: dt.datetime | None = None
    shipped_at: dt.datetime | None = None
    delivered_on: dt.date | None = None
    estimated_delivery_min: dt.date | None = None
    estimated_delivery_max: dt.date | None = None
    fulfilment: str | None = None
    currency: str | None = None
    carrier: str | None = None
    tracking_number: str | None = None
    items: Sequence[NewItem] = ()


def find_or_create_customer(
    session: Session,
    profile: Profile,
    name: str,
    marketplace: str | None,
    locale: str | None,
    alias: str | None = None,
    email: str | None = None,
) -> Customer:
    same_marketplace = (
        Customer.marketplace.is_(None)
        if marketplace is None
        else Customer.marketplace == marketplace
    )
    # The rules (unique indexes of schema 0005): one live customer per marketplace and alias;
    # without an alias, one per marketplace and name. A name alone finds any such customer.
    if alias:
        # Worded like ux_customers_alias, so that index finds the one row.
        who = Customer.buyer_alias == alias
        same_marketplace = func.coalesce(Customer.marketplace, "") == (marketplace or "")
    else:
        who = Customer.name == name
    customer = session.scalar(
        select(Customer)
        .where(who, same_marketplace, Customer.deleted_at.is_(None))
        .order_by(Customer.buyer_alias.is_not(None), Customer.created_at)
        .limit(1)
    )
    if customer is not None:
        return customer
    now = profile.now()
    customer = Customer(
        id=new_id(),
        name=name,
        marketplace=marketplace,
        locale=locale,
        buyer_alias=alias,
        email=email,
        created_at=now,
        updated_at=now,
    )
    session.add(customer)
    session.flush()
    profile.ops.record_create(session, "customer", customer)
    return customer


def find_or_create_order(
    session: Session,
    profile: Profile,
    marketplace: str | None,
    external_id: str,
    customer: Customer | None,
    now: dt.datetime,
    facts: NewOrder | None = None,
) -> Order:
    order = session.scalar(
        select(Order).where(
            Order.marketplace == (marketplace or ""),
            Order.external_id == external_id,
            Order.deleted_at.is_(None),
        )
    )
    if order is not None:
        return order
    order = Order(
        id=new_id(),
        marketplace=marketplace or "",
        external_id=external_id,
        customer_id=customer.id if customer else None,
        created_at=now,
        updated_at=now,
    )
    if facts is not None:
        for name in (
            "purchased_at",
            "shipped_at",
            "delivered_on",
            "estimated_delivery_min",
            "estimated_delivery_max",
            "fulfilment",
            "currency",
            "carrier",
            "tracking_number",
        ):
            setattr(order, name, getattr(facts, name))
        total = Decimal(0)
        for position, item in enumerate(facts.items):
            order.items.append(
                OrderItem(
                    id=new_id(),
                    position=position,
                    sku=item.sku,
                    title=item.title,
                    category=item.category,
                    quantity=item.quantity,
                    unit_price=item.unit_price,
                    currency=facts.currency,
                )
            )
            total += (item.unit_price or 0) * item.quantity
        order.total = total if facts.items else None
    session.add(order)
    session.flush()
    profile.ops.record_create(session, "order", order)
    for item in order.items:
        profile.ops.record_create(session, "order_item", item)
    return order


def check_order_facts(order: NewOrder) -> None:
    if order.fulfilment is not None:
        enum_value(Fulfilment, order.fulfilment, "fulfilment")
    check_aware(order.purchased_at, "order's purchase time")
    check_aware(order.shipped_at, "order's ship time")
    purchased = order.purchased_at.date() if order.purchased_at else None
    for name in ("delivered_on", "estimated_delivery_min", "estimated_delivery_max"):
        day = getattr(order, name)
        if purchased and day and day < purchased:
            raise InvalidInput(
                f"The order's {name.replace('_', ' ')} ({day}) is before its purchase date "
                f"({purchased})."
            )
    if (
        order.estimated_delivery_min
        and order.estimated_delivery_max
        and order.estimated_delivery_max < order.estimated_delivery_min
    ):
        raise InvalidInput("The latest estimated delivery is before the earliest one.")
    for item in order.items:
        if item.quantity < 1:
            raise InvalidInput(f"The quantity of {item.title!r} must be at least 1.")
        if item.unit_price is not None and item.unit_price < 0:
            raise InvalidInput(f"The price of {item.title!r} cannot be negative.")
