"""Parse the raw bytes of one mail message into a `ParsedMail` (implementation in progress)."""

from __future__ import annotations

from app.services.mail.model import ParsedMail


def parse_mail(raw: bytes) -> ParsedMail:
    """Parse one message; raises `MailRefused` for what cannot be a mail."""
    raise NotImplementedError
