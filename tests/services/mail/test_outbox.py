"""The outbox against a real SMTP server (aiosmtpd): what arrives, when, and how often."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from filelock import FileLock
from PIL import Image

from app.models.entities import Evidence, Message
from app.services.cases import operations as cases
from app.services.cases.detail import load_case_history
from app.services.core.errors import InvalidInput
from app.services.mail import outbox
from app.services.mail.account import save_account
from tests.services.mail.smtp_server import ADDRESS
from tests.services.mail.smtp_server import smtp_server as smtp_server  # the fixture

ALIAS = "7qk2m9x4w1z8r5t@marketplace.amazon.com"
PARENT_ID = "<0100018c-buyer-3@email.amazonses.com>"
PARENT_REFS = "<0100018c-buyer-1@email.amazonses.com> <0100018c-seller-2@shop.example>"
KOREAN = "안녕하세요 지우 님,\n새 벨트를 오늘 보내 드렸습니다.\n감사합니다."
ARABIC = "مرحبًا أحمد،\nأرسلنا لك حزامًا جديدًا اليوم.\nشكرًا لك."


def mail_case(profile, *, body="제 벨트가 너무 짧아요", subject="Re: 주문 113-4829173-5520931"):
    """A case opened by a relay mail, as intake stores it."""
    created = cases.create_case(
        profile,
        cases.NewCase(
            subject="Belt too short",
            body=body,
            customer_name="박지우",
            marketplace="amazon.com",
        ),
    )
    set_fields(
        profile,
        created.message_id,
        mail_id=PARENT_ID,
        mail_refs=PARENT_REFS,
        subject=subject,
        mail_address=ALIAS,
    )
    return created.case_id


def set_fields(profile, message_id, **fields):
    """Change a message as another service would (logged, so the write guard agrees)."""
    with profile.write() as session:
        message = session.get(Message, message_id)
        for name, value in fields.items():
            setattr(message, name, value)
        profile.ops.record(
            session,
            entity="message",
            entity_id=message.id,
            action="update",
            data={name: [None, value] for name, value in fields.items()},
            case_id=message.case_id,
        )


@pytest.fixture
def account(profile, smtp_server):
    account = smtp_server.account()
    save_account(profile, account)
    return account


def send_when_due(profile, clock, account):
    clock.advance(seconds=outbox.UNDO_SECONDS)
    return outbox.send_due(profile, account, "")


def _png(path, size=(40, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


@pytest.mark.parametrize("body", [KOREAN, ARABIC], ids=["korean", "arabic"])
def test_a_sent_reply_arrives_with_the_thread_headers_and_utf8_text(
    profile,
    clock,
    account,
    smtp_server,
    body,
    tmp_path,
):
    case_id = mail_case(profile)
    photo = _png(tmp_path / "새 벨트.png")
    queued = outbox.queue_reply(profile, case_id, body, attachments=[photo])
    assert queued.send_after == clock() + dt.timedelta(seconds=outbox.UNDO_SECONDS)
    report = send_when_due(profile, clock, account)
    assert report.sent == (queued.message_id,) and not report.failed and not report.offline
    [received] = smtp_server.received
    assert received.mail_from == ADDRESS and received.rcpt_tos == [ALIAS]
    mail = received.message
    assert mail["From"] == ADDRESS and mail["To"] == ALIAS
    assert mail["Subject"] == "Re: 주문 113-4829173-5520931"
    assert mail["In-Reply-To"] == PARENT_ID
    assert mail["References"].split() == [*PARENT_REFS.split(), PARENT_ID]
    with profile.read() as session:
        row = session.get(Message, queued.message_id)
        assert mail["Message-ID"] == row.mail_id
        assert (row.outbound_state, row.sent_at, row.attempts) == ("sent", clock(), 1)
        [evidence] = session.query(Evidence).filter(Evidence.message_id == row.id).all()
    text = mail.get_body(("plain",))
    assert text.get_content_charset() == "utf-8"
    assert text.get_content().rstrip("\n") == body
    [attached] = list(mail.iter_attachments())
    assert attached.get_filename() == "새 벨트.png"
    assert attached.get_content_type() == "image/png"
    assert attached.get_content() == photo.read_bytes()
    assert evidence.original_name == "새 벨트.png"
    assert not any(b.startswith(b"<") for b in received.data.splitlines() if b"html" in b)


def test_the_subject_gets_one_re_and_a_long_reference_chain_is_trimmed(
    profile,
    clock,
    account,
    smtp_server,
):
    case_id = mail_case(profile, subject="RE: Re: AW: Wrong size")
    chain = " ".join(f"<ref-{n}@example.com>" for n in range(40))
    with profile.read() as session:
        parent = session.query(Message.id).filter(Message.mail_id == PARENT_ID).scalar()
    set_fields(profile, parent, mail_refs=chain)
    outbox.queue_reply(profile, case_id, "Hello")
    send_when_due(profile, clock, account)
    mail = smtp_server.received[0].message
    assert mail["Subject"] == "Re: Wrong size"
    refs = mail["References"].split()
    assert refs[0] == "<ref-0@example.com>" and refs[-1] == PARENT_ID
    assert len(refs) <= 20 and len(set(refs)) == len(refs)


def test_nothing_leaves_before_the_undo_window_is_over(profile, clock, account, smtp_server):
    case_id = mail_case(profile)
    queued = outbox.queue_reply(profile, case_id, "Hello")
    assert outbox.next_due_at(profile) == queued.send_after
    clock.advance(seconds=outbox.UNDO_SECONDS - 1)
    report = outbox.send_due(profile, account, "")
    assert report.sent == () and smtp_server.received == []
    assert [r.state for r in outbox.outbox_rows(profile)] == ["queued"]


def test_undo_within_ten_seconds_makes_a_draft_and_nothing_is_sent(
    profile,
    clock,
    account,
    smtp_server,
):
    case_id = mail_case(profile)
    queued = outbox.queue_reply(profile, case_id, "Hello")
    clock.advance(seconds=outbox.UNDO_SECONDS - 2)
    changes = outbox.undo_reply(profile, queued.message_id)
    assert changes.messages == {queued.message_id} and changes.cases == {case_id}
    report = send_when_due(profile, clock, account)
    assert report.sent == () and smtp_server.received == []
    with profile.read() as session:
        assert session.get(Message, queued.message_id).outbound_state == "draft"
    assert outbox.outbox_rows(profile) == [] and outbox.next_due_at(profile) is None


def test_a_sent_reply_cannot_be_undone_and_is_sent_once(profile, clock, account, smtp_server):
    case_id = mail_case(profile)
    queued = outbox.queue_reply(profile, case_id, "Hello")
    send_when_due(profile, clock, account)
    with pytest.raises(InvalidInput, match="already sent"):
        outbox.undo_reply(profile, queued.message_id)
    clock.advance(hours=2)
    assert outbox.send_due(profile, account, "").sent == ()
    assert len(smtp_server.received) == 1


def test_with_the_server_down_the_reply_waits_and_goes_once_when_it_is_up(
    profile,
    clock,
    account,
    smtp_server,
):
    case_id = mail_case(profile)
    queued = outbox.queue_reply(profile, case_id, "Hello")
    smtp_server.stop()
    report = send_when_due(profile, clock, account)
    assert report.offline and report.retrying == (queued.message_id,) and report.sent == ()
    [row] = outbox.outbox_rows(profile)
    assert (row.state, row.attempts) == ("queued", 1)
    assert row.next_attempt_at == clock() + dt.timedelta(minutes=1)
    assert "cannot be reached" in row.failure
    assert outbox.next_due_at(profile) == row.next_attempt_at
    clock.advance(minutes=1)
    report = outbox.send_due(profile, account, "")  # still down: waits twice as long
    [row] = outbox.outbox_rows(profile)
    assert report.offline and row.next_attempt_at == clock() + dt.timedelta(minutes=2)
    smtp_server.start()
    clock.advance(seconds=30)
    assert outbox.send_due(profile, account, "").sent == ()  # not due yet
    assert smtp_server.received == []
    clock.advance(minutes=2)
    assert outbox.send_due(profile, account, "").sent == (queued.message_id,)
    clock.advance(hours=3)
    assert outbox.send_due(profile, account, "").sent == ()
    assert len(smtp_server.received) == 1
    assert outbox.outbox_rows(profile) == []


def test_a_temporary_refusal_is_retried_with_backoff_and_is_not_offline(
    profile,
    clock,
    account,
    smtp_server,
):
    case_id = mail_case(profile)
    queued = outbox.queue_reply(profile, case_id, "Hello")
    smtp_server.answer("DATA", "451 4.3.0 Mailbox temporarily unavailable")
    report = send_when_due(profile, clock, account)
    assert report.retrying == (queued.message_id,) and not report.offline
    [row] = outbox.outbox_rows(profile)
    assert row.state == "queued" and "451 4.3.0 Mailbox temporarily unavailable" in row.failure
    smtp_server.answer("DATA", None)
    clock.advance(minutes=1)
    assert outbox.send_due(profile, account, "").sent == (queued.message_id,)
    assert len(smtp_server.received) == 1


def test_backoff_doubles_from_a_minute_up_to_an_hour():
    delays = [outbox.retry_delay(n) for n in range(1, 10)]
    assert delays[:4] == [dt.timedelta(minutes=m) for m in (1, 2, 4, 8)]
    assert max(delays) == dt.timedelta(hours=1) and delays[-1] == dt.timedelta(hours=1)


def test_a_550_marks_the_reply_failed_with_the_servers_words(profile, clock, account, smtp_server):
    case_id = mail_case(profile)
    queued = outbox.queue_reply(profile, case_id, "Hello")
    smtp_server.answer("RCPT", "550 5.1.1 Recipient address rejected: unknown alias")
    report = send_when_due(profile, clock, account)
    [(failed_id, reason)] = report.failed
    assert failed_id == queued.message_id and "550 5.1.1 Recipient address rejected" in reason
    assert case_id in report.changes.cases and queued.message_id in report.changes.messages
    [row] = outbox.outbox_rows(profile)
    assert row.state == "failed" and "unknown alias" in row.failure
    clock.advance(hours=2)
    assert outbox.send_due(profile, account, "").failed == ()  # a failed reply stays put
    smtp_server.answer("RCPT", None)
    outbox.retry_reply(profile, queued.message_id)
    assert outbox.send_due(profile, account, "").sent == (queued.message_id,)
    [received] = smtp_server.received
    with profile.read() as session:
        assert received.message["Message-ID"] == session.get(Message, queued.message_id).mail_id


def test_another_process_sending_holds_the_lock_and_this_one_sends_nothing(
    profile,
    clock,
    account,
    smtp_server,
):
    case_id = mail_case(profile)
    outbox.queue_reply(profile, case_id, "Hello")
    clock.advance(seconds=outbox.UNDO_SECONDS)
    other = FileLock(str(profile.root / outbox.LOCK_NAME))
    with other:
        assert outbox.send_due(profile, account, "").sent == ()
    assert smtp_server.received == []
    assert len(outbox.send_due(profile, account, "").sent) == 1


def test_an_interrupted_send_becomes_failed_and_is_not_sent_again(
    profile,
    clock,
    account,
    smtp_server,
):
    case_id = mail_case(profile)
    queued = outbox.queue_reply(profile, case_id, "Hello")
    # As a process killed after claiming it leaves it:
    set_fields(profile, queued.message_id, outbound_state="sending")
    other = FileLock(str(profile.root / outbox.LOCK_NAME))
    with other:  # its process still runs: nothing is touched
        assert outbox.recover_interrupted(profile).empty
    changes = outbox.recover_interrupted(profile)
    assert changes.messages == {queued.message_id}
    [row] = outbox.outbox_rows(profile)
    assert (row.state, row.failure) == ("failed", outbox.INTERRUPTED)
    clock.advance(hours=1)
    assert outbox.send_due(profile, account, "").sent == ()
    assert smtp_server.received == []


def test_no_address_and_oversized_replies_are_refused_before_anything_is_queued(
    profile, account, tmp_path
):
    bare = cases.create_case(profile, cases.NewCase(subject="Typed in", body="Call me")).case_id
    with pytest.raises(InvalidInput, match="no address to reply to"):
        outbox.queue_reply(profile, bare, "Hello")
    case_id = mail_case(profile)
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (6 * 1024 * 1024))
    other = tmp_path / "scan2.pdf"
    other.write_bytes(b"%PDF-1.4\n" + b"1" * (5 * 1024 * 1024))
    with pytest.raises(InvalidInput, match="10 MB"):
        outbox.queue_reply(profile, case_id, "Hello", attachments=[big, other])
    huge = tmp_path / "video.pdf"
    huge.write_bytes(b"%PDF-1.4\n" + b"2" * (11 * 1024 * 1024))
    with pytest.raises(InvalidInput, match="10 MB"):
        outbox.queue_reply(profile, case_id, "Hello", attachments=[huge])
    with profile.read() as session:
        assert session.query(Evidence).count() == 0
        assert session.query(Message).filter(Message.direction == "outbound").count() == 0
    assert outbox.outbox_rows(profile) == []


def test_without_a_mailbox_queueing_says_so(profile):
    case_id = mail_case(profile)
    with pytest.raises(outbox.NoMailbox):
        outbox.queue_reply(profile, case_id, "Hello")


def test_a_queued_reply_replaces_its_draft_and_keeps_the_override(profile, account):
    case_id = mail_case(profile)
    draft = cases.add_reply(profile, case_id, "Dear buyer", draft=True).message_id
    override = cases.ComplianceOverride(rules=("url",), reason="The buyer asked for the link.")
    queued = outbox.queue_reply(
        profile,
        case_id,
        "Dear buyer, here: https://example.com",
        replaces_draft=draft,
        compliance_override=override,
    )
    with profile.read() as session:
        assert session.get(Message, draft).deleted_at is not None
    assert [r.message_id for r in outbox.outbox_rows(profile)] == [queued.message_id]
    overrides = [
        (h.entity, h.data) for h in load_case_history(profile, case_id) if h.action == "override"
    ]
    reason = "The buyer asked for the link."
    assert overrides == [("message", {"rules": ["url"], "reason": reason})]
