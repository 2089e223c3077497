"""Scripted demo cases 5-8: questions, returns and a reply that must not go out.

5 Chinese buyer asking about handling time in the holiday peak; 6 German buyer,
electronics accessory, the 14-day return window; 7 Japanese buyer who cannot
sign in (only the marketplace can help); 8 Spanish buyer, with a draft reply
that breaks the marketplace's rules (a discount for a 5-star review, WhatsApp).
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path

from app.demo.common import (
    SHOP,
    add_message,
    ago,
    create_case,
    day,
    other_agent,
    set_tags,
    update_case,
)
from app.services.cases.operations import NewCase
from app.services.cases.orders import NewItem, NewOrder
from app.services.core.profile import Profile

# --- 5 Chinese, handling time


def case5_chinese_handling_time(profile: Profile, tmp: Path) -> uuid.UUID:
    order_id = "114-9372045-1186623"
    first = ago(profile, hours=30)
    created = create_case(
        profile,
        NewCase(
            subject="节日高峰期发货需要多久？",
            body=(
                "您好！\n"
                f"我昨天下了订单（{order_id}），买了两卷橡胶密封胶带，想在节日前送给家人。"
                "现在是购物高峰期，你们一般需要多长时间处理订单和发货？"
                "页面上显示的预计送达时间还准确吗？\n谢谢！"
            ),
            customer_name="王丽娜",
            customer_alias="lina.w",
            customer_locale="zh-CN",
            marketplace="amazon.com",
            order=NewOrder(
                external_id=order_id,
                purchased_at=ago(profile, days=2, hours=2),
                estimated_delivery_min=day(profile, 4),
                estimated_delivery_max=day(profile, 9),
                fulfilment="fbm",
                currency="USD",
                items=[
                    NewItem(
                        title="Self-Fusing Rubber Sealing Tape 25 mm x 3 m, Waterproof, 2 Rolls",
                        sku="SFT-25-3-2R",
                        category="home",
                        quantity=2,
                        unit_price=Decimal("9.99"),
                    )
                ],
            ),
            reason="late",
            priority="normal",
            assignee=profile.agent,
            received_at=first,
        ),
    )
    earliest, latest = day(profile, 4), day(profile, 9)
    add_message(
        profile,
        created.case_id,
        "outbound",
        "您好！\n"
        f"感谢您的订单（{order_id}）。我们通常在1-3个工作日内处理并发货；"
        "节日高峰期订单较多，可能会稍微延长一两天。"
        f"您的订单预计在{earliest.month}月{earliest.day}日至{latest.month}月{latest.day}日之间送达，"
        "发货后您可以在订单页面查看物流信息。\n"
        f"祝您节日愉快！\n{SHOP}",
        author=profile.agent,
        created_at=ago(profile, hours=27),
        template_key="handling_time_peak",
    )
    update_case(profile, created.case_id, status="waiting_customer")
    set_tags(profile, created.case_id, ["handling-time", "peak-season"])
    return created.case_id


# --- 6 German, electronics


def case6_german_electronics(profile: Profile, tmp: Path) -> uuid.UUID:
    order_id = "304-5518820-4471936"
    created = create_case(
        profile,
        NewCase(
            subject="Rücksendung Kabelbinder – gilt die 14-Tage-Frist?",
            body=(
                "Hallo,\n"
                f"ich habe am {day(profile, -6):%d.%m.} die Silikon-Kabelbinder erhalten "
                f"(Bestellung {order_id}). Leider sind sie für die Kabel hinter meinem "
                "Schreibtisch zu kurz: um das Monitor- und das Netzteilkabel zusammen passen "
                "sie nicht herum.\n"
                "Ich möchte sie zurückschicken. Ich habe gelesen, dass bei Elektronikzubehör nur "
                "14 Tage Rückgabe gelten – bis wann muss das Paket bei Ihnen sein?\n"
                "Viele Grüße\nJonas Bergmann"
            ),
            customer_name="Jonas Bergmann",
            customer_alias="jbergmann",
            customer_locale="de-DE",
            marketplace="amazon.de",
            order=NewOrder(
                external_id=order_id,
                purchased_at=ago(profile, days=9, hours=6),
                shipped_at=ago(profile, days=8, hours=3),
                delivered_on=day(profile, -6),
                estimated_delivery_min=day(profile, -7),
                estimated_delivery_max=day(profile, -5),
                fulfilment="fba",
                currency="EUR",
                carrier="DHL",
                tracking_number="00340434161094551870",
                items=[
                    NewItem(
                        title="Silikon-Kabelbinder wiederverwendbar, 15 cm, 20 Stück, "
                        "Kabelmanagement für Ladekabel und Kopfhörer",
                        sku="SCT-150-20",
                        category="electronics",
                        quantity=1,
                        unit_price=Decimal("8.49"),
                    )
                ],
            ),
            reason="return",
            priority="normal",
            assignee=other_agent(profile),
            received_at=ago(profile, hours=19),
        ),
    )
    set_tags(profile, created.case_id, ["return", "14-day-window"])
    return created.case_id


# --- 7 Japanese, account access


def case7_japanese_account(profile: Profile, tmp: Path) -> uuid.UUID:
    order_id = "503-8862017-3390415"
    created = create_case(
        profile,
        NewCase(
            subject="アカウントにログインできません",
            body=(
                "お世話になっております。\n"
                "Amazonのアカウントにログインできなくなりました。パスワードを再設定しようとしても、"
                "確認コードのSMSが届きません。先週注文したゴムベルト"
                f"（注文番号 {order_id}）の配送状況を確認したいのですが、"
                "そちらでログインできるようにしていただけますか。\n"
                "佐藤 花"
            ),
            customer_name="佐藤 花",
            customer_email="hana.sato@example.com",
            customer_locale="ja-JP",
            marketplace="amazon.co.jp",
            channel="email",
            order=NewOrder(
                external_id=order_id,
                purchased_at=ago(profile, days=7, hours=4),
                shipped_at=ago(profile, days=5, hours=9),
                estimated_delivery_min=day(profile, -1),
                estimated_delivery_max=day(profile, 1),
                fulfilment="fba",
                currency="JPY",
                carrier="Yamato Transport",
                tracking_number="4793-1846-2205",
                items=[
                    NewItem(
                        title="やわらかゴム平ベルト 60cm 幅10mm 黒 2本入り",
                        sku="SRB-060-10-2P",
                        category="industrial",
                        quantity=1,
                        unit_price=Decimal("1280"),
                    )
                ],
            ),
            reason="account_access",
            priority="low",
            assignee=profile.agent,
            received_at=ago(profile, days=1, hours=6),
        ),
    )
    add_message(
        profile,
        created.case_id,
        "note",
        "Account access: only Amazon can help with sign-in and SMS codes; we must not ask for "
        "her password or codes. Point her to Amazon's help and give the shipping status.",
        author=profile.agent,
        created_at=ago(profile, days=1, hours=3),
    )
    add_message(
        profile,
        created.case_id,
        "outbound",
        "佐藤様\n"
        "お問い合わせありがとうございます。大変申し訳ございませんが、Amazonアカウントへのログインや"
        "確認コードについては、当店では対応することができません。"
        "Amazon.co.jpのヘルプページ「サインインできない場合」から、"
        "Amazonカスタマーサービスへお問い合わせください。\n"
        f"なお、ご注文（{order_id}）は{day(profile, -5).month}月{day(profile, -5).day}日に"
        "ヤマト運輸で発送済みで、明日までにお届け予定です。\n"
        f"{SHOP}",
        author=profile.agent,
        created_at=ago(profile, days=1, hours=2),
    )
    update_case(profile, created.case_id, status="waiting_customer")
    set_tags(profile, created.case_id, ["account-access", "marketplace-help"])
    return created.case_id


# --- 8 Spanish, bad draft


def case8_spanish_bad_draft(profile: Profile, tmp: Path) -> uuid.UUID:
    order_id = "171-3305982-7740216"
    created = create_case(
        profile,
        NewCase(
            subject="Una de las correas vino más corta",
            body=(
                "Hola,\n"
                f"he recibido las correas elásticas de goma (pedido {order_id}). "
                "Tres están bien, pero una mide unos 5 cm menos que las otras y no llega a "
                "cerrar el gancho en la baca del coche.\n"
                "¿Me podéis enviar una de repuesto?\nGracias,\nLucía Romero"
            ),
            customer_name="Lucía Romero",
            customer_alias="lucia.rm",
            customer_locale="es-ES",
            marketplace="amazon.es",
            order=NewOrder(
                external_id=order_id,
                purchased_at=ago(profile, days=8),
                shipped_at=ago(profile, days=7, hours=5),
                delivered_on=day(profile, -4),
                estimated_delivery_min=day(profile, -5),
                estimated_delivery_max=day(profile, -3),
                fulfilment="fbm",
                currency="EUR",
                carrier="Correos Express",
                tracking_number="PQ7C4X0451289230108001Y",
                items=[
                    NewItem(
                        title="Pulpos elásticos de goma con ganchos, 80 cm, 4 unidades",
                        sku="RTS-080-4P",
                        category="automotive",
                        quantity=1,
                        unit_price=Decimal("16.95"),
                    )
                ],
            ),
            reason="defective",
            priority="normal",
            assignee=other_agent(profile),
            received_at=ago(profile, hours=28),
        ),
    )
    add_message(
        profile,
        created.case_id,
        "outbound",
        "¡Hola Lucía!\n"
        "Sentimos mucho lo de la correa. Te enviamos una de repuesto gratis esta semana. "
        "Y si nos dejas una reseña de 5 estrellas, te hacemos un 20 % de descuento en tu "
        "próxima compra 😊\n"
        "Para ir más rápido, escríbenos por WhatsApp al +44 7700 900461 y lo gestionamos "
        "por allí.\n"
        f"Un saludo,\n{SHOP}",
        author=other_agent(profile),
        created_at=ago(profile, hours=3),
        draft=True,
    )
    add_message(
        profile,
        created.case_id,
        "note",
        "Draft from the new-starter template: please check it before it goes out.",
        author=other_agent(profile),
        created_at=ago(profile, hours=3),
    )
    update_case(profile, created.case_id, status="open")
    set_tags(profile, created.case_id, ["defect", "replacement", "draft-review"])
    return created.case_id
