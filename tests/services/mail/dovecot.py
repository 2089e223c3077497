"""A throwaway Dovecot IMAP server for the mail tests and the fetch bench.

It runs from the system's binaries (Debian's `dovecot-imapd`) with its own config
file in a temporary folder: listening on 127.0.0.1 on a free port, no TLS,
plaintext login allowed, one user in a passwd-file, mail in a Maildir inside the
folder, logs in a file, nothing outside the folder touched. As a normal user every
Dovecot process runs as that user. As root, Dovecot refuses root for its login
processes and for mail access (uid 0), so those run as the unprivileged system users
(`dovenull`/`dovecot`, else `nobody`) and the mail folder is handed to `nobody`.

Mail is delivered with IMAP APPEND (the server writes its own files, whoever owns them).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

USER = "seller@example.com"
PASSWORD = "s3cret-pässword"  # not ASCII: the login must carry it as UTF-8 (AUTHENTICATE PLAIN)
START_TIMEOUT_S = 20.0


def dovecot_binary() -> str | None:
    """The `dovecot` program, or None when it is not installed."""
    return shutil.which("dovecot") or next(
        (p for p in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if os.access(p, os.X_OK)),
        None,
    )


def dovecot_version(binary: str) -> tuple[int, ...]:
    out = subprocess.run([binary, "--version"], capture_output=True, text=True, check=True)
    return tuple(int(part) for part in out.stdout.split()[0].split(".")[:2])


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _user(name: str) -> pwd.struct_passwd | None:
    try:
        return pwd.getpwnam(name)
    except KeyError:
        return None


@dataclass(frozen=True)
class Users:
    """Who runs what: Dovecot's internal processes, its login processes, and the mail."""

    internal: str
    login: str
    mail_uid: int
    mail_gid: int

    @classmethod
    def for_this_process(cls) -> Users:
        if os.geteuid() != 0:
            me = pwd.getpwuid(os.geteuid())
            return cls(me.pw_name, me.pw_name, me.pw_uid, me.pw_gid)
        nobody = _user("nobody")
        if nobody is None:
            raise RuntimeError("running as root needs the 'nobody' user for the test Dovecot")
        internal = _user("dovecot") or nobody
        login = _user("dovenull") or nobody
        return cls(internal.pw_name, login.pw_name, nobody.pw_uid, nobody.pw_gid)


def _config_23(root: Path, port: int, users: Users) -> str:
    return f"""\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
login_trusted_networks =
default_internal_user = {users.internal}
default_internal_group = {_group_of(users.internal)}
default_login_user = {users.login}
first_valid_uid = 1
first_valid_gid = 1
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/passwd
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
"""


def _config_24(root: Path, port: int, users: Users) -> str:
    return f"""\
dovecot_config_version = 2.4.0
dovecot_storage_version = 2.4.0
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
auth_allow_cleartext = yes
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = {users.internal}
default_internal_group = {_group_of(users.internal)}
default_login_user = {users.login}
first_valid_uid = 1
first_valid_gid = 1
mail_driver = maildir
mail_path = ~/Maildir
passdb passwd-file {{
  passwd_file_path = {root}/passwd
  default_password_scheme = PLAIN
}}
userdb passwd-file {{
  passwd_file_path = {root}/passwd
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    listen = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
"""


