"""The audit history of a case, from its Operation log, in plain words."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from app.services.cases.detail import HistoryEntry
from app.ui.case.contact_text import (
    contact_corrected_line,
    contact_history_line,
    contact_removed_line,
)
from app.ui.composer.compliance_text import rule_name
from app.ui.core.i18n import Language, fill, translate
from app.ui.core.labels import (
    evidence_kind_label,
    field_label,
    priority_label,
    reason_label,
    status_label,
)
from app.ui.deadlines.policy_text import level_name, target_name

_VALUE_LABELS = {
    "status": status_label,
    "priority": priority_label,
    "reason": reason_label,
    "escalation_level": lambda value: level_name(int(value)),
    "manual_escalation_level": lambda value: level_name(int(value)),
    "manual_escalation_target": target_name,
}


def _value(field: str, value: object) -> str:
    if value is None or value == "":
        return translate("History", "(none)")
    label = _VALUE_LABELS.get(field)
    return label(str(value)) if label else str(value)


def describe(entry: HistoryEntry) -> str:
    """One history entry as a sentence an agent reads."""
    data = entry.data or {}
    if entry.entity == "case" and entry.action == "create":
        return translate("History", "Case created")
    if entry.entity == "case" and entry.action in ("update", "escalate"):
        changes = [
            f"{field_label(name)}: {_value(name, pair[0])} → {_value(name, pair[1])}"
            for name, pair in data.items()
            if isinstance(pair, list) and len(pair) == 2
        ]
        return "; ".join(changes) or translate("History", "Case changed")
    if entry.entity == "case" and entry.action == "delete":
        return translate("History", "Case deleted")
    if entry.entity == "message" and _after(data, "contact") is True:
        return _describe_contact(entry.action, data)
    if entry.entity == "message" and entry.action == "override":
        rules = ", ".join(rule_name(rule) for rule in data.get("rules", []))
        return fill(
            translate("History", "Sent despite the compliance check (%1): %2"),
            rules,
            data.get("reason", ""),
        )
    if entry.entity == "message" and entry.action in ("approve", "return"):
        return _describe_decision(entry, data)
    if entry.entity == "message" and entry.action == "delete":
        return translate("History", "Draft reply replaced by a newer version")
    if entry.entity == "message":
        direction = (data.get("direction") or [None, ""])[1]
        if direction == "inbound":
            return translate("History", "Message from the customer")
        if direction == "note":
            return translate("History", "Internal note written")
        state = (data.get("outbound_state") or [None, ""])[1]
        if state == "draft":
            return translate("History", "Draft reply saved")
        if state == "held":
            return translate("History", "Reply sent anyway, held for the owner's approval")
        return translate("History", "Reply written")
    if entry.entity == "evidence":
        return _describe_evidence(entry.action, data)
    if entry.entity == "case_tag":
        tag = data.get("tag", "")
        if entry.action == "remove":
            return fill(translate("History", "Tag removed: %1"), tag)
        return fill(translate("History", "Tag added: %1"), tag)
    return f"{entry.entity} {entry.action}"


def _after(data: dict, name: str) -> object:
    """The value a logged [before, after] pair of `data` ends with (None when absent)."""
    pair = data.get(name)
    return pair[1] if isinstance(pair, list) and len(pair) == 2 else None


def _describe_decision(entry: HistoryEntry, data: dict) -> str:
    """The owner's approval or return of a held reply (app/services/cases/approvals.py)."""
    if entry.action == "approve":
        approver = data.get("approver") or entry.actor
        if not approver:
            return translate("History", "Approved by the owner")
        return fill(translate("History", "Approved by %1"), approver)
    note = data.get("note")
    if not note:
        return translate("History", "Returned to the agent")
    return fill(translate("History", "Returned to the agent: %1"), note)


def _describe_contact(action: str, data: dict) -> str:
    """A logged call, chat, call-back or social contact (app/services/cases/contacts.py)."""
    channel = str(_after(data, "channel") or "other")
    if action == "delete":
        return contact_removed_line(channel)
    if action == "update":
        return contact_corrected_line(channel)
    minutes = _after(data, "minutes")
    return contact_history_line(
        channel,
        str(_after(data, "direction") or ""),
        minutes if isinstance(minutes, int) else None,
    )


def _describe_evidence(action: str, data: dict) -> str:
    if action == "create":
        name = (data.get("original_name") or [None, ""])[1]
        return fill(translate("History", "File added: %1"), name)
    name = str(data.get("name", ""))
    if action == "delete":
        return fill(translate("History", "File removed: %1"), name)
    if action == "restore":
        return fill(translate("History", "File put back: %1"), name)
    changes = []
    if isinstance(data.get("kind"), list):
        before, after = data["kind"]
        changes.append(
            fill(
                translate("History", "kind %1 → %2"),
                evidence_kind_label(before or "other"),
                evidence_kind_label(after or "other"),
            )
        )
    if isinstance(data.get("caption"), list):
        changes.append(fill(translate("History", "caption “%1”"), data["caption"][1] or ""))
    return fill(translate("History", "File %1: %2"), name, "; ".join(changes))


class HistoryView(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history")
        self.setRootIsDecorated(False)
        self.setHeaderLabels(
            [
                translate("History", "When"),
                translate("History", "Who"),
                translate("History", "What"),
            ]
        )
        self.setSelectionMode(QAbstractItemView.NoSelection)
        self.setUniformRowHeights(True)

    def show_entries(self, entries: list[HistoryEntry], language: Language) -> None:
        self.clear()
        items = [
            QTreeWidgetItem([language.full(e.at), e.actor or "", describe(e)])
            for e in reversed(entries)
        ]
        self.addTopLevelItems(items)
        for column in (0, 1):
            self.resizeColumnToContents(column)
