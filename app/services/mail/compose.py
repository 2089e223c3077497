"""Building the e-mail of a reply: plain text UTF-8, the thread headers, the attachments.

No Qt and no database: the outbox gives the facts it stored, this gives the message as the
mail server receives it (standard `email` package, its modern policy).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import PurePosixPath

# RFC 5322 3.6.4 lets a long References chain be trimmed: keep the first id (the start
# of the thread) and the newest ones.
MAX_REFERENCES = 20
_MSGID = re.compile(r"<[^<>\s]+>")
_RE_PREFIX = re.compile(
    r"^\s*(?:(?:re|aw|sv|vs|antw|wg|fw|fwd|r|ref|rif|res|odp|atb|ynt|tr|回复|回覆|答复|Ответ|رد)"
    r"\s*(?:\[\d+\])?\s*[:：]\s*)+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Attachment:
    name: str
    media_type: str
    data: bytes


def reply_subject(subject: str | None, fallback: str = "") -> str:
    """`Re: ` and the subject answered, without piling up prefixes ("Re: Re:", "AW: Re:")."""
    text = " ".join((subject or fallback or "").split())
    bare = _RE_PREFIX.sub("", text).strip()
    return f"Re: {bare}" if bare else "Re:"


def message_ids(text: str | None) -> list[str]:
    """The `<id>` tokens of a References / In-Reply-To header value, in order."""
    return _MSGID.findall(text or "")


def references_for(parent_refs: str | None, parent_id: str | None) -> str | None:
    """The References of a reply: the parent's References and the parent's own id, each
    once, trimmed to the first and the newest `MAX_REFERENCES - 1` (RFC 5322 3.6.4)."""
    chain: list[str] = []
    for token in [*message_ids(parent_refs), *message_ids(parent_id)]:
        if token not in chain:
            chain.append(token)
    if len(chain) > MAX_REFERENCES:
        chain = [chain[0], *chain[-(MAX_REFERENCES - 1) :]]
    return " ".join(chain) or None


def new_message_id(address: str) -> str:
    """A new, globally unique Message-ID in the sender's domain."""
    domain = address.rpartition("@")[2] or "workbench.invalid"
    return make_msgid(domain=domain)


def build_reply(
    *,
    sender: str,
    to: str,
    subject: str,
    body: str,
    message_id: str,
    date: dt.datetime,
    in_reply_to: str | None = None,
    references: str | None = None,
    attachments: Sequence[Attachment] = (),
) -> EmailMessage:
    """The reply as a message: text/plain UTF-8 (multipart/mixed with attachments)."""
    message = EmailMessage(policy=SMTP)
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(date.astimezone(dt.UTC))
    message["Message-ID"] = message_id
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    if references:
        message["References"] = references
    message["MIME-Version"] = "1.0"
    text = body if body.endswith("\n") else body + "\n"
    # quoted-printable keeps the lines short and every byte safe for any relay.
    message.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    for item in attachments:
        maintype, _, subtype = (item.media_type or "application/octet-stream").partition("/")
        message.add_attachment(
            item.data,
            maintype=maintype or "application",
            subtype=subtype or "octet-stream",
            filename=_file_name(item.name),
        )
    return message


def _file_name(name: str) -> str:
    """The last part of a name only: a stored name never carries a folder, and no
    receiver is handed one ("../", "C:\\...")."""
    return PurePosixPath(name.replace("\\", "/")).name.strip() or "attachment"


def as_bytes(message: EmailMessage) -> bytes:
    return message.as_bytes(policy=SMTP)
