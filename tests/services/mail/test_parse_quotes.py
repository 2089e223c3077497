"""Quoted text and signatures cut in many languages (app.services.mail.quotes)."""

from __future__ import annotations

import pytest

from app.services.mail.parse import parse_mail
from app.services.mail.quotes import cut_quotes

ADDR = "Shop <shop@example.com>"


@pytest.mark.parametrize(
    "header",
    [
        f"On Mon, 4 Mar 2024 at 14:15, {ADDR} wrote:",
        f"On Mon, Mar 4, 2024 at 2:15 PM {ADDR}\nwrote:",
        f"Am Mo., 4. März 2024 um 14:15 Uhr schrieb {ADDR}:",
        f"{ADDR} schrieb am 04.03.2024 14:15:",
        f"2024년 3월 4일 (월) 오후 2:15, {ADDR}님이 작성:",
        "2024년 3월 4일 오후 2:15, Shop님이 작성하였습니다:",
        f"пн, 4 мар. 2024 г. в 14:15, {ADDR}:",
        "4 марта 2024 г., в 14:15, Иван Петров написал(а):",
        "04.03.2024 14:15, Shop пишет:",
        f"في الاثنين، 4 مارس 2024 في 2:15 م، {ADDR} كتب:",
        f"在 2024年3月4日周一 14:15，{ADDR} 写道：",
        f"{ADDR} 于2024年3月4日周一 14:15写道：",
        f"2024年3月4日(月) 14:15 {ADDR}:",
        f"2024/03/04 14:15、{ADDR} のメッセージ:",
        "El lun, 4 mar 2024 a las 14:15, Shop (<shop@example.com>) escribió:",
        f"Le lun. 4 mars 2024 à 14:15, {ADDR} a écrit\u00a0:",
        f"Em seg., 4 de mar. de 2024 às 14:15, {ADDR} escreveu:",
        f"Il giorno lun 4 mar 2024 alle ore 14:15 {ADDR} ha scritto:",
        f"Op ma 4 mrt 2024 om 14:15 schreef {ADDR}:",
        f"4 Mar 2024 Pzt 14:15 tarihinde {ADDR} şunu yazdı:",
        "-----Original Message-----",
        "-----Ursprüngliche Nachricht-----",
        "From: Shop <shop@example.com>\nSent: Monday, March 4, 2024 2:15 PM\nTo: Buyer",
        "Von: Shop <shop@example.com>\nGesendet: Montag, 4. März 2024 14:15\nAn: Käufer",
        "发件人: Shop <shop@example.com>\n发送时间: 2024年3月4日 14:15\n收件人: 买家",
        "差出人: Shop <shop@example.com>\n送信日時: 2024年3月4日 14:15\n宛先: 購入者",
        "От: Shop <shop@example.com>\nОтправлено: 4 марта 2024 г. 14:15\nКому: Покупатель",
    ],
)
def test_quote_headers_cut_what_follows(header):
    text = f"The new words.\nSecond line.\n\n{header}\n> earlier text\n> more"
    cut = cut_quotes(text)
    assert cut.body == "The new words.\nSecond line."
    assert cut.quote_cut


@pytest.mark.parametrize(
    ("signature", "language"),
    [
        ("-- \nKim Minji\nSeoul", "delimiter"),
        ("Sent from my iPhone", "en"),
        ("Thanks,\nJordan", "en"),
        ("Mit freundlichen Grüßen\nLena", "de"),
        ("С уважением,\nИрина", "ru"),
        ("مع تحياتي\nأحمد", "ar"),
        ("감사합니다.\n김민지", "ko"),
        ("谢谢，\n王小明", "zh"),
        ("Cordialement,\nÉlodie", "fr"),
        ("Saludos,\nLucía", "es"),
        ("Atenciosamente,\nJoão", "pt"),
    ],
)
def test_signatures_are_cut(signature, language):
    cut = cut_quotes(f"The lid is broken.\nPlease replace it.\n\n{signature}\n")
    assert cut.body == "The lid is broken.\nPlease replace it.", language
    assert cut.signature_cut


@pytest.mark.parametrize(
    "text",
    [
        "Problems:\n- lid broken\n- box wet\nPlease help.",
        "Hello,\nThanks, but the replacement is also broken and leaks everywhere.\nPlease refund.",
        "Hello\nTake a look at the photo.\nKhan",
        "Do: please check\nThe parcel is damaged.",
        "Hi,\nOn Monday the parcel came, but it was open.\nPlease check.",
    ],
)
def test_ordinary_lines_are_not_taken_for_quotes_or_signatures(text):
    cut = cut_quotes(text)
    assert cut.body == text
    assert not cut.quote_cut
    assert not cut.signature_cut


def test_interleaved_quotes_are_dropped_and_answers_kept():
    cut = cut_quotes("> Did it arrive?\nYes, but broken.\n> Photo?\nAttached.")
    assert cut.body == "Yes, but broken.\nAttached."
    assert cut.quote_cut


def test_a_message_that_is_only_a_quote_is_kept_whole():
    text = f"On Mon, 4 Mar 2024, {ADDR} wrote:\n> earlier"
    assert cut_quotes(text).body == text


def test_long_text_and_long_lines_are_handled():
    cut = cut_quotes(("Am " * 66 + "schrieb\n") * 300 + "x" * 100_000)
    assert not cut.quote_cut
    assert cut.body.endswith("x" * 10)


def test_parse_mail_flags_the_cuts_and_keeps_full_text():
    raw = (
        "From: a@example.com\r\nSubject: s\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Крышка треснула.\r\n\r\nС уважением,\r\nИрина\r\n\r\n"
        "4 марта 2024 г., в 14:15, Shop написал(а):\r\n> Спасибо\r\n"
    ).encode()
    mail = parse_mail(raw)
    assert mail.body == "Крышка треснула."
    assert {"quote_cut", "signature_cut"} <= set(mail.flags)
    assert mail.full_text.endswith("> Спасибо")
