# ruff: noqa: E501 - phrase pools: one believable sentence per line reads better than wrapped halves
"""Phrase pools for generated demo cases: what buyers and agents write, per language.

Buyers write about soft rubber belts, straps and tapes: sizes, defects, parcels,
refunds. Texts are short templates with `{product}`, `{size}`, `{order}` and
`{name}` slots so that search across languages finds real words. Names are
common given names and family names combined at random: nobody real is meant.
"""

from __future__ import annotations

from app.demo.phrases_base import LanguagePack
from app.demo.phrases_more import DE, ES, JA, ZH

# Reason -> which kind of reply an agent sends.
REPLY_GROUP = {
    "wrong_size": "photo",
    "not_as_described": "photo",
    "defective": "replace",
    "damaged": "replace",
    "missing_parts": "replace",
    "exchange": "replace",
    "not_received": "track",
    "late": "track",
    "refund": "refund",
    "return": "refund",
}
REASONS = tuple(REPLY_GROUP)


PRODUCT_KEYS = ("belt", "strap", "tape", "tie", "band")

KO = LanguagePack(
    code="ko",
    locales=(("ko-KR", ("amazon.com", "amazon.com", "amazon.co.jp")),),
    given=("지우", "민준", "서연", "하준", "수아", "도윤", "예린", "현우", "지민", "유진"),
    family=("김", "이", "박", "최", "정", "강", "조", "윤", "장", "한"),
    aliases=("jiwoo", "minjun", "seoyeon", "hajun", "sua", "doyoon", "yerin", "hyunwoo"),
    family_first=True,
    products={
        "belt": "고무 벨트",
        "strap": "고무 스트랩",
        "tape": "고무 테이프",
        "tie": "실리콘 케이블 타이",
        "band": "고무 밴드",
    },
    subjects={
        "wrong_size": ("사이즈가 다릅니다", "주문한 사이즈가 아니에요"),
        "not_as_described": ("상품 설명과 다른 제품", "사진과 다른 제품이 왔어요"),
        "defective": ("제품 불량 문의", "벨트가 금방 끊어졌어요"),
        "damaged": ("파손된 상태로 도착", "포장이 찢어져서 왔어요"),
        "missing_parts": ("구성품 누락", "수량이 부족합니다"),
        "not_received": ("상품을 아직 못 받았습니다", "배송 조회가 안 돼요"),
        "late": ("배송이 너무 늦어요", "언제 도착하나요?"),
        "refund": ("환불 요청", "환불은 언제 되나요?"),
        "return": ("반품하고 싶습니다", "반품 방법 문의"),
        "exchange": ("교환 요청", "다른 사이즈로 교환 가능한가요?"),
    },
    issues={
        "wrong_size": (
            "주문번호 {order}의 {product}를 받았는데 {size}가 아니라 훨씬 짧습니다. 줄자로 재 봤어요.",
            "{product} 사이즈가 상품 설명과 달라요. {size}를 주문했는데 작게 왔습니다.",
        ),
        "not_as_described": (
            "받은 {product}가 사진과 색상도 다르고 두께도 얇습니다. 주문번호는 {order}입니다.",
        ),
        "defective": (
            "{product}를 일주일 정도 썼는데 벌써 갈라지고 끊어졌습니다. 불량인 것 같아요.",
            "{product} 표면에 금이 가 있고 고무 냄새가 너무 심합니다.",
        ),
        "damaged": (
            "택배 상자가 찌그러진 채로 왔고 {product}도 찢어져 있었습니다. 사진 보내드릴게요.",
        ),
        "missing_parts": (
            "{product} 4개 세트를 주문했는데 3개만 들어 있었습니다. 주문번호 {order}.",
        ),
        "not_received": (
            "주문번호 {order} 상품이 예상 도착일이 지났는데 아직 안 왔습니다. 배송 조회도 멈춰 있어요.",
        ),
        "late": ("{product} 배송이 예정일보다 일주일이나 늦어지고 있습니다. 언제 받을 수 있나요?",),
        "refund": ("반품한 {product}가 도착했다고 나오는데 아직 환불이 안 됐습니다.",),
        "return": (
            "{product}가 생각보다 딱딱해서 반품하고 싶습니다. 반품 라벨을 보내 주실 수 있나요?",
        ),
        "exchange": ("{product}를 {size}로 교환하고 싶습니다. 차액이 있으면 알려 주세요.",),
    },
    followups=(
        "아직 답변을 못 받았습니다. 확인 부탁드립니다.",
        "다시 문의드립니다. 빠른 답변 부탁드려요.",
        "사진을 추가로 첨부합니다. 처리 상황을 알려 주세요.",
    ),
    thanks=(
        "새 제품 잘 받았습니다. 빠르게 처리해 주셔서 감사합니다!",
        "환불 확인했습니다. 감사합니다.",
    ),
    replies={
        "photo": (
            "안녕하세요 {name}님, 불편을 드려 죄송합니다. 줄자와 함께 찍은 사진을 보내 주시면 바로 확인하겠습니다.",
        ),
        "replace": (
            "안녕하세요 {name}님, 죄송합니다. 새 {product}를 무료로 다시 보내 드리겠습니다. 기존 제품은 반송하지 않으셔도 됩니다.",
        ),
        "track": (
            "안녕하세요 {name}님, 택배사에 배송 조회를 요청했습니다. 하루 이틀 안에 소식이 없으면 재발송이나 환불해 드리겠습니다.",
        ),
        "refund": (
            "안녕하세요 {name}님, 주문 {order}의 환불을 처리했습니다. 카드사에 따라 3~5일 정도 걸릴 수 있습니다.",
        ),
    },
)

