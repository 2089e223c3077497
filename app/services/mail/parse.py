"""Parse the raw bytes of one mail message into a `ParsedMail`; pure, no database, no Qt.

`parse_mail` takes what a mailbox, an .eml file or an mbox entry holds and
returns the message's ids, headers, text (whole, and cut to the new part),
attachments and relay facts. It never raises anything but `MailRefused`, which
it raises only for bytes that cannot be a mail at all (empty, binary junk,
bigger than `MAX_MAIL_BYTES`, no header block); anything merely damaged is
parsed as far as it goes and described by `flags`:

- headers: "no_message_id", "bad_message_id", "no_date", "bad_date", "bad_address",
  "raw_8bit_header", "bad_encoded_word", "bad_headers", "nul_bytes"
- charsets: "unknown_charset", "guessed_charset", "decode_errors"
- structure: "too_deep", "too_many_parts", "too_many_attachments",
  "missing_boundary", "truncated_multipart", "bad_structure", "unparsed_body",
  "header_budget_exhausted"
- payloads: "truncated_base64", "bad_base64", "bad_quoted_printable",
  "bad_attachment"
- text: "html_only", "html_truncated", "html_fallback", "text_truncated",
  "no_text", "quote_cut", "signature_cut"

The work is linear in the size of the message: header values, HTML, the
quote scan and the part walk all stop at named limits (see the constants here,
in `parse_headers`, `parse_parts`, `html_text` and `quotes`).
"""

from __future__ import annotations

import contextvars
import dataclasses
import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from email.message import Message
from email.parser import BytesParser
from email.policy import EmailPolicy

from app.services.core.marketplaces import MARKETPLACES
from app.services.mail.model import MailRefused, ParsedMail
from app.services.mail.parse_headers import (
    decode_words,
    message_id,
    one_line,
    parse_addresses,
    parse_date,
    parse_ids,
)
from app.services.mail.parse_parts import Parts, collect_parts
from app.services.mail.quotes import cut_quotes

MAX_MAIL_BYTES = 50 * 1024 * 1024
HEADER_PROBE_BYTES = 64 * 1024  # how much of the start is checked for a header block
MAX_ORDER_IDS = 50
# The email package's modern header parser is slow (0.3 ms for a plain Content-Type, and the
# parser asks for each part's type five times) and quadratic or worse on hostile values (1 KB
# of quotes: 0.1 s; 16 KB: 24 s). So a header value is cut to MAX_STRUCTURED_HEADER_CHARS,
# parsed values are remembered for the message, and once one message has spent
# HEADER_PARSE_BUDGET characters or MAX_MODERN_HEADER_PARSES parses, further values are
# given to the email package as plain strings (its legacy, linear handling), flagged
# "header_budget_exhausted".
MAX_STRUCTURED_HEADER_CHARS = 1024
HEADER_PARSE_BUDGET = 64 * 1024
MAX_MODERN_HEADER_PARSES = 2_000
RELAY_PREFIX = "marketplace."  # relay senders: <alias>@marketplace.amazon.<tld>

