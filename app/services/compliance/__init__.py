"""Checks a reply against the marketplace's rules for messages to buyers, before it is sent.

Amazon refuses or penalises messages that carry e-mail addresses, phone numbers,
outside links, messenger handles, payment outside the marketplace, review
incentives and the like (DOMAIN.md, "What a seller may write"). The rules are
data, `resources/compliance/rules.toml` (read by `rulebook`); a few are found by
code (`detectors`).

Matching happens on a folded copy of the reply (`folding`: NFKC, case folding,
every digit as 0-9, no invisible characters or Arabic diacritics), so full-width
letters or Arabic-Indic digits cannot slip past, and every finding still points
at the characters of the original text. Each rule's patterns are grouped by
language; a language's patterns run when its script appears in the reply or it
is the reply's locale, so a Russian "ватсап" inside an English reply is found.
Patterns are bounded and run only where they can match (`scanning`), so a 1 MB
paste is checked in a fraction of a second.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.services.compliance.detectors import (
    Spans,
    email_hits,
    pattern_hits,
    phone_hits,
    thanks_only,
    url_hits,
)
from app.services.compliance.folding import Folded, fold
from app.services.compliance.rulebook import (
    DEFAULT_RULES_PATH,
    RULE_IDS,
    Rule,
    RuleBook,
    load_rules,
)
from app.services.core.errors import InvalidInput

__all__ = [
    "DEFAULT_RULES_PATH",
    "RULE_IDS",
    "ComplianceResult",
    "Finding",
    "Rule",
    "RuleBook",
    "check_reply",
    "fold",
    "load_rules",
]


@dataclass(frozen=True)
class Finding:
    rule: str  # one of RULE_IDS
    severity: str  # "block" or "warn"
    start: int  # span in the checked text (Python str indices)
    end: int
    message: str  # one English sentence: why the marketplace forbids it, or why it is a warning
    excerpt: str  # text[start:end]


@dataclass(frozen=True)
class ComplianceResult:
    findings: tuple[Finding, ...]  # sorted by start

    @property
    def blocked(self) -> bool:
        return any(f.severity == "block" for f in self.findings)

    def to_json(self) -> dict:
        keys = ("rule", "severity", "start", "end", "message")
        return {
            "blocked": self.blocked,
            "findings": [{k: getattr(f, k) for k in keys} for f in self.findings],
        }


_ORDER = {rule_id: i for i, rule_id in enumerate(RULE_IDS)}


def check_reply(
    text: str,
    *,
    marketplace: str | None = None,
    locale: str | None = None,
    order_id: str | None = None,
    max_chars: int | None = None,
    rules: RuleBook | None = None,
) -> ComplianceResult:
    """Every finding in `text`, sorted by position; `blocked` when one must be fixed.

    `order_id` is the case's order (not quoting it is a warning); `max_chars`
    overrides the marketplace's length limit; `rules` defaults to `load_rules()`.
    """
    if not isinstance(text, str):
        raise InvalidInput("The reply to check must be text.")
    if max_chars is not None and (
        isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1
    ):
        raise InvalidInput(f"The length limit must be a positive number, not {max_chars!r}.")
    book = rules or load_rules()
    limit = max_chars or book.max_chars(marketplace)
    found: dict[tuple[str, int, int], Finding] = {}

    def add(rule_id: str, start: int, end: int, allowed: bool = False) -> None:
        rule = book.rules[rule_id]
        severity, message = rule.severity, rule.message
        if allowed and rule.allowed_severity:
            severity, message = rule.allowed_severity, rule.allowed_message or message
        message = message.replace("{limit}", str(limit))
        found[rule_id, start, end] = Finding(
            rule_id, severity, start, end, message, text[start:end]
        )

    folded = Folded(text)
    norm = folded.text
    if not norm.strip():
        add("empty", 0, len(text))
        return ComplianceResult(tuple(found.values()))
    emails = list(email_hits(book.email, norm))
    hits = emails + list(pattern_hits(book, norm, book.languages_for(norm, locale)))
    hits += phone_hits(book.phone, norm, order_id, Spans((s, e) for _, s, e, _ in emails))
    hits += url_hits(book.url, norm, Spans((s, e) for _, s, e, _ in emails))
    hits += (("emoji", *m.span(), False) for m in book.emoji.finditer(norm))
    for rule_id, start, end, allowed in hits:
        add(rule_id, *folded.original_span(start, end), allowed)
    if len(norm) <= book.thanks.max_chars and thanks_only(book.thanks, norm, book.order_ids):
        add("thanks_only", len(text) - len(text.lstrip()), len(text.rstrip()))
    if len(text) > limit:
        add("too_long", limit, len(text))
    if order_id is not None and order_id.strip():
        wanted = re.sub(r"[\W_]+", "", fold(order_id))
        if wanted not in re.sub(r"[\W_]+", "", norm):
            add("missing_order_id", 0, 0)
    elif not book.order_ids.search(norm):
        add("missing_order_id", 0, 0)
    findings = sorted(found.values(), key=lambda f: (f.start, f.end, _ORDER[f.rule]))
    return ComplianceResult(tuple(findings))
