"""Fetching new mail from the seller's mailbox over IMAP (IMAPClient), incrementally.

`fetch_new` selects the folder read-only, compares its UIDVALIDITY with the one this
device stored in `mail_folders`, asks for the UIDs above the stored `last_uid` (all of
them again after a UIDVALIDITY change: the intake's Message-ID check keeps that from
duplicating anything), downloads them with BODY.PEEK[] (the mail stays unread for the
seller's other programs) in batches, and imports each batch through
`intake.import_mails`. Only once a batch is committed does the cursor move past it, in
its own short transaction: a crash or a dropped connection at any moment loses nothing
(the batch is fetched again) and duplicates nothing (its Message-IDs are already stored).

A message the intake refuses (hostile or not a mail) is counted with its UID and reason
and passed over, so one bad mail never blocks the mailbox.

Whatever goes wrong on the way to the server is a `MailServerError` with a stable `kind`
(see KINDS), so the window can say "offline" for the ones that pass and "failed: why"
for the ones the seller must fix.
"""

from __future__ import annotations

import datetime as dt
import imaplib
import logging
import smtplib
import socket
import ssl
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from imapclient import IMAPClient, SocketTimeout
from imapclient import exceptions as imap_errors
from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert

from app.errors import UserError
from app.models.entities import MailFolder
from app.services.core.changes import Changes
from app.services.core.profile import Profile
from app.services.mail.account import MailAccount
from app.services.mail.intake import import_mails
from app.services.mail.parse import MAX_MAIL_BYTES

log = logging.getLogger(__name__)

TIMEOUT_S = 30.0  # connecting, and waiting for any one answer of the server
BATCH = 50  # messages per FETCH and per import
MAX_BATCH_BYTES = 32 * 1024 * 1024  # a batch of big messages is cut smaller

# Stable kinds of MailServerError.
AUTH = "auth"  # the server refused the user name or password
HOST = "host"  # no such server name
OFFLINE = "offline"  # no network, or nothing answers at that address and port
TLS = "tls"  # the secure connection could not be made (certificate, protocol, no STARTTLS)
FOLDER = "folder"  # the folder does not exist (or cannot be opened)
TIMEOUT = "timeout"  # the server stopped answering
DROPPED = "dropped"  # the connection broke during the fetch
SERVER = "server"  # the server answered something else it should not have
KINDS = (AUTH, HOST, OFFLINE, TLS, FOLDER, TIMEOUT, DROPPED, SERVER)
# Kinds that pass on their own: the window says "offline" and tries again soon.
PASSING = frozenset({OFFLINE, TIMEOUT, DROPPED})

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class FetchReport:
    """What one fetch did. `refused`: (UID, reason) of the messages passed over;
    `resynced`: the folder's UIDVALIDITY had changed, so it was read again from UID 1;
    `complete`: False when it was cancelled before the last batch."""

    changes: Changes = field(default_factory=Changes)
    fetched: int = 0
    imported: int = 0
    new_cases: int = 0
    duplicates: int = 0
    refused: tuple[tuple[int, str], ...] = ()
    resynced: bool = False
    uidvalidity: int | None = None
    last_uid: int = 0
    complete: bool = True


class MailServerError(UserError):
    """The mailbox cannot be read now; `kind` is one of KINDS, `str()` the one-line reason.

    `partial` is what the fetch stored before it failed (batches committed stay)."""

    def __init__(self, kind: str, message: str, *, detail: str = "") -> None:
        super().__init__(" ".join(message.split()))
        self.kind = kind
        self.detail = " ".join(detail.split())  # the server's or the system's own words
        self.partial: FetchReport | None = None

    @property
    def passing(self) -> bool:
        """No connection now (offline, timed out, dropped): worth trying again soon."""
        return self.kind in PASSING


@dataclass(frozen=True)
class ConnectionCheck:
    """The outcome of `test_connection`: None where that half worked."""

    imap: MailServerError | None
    smtp: MailServerError | None

    @property
    def ok(self) -> bool:
        return self.imap is None and self.smtp is None


# ----------------------------------------------------------------------------- the cursor


def folder_cursor(profile: Profile, account: MailAccount) -> tuple[int | None, int]:
    """(UIDVALIDITY, last UID stored) of the account's folder; (None, 0) before the first."""
    with profile.read() as session:
        row = session.get(MailFolder, (account.key, account.folder))
        return (row.uidvalidity, row.last_uid) if row is not None else (None, 0)


