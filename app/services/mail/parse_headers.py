"""Header values of a mail as clean text: encoded words, ids, addresses and dates.

The values come raw from `Message.raw_items()` (the email package decodes a
header lazily, and its modern header parser is slow on hostile values), are
cut to `MAX_HEADER_VALUE_CHARS`, and are decoded here: RFC 2047 encoded words
(adjacent words in one charset are joined before decoding, so a character
split across two words survives; broken words stay as written), raw 8-bit
bytes (kept by the parser as surrogate escapes) through `charsets`.
"""

from __future__ import annotations

import base64
import binascii
import email.utils
import quopri
import re
import unicodedata
from datetime import UTC, datetime

from app.services.mail.charsets import decode_text

MAX_HEADER_VALUE_CHARS = 16 * 1024  # of one header value; the rest is not read
MAX_SUBJECT_CHARS = 998  # RFC 5322's line limit
MAX_IDS = 200  # ids kept from References / In-Reply-To
MAX_ID_CHARS = 250
MAX_ADDRESSES = 100
EARLIEST_YEAR = 1970  # a Date before this (or after 9999) is impossible for a mail

_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,80})\?([bBqQ])\?([^?]{0,4000}?)\?=")
_BETWEEN_WORDS = re.compile(r"[ \t\r\n]*")
_ID = re.compile(rf"<([^<>]{{1,{MAX_ID_CHARS}}})>")
_BARE_ID = re.compile(r"[^\s<>()\"@,;:\\\[\]]+@[^\s<>()\"@,;:\\\[\]]+")
# Invisible characters that reorder or hide text in a one-line field.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)
_SURROGATE_ESCAPES = re.compile("[\udc80-\udcff]")


def raw_bytes_of(value: str) -> bytes:
    """The bytes behind a raw header or payload string (8-bit bytes are surrogate escapes)."""
    try:
        return value.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogateescape")


def _decode_8bit(value: str, flags: list[str], hint: str | None = None) -> str:
    """Raw 8-bit bytes in a header: UTF-8 when they are, else the message's own charset (`hint`,
    from its text part), else a guess."""
    if value.isascii() or not _SURROGATE_ESCAPES.search(value):
        return value
    data = raw_bytes_of(value)
    try:
        decoded = decode_text(data, "utf-8" if data.decode("utf-8") else None)
    except UnicodeDecodeError:
        decoded = decode_text(data, hint)
    flags.append("raw_8bit_header")
    flags.extend(decoded.flags)
    return decoded.text


def _word_bytes(encoding: str, payload: str) -> bytes | None:
    if encoding in "bB":
        if re.search(r"[^A-Za-z0-9+/=\s]", payload):
            return None  # not base64 at all: the word stays as written
        cleaned = re.sub(r"[^A-Za-z0-9+/]", "", payload)
        cleaned = cleaned[: len(cleaned) - len(cleaned) % 4 if len(cleaned) % 4 == 1 else None]
        try:
            return base64.b64decode(cleaned + "=" * (-len(cleaned) % 4))
        except (binascii.Error, ValueError):
            return None
    return quopri.decodestring(payload.replace("_", " ").encode("ascii", "replace"), header=False)


def decode_words(value: str, flags: list[str], hint: str | None = None) -> str:
    """Decode RFC 2047 encoded words (and raw 8-bit) in a header value; never raises."""
    value = _decode_8bit(value[:MAX_HEADER_VALUE_CHARS], flags, hint)
    if "=?" not in value:
        return value
    out: list[str] = []
    pending: list[tuple[str, bytes]] = []  # adjacent words: (charset, bytes)
    position = 0

    def flush() -> None:
        if not pending:
            return
        run_charset, run = pending[0][0], b""
        for charset, data in pending:
            if charset != run_charset:
                out.append(_decode_run(run, run_charset, flags))
                run_charset, run = charset, b""
            run += data
        out.append(_decode_run(run, run_charset, flags))
        pending.clear()

    for match in _ENCODED_WORD.finditer(value):
        between = value[position : match.start()]
        if pending and _BETWEEN_WORDS.fullmatch(between):
            pass  # whitespace between adjacent encoded words is not text (RFC 2047 6.2)
        else:
            flush()
            out.append(between)
        charset = match.group(1).split("*", 1)[0]  # RFC 2231 language suffix
        data = _word_bytes(match.group(2), match.group(3))
        if data is None:
            flush()
            out.append(match.group(0))
            flags.append("bad_encoded_word")
        else:
            pending.append((charset, data))
        position = match.end()
    flush()
    out.append(value[position:])
    return "".join(out)