# Headers by which a header block is recognised as a mail's.
_MAIL_HEADERS = frozenset(
    {
        b"from",
        b"to",
        b"cc",
        b"subject",
        b"date",
        b"message-id",
        b"received",
        b"return-path",
        b"mime-version",
        b"content-type",
        b"reply-to",
        b"sender",
        b"delivered-to",
        b"in-reply-to",
        b"references",
        b"x-mailer",
        b"dkim-signature",
    }
)
_FIELD = re.compile(rb"^([!-9;-~]{1,76})[ \t]*:")
_ORDER_ID = re.compile(r"(?<![\d-])(\d{3}-\d{7}-\d{7})(?![\d-])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_BLANK_RUNS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_log = logging.getLogger(__name__)


@dataclass
class _HeaderBudget:
    chars: int = HEADER_PARSE_BUDGET
    parses: int = MAX_MODERN_HEADER_PARSES
    exhausted: bool = False
    seen: dict[tuple[str, str], object] = field(default_factory=dict)


_budget: contextvars.ContextVar[_HeaderBudget] = contextvars.ContextVar("mail_header_budget")


class _BoundedPolicy(EmailPolicy):
    """`email.policy.default`, with the work its header parser may do bounded per message."""

    def header_fetch_parse(self, name, value):  # noqa: ANN001, ANN201 - the email API's shape
        value = value[:MAX_STRUCTURED_HEADER_CHARS]
        budget = _budget.get(None)
        if budget is None:
            return super().header_fetch_parse(name, value)
        key = (name.lower(), value)
        known = budget.seen.get(key)
        if known is not None:
            return known
        if budget.parses <= 0 or budget.chars < len(value):
            budget.exhausted = True
            return " ".join(value.split())
        budget.parses -= 1
        budget.chars -= len(value)
        parsed = super().header_fetch_parse(name, value)
        if len(budget.seen) < MAX_MODERN_HEADER_PARSES:
            budget.seen[key] = parsed
        return parsed


_POLICY = _BoundedPolicy()


def _refuse_non_mail(raw: bytes) -> None:
    if not raw or not raw.strip():
        raise MailRefused("The file is empty: there is no mail in it.")
    if len(raw) > MAX_MAIL_BYTES:
        raise MailRefused(
            f"The file is larger than {MAX_MAIL_BYTES // (1024 * 1024)} MB, too big to be one mail."
        )
    head = raw[:HEADER_PROBE_BYTES].lstrip(b"\r\n\t ")
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if head.startswith(b"From "):  # an mbox separator line before the headers
        head = head.split(b"\n", 1)[1] if b"\n" in head else b""
    end = re.search(rb"\r?\n\r?\n", head)
    block = head[: end.start()] if end else head
    lines = block.splitlines()[:2000]
    names = [m.group(1).lower() for m in map(_FIELD.match, lines) if m]
    sample = block[:8192]
    junk = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 13))
    if (
        not lines
        or _FIELD.match(lines[0]) is None
        or (len(sample) >= 64 and junk * 10 > len(sample))
        or not (_MAIL_HEADERS.intersection(names) or len(names) >= 2)
    ):
        raise MailRefused("This is not a mail message: it does not start with mail headers.")


def _parse_structure(raw: bytes, flags: list[str]) -> Message:
    parser = BytesParser(policy=_POLICY)
    try:
        return parser.parsebytes(raw)
    except RecursionError:
        flags.extend(("too_deep", "unparsed_body"))
    except Exception:  # noqa: BLE001 - the email package's parser on hostile input
        flags.append("unparsed_body")
    try:
        return parser.parsebytes(raw, headersonly=True)
    except Exception as error:  # noqa: BLE001
        raise MailRefused("This mail is too damaged to be read.") from error


def _first_headers(message: Message) -> dict[str, str]:
    wanted = {"message-id", "in-reply-to", "references", "subject", "from", "to", "cc", "date"}
    found: dict[str, str] = {}
    try:
        items = message.raw_items()
        for name, value in items:
            key = str(name).strip().lower()
            if key in wanted and key not in found:
                found[key] = value if isinstance(value, str) else str(value)
    except Exception:  # noqa: BLE001 - a header list the parser could not finish
        pass
    return found


def _charset_hint(message: Message) -> str | None:
    """The charset of the first text part: raw 8-bit headers are usually written in it too."""
    part = message
    for _ in range(5):
        try:
            if not part.is_multipart():
                charset = part.get_param("charset")
                return charset if isinstance(charset, str) else None
            children = part.get_payload()
        except Exception:  # noqa: BLE001 - a hostile header; there is just no hint
            return None
        if not isinstance(children, list) or not children:
            return None
        part = children[0]
    return None


def _clean_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip("\n")


