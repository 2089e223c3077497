"""What the seller is told when the mailbox cannot be read: one line and a stable kind."""

from __future__ import annotations

import dataclasses
import socket
import threading

import pytest

from app.errors import UserError
from app.services.mail import imap
from app.services.mail.imap import MailServerError, fetch_new, folder_cursor, test_connection
from tests.services.mail.dovecot import free_port, relay_mail


def fetch_error(profile, account, password, **options) -> MailServerError:
    with pytest.raises(MailServerError) as failed:
        fetch_new(profile, account, password, **options)
    error = failed.value
    assert isinstance(error, UserError)
    assert error.kind in imap.KINDS
    assert "\n" not in str(error) and str(error)
    return error


def test_a_wrong_password_is_refused_login(profile, dovecot, mail_account):
    error = fetch_error(profile, mail_account, "not the password")
    assert error.kind == imap.AUTH and not error.passing
    assert "127.0.0.1" in str(error) and "user name or password" in str(error)
    assert folder_cursor(profile, mail_account) == (None, 0)


def test_a_closed_port_is_offline(profile, mail_account):
    account = dataclasses.replace(mail_account, imap_port=free_port())
    error = fetch_error(profile, account, "x")
    assert error.kind == imap.OFFLINE and error.passing
    assert f"127.0.0.1:{account.imap_port}" in str(error)


def test_tls_to_a_plain_port_fails_as_tls(profile, dovecot, mail_account):
    error = fetch_error(profile, dataclasses.replace(mail_account, security="ssl"), "x")
    assert error.kind == imap.TLS and not error.passing


def test_starttls_with_a_server_that_offers_none_fails_as_tls(profile, dovecot, mail_account):
    account = dataclasses.replace(mail_account, security="starttls")
    error = fetch_error(profile, account, dovecot.password)
    assert error.kind == imap.TLS and "STARTTLS" in str(error)


def test_a_missing_folder_is_named(profile, dovecot, mail_account):
    account = dataclasses.replace(mail_account, folder="Amazon Buyers")
    error = fetch_error(profile, account, dovecot.password)
    assert error.kind == imap.FOLDER


def test_a_server_that_never_answers_times_out(profile, mail_account):
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)  # accepts the connection (the backlog) and never says a word
        account = dataclasses.replace(mail_account, imap_port=silent.getsockname()[1])
        error = fetch_error(profile, account, "x", timeout=0.5)
    assert error.kind == imap.TIMEOUT and error.passing


def test_a_server_that_hangs_up_at_once_is_offline_or_dropped(profile, mail_account):
    """The connection is accepted and closed without a greeting."""
    with socket.socket() as rude:
        rude.bind(("127.0.0.1", 0))
        rude.listen(1)

        def hang_up() -> None:
            conn, _address = rude.accept()
            conn.close()

        thread = threading.Thread(target=hang_up)
        thread.start()
        account = dataclasses.replace(mail_account, imap_port=rude.getsockname()[1])
        error = fetch_error(profile, account, "x", timeout=5)
        thread.join()
    assert error.passing


@pytest.mark.parametrize(
    ("code", "kind"),
    [(socket.EAI_NONAME, imap.HOST), (socket.EAI_AGAIN, imap.OFFLINE)],
)
def test_a_name_that_does_not_exist_differs_from_no_name_service(code, kind):
    error = imap.server_error(
        socket.gaierror(code, "lookup failed"), ("mail.example.invalid", 993), stage="connect"
    )
    assert error.kind == kind
    assert "mail.example.invalid" in str(error)


def test_a_dropped_connection_keeps_the_batches_stored(profile, dovecot, mail_account):
    dovecot.deliver([relay_mail(n) for n in range(4)])

    def drop(done: int, _total: int, _text: str) -> None:
        if done == 2:
            dovecot.stop()

    error = fetch_error(profile, mail_account, dovecot.password, batch=2, progress=drop)
    assert error.passing and error.kind in (imap.DROPPED, imap.OFFLINE)
    assert error.partial is not None and error.partial.imported == 2
    assert not error.partial.changes.empty


def test_the_connection_test_logs_in_to_both_servers(dovecot, mail_account):
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Sink

    port = free_port()
    smtp_server = Controller(Sink(), hostname="127.0.0.1", port=port)
    smtp_server.start()
    try:
        account = dataclasses.replace(mail_account, smtp_port=port)
        good = test_connection(account, dovecot.password, timeout=10)
        bad = test_connection(account, "wrong", timeout=10)
    finally:
        smtp_server.stop()
    assert good.ok, (good.imap, good.smtp)
    assert bad.imap is not None and bad.imap.kind == imap.AUTH and bad.smtp is None

    nothing = test_connection(
        dataclasses.replace(mail_account, smtp_port=free_port()), dovecot.password, timeout=5
    )
    assert nothing.imap is None
    assert nothing.smtp is not None and nothing.smtp.kind == imap.OFFLINE
