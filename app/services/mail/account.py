"""The seller's mailbox: where mail is fetched from and replies are sent through.

It is this laptop's setting (`settings.MAIL_ACCOUNT`, in the profile's `meta` table, never
logged or synced: each agent connects their own laptop). The password goes to the
system keyring (`keyring`) and never to a file of the profile; a machine without a
keyring gets a clear error saying so, not a password written in plain text.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass

from sqlalchemy import delete

from app.models.entities import Meta
from app.services.core.changes import Changes
from app.services.core.errors import InvalidInput, ServiceError
from app.services.core.profile import Profile
from app.services.core.settings import MAIL_ACCOUNT
from app.services.core.validation import clean_line

KEYRING_SERVICE = "support-workbench-mail"
SECURITY = ("ssl", "starttls", "plain")
DEFAULT_PORTS = {
    "ssl": (993, 465),
    "starttls": (143, 587),
    "plain": (143, 25),
}


class MailboxPasswordMissing(ServiceError):
    """No password for the mailbox in the keyring (or no keyring on this machine)."""


@dataclass(frozen=True)
class MailAccount:
    imap_host: str
    smtp_host: str
    user: str
    address: str  # the address registered with the marketplace for messaging
    security: str = "ssl"  # ssl | starttls | plain
    imap_port: int = 0  # 0: the default of `security`
    smtp_port: int = 0
    folder: str = "INBOX"

    @property
    def imap(self) -> tuple[str, int]:
        return self.imap_host, self.imap_port or DEFAULT_PORTS[self.security][0]

    @property
    def smtp(self) -> tuple[str, int]:
        return self.smtp_host, self.smtp_port or DEFAULT_PORTS[self.security][1]

    @property
    def key(self) -> str:
        """Names this mailbox in the keyring and in `mail_folders`."""
        return f"{self.user}@{self.imap_host}"


def check_account(account: MailAccount) -> MailAccount:
    """The account with its text cleaned, or InvalidInput naming what is wrong."""
    if account.security not in SECURITY:
        raise InvalidInput(f"Security must be one of {', '.join(SECURITY)}.")
    for port, what in ((account.imap_port, "IMAP port"), (account.smtp_port, "SMTP port")):
        if not 0 <= port <= 65535:
            raise InvalidInput(f"The {what} must be a number from 1 to 65535.")
    address = clean_line(account.address, "address", 320).lower()
    if address.count("@") != 1 or address.startswith("@") or address.endswith("@"):
        raise InvalidInput(f"{address!r} is not an e-mail address.")
    return dataclasses.replace(
        account,
        imap_host=clean_line(account.imap_host, "IMAP server", 253),
        smtp_host=clean_line(account.smtp_host, "SMTP server", 253),
        user=clean_line(account.user, "user name", 320),
        address=address,
        folder=clean_line(account.folder, "folder", 500),
    )


def load_account(profile: Profile) -> MailAccount | None:
    """This laptop's mailbox, or None when none was set up."""
    with profile.read() as session:
        row = session.get(Meta, MAIL_ACCOUNT.key)
        text = row.value if row is not None else ""
    if not text:
        return None
    try:
        fields = json.loads(text)
        names = {f.name for f in dataclasses.fields(MailAccount)}
        return MailAccount(**{k: v for k, v in fields.items() if k in names})
    except (ValueError, TypeError):
        return None  # edited by hand into something unreadable: as if none


def save_account(profile: Profile, account: MailAccount, password: str | None = None) -> Changes:
    """Store the mailbox (this device's setting) and, when given, its password in the
    keyring. The keyring first: without one nothing is stored. No shop data changes (a
    device setting is not logged), so the Changes are empty."""
    account = check_account(account)
    if password is not None:
        store_password(account, password)
    text = json.dumps(dataclasses.asdict(account), sort_keys=True)
    with profile.write() as session:
        row = session.get(Meta, MAIL_ACCOUNT.key)
        if row is None:
            session.add(Meta(key=MAIL_ACCOUNT.key, value=text))
        else:
            row.value = text
    return Changes()


def remove_account(profile: Profile) -> Changes:
    account = load_account(profile)
    with profile.write() as session:
        session.execute(delete(Meta).where(Meta.key == MAIL_ACCOUNT.key))
    if account is not None:
        try:
            import keyring

            keyring.delete_password(KEYRING_SERVICE, account.key)
        except Exception:  # noqa: BLE001 - nothing stored, or no keyring: nothing to remove
            pass
    return Changes()


def store_password(account: MailAccount, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, account.key, password)
    except (KeyringError, RuntimeError) as exc:
        raise MailboxPasswordMissing(
            "This computer has no password store (keyring) the workbench can use, so the "
            f"mailbox password cannot be kept safely: {exc}"
        ) from exc


def mailbox_password(account: MailAccount) -> str:
    """The mailbox password from the keyring; MailboxPasswordMissing says why there is none."""
    import keyring
    from keyring.errors import KeyringError

    try:
        password = keyring.get_password(KEYRING_SERVICE, account.key)
    except (KeyringError, RuntimeError) as exc:
        raise MailboxPasswordMissing(
            f"The mailbox password cannot be read from this computer's keyring: {exc}"
        ) from exc
    if password is None:
        raise MailboxPasswordMissing(
            f"There is no password for {account.key} in this computer's keyring; enter it "
            "again in Preferences > Mail."
        )
    return password
