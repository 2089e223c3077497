"""Mail intake: what a case and its message get from a mail (language, names, subject,
attachments as evidence, the raw message as a blob), and what is refused with a reason."""

from __future__ import annotations

import datetime as dt
import os
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models.entities import Case, Evidence, Message
from app.services.evidence.doctor import clean_orphans, run_doctor
from app.services.mail.intake import import_mails
from app.services.mail.intake_text import buyer_name, case_subject

CORPUS = Path(__file__).parents[2] / "data" / "mail_import"
DAY = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)


def corpus(name: str) -> bytes:
    return (CORPUS / name).read_bytes()


def only_case(profile) -> Case:  # noqa: ANN001
    with profile.read() as session:
        (case,) = session.scalars(select(Case)).all()
        return case


def stored_messages(profile) -> list[Message]:  # noqa: ANN001
    with profile.read() as session:
        return list(session.scalars(select(Message).order_by(Message.created_at)))


def evidence_of(profile) -> list[Evidence]:  # noqa: ANN001
    with profile.read() as session:
        return list(session.scalars(select(Evidence).order_by(Evidence.original_name)))


@pytest.mark.parametrize(
    ("name", "language", "marketplace", "buyer"),
    [
        ("ko-photo.eml", "ko", "amazon.com", "김민지"),
        ("ar-receipt.eml", "ar", "amazon.sa", "أحمد العتيبي"),
        ("ru-koi8.eml", "ru", "amazon.de", "Ольга Иванова"),
    ],
)
def test_the_buyer_gets_language_name_and_marketplace(profile, name, language, marketplace, buyer):
    batch = import_mails(profile, [corpus(name)], source=name)
    assert batch.refused == ()
    case = only_case(profile)
    assert case.language == language
    assert case.marketplace == marketplace
    assert case.customer_name == buyer
    assert case.channel == "marketplace"
    (message,) = stored_messages(profile)
    assert message.language == language
    assert message.author == buyer
    assert message.created_at == DAY


def test_a_case_keeps_its_language_and_takes_one_when_it_has_none(profile):
    import_mails(profile, [_mail("<l1@x>", "ok")], source="t")  # too short to tell
    assert only_case(profile).language is None
    english = _mail("<l2@x>", "Hello, my parcel has not arrived yet, can you check the tracking?")
    import_mails(profile, [english], source="t")
    # the same buyer without an order id: the same case, which now takes the language
    assert only_case(profile).language == "en"
    assert [m.language for m in stored_messages(profile)] == [None, "en"]


def test_attachments_become_evidence_of_the_message(profile):
    import_mails(profile, [corpus("ko-photo.eml"), corpus("ar-receipt.eml")], source="t")
    files = evidence_of(profile)
    assert [(f.original_name, f.media_type, f.kind) for f in files] == [
        ("receipt.pdf", "application/pdf", "document"),
        ("벨트.jpg", "image/jpeg", "photo"),
    ]
    by_id = {m.id: m for m in stored_messages(profile)}
    for file in files:
        assert by_id[file.message_id].case_id == file.case_id
        assert file.added_by == by_id[file.message_id].author
        assert profile.blobs.exists(file.sha256)


def test_a_program_is_refused_and_a_dotdot_name_sanitised_the_mail_kept(profile):
    batch = import_mails(profile, [corpus("hostile-attachments.eml")], source="t")
    assert len(batch.imported) == 1
    assert batch.refused == ()
    ((index, name, reason),) = batch.attachments_refused
    assert (index, name) == (0, "invoice.pdf.exe")
    assert "program" in reason
    assert [f.original_name for f in evidence_of(profile)] == ["photo.jpg"]
    (message,) = stored_messages(profile)
    assert any(
        flag.startswith("attachment_refused:invoice.pdf.exe: ") for flag in message.mail_flags
    )
    assert not list(Path(profile.root).rglob("*.exe"))


def test_an_attachment_over_the_size_limit_is_refused(profile):
    profile.set_evidence_max_mb(1)
    message = EmailMessage()
    message["From"] = "Buyer <buyer@example.org>"
    message["Subject"] = "big photo"
    message["Message-ID"] = "<big@x>"
    message.set_content("Here is the photo of the damaged parcel, it is quite big, sorry.")
    photo = b"\xff\xd8\xff\xe0" + os.urandom(2 * 1024 * 1024)
    message.add_attachment(photo, maintype="image", subtype="jpeg", filename="parcel.jpg")
    batch = import_mails(profile, [message.as_bytes()], source="t")
    assert len(batch.imported) == 1
    ((_index, name, reason),) = batch.attachments_refused
    assert name == "parcel.jpg"
    assert "1.0 MB" in reason
    assert evidence_of(profile) == []


