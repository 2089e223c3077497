"""Phrase pools of the generated demo cases: Chinese, German, Japanese and Spanish.

The Korean, Russian, Arabic and English pools, the shared vocabulary and the
catalogue are in `phrases`; this file only keeps that one below 600 lines.
"""

# ruff: noqa: E501 - one sentence a line reads best for translators

from __future__ import annotations

from app.demo.phrases_base import LanguagePack

ZH = LanguagePack(
    code="zh",
    locales=(("zh-CN", ("amazon.com", "amazon.co.uk", "amazon.de", "amazon.co.jp")),),
    given=("伟", "芳", "娜", "敏", "静", "磊", "洋", "丽", "强", "婷"),
    family=("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"),
    aliases=("wei", "fang", "na", "min", "jing", "lei", "yang", "li"),
    family_first=True,
    products={
        "belt": "橡胶皮带",
        "strap": "橡胶绑带",
        "tape": "橡胶胶带",
        "tie": "硅胶扎带",
        "band": "橡皮筋",
    },
    subjects={
        "wrong_size": ("尺寸不对", "收到的尺寸和描述不一样"),
        "not_as_described": ("商品与描述不符",),
        "defective": ("质量问题", "皮带用了一周就裂了"),
        "damaged": ("商品到货时已损坏",),
        "missing_parts": ("数量不够",),
        "not_received": ("还没收到货", "我的包裹在哪里？"),
        "late": ("物流太慢了",),
        "refund": ("退款还没到账",),
        "return": ("申请退货",),
        "exchange": ("想换一个尺寸",),
    },
    issues={
        "wrong_size": (
            "我买的{product}是{size}的，用卷尺量了一下短了差不多10厘米。订单号{order}。",
        ),
        "not_as_described": ("收到的{product}比图片上薄，颜色也不一样。",),
        "defective": (
            "{product}才用了一个星期就裂开了，应该是质量问题。",
            "{product}表面有很多细小裂纹，橡胶味很重。",
        ),
        "damaged": ("快递箱被压扁了，里面的{product}也破了，我可以发照片。",),
        "missing_parts": ("应该是4个一套，但只收到3个。订单号{order}。",),
        "not_received": ("订单{order}已经过了预计送达日期还没收到，物流信息好几天没更新了。",),
        "late": ("{product}已经晚了一个星期，什么时候能到？",),
        "refund": ("{product}已经退回并签收了，但是退款还没到账。",),
        "return": ("{product}比我想象的硬，想退货，可以发退货标签吗？",),
        "exchange": ("可以把{product}换成{size}的吗？",),
    },
    followups=("还没有收到回复，请尽快处理。", "再次联系你们，请回复一下。"),
    thanks=("新的已经收到了，质量很好，谢谢！", "退款已经到账了，谢谢帮忙。"),
    replies={
        "photo": (
            "{name}您好，很抱歉给您带来不便。请发一张{product}和卷尺放在一起的照片，我们马上核实。",
        ),
        "replace": ("{name}您好，非常抱歉。我们会免费给您重新寄一个新的{product}，旧的不用退回。",),
        "track": (
            "{name}您好，我们已经请快递公司查询包裹。如果两天内没有更新，我们会重新发货或退款。",
        ),
        "refund": ("{name}您好，订单{order}的退款已经处理，一般3-5天到账。",),
    },
)

