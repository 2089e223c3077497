"""Canned replies: the template format, plurals and formatting per language, the library on
disk (every file in resources/replies), the shop's own templates and facts from a case."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.demo import seed_demo
from app.services.cases.detail import find_case
from app.services.core.errors import InvalidInput
from app.services.deadlines.overview import load_case_deadlines
from app.services.replies import (
    LIBRARY_FOLDER,
    LIBRARY_LOCALES,
    ReplyFacts,
    Template,
    TemplateProblem,
    Variant,
    facts_for_case,
    fallback_chain,
    load_library,
    parse_template,
    render,
    sample_facts,
    template_to_toml,
    validate_template,
)
from app.services.replies.message import names_in, parse_message

LIBRARY_FILES = sorted(LIBRARY_FOLDER.glob("*.toml"))


def shop_text(key: str = "custom_note", *, placeholders: str = '"order_id"', **bodies: str) -> str:
    """A small shop template; `bodies` maps a locale to its body (English by default)."""
    bodies = bodies or {"en": "Order {order_id}."}
    tables = "".join(
        f'\n[variants.{locale}]\nname = "Note {locale}"\nsubject = "About {{order_id}}"\n'
        f'body = """{body}"""\n'
        for locale, body in bodies.items()
    )
    return f'key = "{key}"\nplaceholders = [{placeholders}]\n{tables}'


def plural_template(**bodies: str) -> Template:
    return parse_template(
        shop_text(placeholders='"order_id", "days_left"', **bodies), path=None, source="shop"
    )


def problem_of(text: str, *, path: Path | None = None, source: str = "shop") -> str:
    with pytest.raises(TemplateProblem) as caught:
        parse_template(text, path=path, source=source)
    return str(caught.value)


# --- the library on disk -----------------------------------------------------


def test_the_library_has_the_first_twelve_templates_and_loads_cleanly():
    library = load_library()
    assert library.problems == ()
    assert len(library.templates) == len(LIBRARY_FILES)
    for key in (
        "apology_slow_reply",
        "ask_photos_receipt",
        "wrong_size_return",
        "not_as_described_return",
        "defect_replacement_or_refund",
        "replacement_shipped",
        "refund_issued",
        "not_received_investigation",
        "return_window_explained",
        "processing_time_peak",
        "account_access_help",
        "review_request_neutral",
    ):
        assert library.get(key).source == "library"


@pytest.mark.parametrize("path", LIBRARY_FILES, ids=lambda p: p.stem)
def test_library_file_is_valid_and_speaks_every_library_language(path: Path):
    template = parse_template(path.read_text(encoding="utf-8"), path=path, source="library")
    assert validate_template(template) == []
    assert set(template.variants) == set(LIBRARY_LOCALES)
    for variant in template.variants.values():
        used = names_in(parse_message(variant.subject)) + names_in(parse_message(variant.body))
        assert set(used) == set(template.placeholders), variant.locale


@pytest.mark.parametrize("path", LIBRARY_FILES, ids=lambda p: p.stem)
def test_library_file_renders_in_every_language(path: Path):
    template = parse_template(path.read_text(encoding="utf-8"), path=path, source="library")
    facts = sample_facts()
    for locale in LIBRARY_LOCALES:
        reply = render(template, facts, locale)
        assert (reply.locale, reply.fell_back, reply.missing) == (locale, False, ())
        assert not re.search(r"[{}]", reply.subject + reply.body), locale
        assert facts.order_id in reply.body, f"{locale}: every body quotes the order id"
        if "agent_name" in template.placeholders:
            assert facts.agent_name in reply.body.splitlines()[-1], f"{locale}: signed"
        assert len(reply.body) < 2000


@pytest.mark.parametrize("path", LIBRARY_FILES, ids=lambda p: p.stem)
def test_library_texts_hold_nothing_the_marketplace_forbids(path: Path):
    template = parse_template(path.read_text(encoding="utf-8"), path=path, source="library")
    for variant in template.variants.values():
        text = variant.subject + "\n" + variant.body
        assert not re.search(r"https?://|www\.|\.(com|net|org)/", text), variant.locale
        assert not re.search(r"[\w.+-]+@[\w-]+\.[a-z]{2,}", text), variant.locale
        assert not re.search(r"\d[\d ().-]{7,}\d", text), variant.locale
        assert not re.search(r"<[a-z/]", text), f"{variant.locale}: no HTML"
        assert not any(
            unicodedata.category(ch) == "So" or 0x1F000 <= ord(ch) <= 0x1FAFF for ch in text
        ), f"{variant.locale}: no emoji or symbols"


def test_the_review_request_is_neutral():
    body = load_library().get("review_request_neutral").variants["en"].body.casefold()
    for word in ("star", "positive", "5", "free", "discount", "gift", "refund", "happy"):
        assert word not in body
    assert load_library().get("review_request_neutral").statuses == ("resolved",)


# --- plurals -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (1, "остался 1 день"),
        (2, "осталось 2 дня"),
        (5, "осталось 5 дней"),
        (11, "осталось 11 дней"),
        (21, "остался 21 день"),
        (0, "сегодня последний день"),
    ],
)
def test_russian_days_left(days: int, expected: str):
    template = load_library().get("return_window_explained")
    facts = dataclasses.replace(sample_facts(), days_left=days)
    assert expected in render(template, facts, "ru").body


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (1, "يتبقى يوم واحد"),
        (2, "يتبقى يومان"),
        (5, "تتبقى 5 أيام"),
        (11, "يتبقى 11 يومًا"),
        (21, "يتبقى 21 يومًا"),
        (100, "يتبقى 100 يوم"),
        (0, "اليوم هو آخر يوم"),  # the exact =0 form wins over the 'zero' category
    ],
)
def test_arabic_days_left(days: int, expected: str):
    template = load_library().get("return_window_explained")
    facts = dataclasses.replace(sample_facts(), days_left=days)
    assert expected in render(template, facts, "ar").body


@pytest.mark.parametrize(
    ("days", "category"),
    [
        (0, "zero"),
        (1, "one"),
        (2, "two"),
        (3, "few"),
        (5, "few"),
        (10, "few"),
        (11, "many"),
        (21, "many"),
        (99, "many"),
        (100, "other"),
        (102, "other"),
        (103, "few"),
        (111, "many"),
    ],
)
def test_arabic_plural_takes_the_cldr_category(days: int, category: str):
    forms = " ".join(f"{c} {{{c} #}}" for c in ("zero", "one", "two", "few", "many", "other"))
    template = plural_template(
        en="{days_left, plural, one {# day} other {# days}} {order_id}",
        ar=f"{{days_left, plural, {forms}}} {{order_id}}",
    )
    facts = dataclasses.replace(sample_facts(), days_left=days)
    assert render(template, facts, "ar").body.startswith(f"{category} {days} ")


def test_exact_match_beats_category_and_hash_is_formatted_for_the_language():
    template = plural_template(
        en="{days_left, plural, =1 {last day} one {# day} other {# days}} {order_id}",
        de="{days_left, plural, one {noch # Tag} other {noch # Tage}} {order_id}",
    )
    one = dataclasses.replace(sample_facts(), days_left=1)
    many = dataclasses.replace(sample_facts(), days_left=1500)
    assert render(template, one, "en").body.startswith("last day ")
    assert render(template, many, "en").body.startswith("1,500 days ")
    assert render(template, many, "de").body.startswith("noch 1.500 Tage ")
    assert render(template, one, "de").body.startswith("noch 1 Tag ")


# --- formatting per language -------------------------------------------------


def money_template() -> Template:
    body = "{refund_amount} / {return_deadline} / {order_id}"
    return parse_template(
        shop_text(
            placeholders='"refund_amount", "return_deadline", "order_id"',
            **{loc: body for loc in ("en", "de", "ja", "ar", "ko", "ru", "es")},
        ),
        path=None,
        source="shop",
    )


@pytest.mark.parametrize(
    ("locale", "currency", "amount", "money", "date"),
    [
        ("de", "EUR", "1234.50", "1.234,50\xa0€", "24. Dezember 2026"),
        ("ja", "JPY", "1234", "￥1,234", "2026年12月24日"),
        ("en", "USD", "1234.50", "$1,234.50", "December 24, 2026"),
        ("en_GB", "USD", "1234.50", "US$1,234.50", "24 December 2026"),
        ("ko", "KRW", "15000", "₩15,000", "2026년 12월 24일"),
        ("ru", "RUB", "1234.50", "1\xa0234,50\xa0₽", "24 декабря 2026"),
        ("es", "EUR", "1234.50", "1.234,50\xa0€", "24 de diciembre de 2026"),
    ],
)
def test_dates_and_money_are_written_the_way_the_language_writes_them(
    locale, currency, amount, money, date
):
    facts = dataclasses.replace(sample_facts(), refund_amount=Decimal(amount), currency=currency)
    body = render(money_template(), facts, locale).body
    assert body.startswith(f"{money} / {date}")


def test_arabic_money_and_date():
    facts = dataclasses.replace(sample_facts(), refund_amount=Decimal("1234.50"), currency="SAR")
    reply = render(money_template(), facts, "ar-SA")
    assert reply.locale == "ar" and not reply.fell_back
    assert "1,234.50" in reply.body and "ر.س." in reply.body
    assert "24 ديسمبر 2026" in reply.body


def test_missing_facts_show_as_gaps_and_are_listed():
    template = load_library().get("wrong_size_return")
    reply = render(template, ReplyFacts(order_id="113-4829173-5520931"), "en")
    assert reply.body.startswith("Dear [buyer_name],")
    assert "until [return_deadline] ([days_left])" in reply.body
    assert set(reply.missing) == {
        "buyer_name",
        "marketplace",
        "return_deadline",
        "days_left",
        "agent_name",
    }
    money = render(money_template(), ReplyFacts(refund_amount=Decimal(5)), "en")
    assert "refund_amount" in money.missing  # no currency: the amount alone would mislead


# --- languages and fallback ----------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "chain"),
    [
        ("ko-KR", ["ko_KR", "ko", "en"]),
        ("ko_KR", ["ko_KR", "ko", "en"]),
        ("zh-Hans-CN", ["zh_Hans_CN", "zh_CN", "zh_Hans", "zh", "en"]),
        ("zh_CN", ["zh_Hans_CN", "zh_CN", "zh_Hans", "zh", "en"]),
        ("zh-TW", ["zh_Hant_TW", "zh_TW", "zh_Hant", "en"]),  # Simplified "zh" is no help
        ("en_GB", ["en_GB", "en"]),
        ("en", ["en"]),
        ("ar-SA", ["ar_SA", "ar", "en"]),
        ("", ["en"]),
        ("garbage!!", ["en"]),
        ("xx-YY", ["en"]),
    ],
)
def test_fallback_chain(locale: str, chain: list[str]):
    assert fallback_chain(locale) == chain


def test_a_missing_language_falls_back_to_english_and_says_so():
    template = parse_template(
        shop_text(en="Order {order_id}.", de="Bestellung {order_id}."), path=None, source="shop"
    )
    reply = render(template, sample_facts(), "ko_KR")
    assert (reply.locale, reply.requested, reply.chain) == ("en", "ko_KR", ("ko_KR", "ko", "en"))
    assert reply.fell_back
    assert reply.body == "Order 112-3456789-0123456."
    german = render(template, sample_facts(), "de-AT")
    assert (german.locale, german.fell_back) == ("de", False)
    assert render(template, sample_facts(), "").fell_back


def test_a_regional_variant_is_preferred_to_the_language():
    template = parse_template(
        shop_text(**{"en": "Order {order_id}.", "en-GB": "Your order {order_id}, cheers."}),
        path=None,
        source="shop",
    )
    assert set(template.variants) == {"en", "en_GB"}
    assert render(template, sample_facts(), "en_GB").body.startswith("Your order")
    assert render(template, sample_facts(), "en_US").body.startswith("Order")
    assert template.name_for("en_GB") == "Note en-GB"


# --- bad templates -----------------------------------------------------------


def test_unknown_placeholder():
    message = problem_of(shop_text(en="Hi {foo}, order {order_id}."), path=Path("custom_note.toml"))
    assert "custom_note.toml" in message and "variant en" in message and "{foo}" in message


def test_malformed_toml_names_the_line():
    message = problem_of('key = "x"\nplaceholders = [\n[variants.en]\n', path=Path("x.toml"))
    assert "x.toml" in message and "not valid TOML" in message and "line 3" in message


def test_unbalanced_braces():
    message = problem_of(shop_text(en="Order {order_id.\nSecond line"))
    assert "variant en, body line 1, column 7: a '{' is never closed" in message
    message = problem_of(shop_text(en="Order {order_id}}"))
    assert "a '}' closes nothing" in message


def test_plural_missing_a_form_the_language_needs_or_other():
    russian = "{days_left, plural, one {# день} many {# дней} other {# дня}} {order_id}"
    english = "{days_left, plural, one {# day} other {# days}} {order_id}"
    message = problem_of(shop_text(placeholders='"order_id", "days_left"', en=english, ru=russian))
    assert "variant ru" in message and "'few'" in message and "Russian" in message
    message = problem_of(
        shop_text(
            placeholders='"order_id", "days_left"', en="{days_left, plural, one {# day}} {order_id}"
        )
    )
    assert "'other'" in message and "English" in message
    message = problem_of(
        shop_text(
            placeholders='"order_id", "days_left"',
            en="{days_left, plural, one {# day} few {# days} other {# days}} {order_id}",
        )
    )
    assert "English has no 'few' plural form" in message


def test_plural_syntax_mistakes():
    days = 'placeholders = ["order_id", "days_left"]'
    cases = {
        "{order_id, plural, one {x} other {y}}": "only {days_left}",
        "{days_left, select, one {x} other {y}} {order_id}": "only 'plural'",
        "{days_left, plural, one {x {days_left, plural, other {y}}} other {z}} {order_id}": (
            "nested"
        ),
        "{days_left, plural, lots {x} other {y}} {order_id}": "'lots' is no plural form",
        "{days_left, plural, one {x} one {y} other {z}} {order_id}": "'one' is repeated",
        "{days_left, plural, } {order_id}": "has no forms",
    }
    for body, expected in cases.items():
        text = shop_text(en=body).replace('placeholders = ["order_id"]', days)
        assert expected in problem_of(text), body


def test_key_must_match_the_file_name():
    message = problem_of(shop_text(key="custom_note"), path=Path("/shop/replies/other.toml"))
    assert "other.toml" in message and "must match the file name" in message
    assert "lowercase" in problem_of(shop_text(key="../evil"))


def test_an_empty_body_or_missing_fields():
    message = problem_of(shop_text(en="   \n  "))
    assert "variant en has no body" in message
    message = problem_of('key = "k"\n[variants.en]\nbody = "Hi"\n')
    assert "variant en has no name" in message and "variant en has no subject" in message
    assert "no [variants.<language>]" in problem_of('key = "k"\n')


def test_unknown_reason_status_field_or_language():
    text = shop_text().replace(
        "placeholders", 'reasons = ["broken"]\nstatuses = ["gone"]\nplaceholders'
    )
    message = problem_of(text)
    assert "unknown value 'broken' in 'reasons'" in message
    assert "unknown value 'gone' in 'statuses'" in message
    assert "unknown field 'reason'" in problem_of('reason = ["x"]\n' + shop_text())
    assert "[variants.12] is not a language" in problem_of(
        shop_text(**{"en": "{order_id}", "12": "x"})
    )


def test_placeholders_must_agree_across_variants():
    message = problem_of(
        shop_text(
            placeholders='"order_id", "buyer_name"',
            en="Dear {buyer_name}, order {order_id}.",
            de="Bestellung {order_id}, {carrier}.",
        )
    )
    assert "variant de does not use {buyer_name}" in message
    assert "variant de uses {carrier}, which is not in 'placeholders'" in message


def test_library_templates_need_every_library_language():
    message = problem_of(shop_text(key="only_en"), path=Path("only_en.toml"), source="library")
    assert "there is no [variants.ko] (Korean)" in message


def test_validate_template_lists_every_problem_of_a_hand_built_template():
    template = Template(
        key="hand_built",
        reasons=(),
        statuses=(),
        placeholders=("order_id", "nonsense"),
        variants={
            "en": Variant("en", "n", "s {order_id}", "Body {order_id} {oops"),
            "ru": Variant("ru", "n", "s", "{days_left, plural, one {#} other {#}}"),
        },
        source="shop",
        path=None,
    )
    problems = validate_template(template)
    assert any("unknown placeholder {nonsense}" in p for p in problems)
    assert any("variant en, body column 17: a '{' is never closed" in p for p in problems)
    assert any("variant ru" in p and "'few'" in p for p in problems)
    assert any("variant ru does not use {order_id}" in p for p in problems)
    with pytest.raises(TemplateProblem, match="never closed"):
        render(template, sample_facts(), "en")


def test_a_body_too_long_for_the_marketplace():
    message = problem_of(shop_text(en="{order_id} " + "x" * 2000))
    assert "the marketplace allows 2000" in message


# --- the library with the shop's templates -------------------------------------


def test_get_an_unknown_template():
    with pytest.raises(InvalidInput, match="no reply template called 'nope'"):
        load_library().get("nope")


def test_suggest_puts_the_case_reason_first_and_respects_the_status():
    library = load_library()
    suggested = library.suggest("wrong_size", "open")
    keys = [t.key for t in suggested]
    exact = [t for t in suggested if "wrong_size" in t.reasons]
    assert suggested[: len(exact)] == exact
    assert all(not t.reasons for t in suggested[len(exact) :])
    assert [len(t.reasons) for t in exact] == sorted(len(t.reasons) for t in exact)
    assert {"wrong_size_return", "return_window_explained", "apology_slow_reply"} <= set(keys)
    assert "refund_issued" not in keys
    resolved = [t.key for t in library.suggest("wrong_size", "resolved")]
    assert "apology_slow_reply" not in resolved and "review_request_neutral" in resolved
    everything = library.suggest(None, None)
    assert len(everything) == len(library.templates)
    assert not everything[0].reasons


def test_search_in_any_script_and_ranked():
    library = load_library()
    assert "wrong_size_return" in [t.key for t in library.search("반품 방법", "ko")]
    assert "return_window_explained" in [t.key for t in library.search("مهلة الإرجاع", "ar")]
    assert "refund_issued" in [t.key for t in library.search("退款已办理", "zh")]
    assert library.search("REFUND ISSUED", None)[0].key == "refund_issued"
    assert library.search("Ｒｅｆｕｎｄ ｉｓｓｕｅｄ", "en")[0].key == "refund_issued"
    by_name = library.search("Возврат", "ru")
    assert by_name[0].name_for("ru").casefold().find("возврат") >= 0
    assert library.search("", "en") == list(library.templates)
    assert library.search("no such words anywhere", "en") == []


@pytest.mark.parametrize("path", LIBRARY_FILES, ids=lambda p: p.stem)
def test_template_to_toml_round_trips_library_files(path: Path):
    template = parse_template(path.read_text(encoding="utf-8"), path=path, source="library")
    assert parse_template(template_to_toml(template), path=path, source="library") == template


_text = st.text(
    alphabet=st.characters(blacklist_characters="{}", blacklist_categories=("Cs",)), max_size=80
)


@settings(max_examples=60, deadline=None)
@given(name=_text, subject=_text, body=_text)
def test_template_to_toml_round_trips_awkward_text(name: str, subject: str, body: str):
    assume(name.strip() and subject.strip() and body.strip())
    template = Template(
        key="awkward",
        reasons=("other",),
        statuses=(),
        placeholders=(),
        variants={"en": Variant("en", name, subject, body)},
        source="shop",
        path=None,
    )
    assert parse_template(template_to_toml(template), path=None, source="shop") == template


def test_template_to_toml_escapes_what_would_end_a_string():
    body = 'Say """hi""" \\ to "you"'
    template = parse_template(shop_text(en="{order_id} " + "x"), path=None, source="shop")
    tricky = dataclasses.replace(
        template, variants={"en": Variant("en", 'a "b"', "c\td\r", "{order_id} " + body)}
    )
    assert parse_template(template_to_toml(tricky), path=None, source="shop") == tricky


# --- facts from a case -----------------------------------------------------------


def test_facts_for_the_korean_demo_case(profile, clock):
    seed_demo(profile)
    case_id = find_case(profile, "113-4829173-5520931")
    window = load_case_deadlines(profile, case_id).return_window
    facts = facts_for_case(profile, case_id)
    assert facts.order_id == "113-4829173-5520931"
    assert facts.buyer_name == "박지우"
    assert facts.marketplace == "Amazon.com"
    assert facts.item_title.startswith("Soft Rubber Flat Belt 120 cm")
    assert (facts.carrier, facts.tracking_number) == ("UPS", "1Z4E29W80392715846")
    assert facts.agent_name == "tester"
    assert (facts.refund_amount, facts.currency) == (Decimal("18.99"), "USD")
    assert facts.return_deadline == window.deadline
    today = dt.date(2026, 11, 23)  # the clock's day in Los Angeles
    assert facts.days_left == (window.deadline - today).days > 0
    assert facts.delivery_date is not None and facts.delivery_date < today
    late = facts_for_case(profile, case_id, today=window.deadline + dt.timedelta(days=5))
    assert late.days_left is None  # closed: no "today is the last day"

    reply = render(load_library().get("wrong_size_return"), facts, "ko-KR")
    assert (reply.locale, reply.fell_back, reply.missing) == ("ko", False, ())
    assert "113-4829173-5520931" in reply.body and "박지우 고객님" in reply.body
    deadline = window.deadline
    assert f"{deadline.year}년 {deadline.month}월 {deadline.day}일까지" in reply.body
    assert f"{facts.days_left}일 남았습니다" in reply.body


def test_arabic_replies_keep_order_ids_left_to_right():
    """Unisolated, an order id in Arabic text reads backwards: 0123456-3456789-112."""
    library = load_library()
    facts = sample_facts()
    arabic = render(library.get("wrong_size_return"), facts, "ar").body
    assert f"\u2068{facts.order_id}\u2069" in arabic
    english = render(library.get("wrong_size_return"), facts, "en").body
    assert "\u2068" not in english and facts.order_id in english
