"""The compliance check: the corpora of good and forbidden replies in eight languages,
spans in the original text, severities, the detectors' edge cases, a 1 MB paste and
broken rules files."""

from __future__ import annotations

import tomllib
import uuid
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from app.demo import scripted_case_ids, seed_demo
from app.models.entities import Message
from app.services.compliance import (
    DEFAULT_RULES_PATH,
    RULE_IDS,
    ComplianceResult,
    check_reply,
    load_rules,
)
from app.services.core.errors import InvalidInput

DATA = Path(__file__).resolve().parents[2] / "data" / "compliance"
LANGUAGES = ("en", "ko", "ru", "ar", "zh", "de", "ja", "es")


def _corpus(name: str) -> list[dict]:
    with (DATA / f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)["message"]


FORBIDDEN = _corpus("forbidden")
ALLOWED = _corpus("allowed")


def _rules(result: ComplianceResult, severity: str | None = None) -> set[str]:
    return {f.rule for f in result.findings if severity in (None, f.severity)}


def _only(text: str, rule: str, **kwargs) -> list[str]:
    """The excerpts of one rule's findings."""
    return [f.excerpt for f in check_reply(text, **kwargs).findings if f.rule == rule]


def _assert_consistent(text: str, result: ComplianceResult) -> None:
    starts = [f.start for f in result.findings]
    assert starts == sorted(starts)
    for finding in result.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.excerpt == text[finding.start : finding.end]
        if finding.rule == "too_long":  # the part past the limit, cut wherever it falls
            assert finding.end == len(text)
        else:  # a finding points at the offending characters, not the spaces around them
            assert finding.excerpt == finding.excerpt.strip()
        assert finding.severity in ("block", "warn")
        assert finding.rule in RULE_IDS


# ----------------------------------------------------------------------------- corpora


@pytest.mark.parametrize("name", ["forbidden", "allowed"])
def test_corpora_have_at_least_48_messages_and_5_per_language(name):
    messages = _corpus(name)
    assert len(messages) >= 48
    per_language = Counter(m["locale"] for m in messages)
    assert set(per_language) == set(LANGUAGES)
    assert min(per_language.values()) >= 5
    assert len({m["id"] for m in messages}) == len(messages)


@pytest.mark.parametrize("message", FORBIDDEN, ids=[m["id"] for m in FORBIDDEN])
def test_forbidden_reply_is_blocked_for_the_named_rules(message):
    result = check_reply(message["text"], locale=message["locale"])
    assert result.blocked
    assert set(message["rules"]) <= _rules(result), [(f.rule, f.excerpt) for f in result.findings]
    _assert_consistent(message["text"], result)


@pytest.mark.parametrize("message", ALLOWED, ids=[m["id"] for m in ALLOWED])
def test_allowed_reply_is_not_blocked(message):
    result = check_reply(message["text"], locale=message["locale"])
    blocking = [(f.rule, f.excerpt) for f in result.findings if f.severity == "block"]
    assert blocking == []
    assert set(message.get("warn", [])) <= _rules(result, "warn")
    _assert_consistent(message["text"], result)


def test_the_demo_draft_of_case_8_is_in_the_corpus_and_blocked(profile):
    seed_demo(profile)
    case_id = uuid.UUID(hex=scripted_case_ids(profile)[8])
    with profile.read() as session:
        drafts = session.scalars(
            select(Message.body).where(
                Message.case_id == case_id, Message.outbound_state == "draft"
            )
        ).all()
    assert len(drafts) == 1
    corpus = {m["id"]: m for m in FORBIDDEN}["es-demo-case-8-draft"]
    assert drafts[0] == corpus["text"]
    result = check_reply(drafts[0], locale="es-ES", marketplace="amazon.es")
    assert {"review_incentive", "review_manipulation", "messenger", "phone"} <= _rules(
        result, "block"
    )


# ----------------------------------------------------------------------------- spans


