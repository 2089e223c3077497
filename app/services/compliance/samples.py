"""Replies the rule book is checked on when it is loaded: the scanner's fast path must find
in them what plain `re` finds (`scanning.Batch`). Taken from the corpus of forbidden replies
(tests/data/compliance/forbidden.toml), so that every language's pattern rules fire."""

from __future__ import annotations

__all__ = ["SAMPLE_REPLIES"]

SAMPLE_REPLIES: tuple[str, ...] = (
    # en-gift-card-for-review
    (
        "We'd love to hear how the ratchet strap works for you! Leave us a review and "
        "get a $10 Amazon gift card as a thank-you."
    ),
    # en-five-star-if-happy
    (
        "Your replacement belt for order 113-2207761-0045128 shipped today. If you're "
        "happy with it, please leave us a 5-star review!"
    ),
    # en-remove-product-review
    (
        "We've refunded order 114-8870215-3310942 in full. Now that it's sorted, could "
        "you please remove your 1-star review of the tie-down straps?"
    ),
    # en-cancel-return-paypal
    (
        "To save time, cancel the return in Your Orders and we'll refund you via "
        "PayPal instead; the belt is yours to keep."
    ),
    # en-whatsapp-and-number
    "Add me on WhatsApp so I can send you the fitting video: +1 415 555 0132.",
    # en-html-link-promo
    (
        "Hi Jenna, here is our full catalogue: <a "
        'href="https://beltstrap-deals.shop/sale">click here</a> for 30% off your next '
        "order."
    ),
    # en-unfilled-placeholders
    ("Dear [buyer_name], your replacement for order [order_id] is on its way with [carrier]."),
    # ko-coupon-for-review
    "리뷰를 남겨 주시면 다음 주문 때 쓰실 수 있는 5,000원 할인 쿠폰을 보내 드립니다!",
    # ko-kakaotalk
    "더 빠른 상담을 원하시면 카카오톡 오픈채팅에서 '벨트앤스트랩'을 검색해 친구 추가 부탁드립니다.",
    # ko-delete-review
    "환불 처리가 끝났으니 남겨 주신 1점 리뷰를 삭제해 주시면 정말 감사하겠습니다.",
    # ko-bank-transfer-refund
    "아마존 반품 절차가 번거로우시면 반품은 취소하시고, 저희가 계좌이체로 바로 환불해 드릴게요.",
    # ru-refund-for-five-stars
    "Если оставите отзыв на пять звёзд, вернём вам 30% стоимости ремня на карту.",
    # ru-change-review
    ("Замену мы уже отправили. Не могли бы вы теперь удалить или исправить свой отзыв о ремне?"),
    # ru-telegram-handle
    "Напишите нам в Телеграм @remni_shop, там менеджер отвечает круглосуточно.",
    # ru-promo-code
    ("Кстати, посмотрите другие наши товары: по промокоду REMNI10 скидка 10% на следующий заказ."),
    # ar-free-belt-for-five-stars
    "إذا تركت لنا تقييمًا بخمس نجوم سنرسل لك حزامًا إضافيًا مجانًا.",
    # ar-whatsapp
    "للتواصل الأسرع راسلنا على واتساب وسنرسل لك رقم التتبع الجديد.",
    # ar-delete-review
    ("تم استرداد المبلغ بالكامل، نرجو منك الآن حذف التقييم السلبي الذي كتبته عن المنتج."),
    # ar-discount-code
    ("لا تفوّت عرضنا الخاص: استخدم كود الخصم SAVE15 على طلبك القادم من منتجاتنا الأخرى."),
    # zh-cashback-for-five-stars
    "收到货后给我们五星好评，截图发给我们即可返现10元。",
    # zh-change-bad-review
    "问题已经解决了，麻烦您把之前的差评删除或者改成好评，谢谢！",
    # zh-wechat
    "您好，为了更快处理，请加我们的微信 beltshop88，我们马上给您补发。",
    # zh-alipay-refund
    "亚马逊退货太慢，您取消退货申请，我们直接用支付宝退款给您。",
    # de-refund-for-five-stars
    "Für eine 5-Sterne-Bewertung erstatten wir Ihnen 10 % des Kaufpreises.",
    # de-change-review
    (
        "Der Ersatzgurt ist unterwegs. Könnten Sie Ihre Rezension bitte entsprechend "
        "ändern oder löschen?"
    ),
    # de-whatsapp
    ("Schreiben Sie uns am besten per WhatsApp, dort können Sie auch gleich ein Video schicken."),
    # de-shop-link-voucher
    (
        "Schauen Sie doch mal in unserem Markenshop vorbei: www.gurt-und-band.de – mit "
        "dem Gutscheincode BAND15 sparen Sie bei der nächsten Bestellung."
    ),
    # es-demo-case-8-draft
    (
        "¡Hola Lucía!\nSentimos mucho lo de la correa. Te enviamos una de repuesto "
        "gratis esta semana. Y si nos dejas una reseña de 5 estrellas, te hacemos un "
        "20 % de descuento en tu próxima compra 😊\nPara ir más rápido, escríbenos por "
        "WhatsApp al +44 7700 900461 y lo gestionamos por allí.\nUn saludo,\nFlexBand "
        "Supply"
    ),
    # es-change-review
    (
        "Ya te hemos enviado la correa nueva; ¿podrías cambiar tu reseña de una "
        "estrella o eliminarla?"
    ),
    # es-send-directly-bizum
    (
        "No hace falta devolverlo por Amazon: mándanoslo directamente y te devolvemos "
        "el dinero por Bizum."
    ),
    # ja-gift-card-for-five-stars
    "星5のレビューを書いていただいた方には、Amazonギフト券500円分をプレゼントします。",
    # ja-line-official
    "今後のご連絡は公式LINE（@beltstrap）からお願いいたします。",
    # ja-delete-review
    "返金手続きが完了しましたので、低評価のレビューを削除していただけますでしょうか。",
    # ja-next-purchase-coupon
    "ご購入ありがとうございます！次回のお買い物で使える10%オフクーポンと新商品のご案内をお送りします。",
)
