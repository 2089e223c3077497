"""`workbench mail account set|show` and `mail fetch`: the mailbox from the command line.

The account is this laptop's setting; its password is read from stdin (never from the
command line, where `ps` and the shell history would show it) and goes to the system
keyring. `mail fetch` reads the new mail once, as the window does on its timer; a
server that cannot be reached exits 2 with one line saying why.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from app.cli import output as out
from app.cli.common import EXIT_OK, CliError, Run, emit, json_flag

if TYPE_CHECKING:
    from app.services.mail.account import MailAccount
    from app.services.mail.imap import FetchReport


def account_json(account: MailAccount, *, password_stored: bool) -> dict[str, Any]:
    return {
        "imap_host": account.imap[0],
        "imap_port": account.imap[1],
        "smtp_host": account.smtp[0],
        "smtp_port": account.smtp[1],
        "security": account.security,
        "user": account.user,
        "address": account.address,
        "folder": account.folder,
        "password_stored": password_stored,
    }


def _password_stored(account: MailAccount) -> bool:
    from app.services.mail.account import MailboxPasswordMissing, mailbox_password

    try:
        mailbox_password(account)
    except MailboxPasswordMissing:
        return False
    return True


def _read_password() -> str:
    """The first line of stdin, without its line end (spaces are part of a password)."""
    line = sys.stdin.readline()
    password = line.removesuffix("\n").removesuffix("\r")
    if not password:
        raise CliError("--password-stdin: no password on standard input")
    return password


def cmd_account_set(run: Run) -> int:
    from app.services.mail.account import MailAccount, load_account, save_account

    args = run.args
    password = _read_password() if args.password_stdin else None
    account = MailAccount(
        imap_host=args.imap_host,
        imap_port=args.imap_port,
        smtp_host=args.smtp_host,
        smtp_port=args.smtp_port,
        user=args.user,
        address=args.address,
        security=args.security,
        folder=args.folder,
    )
    with run.profile() as profile:
        save_account(profile, account, password)
        saved = load_account(profile)
    stored = _password_stored(saved)
    emit(
        run,
        account_json(saved, password_stored=stored),
        lambda: (
            f"Mailbox {saved.key} ({saved.security}) saved; "
            + ("its password is in the system keyring." if stored else "no password stored yet.")
        ),
    )
    return EXIT_OK


def cmd_account_show(run: Run) -> int:
    from app.services.mail.account import load_account

    with run.profile(read_only=True) as profile:
        account = load_account(profile)
    if account is None:
        raise CliError(_NO_ACCOUNT)
    data = account_json(account, password_stored=_password_stored(account))
    emit(
        run,
        data,
        lambda: "\n".join(f"{key}: {value}" for key, value in data.items()),
    )
    return EXIT_OK


_NO_ACCOUNT = (
    "No mailbox is set up; add one with 'workbench mail account set --imap-host H "
    "--smtp-host H --user U --address A --password-stdin'."
)


def fetch_json(account: MailAccount, report: FetchReport) -> dict[str, Any]:
    """`mail fetch --json`: what the fetch brought in."""
    return {
        "account": account.key,
        "folder": account.folder,
        "fetched": report.fetched,
        "imported": report.imported,
        "new_cases": report.new_cases,
        "duplicates": report.duplicates,
        "refused": [{"uid": uid, "reason": reason} for uid, reason in report.refused],
        "resynced": report.resynced,
        "uidvalidity": report.uidvalidity,
        "last_uid": report.last_uid,
    }


def fetch_text(account: MailAccount, report: FetchReport) -> str:
    lines = [
        f"{account.key} {account.folder}: {report.fetched:,} fetched, {report.imported:,} "
        f"imported ({report.new_cases:,} new cases), {report.duplicates:,} already stored"
    ]
    if report.resynced:
        lines.append("  the folder was renumbered on the server (UIDVALIDITY): read again")
    lines += [f"  refused: UID {uid}: {reason}" for uid, reason in report.refused]
    return "\n".join(lines)


def cmd_fetch(run: Run) -> int:
    from app.services.mail.account import load_account, mailbox_password
    from app.services.mail.imap import BATCH, fetch_new

    with run.profile() as profile:
        account = load_account(profile)
        if account is None:
            raise CliError(_NO_ACCOUNT)
        password = mailbox_password(account)
        bar = out.Progress(sys.stderr, "Fetching mail") if sys.stderr.isatty() else None
        try:
            report = fetch_new(
                profile,
                account,
                password,
                batch=run.args.batch or BATCH,
                progress=(lambda done, total, _text: bar(done, total)) if bar else None,
            )
        finally:
            if bar is not None:
                bar.finish()
    emit(run, fetch_json(account, report), lambda: fetch_text(account, report))
    return EXIT_OK


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r}: a port is a number from 1 to 65535")
    return value


def _batch(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError(f"{text!r}: use 1 to 1000")
    return value


def add_parsers(mail_commands: argparse._SubParsersAction) -> None:
    """Adds `mail account set`, `mail account show` and `mail fetch` to the `mail` group."""
    from app.services.mail.account import SECURITY

    account = mail_commands.add_parser("account", help="the mailbox mail is fetched from")
    account_commands = account.add_subparsers(
        title="subcommands", metavar="COMMAND", dest="mail_account_command", required=True
    )
    set_ = account_commands.add_parser(
        "set",
        help="set up this laptop's mailbox",
        description="Set up the mailbox this laptop fetches mail from and sends replies "
        "through. The password is read from standard input (--password-stdin) and kept in "
        "the system keyring, never in a file; without it a password stored before is kept. "
        "Ports default to the security's usual ones (ssl: 993 and 465, starttls: 143 and "
        "587, plain: 143 and 25).",
    )
    set_.add_argument("--imap-host", required=True, metavar="H", help="the IMAP server")
    set_.add_argument("--imap-port", type=_port, default=0, metavar="N", help="its port")
    set_.add_argument("--smtp-host", required=True, metavar="H", help="the SMTP server")
    set_.add_argument("--smtp-port", type=_port, default=0, metavar="N", help="its port")
    set_.add_argument("--user", required=True, metavar="U", help="the login name")
    set_.add_argument(
        "--address",
        required=True,
        metavar="A",
        help="the address registered with the marketplace for messaging (replies go from it)",
    )
    set_.add_argument("--security", choices=SECURITY, default="ssl", help="default: ssl")
    set_.add_argument("--folder", default="INBOX", metavar="F", help="default: INBOX")
    set_.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    json_flag(set_)
    set_.set_defaults(handler=cmd_account_set)

    show = account_commands.add_parser("show", help="show this laptop's mailbox (no password)")
    json_flag(show)
    show.set_defaults(handler=cmd_account_show)

    fetch = mail_commands.add_parser(
        "fetch",
        help="fetch new mail from the mailbox once",
        description="Fetch the mail that arrived since the last fetch and file each message "
        "in its case. Mail stays unread on the server. A server that cannot be reached exits "
        "2 with the reason; what was stored before that stays.",
    )
    fetch.add_argument(
        "--batch",
        type=_batch,
        metavar="N",
        help="messages per download and import (default 50)",
    )
    json_flag(fetch)
    fetch.set_defaults(handler=cmd_fetch)