RU = LanguagePack(
    code="ru",
    locales=(("ru-RU", ("amazon.de", "amazon.com", "amazon.de", "amazon.pl")),),
    given=("Алексей", "Мария", "Дмитрий", "Анна", "Сергей", "Екатерина", "Иван", "Ольга"),
    family=("Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Новиков", "Морозов", "Волков"),
    aliases=("alex", "masha", "dima", "anna", "sergey", "katya", "ivan", "olga"),
    family_first=False,
    products={
        "belt": "резиновый ремень",
        "strap": "резиновый ремешок",
        "tape": "резиновая лента",
        "tie": "силиконовая стяжка",
        "band": "резиновый жгут",
    },
    subjects={
        "wrong_size": ("Не тот размер", "Размер не совпадает с описанием"),
        "not_as_described": ("Товар не соответствует описанию",),
        "defective": ("Брак товара", "Ремень треснул"),
        "damaged": ("Товар пришёл повреждённым",),
        "missing_parts": ("Не хватает товара в посылке",),
        "not_received": ("Посылка не пришла", "Где мой заказ?"),
        "late": ("Задержка доставки",),
        "refund": ("Возврат денег",),
        "return": ("Хочу вернуть товар",),
        "exchange": ("Обмен на другой размер",),
    },
    issues={
        "wrong_size": (
            "Заказал {product} {size}, а пришёл короче — измерил рулеткой. Заказ {order}.",
            "Размер не совпадает с описанием: вместо {size} примерно на 10 см меньше.",
        ),
        "not_as_described": (
            "{product} тоньше и другого цвета, чем на фото. Номер заказа {order}.",
        ),
        "defective": (
            "{product} треснул уже через неделю использования. Похоже на брак.",
            "На поверхности трещины, резина сильно пахнет. Это явно брак.",
        ),
        "damaged": ("Коробка пришла смятой, {product} порван. Фото приложу.",),
        "missing_parts": ("В наборе должно быть 4 штуки, а пришло только 3. Заказ {order}.",),
        "not_received": (
            "Срок доставки заказа {order} прошёл, а посылки нет. Трекинг не обновляется.",
        ),
        "late": ("Доставка задерживается уже на неделю. Когда придёт {product}?",),
        "refund": ("Вернул {product}, возврат получен, но деньги так и не пришли.",),
        "return": (
            "{product} оказался слишком жёстким, хочу вернуть. Пришлите, пожалуйста, этикетку.",
        ),
        "exchange": ("Можно обменять {product} на размер {size}?",),
    },
    followups=(
        "Ответа пока нет. Пожалуйста, проверьте мою заявку.",
        "Пишу повторно, жду ответа.",
        "Прикладываю ещё фото. Что с моей заявкой?",
    ),
    thanks=("Замену получил, всё отлично. Спасибо!", "Деньги пришли, спасибо за помощь."),
    replies={
        "photo": (
            "Здравствуйте, {name}! Пришлите, пожалуйста, фото товара рядом с рулеткой — мы сразу проверим.",
        ),
        "replace": (
            "Здравствуйте, {name}! Извините за неудобства. Мы бесплатно отправим новый товар, старый возвращать не нужно.",
        ),
        "track": (
            "Здравствуйте, {name}! Мы запросили у перевозчика розыск посылки. Если новостей не будет, отправим заказ повторно или вернём деньги.",
        ),
        "refund": (
            "Здравствуйте, {name}! Возврат по заказу {order} оформлен, деньги поступят в течение 3–5 дней.",
        ),
    },
)

