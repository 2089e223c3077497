"""Detecting the language of inbound buyer messages (DESIGN.md section 6)."""

from __future__ import annotations

import datetime as dt
import threading
import uuid

import pytest
from py3langid.langid import LanguageIdentifier
from sqlalchemy import select

from app.demo import seed_demo
from app.models.entities import Case, Customer
from app.services.cases.operations import NewCase, add_message, add_note, add_reply, create_case
from app.services.core.errors import NotFound
from app.services.language import detect as langdetect
from app.services.language.detect import (
    MIN_CONFIDENCE,
    SUPPORTED,
    BuyerLanguage,
    Detection,
    buyer_language,
    detect,
    detect_messages,
    warm_up,
)

SHORT_MESSAGES = {
    "ko": [
        "벨트 사이즈가 안 맞아요",
        "주문한 상품이 아직 안 왔어요",
        "환불해 주세요",
        "교환 가능한가요?",
        "제품이 불량이에요. 일주일 만에 끊어졌어요",
        "답변 기다리고 있습니다",
        "사진 보냈습니다 확인 부탁드려요",
    ],
    "ru": [
        "Где мой заказ?",
        "Ремень треснул через неделю",
        "Прошу вернуть деньги",
        "Размер не подходит",
        "Посылка пришла повреждённой",
        "Спасибо за быстрый ответ!",
        "Когда будет замена?",
    ],
    "ar": [
        "لم يصل طلبي بعد",
        "المقاس غير مناسب",
        "أريد استرجاع المبلغ",
        "الحزام انقطع بعد أسبوع",
        "متى سيصل الطلب؟",
        "شكراً على الرد السريع",
        "وصل المنتج تالفاً",
    ],
    "en": [
        "Where is my parcel?",
        "The belt is too short",
        "I want a refund",
        "It broke after one week",
        "Still waiting for my order",
        "Can I return this?",
        "The package arrived damaged",
    ],
    "zh": [
        "尺寸不对，怎么退货？",
        "我的包裹还没到",
        "皮带用了一周就断了",
        "请给我退款",
        "什么时候发货？",
        "谢谢你的回复",
        "收到的商品有破损",
    ],
    "de": ["Wo ist mein Paket?", "Der Riemen ist zu kurz", "Ich möchte mein Geld zurück"],
    "es": ["¿Dónde está mi pedido?", "La talla no es correcta", "Quiero un reembolso"],
    "ja": ["注文した商品がまだ届きません", "サイズが合いません", "返品したいです"],
    "fr": ["Où est mon colis ?"],
    "it": ["La cintura è troppo corta"],
    "pt": ["Onde está a minha encomenda?"],
    "tr": ["Siparişim nerede?"],
    "pl": ["Gdzie jest moja paczka?"],
    "nl": ["Waar is mijn pakket?"],
}


@pytest.mark.parametrize(
    ("language", "text"),
    [(language, text) for language, texts in SHORT_MESSAGES.items() for text in texts],
)
def test_short_buyer_messages(language, text):
    found = detect(text)
    assert found == Detection(language, found.confidence)
    assert MIN_CONFIDENCE <= found.confidence <= 1.0


def test_every_supported_language_is_covered():
    assert set(SHORT_MESSAGES) == set(SUPPORTED)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n",
        "ok",
        "?",
        "!!!",
        "123-4567890-1234567",
        "1Z4E29W80392715846 / SRB-120-25-BK",
        "https://www.amazon.com/gp/your-account/order-details jiwoo.park@example.com",
        "谢谢",  # two characters: too few to tell
        "hello",  # the model spreads it over several languages
        "Hola",
        "Soft Rubber Flat Belt",  # a product title, not a sentence
        "Anna Schmidt",
        "Ремень треснул. The belt cracked.",  # an even mix
        "Де моє замовлення? Пасок порвався",  # Ukrainian, not Russian
        "سفارش من کجاست؟ کمربند پاره شد",  # Persian, not Arabic
        "Πού είναι η παραγγελία μου;",  # Greek: not a supported language
    ],
)
def test_unknown_rather_than_a_guess(text):
    found = detect(text)
    assert found.language is None
    assert 0.0 <= found.confidence < MIN_CONFIDENCE


def test_order_ids_urls_and_addresses_do_not_count():
    assert detect(
        "주문번호 113-4829173-5520931 배송 조회 https://track.example.com/1Z9"
    ).language == ("ko")
    assert detect("Order 113-4829173-5520931: where is it? jiwoo@example.com").language == "en"
    # A number inside unspaced Chinese removes the number, not the sentence.
    assert detect("我买了120cm的皮带，收到的只有105cm").language == "zh"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Soft Rubber Flat Belt 120cm 사이즈가 상품 설명과 다릅니다", "ko"),
        ("Ремень Weicher Gummi-Flachriemen треснул через неделю, прошу замену", "ru"),
        ("الحزام Rubber Tie-Down Straps لم يصل حتى الآن وأريد استرجاع المبلغ", "ar"),
        ("The belt I ordered is much too short and the width is also wrong. 감사합니다", "en"),
        ("Hallo, der Riemen ist leider gerissen. Спасибо", "de"),
        ("この皮带は短すぎます", "ja"),  # kana present: Japanese, whatever the Han
    ],
)
def test_mixed_text_gives_the_dominant_language(text, language):
    assert detect(text).language == language


def test_upper_case_text():
    assert detect("WHERE IS MY ORDER").language == "en"


# ----------------------------------------------------------------------------- several messages


