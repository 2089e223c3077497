"""Mail intake: raw messages become cases, messages and evidence.

`import_mails(profile, raws, source=...)` is the one entry point, for the IMAP fetch
and for file imports (`sources.py`). It works in two halves:

1. Before any transaction (`intake_prepare.py`): each raw message is parsed
   (`parse_mail`; what cannot be a mail is refused with its reason and the others go
   on), messages already stored are set aside by Message-ID, the buyer's language is
   detected once per message, and the raw message and its attachments are stored as
   blobs (fsynced and renamed into place before any row refers to them).
2. One short write transaction per `WRITE_CHUNK` mails (`intake_rows.py`): each
   message lands in its case (same thread, else same buyer and order, else a new case),
   with operations for every row, and the touched cases' clocks and escalation are
   recomputed once each.

Re-importing never duplicates: `messages.mail_id` is unique (`ux_messages_mail_id`);
it is checked again inside the transaction (which holds SQLite's write lock), and a
transaction that still meets the index (another writer got there first) is run once
more, so the message it lost to is counted as a duplicate.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.errors import UserError
from app.models.entities import Message
from app.services.core.changes import Changes
from app.services.core.errors import StorageError
from app.services.core.profile import Profile
from app.services.mail import intake_text as words
from app.services.mail.intake_prepare import Prepared, prepare, store_raws
from app.services.mail.intake_rows import BatchRows, write_rows
from app.services.mail.model import ParsedMail
from app.services.mail.parse_pool import parse_many

log = logging.getLogger(__name__)

# Mails written per transaction: big enough that a 10,000-message import is quick,
# small enough that another write (a reply) waits only moments for the lock.
WRITE_CHUNK = 200
# SQLite takes at most 32,766 parameters; lookups go in slices well under that.
LOOKUP_SLICE = 500
MAIL_UNREADABLE = "This mail could not be read (an internal error; details are in the log)."


@dataclass(frozen=True)
class ImportedMail:
    """One mail now stored: where it is in the batch, and the rows it became."""

    index: int
    mail_id: str
    case_id: uuid.UUID
    message_id: uuid.UUID
    new_case: bool


@dataclass(frozen=True)
class MailBatch:
    """What `import_mails` did with each mail of the batch, by its index there.

    `refused`: (index, one-line reason) for what cannot be a mail. `attachments_refused`:
    (index, file name, reason) for attachments the evidence checks refused; their mail
    was imported all the same (and its `mail_flags` say so)."""

    changes: Changes
    imported: tuple[ImportedMail, ...] = ()
    duplicates: tuple[int, ...] = ()
    refused: tuple[tuple[int, str], ...] = ()
    attachments_refused: tuple[tuple[int, str, str], ...] = ()

    @property
    def new_cases(self) -> int:
        return sum(1 for mail in self.imported if mail.new_case)


def import_mails(profile: Profile, raws: Sequence[bytes], *, source: str) -> MailBatch:
    """Store each raw message of `raws` in its case; see the module's description.

    A mail that cannot be read is refused and the others are imported; a storage
    problem (disk full, read-only profile) stops the batch with `StorageError`, and
    the chunks written before it stay written."""
    profile.check_writable()
    now = profile.now()
    refused: list[tuple[int, str]] = []
    parsed: list[tuple[int, ParsedMail, bytes]] = []
    for index, (raw, (outcome, value)) in enumerate(zip(raws, parse_many(raws), strict=True)):
        if outcome == "ok":
            parsed.append((index, value, raw))
        elif outcome == "refused":
            refused.append((index, words.one_line(value, 500)))
        else:  # a parser bug on hostile input stops one mail only (logged where it ran)
            log.error("mail %d of %s could not be parsed", index, source)
            refused.append((index, MAIL_UNREADABLE))

    duplicates: list[int] = []
    fresh: list[tuple[int, ParsedMail, bytes]] = []
    stored = stored_mail_ids(profile, [mail.mail_id for _i, mail, _raw in parsed])
    seen: set[str] = set()
    for index, mail, raw in parsed:
        if mail.mail_id in stored or mail.mail_id in seen:
            duplicates.append(index)
        else:
            seen.add(mail.mail_id)
            fresh.append((index, mail, raw))

    # The raw messages first, all flushed to disk together (the slow part of small mails).
    raw_shas = store_raws(profile, [raw for _i, _mail, raw in fresh])
    prepared: list[Prepared] = []
    for (index, mail, raw), raw_sha in zip(fresh, raw_shas, strict=True):
        try:
            prepared.append(prepare(profile, index, mail, raw, now, raw_sha))
        except StorageError:
            raise
        except UserError as exc:
            refused.append((index, words.one_line(str(exc), 500)))
        except Exception:  # noqa: BLE001 - one mail's bug must not lose the others
            log.exception("mail %d of %s could not be prepared", index, source)
            refused.append((index, MAIL_UNREADABLE))
    # Oldest first, so that within a batch a thread's first message makes the case.
    prepared.sort(key=lambda p: (p.received, p.index))

    rows = BatchRows()
    for start in range(0, len(prepared), WRITE_CHUNK):
        rows = rows.then(_write_chunk(profile, prepared[start : start + WRITE_CHUNK], now))
    imported = tuple(
        ImportedMail(i.index, i.mail_id, i.case_id, i.message_id, i.new_case)
        for i in sorted(rows.imported, key=lambda i: i.index)
    )
    if imported or refused:
        log.info(
            "mail from %s: %d imported, %d duplicates, %d refused",
            source,
            len(imported),
            len(duplicates) + len(rows.duplicates),
            len(refused),
        )
    return MailBatch(
        changes=rows.changes,
        imported=imported,
        duplicates=tuple(sorted(duplicates + list(rows.duplicates))),
        refused=tuple(sorted(refused)),
        attachments_refused=tuple(
            (p.index, name, reason)
            for p in sorted(prepared, key=lambda p: p.index)
            if p.index not in rows.duplicates
            for name, reason in p.refused_files
        ),
    )


def _write_chunk(profile: Profile, chunk: list[Prepared], now: dt.datetime) -> BatchRows:
    """One transaction for the chunk; once more if another writer stored one of its
    messages first (the unique index said so: it then counts as a duplicate), or a new
    case's short reference was taken (~never; new ids are drawn)."""
    for attempt in range(3):
        try:
            with profile.write() as session:
                return write_rows(session, profile, chunk, now)
        except IntegrityError as exc:
            text = str(exc.orig or exc)
            if attempt == 2 or not ("mail_id" in text or "cases.ref" in text):
                raise
            log.info("writing a mail batch again after %s", text)
    raise AssertionError("unreachable")


def stored_mail_ids(profile: Profile, mail_ids: Sequence[str]) -> set[str]:
    """Which of these Message-IDs are already stored (on any message, removed ones too)."""
    found: set[str] = set()
    wanted = list(dict.fromkeys(mail_ids))
    if not wanted:
        return found
    with profile.read() as session:
        for start in range(0, len(wanted), LOOKUP_SLICE):
            part = wanted[start : start + LOOKUP_SLICE]
            found.update(session.scalars(select(Message.mail_id).where(Message.mail_id.in_(part))))
    return found