AR = LanguagePack(
    code="ar",
    locales=(("ar-SA", ("amazon.sa", "amazon.sa", "amazon.ae")), ("ar-AE", ("amazon.ae",))),
    given=("محمد", "فاطمة", "عبدالله", "نورة", "خالد", "سارة", "فهد", "ريم"),
    family=("العتيبي", "القحطاني", "الشمري", "الدوسري", "المطيري", "الزهراني", "الغامدي"),
    aliases=("mohammed", "fatimah", "abdullah", "noura", "khalid", "sara", "fahad", "reem"),
    family_first=False,
    products={
        "belt": "حزام مطاطي",
        "strap": "حزام تثبيت مطاطي",
        "tape": "شريط مطاطي",
        "tie": "رباط كابلات سيليكون",
        "band": "رباط مطاطي",
    },
    subjects={
        "wrong_size": ("المقاس غير صحيح",),
        "not_as_described": ("المنتج مختلف عن الوصف",),
        "defective": ("المنتج معيب", "الحزام تشقق"),
        "damaged": ("وصل المنتج تالفاً",),
        "missing_parts": ("نقص في الطلب",),
        "not_received": ("لم يصلني الطلب", "أين طلبي؟"),
        "late": ("تأخر التوصيل",),
        "refund": ("طلب استرداد المبلغ",),
        "return": ("أريد إرجاع المنتج",),
        "exchange": ("استبدال بمقاس آخر",),
    },
    issues={
        "wrong_size": (
            "طلبت {product} بمقاس {size} لكن الذي وصل أقصر، قسته بالمتر. رقم الطلب {order}.",
        ),
        "not_as_described": ("{product} الذي وصلني أرق ولونه مختلف عن الصورة.",),
        "defective": (
            "{product} تشقق بعد أسبوع واحد فقط من الاستخدام.",
            "يوجد شقوق في {product} ورائحة المطاط قوية جداً.",
        ),
        "damaged": ("وصل الصندوق مضغوطاً و{product} ممزق. سأرسل الصور.",),
        "missing_parts": ("طلبت مجموعة من ٤ قطع لكن وصلتني ٣ فقط. رقم الطلب {order}.",),
        "not_received": (
            "تجاوز الطلب {order} موعد التوصيل المتوقع ولم يصل بعد، والتتبع لا يتحدث.",
        ),
        "late": ("التوصيل متأخر أسبوعاً كاملاً. متى سيصل {product}؟",),
        "refund": ("أرجعت {product} ووصل الإرجاع لكن لم يتم استرداد المبلغ حتى الآن.",),
        "return": ("أريد إرجاع {product} لأنه أقسى مما توقعت. هل يمكن إرسال ملصق الإرجاع؟",),
        "exchange": ("هل يمكن استبدال {product} بمقاس {size}؟",),
    },
    followups=(
        "لم يصلني أي رد حتى الآن، أرجو المتابعة.",
        "أكرر طلبي، أرجو الرد في أقرب وقت.",
    ),
    thanks=("وصلني البديل وهو ممتاز، شكراً جزيلاً!", "تم استرداد المبلغ، شكراً لكم."),
    replies={
        "photo": (
            "مرحباً {name}، نعتذر عن الإزعاج. أرسل لنا صورة للمنتج بجانب المتر وسنراجعها فوراً.",
        ),
        "replace": (
            "مرحباً {name}، نعتذر عن ذلك. سنرسل لك {product} جديداً مجاناً، ولا حاجة لإرجاع القديم.",
        ),
        "track": (
            "مرحباً {name}، طلبنا من شركة الشحن تتبع الشحنة. إذا لم يصل خلال يومين سنعيد الإرسال أو نسترد المبلغ.",
        ),
        "refund": ("مرحباً {name}، تم استرداد مبلغ الطلب {order}، وسيظهر خلال ٣ إلى ٥ أيام.",),
    },
)

