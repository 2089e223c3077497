"""The policy files: every marketplace, every rule cited, shop overrides, broken files."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.services.core.errors import InvalidInput
from app.services.core.marketplaces import MARKETPLACES
from app.services.deadlines.policy import AppliedRule, load_policy_book, return_window
from app.services.deadlines.policy.loader import DEFAULT_FOLDER

D = dt.date


def all_rules(policy) -> list[AppliedRule]:
    rules = [w.rule for w in policy.return_windows]
    for extension in policy.holiday_extensions:
        rules.append(extension.rule)
        rules.extend(limit.rule for limit in extension.limits)
    if policy.statutory_withdrawal:
        rules.append(policy.statutory_withdrawal.rule)
    if policy.auto_authorisation:
        rules.append(policy.auto_authorisation)
    rules.extend(policy.clocks.rules.values())
    return rules


def test_one_file_per_marketplace_matching_marketplaces_py():
    book = load_policy_book()
    assert set(book.codes) == set(MARKETPLACES)
    assert {p.stem for p in DEFAULT_FOLDER.glob("*.toml")} == set(MARKETPLACES)
    for code, market in MARKETPLACES.items():
        policy = book.marketplace(code)
        assert (policy.code, policy.country) == (code, market.country)
        assert policy.timezone == ZoneInfo(market.timezone)
        assert policy.calendar.country == market.country


def test_every_rule_is_cited_and_dated():
    ids = []
    for policy in load_policy_book():
        for rule in all_rules(policy):
            ids.append(rule.id)
            assert rule.title and rule.source, rule
            assert "http" not in rule.source and "www." not in rule.source, rule.source
            assert rule.effective_from >= D(2000, 1, 1)
            assert rule.effective_to is None or rule.effective_to >= rule.effective_from
            assert rule.override is False
    assert len(ids) == len(set(ids)), "rule ids must be unique"


@pytest.mark.parametrize(
    ("code", "days", "reported"),
    [
        ("amazon.com", 30, False),
        ("amazon.co.uk", 30, False),
        ("amazon.de", 30, False),
        ("amazon.co.jp", 30, True),
        ("amazon.ae", 15, True),
        ("amazon.sa", 15, True),
        ("amazon.in", 10, True),
        ("amazon.ca", 30, True),
    ],
)
def test_general_window_and_third_party_marks(code, days, reported):
    policy = load_policy_book().marketplace(code)
    general = policy.general_rule(D(2025, 1, 1))
    assert general is not None
    assert (general.days, general.rule.reported) == (days, reported)


def test_statutory_and_authorisation_rules():
    book = load_policy_book()
    uk = book.marketplace("amazon.co.uk").statutory_withdrawal
    assert uk is not None and (uk.days, uk.counted_from) == (14, "receipt")
    de = book.marketplace("amazon.de").statutory_withdrawal
    assert de is not None and (de.days, de.counted_from) == (14, "physical possession")
    assert book.marketplace("amazon.com").statutory_withdrawal is None
    for code in ("amazon.ae", "amazon.sa"):
        assert book.marketplace(code).auto_authorisation_days == 30


def test_holiday_extension_years():
    us = load_policy_book().marketplace("amazon.com")
    years = {e.purchased_from.year: e for e in us.holiday_extensions}
    assert sorted(years) == [2023, 2024, 2025]
    assert not years[2025].rule.reported and years[2024].rule.reported
    assert years[2025].for_category("apple")[1] == D(2026, 1, 15)
    assert years[2025].for_category("home")[1] == D(2026, 1, 31)


def test_default_book_is_cached_and_others_are_not():
    assert load_policy_book() is load_policy_book()
    assert load_policy_book(folder=DEFAULT_FOLDER) is not load_policy_book()


def test_codes_are_case_and_space_insensitive():
    assert load_policy_book().marketplace(" Amazon.DE ").code == "amazon.de"


# ----------------------------------------------------------------------------- shop overrides


def test_a_longer_shop_window_shows_in_rules_and_explanation():
    book = load_policy_book({"amazon.com": {"return_window_days": 45}})
    result = return_window(
        book.marketplace("amazon.com"), delivered=D(2025, 6, 1), today=D(2025, 6, 1)
    )
    assert (result.window_days, result.deadline) == (45, D(2025, 7, 16))
    assert [r.override for r in result.rules] == [False, True]
    assert "extended to 45 days by your shop's policy" in " ".join(result.explanation_text())
    # the other marketplaces and the cached default book are untouched
    assert book.marketplace("amazon.de").shop.return_window_days is None
    assert load_policy_book().marketplace("amazon.com").shop.return_window_days is None


def test_shop_window_and_holiday_extension_give_the_later_date():
    book = load_policy_book({"amazon.com": {"return_window_days": 45}})
    policy = book.marketplace("amazon.com")
    late = return_window(
        policy, delivered=D(2025, 12, 22), purchased=D(2025, 12, 20), today=D(2025, 12, 22)
    )
    assert late.deadline == D(2026, 2, 5)
    early = return_window(
        policy, delivered=D(2025, 11, 3), purchased=D(2025, 11, 1), today=D(2025, 11, 3)
    )
    assert early.deadline == D(2026, 1, 31)


def test_category_override_lengthens_the_14_day_rule():
    book = load_policy_book({"amazon.de": {"category_days": {"Electronics": 30}}})
    policy = book.marketplace("amazon.de")
    result = return_window(
        policy,
        delivered=D(2025, 5, 3),
        purchased=D(2025, 5, 1),
        category="electronics",
        today=D(2025, 5, 3),
    )
    assert (result.window_days, result.deadline) == (30, D(2025, 6, 2))
    shop = [r for r in result.rules if r.override]
    assert len(shop) == 1 and "electronics" in shop[0].title
    camera = return_window(policy, delivered=D(2025, 5, 3), category="camera", today=D(2025, 5, 3))
    assert camera.window_days == 14


def test_the_longest_shop_setting_wins_and_is_named():
    book = load_policy_book(
        {"amazon.com": {"return_window_days": 60, "category_days": {"electronics": 40}}}
    )
    policy = book.marketplace("amazon.com")
    result = return_window(
        policy, delivered=D(2025, 6, 1), category="electronics", today=D(2025, 6, 1)
    )
    assert result.window_days == 60
    shop = next(e for e in result.explanation if e.code == "shop_override")
    assert shop.params == {"days": 60, "marketplace_days": 30, "category": ""}
    book = load_policy_book({"amazon.com": {"category_days": {"electronics": 40}}})
    result = return_window(
        book.marketplace("amazon.com"),
        delivered=D(2025, 6, 1),
        category="electronics",
        today=D(2025, 6, 1),
    )
    assert "for category 'electronics' is extended to 40 days" in " ".join(
        result.explanation_text()
    )


def test_an_override_never_shortens_an_older_longer_rule():
    book = load_policy_book({"amazon.de": {"category_days": {"camera": 20}}})
    result = return_window(
        book.marketplace("amazon.de"),
        delivered=D(2024, 3, 3),
        purchased=D(2024, 3, 1),
        category="camera",
        today=D(2024, 3, 3),
    )
    assert result.window_days == 30 and not any(r.override for r in result.rules)


def test_handling_time_setting():
    book = load_policy_book({"amazon.sa": {"handling_business_days": 1}})
    assert book.marketplace("amazon.sa").handling_business_days == 1
    assert load_policy_book().marketplace("amazon.sa").handling_business_days is None


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"amazon.com": {"return_window_days": 20}}, "shorter than the marketplace's 30 days"),
        ({"amazon.de": {"category_days": {"camera": 10}}}, "shorter than the marketplace's 14"),
        ({"amazon.com": {"return_window_days": "45"}}, "whole number"),
        ({"amazon.com": {"return_window_days": True}}, "whole number"),
        ({"amazon.com": {"handling_business_days": -1}}, "whole number from 0"),
        ({"amazon.com": {"restocking_fee": 5}}, "Unknown shop setting 'restocking_fee'"),
        ({"amazon.xx": {"return_window_days": 45}}, "Unknown marketplace 'amazon.xx'"),
        ({"amazon.de": {"category_days": ["camera"]}}, "must map category names"),
    ],
)
def test_bad_overrides(overrides, message):
    with pytest.raises(InvalidInput, match=message):
        load_policy_book(overrides)


# ----------------------------------------------------------------------------- broken files


def copy_of(tmp_path: Path, code: str = "amazon.com") -> Path:
    target = tmp_path / f"{code}.toml"
    shutil.copy(DEFAULT_FOLDER / f"{code}.toml", target)
    return target


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('timezone = "America/Los_Angeles"', 'timezone = "Mars/Olympus"', "unknown time zone"),
        ('country = "US"', 'country = "XX"', "No public-holiday calendar"),
        ("days = 30\n", 'days = "30"\n', r"return_windows\[0\]\.days has the wrong type"),
        ("days = 30\n", "days = 0\n", "must be 1 to 3650"),
        ("hours = 24\n", "", r"clocks\.reply\.hours is missing"),
        ('counted_from = "delivery"', 'counted_from = "order"', 'must be "delivery"'),
        ("returns_until = 2026-01-31", "returns_until = 2025-01-31", "must come before"),
        ("effective_from = 2025-11-01", "", "effective_from is missing"),
        ('code = "amazon.com"', 'code = "amazon.com', "not valid TOML"),
    ],
)
def test_a_broken_file_names_the_file_and_key(tmp_path, old, new, message):
    path = copy_of(tmp_path)
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")
    with pytest.raises(InvalidInput, match=message) as info:
        load_policy_book(folder=tmp_path)
    assert "amazon.com.toml" in str(info.value)


def test_an_empty_folder(tmp_path):
    with pytest.raises(InvalidInput, match="no policy files"):
        load_policy_book(folder=tmp_path)