DE = LanguagePack(
    code="de",
    locales=(("de-DE", ("amazon.de",)), ("de-AT", ("amazon.de",))),
    given=("Lukas", "Anna", "Felix", "Sophie", "Paul", "Lea", "Jan", "Marie", "Tim", "Laura"),
    family=("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann"),
    aliases=("lukas", "anna", "felix", "sophie", "paul", "lea", "jan", "marie"),
    family_first=False,
    products={
        "belt": "Gummiriemen",
        "strap": "Gummispannband",
        "tape": "Gummiband-Klebeband",
        "tie": "Silikon-Kabelbinder",
        "band": "Gummiband",
    },
    subjects={
        "wrong_size": ("Falsche Größe", "Riemen kürzer als angegeben"),
        "not_as_described": ("Artikel entspricht nicht der Beschreibung",),
        "defective": ("Defekter Artikel", "Riemen nach einer Woche gerissen"),
        "damaged": ("Ware beschädigt angekommen",),
        "missing_parts": ("Teile fehlen",),
        "not_received": ("Bestellung nicht angekommen", "Wo bleibt mein Paket?"),
        "late": ("Lieferung verspätet",),
        "refund": ("Erstattung fehlt",),
        "return": ("Rücksendung",),
        "exchange": ("Umtausch in andere Größe",),
    },
    issues={
        "wrong_size": (
            "Ich habe den {product} in {size} bestellt, er ist aber gut 10 cm kürzer – mit dem Maßband nachgemessen. Bestellung {order}.",
            "Die Größe stimmt nicht: laut Angebot {size}, geliefert wurde deutlich kleiner.",
        ),
        "not_as_described": (
            "Der {product} ist dünner und hat eine andere Farbe als auf den Fotos.",
        ),
        "defective": (
            "Der {product} ist nach einer Woche gerissen. Das sieht nach einem Materialfehler aus.",
            "Der {product} hat feine Risse und riecht sehr stark nach Gummi.",
        ),
        "damaged": (
            "Der Karton kam zerdrückt an und der {product} ist eingerissen. Fotos kann ich schicken.",
        ),
        "missing_parts": (
            "Im Set sollten 4 Stück sein, es waren aber nur 3 drin. Bestellung {order}.",
        ),
        "not_received": (
            "Die Bestellung {order} ist über dem Liefertermin und noch nicht da. Die Sendungsverfolgung steht seit Tagen still.",
        ),
        "late": ("Mein {product} ist schon eine Woche überfällig. Wann kommt er?",),
        "refund": (
            "Ich habe den {product} zurückgeschickt, die Rücksendung ist angekommen, aber noch keine Erstattung.",
        ),
        "return": (
            "Der {product} ist härter als gedacht, ich möchte ihn zurückgeben. Können Sie mir ein Rücksendeetikett schicken?",
        ),
        "exchange": ("Kann ich den {product} gegen {size} umtauschen?",),
    },
    followups=(
        "Ich habe noch keine Antwort erhalten, bitte melden Sie sich.",
        "Ich schreibe erneut, da noch nichts passiert ist.",
    ),
    thanks=(
        "Der Ersatz ist angekommen und passt perfekt, vielen Dank!",
        "Die Erstattung ist da, danke für die schnelle Hilfe.",
    ),
    replies={
        "photo": (
            "Hallo {name}, das tut uns leid. Schicken Sie uns bitte ein Foto des {product} neben einem Maßband, dann klären wir das sofort.",
        ),
        "replace": (
            "Hallo {name}, entschuldigen Sie bitte. Wir schicken Ihnen kostenlos einen neuen {product}; den alten müssen Sie nicht zurücksenden.",
        ),
        "track": (
            "Hallo {name}, wir haben beim Versanddienst einen Nachforschungsauftrag gestellt. Ohne neuen Scan in zwei Tagen senden wir neu oder erstatten.",
        ),
        "refund": (
            "Hallo {name}, die Bestellung {order} ist erstattet; es kann 3–5 Tage dauern, bis Sie den Betrag sehen.",
        ),
    },
)

JA = LanguagePack(
    code="ja",
    locales=(("ja-JP", ("amazon.co.jp",)),),
    given=("翔", "陽菜", "蓮", "結衣", "大輝", "美咲", "悠斗", "花"),
    family=("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村"),
    aliases=("sho", "hina", "ren", "yui", "daiki", "misaki", "yuto", "hana"),
    family_first=True,
    products={
        "belt": "ゴムベルト",
        "strap": "ゴムストラップ",
        "tape": "ゴムテープ",
        "tie": "シリコン結束バンド",
        "band": "輪ゴム",
    },
    subjects={
        "wrong_size": ("サイズが違います", "ベルトが表示より短い"),
        "not_as_described": ("商品説明と違う",),
        "defective": ("不良品について", "ベルトが一週間で割れました"),
        "damaged": ("商品が破損して届きました",),
        "missing_parts": ("数量が足りません",),
        "not_received": ("商品が届きません", "荷物はどこですか"),
        "late": ("配送が遅れています",),
        "refund": ("返金について",),
        "return": ("返品したい",),
        "exchange": ("別のサイズに交換希望",),
    },
    issues={
        "wrong_size": (
            "{size}の{product}を注文しましたが、メジャーで測ると10cmほど短いです。注文番号{order}。",
        ),
        "not_as_described": ("届いた{product}は写真より薄く、色も違います。",),
        "defective": (
            "{product}が一週間使っただけでひび割れました。不良品だと思います。",
            "{product}の表面に細かいひびがあり、ゴムの臭いがとても強いです。",
        ),
        "damaged": ("箱がつぶれて届き、中の{product}も破れていました。写真を送ります。",),
        "missing_parts": ("4本セットのはずが3本しか入っていませんでした。注文番号{order}。",),
        "not_received": (
            "注文{order}がお届け予定日を過ぎても届きません。追跡も数日更新されていません。",
        ),
        "late": ("{product}の配送が一週間遅れています。いつ届きますか。",),
        "refund": ("{product}を返品し、受領済みになっていますが、まだ返金されていません。",),
        "return": (
            "{product}が思ったより硬いので返品したいです。返品ラベルを送っていただけますか。",
        ),
        "exchange": ("{product}を{size}に交換できますか。",),
    },
    followups=(
        "まだ返信がありません。ご確認をお願いします。",
        "再度ご連絡します。早めのご対応をお願いします。",
    ),
    thanks=(
        "交換品が届きました。ぴったりです。ありがとうございました！",
        "返金を確認しました。ありがとうございます。",
    ),
    replies={
        "photo": (
            "{name}様、ご不便をおかけして申し訳ございません。{product}をメジャーと一緒に撮った写真をお送りいただけますか。",
        ),
        "replace": (
            "{name}様、大変申し訳ございません。新しい{product}を無料でお送りします。お手元の商品の返送は不要です。",
        ),
        "track": (
            "{name}様、配送業者に調査を依頼しました。二日以内に動きがなければ再送または返金いたします。",
        ),
        "refund": (
            "{name}様、ご注文{order}の返金手続きが完了しました。反映まで3〜5日ほどかかる場合があります。",
        ),
    },
)

