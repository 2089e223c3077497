"""Handing a message to the mail server (standard `smtplib`), with the outcome in three
words the outbox acts on: temporary (try later), permanent (failed: the server's words),
or unknown (the connection broke after the message was handed over: it may have gone).
"""

from __future__ import annotations

import re
import smtplib
import ssl
from collections.abc import Iterator
from contextlib import contextmanager

from app.services.mail.account import MailAccount

TIMEOUT_S = 30.0


class SendProblem(Exception):
    """Why a message did not go; `str()` is the reason shown to the agent."""


class TemporaryFailure(SendProblem):
    """Nothing was delivered and trying later may work (no connection, a timeout, 4xx)."""

    def __init__(self, reason: str, *, offline: bool = False) -> None:
        super().__init__(reason)
        self.offline = offline


class PermanentFailure(SendProblem):
    """The server refused the message for good (5xx); trying again changes nothing."""


class OutcomeUnknown(SendProblem):
    """The message was handed over but the server's answer never came: it may have gone."""


def _words(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    text = " ".join(str(text).split())
    return f"{code} {text}".strip()


def _connect_problem(host: str, port: int, exc: BaseException) -> TemporaryFailure:
    detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return TemporaryFailure(
        f"The mail server {host}:{port} cannot be reached: {detail}", offline=True
    )


class Connection:
    """One open SMTP session; `send` hands over one message."""

    def __init__(self, client: smtplib.SMTP, host: str, port: int) -> None:
        self.client = client
        self.host, self.port = host, port

    def send(self, sender: str, recipients: list[str], data: bytes) -> None:
        client = self.client
        try:
            code, text = client.mail(
                sender, ["SMTPUTF8"] if _needs_utf8(sender, recipients) else []
            )
            if code != 250:
                raise _refused(code, text, client)
            for recipient in recipients:
                code, text = client.rcpt(recipient)
                if code not in (250, 251):
                    raise _refused(code, text, client)
            code, text = client.docmd("DATA")
            if code != 354:
                raise _refused(code, text, client)
        except (OSError, smtplib.SMTPServerDisconnected) as exc:
            raise TemporaryFailure(
                f"The connection to {self.host} broke before the reply was handed over: {exc}",
                offline=True,
            ) from exc
        # From here the server may have the message: a broken connection is not "try again".
        try:
            client.send(_dot_stuffed(data) + b".\r\n")
            code, text = client.getreply()
        except (OSError, smtplib.SMTPServerDisconnected) as exc:
            raise OutcomeUnknown(
                f"The connection to {self.host} broke right after the reply was handed over "
                f"({exc}); it may have been sent. Check your sent mail, then Mark as sent or "
                "Retry."
            ) from exc
        if code != 250:
            raise _refused(code, text, client)

    def close(self) -> None:
        try:
            self.client.quit()
        except (OSError, smtplib.SMTPException):
            self.client.close()


def _dot_stuffed(data: bytes) -> bytes:
    """CRLF line ends, a leading dot doubled (RFC 5321 4.5.2), a final CRLF."""
    payload = re.sub(rb"\r\n|\r|\n", b"\r\n", data)
    payload = re.sub(rb"(?m)^\.", b"..", payload)
    return payload if payload.endswith(b"\r\n") else payload + b"\r\n"


def _needs_utf8(sender: str, recipients: list[str]) -> bool:
    return not all(a.isascii() for a in (sender, *recipients))


def _refused(code: int, text: bytes | str, client: smtplib.SMTP) -> SendProblem:
    words = _words(code, text)
    try:
        client.rset()
    except (OSError, smtplib.SMTPException):
        pass
    # The server's own words only ("550 5.7.1 ..."): the thread frames them in the agent's
    # language ("Failed: %1", "Waiting to retry ...: %1").
    if 400 <= code < 500:
        return TemporaryFailure(words)
    return PermanentFailure(words)


@contextmanager
def connect(
    account: MailAccount, password: str, *, timeout: float = TIMEOUT_S
) -> Iterator[Connection]:
    """A logged-in session with the account's SMTP server; TemporaryFailure (offline)
    when it cannot be reached, PermanentFailure when the login is refused."""
    host, port = account.smtp
    try:
        if account.security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                host, port, timeout=timeout, context=ssl.create_default_context()
            )
        else:
            client = smtplib.SMTP(host, port, timeout=timeout)
            if account.security == "starttls":
                client.starttls(context=ssl.create_default_context())
                client.ehlo()
    except (TimeoutError, OSError, smtplib.SMTPException) as exc:
        if isinstance(exc, smtplib.SMTPResponseException):
            raise TemporaryFailure(
                f"The mail server refused the connection: {_words(exc.smtp_code, exc.smtp_error)}"
            ) from exc
        raise _connect_problem(host, port, exc) from exc
    try:
        client.ehlo_or_helo_if_needed()
        if password and account.user and client.has_extn("auth"):
            client.login(account.user, password)
    except smtplib.SMTPResponseException as exc:
        # The session, not a reply, is refused (a wrong password...): the replies wait,
        # keeping the reason, until the account is fixed.
        client.close()
        raise TemporaryFailure(
            f"The mail server did not accept the login: {_words(exc.smtp_code, exc.smtp_error)}"
        ) from exc
    except (OSError, smtplib.SMTPException) as exc:
        client.close()
        raise _connect_problem(host, port, exc) from exc
    connection = Connection(client, host, port)
    try:
        yield connection
    finally:
        connection.close()