def _order_ids(*texts: str) -> tuple[str, ...]:
    found: list[str] = []
    for text in texts:
        # NFKC turns full-width digits and dashes (common in Japanese mail) into ASCII.
        for match in _ORDER_ID.finditer(unicodedata.normalize("NFKC", text)):
            if match.group(1) not in found:
                found.append(match.group(1))
                if len(found) >= MAX_ORDER_IDS:
                    return tuple(found)
    return tuple(found)


def relay_marketplace(address: str | None) -> str | None:
    """ "amazon.de" for an address at marketplace.amazon.de, else None."""
    if not address or "@" not in address:
        return None
    domain = address.rsplit("@", 1)[1].strip().strip(".").lower()
    if not domain.startswith(RELAY_PREFIX):
        return None
    code = domain[len(RELAY_PREFIX) :]
    return code if code in MARKETPLACES else None


def parse_mail(raw: bytes) -> ParsedMail:
    """Parse one message; raises `MailRefused` for what cannot be a mail."""
    if not isinstance(raw, (bytes, bytearray, memoryview)):
        raise MailRefused("This is not a mail message.")
    raw = bytes(raw)
    _refuse_non_mail(raw)
    budget = _HeaderBudget()
    token = _budget.set(budget)
    try:
        parsed = _parse(raw)
    except MailRefused:
        raise
    except Exception as error:  # noqa: BLE001 - a parser bug must not stop an import
        # A bug, not the user's doing: logged with its traceback; the seller gets a reason
        # and the other messages of an import are kept.
        _log.exception("mail parser failed on a message of %d bytes", len(raw))
        raise MailRefused("This mail could not be read: its structure is damaged.") from error
    finally:
        _budget.reset(token)
    if budget.exhausted:
        flags = (*parsed.flags, "header_budget_exhausted")
        parsed = dataclasses.replace(parsed, flags=flags)
    return parsed


def _parse(raw: bytes) -> ParsedMail:
    digest = hashlib.sha256(raw).hexdigest()
    flags: list[str] = []
    if b"\x00" in raw:
        flags.append("nul_bytes")
    message = _parse_structure(raw, flags)
    headers = _first_headers(message)

    mail_id = message_id(headers.get("message-id"))
    if mail_id is None:
        flags.append("no_message_id")
        if headers.get("message-id", "").strip():
            flags.append("bad_message_id")
        mail_id = f"<{digest}@workbench.invalid>"
    in_reply_to = parse_ids(headers.get("in-reply-to"))
    references = parse_ids(headers.get("references"))
    hint = _charset_hint(message)
    subject = one_line(decode_words(headers.get("subject", ""), flags, hint))
    senders = parse_addresses(headers.get("from"), flags, hint)
    from_name = (senders[0][0] or None) if senders else None
    from_address = (senders[0][1] or None) if senders else None
    recipients = parse_addresses(headers.get("to"), flags, hint)
    to_addresses = tuple(dict.fromkeys(a for _, a in recipients if a))
    date = parse_date(headers.get("date"))
    if date is None:
        flags.append("bad_date" if headers.get("date", "").strip() else "no_date")

    parts = Parts() if "unparsed_body" in flags else collect_parts(message)
    flags.extend(parts.flags)
    if parts.html_texts and not parts.plain_texts:
        flags.append("html_only")
    full_text = _clean_text("\n\n".join(parts.texts))
    if not full_text:
        flags.append("no_text")
    cut = cut_quotes(full_text)
    if cut.quote_cut:
        flags.append("quote_cut")
    if cut.signature_cut:
        flags.append("signature_cut")

    marketplace = relay_marketplace(from_address)
    return ParsedMail(
        mail_id=mail_id,
        in_reply_to=in_reply_to,
        references=references,
        subject=subject,
        from_name=from_name,
        from_address=from_address,
        to_addresses=to_addresses,
        date=date,
        body=cut.body,
        full_text=full_text,
        attachments=tuple(parts.attachments),
        flags=tuple(dict.fromkeys(flags)),
        raw_sha256=digest,
        order_ids=_order_ids(subject, cut.body),
        marketplace=marketplace,
        relay_alias=from_address if marketplace else None,
    )
