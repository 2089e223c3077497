"""Return windows, table-driven over DOMAIN.md's "Return windows" table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.paths import resource_folder
from app.services.core.errors import InvalidInput
from app.services.deadlines.policy import Explanation, load_policy_book, return_window

D = dt.date
EU_CODES = (
    "amazon.de",
    "amazon.fr",
    "amazon.it",
    "amazon.es",
    "amazon.nl",
    "amazon.se",
    "amazon.pl",
    "amazon.com.be",
)
EU_14_DAY = ("electronics", "camera", "pc", "office", "wireless", "video_games", "music", "video")


NEW_YEAR = D(2025, 1, 1)


def window(code: str, today: dt.date = NEW_YEAR, **kwargs):
    return return_window(load_policy_book().marketplace(code), today=today, **kwargs)


def codes(result) -> list[str]:
    return [e.code for e in result.explanation]


# (marketplace, purchased, delivered, category, expected deadline, what it shows)
CASES = [
    # amazon.com: 30 calendar days from delivery
    ("amazon.com", D(2025, 6, 1), D(2025, 6, 3), None, D(2025, 7, 3), "30 days"),
    ("amazon.com", None, D(2025, 11, 20), None, D(2025, 12, 20), "DESIGN.md's example"),
    # US holiday extension 2025: bought 1 Nov - 31 Dec 2025 -> 31 Jan 2026
    ("amazon.com", D(2025, 11, 1), D(2025, 11, 3), None, D(2026, 1, 31), "first day"),
    ("amazon.com", D(2025, 12, 31), D(2025, 12, 31), "home", D(2026, 1, 31), "last day"),
    ("amazon.com", D(2025, 10, 31), D(2025, 11, 3), None, D(2025, 12, 3), "31 Oct: none"),
    ("amazon.com", D(2026, 1, 1), D(2026, 1, 2), None, D(2026, 2, 1), "1 Jan: none"),
    ("amazon.com", D(2025, 12, 20), D(2026, 1, 5), None, D(2026, 2, 4), "30 days is later"),
    ("amazon.com", D(2025, 12, 30), D(2026, 1, 2), None, D(2026, 2, 1), "never shorter"),
    # Apple products until 15 Jan 2026, or 30 days when later
    ("amazon.com", D(2025, 11, 10), D(2025, 11, 12), "apple", D(2026, 1, 15), "Apple"),
    ("amazon.com", D(2025, 12, 28), D(2025, 12, 30), "apple", D(2026, 1, 29), "Apple later"),
    # earlier US years, same pattern (reported)
    ("amazon.com", D(2024, 11, 15), D(2024, 11, 18), None, D(2025, 1, 31), "2024"),
    ("amazon.com", D(2024, 11, 15), D(2024, 11, 18), "apple", D(2025, 1, 15), "2024 Apple"),
    ("amazon.com", D(2023, 12, 1), D(2023, 12, 4), None, D(2024, 1, 31), "2023"),
    # leap years: a window crossing 29 Feb 2024 is one day shorter in dates
    ("amazon.com", D(2024, 2, 8), D(2024, 2, 10), None, D(2024, 3, 11), "leap year"),
    ("amazon.com", D(2025, 2, 8), D(2025, 2, 10), None, D(2025, 3, 12), "common year"),
    ("amazon.com", D(2024, 2, 27), D(2024, 2, 29), None, D(2024, 3, 30), "from 29 Feb"),
    ("amazon.co.uk", None, D(2024, 1, 31), None, D(2024, 3, 1), "UK crossing 29 Feb"),
    # UK: 30 days from receipt; the 14-day right to cancel is shorter
    ("amazon.co.uk", D(2025, 1, 2), D(2025, 1, 5), None, D(2025, 2, 4), "UK 30 days"),
    # EU: 30 days, the electronics group 14 days from 25 Mar 2024
    ("amazon.de", D(2025, 5, 1), D(2025, 5, 3), "apparel", D(2025, 6, 2), "DE general"),
    ("amazon.de", D(2025, 5, 1), D(2025, 5, 3), "camera", D(2025, 5, 17), "DE camera 14"),
    ("amazon.de", D(2024, 3, 20), D(2024, 3, 22), "camera", D(2024, 4, 21), "before the rule"),
    ("amazon.de", D(2024, 3, 25), D(2024, 3, 27), "camera", D(2024, 4, 10), "rule's first day"),
    ("amazon.de", None, D(2024, 4, 2), "pc", D(2024, 4, 16), "no purchase: delivery date"),
    ("amazon.de", D(2025, 5, 1), D(2025, 5, 3), "amazon_devices", D(2025, 6, 2), "excluded"),
    ("amazon.fr", D(2025, 5, 1), D(2025, 5, 3), "renewed", D(2025, 6, 2), "excluded"),
    ("amazon.es", D(2025, 4, 1), D(2025, 4, 2), "Video Games", D(2025, 4, 16), "name spelling"),
    ("amazon.de", D(2025, 5, 1), D(2025, 5, 3), "garden_gnomes", D(2025, 6, 2), "unknown"),
    # EU holiday extension 2024: bought 1 Nov - 25 Dec 2024 -> 31 Jan 2025
    ("amazon.de", D(2024, 11, 5), D(2024, 11, 7), "apparel", D(2025, 1, 31), "DE general"),
    ("amazon.de", D(2024, 11, 5), D(2024, 11, 7), "electronics", D(2025, 1, 15), "DE 15 Jan"),
    ("amazon.de", D(2024, 12, 24), D(2025, 1, 3), "camera", D(2025, 1, 17), "14 days later"),
    ("amazon.it", D(2024, 11, 5), D(2024, 11, 7), "wireless", D(2025, 1, 15), "IT 15 Jan"),
    ("amazon.it", D(2024, 12, 25), D(2024, 12, 27), "music", D(2025, 1, 15), "last day"),
    ("amazon.fr", D(2024, 11, 5), D(2024, 11, 7), "electronics", D(2025, 1, 31), "FR: no limit"),
    ("amazon.de", D(2024, 12, 26), D(2024, 12, 28), "apparel", D(2025, 1, 27), "26 Dec: none"),
    ("amazon.es", D(2024, 10, 31), D(2024, 11, 2), "home", D(2024, 12, 2), "31 Oct: none"),
    # (?) figures: Japan 30 days, UAE/Saudi 15 days, India 10 (7 for electronics)
    ("amazon.co.jp", D(2025, 3, 1), D(2025, 3, 3), None, D(2025, 4, 2), "JP"),
    ("amazon.ae", D(2025, 3, 1), D(2025, 3, 3), None, D(2025, 3, 18), "AE"),
    ("amazon.sa", D(2025, 3, 1), D(2025, 3, 3), None, D(2025, 3, 18), "SA"),
    ("amazon.in", D(2025, 3, 1), D(2025, 3, 3), "home", D(2025, 3, 13), "IN"),
    ("amazon.in", D(2025, 3, 1), D(2025, 3, 3), "mobile", D(2025, 3, 10), "IN mobile"),
    ("amazon.ca", D(2025, 3, 1), D(2025, 3, 3), None, D(2025, 4, 2), "CA"),
]


@pytest.mark.parametrize(
    ("code", "purchased", "delivered", "category", "deadline", "why"),
    CASES,
    ids=[f"{c[0]}-{c[5]}" for c in CASES],
)
def test_deadline(code, purchased, delivered, category, deadline, why):
    result = window(
        code, today=deadline, delivered=delivered, purchased=purchased, category=category
    )
    assert result.deadline == deadline, result.explanation_text()
    assert result.basis == "delivered"
    assert result.start == delivered
    assert result.days_left == 0 and result.state == "open"
    assert all(isinstance(s, str) and s for s in result.explanation_text())


@pytest.mark.parametrize("code", EU_CODES)
@pytest.mark.parametrize("category", EU_14_DAY)
def test_every_eu_store_has_the_14_day_group(code, category):
    result = window(code, delivered=D(2025, 6, 2), purchased=D(2025, 6, 1), category=category)
    assert (result.window_days, result.deadline) == (14, D(2025, 6, 16))
    before = window(code, delivered=D(2024, 3, 1), purchased=D(2024, 3, 1), category=category)
    assert before.window_days == 30
    assert "category_rule_not_in_force" in codes(before)


def test_holiday_extension_is_explained_and_cited():
    result = window("amazon.com", delivered=D(2025, 11, 20), purchased=D(2025, 11, 18))
    assert [r.id for r in result.rules] == ["amazon.com.return.general", "amazon.com.holiday.2025"]
    assert not any(r.reported for r in result.rules)
    assert "holiday_extension" in codes(result)
    text = " ".join(result.explanation_text())
    assert "30 days from delivery on 20 Nov 2025" in text
    assert "extends the deadline to 31 Jan 2026" in text


def test_normal_window_later_than_extension_is_said():
    result = window("amazon.com", delivered=D(2026, 1, 5), purchased=D(2025, 12, 20))
    assert "holiday_extension_not_later" in codes(result)


def test_extension_without_purchase_date_is_not_guessed():
    result = window("amazon.com", delivered=D(2025, 11, 20))
    assert result.deadline == D(2025, 12, 20)
    assert "holiday_extension_needs_purchase" in codes(result)


def test_earlier_us_years_are_marked_reported():
    result = window("amazon.com", delivered=D(2024, 11, 18), purchased=D(2024, 11, 15))
    assert result.rules[-1].id == "amazon.com.holiday.2024" and result.rules[-1].reported
    assert "reported_figure" in codes(result)


def test_uk_says_which_of_30_days_and_right_to_cancel_applied():
    result = window("amazon.co.uk", delivered=D(2025, 1, 5))
    assert "amazon.co.uk.statutory.right-to-cancel" in [r.id for r in result.rules]
    shorter = next(e for e in result.explanation if e.code == "statutory_withdrawal_shorter")
    assert shorter.params["statutory_deadline"] == D(2025, 1, 19)
    assert "30-day return window is at least as long" in shorter.english()


def test_statutory_withdrawal_wins_when_later(tmp_path: Path):
    """A marketplace window shorter than the law gives the statutory date."""
    text = (resource_folder("policies") / "amazon.de.toml").read_text("utf-8")
    text = text.replace('code = "amazon.de"', 'code = "amazon.test"').replace(
        "days = 30\n", "days = 10\n", 1
    )
    (tmp_path / "amazon.test.toml").write_text(text, encoding="utf-8")
    policy = load_policy_book(folder=tmp_path).marketplace("amazon.test")
    result = return_window(policy, delivered=D(2025, 6, 2), today=D(2025, 6, 2))
    assert (result.window_days, result.deadline) == (10, D(2025, 6, 16))
    assert "statutory_withdrawal" in codes(result)


def test_category_rule_explanations():
    camera = window(
        "amazon.de", delivered=D(2025, 5, 3), purchased=D(2025, 5, 1), category="camera"
    )
    rule = next(e for e in camera.explanation if e.code == "category_rule")
    assert rule.params == {"category": "camera", "days": 14, "effective_from": D(2024, 3, 25)}
    assert camera.rules[0].id == "amazon.de.return.electronics-14"
    device = window("amazon.de", delivered=D(2025, 5, 3), category="amazon_devices")
    assert "category_excluded" in codes(device)
    unknown = window("amazon.de", delivered=D(2025, 5, 3), category="garden gnomes")
    assert "category_general" in codes(unknown)
    assert unknown.rules[0].id == "amazon.de.return.general"
    mobile = window("amazon.in", delivered=D(2025, 3, 3), category="mobile")
    assert "replacement_only" in codes(mobile)


@pytest.mark.parametrize(
    "code", ["amazon.co.jp", "amazon.ae", "amazon.sa", "amazon.in", "amazon.ca"]
)
def test_third_party_figures_say_so(code):
    result = window(code, delivered=D(2025, 3, 3))
    assert result.rules[0].reported
    assert "reported_figure" in codes(result)


def test_estimated_delivery_is_the_fallback_basis():
    result = window("amazon.com", estimated_delivery=D(2025, 6, 10), today=D(2025, 6, 1))
    assert (result.basis, result.start, result.deadline) == (
        "estimated",
        D(2025, 6, 10),
        D(2025, 7, 10),
    )
    assert codes(result)[0] == "window_from_estimate"
    assert "latest estimated delivery date" in result.explanation_text()[0]


def test_delivery_wins_over_estimate_and_says_so():
    result = window(
        "amazon.com",
        delivered=D(2025, 6, 12),
        estimated_delivery=D(2025, 6, 10),
        today=D(2025, 6, 12),
    )
    assert (result.basis, result.deadline) == ("delivered", D(2025, 7, 12))
    assert codes(result)[:2] == ["window_from_delivery", "estimate_ignored"]


@pytest.mark.parametrize(
    ("code", "delivered", "holiday"),
    [
        ("amazon.com", D(2025, 11, 27), "Thanksgiving Day"),
        ("amazon.de", D(2025, 12, 25), "Christmas Day"),
        ("amazon.sa", D(2025, 9, 23), "National Day Holiday"),
    ],
)
def test_delivery_on_a_holiday_still_counts_calendar_days(code, delivered, holiday):
    result = window(code, delivered=delivered, today=delivered)
    assert result.deadline == delivered + dt.timedelta(days=result.window_days)
    note = next(e for e in result.explanation if e.code == "delivered_on_holiday")
    assert note.params == {"start": delivered, "holiday": holiday}
    assert "still counts calendar days" in note.english()


def test_open_and_closed():
    kwargs = {"delivered": D(2025, 6, 1)}
    last_day = window("amazon.com", today=D(2025, 7, 1), **kwargs)
    assert (last_day.state, last_day.days_left) == ("open", 0)
    assert "Today, 1 Jul 2025, is the last day" in last_day.explanation_text()[-1]
    early = window("amazon.com", today=D(2025, 6, 21), **kwargs)
    assert (early.state, early.days_left) == ("open", 10)
    late = window("amazon.com", today=D(2025, 7, 4), **kwargs)
    assert (late.state, late.days_left) == ("closed", -3)
    assert late.explanation[-1] == Explanation("closed", {"deadline": D(2025, 7, 1), "days_ago": 3})
    assert "closed on 1 Jul 2025, 3 days ago" in late.explanation_text()[-1]


def test_explanation_params_are_plain_values():
    result = window("amazon.de", delivered=D(2024, 11, 7), purchased=D(2024, 11, 5), category="pc")
    for item in result.explanation:
        assert item.code in Explanation.codes()
        for value in item.params.values():
            assert type(value) in (dt.date, int, str), (item.code, value)


# ----------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "Give the delivery date or the latest estimated delivery date"),
        ({"delivered": D(2025, 1, 1), "purchased": D(2025, 1, 5)}, "before the purchase date"),
        (
            {"estimated_delivery": D(2025, 1, 1), "purchased": D(2025, 1, 5)},
            "estimated delivery date 2025-01-01 is before the purchase date",
        ),
        ({"delivered": D(2027, 6, 2)}, "more than 2 years after today"),
        ({"delivered": D(2025, 1, 1), "purchased": D(2030, 1, 1)}, "more than 2 years"),
        ({"delivered": D(1999, 12, 31)}, "before 2000"),
        ({"delivered": dt.datetime(2025, 1, 1, 12)}, "must be a calendar date"),
        ({"delivered": "2025-01-01"}, "must be a calendar date"),
    ],
)
def test_bad_input_is_a_clear_message(kwargs, message):
    with pytest.raises(InvalidInput, match=message):
        window("amazon.com", today=D(2025, 6, 1), **kwargs)


def test_today_is_required():
    with pytest.raises(InvalidInput, match="Today's date is needed"):
        window("amazon.com", today=None, delivered=D(2025, 1, 1))
    with pytest.raises(InvalidInput, match="date for today 1999-01-01 is before 2000"):
        window("amazon.com", today=D(1999, 1, 1), delivered=D(2025, 1, 1))


def test_two_years_ahead_is_still_accepted():
    result = window("amazon.com", today=D(2025, 6, 1), estimated_delivery=D(2027, 6, 1))
    assert result.deadline == D(2027, 7, 1)


def test_unknown_marketplace_lists_the_known_ones():
    with pytest.raises(InvalidInput, match=r"Unknown marketplace 'amazon\.xx'.*amazon\.de"):
        load_policy_book().marketplace("amazon.xx")
