"""The words a mail gives its case: the subject without reply prefixes, the buyer's name
without the marketplace's suffix, and a body that fits the message column.

Pure functions over text; `intake.py` uses them before any transaction opens.
"""

from __future__ import annotations

import re

from app.services.core.validation import MAX_BODY_CHARS

# The columns these go to (app/models/entities.py, app/services/cases/operations.py).
CASE_SUBJECT_CHARS = 500
MESSAGE_SUBJECT_CHARS = 998
NAME_CHARS = 200
ADDRESS_CHARS = 320
FLAG_CHARS = 300  # one mail_flags entry (a refused attachment's name and reason)

# What mail clients put before a subject when answering or forwarding, in the languages
# buyers write in: Re/Fwd, German AW/WG, Nordic SV/VS, Dutch Antw, French TR/RE, Italian R/RIF,
# Polish Odp/PD, Portuguese Res/Enc, Turkish YNT/ILT, Chinese 回复/答复/转发, Japanese
# 返信/転送, Korean 답장/회신/전달, Russian Ответ/Отв/Пересл, Arabic رد/إعادة توجيه, and
# counters such as "Re[2]:" or "RE^3:". The colon may be a full-width one.
_PREFIX_WORDS = (
    "re",
    "fw",
    "fwd",
    "aw",
    "wg",
    "sv",
    "vs",
    "vb",
    "antw",
    "antwort",
    "tr",
    "ref",
    "rif",
    "r",
    "odp",
    "pd",
    "res",
    "enc",
    "rv",
    "ynt",
    "ilt",
    "回复",
    "回覆",
    "答复",
    "答覆",
    "转发",
    "轉寄",
    "转寄",
    "返信",
    "転送",
    "답장",
    "회신",
    "전달",
    "ответ",
    "отв",
    "пересл",
    "رد",
    "إعادة توجيه",
    "الرد",
)
_PREFIXES = re.compile(
    r"^(?:\s*(?:\[[^\]]{0,40}\]\s*)?(?:"
    + "|".join(sorted((re.escape(w) for w in _PREFIX_WORDS), key=len, reverse=True))
    + r")[ \t]?(?:\[\d{1,3}\]|\(\d{1,3}\)|\^\d{1,3})?[ \t]?[:：])+\s*",
    re.IGNORECASE,
)
# What a relay puts after the buyer's name: "Anna Schmidt - Amazon Marketplace",
# "Anna (Amazon Marketplace)", "Anna via Amazon", "Anna - Marketplace".
_NAME_SUFFIX = re.compile(
    r"\s*(?:[-–—|:,]|\(|\b(?:via|über|par|per|da|por|through|by)\b)\s*"
    r"(?:amazon(?:\.[a-z]{2,3}(?:\.[a-z]{2})?)?(?:\s+marketplace)?|marketplace)\s*\)?\s*$",
    re.IGNORECASE,
)
_ONLY_MARKETPLACE = re.compile(r"^\s*(?:amazon(?:\s+marketplace)?|marketplace)\s*$", re.IGNORECASE)
_SURROGATES = re.compile("[\ud800-\udfff]")
_LINE_JUNK = re.compile(
    "[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff\u180e\u2028\u2029]"
)
_BODY_JUNK = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def one_line(text: str | None, limit: int) -> str:
    """One line of display text within `limit` characters: no control, bidi override or
    invisible characters, no undecodable leftovers; runs of spaces made one."""
    if not text:
        return ""
    text = _SURROGATES.sub("\ufffd", text)
    text = " ".join(_LINE_JUNK.sub(" ", text).split())
    return text[:limit].rstrip()


def case_subject(subject: str) -> str:
    """The subject a case gets: the mail's without reply and forward prefixes."""
    text = _PREFIXES.sub("", one_line(subject, MESSAGE_SUBJECT_CHARS), count=1)
    return text[:CASE_SUBJECT_CHARS].rstrip()


def buyer_name(display_name: str | None, address: str | None) -> str:
    """The buyer's name from the sender's display name without the marketplace's suffix;
    the address when there is no usable name (a name is required on a customer)."""
    name = one_line((display_name or "").strip().strip("\"'"), NAME_CHARS * 2)
    for _ in range(3):
        trimmed = _NAME_SUFFIX.sub("", name).strip().strip("\"'")
        if trimmed == name:
            break
        name = trimmed
    if not name or _ONLY_MARKETPLACE.match(name):
        name = one_line(address, NAME_CHARS)
    return name[:NAME_CHARS].rstrip() or "?"


def message_body(body: str, full_text: str) -> tuple[str, tuple[str, ...]]:
    """The text stored on the message: the new text, or the whole text when the cut left
    nothing; control characters removed and at most `MAX_BODY_CHARS` (the raw mail keeps
    everything). Returns the text and the flags it adds ("body_truncated")."""
    text = body if body and body.strip() else full_text or ""
    text = _BODY_JUNK.sub("", _SURROGATES.sub("\ufffd", text.replace("\r\n", "\n")))
    if len(text) > MAX_BODY_CHARS:
        return text[:MAX_BODY_CHARS], ("body_truncated",)
    return text, ()


def fallback_subject(body: str) -> str:
    """A subject for a mail that has none: its first words."""
    first = one_line(next((line for line in body.splitlines() if line.strip()), ""), 80)
    return first or "(no subject)"
