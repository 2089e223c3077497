"""The return window of an order: the last day a return can be started, and why.

Calendar days from delivery (or, without a delivery date, from the latest
estimated delivery date); the category's rule in force on the order date;
the shop's longer window; then the holiday extension and the statutory right
to cancel, each only when it gives a later date. A deadline is a date: the
last calendar day on which the buyer can start a return.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from app.services.core.errors import InvalidInput
from app.services.deadlines.policy.explain import Explanation, format_date
from app.services.deadlines.policy.loader import normalise_category
from app.services.deadlines.policy.model import ALWAYS, AppliedRule, MarketplacePolicy, WindowRule

__all__ = ["EARLIEST", "FUTURE_YEARS", "ReturnWindow", "describe", "return_window"]

EARLIEST = dt.date(2000, 1, 1)
FUTURE_YEARS = 2  # a date more than this many years after today is a typo


def _years_later(day: dt.date, years: int) -> dt.date:
    """The same day `years` later; 29 Feb becomes 28 Feb in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class ReturnWindow:
    """Until when a return can be started, counted from what, and by which rules."""

    deadline: dt.date
    days_left: int
    state: Literal["open", "closed"]
    basis: Literal["delivered", "estimated"]
    start: dt.date
    window_days: int
    rules: tuple[AppliedRule, ...]
    explanation: tuple[Explanation, ...]

    @property
    def is_open(self) -> bool:
        return self.state == "open"

    def explanation_text(self) -> list[str]:
        """The reasons as English sentences, in order."""
        return [item.english() for item in self.explanation]


def _check_dates(
    today: dt.date,
    delivered: dt.date | None,
    estimated: dt.date | None,
    purchased: dt.date | None,
) -> None:
    if today is None:
        raise InvalidInput("Today's date is needed to count the days left.")
    for name, value in (
        ("date for today", today),
        ("delivery date", delivered),
        ("estimated delivery date", estimated),
        ("purchase date", purchased),
    ):
        if value is None:
            continue
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            raise InvalidInput(f"The {name} must be a calendar date, not {value!r}.")
        if value.year > 9000:
            raise InvalidInput(f"The {name} {value.isoformat()} is not a plausible date.")
        if value < EARLIEST:
            raise InvalidInput(
                f"The {name} {value.isoformat()} is before {EARLIEST.year}; check the year."
            )
        if name != "date for today" and value > _years_later(today, FUTURE_YEARS):
            raise InvalidInput(
                f"The {name} {value.isoformat()} is more than {FUTURE_YEARS} years after today "
                f"({today.isoformat()}); check the year."
            )
    if delivered is None and estimated is None:
        raise InvalidInput(
            "Give the delivery date or the latest estimated delivery date; "
            "the return window counts from one of them."
        )
    if purchased is not None:
        for name, value in (("delivery date", delivered), ("estimated delivery date", estimated)):
            if value is not None and value < purchased:
                raise InvalidInput(
                    f"The {name} {value.isoformat()} is before the purchase date "
                    f"{purchased.isoformat()}; check both dates."
                )


def _window_rule(
    policy: MarketplacePolicy, category: str | None, order_date: dt.date, notes: list[Explanation]
) -> WindowRule:
    """The marketplace's rule for `category` on `order_date`, explaining category choices."""
    general = policy.general_rule(order_date)
    if general is None:
        raise InvalidInput(
            f"{policy.code} has no return rule in force on {order_date.isoformat()}; "
            "check the order date."
        )
    if category is None:
        return general
    if category in general.excluded_categories or any(
        category in w.excluded_categories and w.rule.in_force(order_date)
        for w in policy.return_windows
    ):
        notes.append(Explanation("category_excluded", {"category": category, "days": general.days}))
        return general
    candidates = policy.category_rules(category)
    in_force = [w for w in candidates if w.rule.in_force(order_date)]
    if in_force:
        chosen = max(in_force, key=lambda w: w.rule.effective_from)
        notes.append(
            Explanation(
                "category_rule",
                {
                    "category": category,
                    "days": chosen.days,
                    "effective_from": chosen.rule.effective_from,
                },
            )
        )
        if chosen.replacement_only:
            notes.append(Explanation("replacement_only", {"category": category}))
        return chosen
    later = [w for w in candidates if w.rule.effective_from > order_date]
    if later:
        upcoming = min(later, key=lambda w: w.rule.effective_from)
        notes.append(
            Explanation(
                "category_rule_not_in_force",
                {
                    "category": category,
                    "rule_days": upcoming.days,
                    "effective_from": upcoming.rule.effective_from,
                    "order_date": order_date,
                    "days": general.days,
                },
            )
        )
    else:
        notes.append(Explanation("category_general", {"category": category, "days": general.days}))
    return general


def _shop_rule(policy: MarketplacePolicy, days: int, category: str | None) -> AppliedRule:
    scope = f" for {category}" if category else ""
    return AppliedRule(
        id=f"shop.{policy.code}.return-window" + (f".{category}" if category else ""),
        title=f"Your shop's {days}-day return window{scope}",
        source="Your shop's return policy (workbench settings)",
        effective_from=ALWAYS,
        override=True,
    )