EN = LanguagePack(
    code="en",
    locales=(
        ("en-US", ("amazon.com", "amazon.com", "amazon.com", "amazon.ca")),
        ("en-GB", ("amazon.co.uk",)),
        ("en-IN", ("amazon.in",)),
    ),
    given=("Emma", "James", "Olivia", "Noah", "Ava", "Liam", "Grace", "Ethan", "Chloe", "Ryan"),
    family=("Miller", "Hughes", "Carter", "Bennett", "Foster", "Reed", "Hayes", "Porter", "Walsh"),
    aliases=("emma", "jim", "liv", "noah", "ava", "liam", "grace", "ethan", "chloe", "ryan"),
    family_first=False,
    products={
        "belt": "rubber belt",
        "strap": "rubber strap",
        "tape": "rubber tape",
        "tie": "silicone cable tie",
        "band": "rubber band",
    },
    subjects={
        "wrong_size": ("Wrong size", "Belt is shorter than listed"),
        "not_as_described": ("Not as described", "Item doesn't match the photos"),
        "defective": ("Defective item", "Belt cracked after a week"),
        "damaged": ("Arrived damaged",),
        "missing_parts": ("Missing items in the pack",),
        "not_received": ("Order not received", "Where is my parcel?"),
        "late": ("Delivery is late",),
        "refund": ("Refund not received",),
        "return": ("Return request",),
        "exchange": ("Exchange for a different size",),
    },
    issues={
        "wrong_size": (
            "I ordered the {product} in {size} but it measures a good 10 cm shorter with a tape measure. Order {order}.",
            "The size is wrong: the listing says {size}, the {product} I got is clearly smaller.",
        ),
        "not_as_described": (
            "The {product} is thinner and a different colour than in the photos. Order {order}.",
        ),
        "defective": (
            "The {product} cracked after just a week of light use. Looks like a bad batch.",
            "There are hairline cracks all over the {product} and it smells very strongly of rubber.",
        ),
        "damaged": (
            "The box arrived crushed and the {product} inside is torn. I can send photos.",
        ),
        "missing_parts": (
            "The pack should have 4 pieces but there were only 3 in the bag. Order {order}.",
        ),
        "not_received": (
            "Order {order} is past the delivery date and still hasn't arrived. Tracking hasn't moved in days.",
        ),
        "late": ("My {product} is a week late now. When can I expect it?",),
        "refund": (
            "I sent the {product} back and the return shows as received, but no refund yet.",
        ),
        "return": (
            "The {product} is stiffer than I expected so I'd like to return it. Can you send a return label?",
        ),
        "exchange": ("Could I exchange the {product} for the {size} one?",),
    },
    followups=(
        "Still waiting to hear back on this, please.",
        "Writing again as I haven't had a reply.",
        "Attached another photo. Any update?",
    ),
    thanks=(
        "Replacement arrived and it's spot on, thanks a lot!",
        "Refund came through, thank you for the help.",
    ),
    replies={
        "photo": (
            "Hi {name}, sorry about this. Could you send a photo of the {product} next to a tape measure? We'll sort it out straight away.",
        ),
        "replace": (
            "Hi {name}, sorry for the trouble. We're sending a new {product} free of charge; no need to return the old one.",
        ),
        "track": (
            "Hi {name}, we've asked the carrier to trace the parcel. If there's no scan in two days we'll reship or refund you.",
        ),
        "refund": (
            "Hi {name}, we've refunded order {order}; it can take 3-5 days to show on your statement.",
        ),
    },
)

