"""The MIME parts of a parsed mail: its text and its attachments, within fixed limits.

The tree is walked without recursion and never below `MAX_DEPTH`; at most
`MAX_PARTS` parts are looked at and `MAX_ATTACHMENTS` kept. Transfer encodings
are decoded here rather than by `get_payload(decode=True)` so that damage is
reported: a base64 payload cut short keeps what could be decoded and is
flagged "truncated_base64".

What counts as an attachment: every part with `Content-Disposition:
attachment`, every part with a file name except an inline text/plain or
text/html (that is the body), every non-text part that is not inline
(also `message/rfc822`, kept as an `.eml`); inline images with a file name
count. In `multipart/alternative` the text comes from the last text/plain
alternative when there is one (RFC 2046 orders them plainest first), else
from the richest; attachments are collected from every alternative.
"""

from __future__ import annotations

import base64
import binascii
import mimetypes
import re
from dataclasses import dataclass, field
from email import errors as email_errors
from email.message import Message

from app.services.mail.charsets import decode_text
from app.services.mail.html_text import html_to_text
from app.services.mail.model import MailAttachment
from app.services.mail.parse_headers import decode_words, one_line, raw_bytes_of

MAX_DEPTH = 20  # multipart nesting; real mail rarely goes past 5
MAX_PARTS = 5_000  # parts looked at in one message
MAX_ATTACHMENTS = 500  # attachments kept from one message
MAX_TEXT_CHARS = 1_000_000  # of full_text
MAX_FILENAME_CHARS = 1_024

_BODY_SUBTYPES = ("plain", "html")
_BASE64_JUNK = re.compile(rb"[^A-Za-z0-9+/=]")
_BAD_QP = re.compile(rb"=(?![0-9A-Fa-f]{2}|\r?\n|[ \t]*\r?\n|[ \t]*$)")

_DEFECT_FLAGS: dict[type, str] = {
    email_errors.CloseBoundaryNotFoundDefect: "truncated_multipart",
    email_errors.StartBoundaryNotFoundDefect: "missing_boundary",
    email_errors.NoBoundaryInMultipartDefect: "missing_boundary",
    email_errors.MissingHeaderBodySeparatorDefect: "bad_headers",
    email_errors.MultipartInvariantViolationDefect: "bad_structure",
    email_errors.FirstHeaderLineIsContinuationDefect: "bad_headers",
    email_errors.MisplacedEnvelopeHeaderDefect: "bad_headers",
}


@dataclass
class Parts:
    texts: list[str] = field(default_factory=list)
    html_texts: int = 0
    plain_texts: int = 0
    attachments: list[MailAttachment] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    text_chars: int = 0


def _payload_bytes(part: Message) -> tuple[bytes, tuple[str, ...]]:
    """The decoded payload of a leaf part, and what was wrong with its encoding."""
    payload = part.get_payload()
    if isinstance(payload, list):
        return b"", ()
    raw = raw_bytes_of(payload if isinstance(payload, str) else str(payload))
    try:
        encoding = str(part.get("content-transfer-encoding", "") or "")[:64].strip().lower()
    except Exception:  # noqa: BLE001 - a hostile header value
        encoding = ""
    if encoding == "base64":
        cleaned = _BASE64_JUNK.sub(b"", raw.replace(b"\r", b"").replace(b"\n", b""))
        cleaned = cleaned.replace(b" ", b"").replace(b"\t", b"")
        flags: list[str] = []
        if len(cleaned) != len(re.sub(rb"\s", b"", raw)):
            flags.append("bad_base64")
        body = cleaned.split(b"=", 1)[0]  # padding ends the data; what follows is damage
        if len(body) % 4:
            # A base64 payload whose length is not a multiple of 4 was cut short, unless
            # its padding says it ended there.
            if b"=" not in cleaned:
                flags.append("truncated_base64")
            body = body[: len(body) - len(body) % 4 if len(body) % 4 == 1 else None]
            body += b"=" * (-len(body) % 4)
        try:
            return base64.b64decode(body), tuple(flags)
        except (binascii.Error, ValueError):
            return b"", (*flags, "bad_base64")
    if encoding == "quoted-printable":
        flags = ("bad_quoted_printable",) if _BAD_QP.search(raw) else ()
        try:
            return binascii.a2b_qp(raw), flags
        except (binascii.Error, ValueError):
            return raw, ("bad_quoted_printable",)
    if encoding in ("x-uuencode", "uuencode", "x-uue", "uue"):
        try:
            data = part.get_payload(decode=True)
        except Exception:  # noqa: BLE001 - the email package's uu decoder raises many types
            data = None
        return (data if isinstance(data, bytes) else raw), ()
    return raw, ()


def _filename(part: Message, flags: list[str]) -> str | None:
    try:
        name = part.get_filename() or part.get_param("name")
    except Exception:  # noqa: BLE001 - malformed RFC 2231 parameters raise odd types
        name = None
    if isinstance(name, tuple):  # an undecoded RFC 2231 triple
        name = name[2] if len(name) == 3 else None
    if not name:
        return None
    return decode_words(str(name), flags)[:MAX_FILENAME_CHARS]


def _made_up_name(index: int, content_type: str) -> str:
    if content_type in ("message/rfc822", "message/global"):
        return f"message-{index}.eml"
    extension = mimetypes.guess_extension(content_type, strict=False) or ".bin"
    return f"attachment-{index}{extension}"