ES = LanguagePack(
    code="es",
    locales=(("es-ES", ("amazon.es",)), ("es-MX", ("amazon.com",))),
    given=("Lucía", "Hugo", "Martina", "Pablo", "Sofía", "Daniel", "Carmen", "Javier"),
    family=("García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz"),
    aliases=("lucia", "hugo", "martina", "pablo", "sofia", "dani", "carmen", "javi"),
    family_first=False,
    products={
        "belt": "correa de goma",
        "strap": "cinta elástica de goma",
        "tape": "cinta de goma",
        "tie": "brida de silicona",
        "band": "goma elástica",
    },
    subjects={
        "wrong_size": ("Talla incorrecta", "La correa es más corta de lo indicado"),
        "not_as_described": ("No coincide con la descripción",),
        "defective": ("Producto defectuoso", "La correa se agrietó en una semana"),
        "damaged": ("Llegó dañado",),
        "missing_parts": ("Faltan unidades",),
        "not_received": ("No he recibido el pedido", "¿Dónde está mi paquete?"),
        "late": ("El envío se retrasa",),
        "refund": ("No he recibido el reembolso",),
        "return": ("Quiero devolver el producto",),
        "exchange": ("Cambio por otra medida",),
    },
    issues={
        "wrong_size": (
            "Pedí la {product} de {size} pero mide unos 10 cm menos, lo he comprobado con un metro. Pedido {order}.",
        ),
        "not_as_described": ("La {product} es más fina y de otro color que en las fotos.",),
        "defective": (
            "La {product} se ha agrietado después de una semana de uso. Parece un defecto.",
            "La {product} tiene grietas finas y huele muchísimo a goma.",
        ),
        "damaged": ("La caja llegó aplastada y la {product} estaba rota. Puedo enviar fotos.",),
        "missing_parts": ("El pack debería traer 4 unidades y solo venían 3. Pedido {order}.",),
        "not_received": (
            "El pedido {order} ha pasado la fecha de entrega y no ha llegado. El seguimiento no se mueve desde hace días.",
        ),
        "late": ("Mi {product} lleva una semana de retraso. ¿Cuándo llegará?",),
        "refund": ("Devolví la {product}, consta como recibida, pero aún no tengo el reembolso.",),
        "return": (
            "La {product} es más rígida de lo que esperaba y quiero devolverla. ¿Me enviáis la etiqueta?",
        ),
        "exchange": ("¿Puedo cambiar la {product} por la de {size}?",),
    },
    followups=(
        "Todavía no he recibido respuesta, por favor revisadlo.",
        "Vuelvo a escribir porque nadie me ha contestado.",
    ),
    thanks=(
        "Ya me ha llegado la nueva y está perfecta, ¡muchas gracias!",
        "He recibido el reembolso, gracias por la ayuda.",
    ),
    replies={
        "photo": (
            "Hola {name}, sentimos las molestias. ¿Nos puedes enviar una foto de la {product} junto a un metro? Lo revisamos enseguida.",
        ),
        "replace": (
            "Hola {name}, lo sentimos mucho. Te enviamos una {product} nueva sin coste; no hace falta devolver la otra.",
        ),
        "track": (
            "Hola {name}, hemos pedido a la empresa de transporte que localice el paquete. Si en dos días no hay novedades, lo reenviamos o te devolvemos el dinero.",
        ),
        "refund": (
            "Hola {name}, hemos reembolsado el pedido {order}; puede tardar de 3 a 5 días en aparecer.",
        ),
    },
)
