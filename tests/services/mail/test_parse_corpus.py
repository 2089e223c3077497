"""parse_mail on the committed corpus: relay mails in nine languages and legacy charsets,
threads of three, HTML-only mail, attachments (tests/data/mail, see make_corpus.py)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.services.mail.parse import parse_mail

DATA = Path(__file__).resolve().parents[2] / "data" / "mail"
EXPECTED: dict[str, dict] = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))
RELAY = sorted(name for name in EXPECTED if name.startswith("relay/"))
THREADS = sorted(name for name in EXPECTED if name.startswith("threads/"))


def test_corpus_covers_the_languages_and_legacy_charsets():
    languages = {EXPECTED[name]["lang"] for name in RELAY}
    assert languages >= {"en", "de", "ko", "ru", "ar", "zh", "ja", "es", "fr"}
    charsets = {name.split("-", 1)[1].removesuffix(".eml") for name in RELAY}
    assert charsets >= {
        "koi8-r",
        "windows-1251",
        "windows-1256",
        "gb2312",
        "gbk",
        "iso-2022-jp",
        "euc-kr",
        "shift_jis",
        "iso-8859-1",
    }


@pytest.mark.parametrize("name", RELAY)
def test_relay_mail_decodes_headers_and_body_exactly(name):
    facts = EXPECTED[name]
    mail = parse_mail((DATA / name).read_bytes())
    assert mail.subject == facts["subject"]
    assert mail.from_name == facts["from_name"]
    assert mail.from_address == facts["from_address"]
    assert mail.relay_alias == facts["from_address"]
    assert mail.to_addresses == ("service@harbour-goods.example",)
    # The new text only: the quote header, the quoted text and the signature are cut ...
    assert mail.body == facts["body"]
    assert "quote_cut" in mail.flags
    assert "signature_cut" in mail.flags
    # ... and kept in the full text.
    assert facts["quoted"] in mail.full_text
    assert mail.full_text.startswith(facts["body"])
    assert mail.date == datetime(2024, 3, 4, 15, 20, tzinfo=UTC)
    assert len(mail.order_ids) == 1
    assert mail.order_ids[0] in facts["subject"]
    assert not {"unknown_charset", "decode_errors", "guessed_charset"} & set(mail.flags)


def test_korean_euc_kr_body_is_exact_with_the_quote_gone():
    mail = parse_mail((DATA / "relay" / "ko-euc-kr.eml").read_bytes())
    assert mail.body == "안녕하세요,\n주전자 뚜껑이 깨진 채로 도착했습니다.\n교환해 주실 수 있나요?"
    assert "님이 작성" not in mail.body
    assert "> 주문해 주셔서 감사합니다. 오늘 발송됩니다." in mail.full_text
    assert mail.from_name == "김민지 - Amazon Marketplace"
    assert mail.marketplace == "amazon.com"


@pytest.mark.parametrize(
    ("name", "marketplace"),
    [
        ("relay/de-utf-8.eml", "amazon.de"),
        ("relay/ja-iso-2022-jp.eml", "amazon.co.jp"),
        ("relay/ar-windows-1256.eml", "amazon.sa"),
        ("relay/fr-iso-8859-1.eml", "amazon.fr"),
    ],
)
def test_relay_domain_gives_the_marketplace(name, marketplace):
    mail = parse_mail((DATA / name).read_bytes())
    assert mail.marketplace == marketplace


@pytest.mark.parametrize("name", THREADS)
def test_thread_messages_keep_ids_and_cut_every_earlier_message(name):
    facts = EXPECTED[name]
    mail = parse_mail((DATA / name).read_bytes())
    assert mail.mail_id == facts["mail_id"]
    assert list(mail.references) == facts["references"]
    assert mail.in_reply_to == tuple(facts["references"][-1:])
    assert mail.body == facts["body"]
    if facts["references"]:
        assert "quote_cut" in mail.flags
        assert len(mail.full_text) > len(mail.body)


def test_third_message_of_a_thread_keeps_both_earlier_messages_in_full_text():
    mail = parse_mail((DATA / "threads" / "ru-3.eml").read_bytes())
    assert mail.body == "Здравствуйте,"
    assert "> Спасибо за заказ. Он будет отправлен сегодня." in mail.full_text
    assert "> > крышка чайника пришла треснутой." in mail.full_text


def test_html_only_mail_becomes_text_without_script_style_or_images():
    mail = parse_mail((DATA / "other" / "html-only.eml").read_bytes())
    assert "html_only" in mail.flags
    assert mail.body == "Hello, the kettle arrived broken.\n\nOrder 113-4829173-5520931"
    for hidden in ("document", "cookie", "color", "tracker", "pixel", "http", "frame text", "<p"):
        assert hidden not in mail.full_text
    assert "Thank you for your order." in mail.full_text
    assert mail.order_ids == ("113-4829173-5520931",)


def test_attachments_are_kept_with_their_names_as_sent():
    mail = parse_mail((DATA / "other" / "attachments.eml").read_bytes())
    found = {a.filename: a for a in mail.attachments}
    assert list(found) == [
        "kettle lid.jpg",
        "Rechnung März.pdf",
        "invoice.pdf.exe",
        "../../etc/passwd.pdf",
        "사진.jpg",
        "message-6.eml",
    ]
    assert found["kettle lid.jpg"].data.startswith(b"\xff\xd8\xff")
    assert found["kettle lid.jpg"].media_type == "image/jpeg"
    assert found["Rechnung März.pdf"].data.startswith(b"%PDF-1.4")
    assert found["invoice.pdf.exe"].data.startswith(b"MZ")
    assert found["message-6.eml"].media_type == "message/rfc822"
    assert b"Your parcel was delivered." in found["message-6.eml"].data
    assert all(isinstance(a.filename, str) for a in mail.attachments)
    # The enclosed message is an attachment, not part of the buyer's text.
    assert mail.body == "Photos and invoice attached. Order 113-4829173-5520931."