def test_spans_point_at_the_offending_characters():
    text = "Write to jo.doe@example.com or call +44 7700 900461 — or add me on WhatsApp."
    result = check_reply(text)
    found = [(f.rule, f.start, f.excerpt) for f in result.findings if f.rule != "missing_order_id"]
    assert found == [
        ("email", text.index("jo.doe"), "jo.doe@example.com"),
        ("phone", text.index("+44"), "+44 7700 900461"),
        ("messenger", text.index("add me"), "add me"),
        ("messenger", text.index("WhatsApp"), "WhatsApp"),
    ]


@pytest.mark.parametrize(
    ("text", "rule", "excerpt"),
    [
        ("ご連絡はｓｈｏｐ＠ｂｅｌｔ．ｊｐまでお願いします。", "email", "ｓｈｏｐ＠ｂｅｌｔ．ｊｐ"),
        ("お急ぎの方は０９０－１２３４－５６７８へ。", "phone", "０９０－１２３４－５６７８"),
        ("اتصل بنا على ٠٥٠١٢٣٤٥٦٧ الآن.", "phone", "٠٥٠١٢٣٤٥٦٧"),
        ("تواصل على ۰۵۰۱۲۳۴۵۶۷ مباشرة.", "phone", "۰۵۰۱۲۳۴۵۶۷"),
        (
            "Straße, Größe ﬁne – schreiben Sie an info@example.com bitte.",
            "email",
            "info@example.com",
        ),
        ("Bitte per Whats\u200bApp melden.", "messenger", "Whats\u200bApp"),
        ("راسلنا على واتسَاب الآن.", "messenger", "واتسَاب"),
        ("Cafe\u0301 au lait? Write on Telegram.", "messenger", "Telegram"),
        ("Thanks 👍🏽 and ❤️!", "emoji", "👍🏽"),
        ("Family 👨\u200d👩\u200d👧 photo", "emoji", "👨\u200d👩\u200d👧"),
        ("email: name＠gmail。com", "email", "name＠gmail。com"),
    ],
)
def test_spans_survive_folding(text, rule, excerpt):
    """Full-width, Arabic-Indic, expanding (ß, ﬁ), dropped (zero-width, diacritics) and
    combining characters all map back to the characters the agent typed."""
    assert excerpt in _only(text, rule)
    _assert_consistent(text, check_reply(text))


def test_a_dropped_variation_selector_stays_with_its_emoji():
    assert _only("love ❤️ it", "emoji") == ["❤️"]


def test_findings_are_sorted_and_may_overlap():
    text = {m["id"]: m for m in FORBIDDEN}["es-demo-case-8-draft"]["text"]
    result = check_reply(text, locale="es")
    incentive = next(f for f in result.findings if f.rule == "review_incentive")
    stars = next(f for f in result.findings if f.rule == "review_manipulation")
    assert incentive.start <= stars.start < stars.end <= incentive.end
    _assert_consistent(text, result)


# ----------------------------------------------------------------------------- detectors


@pytest.mark.parametrize(
    "number",
    [
        "+44 7700 900461",
        "010-1234-5678",
        "+7 (912) 345-67-89",
        "8 (912) 345-67-89",
        "(555) 013-2284",
        "1-800-555-0199",
        "0044 7700 900461",
        "06.12.34.56.78",
        "030/1234567",
        "0151 23456789",
        "13812345678",
        "138 1234 5678",
        "+966 50 123 4567",
        "٠٥٠١٢٣٤٥٦٧",
        "０９０－１２３４－５６７８",
        "0 1 0 1 2 3 4 5 6 7 8",
    ],
)
def test_phone_numbers_in_any_format_are_blocked(number):
    result = check_reply(f"Contact: {number}.")
    assert [(f.rule, f.severity, f.excerpt) for f in result.findings if f.rule == "phone"] == [
        ("phone", "block", number)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Order 114-3941689-8772232 and 303-1234567-1234567.",
        "Tracking 1Z999AA10123456784, 9400 1000 0000 0000 0000 00, JD014600003987654321.",
        "Shipped 23.11.2026, due 2026-11-27, ordered 11/02/2026, window 01.12.2026 - 15.12.2026.",
        "Refund of €1.250,00 or ₩1,250,000 or 2 950,00 ₽ or 1 234 567 руб.",
        "The belt is 120 cm x 25 mm, sizes 100 110 120 130 150; 4 pcs, 12 rolls.",
        "運送会社の伝票番号は 0123-4567-8901 です。",
        "Delivery between 09:00-18:00, serial RS-2291-0448, version 1.2.3.",
    ],
)
def test_ids_dates_prices_and_sizes_are_not_phone_numbers(text):
    assert _only(text, "phone") == []


