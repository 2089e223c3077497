"""The parsed shape of one mail message, shared by intake, fetch and outbox.

Pure data: no database, no Qt. `parse.parse_mail` builds these; fields added
later are additive and have defaults.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.errors import UserError


@dataclass(frozen=True)
class MailAttachment:
    # As the sender named it, decoded (RFC 2231/2047); NOT yet safe: evidence intake sanitises it.
    filename: str
    media_type: str  # declared type, lower case
    data: bytes  # decoded payload (what could be decoded)
    flags: tuple[str, ...] = ()  # e.g. "truncated_base64"


@dataclass(frozen=True)
class ParsedMail:
    # "<...>" from Message-ID, normalised; when missing/invalid
    # "<sha256hex@workbench.invalid>" from the raw bytes.
    mail_id: str
    in_reply_to: tuple[str, ...]  # ids "<...>"
    references: tuple[str, ...]  # ids "<...>", in order
    subject: str  # decoded, one line, control/bidi chars removed
    from_name: str | None  # display name, decoded
    from_address: str | None  # lower-cased addr-spec
    to_addresses: tuple[str, ...]
    date: datetime | None  # aware UTC from the Date header; None when missing or impossible
    body: str  # the NEW text: quoted earlier text and signature cut
    full_text: str  # the whole text as decoded (HTML turned into text), before cutting
    attachments: tuple[MailAttachment, ...]
    # What parsing noticed, stable codes: "unknown_charset", "html_only", "quote_cut",
    # "signature_cut", "no_message_id", "bad_date", "truncated_base64", "too_deep", ...
    flags: tuple[str, ...]
    raw_sha256: str
    order_ids: tuple[str, ...]  # Amazon-style 3-7-7 order ids in subject then body, unique
    # From a relay sender domain: marketplace.amazon.de -> "amazon.de"
    # (only codes in app.services.core.marketplaces.MARKETPLACES).
    marketplace: str | None
    relay_alias: str | None  # the from address when it is a marketplace relay address


class MailRefused(UserError):
    """Bytes that cannot be a mail message; `str()` is a one-line reason a seller understands."""