def test_the_same_photo_twice_in_a_thread_is_one_evidence_file(profile):
    first = corpus("ko-photo.eml")
    second = first.replace(b"<ko-1@relay.amazon.com>", b"<ko-2@relay.amazon.com>")
    batch = import_mails(profile, [first, second], source="t")
    assert len(batch.imported) == 2
    assert len(evidence_of(profile)) == 1
    assert "attachment_on_case:벨트.jpg" in stored_messages(profile)[1].mail_flags


def test_the_raw_message_is_kept_as_a_blob_doctor_counts_it(profile, clock):
    raw = corpus("thread-de.mbox").split(b"\n", 1)[1].split(b"\nFrom MAILER-DAEMON")[0]
    import_mails(profile, [raw], source="t")
    (message,) = stored_messages(profile)
    assert profile.blobs.path_for(message.raw_sha256).read_bytes() == raw
    report = run_doctor(profile)
    assert report.ok
    assert message.raw_sha256 not in report.orphans
    clock.advance(days=400)
    assert message.raw_sha256 not in clean_orphans(profile).removed
    assert profile.blobs.exists(message.raw_sha256)
    profile.blobs.path_for(message.raw_sha256).unlink()
    problems = run_doctor(profile).problems
    assert [p.kind for p in problems] == ["blob_missing"]
    assert "raw mail" in problems[0].detail


def test_quoted_text_is_cut_from_the_body_and_kept_in_the_raw(profile):
    raws = corpus("thread-de.mbox").split(b"From MAILER-DAEMON Mon Nov 23 09:00:00 2026\n")[1:]
    import_mails(profile, raws, source="t")
    second = stored_messages(profile)[1]
    assert "schrieb" not in second.body
    assert second.body.startswith("Hallo, ich habe noch keine Antwort")
    assert b"schrieb Jonas Becker" in profile.blobs.path_for(second.raw_sha256).read_bytes()


def test_a_mail_of_only_quoted_text_keeps_the_whole_text(profile):
    raw = _mail("<q@x>", "> Hello, I wrote before\n> about my belt order here.")
    import_mails(profile, [raw], source="t")
    (message,) = stored_messages(profile)
    assert "I wrote before" in message.body


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00\xff" * 500,
        b"just some words, no headers at all\n",
        bytes(range(256)) * 10,
    ],
)
def test_what_is_no_mail_is_refused_and_the_others_kept(profile, raw):
    good = _mail("<good@x>", "Hello, where is my parcel? It should have arrived by now.")
    batch = import_mails(profile, [raw, good], source="t")
    assert [m.index for m in batch.imported] == [1]
    ((index, reason),) = batch.refused
    assert index == 0
    assert reason and "\n" not in reason


def test_hostile_headers_and_structure_are_imported_safely(profile):
    deep = EmailMessage()
    deep["From"] = "Buyer <buyer@example.org>"
    deep["Subject"] = "Re: " * 300 + "x" * 3000
    deep["Message-ID"] = "<deep@x>"
    deep["References"] = " ".join(f"<r{n}@x>" for n in range(3000))
    deep.set_content("\u202eevil\u202c text with a bidi override and \x07 a bell")
    batch = import_mails(profile, [deep.as_bytes()], source="t")
    assert len(batch.imported) == 1
    case = only_case(profile)
    assert len(case.subject) <= 500
    assert not case.subject.lower().startswith("re:")
    (message,) = stored_messages(profile)
    assert "\x07" not in message.body


def test_case_subject_trims_reply_prefixes():
    assert case_subject("Re: AW: 回复: Frage") == "Frage"
    assert case_subject("RE[2]: Fwd: WG: SV: question") == "question"
    assert case_subject("답장: 회신: 문의") == "문의"
    assert case_subject("رد: الطلب") == "الطلب"
    assert case_subject("Ответ: Отв: ремень") == "ремень"
    assert case_subject("Réponse attendue") == "Réponse attendue"
    assert case_subject("Regarding my order") == "Regarding my order"


def test_buyer_name_loses_the_marketplace_suffix():
    assert buyer_name("Anna Miller - Amazon Marketplace", "x@y") == "Anna Miller"
    assert buyer_name("Jonas - Marketplace", "x@y") == "Jonas"
    assert buyer_name('"김민지 (Amazon Marketplace)"', "x@y") == "김민지"
    assert buyer_name("Amazon Marketplace", "abc@marketplace.amazon.de") == (
        "abc@marketplace.amazon.de"
    )
    assert buyer_name(None, "buyer@example.org") == "buyer@example.org"


def _mail(mail_id: str, body: str, replies: list[str] | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = "Chris Lee <chris@example.org>"
    message["To"] = "seller@belts.example"
    message["Subject"] = "My order"
    message["Date"] = format_datetime(DAY)
    message["Message-ID"] = mail_id
    if replies:
        message["In-Reply-To"] = replies[-1]
    message.set_content(body)
    return message.as_bytes()