LANGUAGES: tuple[LanguagePack, ...] = (KO, RU, AR, EN, ZH, DE, JA, ES)
# How often each language turns up, roughly as a small shop selling worldwide sees it.
LANGUAGE_WEIGHTS: tuple[int, ...] = (10, 8, 8, 30, 10, 16, 8, 10)

NOTES = (
    "Asked the buyer for a photo with a tape measure; listing says {size}.",
    "Checked the batch: lot B-{lot} had two other complaints this month.",
    "Carrier trace opened, reference TR-{lot}.",
    "Refund issued in Seller Central, full amount.",
    "Replacement shipped from the same SKU, different lot.",
    "Buyer is a repeat customer, be generous.",
    "Return label sent through the marketplace.",
    "Listing size chart looks wrong for this SKU: flagged to the owner.",
    "No response needed: buyer only confirmed receipt.",
)

ESCALATION_REASONS = {
    "repeat": "Buyer wrote {n} times with no answer",
    "a_to_z": "A-to-z risk: not received after the latest estimated delivery date",
    "safety": "Quality complaint: belt snapped during use, possible safety issue",
    "value": "High-value order",
    "manual": "Escalated to the shop owner by an agent",
}

# SKU, title, category, price in USD, product key, listed size.
CATALOGUE: tuple[tuple[str, str, str, str, str, str], ...] = (
    (
        "SRB-120-25-BK",
        "Soft Rubber Flat Belt 120 cm x 25 mm, Black",
        "industrial",
        "18.99",
        "belt",
        "120 cm",
    ),
    (
        "SRB-080-15-2P",
        "Soft Rubber Flat Belt 80 cm x 15 mm, 2-pack",
        "industrial",
        "14.99",
        "belt",
        "80 cm",
    ),
    (
        "SRB-060-10-2P",
        "Soft Rubber Belt for Sewing Machines 60 cm, 2-pack",
        "industrial",
        "11.49",
        "belt",
        "60 cm",
    ),
    (
        "SRB-200-30-BK",
        "Stretch Rubber Drive Belt 200 cm x 30 mm",
        "industrial",
        "24.90",
        "belt",
        "200 cm",
    ),
    (
        "RTS-060-4P",
        "Rubber Tie-Down Straps with Hooks 60 cm, 4-pack",
        "automotive",
        "21.99",
        "strap",
        "60 cm",
    ),
    (
        "RTS-080-4P",
        "Rubber Tie-Down Straps with Hooks 80 cm, 4-pack",
        "automotive",
        "23.99",
        "strap",
        "80 cm",
    ),
    (
        "RTS-045-10P",
        "Short Rubber Straps 45 cm for Tarps, 10-pack",
        "automotive",
        "19.49",
        "strap",
        "45 cm",
    ),
    ("GRT-50-10-BK", "Anti-Slip Grip Tape 50 mm x 10 m, Black", "home", "15.49", "tape", "50 mm"),
    (
        "SFT-25-3-2R",
        "Self-Fusing Rubber Sealing Tape 25 mm x 3 m, 2 Rolls",
        "home",
        "9.99",
        "tape",
        "25 mm",
    ),
    ("EPT-19-5-BK", "EPDM Rubber Insulating Tape 19 mm x 5 m", "home", "7.49", "tape", "19 mm"),
    (
        "SCT-150-20",
        "Reusable Silicone Cable Ties 15 cm, 20-pack",
        "electronics",
        "8.49",
        "tie",
        "15 cm",
    ),
    (
        "SCT-220-10",
        "Silicone Cable Straps 22 cm for Chargers, 10-pack",
        "electronics",
        "9.99",
        "tie",
        "22 cm",
    ),
    ("RBD-100-50", "Heavy-duty Rubber Bands 100 mm, 50 pieces", "office", "6.99", "band", "100 mm"),
    (
        "RBD-GYM-3",
        "Soft Latex-free Rubber Resistance Bands, 3 strengths",
        "sports",
        "17.99",
        "band",
        "150 cm",
    ),
)

OTHER_SIZES = ("100 cm", "90 cm", "150 cm", "30 mm", "20 mm", "180 cm", "70 cm")
