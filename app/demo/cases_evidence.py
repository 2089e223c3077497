"""Scripted demo cases 1-4: the ones that come with evidence files (photos, receipt, screenshot).

1 Korean buyer, wrong size, three unanswered messages; 2 Russian buyer, cracked
belt, photo and PDF receipt; 3 Arabic buyer on amazon.sa, parcel not received,
A-to-z risk; 4 English buyer, damaged tape replaced, resolved with thanks.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from pathlib import Path

from app.demo import media
from app.demo.common import (
    SHOP,
    add_evidence,
    add_message,
    ago,
    create_case,
    day,
    local_time,
    other_agent,
    set_escalation,
    set_tags,
    update_case,
)
from app.services.cases.operations import NewCase
from app.services.cases.orders import NewItem, NewOrder
from app.services.core.profile import Profile

# --- 1 Korean, wrong size


def case1_korean_wrong_size(profile: Profile, tmp: Path) -> uuid.UUID:
    order_id = "113-4829173-5520931"
    first = ago(profile, days=4, hours=1)
    created = create_case(
        profile,
        NewCase(
            subject="주문한 고무 벨트 사이즈가 상품 설명과 다릅니다",
            body=(
                "안녕하세요.\n"
                f"주문번호 {order_id}로 소프트 고무 벨트(120cm x 25mm, 블랙)를 주문했습니다. "
                "오늘 받아서 줄자로 재 보니 둘레가 105cm 정도밖에 안 되고, 폭도 25mm가 아니라 "
                "20mm 정도입니다. 벨트에는 120x25라고 찍혀 있는데 실제 크기와 다릅니다.\n"
                "줄자 옆에 놓고 찍은 사진을 첨부합니다. "
                "맞는 사이즈로 교환하거나 반품하고 싶습니다. "
                "어떻게 하면 되는지 알려 주세요.\n감사합니다. 박지우 드림"
            ),
            customer_name="박지우",
            customer_alias="jiwoo.p",
            customer_locale="ko-KR",
            marketplace="amazon.com",
            order=NewOrder(
                external_id=order_id,
                purchased_at=ago(profile, days=16, hours=3),
                shipped_at=ago(profile, days=14, hours=6),
                delivered_on=day(profile, -10),
                estimated_delivery_min=day(profile, -11),
                estimated_delivery_max=day(profile, -9),
                fulfilment="fba",
                currency="USD",
                carrier="UPS",
                tracking_number="1Z4E29W80392715846",
                items=[
                    NewItem(
                        title="Soft Rubber Flat Belt 120 cm x 25 mm, Black, Stretch Drive Belt",
                        sku="SRB-120-25-BK",
                        category="industrial",
                        quantity=1,
                        unit_price=Decimal("18.99"),
                    )
                ],
            ),
            reason="wrong_size",
            priority="high",
            assignee=profile.agent,
            received_at=first,
        ),
    )
    taken = local_time(first - dt.timedelta(minutes=12), 9)
    photo = media.belt_with_tape_measure(tmp / f"KakaoTalk_{taken:%Y%m%d_%H%M%S}.jpg", taken)
    add_evidence(
        profile,
        created.case_id,
        photo,
        kind="photo",
        caption="Belt laid flat beside a tape measure: about 105 cm around, 20 mm wide",
        message_id=created.message_id,
    )
    add_message(
        profile,
        created.case_id,
        "inbound",
        "이틀 전에 문의드렸는데 아직 답변이 없어서 다시 연락드립니다.\n"
        "받은 벨트가 상품 설명(120cm)보다 15cm나 짧아서 쓸 수가 없습니다. "
        "사진도 보내 드렸으니 확인 부탁드립니다. 교환이 가능한지 알려 주세요.",
        author="박지우",
        created_at=ago(profile, days=2, hours=3),
    )
    add_message(
        profile,
        created.case_id,
        "inbound",
        "세 번째 메시지입니다. 4일째 아무 답이 없어서 답답합니다.\n"
        "반품 기간이 끝나기 전에 처리하고 싶습니다. 오늘 안에 답변이 없으면 "
        "아마존 고객센터에 직접 문의하겠습니다.",
        author="박지우",
        created_at=ago(profile, hours=5),
    )
    set_tags(profile, created.case_id, ["wrong-size", "repeat-contact", "photo-received"])
    # No hand-set escalation: three unanswered messages escalate it by themselves.
    return created.case_id


# --- 2 Russian, defect


def case2_russian_cracked(profile: Profile, tmp: Path) -> uuid.UUID:
    order_id = "302-7716204-9934108"
    first = ago(profile, days=3, hours=4)
    created = create_case(
        profile,
        NewCase(
            subject="Ремень треснул через неделю — прошу замену",
            body=(
                "Здравствуйте!\n"
                f"Я купил у вас мягкий резиновый ремень 80 см (заказ {order_id}). "
                "Пользовался им всего неделю на швейной машинке, и он треснул поперёк, "
                "рядом видны ещё мелкие трещины — резина как будто пересохла.\n"
                "Прикладываю фото трещины и чек. Прошу заменить ремень на новый: "
                "деньги возвращать не нужно, мне нужен рабочий ремень.\n"
                "С уважением, Алексей Воронцов"
            ),
            customer_name="Алексей Воронцов",
            customer_alias="a.vorontsov",
            customer_locale="ru-RU",
            marketplace="amazon.de",
            order=NewOrder(
                external_id=order_id,
                purchased_at=ago(profile, days=15),
                shipped_at=ago(profile, days=14, hours=2),
                delivered_on=day(profile, -12),
                estimated_delivery_min=day(profile, -13),
                estimated_delivery_max=day(profile, -11),
                fulfilment="fbm",
                currency="EUR",
                carrier="DHL",
                tracking_number="00340434161094027318",
                items=[
                    NewItem(
                        title="Weicher Gummi-Flachriemen 80 cm x 15 mm, schwarz (2er-Pack)",
                        sku="SRB-080-15-2P",
                        category="industrial",
                        quantity=1,
                        unit_price=Decimal("14.99"),
                    )
                ],
            ),
            reason="defective",
            priority="normal",
            assignee=other_agent(profile),
            received_at=first,
        ),
    )
    taken = local_time(first - dt.timedelta(hours=1), 1)
    photo = media.cracked_belt_closeup(tmp / f"IMG_{taken:%Y%m%d_%H%M%S}.jpg", taken, "+01:00")
    add_evidence(
        profile,
        created.case_id,
        photo,
        kind="photo",
        caption="Crack across the belt after one week of use",
        message_id=created.message_id,
    )
    receipt = media.receipt_pdf(tmp / f"Rechnung_{order_id}.pdf", _receipt_pages(profile, order_id))
    add_evidence(
        profile,
        created.case_id,
        receipt,
        kind="receipt",
        caption="Invoice for the order (2 pages)",
        message_id=created.message_id,
    )
    add_message(
        profile,
        created.case_id,
        "outbound",
        "Здравствуйте, Алексей!\n"
        f"Спасибо за фото и чек по заказу {order_id}. Нам очень жаль, что ремень треснул — "
        "так быть не должно. Мы бесплатно отправим вам новый ремень; старый возвращать не нужно.\n"
        "Пожалуйста, подтвердите, что адрес доставки в заказе актуален.\n"
        f"С уважением, {SHOP}",
        author=other_agent(profile),
        created_at=ago(profile, days=2, hours=20),
    )
    add_message(
        profile,
        created.case_id,
        "note",
        "Second crack report from lot B-2417 this month (same 80 cm belt). Sent the photo to the "
        "factory and asked for their QC report; replacement goes out from a different lot.",
        author=other_agent(profile),
        created_at=ago(profile, days=2, hours=19),
    )
    add_message(
        profile,
        created.case_id,
        "inbound",
        "Спасибо за быстрый ответ! Адрес тот же, что в заказе. Буду ждать замену.",
        author="Алексей Воронцов",
        created_at=ago(profile, days=1, hours=22),
    )
    update_case(profile, created.case_id, status="waiting_third_party")
    set_tags(profile, created.case_id, ["defect", "exchange", "supplier-qc"])
    set_escalation(
        profile,
        created.case_id,
        1,
        "Quality defect (belt cracked after a week): reported to the supplier",
        "supplier",
    )
    return created.case_id


def _receipt_pages(profile: Profile, order_id: str) -> list[list[tuple[str, int, bool]]]:
    ordered = day(profile, -15)
    delivered = day(profile, -12)
    first = [
        (SHOP, 26, True),
        ("Musterstrasse 12 · 10115 Berlin · USt-IdNr. DE000000000 (demo)", 12, False),
        ("", 12, False),
        ("Rechnung / Invoice", 22, True),
        (f"Rechnungsnummer\tFBS-2025-{order_id[-5:]}", 14, False),
        (f"Bestellnummer / Order\t{order_id}", 14, False),
        (f"Bestelldatum / Order date\t{ordered:%d.%m.%Y}", 14, False),
        (f"Lieferdatum / Delivered\t{delivered:%d.%m.%Y}", 14, False),
        ("Verkauft über / Sold on\tamazon.de", 14, False),
        ("", 12, False),
        ("Rechnungsadresse / Billing address", 14, True),
        ("Aleksei Vorontsov", 14, False),
        ("Beispielweg 7", 14, False),
        ("04109 Leipzig, Deutschland", 14, False),
        ("---", 0, False),
        ("Artikel / Item\tBetrag", 14, True),
        ("---", 0, False),
        ("Weicher Gummi-Flachriemen 80 cm x 15 mm, schwarz (2er-Pack)", 13, False),
        ("SKU SRB-080-15-2P   Menge 1 x 14,99 EUR\t14,99 EUR", 13, False),
        ("Versand / Shipping\t0,00 EUR", 13, False),
        ("---", 0, False),
        ("Nettobetrag\t12,60 EUR", 14, False),
        ("MwSt. 19 %\t2,39 EUR", 14, False),
        ("Gesamt / Total\t14,99 EUR", 16, True),
        ("", 12, False),
        ("Bezahlt mit Amazon Pay am Bestelltag.", 13, False),
    ]
    second = [
        ("Rückgabe und Gewährleistung / Returns and warranty", 18, True),
        ("---", 0, False),
        ("Sie können Artikel innerhalb von 30 Tagen nach Erhalt zurückgeben.", 13, False),
        ("Items can be returned within 30 days of receipt.", 13, False),
        ("", 12, False),
        ("Gesetzliche Gewährleistung: 2 Jahre ab Lieferung.", 13, False),
        ("Statutory warranty: 2 years from delivery.", 13, False),
        ("", 12, False),
        ("Bitte kontaktieren Sie uns über Ihre Bestellung bei Amazon", 13, False),
        ("(Meine Bestellungen > Verkäufer kontaktieren).", 13, False),
        ("Please contact us through your Amazon order page.", 13, False),
        ("", 12, False),
        ("Pflegehinweis: Gummiriemen nicht in direkter Sonne oder", 13, False),
        ("neben Heizkörpern lagern.", 13, False),
        ("Care: keep rubber belts out of direct sun and away from heaters.", 13, False),
        ("", 12, False),
        ("Dies ist eine Demo-Rechnung; alle Angaben sind erfunden.", 11, False),
    ]
    return [first, second]


# --- 3 Arabic, not received


def case3_arabic_not_received(profile: Profile, tmp: Path) -> uuid.UUID:
    order_id = "405-2281937-6610452"
    tracking = "QX5839201746SA"
    latest = day(profile, -5)
    out_for_delivery = ago(profile, days=8, hours=1)
    first = ago(profile, days=3, hours=2)
    created = create_case(
        profile,
        NewCase(
            subject="لم يصلني الطلب حتى الآن",
            body=(
                "السلام عليكم،\n"
                f"طلبت منكم أحزمة تثبيت مطاطية (رقم الطلب {order_id}) وكان آخر موعد متوقع "
                "للتوصيل قبل يومين، ولم يصلني شيء حتى الآن. صفحة التتبع تقول «خرج للتوصيل» "
                "منذ عدة أيام بدون أي تحديث.\n"
                "أرفقت لقطة شاشة من صفحة التتبع. أرجو إفادتي متى سيصل الطلب.\n"
                "شكراً، عبدالله"
            ),
            customer_name="عبدالله الحربي",
            customer_alias="abdullah.h",
            customer_locale="ar-SA",
            marketplace="amazon.sa",
            order=NewOrder(
                external_id=order_id,
                purchased_at=ago(profile, days=14, hours=5),
                shipped_at=ago(profile, days=12, hours=8),
                estimated_delivery_min=day(profile, -8),
                estimated_delivery_max=latest,
                fulfilment="fbm",
                currency="SAR",
                carrier="Qafila Express",
                tracking_number=tracking,
                items=[
                    NewItem(
                        title="Heavy-duty Rubber Tie-Down Straps with Hooks, 60 cm, 4-pack",
                        sku="RTS-060-4P",
                        category="automotive",
                        quantity=1,
                        unit_price=Decimal("89.00"),
                    )
                ],
            ),
            reason="not_received",
            priority="urgent",
            assignee=profile.agent,
            received_at=first,
        ),
    )
    riyadh = dt.timedelta(hours=3)

    def stamp(moment: dt.datetime) -> tuple[str, str]:
        local = moment + riyadh
        return f"{local:%d %b %Y}", f"{local:%H:%M}"

    events = [
        (*stamp(out_for_delivery), "Out for delivery"),
        (
            *stamp(out_for_delivery - dt.timedelta(hours=10, minutes=32)),
            "Arrived at delivery station, Riyadh",
        ),
        (*stamp(out_for_delivery - dt.timedelta(days=1, hours=5)), "Departed sort centre, Dammam"),
        (*stamp(ago(profile, days=12, hours=8)), "Picked up from seller"),
    ]
    stuck_day, stuck_time = stamp(out_for_delivery)
    screenshot = media.tracking_screenshot(
        tmp / "Screenshot_tracking.png",
        carrier="Qafila Express",
        tracking_number=tracking,
        events=events,
        status_line="Out for delivery",
        note=f"No update since {stuck_day}, {stuck_time}",
        clock=f"{first + riyadh:%H:%M}",
    )
    add_evidence(
        profile,
        created.case_id,
        screenshot,
        kind="screenshot",
        caption=f"Tracking page: 'Out for delivery', no update since {stuck_day}",
        message_id=created.message_id,
    )
    add_message(
        profile,
        created.case_id,
        "inbound",
        "لم أتلقَّ أي رد على رسالتي. مرّت عدة أيام على آخر موعد متوقع للتوصيل.\n"
        "إذا لم يصل الطلب أو لم تردّوا قريباً فسأفتح مطالبة ضمان من الألف إلى الياء لدى أمازون.",
        author="عبدالله الحربي",
        created_at=ago(profile, hours=20),
    )
    add_message(
        profile,
        created.case_id,
        "note",
        f"A-to-z risk: latest estimated delivery was {latest:%d %b}, 5 days ago, and tracking has "
        f"been stuck at 'Out for delivery' since {stuck_day}. The buyer can file a claim now and "
        "said he will. Opened a trace with Qafila Express; if no scan today, offer a reship or "
        "a full refund. Mind the Friday-Saturday weekend in SA: the depot does not deliver on "
        "Friday.",
        author=other_agent(profile),
        created_at=ago(profile, hours=2),
    )
    set_tags(profile, created.case_id, ["not-received", "a-to-z-risk", "carrier-trace"])
    set_escalation(
        profile,
        created.case_id,
        2,
        "Parcel lost after 'out for delivery': trace opened with the carrier; "
        "the buyer mentioned an A-to-z claim",
        "carrier",
    )
    return created.case_id


# --- 4 English, resolved


def case4_english_resolved(profile: Profile, tmp: Path) -> uuid.UUID:
    order_id = "112-6043318-2217590"
    first = ago(profile, days=21, hours=2)
    created = create_case(
        profile,
        NewCase(
            subject="Grip tape roll arrived crushed",
            body=(
                "Hi there,\n"
                f"My order {order_id} came today but the roll of anti-slip grip tape is crushed "
                "flat on one side and the edges are torn, the box was split open too. "
                "I need it for the stairs to my basement so I can't really use it like this. "
                "Could you send a new one?\nThanks, Dana"
            ),
            customer_name="Dana Whitfield",
            customer_alias="dana_w",
            customer_locale="en-US",
            marketplace="amazon.com",
            order=NewOrder(
                external_id=order_id,
                purchased_at=ago(profile, days=26),
                shipped_at=ago(profile, days=24, hours=4),
                delivered_on=day(profile, -21),
                estimated_delivery_min=day(profile, -22),
                estimated_delivery_max=day(profile, -20),
                fulfilment="fbm",
                currency="USD",
                carrier="USPS",
                tracking_number="9400111899560341198243",
                items=[
                    NewItem(
                        title="Anti-Slip Grip Tape 50 mm x 10 m, Black, Outdoor Stair Tread Tape",
                        sku="GRT-50-10-BK",
                        category="home",
                        quantity=1,
                        unit_price=Decimal("15.49"),
                    )
                ],
            ),
            reason="damaged",
            priority="low",
            assignee=other_agent(profile),
            received_at=first,
        ),
    )
    add_message(
        profile,
        created.case_id,
        "outbound",
        "Hi Dana,\n"
        f"I'm sorry the tape for order {order_id} arrived damaged. We've shipped a new roll "
        "today at no cost (USPS 9400111899560347715020), due in 3-5 days. "
        "There's no need to send the damaged one back.\n"
        f"Best regards,\n{SHOP}",
        author=other_agent(profile),
        created_at=ago(profile, days=20, hours=20),
    )
    add_message(
        profile,
        created.case_id,
        "note",
        "Replacement sent as a new FBM shipment, same SKU. Carrier damage: box split, no "
        "claim filed (value under $20).",
        author=other_agent(profile),
        created_at=ago(profile, days=20, hours=19),
    )
    thanks_at = ago(profile, days=16, hours=3)
    _, thanks_id = add_message(
        profile,
        created.case_id,
        "inbound",
        "The replacement came today and it's perfect, already on the stairs. "
        "Thank you so much for sorting this out so quickly, really appreciate it!",
        author="Dana Whitfield",
        created_at=thanks_at,
    )
    photo = media.replacement_photo(
        tmp / "IMG_4417.jpg", local_time(thanks_at - dt.timedelta(minutes=20), -5), "-05:00"
    )
    add_evidence(
        profile,
        created.case_id,
        photo,
        kind="photo",
        caption="The replacement roll, arrived in good condition",
        message_id=thanks_id,
    )
    add_message(
        profile,
        created.case_id,
        "outbound",
        "Hi Dana, great to hear the new roll arrived safely. "
        f"If anything else comes up with order {order_id}, just reply here.\n"
        f"Best regards,\n{SHOP}",
        author=other_agent(profile),
        created_at=ago(profile, days=16, hours=1),
    )
    update_case(profile, created.case_id, status="resolved")
    set_tags(profile, created.case_id, ["damaged-in-transit", "replacement-sent", "happy-buyer"])
    return created.case_id