def last_fetched(profile: Profile, account: MailAccount) -> dt.datetime | None:
    """When the account's folder was last read to the end (or a batch of it stored)."""
    with profile.read() as session:
        return session.scalar(
            select(MailFolder.fetched_at).where(
                MailFolder.account == account.key, MailFolder.folder == account.folder
            )
        )


def _save_cursor(
    profile: Profile,
    account: MailAccount,
    uidvalidity: int,
    last_uid: int,
    fetched_at: dt.datetime | None,
) -> None:
    """Move the cursor, in a transaction of its own. `mail_folders` is this device's state
    (like `Meta`): never logged, never synced, so it is written without an operation."""
    values = {"uidvalidity": uidvalidity, "last_uid": last_uid}
    if fetched_at is not None:
        values["fetched_at"] = fetched_at
    statement = insert(MailFolder).values(account=account.key, folder=account.folder, **values)
    statement = statement.on_conflict_do_update(
        index_elements=[MailFolder.account, MailFolder.folder], set_=values
    )
    with profile.write() as session:
        session.execute(statement)


# ----------------------------------------------------------------------------- errors


def _words(exc: BaseException) -> str:
    """The system's or server's own words about `exc`, one line."""
    text = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return " ".join(str(text).split())[:300]


def server_error(exc: BaseException, where: tuple[str, int], *, stage: str) -> MailServerError:
    """The MailServerError that explains `exc`, raised while `stage` (connect, login,
    select, fetch) with the server at `where`."""
    host, port = where
    detail = _words(exc)
    if isinstance(exc, MailServerError):
        return exc
    if isinstance(exc, imap_errors.LoginError) or (stage == "login" and not _is_network(exc)):
        return MailServerError(
            AUTH,
            f"The mail server {host} did not accept the user name or password: {detail}",
            detail=detail,
        )
    if isinstance(exc, socket.gaierror):
        if exc.errno in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", socket.EAI_NONAME)):
            return MailServerError(HOST, f"There is no mail server named {host}.", detail=detail)
        return MailServerError(
            OFFLINE,
            f"The name {host} cannot be looked up; is this computer offline? ({detail})",
            detail=detail,
        )
    if isinstance(exc, ssl.SSLError | imap_errors.CapabilityError) and stage != "fetch":
        if isinstance(exc, imap_errors.CapabilityError):
            detail = "the server does not offer STARTTLS"
        return MailServerError(
            TLS, f"No secure connection to {host}:{port} could be made: {detail}", detail=detail
        )
    if isinstance(exc, TimeoutError) or "timed out" in detail.lower():
        return MailServerError(
            TIMEOUT, f"The mail server {host}:{port} stopped answering (timed out).", detail=detail
        )
    if stage == "connect" and isinstance(exc, OSError):
        return MailServerError(
            OFFLINE, f"The mail server {host}:{port} cannot be reached: {detail}", detail=detail
        )
    if _is_network(exc):
        return MailServerError(
            DROPPED, f"The connection to {host} broke during the fetch: {detail}", detail=detail
        )
    if stage == "select":
        return MailServerError(
            FOLDER, f"The folder cannot be opened on {host}: {detail}", detail=detail
        )
    return MailServerError(
        SERVER, f"The mail server {host} answered something unexpected: {detail}", detail=detail
    )


def _is_network(exc: BaseException) -> bool:
    return isinstance(exc, OSError | imaplib.IMAP4.abort | EOFError)


@contextmanager
def _translated(where: tuple[str, int], stage: str) -> Iterator[None]:
    try:
        yield
    except MailServerError:
        raise
    except (OSError, EOFError, imaplib.IMAP4.error, UnicodeError) as exc:
        raise server_error(exc, where, stage=stage) from exc


# ----------------------------------------------------------------------------- the session


