"""Checks of what people and scripts hand to the services, with messages they can act on."""

from __future__ import annotations

import datetime as dt

from app.services.errors import InvalidInput


def enum_value(enum_type: type, value: object, what: str) -> str:
    try:
        return enum_type(value).value
    except ValueError:
        allowed = ", ".join(m.value for m in enum_type)
        raise InvalidInput(f"Unknown {what} {value!r}; use one of: {allowed}.") from None


def clean_text(text: str | None, what: str, limit: int, required: bool = True) -> str | None:
    if text is None:
        if required:
            raise InvalidInput(f"The {what} is missing.")
        return None
    text = text.replace("\r\n", "\n").replace("\x00", "")
    if required and not text.strip():
        raise InvalidInput(f"The {what} is empty.")
    if len(text) > limit:
        raise InvalidInput(
            f"The {what} is {len(text):,} characters long; the limit is {limit:,}. "
            "Shorten it or attach the text as a file."
        )
    return text


def check_aware(value: dt.datetime | None, what: str) -> None:
    """Refuse a timestamp without a time zone: it cannot be stored as UTC (DESIGN.md 2)."""
    if value is not None and value.utcoffset() is None:
        raise InvalidInput(
            f"The {what} ({value:%Y-%m-%d %H:%M}) has no time zone; give it with one, e.g. UTC."
        )
