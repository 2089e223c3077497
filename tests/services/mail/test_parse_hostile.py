"""Hostile and damaged input: parse_mail parses it within its limits or refuses it with a
reason; it never raises anything else and never hangs."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.mail import parse_parts
from app.services.mail.model import MailRefused
from app.services.mail.parse import MAX_MAIL_BYTES, parse_mail

HOSTILE = Path(__file__).resolve().parents[2] / "data" / "mail" / "hostile"
HEAD = (
    b"From: Jordan Ellery - Amazon Marketplace <7qk2m9x4w1z8r5t@marketplace.amazon.com>\r\n"
    b"To: service@harbour-goods.example\r\nSubject: test\r\n"
    b"Date: Tue, 5 Mar 2024 09:00:00 -0800\r\nMessage-ID: <h@relay.example>\r\n"
)


def hostile(name: str) -> bytes:
    return (HOSTILE / f"{name}.eml").read_bytes()


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty", "empty"),
        ("binary_junk", "not a mail"),
        ("only_text", "not a mail"),
    ],
)
def test_what_cannot_be_a_mail_is_refused_with_a_reason(name, reason):
    with pytest.raises(MailRefused, match=reason):
        parse_mail(hostile(name))


def test_a_file_over_the_size_limit_is_refused():
    with pytest.raises(MailRefused, match="50 MB"):
        parse_mail(HEAD + b"\r\n" + b"x" * MAX_MAIL_BYTES)


def test_nesting_deeper_than_the_limit_is_flagged_not_followed():
    mail = parse_mail(hostile("nested_200"))
    assert "too_deep" in mail.flags
    assert mail.subject == "hostile"


def test_nesting_beyond_the_parsers_recursion_keeps_the_headers():
    raw = HEAD + b"MIME-Version: 1.0\r\n"
    for depth in range(3000):
        raw += b'Content-Type: multipart/mixed; boundary="n%d"\r\n\r\n--n%d\r\n' % (depth, depth)
    mail = parse_mail(raw + b"Content-Type: text/plain\r\n\r\ndeep\r\n")
    assert {"too_deep", "unparsed_body"} <= set(mail.flags)
    assert mail.from_address == "7qk2m9x4w1z8r5t@marketplace.amazon.com"


def test_truncated_base64_keeps_what_could_be_decoded():
    mail = parse_mail(hostile("truncated_base64"))
    assert "truncated_base64" in mail.flags
    assert mail.body.startswith("Здравствуйте, крышка тресну")


def test_truncated_base64_attachment_is_flagged_on_the_attachment():
    data = base64.b64encode(b"%PDF-1.4 " + b"x" * 100)[:-2]
    raw = (
        HEAD + b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\nsee file\r\n"
        b'--b\r\nContent-Type: application/pdf; name="a.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n" + data + b"\r\n--b--\r\n"
    )
    (attachment,) = parse_mail(raw).attachments
    assert attachment.flags == ("truncated_base64",)
    assert attachment.data.startswith(b"%PDF-1.4 xxx")


def test_bad_quoted_printable_keeps_the_text():
    mail = parse_mail(hostile("bad_quoted_printable"))
    assert "bad_quoted_printable" in mail.flags
    assert mail.body.startswith("Broken =ZZ lid ä and")


def test_multipart_without_boundary_keeps_its_text():
    mail = parse_mail(hostile("missing_boundary"))
    assert "missing_boundary" in mail.flags
    assert "hi" in mail.body


def test_unknown_charset_is_decoded_with_replacement_and_flagged():
    mail = parse_mail(hostile("unknown_charset"))
    assert "unknown_charset" in mail.flags
    assert mail.body == "nuqneH \ufffd\ufffd lid broken"


def test_nul_bytes_are_flagged_and_removed_from_text():
    mail = parse_mail(hostile("nul_bytes"))
    assert "nul_bytes" in mail.flags
    assert mail.body == "lid broken"


def test_impossible_date_is_none_and_flagged():
    mail = parse_mail(hostile("year_99999"))
    assert mail.date is None
    assert "bad_date" in mail.flags


def test_broken_encoded_words_stay_readable():
    mail = parse_mail(hostile("broken_encoded_words"))
    assert mail.subject == "=?utf-8?B?not base64!?= café =?bad"
    assert "bad_encoded_word" in mail.flags


def test_raw_8bit_subject_uses_the_messages_charset():
    mail = parse_mail(hostile("raw_8bit_subject"))
    assert mail.subject == "Крышка"
    assert mail.body == "Крышка треснула"


def test_bidi_and_control_characters_leave_the_subject():
    mail = parse_mail(hostile("bidi_subject"))
    assert mail.subject == "invoicefdp.exe ok"


def test_enormous_header_line_and_ten_thousand_headers_parse():
    for raw in (
        HEAD + b"X-Junk: " + b"a" * 1_000_000 + b"\r\n\r\nbody\r\n",
        HEAD.replace(b"Subject: test", b"Subject: " + b"=?utf-8?B?7KO8?= " * 60_000) + b"\r\nb\r\n",
        HEAD + b"".join(b"X-H-%d: v\r\n" % i for i in range(10_000)) + b"\r\nbody\r\n",
    ):
        mail = parse_mail(raw)
        assert mail.body in ("body", "b")
        assert len(mail.subject) <= 998


def test_content_type_of_a_million_quotes_is_read_within_bounds():
    raw = HEAD + b"Content-Type: text/plain; " + b'name="' * 200_000 + b"\r\n\r\nbody\r\n"
    mail = parse_mail(raw)
    # A text part with a name is a file the sender attached.
    (attachment,) = mail.attachments
    assert attachment.data == b"body\r\n"
    assert attachment.media_type == "text/plain"


def test_address_with_endless_comments_is_flagged():
    mail = parse_mail(b"From: " + b"(" * 50_000 + b"\r\nSubject: x\r\n\r\nbody\r\n")
    assert mail.from_address is None
    assert "bad_address" in mail.flags


def test_attachments_are_capped_and_flagged():
    count = parse_parts.MAX_ATTACHMENTS + 50
    raw = HEAD + b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="z"\r\n\r\n'
    raw += b"".join(
        b'--z\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename="p%d.png"'
        b"\r\n\r\nx\r\n" % i
        for i in range(count)
    )
    mail = parse_mail(raw + b"--z--\r\n")
    assert len(mail.attachments) == parse_parts.MAX_ATTACHMENTS
    assert "too_many_attachments" in mail.flags
    assert mail.attachments[0].filename == "p0.png"


def test_missing_message_id_gets_a_stable_id_from_the_bytes():
    raw = b"From: a@example.com\r\nSubject: no id\r\n\r\nbody\r\n"
    first, second = parse_mail(raw), parse_mail(raw)
    assert first.mail_id == second.mail_id == f"<{first.raw_sha256}@workbench.invalid>"
    assert "no_message_id" in first.flags
    bad = parse_mail(b"From: a@example.com\r\nMessage-ID: not an id\r\n\r\nbody\r\n")
    assert {"no_message_id", "bad_message_id"} <= set(bad.flags)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_any_bytes_parse_or_are_refused(raw):
    try:
        mail = parse_mail(raw)
    except MailRefused as refused:
        assert str(refused)
        return
    assert isinstance(mail.body, str)
    assert isinstance(mail.subject, str)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                b"Content-Type: multipart/mixed; boundary=x\r\n",
                b"Content-Type: text/html; charset=koi8-r\r\n",
                b"Content-Transfer-Encoding: base64\r\n",
                b"Content-Transfer-Encoding: quoted-printable\r\n",
                b"Content-Disposition: attachment; filename*=utf-8''%E2%80%AE.exe\r\n",
                b"Subject: =?iso-2022-jp?B?GyRCJDMbKEI=?= =?x?Q?=FF?=\r\n",
                b"Date: Mon, 4 Mar 99999 10:00:00 +9999\r\n",
                b"Message-ID: <<<>>>\r\n",
                b"\r\n",
                b"--x\r\n",
                b"--x--\r\n",
                b"<p>hi<script>x</script>\r\n",
                b"QUJD\r\n",
                b"=C3=\r\n",
                b"\x00\xff\xfe\r\n",
            ]
        ),
        max_size=40,
    )
)
def test_mail_shaped_junk_parses_or_is_refused(lines):
    raw = b"From: a@example.com\r\n" + b"".join(lines)
    try:
        mail = parse_mail(raw)
    except MailRefused:
        return
    assert isinstance(mail.full_text, str)
    assert all(isinstance(a.filename, str) for a in mail.attachments)