@pytest.mark.parametrize(
    "address",
    [
        "jo.doe+shop@example.co.uk",
        "name (at) gmail (dot) com",
        "user[at]example[dot]org",
        "jo at gmail dot com",
        "kim 골뱅이 naver 점 com",
        "ivan собака mail.ru",
        "name@gmail。com",
        "ｎａｍｅ＠ｇｍａｉｌ．ｃｏｍ",
        "abc@qq点com",
        "facturas(arroba)gmail.com",
        "张三@例子.中国",
    ],
)
def test_email_addresses_in_any_script_and_spelling_are_blocked(address):
    assert _only(f"Write to {address} please", "email") == [address]


def test_at_between_words_is_no_address():
    assert _only("It arrives at amazon.com warehouses, meet at noon.", "email") == []


@pytest.mark.parametrize(
    ("text", "excerpt", "severity"),
    [
        ("See www.example.com for details.", "www.example.com", "block"),
        ("Order at beltstrap.shop today.", "beltstrap.shop", "block"),
        ("Guide: bit.ly/abc", "bit.ly/abc", "block"),
        ("Go to https://amazon.evil.com/login now.", "https://amazon.evil.com/login", "block"),
        (
            "Track it at https://www.ups.com/track?id=1Z9 (UPS).",
            "https://www.ups.com/track?id=1Z9",
            "warn",
        ),
        (
            "Your orders: amazon.co.jp/gp/css/order-history.",
            "amazon.co.jp/gp/css/order-history",
            "warn",
        ),
        ("Status on dhl.de.", "dhl.de", "warn"),
    ],
)
def test_links_are_blocked_unless_they_lead_to_the_marketplace_or_a_carrier(
    text, excerpt, severity
):
    found = [(f.excerpt, f.severity) for f in check_reply(text).findings if f.rule == "url"]
    assert found == [(excerpt, severity)]


def test_the_store_name_and_file_names_are_no_links():
    text = "Thanks for shopping on Amazon.de; see invoice.pdf and photo.jpg, e.g. done.It fits."
    assert _only(text, "url") == []


def test_a_phone_number_near_warranty_words_is_only_a_warning():
    plain = check_reply("Call us on 0800 123 4567.")
    warranty = check_reply("For warranty claims call the manufacturer on 0800 123 4567.")
    assert [f.severity for f in plain.findings if f.rule == "phone"] == ["block"]
    assert [f.severity for f in warranty.findings if f.rule == "phone"] == ["warn"]
    assert "warranty" in next(f for f in warranty.findings if f.rule == "phone").message


def test_patterns_of_a_language_run_when_its_script_appears():
    text = "Thank you for order 114-3941689-8772232. Пишите в ватсап, или 카톡으로 연락 주세요."
    assert len(_only(text, "messenger", locale="en")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "We've issued your refund, and thank you for your feedback.",
        "Thanks to your review, we updated the size chart on the listing.",
        "Thank you for your positive feedback! We will pack your next order more carefully.",
        "Wir haben die Erstattung veranlasst und danken Ihnen für Ihre Bewertung.",
        "Vielen Dank für Ihre positive Bewertung! Dank ihr konnten wir die Größentabelle ändern.",
        "Gracias por tu buena valoración. Te avisaremos si hay novedades sobre tu envío.",
        "Para corregir el problema que mencionas en tu opinión, te enviamos otra correa.",
        "Деньги вернём в течение двух дней, спасибо за хороший отзыв.",
        "Чтобы исправить проблему, описанную в вашем отзыве, мы отправим замену.",
        "بعد مراجعة الصور سنعيد لك المبلغ كاملًا، وشكرًا على تقييمك الممتاز.",
        "قمنا بتعديل وصف المنتج بناءً على تقييمك، شكرًا لك.",
        "感谢您的好评！您的评论提到皮带断了，我们可以送您一条新的。",
        "如果您在评价中提到的问题仍未解决，我们会全额退款。",
        "レビューでご指摘いただいた点を修正いたしました。高評価をいただきありがとうございます。",
        "オンラインでご確認ください。ガイドラインに従って対応します。",
        "리뷰에서 말씀하신 사이즈 문제로 불편을 드려 죄송하며, 전액 환불해 드렸습니다.",
        "좋은 리뷰 감사합니다. 다음 주문부터는 포장을 더 꼼꼼히 하겠습니다.",
    ],
)
def test_sentences_that_only_resemble_a_forbidden_one_are_not_blocked(text):
    assert [(f.rule, f.excerpt) for f in check_reply(text).findings if f.severity == "block"] == []


