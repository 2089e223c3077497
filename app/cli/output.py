"""What the command line prints: cases as JSON-ready dicts, and as text for people.

The JSON keys here are a contract with scripts (DESIGN.md section 7): add
keys if needed, never rename or drop them. Timestamps are ISO 8601 with an
offset, ids are UUID strings with dashes, money is a decimal string.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # no service loads with this module: `workbench` alone opens the window
    from app.services.cases.detail import (
        CaseDetail,
        CustomerInfo,
        EvidenceInfo,
        HistoryEntry,
        MessageInfo,
        OrderInfo,
    )
    from app.services.deadlines.overview import CaseDeadlines
    from app.services.deadlines.policy import AppliedRule, ReturnWindow
    from app.services.evidence.attach import AttachResult
    from app.services.evidence.doctor import DoctorReport
    from app.services.evidence.export import ExportResult
    from app.services.inbox.queries import InboxRow

# The keys every case object has, in `cases list`, `cases add` and `cases show`.
CASE_KEYS = (
    "id",
    "ref",
    "subject",
    "status",
    "priority",
    "reason",
    "language",
    "marketplace",
    "order_id",
    "customer",
    "assignee",
    "escalation_level",
    "created_at",
    "updated_at",
)


def _plain(value: Any) -> Any:
    """A JSON-native form of `value` (used as json.dumps' `default`)."""
    if isinstance(value, dt.datetime):
        return iso(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


# What json.dumps(ensure_ascii=False) leaves raw but a terminal must not get: DEL and C1
# controls (0x9b is CSI, 0x9d OSC on some terminals), bidi embeddings, overrides and
# isolates, line and paragraph separators, and lone surrogates (undecodable file names),
# which UTF-8 output cannot even encode. They can only occur inside JSON strings, where
# a \uXXXX escape reads back as the same text.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")
# The same in text output, plus every C0 control but line feed and tab (ESC, BEL, CR,
# backspace could rewrite the terminal or what is already on it).
_TERMINAL_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def to_json(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=2, default=_plain)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def terminal_safe(text: str) -> str:
    """`text` with whatever could drive or reorder a terminal shown as an escape
    (\\x1b, \\u202e): stored text may predate the input checks, file names may hold anything."""
    return _TERMINAL_UNSAFE.sub(_escape, text)


def iso(value: dt.datetime | dt.date | None) -> str | None:
    """ISO 8601; an aware timestamp keeps its offset (stored ones are all UTC)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)  # the models refuse naive times; be safe anyway
    return value.isoformat()


def _money(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


# ----------------------------------------------------------------------------- JSON


def describe_size(size: int) -> str:
    """A byte count for people, as the evidence store words it."""
    from app.services.evidence.store import describe_size as describe

    return describe(size)


def row_json(row: InboxRow) -> dict[str, Any]:
    """One element of `cases list --json`."""
    return {
        "id": str(row.id),
        "ref": row.ref,
        "subject": row.subject,
        "status": row.status,
        "priority": row.priority,
        "reason": row.reason,
        "language": row.language,
        "marketplace": row.marketplace,
        "order_id": row.order_id,
        "customer": row.customer,
        "assignee": row.assignee,
        "escalation_level": row.escalation_level,
        "created_at": iso(row.created_at),
        "updated_at": iso(row.updated_at),
        "unanswered": row.unanswered,
    }


def case_json(detail: CaseDetail) -> dict[str, Any]:
    """The case as `cases add` prints it: a list element plus its evidence."""
    return {
        "id": str(detail.id),
        "ref": detail.ref,
        "subject": detail.subject,
        "status": detail.status,
        "priority": detail.priority,
        "reason": detail.reason,
        "language": detail.language,
        "marketplace": detail.marketplace,
        "order_id": detail.order.external_id if detail.order else None,
        "customer": detail.customer.name if detail.customer else None,
        "assignee": detail.assignee,
        "escalation_level": detail.escalation_level,
        "created_at": iso(detail.created_at),
        "updated_at": iso(detail.updated_at),
        "tags": list(detail.tags),
        "evidence": [evidence_json(e) for e in detail.evidence],
    }


def detail_json(
    detail: CaseDetail,
    history: Sequence[HistoryEntry],
    deadlines: CaseDeadlines | None = None,
    now: dt.datetime | None = None,
    sync_notices: Sequence[Any] = (),
) -> dict[str, Any]:
    """The whole case as `cases show` prints it; "customer" is an object here.
    `sync_notices`: the conflicts this laptop lost on the case (app.sync.client.Notice)."""
    data = case_json(detail)
    data.update(
        {
            "channel": detail.channel,
            "escalation_reason": detail.escalation_reason,
            "customer": customer_json(detail.customer),
            "order": order_json(detail.order),
            "messages": [message_json(m) for m in detail.messages],
            "history": [history_json(h) for h in history],
            "sync_notices": [sync_notice_json(n) for n in sync_notices],
        }
    )
    if deadlines is not None and now is not None:
        data.update(deadlines_json(deadlines, now))
    return data


def sync_notice_json(notice: Any) -> dict[str, Any]:
    """A lost sync conflict: the field, your value, theirs, who wrote it and when."""
    return {
        "field": notice.field,
        "yours": notice.mine,
        "theirs": notice.theirs,
        "who": notice.who,
        "when": iso(notice.at),
        "entity": notice.entity,
        "entity_id": str(notice.entity_id),
    }


def deadlines_json(deadlines: CaseDeadlines, now: dt.datetime) -> dict[str, Any]:
    """`return_window`, `clocks` and `escalation` of `cases show` (live at `now`)."""
    from app.services.deadlines.escalation import english_reason, live_escalation

    window = deadlines.return_window
    escalation = live_escalation(deadlines.facts, list(deadlines.clocks), now)
    return {
        "return_window": (
            return_window_json(window)
            if window is not None
            else {"problem": deadlines.return_window_problem}
        ),
        "clocks": [
            {
                "name": clock.kind,
                "started_at": iso(clock.started_at),
                "due_at": iso(clock.due_at),
                "state": clock.state(now),
                "counts": "business_days" if clock.business_days is not None else "calendar",
                "rule": clock.rule.id if clock.rule is not None else None,
            }
            for clock in deadlines.clocks
        ],
        "escalation": {
            "level": escalation.level,
            "reasons": [english_reason(r) for r in escalation.reasons],
            "codes": [r.code for r in escalation.reasons],
            "manual": {
                "level": deadlines.facts.manual_level,
                "reason": deadlines.facts.manual_reason,
                "target": deadlines.facts.manual_target,
            },
        },
    }


def rule_json(rule: AppliedRule) -> dict[str, Any]:
    """A policy rule as `policy return-window --json` lists it."""
    return {
        "id": rule.id,
        "title": rule.title,
        "source": rule.source,
        "effective_from": rule.effective_from.isoformat(),
        "effective_to": iso(rule.effective_to),
        "reported": rule.reported,
        "override": rule.override,
    }


def return_window_json(window: ReturnWindow) -> dict[str, Any]:
    """`policy return-window --json`: dates as YYYY-MM-DD, explanation in English."""
    return {
        "deadline": window.deadline.isoformat(),
        "days_left": window.days_left,
        "state": window.state,
        "basis": window.basis,
        "start": window.start.isoformat(),
        "window_days": window.window_days,
        "rules": [rule_json(r) for r in window.rules],
        "explanation": window.explanation_text(),
    }


def customer_json(customer: CustomerInfo | None) -> dict[str, Any] | None:
    if customer is None:
        return None
    return {
        "id": str(customer.id),
        "name": customer.name,
        "locale": customer.locale,
        "marketplace": customer.marketplace,
        "buyer_alias": customer.buyer_alias,
        "email": customer.email,
    }


def order_json(order: OrderInfo | None) -> dict[str, Any] | None:
    if order is None:
        return None
    return {
        "id": str(order.id),
        "external_id": order.external_id,
        "marketplace": order.marketplace or None,
        "purchased_at": iso(order.purchased_at),
        "shipped_at": iso(order.shipped_at),
        "delivered_on": iso(order.delivered_on),
        "estimated_delivery_min": iso(order.estimated_delivery_min),
        "estimated_delivery_max": iso(order.estimated_delivery_max),
        "fulfilment": order.fulfilment,
        "currency": order.currency,
        "total": _money(order.total),
        "carrier": order.carrier,
        "tracking_number": order.tracking_number,
        "items": [
            {
                "sku": item.sku,
                "title": item.title,
                "category": item.category,
                "quantity": item.quantity,
                "unit_price": _money(item.unit_price),
                "currency": item.currency,
            }
            for item in order.items
        ],
    }


def message_json(message: MessageInfo) -> dict[str, Any]:
    return {
        "id": str(message.id),
        "direction": message.direction,
        "channel": message.channel,
        "author": message.author,
        "body": message.body,
        "language": message.language,
        "created_at": iso(message.created_at),
        "outbound_state": message.outbound_state,
        "no_response_needed": message.no_response_needed,
        # Mail and the outbox (schema 0008): how it came or goes.
        "sent_at": iso(message.sent_at),
        "subject": message.subject,
        "mail_address": message.mail_address,
        "mail_flags": list(message.mail_flags),
        "send_after": iso(message.send_after),
        "attempts": message.attempts,
        "next_attempt_at": iso(message.next_attempt_at),
        "failure": message.failure,
        # The contact log: a call, chat, call-back or social contact an agent recorded.
        "contact": message.contact,
        "minutes": message.minutes,
    }


def evidence_json(evidence: EvidenceInfo) -> dict[str, Any]:
    return {
        "id": str(evidence.id),
        "sha256": evidence.sha256,
        "name": evidence.name,
        "kind": evidence.kind,
        "size": evidence.size,
        "media_type": evidence.media_type,
        "caption": evidence.caption,
        "captured_at": iso(evidence.captured_at),
        "added_at": iso(evidence.added_at),
        "added_by": evidence.added_by,
        "message_id": str(evidence.message_id) if evidence.message_id else None,
    }


def history_json(entry: HistoryEntry) -> dict[str, Any]:
    return {
        "at": iso(entry.at),
        "actor": entry.actor,
        "device_id": entry.device_id,
        "entity": entry.entity,
        "action": entry.action,
        "data": entry.data,
    }


def attach_json(ref: str, added: Sequence[EvidenceInfo], result: AttachResult) -> dict[str, Any]:
    """`cases attach --json`: what was added, what was refused and why, and warnings."""
    return {
        "case": ref,
        "added": [
            {
                "id": str(e.id),
                "name": e.name,
                "sha256": e.sha256,
                "size": e.size,
                "media_type": e.media_type,
                "kind": e.kind,
            }
            for e in added
        ],
        "refused": [{"file": name, "reason": reason} for name, reason in result.refused],
        "warnings": list(result.warnings),
    }


def export_json(result: ExportResult) -> dict[str, Any]:
    """`evidence export --json`."""
    return {
        "case": result.manifest["case"],
        "out": str(result.path),
        "files": result.files,
        "location_removed": result.manifest["location_removed"],
        "warnings": list(result.warnings),
    }


def doctor_json(report: DoctorReport, cleaned: Sequence[str] | None) -> dict[str, Any]:
    """`doctor --json`; "cleaned" lists removed files with --clean-orphans, else null."""
    return {
        "ok": report.ok,
        "blobs_checked": report.blobs_checked,
        "bytes_checked": report.bytes_checked,
        "problems": [
            {
                "kind": p.kind,
                "detail": p.detail,
                "sha256": p.sha256,
                "evidence_id": str(p.evidence_id) if p.evidence_id else None,
            }
            for p in report.problems
        ],
        "orphans": len(report.orphans),
        "cleaned": None if cleaned is None else list(cleaned),
    }


# ----------------------------------------------------------------------------- text


def display_width(text: str) -> int:
    """Terminal columns `text` takes: East Asian wide characters take two."""
    return sum(
        0
        if unicodedata.combining(ch)
        else 2
        if unicodedata.east_asian_width(ch) in ("W", "F")
        else 1
        for ch in text
    )


def fit(text: str, width: int) -> str:
    """`text` on one line, cut with an ellipsis to `width` columns and padded to it."""
    text = " ".join(text.split())
    if display_width(text) > width:
        cut, used = [], 0
        for ch in text:
            w = display_width(ch)
            if used + w > width - 1:
                break
            cut.append(ch)
            used += w
        text = "".join(cut) + "…"
    return text + " " * (width - display_width(text))


_TABLE = (("REF", "ref", 11), ("STATUS", "status", 19), ("PRIORITY", "priority", 8))


def rows_table(rows: Iterable[InboxRow], subject_width: int = 50) -> str:
    """The aligned table `cases list` prints without --json."""
    rows = list(rows)
    customer_width = min(24, max([8, *(display_width(r.customer or "") for r in rows)]))
    header = [fit(title, width) for title, _attr, width in _TABLE]
    header += [fit("CUSTOMER", customer_width), "SUBJECT"]
    lines = ["  ".join(header)]
    for row in rows:
        cells = [fit(str(getattr(row, attr)), width) for _title, attr, width in _TABLE]
        cells.append(fit(row.customer or "-", customer_width))
        cells.append(fit(row.subject, subject_width).rstrip())
        lines.append("  ".join(cells))
    if not rows:
        lines.append("(no cases)")
    return "\n".join(lines)


def _when(value: dt.datetime | None) -> str:
    return "-" if value is None else value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def case_summary_text(detail: CaseDetail) -> str:
    """Two lines about a case, as `cases add` prints them."""
    files = len(detail.evidence)
    return (
        f"Created case {detail.ref}: {detail.subject}\n"
        f"  status {detail.status}, priority {detail.priority}, reason {detail.reason}"
        f", {files} evidence file{'s' if files != 1 else ''}"
    )


def detail_text(
    detail: CaseDetail,
    history: Sequence[HistoryEntry],
    deadlines: CaseDeadlines | None = None,
    now: dt.datetime | None = None,
) -> str:
    """The case as `cases show` prints it for a person."""
    lines = [f"{detail.ref}  {detail.subject}", f"  id:          {detail.id}"]
    lines.append(
        f"  status:      {detail.status}   priority: {detail.priority}   "
        f"reason: {detail.reason}   escalation: {detail.escalation_level}"
    )
    customer = detail.customer
    lines.append(
        "  customer:    "
        + (f"{customer.name} ({customer.marketplace or 'no marketplace'})" if customer else "-")
    )
    order = detail.order
    lines.append(
        "  order:       "
        + (f"{order.external_id} on {order.marketplace or 'no marketplace'}" if order else "-")
    )
    lines.append(
        f"  language:    {detail.language or '-'}   assignee: {detail.assignee or '-'}   "
        f"channel: {detail.channel}"
    )
    lines.append(f"  created:     {_when(detail.created_at)}   updated: {_when(detail.updated_at)}")
    lines.append(f"  tags:        {', '.join(detail.tags) or '-'}")
    lines.append("")
    lines.append(f"Messages ({len(detail.messages)})")
    for message in detail.messages:
        state = f" [{message.outbound_state}]" if message.outbound_state else ""
        if message.contact:
            minutes = f", {message.minutes} min" if message.minutes is not None else ""
            state = f" [{message.channel} contact{minutes}]"
        elif message.failure and message.outbound_state in ("failed", "queued"):
            state += f" ({message.failure})"
        lines.append(
            f"  {_when(message.created_at)}  {message.direction}{state}  {message.author or ''}"
        )
        lines.extend(f"    {line}" for line in message.body.splitlines() or [""])
    lines.append(f"Evidence ({len(detail.evidence)})")
    for item in detail.evidence:
        size = describe_size(item.size)
        lines.append(f"  {item.kind:<14} {item.name}  {size}  {item.sha256[:12]}")
    if deadlines is not None and now is not None:
        facts = deadlines_json(deadlines, now)
        window = deadlines.return_window
        lines.append(
            "Return window: "
            + (
                f"{window.state}, last day {window.deadline.isoformat()} "
                f"({window.days_left} days left)"
                if window is not None
                else deadlines.return_window_problem or "-"
            )
        )
        lines.append(f"Clocks ({len(deadlines.clocks)})")
        for clock in facts["clocks"]:
            lines.append(f"  {clock['name']:<16} due {clock['due_at']}  {clock['state']}")
        escalation = facts["escalation"]
        lines.append(f"Escalation: level {escalation['level']}")
        lines.extend(f"  {reason}" for reason in escalation["reasons"])
    lines.append(f"History ({len(history)})")
    for entry in history:
        lines.append(f"  {_when(entry.at)}  {entry.actor or '-'}  {entry.entity} {entry.action}")
    return "\n".join(lines)


def attach_text(ref: str, added: Sequence[EvidenceInfo], result: AttachResult) -> str:
    """`cases attach` for a person; refused files are also summed up on stderr."""
    lines = [f"Case {ref}: {len(added)} file{'s' if len(added) != 1 else ''} attached"]
    lines += [f"  {e.kind:<14} {e.name}  {describe_size(e.size)}  {e.sha256[:12]}" for e in added]
    lines += [f"  not attached: {reason}" for _name, reason in result.refused]
    lines += [f"  warning: {warning}" for warning in result.warnings]
    return "\n".join(lines)


def export_text(result: ExportResult) -> str:
    files = result.files
    location = (
        "photo locations removed"
        if result.manifest["location_removed"]
        else "photo locations kept or not removable"
    )
    lines = [f"Exported {files} file{'s' if files != 1 else ''} to {result.path} ({location})"]
    lines += [f"  warning: {warning}" for warning in result.warnings]
    return "\n".join(lines)


def doctor_text(report: DoctorReport, cleaned: Sequence[str] | None) -> str:
    lines = [
        f"Checked {report.blobs_checked} stored files ({describe_size(report.bytes_checked)}) "
        "and the database: " + ("no problems" if report.ok else f"{len(report.problems)} problems")
    ]
    lines += [f"  {p.kind}: {p.detail}" for p in report.problems]
    if cleaned is not None:
        lines.append(f"Removed {len(cleaned)} unused stored files.")
    if report.orphans:
        lines.append(
            f"{len(report.orphans)} stored files are used by no evidence; "
            "'doctor --clean-orphans' removes them after 30 days."
        )
    return "\n".join(lines)


def return_window_text(marketplace: str, window: ReturnWindow) -> str:
    """`policy return-window` for a person: the answer first, then why."""
    from app.services.deadlines.policy import describe, format_date

    counted = "delivery" if window.basis == "delivered" else "latest estimated delivery"
    lines = [
        f"{marketplace}: return window {describe(window)}",
        f"  {window.window_days} days from {counted} on {format_date(window.start)}",
        "Why:",
    ]
    lines.extend(f"  - {sentence}" for sentence in window.explanation_text())
    lines.append("Rules:")
    for rule in window.rules:
        marks = "".join(
            [
                " (reported, check it)" if rule.reported else "",
                " (your shop)" if rule.override else "",
            ]
        )
        lines.append(f"  {rule.id}: {rule.title}{marks}")
        lines.append(f"      source: {rule.source}")
    return "\n".join(lines)


class Progress:
    """A `progress(done, total)` callback: one line, redrawn in place on a terminal."""

    def __init__(self, stream: TextIO, label: str = "Seeding demo data") -> None:
        self.stream = stream
        self.label = label
        self.tty = stream.isatty()
        self.last_tenth = -1
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        fraction = min(max(done / total if total else 1.0, 0.0), 1.0)
        line = f"{self.label}: {fraction:4.0%} ({done:,}/{total:,})"
        if self.tty:
            self.stream.write("\r" + line)
            self.drawn = True
        elif int(fraction * 10) > self.last_tenth:  # a log file gets about every 10%
            self.last_tenth = int(fraction * 10)
            self.stream.write(line + "\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False
