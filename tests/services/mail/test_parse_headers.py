"""Header values: encoded words, ids, dates, addresses, one-line subjects."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

from app.services.mail.parse import parse_mail, relay_marketplace
from app.services.mail.parse_headers import decode_words, one_line, parse_date, parse_ids


def test_a_character_split_across_two_encoded_words_survives():
    data = "김민지".encode()
    first, second = base64.b64encode(data[:4]).decode(), base64.b64encode(data[4:]).decode()
    flags: list[str] = []
    assert decode_words(f"=?UTF-8?B?{first}?= =?UTF-8?B?{second}?=", flags) == "김민지"
    assert flags == []


def test_encoded_words_in_legacy_charsets_and_q_encoding():
    koi = base64.b64encode("Заказ".encode("koi8-r")).decode()
    jis = base64.b64encode("注文".encode("iso2022_jp")).decode()
    flags: list[str] = []
    assert decode_words(f"=?koi8-r?B?{koi}?= 113", flags) == "Заказ 113"
    assert decode_words(f"=?ISO-2022-JP?B?{jis}?=", flags) == "注文"
    assert decode_words("=?iso-8859-1?Q?Gr=FC=DFe_aus_K=F6ln?=", flags) == "Grüße aus Köln"
    assert decode_words("=?utf-8*de?Q?Gr=C3=BC=C3=9Fe?=", flags) == "Grüße"  # RFC 2231 language
    assert flags == []


def test_unpadded_base64_word_is_decoded():
    flags: list[str] = []
    assert decode_words("=?utf-8?B?7KO866y4?=", flags) == "주문"
    assert decode_words("=?utf-8?B?7KO866y?=", flags).startswith("주")


def test_one_line_removes_controls_and_bidi_overrides():
    text = "Re:\r\n\tinvoice\u202egpj.exe\x00\x1b[31m  ok\u200f"
    assert one_line(text) == "Re: invoicegpj.exe[31m ok"
    assert len(one_line("x" * 5000)) == 998


def test_ids_are_normalised_and_bare_ids_accepted():
    assert parse_ids("<a@b>  <c@d>\r\n <a@b>") == ("<a@b>", "<c@d>")
    assert parse_ids("< spaced@id >") == ("<spaced@id>",)
    assert parse_ids("bare@id.example") == ("<bare@id.example>",)
    assert parse_ids("") == ()


def test_dates_become_aware_utc_or_none():
    assert parse_date("Mon, 4 Mar 2024 16:20:00 +0100") == datetime(2024, 3, 4, 15, 20, tzinfo=UTC)
    assert parse_date("4 Mar 2024 16:20 -0000") == datetime(2024, 3, 4, 16, 20, tzinfo=UTC)
    assert parse_date("Mon, 4 Mar 99999 10:00:00 +0000") is None
    assert parse_date("Mon, 31 Feb 2024 10:00:00 +0000") is None
    assert parse_date("yesterday") is None
    assert parse_date("Mon, 4 Mar 1969 10:00:00 +0000") is None


def test_relay_marketplace_only_for_known_marketplaces():
    assert relay_marketplace("x@marketplace.amazon.co.uk") == "amazon.co.uk"
    assert relay_marketplace("x@marketplace.amazon.com.be") == "amazon.com.be"
    assert relay_marketplace("x@marketplace.amazon.xyz") is None
    assert relay_marketplace("x@amazon.de") is None
    assert relay_marketplace(None) is None


def test_addresses_names_and_order_ids_on_a_mail():
    subject = "Subject: Bestellung １１３－４８２９１７３－５５２０９３１ und 302-1187345-6678123"
    raw = (
        b'From: "=?utf-8?Q?Kim_Minji?= - Amazon Marketplace"'
        b" <7QK2M9X4W1Z8R5T@Marketplace.Amazon.DE>\r\n"
        b"To: Shop <Service@Shop.example>, other@shop.example\r\n"
        + subject.encode()
        + b"\r\nMessage-ID: <m@x>\r\nIn-Reply-To: <p@x>\r\nReferences: <o@x> <p@x>\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"Also 302-1187345-6678123 and 403-1111111-2222222; not 1234-1111111-2222222.\r\n"
    )
    mail = parse_mail(raw)
    assert mail.from_name == "Kim Minji - Amazon Marketplace"
    assert mail.from_address == "7qk2m9x4w1z8r5t@marketplace.amazon.de"
    assert mail.marketplace == "amazon.de"
    assert mail.relay_alias == mail.from_address
    assert mail.to_addresses == ("service@shop.example", "other@shop.example")
    assert mail.in_reply_to == ("<p@x>",)
    assert mail.references == ("<o@x>", "<p@x>")
    assert mail.order_ids == ("113-4829173-5520931", "302-1187345-6678123", "403-1111111-2222222")
    assert mail.date is None
    assert "no_date" in mail.flags


def test_a_seller_address_is_no_relay():
    mail = parse_mail(b"From: Shop <service@shop.example>\r\nSubject: s\r\n\r\nbody\r\n")
    assert mail.marketplace is None
    assert mail.relay_alias is None