def test_asking_to_remove_seller_feedback_is_allowed_but_not_a_product_review():
    seller = "Now that it is solved, could you remove the seller feedback or seller rating?"
    product = "Now that it is solved, could you remove your review of the strap?"
    assert _only(seller, "review_change") == []
    assert _only(product, "review_change") == ["remove your review"]


@pytest.mark.parametrize(
    ("text", "thanks_only"),
    [
        ("Thank you for your order!", True),
        ("Hi Lucía,\nThanks so much!\nBest regards,\nFlexBand Supply", True),
        ("구매해 주셔서 감사합니다! 😊", True),
        ("ご購入ありがとうございます。\nよろしくお願いいたします。", True),
        ("¡Gracias por tu compra, Lucía!", True),
        ("Thanks, we shipped your belt today with UPS.", False),
        ("Hi Tom,\nThanks for your patience. The replacement ships on Monday.\nBest,\nSam", False),
        ("感谢您的耐心，我们已经为您补发了新的皮带。", False),
    ],
)
def test_a_thank_you_with_nothing_else_is_a_warning(text, thanks_only):
    findings = [f for f in check_reply(text).findings if f.rule == "thanks_only"]
    assert [f.severity for f in findings] == (["warn"] if thanks_only else [])
    if findings:
        assert findings[0].excerpt == text.strip()


@pytest.mark.parametrize("text", ["", "   ", " \n\t ", "\u200b\u200d"])
def test_an_empty_reply_has_exactly_one_blocking_finding(text):
    result = check_reply(text, order_id="114-3941689-8772232")
    assert [(f.rule, f.severity, f.start, f.end) for f in result.findings] == [
        ("empty", "block", 0, len(text))
    ]
    assert result.blocked


def test_the_order_id_must_be_quoted():
    order = "114-3941689-8772232"
    assert _only("Your belt ships today.", "missing_order_id", order_id=order) == [""]
    assert _only(f"Order {order} ships today.", "missing_order_id", order_id=order) == []
    assert _only("Order 114 3941689 8772232 ships.", "missing_order_id", order_id=order) == []
    assert _only("Order 111-1111111-1111111 ships.", "missing_order_id", order_id=order) == [""]
    assert _only(f"Order {order} ships.", "missing_order_id") == []
    finding = next(
        f for f in check_reply("Your belt ships today.").findings if f.rule == "missing_order_id"
    )
    assert (finding.severity, finding.start, finding.end) == ("warn", 0, 0)


def test_the_length_limit_is_2000_by_default_and_can_be_set(tmp_path):
    text = "Order 114-3941689-8772232: " + "x" * 1990
    assert len(text) > 2000
    [finding] = [f for f in check_reply(text).findings if f.rule == "too_long"]
    assert (finding.severity, finding.start, finding.end) == ("warn", 2000, len(text))
    assert "2000" in finding.message
    assert _only(text[:2000], "too_long") == []
    assert _only(text[:900], "too_long", max_chars=800) == [text[800:900]]
    rules = tmp_path / "rules.toml"
    source = DEFAULT_RULES_PATH.read_text(encoding="utf-8")
    marker = "[rules.too_long.marketplaces]\n"
    rules.write_text(source.replace(marker, marker + '"amazon.co.jp" = 800\n'), encoding="utf-8")
    book = load_rules(rules)
    assert book.max_chars("Amazon.co.jp") == 800 and book.max_chars("amazon.de") == 2000
    result = check_reply(text[:900], marketplace="amazon.co.jp", rules=book)
    assert [f.message for f in result.findings if f.rule == "too_long"] == [
        "The marketplace accepts at most 800 characters in this message; "
        "shorten it or it will be rejected."
    ]


