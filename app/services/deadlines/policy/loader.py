"""Reading `resources/policies/*.toml` into a `PolicyBook`, and applying shop overrides.

One file per marketplace (see the comments in each file for its layout). A
mistake in a file is reported with the file name and the key, so whoever edits
a figure can fix it. Shop overrides may only lengthen a window: sellers must
match or exceed the marketplace's policy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import tomllib
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.paths import resource_folder
from app.services.core.errors import InvalidInput
from app.services.deadlines.policy.calendar import BusinessCalendar
from app.services.deadlines.policy.model import (
    AppliedRule,
    ClockRules,
    HolidayExtension,
    HolidayLimit,
    MarketplacePolicy,
    ShopPolicy,
    StatutoryWithdrawal,
    WindowRule,
)

__all__ = ["DEFAULT_FOLDER", "PolicyBook", "load_policy_book", "normalise_category"]

DEFAULT_FOLDER = resource_folder("policies")

_OVERRIDE_KEYS = ("return_window_days", "category_days", "handling_business_days")
_MAX_HANDLING_DAYS = 30


def normalise_category(category: str | None) -> str | None:
    """'Video Games' and 'video-games' are both `video_games`; blank is no category."""
    if category is None:
        return None
    name = "_".join(category.strip().lower().replace("-", " ").split())
    return name or None


class PolicyBook:
    """The rules of every marketplace, by code ("amazon.de")."""

    def __init__(self, policies: Mapping[str, MarketplacePolicy]) -> None:
        self._policies = dict(sorted(policies.items()))

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self._policies)

    def marketplace(self, code: str) -> MarketplacePolicy:
        key = (code or "").strip().lower()
        try:
            return self._policies[key]
        except KeyError:
            known = ", ".join(self._policies)
            raise InvalidInput(
                f"Unknown marketplace {code!r}. Known marketplaces: {known}."
            ) from None

    def __iter__(self):
        return iter(self._policies.values())

    def __len__(self) -> int:
        return len(self._policies)


def load_policy_book(
    overrides: Mapping[str, Mapping[str, object]] | None = None, folder: Path | None = None
) -> PolicyBook:
    """Every marketplace's rules, with the shop's overrides applied.

    Cached when reading the default folder without overrides (the usual case).
    """
    if folder is None and not overrides:
        return _default_book()
    book = _read_folder(Path(folder) if folder is not None else DEFAULT_FOLDER)
    return _with_overrides(book, overrides or {})


@lru_cache(maxsize=1)
def _default_book() -> PolicyBook:
    return _read_folder(DEFAULT_FOLDER)


def _read_folder(folder: Path) -> PolicyBook:
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise InvalidInput(f"{folder}: no policy files (*.toml) found.")
    policies: dict[str, MarketplacePolicy] = {}
    for path in files:
        policy = _read_file(path)
        if policy.code in policies:
            raise InvalidInput(f"{path.name}: marketplace {policy.code!r} is defined twice.")
        policies[policy.code] = policy
    return PolicyBook(policies)


# ----------------------------------------------------------------------------- TOML


class _Table:
    """Typed access to one TOML table, with errors naming the file and key."""

    def __init__(self, data: Mapping[str, Any], file: str, where: str = "") -> None:
        self.data, self.file, self.where = data, file, where

    def _problem(self, key: str, what: str) -> InvalidInput:
        return InvalidInput(f"{self.file}: {self.where}{key} {what}.")

    def get(self, key: str, kind: type | tuple[type, ...], *, required: bool = True) -> Any:
        if key not in self.data:
            if required:
                raise self._problem(key, "is missing")
            return None
        value = self.data[key]
        bad_bool = isinstance(value, bool) and kind is int
        if bad_bool or not isinstance(value, kind) or isinstance(value, dt.datetime):
            raise self._problem(key, f"has the wrong type ({type(value).__name__})")
        return value

    def days(self, key: str, *, required: bool = True) -> int | None:
        value = self.get(key, int, required=required)
        if value is not None and not 0 < value <= 3650:
            raise self._problem(key, f"must be 1 to 3650, not {value}")
        return value

    def names(self, key: str) -> frozenset[str]:
        values = self.get(key, list, required=False) or []
        if not all(isinstance(v, str) and v.strip() for v in values):
            raise self._problem(key, "must be a list of category names")
        return frozenset(normalise_category(v) for v in values)  # type: ignore[misc]

    def table(self, key: str, *, required: bool = True) -> _Table | None:
        value = self.get(key, dict, required=required)
        return None if value is None else _Table(value, self.file, f"{self.where}{key}.")

    def tables(self, key: str) -> list[_Table]:
        values = self.get(key, list, required=False) or []
        if not all(isinstance(v, dict) for v in values):
            raise self._problem(key, "must be an array of tables ([[...]])")
        return [_Table(v, self.file, f"{self.where}{key}[{i}].") for i, v in enumerate(values)]

    def rule(self, parent: AppliedRule | None = None) -> AppliedRule:
        """The id/title/source/dates of a rule; a nested rule inherits what it leaves out."""
        own = parent is None
        source = self.get("source", str, required=own)
        start = self.get("effective_from", dt.date, required=own)
        end = self.get("effective_to", dt.date, required=False)
        reported = bool(self.get("reported", bool, required=False))
        if parent is not None:
            source = source or parent.source
            start = start or parent.effective_from
            end = end or parent.effective_to
            reported = reported or parent.reported
        rule = AppliedRule(
            id=self.get("id", str),
            title=self.get("title", str),
            source=source,
            effective_from=start,
            effective_to=end,
            reported=reported,
        )
        if rule.effective_to is not None and rule.effective_to < rule.effective_from:
            raise self._problem("effective_to", "is before effective_from")
        return rule


def _read_file(path: Path) -> MarketplacePolicy:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(f"{path.name}: not valid TOML ({exc}).") from None
    top = _Table(data, path.name)
    code = top.get("code", str).strip().lower()
    zone_name = top.get("timezone", str)
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(f"{path.name}: unknown time zone {zone_name!r}.") from None
    subdivision = top.get("subdivision", str, required=False) or None
    country = top.get("country", str).strip().upper()
    windows = tuple(_window(t) for t in top.tables("return_windows"))
    if not any(w.general for w in windows):
        raise InvalidInput(f"{path.name}: needs a general [[return_windows]] (no categories).")
    statutory = top.table("statutory_withdrawal", required=False)
    authorisation = top.table("return_authorisation", required=False)
    return MarketplacePolicy(
        code=code,
        country=country,
        subdivision=subdivision,
        timezone=zone,
        calendar=_calendar(path, country, subdivision),
        clocks=_clocks(top.table("clocks")),
        return_windows=windows,
        holiday_extensions=tuple(_extension(t) for t in top.tables("holiday_extensions")),
        statutory_withdrawal=None
        if statutory is None
        else StatutoryWithdrawal(
            statutory.rule(), statutory.days("days"), statutory.get("counted_from", str)
        ),
        auto_authorisation=None if authorisation is None else authorisation.rule(),
        auto_authorisation_days=None
        if authorisation is None
        else authorisation.days("days_from_order"),
    )


def _calendar(path: Path, country: str, subdivision: str | None) -> BusinessCalendar:
    try:
        return BusinessCalendar(country, subdivision)
    except InvalidInput as exc:
        raise InvalidInput(f"{path.name}: {exc}") from None


def _window(table: _Table) -> WindowRule:
    counted_from = table.get("counted_from", str)
    if counted_from != "delivery":
        raise table._problem("counted_from", f'must be "delivery", not {counted_from!r}')
    return WindowRule(
        rule=table.rule(),
        days=table.days("days"),  # type: ignore[arg-type]
        categories=table.names("categories"),
        excluded_categories=table.names("excluded_categories"),
        replacement_only=bool(table.get("replacement_only", bool, required=False)),
    )


def _extension(table: _Table) -> HolidayExtension:
    rule = table.rule()
    extension = HolidayExtension(
        rule=rule,
        purchased_from=table.get("purchased_from", dt.date),
        purchased_to=table.get("purchased_to", dt.date),
        returns_until=table.get("returns_until", dt.date),
        limits=tuple(
            HolidayLimit(t.rule(rule), t.names("categories"), t.get("returns_until", dt.date))
            for t in table.tables("limits")
        ),
    )
    if not extension.purchased_from <= extension.purchased_to <= extension.returns_until:
        raise table._problem("purchased_from", "must come before purchased_to and returns_until")
    return extension


def _clocks(table: _Table | None) -> ClockRules:
    if table is None:
        raise InvalidInput("The [clocks] table is missing.")
    rules: dict[str, AppliedRule] = {}

    def clock(name: str) -> _Table:
        found = table.table(name)
        assert found is not None  # required: a missing table raised
        rules[name] = found.rule()
        return found

    a_to_z, claim = clock("a_to_z_response"), clock("a_to_z_claim")
    values: dict[str, Any] = {
        "reply_hours": clock("reply").days("hours"),
        "return_request_hours": clock("return_request").days("hours"),
        "a_to_z_response_hours": a_to_z.days("hours"),
        "a_to_z_response_earlier_hours": a_to_z.days("earlier_hours", required=False),
        "a_to_z_appeal_days": clock("a_to_z_appeal").days("days"),
        "a_to_z_claim_after_edd_days": claim.days("after_edd_days"),
        "a_to_z_claim_window_days": claim.days("window_days"),
        "a_to_z_contact_wait_hours": claim.days("contact_wait_hours"),
        "chargeback_days": clock("chargeback").days("days"),
        "refund_business_days": clock("refund").days("business_days"),
        "cross_border_return_days": None,
    }
    if "cross_border_return" in table.data:
        values["cross_border_return_days"] = clock("cross_border_return").days("days")
    return ClockRules(**values, rules=MappingProxyType(rules))


# ----------------------------------------------------------------------------- overrides


def _with_overrides(book: PolicyBook, overrides: Mapping[str, Mapping[str, object]]) -> PolicyBook:
    policies = {policy.code: policy for policy in book}
    for code, settings in overrides.items():
        policy = book.marketplace(code)
        policies[policy.code] = dataclasses.replace(policy, shop=_shop(policy, settings))
    return PolicyBook(policies)


def _whole(value: object, what: str, lowest: int, highest: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not lowest <= value <= highest:
        raise InvalidInput(
            f"{what} must be a whole number from {lowest} to {highest}, not {value!r}."
        )
    return value


def _shop(policy: MarketplacePolicy, settings: Mapping[str, object]) -> ShopPolicy:
    if not isinstance(settings, Mapping):
        raise InvalidInput(f"The shop settings for {policy.code} must be a table of values.")
    unknown = sorted(set(settings) - set(_OVERRIDE_KEYS))
    if unknown:
        raise InvalidInput(
            f"Unknown shop setting {', '.join(map(repr, unknown))} for {policy.code}; "
            f"known: {', '.join(_OVERRIDE_KEYS)}."
        )
    days = settings.get("return_window_days")
    if days is not None:
        days = _whole(days, f"{policy.code} return_window_days", 1, 3650)
        marketplace = _current_days(policy, None)
        if days < marketplace:
            raise InvalidInput(
                f"Your shop's {days}-day return window for {policy.code} is shorter than the "
                f"marketplace's {marketplace} days; sellers must match or exceed it."
            )
    categories: dict[str, int] = {}
    raw = settings.get("category_days") or {}
    if not isinstance(raw, Mapping):
        raise InvalidInput(f"{policy.code} category_days must map category names to days.")
    for name, value in raw.items():
        category = normalise_category(str(name))
        if category is None:
            raise InvalidInput(f"{policy.code} category_days has an empty category name.")
        value = _whole(value, f"{policy.code} category_days[{category!r}]", 1, 3650)
        marketplace = _current_days(policy, category)
        if value < marketplace:
            raise InvalidInput(
                f"Your shop's {value}-day return window for category {category!r} on "
                f"{policy.code} is shorter than the marketplace's {marketplace} days; "
                "sellers must match or exceed it."
            )
        categories[category] = value
    handling = settings.get("handling_business_days")
    if handling is not None:
        handling = _whole(handling, f"{policy.code} handling_business_days", 0, _MAX_HANDLING_DAYS)
    return ShopPolicy(days, MappingProxyType(categories), handling)


def _current_days(policy: MarketplacePolicy, category: str | None) -> int:
    """The marketplace's window now in force (the newest open-ended rule) for `category`."""
    general = [w for w in policy.return_windows if w.general and w.rule.effective_to is None]
    days = max(general, key=lambda w: w.rule.effective_from).days if general else 0
    if category is not None:
        current = [w for w in policy.category_rules(category) if w.rule.effective_to is None]
        if current:
            days = max(current, key=lambda w: w.rule.effective_from).days
    return days
