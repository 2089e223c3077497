"""The heavy half of mail intake, done before any write transaction opens.

Each raw message is parsed, its buyer's language detected once, the raw bytes stored
as a blob (so quoted text stays in the raw message) and every attachment checked and
stored through the evidence intake's own checks (size limit, programs such as
`invoice.pdf.exe`, `../` names, content that contradicts its name). What is left for
the transaction is rows: `Prepared` holds everything they need.

Attachments go through `store_for` as files: each one is written into a private
temporary folder under its sanitised name, so it meets exactly the checks a file
dropped on a case meets, and never follows a link (`picked_by_agent=False`).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import UserError
from app.models.db import storage_error_from
from app.models.enums import Channel
from app.services.core.errors import InvalidInput, StorageError
from app.services.core.marketplaces import check_marketplace, check_order_id
from app.services.core.profile import Profile
from app.services.evidence.intake import store_for
from app.services.evidence.store import StoredFile, sanitise_name
from app.services.language.detect import detect
from app.services.mail import intake_text as words
from app.services.mail.intake_blobs import put_many
from app.services.mail.model import MailAttachment, ParsedMail

log = logging.getLogger(__name__)

# A mail dated further ahead than this is taken as received now ("future_date"): a wrong
# clock on the sender's side must not hold the 24-hour clock off for days.
FUTURE_TOLERANCE = dt.timedelta(hours=1)
# At most this many ids of a References header are looked up (the newest ones).
MAX_THREAD_REFS = 50


@dataclass(frozen=True)
class StoredAttachment:
    shown: str  # the sanitised name
    file: StoredFile


@dataclass
class Prepared:
    """One parsed mail with its blobs stored, waiting for its rows."""

    index: int
    mail: ParsedMail
    subject: str  # the mail's, one line
    case_subject: str  # without "Re:" and the like
    customer_name: str
    party: str | None  # who the buyer is: the relay alias, else the sender's address
    address: str | None
    marketplace: str | None
    order_id: str | None
    channel: str
    language: str | None
    body: str
    received: dt.datetime
    thread_ids: tuple[str, ...]  # In-Reply-To first, then References newest first
    raw: bytes = b""  # kept until the rows are written, to store it again if need be
    raw_sha256: str = ""
    flags: list[str] = field(default_factory=list)
    files: list[StoredAttachment] = field(default_factory=list)
    refused_files: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)


def prepare(
    profile: Profile,
    index: int,
    mail: ParsedMail,
    raw: bytes,
    now: dt.datetime,
    raw_sha256: str | None = None,
) -> Prepared:
    """Everything one mail's rows need, with its raw message and attachments stored;
    `raw_sha256`: the raw message is stored already (`store_raws`), under this digest."""
    flags = list(dict.fromkeys(mail.flags))
    body, body_flags = words.message_body(mail.body, mail.full_text)
    flags += body_flags
    subject = words.one_line(mail.subject, words.MESSAGE_SUBJECT_CHARS)
    case_subject = words.case_subject(subject) or words.fallback_subject(body)
    try:
        marketplace = check_marketplace(mail.marketplace)
    except UserError:
        marketplace = None
    order_id = None
    for candidate in mail.order_ids:
        try:
            order_id = check_order_id(marketplace, candidate)
        except UserError:
            continue
        break
    address = words.one_line(mail.from_address, words.ADDRESS_CHARS) or None
    alias = words.one_line(mail.relay_alias, words.NAME_CHARS) or None
    received = mail.date or now
    if received > now + FUTURE_TOLERANCE:
        flags.append("future_date")
        received = now
    found = detect(body or mail.full_text)
    prepared = Prepared(
        index=index,
        mail=mail,
        subject=subject,
        case_subject=case_subject,
        customer_name=words.buyer_name(mail.from_name, address),
        party=alias or (address[: words.NAME_CHARS] if address else None),
        address=address,
        marketplace=marketplace,
        order_id=order_id,
        channel=(Channel.MARKETPLACE if alias else Channel.EMAIL).value,
        language=found.language,
        body=body,
        received=received,
        thread_ids=_thread_ids(mail),
        raw=raw,
        flags=flags,
    )
    prepared.raw_sha256 = raw_sha256 or store_raw(profile, raw)
    if mail.attachments:
        _store_attachments(profile, prepared)
    return prepared


def store_raw(profile: Profile, raw: bytes) -> str:
    """The raw message in the blob store (written, fsynced, renamed), by its SHA-256."""
    return store_raws(profile, [raw])[0]


def store_raws(profile: Profile, raws: list[bytes]) -> list[str]:
    """Several raw messages in the blob store, durable before this returns (one disk
    flush for all where the platform allows, see `intake_blobs`); their SHA-256s."""
    profile.check_writable()
    try:
        return put_many(profile.blobs, raws)
    except OSError as exc:
        translated = storage_error_from(exc, profile.blobs.root)
        if translated is None:
            raise
        raise translated from exc


def _thread_ids(mail: ParsedMail) -> tuple[str, ...]:
    ids = list(mail.in_reply_to) + list(reversed(mail.references[-MAX_THREAD_REFS:]))
    return tuple(i for i in dict.fromkeys(ids) if i and i != mail.mail_id)[: MAX_THREAD_REFS + 5]


def _store_attachments(profile: Profile, prepared: Prepared) -> None:
    """Each attachment through the evidence checks; a refusal is kept with its reason and
    in the message's flags. A storage problem (disk full) stops the whole intake."""
    seen: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="workbench-mail-") as scratch:
        for number, attachment in enumerate(prepared.mail.attachments):
            shown = sanitise_name(attachment.filename or "") or "file"
            if attachment.flags:
                prepared.flags += [f"attachment_{flag}:{shown}" for flag in attachment.flags]
            try:
                stored = _store_one(profile, Path(scratch), number, shown, attachment)
            except StorageError:
                raise
            except UserError as exc:
                reason = words.one_line(str(exc), words.FLAG_CHARS)
                prepared.refused_files.append((shown, reason))
                prepared.flags.append(
                    words.one_line(f"attachment_refused:{shown}: {reason}", words.FLAG_CHARS)
                )
                continue
            if stored.sha256 in seen:  # the same file twice in one mail: one evidence
                continue
            seen.add(stored.sha256)
            prepared.files.append(StoredAttachment(shown, stored))


def _store_one(
    profile: Profile, scratch: Path, number: int, shown: str, attachment: MailAttachment
) -> StoredFile:
    folder = scratch / str(number)
    folder.mkdir()
    path = folder / shown
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            view = memoryview(attachment.data)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
    except OSError as exc:
        raise InvalidInput(
            f"{shown}: the attachment could not be unpacked ({exc.strerror or exc})."
        ) from exc
    return store_for(profile, path, picked_by_agent=False)
