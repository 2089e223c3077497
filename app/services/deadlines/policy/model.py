"""The rules of one marketplace, as read from `resources/policies/<code>.toml`.

Plain frozen values, no I/O: `loader.py` builds them, `returns.py` and the
clock code compute with them. Every rule keeps where it comes from
(`AppliedRule`: id, title, source, effective dates, whether the figure is only
reported by third parties, whether it is the shop's own override).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from zoneinfo import ZoneInfo

from app.services.deadlines.policy.calendar import BusinessCalendar

__all__ = [
    "ALWAYS",
    "AppliedRule",
    "ClockRules",
    "HolidayExtension",
    "HolidayLimit",
    "MarketplacePolicy",
    "ShopPolicy",
    "StatutoryWithdrawal",
    "WindowRule",
]

ALWAYS = dt.date(2000, 1, 1)  # effective_from of a rule in force as long as the workbench counts


@dataclass(frozen=True)
class AppliedRule:
    """A rule's identity and provenance, as shown next to a deadline."""

    id: str
    title: str
    source: str
    effective_from: dt.date
    effective_to: dt.date | None = None
    reported: bool = False
    override: bool = False

    def in_force(self, day: dt.date) -> bool:
        """Whether the rule applies on `day` (both ends inclusive)."""
        return self.effective_from <= day and (
            self.effective_to is None or day <= self.effective_to
        )


@dataclass(frozen=True)
class WindowRule:
    """A return window: general (no categories) or for some categories."""

    rule: AppliedRule
    days: int
    categories: frozenset[str] = frozenset()
    excluded_categories: frozenset[str] = frozenset()
    replacement_only: bool = False

    @property
    def general(self) -> bool:
        return not self.categories


@dataclass(frozen=True)
class HolidayLimit:
    """A holiday extension's own end date for some categories (e.g. Apple products)."""

    rule: AppliedRule
    categories: frozenset[str]
    returns_until: dt.date


@dataclass(frozen=True)
class HolidayExtension:
    """Orders bought in [purchased_from, purchased_to] may be returned until `returns_until`."""

    rule: AppliedRule
    purchased_from: dt.date
    purchased_to: dt.date
    returns_until: dt.date
    limits: tuple[HolidayLimit, ...] = ()

    def bought_in_period(self, purchased: dt.date) -> bool:
        return self.purchased_from <= purchased <= self.purchased_to

    def for_category(self, category: str | None) -> tuple[AppliedRule, dt.date]:
        """The rule and end date for `category` (a category limit, else the general one)."""
        for limit in self.limits:
            if category is not None and category in limit.categories:
                return limit.rule, limit.returns_until
        return self.rule, self.returns_until


@dataclass(frozen=True)
class StatutoryWithdrawal:
    """A right to cancel set by law, e.g. 14 days from receipt (UK) or possession (EU)."""

    rule: AppliedRule
    days: int
    counted_from: str


# The clock names `ClockRules.rule()` knows, with the TOML table each comes from.
CLOCK_NAMES = (
    "reply",
    "return_request",
    "a_to_z_response",
    "a_to_z_appeal",
    "a_to_z_claim",
    "chargeback",
    "refund",
    "cross_border_return",
)


@dataclass(frozen=True)
class ClockRules:
    """How long the seller has for each kind of work, and the rule behind each figure.

    Calendar hours and days count weekends and holidays; `refund_business_days`
    counts the marketplace country's working days only.
    """

    reply_hours: int = 24
    return_request_hours: int = 48
    a_to_z_response_hours: int = 48
    chargeback_days: int = 7
    refund_business_days: int = 2
    cross_border_return_days: int | None = None
    a_to_z_claim_after_edd_days: int = 3
    a_to_z_claim_window_days: int = 90
    a_to_z_appeal_days: int = 30
    a_to_z_response_earlier_hours: int | None = 72
    a_to_z_contact_wait_hours: int = 48
    rules: Mapping[str, AppliedRule] = field(
        default_factory=lambda: MappingProxyType({}), compare=False, repr=False
    )

    def rule(self, name: str) -> AppliedRule:
        """The rule behind clock `name` ("reply", "return_request", "refund", ...)."""
        try:
            return self.rules[name]
        except KeyError:
            known = ", ".join(sorted(self.rules)) or "none"
            raise KeyError(f"No clock rule {name!r}; known: {known}") from None

    def applies(self, name: str, day: dt.date) -> bool:
        """Whether clock `name` exists for this marketplace and is in force on `day`."""
        return name in self.rules and self.rules[name].in_force(day)


@dataclass(frozen=True)
class ShopPolicy:
    """A shop's own settings for one marketplace: only ever longer windows."""

    return_window_days: int | None = None
    category_days: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    handling_business_days: int | None = None


@dataclass(frozen=True)
class MarketplacePolicy:
    """Everything the workbench knows about one marketplace's after-sales rules."""

    code: str
    country: str
    timezone: ZoneInfo
    calendar: BusinessCalendar
    clocks: ClockRules
    return_windows: tuple[WindowRule, ...]
    holiday_extensions: tuple[HolidayExtension, ...] = ()
    statutory_withdrawal: StatutoryWithdrawal | None = None
    auto_authorisation: AppliedRule | None = None
    auto_authorisation_days: int | None = None
    subdivision: str | None = None
    shop: ShopPolicy = field(default_factory=ShopPolicy)

    @property
    def handling_business_days(self) -> int | None:
        """The shop's handling time in business days, when it set one."""
        return self.shop.handling_business_days

    def today(self, now: dt.datetime | None = None) -> dt.date:
        """Today's date in the marketplace's time zone (`now` must be aware when given)."""
        moment = dt.datetime.now(dt.UTC) if now is None else now
        return moment.astimezone(self.timezone).date()

    def general_rule(self, order_date: dt.date) -> WindowRule | None:
        """The general return window in force for an order of `order_date`."""
        found = [w for w in self.return_windows if w.general and w.rule.in_force(order_date)]
        return max(found, key=lambda w: w.rule.effective_from, default=None)

    def category_rules(self, category: str) -> tuple[WindowRule, ...]:
        """Every category rule naming `category`, whatever its dates."""
        return tuple(w for w in self.return_windows if category in w.categories)

    def categories(self) -> frozenset[str]:
        """Every category some rule of this marketplace names."""
        names: set[str] = set()
        for window in self.return_windows:
            names |= window.categories | window.excluded_categories
        for extension in self.holiday_extensions:
            for limit in extension.limits:
                names |= limit.categories
        return frozenset(names)
