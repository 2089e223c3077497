"""Checks of what people and scripts hand to the services, with messages they can act on.

Text from any source (the window, the command line, mail intake) passes
`clean_text` (multi-line: messages, notes, captions) or `clean_line`
(single-line: subject, names, ids, tags). Control characters are removed so
stored text can never drive a terminal or fake its own layout; every field
is capped at its column's size.
"""

from __future__ import annotations

import datetime as dt
import re

from app.services.core.errors import InvalidInput

MAX_BODY_CHARS = 100_000  # the longest message or note, in characters


def enum_value(enum_type: type, value: object, what: str) -> str:
    try:
        return enum_type(value).value
    except ValueError:
        allowed = ", ".join(m.value for m in enum_type)
        raise InvalidInput(f"Unknown {what} {value!r}; use one of: {allowed}.") from None


# C0 controls but tab and line feed, DEL, C1 controls (ESC, BEL, CSI...).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# In one line: line breaks and tabs become a space; then every control goes, and so do
# bidi embeddings, overrides and isolates (they reorder what follows: a name could show
# as something else) and invisible characters. ZWNJ/ZWJ (U+200C/D: Persian, Indic
# scripts, emoji) and LRM/RLM (U+200E/F) stay: they are part of correct text.
_LINE_BREAKS = re.compile("[\t\n\x0b\x0c\r\x85\u2028\u2029]")
_LINE_STRIP = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff\u180e]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_encodable(text: str, what: str) -> None:
    """Refuse lone surrogates (undecodable bytes smuggled in by surrogateescape)."""
    if (bad := _SURROGATE.search(text)) is not None:
        raise InvalidInput(
            f"The {what} is not valid text (an undecodable byte at position {bad.start()}); "
            "write it in UTF-8."
        )


def clean_text(text: str | None, what: str, limit: int, required: bool = True) -> str | None:
    """Multi-line text: line ends become \\n, control characters but tab and line feed go."""
    if text is None:
        if required:
            raise InvalidInput(f"The {what} is missing.")
        return None
    _check_encodable(text, what)
    text = _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if required and not text.strip():
        raise InvalidInput(f"The {what} is empty.")
    if len(text) > limit:
        raise InvalidInput(
            f"The {what} is {len(text):,} characters long; the limit is {limit:,}. "
            "Shorten it or attach the text as a file."
        )
    return text


def clean_line(text: str | None, what: str, limit: int, required: bool = True) -> str | None:
    """One line of text (subject, name, id, tag): controls, bidi overrides and invisible
    characters removed, line breaks turned into spaces, trimmed; None or blank is None
    unless `required`."""
    if text is None:
        if required:
            raise InvalidInput(f"The {what} is missing.")
        return None
    _check_encodable(text, what)
    text = _LINE_STRIP.sub("", _LINE_BREAKS.sub(" ", text.replace("\r\n", "\n"))).strip()
    if not text:
        if required:
            raise InvalidInput(f"The {what} is empty.")
        return None
    if len(text) > limit:
        raise InvalidInput(
            f"The {what} is {len(text):,} characters long; the limit is {limit:,}. Shorten it."
        )
    return text


def check_aware(value: dt.datetime | None, what: str) -> None:
    """Refuse a timestamp without a time zone: it cannot be stored as UTC (DESIGN.md 2)."""
    if value is not None and value.utcoffset() is None:
        raise InvalidInput(
            f"The {what} ({value:%Y-%m-%d %H:%M}) has no time zone; give it with one, e.g. UTC."
        )