def return_window(
    policy: MarketplacePolicy,
    *,
    delivered: dt.date | None = None,
    estimated_delivery: dt.date | None = None,
    purchased: dt.date | None = None,
    category: str | None = None,
    today: dt.date,
) -> ReturnWindow:
    """The return window of one order on `today`; bad dates raise `InvalidInput`."""
    _check_dates(today, delivered, estimated_delivery, purchased)
    notes: list[Explanation] = []
    rules: list[AppliedRule] = []
    if delivered is not None:
        start, basis = delivered, "delivered"
    else:
        start, basis = estimated_delivery, "estimated"
    assert start is not None  # _check_dates refused neither
    category = normalise_category(category)
    order_date = purchased or start

    chosen = _window_rule(policy, category, order_date, notes)
    rules.append(chosen.rule)
    days = chosen.days
    shop_days, scoped = policy.shop.return_window_days, None
    category_days = policy.shop.category_days.get(category or "")
    if category_days is not None and category_days >= (shop_days or 0):
        shop_days, scoped = category_days, category
    if shop_days is not None and shop_days > days:
        notes.append(
            Explanation(
                "shop_override",
                {"days": shop_days, "marketplace_days": days, "category": scoped or ""},
            )
        )
        rules.append(_shop_rule(policy, shop_days, scoped))
        days = shop_days
    deadline = start + dt.timedelta(days=days)
    code = "window_from_delivery" if basis == "delivered" else "window_from_estimate"
    notes.insert(0, Explanation(code, {"days": days, "start": start, "deadline": deadline}))
    if basis == "delivered" and estimated_delivery is not None:
        notes.insert(
            1,
            Explanation("estimate_ignored", {"delivered": start, "estimated": estimated_delivery}),
        )
    holiday = policy.calendar.holiday_name(start)
    if holiday:
        notes.append(Explanation("delivered_on_holiday", {"start": start, "holiday": holiday}))

    deadline = _holiday_extension(policy, purchased, start, category, deadline, rules, notes)
    deadline = _statutory(policy, start, days, deadline, rules, notes)

    for rule in rules:
        if rule.reported:
            notes.append(Explanation("reported_figure", {"rule_id": rule.id, "title": rule.title}))
    days_left = (deadline - today).days
    state: Literal["open", "closed"] = "open" if today <= deadline else "closed"
    if state == "open":
        notes.append(Explanation("open", {"deadline": deadline, "days_left": days_left}))
    else:
        notes.append(Explanation("closed", {"deadline": deadline, "days_ago": -days_left}))
    return ReturnWindow(
        deadline=deadline,
        days_left=days_left,
        state=state,
        basis=basis,  # type: ignore[arg-type]
        start=start,
        window_days=days,
        rules=tuple(rules),
        explanation=tuple(notes),
    )


def _holiday_extension(
    policy: MarketplacePolicy,
    purchased: dt.date | None,
    start: dt.date,
    category: str | None,
    deadline: dt.date,
    rules: list[AppliedRule],
    notes: list[Explanation],
) -> dt.date:
    """The later of `deadline` and the holiday extension the order qualifies for."""
    for extension in policy.holiday_extensions:
        rule, until = extension.for_category(category)
        period = {
            "purchased_from": extension.purchased_from,
            "purchased_to": extension.purchased_to,
            "extension": until,
        }
        if purchased is None:
            # Bought before delivery: the order could be in the period when the
            # delivery comes on or after its first day and before its end date.
            if extension.purchased_from <= start <= until and deadline < until:
                notes.append(Explanation("holiday_extension_needs_purchase", period))
            continue
        if not extension.bought_in_period(purchased):
            continue
        rules.append(rule)
        if until > deadline:
            notes.append(Explanation("holiday_extension", {**period, "deadline": until}))
            deadline = until
        else:
            notes.append(
                Explanation("holiday_extension_not_later", {**period, "deadline": deadline})
            )
    return deadline


def _statutory(
    policy: MarketplacePolicy,
    start: dt.date,
    window_days: int,
    deadline: dt.date,
    rules: list[AppliedRule],
    notes: list[Explanation],
) -> dt.date:
    """The later of `deadline` and the statutory right to cancel; says which applied."""
    statutory = policy.statutory_withdrawal
    if statutory is None or not statutory.rule.in_force(start):
        return deadline
    rules.append(statutory.rule)
    until = start + dt.timedelta(days=statutory.days)
    params = {"days": statutory.days, "counted_from": statutory.counted_from}
    if until > deadline:
        notes.append(Explanation("statutory_withdrawal", {**params, "deadline": until}))
        return until
    notes.append(
        Explanation(
            "statutory_withdrawal_shorter",
            {**params, "statutory_deadline": until, "window_days": window_days},
        )
    )
    return deadline


def describe(window: ReturnWindow) -> str:
    """One line for people: "open, 12 days left (last day 20 Dec 2025)"."""
    last = format_date(window.deadline)
    if window.state == "open":
        return f"open, {window.days_left} days left (last day {last})"
    return f"closed since {last} ({-window.days_left} days ago)"