def test_to_json_has_the_agreed_shape():
    result = check_reply("Call +44 7700 900461 😊")
    data = result.to_json()
    assert set(data) == {"blocked", "findings"} and data["blocked"] is True
    assert [set(f) for f in data["findings"]] == [
        {"rule", "severity", "start", "end", "message"}
    ] * len(result.findings)
    assert [f["rule"] for f in data["findings"]] == ["missing_order_id", "phone", "emoji"]


def test_bad_arguments_are_refused():
    with pytest.raises(InvalidInput, match="text"):
        check_reply(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="positive"):
        check_reply("Hello", max_chars=0)


# ----------------------------------------------------------------------------- a long paste


def test_a_1_mb_paste_of_mixed_text_is_checked():
    """Completes quickly (the patterns cannot backtrack without bound; no timing is
    asserted) and finds in every copy of the corpora what it finds in one."""
    block = "\n\n".join(m["text"] for m in FORBIDDEN + ALLOWED)
    copies = 1_000_000 // len(block) + 1
    text = "\n\n".join([block] * copies)
    assert len(text) >= 1_000_000
    result = check_reply(text)
    once = Counter(f.rule for f in check_reply(block).findings)
    everywhere = Counter(f.rule for f in result.findings)
    for rule in set(once) - {"missing_order_id", "too_long", "thanks_only"}:
        assert everywhere[rule] == copies * once[rule], rule
    assert everywhere["too_long"] == 1
    _assert_consistent(text, result)


# ----------------------------------------------------------------------------- the rules file


def test_every_rule_id_is_explained_in_the_rules_file():
    book = load_rules()
    assert load_rules() is book
    assert tuple(book.rules) == RULE_IDS
    for rule_id, rule in book.rules.items():
        assert rule.id == rule_id and rule.title
        assert rule.severity in ("block", "warn")
        assert rule.message.endswith(".") and len(rule.message) > 20


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('title = "HTML"', 'title = "HTML', "not valid TOML"),
        ("[rules.empty]\n", "[rules.thanks_only.spare]\n", "rules.empty is missing"),
        ("[rules.html]\n", "[rules.htm]\n", "rules.htm is not a known key"),
        (
            'title = "HTML"',
            'title = "HTML"\ncolour = "red"',
            "rules.html.colour is not a known key",
        ),
        (
            'title = "HTML"\nseverity = "block"',
            'title = "HTML"\nseverity = "stop"',
            "must be one of",
        ),
        ("    '<!--',", "    '<!--(',", "not a valid regular expression"),
        ("    '<!--',", "    '<!--HTML',", "upper-case"),
        ("    '<!--',", "    '<!--ß',", "matched as 'ss'"),
        ("    '<!--',", "    '<!--<nothing>',", "unknown term <nothing>"),
        ("'dhl.*',", "'dhl/*',", "is not a domain"),
        ("max_chars = 400", "max_chars = 0", "must be a positive number"),
        ("max_chars = 400", 'max_chars = "400"', "wrong type (str)"),
    ],
)
def test_a_broken_rules_file_names_the_file_and_the_problem(tmp_path, old, new, problem):
    source = DEFAULT_RULES_PATH.read_text(encoding="utf-8")
    assert old in source
    broken = tmp_path / "rules.toml"
    broken.write_text(source.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(InvalidInput, match="^rules.toml: ") as raised:
        load_rules(broken)
    assert problem in str(raised.value)


def test_a_missing_rules_file_is_reported(tmp_path):
    with pytest.raises(InvalidInput, match="cannot read the compliance rules"):
        load_rules(tmp_path / "nowhere.toml")
