"""Identifiers that two offline laptops can hand out without clashing.

Records get time-ordered UUIDv7 keys. People see a short case reference made
from the UUID's random bits (Crockford base32, no I/L/O/U), so it needs no
coordination either.
"""

from __future__ import annotations

import uuid

import uuid6

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_REF_CHARS = 10  # 50 random bits: a clash is ~1 in 2,000 even at a million cases


def new_id() -> uuid.UUID:
    return uuid.UUID(int=uuid6.uuid7().int)


def case_ref(case_id: uuid.UUID) -> str:
    """The short human reference of a case, e.g. `K7Q2M-9XA3F`."""
    bits = case_id.int & ((1 << (5 * _REF_CHARS)) - 1)
    chars = []
    for _ in range(_REF_CHARS):
        chars.append(_CROCKFORD[bits & 31])
        bits >>= 5
    text = "".join(reversed(chars))
    return f"{text[:5]}-{text[5:]}"


def normalise_ref(text: str) -> str | None:
    """Accept what a person types (lower case, no dash, O for 0, I/L for 1); None if not a ref."""
    cleaned = text.strip().upper().replace("-", "").replace(" ", "")
    cleaned = cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    if len(cleaned) != _REF_CHARS or any(c not in _CROCKFORD for c in cleaned):
        return None
    return f"{cleaned[:5]}-{cleaned[5:]}"
