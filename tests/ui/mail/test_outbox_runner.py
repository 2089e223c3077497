"""The outbox runner in a real window against a real SMTP server (aiosmtpd): a due reply is
sent once and the thread says Sent; a 550 fails it with the server's words, the status bar
is told, and Retry in the thread queues it again; with the server down the reply waits and
goes once the server is up."""

from __future__ import annotations

import socket
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller

from app.services.mail.account import save_account
from app.ui.case.conversation import RETRY
from app.ui.mail.outbox_runner import OutboxRunner
from tests.services.mail.dovecot import temporary_keyring
from tests.ui.case.outbox_helpers import (
    RELAY,
    click_action,
    open_case,
    plain,
    relay_case,
    replies,
    send_reply,
    set_up_mailbox,
)

TEXT = "A new strap left our warehouse today; the tracking number follows."


class Mailbox:
    """An SMTP handler that keeps what it receives, or answers `refuse` instead."""

    def __init__(self) -> None:
        self.received: list = []
        self.refuse: str | None = None

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802
        if self.refuse:
            return self.refuse
        self.received.append(envelope)
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp():
    """A running aiosmtpd on 127.0.0.1; `smtp.start_on(port)` starts another later."""
    servers: list[Controller] = []

    class Server:
        mailbox = Mailbox()
        port = _free_port()

        def start(self) -> None:
            controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port)
            controller.start()
            servers.append(controller)

    server = Server()
    yield server
    for controller in servers:
        controller.stop()


@pytest.fixture
def keyring_file(tmp_path, monkeypatch):
    """A keyring in a file of this test, never the machine's own."""
    with temporary_keyring(tmp_path, monkeypatch) as ring:
        yield ring


@pytest.fixture
def runner_window(qtbot, open_window, profile, smtp, keyring_file):
    account = set_up_mailbox(profile, smtp_port=smtp.port)
    save_account(profile, account, "secret")  # the password to the (test) keyring
    window = open_window(profile)
    runner = window.mail.outbox  # the window's own runner, started with the window
    assert isinstance(runner, OutboxRunner)
    said: list[tuple[str, str]] = []
    runner.status_changed.connect(lambda text, level: said.append((plain(text), level)))
    return window, runner, said


def _queue(qtbot, window, profile, clock):  # noqa: ANN001, ANN202
    case_id = relay_case(profile)
    view = window.case_view
    open_case(qtbot, view, case_id)
    send_reply(qtbot, view, TEXT)
    qtbot.waitUntil(lambda: [m.outbound_state for m in replies(profile, case_id)] == ["queued"])
    return case_id


def _after_undo_window(qtbot, runner, clock) -> None:
    """The undo window passes; the runner, asked when the next reply is due, sends it."""
    clock.advance(seconds=11)
    with qtbot.waitSignal(runner.round_finished, timeout=20_000):
        runner.arm()


def test_a_due_reply_is_sent_once_and_the_thread_says_sent(
    qtbot, runner_window, profile, clock, smtp
):
    smtp.start()
    window, runner, said = runner_window
    case_id = _queue(qtbot, window, profile, clock)
    assert smtp.mailbox.received == []  # the undo window is not over
    _after_undo_window(qtbot, runner, clock)
    [reply] = replies(profile, case_id)
    assert reply.outbound_state == "sent" and reply.sent_at == clock()
    [envelope] = smtp.mailbox.received
    mail = message_from_bytes(envelope.content, policy=policy.default)
    assert mail["To"] == RELAY and mail["From"] == "seller@example.com"
    assert mail["Subject"].startswith("Re:")
    assert TEXT in mail.get_content()
    thread = window.case_view.conversation
    shown = f"Sent {window.language.when(clock(), clock())}".replace("\u202f", " ")
    qtbot.waitUntil(lambda: shown in plain(thread.toPlainText()))
    assert ("Reply sent.", "info") in said
    # Asked again, nothing goes twice.
    with qtbot.waitSignal(runner.round_finished, timeout=20_000):
        runner.wake()
    assert len(smtp.mailbox.received) == 1


def test_a_refused_reply_fails_with_the_servers_words_and_retry_sends_it(
    qtbot, runner_window, profile, clock, smtp
):
    smtp.mailbox.refuse = "550 5.7.1 Sender address not registered for messaging"
    smtp.start()
    window, runner, said = runner_window
    case_id = _queue(qtbot, window, profile, clock)
    _after_undo_window(qtbot, runner, clock)
    [reply] = replies(profile, case_id)
    assert reply.outbound_state == "failed"
    assert "Sender address not registered" in reply.failure
    ref = window.case_view.detail.ref
    assert any(
        level == "error" and text.startswith(f"Reply to {ref} failed: ") and "550" in text
        for text, level in said
    )
    thread = window.case_view.conversation
    qtbot.waitUntil(lambda: "Failed: " in plain(thread.toPlainText()))
    assert "Sender address not registered" in plain(thread.toPlainText())
    assert (RETRY, reply.id) in thread.action_links()

    smtp.mailbox.refuse = None  # the address was fixed in Seller Central
    with qtbot.waitSignal(runner.round_finished, timeout=20_000):
        click_action(qtbot, thread, RETRY, reply.id)  # due at once: the runner wakes for it
    qtbot.waitUntil(lambda: replies(profile, case_id)[0].outbound_state == "sent")
    assert len(smtp.mailbox.received) == 1
    qtbot.waitUntil(lambda: "Failed: " not in plain(thread.toPlainText()))


def test_with_the_server_down_the_reply_waits_and_goes_once_it_is_up(
    qtbot, runner_window, profile, clock, smtp
):
    window, runner, said = runner_window  # nothing listens on the port yet
    case_id = _queue(qtbot, window, profile, clock)
    _after_undo_window(qtbot, runner, clock)
    [reply] = replies(profile, case_id)
    assert reply.outbound_state == "queued" and reply.attempts == 1
    assert reply.next_attempt_at > clock()
    assert ("Replies waiting: 1 (the mail server cannot be reached)", "error") in said
    thread = window.case_view.conversation
    qtbot.waitUntil(lambda: "Waiting to retry (attempt 2, next at " in plain(thread.toPlainText()))
    assert "cannot be reached" in plain(thread.toPlainText())
    # It wakes for the retry on its own (the next due time is read on the pool first).
    qtbot.waitUntil(runner.timer.isActive, timeout=10_000)

    smtp.start()
    clock.advance(minutes=2)
    with qtbot.waitSignal(runner.round_finished, timeout=20_000):
        runner.arm()
    qtbot.waitUntil(lambda: replies(profile, case_id)[0].outbound_state == "sent")
    assert len(smtp.mailbox.received) == 1