def _signal_group(group: int, number: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(group, number)


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _group_of(user: str) -> str:
    import grp

    return grp.getgrgid(pwd.getpwnam(user).pw_gid).gr_name


class Dovecot:
    """One throwaway server. `start()`, `stop()`, `restart()`; `close()` removes its folder."""

    def __init__(self, binary: str, root: Path | None = None) -> None:
        self.binary = binary
        self.version = dovecot_version(binary)
        base = "/tmp" if os.access("/tmp", os.W_OK) else None  # short paths: unix sockets
        self.root = Path(root or tempfile.mkdtemp(prefix="dovecot-", dir=base))
        self.root.chmod(0o755)  # the unprivileged processes must reach their folders
        self.users = Users.for_this_process()
        self.port = free_port()
        self.user = USER
        self.password = PASSWORD
        self.home = self.root / "mail" / "seller"
        self.process: subprocess.Popen | None = None
        for folder in ("run", "state", "mail", "mail/seller"):
            (self.root / folder).mkdir(exist_ok=True)
        os.chown(self.home, self.users.mail_uid, self.users.mail_gid)
        (self.root / "passwd").write_text(
            f"{self.user}:{{PLAIN}}{self.password}:{self.users.mail_uid}:{self.users.mail_gid}"
            f"::{self.home}::\n",
            encoding="utf-8",
        )
        config = _config_24 if self.version >= (2, 4) else _config_23
        self.config = self.root / "dovecot.conf"
        self.config.write_text(config(self.root, self.port, self.users), encoding="utf-8")

    @property
    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""

    def start(self) -> None:
        if self.process is not None:
            return
        with open(self.root / "stderr.log", "ab") as stderr:
            self.process = subprocess.Popen(
                [self.binary, "-F", "-c", str(self.config)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                start_new_session=True,  # its own process group: stop() ends every child
            )
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                stderr = (self.root / "stderr.log").read_text(errors="replace")
                self.process = None
                raise RuntimeError(f"dovecot exited at start: {stderr}{self.log}")
            if self._greets():
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"dovecot did not answer on port {self.port}: {self.log}")

    def _greets(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as conn:
                return conn.recv(4).startswith(b"* OK")
        except OSError:
            return False

    def stop(self) -> None:
        """Stop the server and every process of it: open connections drop at once (the
        master alone would leave a session's imap process serving until it notices)."""
        process, self.process = self.process, None
        if process is None:
            return
        group = process.pid  # start_new_session: the master leads its own group
        _signal_group(group, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            pass
        _signal_group(group, signal.SIGKILL)
        process.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _group_alive(group):
            time.sleep(0.02)

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    # ------------------------------------------------------------------ mail

    def client(self):  # noqa: ANN201 - imapclient.IMAPClient
        from imapclient import IMAPClient

        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=30)
        client.plain_login(self.user, self.password)
        return client

    def deliver(self, messages: list[bytes], folder: str = "INBOX") -> None:
        """Append the messages to `folder` (created when missing), in order."""
        with self.client() as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            for raw in messages:
                client.append(folder, raw)

    def recreate(self, folder: str) -> None:
        """Delete `folder` and create it again, empty: a new UIDVALIDITY, UIDs from 1."""
        with self.client() as client:
            client.delete_folder(folder)
            client.create_folder(folder)

    def uids(self, folder: str = "INBOX") -> tuple[int, list[int]]:
        """(UIDVALIDITY, every UID) of `folder`, read without changing anything."""
        with self.client() as client:
            selected = client.select_folder(folder, readonly=True)
            uids = client.search(["ALL"])
        return int(selected[b"UIDVALIDITY"]), sorted(uids)

    def unseen(self, folder: str = "INBOX") -> int:
        with self.client() as client:
            client.select_folder(folder, readonly=True)
            count = len(client.search(["UNSEEN"]))
        return count


def relay_mail(number: int, *, order: str | None = None, body: str | None = None) -> bytes:
    """A buyer's message as the marketplace relays it, with its own Message-ID."""
    message = EmailMessage()
    alias = f"buyer{number % 7:02d}alias@marketplace.amazon.com"
    message["From"] = f"Buyer {number % 7} - Amazon Marketplace <{alias}>"
    message["To"] = USER
    order = order or f"113-{4829100 + number % 7:07d}-{5520900 + number % 7:07d}"
    message["Subject"] = f"Inquiry from Amazon customer (Order: {order}) #{number}"
    message["Message-ID"] = f"<fetch-test-{number}@marketplace.amazon.com>"
    message["Date"] = format_datetime(
        dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.UTC) + dt.timedelta(minutes=number)
    )
    message.set_content(body or f"Hello, message number {number}. The strap broke on day two.\n")
    return bytes(message)


# ----------------------------------------------------------------------------- fixtures
# Used by the fixtures of the conftest here and of the UI tests that fetch from a server.


def dovecot_or_skip() -> str:
    """The dovecot binary; a skip with the reason when there is none (a failure under CI,
    where `.ci/run` installs it)."""
    binary = dovecot_binary()
    if binary is None:
        reason = "Dovecot is not installed (Debian: apt-get install dovecot-imapd)"
        if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
            pytest.fail(f"{reason}; CI must run the IMAP tests")
        pytest.skip(reason)
    return binary


@contextlib.contextmanager
def running_dovecot() -> Iterator[Dovecot]:
    """A running Dovecot on 127.0.0.1 with one empty mailbox, removed afterwards."""
    server = Dovecot(dovecot_or_skip())
    try:
        server.start()
        yield server
    finally:
        server.close()


@contextlib.contextmanager
def temporary_keyring(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """keyrings.alt's plain-text keyring in a file under `folder`, for this process and for
    the workbench processes a test starts (they find it through the environment)."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    monkeypatch.setenv("XDG_DATA_HOME", str(folder / "xdg-data"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    before = keyring.get_keyring()
    ring = PlaintextKeyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(before)


def account_of(server: Dovecot):  # noqa: ANN201 - MailAccount
    """The account of the server's one mailbox (plain IMAP; SMTP is not served)."""
    from app.services.mail.account import MailAccount

    return MailAccount(
        imap_host="127.0.0.1",
        imap_port=server.port,
        smtp_host="127.0.0.1",
        smtp_port=1,
        user=server.user,
        address="seller@example.com",
        security="plain",
    )