def _message_bytes(part: Message) -> tuple[bytes, tuple[str, ...]]:
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if inner is None:
        return _payload_bytes(part)
    try:
        return inner.as_bytes(), ()
    except (RecursionError, LookupError, ValueError, TypeError, UnicodeError, AttributeError):
        return b"", ("bad_attachment",)


def _note_defects(part: Message, parts: Parts) -> None:
    for defect in getattr(part, "defects", ())[:50]:
        code = _DEFECT_FLAGS.get(type(defect))
        if code:
            parts.flags.append(code)


def _add_text(part: Message, subtype: str, parts: Parts) -> None:
    data, flags = _payload_bytes(part)
    parts.flags.extend(flags)
    try:
        charset = part.get_param("charset")
    except Exception:  # noqa: BLE001 - a malformed parameter list
        charset = None
    if isinstance(charset, tuple):
        charset = charset[2] if len(charset) == 3 else None
    decoded = decode_text(data, str(charset) if charset else None)
    parts.flags.extend(decoded.flags)
    text = decoded.text
    if subtype == "html":
        text, html_flags = html_to_text(text)
        parts.flags.extend(html_flags)
        parts.html_texts += 1
    else:
        parts.plain_texts += 1
    room = MAX_TEXT_CHARS - parts.text_chars
    if len(text) > room:
        text = text[: max(room, 0)]
        parts.flags.append("text_truncated")
    parts.text_chars += len(text)
    if text:
        parts.texts.append(text)


def _add_attachment(part: Message, content_type: str, name: str | None, parts: Parts) -> None:
    if len(parts.attachments) >= MAX_ATTACHMENTS:
        if "too_many_attachments" not in parts.flags:
            parts.flags.append("too_many_attachments")
        return
    index = len(parts.attachments) + 1
    if content_type.startswith("message/"):
        data, flags = _message_bytes(part)
    else:
        data, flags = _payload_bytes(part)
    parts.flags.extend(flags)
    parts.attachments.append(
        MailAttachment(
            filename=name if name is not None else _made_up_name(index, content_type),
            media_type=content_type,
            data=data,
            flags=flags,
        )
    )


def _alternative_choice(children: list[Message]) -> int:
    """Index of the alternative whose text is shown: the last text/plain, else the last
    text/html or multipart one, else the last."""
    kinds = [_safe_type(child) for child in children]
    for wanted in (("text/plain",), ("text/html", "multipart/")):
        for index in range(len(kinds) - 1, -1, -1):
            if kinds[index].startswith(wanted):
                return index
    return len(children) - 1


def _safe_type(part: Message) -> str:
    try:
        content_type = part.get_content_type()
    except Exception:  # noqa: BLE001 - a hostile Content-Type must not stop the walk
        return "application/octet-stream"
    return one_line(content_type, 127).lower() or "application/octet-stream"


def _disposition(part: Message) -> str | None:
    try:
        value = part.get_content_disposition()
    except Exception:  # noqa: BLE001 - as above
        return None
    return value.lower() if isinstance(value, str) else None


def _leaf(part: Message, content_type: str, parent: str, shows_text: bool, parts: Parts) -> None:
    maintype, _, subtype = content_type.partition("/")
    disposition = _disposition(part)
    name = _filename(part, parts.flags)
    if maintype == "multipart":
        # A multipart the parser could not split (no boundary): its text is all there is.
        if shows_text:
            _add_text(part, "plain", parts)
        return
    is_text = maintype == "text" and subtype in _BODY_SUBTYPES and disposition != "attachment"
    if is_text and (name is None or disposition == "inline"):
        if shows_text:
            _add_text(part, subtype, parts)
        return
    if name is None and disposition == "inline":
        return  # an unnamed inline part: a logo or spacer shown inside the HTML
    if name is None and disposition is None and parent == "multipart/related":
        return  # the same, referenced by Content-ID
    _add_attachment(part, content_type, name, parts)


def collect_parts(message: Message) -> Parts:
    """Walk `message` (iteratively, within the limits) and collect its text and attachments."""
    parts = Parts()
    # (part, depth, its parent's type, whether its text is shown)
    stack: list[tuple[Message, int, str, bool]] = [(message, 0, "", True)]
    seen = 0
    while stack:
        part, depth, parent, shows_text = stack.pop()
        seen += 1
        if seen > MAX_PARTS:
            parts.flags.append("too_many_parts")
            break
        _note_defects(part, parts)
        content_type = _safe_type(part)
        if content_type.startswith("message/"):
            # An enclosed message (forwarded or bounced) is kept whole as an .eml, not walked.
            _add_attachment(part, content_type, _filename(part, parts.flags), parts)
            continue
        if not part.is_multipart():
            _leaf(part, content_type, parent, shows_text, parts)
            continue
        if depth >= MAX_DEPTH:
            parts.flags.append("too_deep")
            continue
        children = [c for c in part.get_payload() if isinstance(c, Message)]
        chosen = _alternative_choice(children) if content_type.endswith("/alternative") else -1
        for index in range(len(children) - 1, -1, -1):
            child_shows = shows_text and (chosen < 0 or index == chosen)
            stack.append((children[index], depth + 1, content_type, child_shows))
    parts.flags = list(dict.fromkeys(parts.flags))
    return parts