def _decode_run(data: bytes, charset: str, flags: list[str]) -> str:
    decoded = decode_text(data, charset)
    flags.extend(decoded.flags)
    return decoded.text


def one_line(text: str, limit: int = MAX_SUBJECT_CHARS) -> str:
    """Text for a one-line field: controls, bidi and format characters out, spaces collapsed."""
    kept: list[str] = []
    for char in text:
        if char in "\r\n\t\x0b\x0c":
            kept.append(" ")
        elif (
            char in _BIDI_CONTROLS
            or char == "\ufeff"
            or unicodedata.category(char) in ("Cc", "Cs", "Co")
        ):
            continue
        else:
            kept.append(char)
    return " ".join("".join(kept).split())[:limit]


def parse_ids(value: str | None) -> tuple[str, ...]:
    """Message ids `<...>` in a header value, in order, unique, cleaned of whitespace."""
    if not value:
        return ()
    value = value[:MAX_HEADER_VALUE_CHARS]
    ids: list[str] = []
    for match in _ID.finditer(value):
        inner = "".join(match.group(1).split())
        if inner and inner.isprintable() and "<" not in inner and f"<{inner}>" not in ids:
            ids.append(f"<{inner}>")
            if len(ids) >= MAX_IDS:
                break
    if not ids:
        # Some senders leave out the angle brackets.
        for match in _BARE_ID.finditer(value):
            candidate = f"<{match.group(0)}>"
            if candidate.isprintable() and candidate not in ids:
                ids.append(candidate)
            if len(ids) >= MAX_IDS:
                break
    return tuple(ids)


def message_id(value: str | None) -> str | None:
    """The one id of a Message-ID header, or None when it has no usable id."""
    ids = parse_ids(value)
    if not ids or not value.isascii() or "@" not in ids[0]:
        return None
    return ids[0]


def parse_date(value: str | None) -> datetime | None:
    """An aware UTC datetime from a Date header; None when it is unreadable or impossible."""
    if not value:
        return None
    value = one_line(value, 200)
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError, RecursionError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:  # "-0000": the sender did not know its zone; RFC 5322 says UTC
        parsed = parsed.replace(tzinfo=UTC)
    try:
        parsed = parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    if not EARLIEST_YEAR <= parsed.year <= 9999:
        return None
    return parsed


def parse_addresses(
    value: str | None, flags: list[str], hint: str | None = None
) -> list[tuple[str, str]]:
    """(display name decoded, addr-spec lower case) pairs of an address header."""
    if not value:
        return []
    value = _decode_8bit(" ".join(value[:MAX_HEADER_VALUE_CHARS].split()), flags, hint)
    try:
        pairs = email.utils.getaddresses([value])
    except (ValueError, TypeError, IndexError, RecursionError):  # e.g. 10,000 nested comments
        flags.append("bad_address")
        return []
    result: list[tuple[str, str]] = []
    for name, address in pairs[:MAX_ADDRESSES]:
        address = one_line(address, 320).strip("<> ").lower()
        if "@" not in address or " " in address:
            address = ""
        name = one_line(decode_words(name, flags), 200).strip().strip("\"'").strip()
        if name or address:
            result.append((name, address))
    return result
