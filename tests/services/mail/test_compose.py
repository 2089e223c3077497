"""Building a reply's e-mail: subject, thread headers and body, without a server."""

from __future__ import annotations

import datetime as dt
import email
from email.policy import default

import pytest

from app.services.mail.compose import (
    MAX_REFERENCES,
    Attachment,
    as_bytes,
    build_reply,
    new_message_id,
    references_for,
    reply_subject,
)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Wrong size", "Re: Wrong size"),
        ("Re: Wrong size", "Re: Wrong size"),
        ("RE: re: Wrong size", "Re: Wrong size"),
        ("AW: Gürtel zu kurz", "Re: Gürtel zu kurz"),
        ("Re[2]: Order 113-4829173-5520931", "Re: Order 113-4829173-5520931"),
        ("回复：退货", "Re: 退货"),
        ("  Re:   spaced   out ", "Re: spaced out"),
        ("Referral program", "Re: Referral program"),  # a word starting with "re" stays
        ("", "Re: the case subject"),
    ],
)
def test_reply_subject_has_one_re(subject, expected):
    assert reply_subject(subject, "the case subject") == expected


def test_references_keep_the_chain_once_and_are_trimmed_keeping_the_first():
    assert references_for(None, None) is None
    assert references_for(None, "<a@x>") == "<a@x>"
    assert references_for("<a@x> <b@x>", "<b@x>") == "<a@x> <b@x>"
    chain = " ".join(f"<{n}@x>" for n in range(50))
    refs = references_for(chain, "<new@x>").split()
    assert len(refs) == MAX_REFERENCES
    assert refs[0] == "<0@x>" and refs[-1] == "<new@x>" and refs[-2] == "<49@x>"
    assert references_for("junk without ids", "<p@x>") == "<p@x>"


def test_message_ids_are_new_each_time_in_the_senders_domain():
    first, second = new_message_id("shop@example.de"), new_message_id("shop@example.de")
    assert first != second and first.endswith("@example.de>") and first.startswith("<")


def test_the_built_message_is_plain_utf8_with_short_lines_and_its_attachment():
    body = "مرحبًا\n" + "가" * 400 + "\n.a line starting with a dot"
    message = build_reply(
        sender="shop@example.de",
        to="abc@marketplace.amazon.de",
        subject="Re: طلب",
        body=body,
        message_id="<m1@example.de>",
        date=dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC),
        in_reply_to="<p@x>",
        references="<a@x> <p@x>",
        attachments=[Attachment("../../etc/passwd.txt", "text/plain", b"not a path")],
    )
    data = as_bytes(message)
    assert all(len(line) <= 998 for line in data.split(b"\r\n"))
    assert data.isascii()  # every byte is safe for any relay
    parsed = email.message_from_bytes(data.replace(b"\r\n", b"\n"), policy=default)
    assert parsed["Subject"] == "Re: طلب" and parsed["In-Reply-To"] == "<p@x>"
    assert parsed["Date"] == "Mon, 23 Nov 2026 09:00:00 +0000"
    text = parsed.get_body(("plain",))
    assert text.get_content_charset() == "utf-8" and text.get_content().rstrip("\n") == body
    assert parsed.get_body(("html",)) is None
    [attached] = list(parsed.iter_attachments())
    assert attached.get_content() == "not a path" and attached.get_filename() == "passwd.txt"
