"""An SMTP server for the outbox tests (aiosmtpd on 127.0.0.1): it keeps what it received,
can be told to refuse (a 550 on RCPT, a 451 on DATA...), and can be stopped and started
again on the same port ("the server is down", then "it is back").

Import the fixtures explicitly: `from tests.services.mail.smtp_server import smtp_server`.
"""

from __future__ import annotations

import email
import socket
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default

import pytest
from aiosmtpd.controller import Controller

from app.services.mail.account import MailAccount

ADDRESS = "support@shop.example"


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        """The message as read from a mailbox file (line ends as \\n, not SMTP's CRLF)."""
        return email.message_from_bytes(self.data.replace(b"\r\n", b"\n"), policy=default)


@dataclass
class Handler:
    """What the server does with each message; `answers` maps a command to a reply."""

    received: list[Received] = field(default_factory=list)
    answers: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server, session, envelope, address, options):  # noqa: ANN001, ANN201, N802
        if "RCPT" in self.answers:
            return self.answers["RCPT"]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802
        if "DATA" in self.answers:
            return self.answers["DATA"]
        with self.lock:
            self.received.append(
                Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content))
            )
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SmtpServer:
    """A local server on a fixed port that can go down and come back."""

    def __init__(self) -> None:
        self.port = free_port()
        self.handler = Handler()
        self.controller: Controller | None = None

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def start(self) -> None:
        if self.controller is None:
            self.controller = Controller(
                self.handler, hostname="127.0.0.1", port=self.port, enable_SMTPUTF8=True
            )
            self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def answer(self, command: str, reply: str | None) -> None:
        """Make the server answer `command` (RCPT, DATA) with `reply`; None: accept again."""
        if reply is None:
            self.handler.answers.pop(command, None)
        else:
            self.handler.answers[command] = reply

    def account(self, address: str = ADDRESS) -> MailAccount:
        return MailAccount(
            imap_host="127.0.0.1",
            smtp_host="127.0.0.1",
            user="agent",
            address=address,
            security="plain",
            smtp_port=self.port,
        )


@pytest.fixture
def smtp_server():
    server = SmtpServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
