"""Why a deadline is what it is: structured reasons the UI can translate, plus English.

An `Explanation` is a code and its parameters (dates as `date`, numbers as
`int`, names as `str`); the UI picks a translated template by code. `english()`
gives the sentence the command line prints, e.g. "30 days from delivery on
20 Nov 2025 (until 20 Dec 2025)."
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Explanation", "format_date"]

_ALWAYS = dt.date(2000, 1, 1)  # a rule "in force as long as the workbench counts"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(day: dt.date) -> str:
    """20 Nov 2025: English, whatever the process locale."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _days(n: int) -> str:
    return f"{n} day" if abs(n) == 1 else f"{n} days"


def _day_adj(n: int) -> str:
    return f"{n}-day"


def _fmt(p: Mapping[str, Any], key: str) -> str:
    value = p[key]
    return format_date(value) if isinstance(value, dt.date) else str(value)


def _open(p: Mapping[str, Any]) -> str:
    if p["days_left"] == 0:
        return f"Today, {_fmt(p, 'deadline')}, is the last day to start a return."
    return f"{_days(p['days_left'])} left to start a return (last day: {_fmt(p, 'deadline')})."


def _closed(p: Mapping[str, Any]) -> str:
    return (
        f"The return window closed on {_fmt(p, 'deadline')}, "
        f"{_days(p['days_ago'])} ago; a return now needs the seller's goodwill."
    )


def _category_rule(p: Mapping[str, Any]) -> str:
    text = f"Category '{p['category']}' has a {_day_adj(p['days'])} window"
    since = p["effective_from"]
    if since > _ALWAYS:
        text += f" for orders from {format_date(since)}"
    return text + "."


def _shop(p: Mapping[str, Any]) -> str:
    scope = f" for category '{p['category']}'" if p.get("category") else ""
    return (
        f"The marketplace's {_day_adj(p['marketplace_days'])} window{scope} is extended to "
        f"{_days(p['days'])} by your shop's policy."
    )


_TEMPLATES: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "window_from_delivery": lambda p: (
        f"{_days(p['days'])} from delivery on {_fmt(p, 'start')} (until {_fmt(p, 'deadline')})."
    ),
    "window_from_estimate": lambda p: (
        f"No delivery date is known, so the {_days(p['days'])} count from the latest estimated "
        f"delivery date, {_fmt(p, 'start')} (until {_fmt(p, 'deadline')})."
    ),
    "estimate_ignored": lambda p: (
        f"The delivery date {_fmt(p, 'delivered')} is used; the estimated delivery date "
        f"{_fmt(p, 'estimated')} is not needed."
    ),
    "delivered_on_holiday": lambda p: (
        f"{_fmt(p, 'start')} was a public holiday ({p['holiday']}); "
        "the window still counts calendar days from it."
    ),
    "category_rule": _category_rule,
    "category_rule_not_in_force": lambda p: (
        f"The {_day_adj(p['rule_days'])} rule for category '{p['category']}' applies to orders "
        f"from {_fmt(p, 'effective_from')}; this order of {_fmt(p, 'order_date')} keeps "
        f"{_days(p['days'])}."
    ),
    "category_excluded": lambda p: (
        f"Category '{p['category']}' is excluded from the shorter category rule; "
        f"the general {_days(p['days'])} apply."
    ),
    "category_general": lambda p: (
        f"Category '{p['category']}' has no rule of its own here; "
        f"the general {_days(p['days'])} apply."
    ),
    "replacement_only": lambda p: (
        f"Category '{p['category']}' is often replacement only in this marketplace."
    ),
    "shop_override": _shop,
    "holiday_extension": lambda p: (
        f"Bought between {_fmt(p, 'purchased_from')} and {_fmt(p, 'purchased_to')}, so the "
        f"holiday return policy extends the deadline to {_fmt(p, 'deadline')}."
    ),
    "holiday_extension_not_later": lambda p: (
        f"The holiday return policy allows returns until {_fmt(p, 'extension')}, but the "
        f"normal window ends later ({_fmt(p, 'deadline')}), so that applies."
    ),
    "holiday_extension_needs_purchase": lambda p: (
        f"Orders bought between {_fmt(p, 'purchased_from')} and {_fmt(p, 'purchased_to')} may "
        f"be returned until {_fmt(p, 'extension')}; give the purchase date to check it."
    ),
    "statutory_withdrawal": lambda p: (
        f"The statutory {_day_adj(p['days'])} right to cancel, counted from {p['counted_from']}, "
        f"runs until {_fmt(p, 'deadline')}, later than the marketplace window, so it applies."
    ),
    "statutory_withdrawal_shorter": lambda p: (
        f"The statutory {_day_adj(p['days'])} right to cancel, counted from {p['counted_from']}, "
        f"ends on {_fmt(p, 'statutory_deadline')}; the {_day_adj(p['window_days'])} return window "
        "is at least as long and applies."
    ),
    "reported_figure": lambda p: (
        f"'{p['title']}' is a figure reported by third parties, not confirmed on the "
        "marketplace's help pages; check it before relying on it."
    ),
    "open": _open,
    "closed": _closed,
}


@dataclass(frozen=True)
class Explanation:
    """One reason behind a deadline: `code` picks the sentence, `params` fill it in."""

    code: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)

    def english(self) -> str:
        template = _TEMPLATES.get(self.code)
        if template is None:
            details = ", ".join(f"{k}={v}" for k, v in self.params.items())
            return f"{self.code}: {details}" if details else self.code
        return template(self.params)

    @staticmethod
    def codes() -> tuple[str, ...]:
        """Every code `english()` has a sentence for (the UI translates the same set)."""
        return tuple(_TEMPLATES)
