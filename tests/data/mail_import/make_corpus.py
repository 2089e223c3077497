"""Writes the mail-import test corpus next to this file (run it again after changing it).

Invented buyers and orders; relay addresses in the marketplace's shape. What is here:

- `thread-de.mbox`: a German buyer's thread of three messages (In-Reply-To / References)
- `ko-photo.eml`: a Korean buyer with a photo of the belt (JPEG)
- `ar-receipt.eml`: an Arabic buyer on amazon.sa with a PDF receipt
- `ru-koi8.eml`: a Russian buyer, the body in KOI8-R
- `hostile-attachments.eml`: `invoice.pdf.exe` (a Windows program) and `../../photo.jpg`
- `corrupt.mbox`: three entries, the second binary junk
- `junk.eml`: not a mail at all
- `maildir/`: a Maildir with one message in `new/` and one in `cur/`
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).parent


def jpeg() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 120, 40)).save(out, "JPEG")
    return out.getvalue()


PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48


def mail(
    *,
    sender: str,
    name: str,
    subject: str,
    body: str,
    mail_id: str,
    when: dt.datetime,
    reply_to: list[str] | None = None,
    charset: str = "utf-8",
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = f"{name} <{sender}>"
    message["To"] = "seller@belts.example"
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = mail_id
    if reply_to:
        message["In-Reply-To"] = reply_to[-1]
        message["References"] = " ".join(reply_to)
    message.set_content(body, charset=charset)
    return message


def mbox(messages: list[bytes]) -> bytes:
    out = b""
    for raw in messages:
        out += b"From MAILER-DAEMON Mon Nov 23 09:00:00 2026\n" + raw.replace(b"\r\n", b"\n")
        if not out.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    return out


def main() -> None:
    day = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
    alias_de = "9xw2k4m7q1z3r5t@marketplace.amazon.de"
    first = mail(
        sender=alias_de,
        name="Jonas Becker - Amazon Marketplace",
        subject="Frage zur Bestellung 302-4829173-5520931",
        body="Hallo, der Gürtel ist leider zu kurz. Können Sie mir eine längere Größe "
        "schicken? Vielen Dank im Voraus.",
        mail_id="<de-1@relay.amazon.de>",
        when=day,
    )
    second = mail(
        sender=alias_de,
        name="Jonas Becker - Amazon Marketplace",
        subject="AW: Frage zur Bestellung 302-4829173-5520931",
        body="Hallo, ich habe noch keine Antwort bekommen. Bitte melden Sie sich bei mir.\n\n"
        "Am 20.11.2026 um 10:00 schrieb Jonas Becker:\n> Hallo, der Gürtel ist leider zu kurz.",
        mail_id="<de-2@relay.amazon.de>",
        when=day + dt.timedelta(days=1),
        reply_to=["<de-1@relay.amazon.de>"],
    )
    third = mail(
        sender=alias_de,
        name="Jonas Becker - Amazon Marketplace",
        subject="AW: AW: Frage zur Bestellung",
        body="Guten Tag, das ist schon meine dritte Nachricht. Ich warte immer noch auf "
        "eine Antwort zu meinem Umtausch.",
        mail_id="<de-3@relay.amazon.de>",
        when=day + dt.timedelta(days=2),
        reply_to=["<de-1@relay.amazon.de>", "<de-2@relay.amazon.de>"],
    )
    (HERE / "thread-de.mbox").write_bytes(mbox([m.as_bytes() for m in (first, second, third)]))

    korean = mail(
        sender="7qk2m9x4w1z8r5t@marketplace.amazon.com",
        name="김민지 - Amazon Marketplace",
        subject="주문 113-4829173-5520931 벨트 사이즈 문의",
        body="안녕하세요. 주문한 고무 벨트가 설명과 다르고 사이즈도 맞지 않습니다. "
        "줄자와 함께 찍은 사진을 첨부합니다. 교환이나 환불 부탁드립니다.",
        mail_id="<ko-1@relay.amazon.com>",
        when=day,
    )
    korean.add_attachment(jpeg(), maintype="image", subtype="jpeg", filename="벨트.jpg")
    (HERE / "ko-photo.eml").write_bytes(korean.as_bytes())

    arabic = mail(
        sender="5hd8s2k9l3m4n6p@marketplace.amazon.sa",
        name="أحمد العتيبي - Amazon Marketplace",
        subject="الطلب 404-1234567-7654321 لم يصل",
        body="السلام عليكم، لم يصلني الطلب حتى الآن رغم مرور موعد التسليم المتوقع. "
        "أرفقت لكم إيصال الدفع. أرجو المساعدة في أقرب وقت.",
        mail_id="<ar-1@relay.amazon.sa>",
        when=day,
    )
    arabic.add_attachment(PDF, maintype="application", subtype="pdf", filename="receipt.pdf")
    (HERE / "ar-receipt.eml").write_bytes(arabic.as_bytes())

    russian = mail(
        sender="3ab7cd9ef1gh2ij@marketplace.amazon.de",
        name="Ольга Иванова",
        subject="Ремень треснул через неделю",
        body="Здравствуйте! Ремень треснул через неделю использования. Прошу заменить его "
        "на новый. Спасибо.",
        mail_id="<ru-1@relay.amazon.de>",
        when=day,
        charset="koi8-r",
    )
    (HERE / "ru-koi8.eml").write_bytes(russian.as_bytes())

    hostile = mail(
        sender="1zz9yy8xx7ww6vv@marketplace.amazon.com",
        name="Sam Carter - Amazon Marketplace",
        subject="Invoice for order 111-2223334-4445556",
        body="Hello, please see the invoice and the photo attached. Thank you for your help.",
        mail_id="<hostile-1@relay.amazon.com>",
        when=day,
    )
    hostile.add_attachment(
        PROGRAM, maintype="application", subtype="octet-stream", filename="invoice.pdf.exe"
    )
    hostile.add_attachment(jpeg(), maintype="image", subtype="jpeg", filename="../../photo.jpg")
    (HERE / "hostile-attachments.eml").write_bytes(hostile.as_bytes())

    good = [
        mail(
            sender=f"{n}aa{n}bb{n}cc{n}dd{n}ee@marketplace.amazon.com",
            name=f"Buyer {n}",
            subject=f"Question {n} about order 113-000000{n}-000000{n}",
            body=f"Hello, this is question number {n} about my order. When will it ship?",
            mail_id=f"<corrupt-{n}@relay.amazon.com>",
            when=day,
        ).as_bytes()
        for n in (1, 3)
    ]
    junk = bytes(range(256)) * 4
    (HERE / "corrupt.mbox").write_bytes(mbox([good[0], junk, good[1]]))
    (HERE / "junk.eml").write_bytes(b"\x00\x01\x02\xff\xfe binary junk \x00" * 20)

    maildir = HERE / "maildir"
    shutil.rmtree(maildir, ignore_errors=True)
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    for sub, n in (("new", 1), ("cur", 2)):
        message = mail(
            sender=f"buyer{n}@example.org",
            name=f"Maria Rossi {n}",
            subject=f"Domanda sull'ordine {n}",
            body="Buongiorno, vorrei sapere quando arriverà il mio ordine. Grazie mille.",
            mail_id=f"<maildir-{n}@example.org>",
            when=day,
        )
        name = f"1700000000.M{n}P1.host"  # no ":2,S" info: a colon cannot be in a Windows name
        (maildir / sub / name).write_bytes(message.as_bytes())


if __name__ == "__main__":
    main()
