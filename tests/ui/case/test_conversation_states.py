"""Every way out a reply can be on, as the real thread widget shows it, in English and
Arabic: its words, its tone, the actions it offers; notes of how an inbound mail was read;
a logged contact reads as a contact, not as a mail."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid

import pytest

from app.services.cases.detail import CaseDetail, CustomerInfo, MessageInfo
from app.services.mail.outbox import INTERRUPTED
from app.ui.case.conversation import (
    MARK_SENT,
    RETRY,
    UNDO,
    ConversationView,
    conversation_html,
    mail_notes,
    parse_action,
    reply_state,
)
from app.ui.core.i18n import Language
from app.ui.core.style import Tone, css, tint
from tests.ui.case.outbox_helpers import plain

NOW = dt.datetime(2026, 11, 23, 14, 3, 20, tzinfo=dt.UTC)


def _message(**fields) -> MessageInfo:
    values = dict(
        id=uuid.uuid4(),
        direction="outbound",
        channel="marketplace",
        author="Mina",
        body="A new strap is on its way.",
        language="en",
        created_at=NOW - dt.timedelta(minutes=5),
        outbound_state="queued",
        no_response_needed=False,
    )
    values.update(fields)
    return MessageInfo(**values)


def _detail(*messages: MessageInfo) -> CaseDetail:
    return CaseDetail(
        id=uuid.uuid4(),
        ref="38GTG-NYZ4D",
        subject="Strap",
        status="open",
        priority="normal",
        reason="defective",
        channel="marketplace",
        language="en",
        marketplace="amazon.com",
        assignee=None,
        escalation_level=0,
        escalation_reason=None,
        created_at=NOW - dt.timedelta(hours=2),
        updated_at=NOW,
        tags=(),
        customer=CustomerInfo(uuid.uuid4(), "Dana W.", None, None, "en", "amazon.com"),
        order=None,
        messages=messages,
        evidence=(),
    )


QUEUED = _message(send_after=NOW + dt.timedelta(seconds=8))
SENDING = _message(outbound_state="sending", attempts=1)
SENT = _message(outbound_state="sent", sent_at=NOW - dt.timedelta(minutes=1))
FAILED = _message(
    outbound_state="failed", attempts=1, failure="550 5.7.1 Sender address not registered"
)
RETRYING = _message(
    send_after=NOW - dt.timedelta(minutes=9),
    attempts=2,
    next_attempt_at=NOW + dt.timedelta(minutes=17),
    failure="The mail server 127.0.0.1:25 cannot be reached: connection refused",
)
DRAFT = _message(outbound_state="draft")


def test_each_state_has_its_words_tone_and_actions():
    english = Language("en-US")
    when = english.when
    cases = [
        (QUEUED, "Queued · sending in 8 s", Tone.INFO, (UNDO,)),
        (SENDING, "Sending…", Tone.INFO, ()),
        (SENT, f"Sent {when(SENT.sent_at, NOW)}", Tone.OK, ()),
        (
            FAILED,
            "Failed: 550 5.7.1 Sender address not registered",
            Tone.DANGER,
            (RETRY, MARK_SENT),
        ),
        (
            RETRYING,
            f"Waiting to retry (attempt 3, next at {when(RETRYING.next_attempt_at, NOW)}): "
            "The mail server 127.0.0.1:25 cannot be reached: connection refused",
            Tone.WARNING,
            (),
        ),
        (DRAFT, "Draft — not sent", Tone.WARNING, (MARK_SENT,)),
    ]
    for message, text, tone, actions in cases:
        state = reply_state(message, english, NOW)
        assert (plain(state.text), state.tone, state.actions) == (text, tone, actions)
    # A send the workbench could not finish is said in the agent's words, with both ways out.
    interrupted = _message(outbound_state="failed", attempts=1, failure=INTERRUPTED)
    state = reply_state(interrupted, english, NOW)
    assert plain(state.text).startswith("Failed: the workbench stopped while handing it")
    assert state.actions == (RETRY, MARK_SENT)
    # Past its undo window and not yet tried, a reply waits without an Undo.
    late = reply_state(QUEUED, english, NOW + dt.timedelta(seconds=9))
    assert (plain(late.text), late.actions) == ("Queued · waiting to be sent", ())
    # Inbound mail, notes and contacts have no way out.
    assert reply_state(_message(direction="inbound", outbound_state=None), english, NOW) is None
    assert reply_state(_message(contact=True, channel="phone"), english, NOW) is None


@pytest.mark.parametrize("locale", ["en-US", "ar-SA"])
def test_the_thread_widget_shows_every_state_with_its_links(qtbot, locale):
    language = Language(locale)
    view = ConversationView(now=lambda: NOW)
    qtbot.addWidget(view)
    detail = _detail(QUEUED, SENDING, SENT, FAILED, RETRYING, DRAFT)
    view.show_detail(detail, language)
    assert view.action_links() == [
        (UNDO, QUEUED.id),
        (RETRY, FAILED.id),
        (MARK_SENT, FAILED.id),
        (MARK_SENT, DRAFT.id),
    ]
    assert view.countdown.isActive()  # the queued reply counts down
    text = plain(view.toPlainText())
    for message in detail.messages:
        state = plain(reply_state(message, language, NOW).text).replace("\u202f", " ")
        assert state in text
    html = conversation_html(detail, language, NOW)
    palette = {tint(t).name() for t in Tone} | {css(t) for t in Tone}
    assert set(re.findall(r"#[0-9a-f]{6}", html)) <= palette
    for tone in (Tone.OK, Tone.DANGER, Tone.WARNING, Tone.INFO):
        assert f"color:{css(tone)}" in html

    with qtbot.waitSignal(view.retry_requested) as retried:
        view.anchorClicked.emit(_url(RETRY, FAILED))
    assert retried.args == [FAILED.id]


def _url(action: str, message: MessageInfo):  # noqa: ANN202
    from PySide6.QtCore import QUrl

    from app.ui.case.conversation import action_url

    return QUrl(action_url(action, message.id))


def test_the_countdown_stops_when_no_reply_can_be_taken_back(qtbot):
    clock = [NOW]
    view = ConversationView(now=lambda: clock[0])
    qtbot.addWidget(view)
    view.show_detail(_detail(QUEUED), Language("en-US"))
    assert "sending in 8 s" in plain(view.toPlainText())
    clock[0] = NOW + dt.timedelta(seconds=5)
    qtbot.waitUntil(lambda: "sending in 3 s" in plain(view.toPlainText()))
    clock[0] = NOW + dt.timedelta(seconds=9)
    qtbot.waitUntil(lambda: "waiting to be sent" in plain(view.toPlainText()))
    qtbot.waitUntil(lambda: not view.countdown.isActive())
    assert view.action_links() == []


def test_only_our_own_links_are_actions():
    assert parse_action(f"outbox:undo/{QUEUED.id}") == (UNDO, QUEUED.id)
    assert parse_action("outbox:undo/not-an-id") is None
    assert parse_action(f"outbox:delete/{QUEUED.id}") is None
    assert parse_action(f"https://evil.example/{QUEUED.id}") is None


def test_inbound_mail_notes_say_what_changed_what_the_seller_sees():
    notes = mail_notes(
        (
            "quote_cut",
            "signature_cut",
            "unknown_charset",
            "decode_errors",
            "html_only",
            "no_message_id",
            "bad_date",
            "attachment_refused:invoice.pdf.exe: programs are not accepted",
            "attachment_truncated_base64:photo.jpg",
        )
    )
    assert [plain(note) for note in notes] == [
        "quoted text hidden",
        "unknown character set: some characters may be wrong",
        "HTML mail shown as text",
        "damaged mail: parts of it may be missing",
        "attachment refused: invoice.pdf.exe: programs are not accepted",
    ]
    assert mail_notes(("no_message_id", "bad_date", "guessed_charset")) == [
        "unknown character set: some characters may be wrong"
    ]
    assert mail_notes(()) == []


def test_mail_notes_show_on_inbound_mail_only_and_contacts_read_as_contacts(qtbot):
    inbound = _message(
        direction="inbound",
        outbound_state=None,
        author=None,
        body="<script>alert(1)</script> Where is my parcel?",
        mail_flags=("html_only", "quote_cut"),
    )
    call = _message(
        direction="inbound",
        channel="phone",
        outbound_state=None,
        contact=True,
        minutes=12,
        body="Buyer called: the parcel is at the neighbour's.",
    )
    outbound_flags = dataclasses.replace(SENT, mail_flags=("quote_cut",))
    view = ConversationView(now=lambda: NOW)
    qtbot.addWidget(view)
    view.show_detail(_detail(inbound, call, outbound_flags), Language("en-US"))
    text = plain(view.toPlainText())
    assert "quoted text hidden · HTML mail shown as text" in text
    assert text.count("quoted text hidden") == 1  # not under our own reply
    assert "<script>alert(1)</script>" in text  # shown as text, never as markup
    assert "Phone call · incoming · 12 min" in text
    assert text.count("Customer") == 1  # the call is a contact, not the buyer's mail
