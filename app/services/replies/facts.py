"""What a reply's placeholders say for one case, read from the case, its order and its clocks."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from app.services.cases.detail import load_case_detail
from app.services.core.profile import Profile
from app.services.deadlines.overview import load_case_deadlines, marketplace_today
from app.services.replies.model import ReplyFacts


def facts_for_case(
    profile: Profile, case_id: uuid.UUID, *, today: dt.date | None = None
) -> ReplyFacts:
    """The facts for a case; those it does not have stay None (and show as gaps in a reply).

    `days_left` counts from `today` in the marketplace's calendar (the profile's
    clock by default) to the return window's last day, never below zero.
    """
    detail = load_case_detail(profile, case_id)
    window = load_case_deadlines(profile, case_id).return_window
    order, customer = detail.order, detail.customer
    code = (order.marketplace if order else None) or detail.marketplace
    if code is None and customer is not None:
        code = customer.marketplace
    if today is None:
        today = marketplace_today(code, profile.now())
    items = order.items if order else ()
    if items and all(item.unit_price is not None for item in items):
        amount = sum((item.unit_price * item.quantity for item in items), Decimal(0))
    else:  # without every price the items' sum would be wrong; the order's total may do
        amount = order.total if order else None
    currency = (order.currency if order else None) or (items[0].currency if items else None)
    delivered = (order.delivered_on or order.estimated_delivery_max) if order else None
    return ReplyFacts(
        buyer_name=(customer.name or customer.buyer_alias) if customer else None,
        order_id=order.external_id if order else None,
        marketplace=code[:1].upper() + code[1:] if code else None,  # "Amazon.com"
        item_title=items[0].title if items else None,
        carrier=order.carrier if order else None,
        tracking_number=order.tracking_number if order else None,
        agent_name=profile.agent or None,
        return_deadline=window.deadline if window else None,
        delivery_date=delivered,
        # A closed window has no days left to count: the reply must not say "today".
        days_left=(window.deadline - today).days if window and window.deadline >= today else None,
        refund_amount=amount,
        currency=currency,
    )