def test_detect_messages_agreeing():
    found = detect_messages(
        ["ok", "벨트 사이즈가 안 맞아요", "?", "교환 가능한가요? 답변 부탁드려요"]
    )
    assert found.language == "ko"
    assert found.confidence >= MIN_CONFIDENCE


def test_detect_messages_longer_ones_weigh_more():
    messages = [
        "Hello",
        "주문한 고무 벨트가 상품 설명보다 15cm나 짧아서 쓸 수가 없습니다. 교환해 주세요.",
        "Where is my refund?",
    ]
    assert detect_messages(messages).language == "ko"


def test_detect_messages_disagreeing_is_unknown():
    found = detect_messages(["Where is my parcel? It is late.", "Где моя посылка? Она опаздывает."])
    assert found.language is None
    assert found.confidence < MIN_CONFIDENCE


def test_detect_messages_nothing_to_tell():
    assert detect_messages([]) == Detection(None, 0.0)
    assert detect_messages(["ok", "?", ""]).language is None
    assert detect_messages(iter(["Где мой заказ?"])).language == "ru"


# ----------------------------------------------------------------------------- the model


def test_model_loads_once_across_threads(monkeypatch):
    loads = []
    original = LanguageIdentifier.from_model_file.__func__

    def counting(cls, *args, **kwargs):
        loads.append(threading.get_ident())
        return original(cls, *args, **kwargs)

    monkeypatch.setattr(LanguageIdentifier, "from_model_file", classmethod(counting))
    monkeypatch.setattr(langdetect, "_identifier", None)
    start = threading.Barrier(4)
    results: list[Detection] = []

    def work() -> None:
        start.wait()
        results.append(detect("Where is my parcel?"))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(loads) == 1
    assert [r.language for r in results] == ["en"] * 4
    warm_up()  # already loaded: nothing more to do
    assert len(loads) == 1


# ----------------------------------------------------------------------------- buyer_language


def _demo_cases(profile) -> dict[str, uuid.UUID]:
    seed_demo(profile)
    with profile.read() as session:
        rows = session.execute(
            select(Customer.locale, Case.id).join(Case, Case.customer_id == Customer.id)
        ).all()
    return {locale: case_id for locale, case_id in rows}


def test_buyer_language_of_the_demo_cases(profile):
    cases = _demo_cases(profile)
    assert buyer_language(profile, cases["ko-KR"]).locale == "ko-KR"  # the record keeps the region
    assert buyer_language(profile, cases["ru-RU"]).locale == "ru-RU"
    assert buyer_language(profile, cases["ar-SA"]).locale == "ar-SA"
    for locale, case_id in cases.items():
        found = buyer_language(profile, case_id)
        assert found.source == "detected"
        assert found.locale.split("-")[0] == locale.split("-")[0]
        assert found.confidence >= MIN_CONFIDENCE


def _case(profile, body=None, **fields) -> uuid.UUID:
    return create_case(profile, NewCase(subject="Belt", body=body, **fields)).case_id


def test_no_inbound_text_falls_back_to_the_customer_locale(profile):
    case_id = _case(profile, customer_name="박지우", customer_locale="ko-KR", language="en")
    assert buyer_language(profile, case_id) == BuyerLanguage("ko-KR", "customer", 1.0)


def test_only_inbound_messages_count(profile):
    case_id = _case(profile, body="ok", customer_name="Anna Schmidt", customer_locale="de-DE")
    add_reply(
        profile,
        case_id,
        "Thank you for your message, we will send a new belt today.",
        sent_at=profile.now(),
    )
    add_note(profile, case_id, "Customer asked twice already, please answer in English today.")
    assert buyer_language(profile, case_id) == BuyerLanguage("de-DE", "customer", 1.0)


def test_falls_back_to_the_case_language_then_unknown(profile):
    with_language = _case(profile, body="?", language="es")
    assert buyer_language(profile, with_language) == BuyerLanguage("es", "case", 1.0)
    nothing = _case(profile, body="ok")
    found = buyer_language(profile, nothing)
    assert (found.locale, found.source) == (None, "unknown")


def test_detected_language_wins_over_the_records(profile):
    case_id = _case(
        profile,
        body="Где мой заказ? Прошло уже две недели.",
        customer_name="Alex",
        customer_locale="en-GB",
        language="en",
    )
    found = buyer_language(profile, case_id)
    assert (found.locale, found.source) == ("ru", "detected")


def test_only_the_newest_ten_inbound_messages_count(profile, clock):
    start = clock() - dt.timedelta(days=2)
    long_english = "The belt I ordered arrived much shorter than the listing says. " * 10
    korean = "벨트가 너무 짧아요. 교환해 주세요"
    case_id = _case(profile, body=long_english, customer_locale=None, received_at=start)
    assert buyer_language(profile, case_id).locale == "en"
    for minutes in range(1, 11):
        add_message(
            profile,
            case_id,
            "inbound",
            korean,
            created_at=start + dt.timedelta(minutes=minutes),
        )
    # With the English message counted the two languages would weigh about the same.
    assert detect_messages([long_english] + [korean] * 10).language is None
    assert buyer_language(profile, case_id).locale == "ko"


def test_buyer_language_of_a_missing_case(profile):
    with pytest.raises(NotFound):
        buyer_language(profile, uuid.uuid4())


def test_a_detected_language_keeps_the_customers_region(profile):
    """A British buyer gets British dates: detection says "en", the record says "en-GB"."""
    case_id = _case(
        profile,
        body="Hello, the belt I ordered is too short. Could you help me return it please?",
        customer_name="Oliver Bennett",
        customer_locale="en-GB",
    )
    found = buyer_language(profile, case_id)
    assert (found.locale, found.source) == ("en-GB", "detected")
