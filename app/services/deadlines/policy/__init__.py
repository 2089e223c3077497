"""The policy engine: return windows, response clocks and business days, without Qt.

Pure functions over plain values (no database): the rules come from
`resources/policies/<marketplace>.toml` through `load_policy_book()`, and each
computed deadline carries the rules it used and an explanation the UI can
translate (DESIGN.md section 5, DOMAIN.md "Return windows" and "Clocks a case
runs on").

    book = load_policy_book()
    policy = book.marketplace("amazon.com")
    window = return_window(policy, delivered=date(2025, 11, 20), today=date(2025, 12, 1))
    window.deadline, window.explanation_text()
"""

from __future__ import annotations

from app.services.deadlines.policy.calendar import BusinessCalendar, add_calendar_hours
from app.services.deadlines.policy.explain import Explanation, format_date
from app.services.deadlines.policy.loader import PolicyBook, load_policy_book, normalise_category
from app.services.deadlines.policy.model import AppliedRule, ClockRules, MarketplacePolicy
from app.services.deadlines.policy.returns import ReturnWindow, describe, return_window

__all__ = [
    "AppliedRule",
    "BusinessCalendar",
    "ClockRules",
    "Explanation",
    "MarketplacePolicy",
    "PolicyBook",
    "ReturnWindow",
    "add_calendar_hours",
    "describe",
    "format_date",
    "load_policy_book",
    "normalise_category",
    "return_window",
]