def connect(account: MailAccount, password: str, *, timeout: float = TIMEOUT_S) -> IMAPClient:
    """A logged-in IMAP session with the account's server (ssl, starttls or plain)."""
    where = account.imap
    context = ssl.create_default_context()
    with _translated(where, "connect"):
        client = IMAPClient(
            where[0],
            port=where[1],
            ssl=account.security == "ssl",
            ssl_context=context,
            timeout=SocketTimeout(connect=timeout, read=timeout),
        )
    try:
        if account.security == "starttls":
            with _translated(where, "tls"):
                try:
                    client.starttls(context)
                except imap_errors.CapabilityError as exc:
                    raise server_error(exc, where, stage="tls") from exc
        with _translated(where, "login"):
            _login(client, account.user, password)
    except BaseException:
        _close(client)
        raise
    return client


def _login(client: IMAPClient, user: str, password: str) -> None:
    """LOGIN carries ASCII only; a name or password beyond it goes as AUTHENTICATE PLAIN
    (UTF-8), which servers that take such passwords offer."""
    if (user + password).isascii() or b"AUTH=PLAIN" not in client.capabilities():
        client.login(user, password)
    else:
        client.plain_login(user, password)


def _close(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # noqa: BLE001 - the session is over either way
        try:
            client.shutdown()
        except Exception:  # noqa: BLE001
            pass


def _select(client: IMAPClient, account: MailAccount) -> int:
    """The UIDVALIDITY of the account's folder, opened read-only."""
    with _translated(account.imap, "select"):
        selected = client.select_folder(account.folder, readonly=True)
    validity = selected.get(b"UIDVALIDITY")
    if validity is None:
        raise MailServerError(
            SERVER, f"The mail server {account.imap[0]} gave the folder no UIDVALIDITY."
        )
    return int(validity)


def _uids_after(client: IMAPClient, account: MailAccount, last_uid: int) -> list[int]:
    """The UIDs above `last_uid`, oldest first. `n:*` always includes the highest UID, even
    when that is below n (RFC 3501 6.4.8), so the answer is filtered."""
    with _translated(account.imap, "fetch"):
        found = client.search(["UID", f"{last_uid + 1}:*"])
    return sorted(uid for uid in found if uid > last_uid)


def _batches(
    client: IMAPClient, account: MailAccount, uids: Sequence[int], batch: int
) -> Iterator[tuple[list[int], list[tuple[int, str]]]]:
    """(UIDs to download, (UID, reason) too big to) per batch: at most `batch` messages and
    about MAX_BATCH_BYTES each, so a run of big mails never holds too much in memory."""
    for start in range(0, len(uids), batch):
        chunk = list(uids[start : start + batch])
        with _translated(account.imap, "fetch"):
            sizes = client.fetch(chunk, ["RFC822.SIZE"])
        wanted: list[int] = []
        too_big: list[tuple[int, str]] = []
        size_sum = 0
        for uid in chunk:
            size = int(sizes.get(uid, {}).get(b"RFC822.SIZE", 0) or 0)
            if size > MAX_MAIL_BYTES:
                mb = MAX_MAIL_BYTES // (1024 * 1024)
                too_big.append((uid, f"The message is larger than {mb} MB, too big to be a mail."))
                continue
            if wanted and size_sum + size > MAX_BATCH_BYTES:
                yield wanted, too_big
                wanted, too_big, size_sum = [], [], 0
            wanted.append(uid)
            size_sum += size
        if wanted or too_big:
            yield wanted, too_big


class _Tally:
    """The report as it grows, batch by batch."""

    def __init__(self, uidvalidity: int | None, last_uid: int) -> None:
        self.changes = Changes()
        self.fetched = self.imported = self.new_cases = self.duplicates = 0
        self.refused: list[tuple[int, str]] = []
        self.resynced = False
        self.uidvalidity = uidvalidity
        self.last_uid = last_uid
        self.complete = True

    def report(self) -> FetchReport:
        return FetchReport(
            changes=self.changes,
            fetched=self.fetched,
            imported=self.imported,
            new_cases=self.new_cases,
            duplicates=self.duplicates,
            refused=tuple(self.refused),
            resynced=self.resynced,
            uidvalidity=self.uidvalidity,
            last_uid=self.last_uid,
            complete=self.complete,
        )


def fetch_new(
    profile: Profile,
    account: MailAccount,
    password: str,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch: int = BATCH,
    timeout: float = TIMEOUT_S,
) -> FetchReport:
    """Fetch and import the mail that arrived since the last fetch; see the module's
    description. `progress(done, total, "")` counts messages; `cancelled()` is asked
    between batches (a cancelled fetch keeps what it stored and reports complete=False).
    MailServerError when the server cannot be read; its `partial` holds what was stored."""
    stored_validity, last_uid = folder_cursor(profile, account)
    tally = _Tally(stored_validity, last_uid)
    source = f"imap:{account.key}/{account.folder}"
    try:
        client = connect(account, password, timeout=timeout)
        try:
            validity = _select(client, account)
            if validity != stored_validity:
                # A new folder, or the server renumbered it: read it all again from UID 1.
                tally.resynced = stored_validity is not None
                tally.uidvalidity, tally.last_uid = validity, 0
                _save_cursor(profile, account, validity, 0, None)
            uids = _uids_after(client, account, tally.last_uid)
            total = len(uids)
            if progress is not None:
                progress(0, total, "")
            done = 0
            for wanted, too_big in _batches(client, account, uids, max(1, batch)):
                if cancelled is not None and cancelled():
                    tally.complete = False
                    break
                _fetch_batch(profile, client, account, wanted, too_big, tally, source)
                done += len(wanted) + len(too_big)
                if progress is not None:
                    progress(done, total, "")
            if tally.complete:
                _save_cursor(profile, account, validity, tally.last_uid, profile.now())
        finally:
            _close(client)
    except MailServerError as exc:
        exc.partial = tally.report()
        raise
    return tally.report()


def _fetch_batch(
    profile: Profile,
    client: IMAPClient,
    account: MailAccount,
    wanted: list[int],
    too_big: list[tuple[int, str]],
    tally: _Tally,
    source: str,
) -> None:
    """Download one batch, import it, then move the cursor past it."""
    raws: list[bytes] = []
    uids: list[int] = []
    if wanted:
        with _translated(account.imap, "fetch"):
            answer = client.fetch(wanted, ["BODY.PEEK[]"])
        for uid in wanted:
            item = answer.get(uid)
            if item is None:
                continue  # expunged since the search: nothing to fetch
            raw = item.get(b"BODY[]")
            if not raw:
                tally.refused.append((uid, "The server sent nothing for this message."))
                continue
            raws.append(bytes(raw))
            uids.append(uid)
    tally.refused.extend(too_big)
    tally.fetched += len(raws)
    if raws:
        result = import_mails(profile, raws, source=source)
        tally.changes |= result.changes
        tally.imported += len(result.imported)
        tally.new_cases += sum(1 for mail in result.imported if mail.new_case)
        tally.duplicates += len(result.duplicates)
        tally.refused.extend((uids[index], reason) for index, reason in result.refused)
    # Committed: only now does the cursor pass the batch.
    highest = max([*wanted, *(uid for uid, _reason in too_big)])
    tally.last_uid = max(tally.last_uid, highest)
    _save_cursor(profile, account, tally.uidvalidity, tally.last_uid, profile.now())


# ----------------------------------------------------------------------------- Preferences


def test_connection(
    account: MailAccount, password: str, *, timeout: float = TIMEOUT_S
) -> ConnectionCheck:
    """Log in to the IMAP server (and open the folder) and to the SMTP server (EHLO, and
    login when it offers one); nothing is fetched or sent."""
    imap_problem: MailServerError | None = None
    try:
        client = connect(account, password, timeout=timeout)
        try:
            _select(client, account)
        finally:
            _close(client)
    except MailServerError as exc:
        imap_problem = exc
    return ConnectionCheck(imap=imap_problem, smtp=_check_smtp(account, password, timeout))


test_connection.__test__ = False  # pytest: a service function, not a test


def _check_smtp(account: MailAccount, password: str, timeout: float) -> MailServerError | None:
    from app.services.mail import smtp

    host, port = account.smtp
    try:
        with smtp.connect(account, password, timeout=timeout):
            return None
    except smtp.TemporaryFailure as exc:
        cause = exc.__cause__
        if exc.offline and cause is not None:
            return server_error(cause, (host, port), stage="connect")
        if isinstance(cause, smtplib.SMTPAuthenticationError):
            return MailServerError(AUTH, str(exc), detail=str(exc))
        return MailServerError(OFFLINE if exc.offline else SERVER, str(exc), detail=str(exc))
    except smtp.SendProblem as exc:
        return MailServerError(SERVER, str(exc), detail=str(exc))
