"""Charset labels, supersets, mislabelled and unknown charsets (app.services.mail.charsets)."""

from __future__ import annotations

import pytest

from app.services.mail.charsets import codec_for, decode_text
from app.services.mail.parse import parse_mail

HEAD = b"From: a@example.com\r\nSubject: s\r\nMessage-ID: <c@example.com>\r\n"


@pytest.mark.parametrize(
    ("text", "encoding", "label"),
    [
        ("Крышка треснула", "koi8-r", "KOI8-R"),
        ("Крышка треснула", "cp1251", "windows-1251"),
        ("Крышка треснула", "cp1251", "cp-1251"),
        ("الغطاء مكسور", "cp1256", "windows-1256"),
        ("盖子裂了，请换一个", "gbk", "gb2312"),  # GBK text under the GB2312 label
        ("盖子裂了", "gb18030", "GB18030"),
        ("ふたが割れていました", "iso2022_jp", "ISO-2022-JP"),
        ("ﾌﾀが割れました①", "cp932", "Shift_JIS"),  # half-width kana and NEC specials
        ("ふたが割れていました", "euc_jp", "EUC-JP"),
        ("뚜껑이 깨졌어요", "euc_kr", "ks_c_5601-1987"),
        ("똠방각하", "cp949", "EUC-KR"),  # UHC syllables outside KS X 1001
        ("蓋子裂開了", "big5", "Big5"),
        ("Grüße “kaputt”", "cp1252", "iso-8859-1"),  # windows-1252 quotes under latin-1
        ("Ελληνικά", "iso8859_7", "ISO-8859-7"),
        ("שלום", "iso8859_8", "iso-8859-8-i"),
    ],
)
def test_legacy_charsets_decode_exactly(text, encoding, label):
    decoded = decode_text(text.encode(encoding), label)
    assert decoded.text == text
    assert decoded.flags == ()


def test_utf8_under_a_single_byte_label_is_read_as_utf8():
    assert decode_text("Grüße".encode(), "us-ascii").text == "Grüße"
    assert decode_text("Крышка".encode(), "windows-1251").text == "Крышка"


def test_unknown_label_decodes_with_replacement_and_is_flagged():
    decoded = decode_text(b"lid \xfc broken", "x-klingon")
    assert decoded.text == "lid \ufffd broken"
    assert decoded.flags == ("unknown_charset", "decode_errors")


@pytest.mark.parametrize("label", ["zlib", "base64", "rot13", "hex", "unicode_escape", "idna"])
def test_codecs_that_are_not_charsets_are_unknown(label):
    assert codec_for(label) is None
    decoded = decode_text(b"x\\u0041 ok", label)
    assert decoded.text == "x\\u0041 ok"
    assert "unknown_charset" in decoded.flags


def test_unlabelled_8bit_text_is_guessed_and_flagged():
    decoded = decode_text("Здравствуйте, крышка пришла треснутой".encode("cp1251"), None)
    assert decoded.text == "Здравствуйте, крышка пришла треснутой"
    assert decoded.flags == ("guessed_charset",)


def test_declared_charset_that_does_not_fit_falls_back_and_never_raises():
    decoded = decode_text(b"\xff\xfe\xfd broken", "utf-8")
    assert decoded.text.endswith(" broken")
    assert "decode_errors" in decoded.flags


def test_mail_in_an_unknown_charset_is_flagged_on_the_mail():
    raw = HEAD + b"Content-Type: text/plain; charset=x-unknown-9\r\n\r\nhello \xe9\r\n"
    mail = parse_mail(raw)
    assert "unknown_charset" in mail.flags
    assert mail.body == "hello \ufffd"
