"""Translatable names for the stored vocabularies (statuses, priorities, reasons, ...)."""

from __future__ import annotations

from app.ui.core.i18n import translate


def status_label(value: str) -> str:
    return {
        "new": translate("Labels", "New"),
        "open": translate("Labels", "Open"),
        "waiting_customer": translate("Labels", "Waiting on customer"),
        "waiting_third_party": translate("Labels", "Waiting on third party"),
        "resolved": translate("Labels", "Resolved"),
        "closed": translate("Labels", "Closed"),
    }.get(value, value)


def priority_label(value: str) -> str:
    return {
        "low": translate("Labels", "Low"),
        "normal": translate("Labels", "Normal"),
        "high": translate("Labels", "High"),
        "urgent": translate("Labels", "Urgent"),
    }.get(value, value)


def reason_label(value: str) -> str:
    return {
        "wrong_size": translate("Labels", "Wrong size"),
        "not_as_described": translate("Labels", "Not as described"),
        "defective": translate("Labels", "Defective"),
        "damaged": translate("Labels", "Damaged in transit"),
        "missing_parts": translate("Labels", "Missing parts"),
        "not_received": translate("Labels", "Not received"),
        "late": translate("Labels", "Late delivery"),
        "refund": translate("Labels", "Refund"),
        "return": translate("Labels", "Return"),
        "exchange": translate("Labels", "Exchange"),
        "account_access": translate("Labels", "Account access"),
        "billing": translate("Labels", "Billing"),
        "other": translate("Labels", "Other"),
    }.get(value, value)


def direction_label(value: str) -> str:
    return {
        "inbound": translate("Labels", "Customer"),
        "outbound": translate("Labels", "Reply"),
        "note": translate("Labels", "Internal note"),
    }.get(value, value)


def outbound_state_label(value: str | None) -> str:
    return {
        "draft": translate("Labels", "Draft, not sent"),
        "queued": translate("Labels", "In the outbox"),
        "sending": translate("Labels", "Sending"),
        "sent": translate("Labels", "Sent"),
        "failed": translate("Labels", "Sending failed"),
        "held": translate("Labels", "Waiting for the owner's approval"),
    }.get(value or "", "")


def evidence_kind_label(value: str) -> str:
    return {
        "photo": translate("Labels", "Photo"),
        "receipt": translate("Labels", "Receipt"),
        "shipping_label": translate("Labels", "Shipping label"),
        "screenshot": translate("Labels", "Screenshot"),
        "document": translate("Labels", "Document"),
        "other": translate("Labels", "Other"),
    }.get(value, value)


def channel_label(value: str) -> str:
    return {
        "marketplace": translate("Labels", "Marketplace message"),
        "email": translate("Labels", "E-mail"),
        "phone": translate("Labels", "Phone"),
        "chat": translate("Labels", "Chat"),
        "callback": translate("Labels", "Callback"),
        "social": translate("Labels", "Social media"),
        "forum": translate("Labels", "Forum"),
        "other": translate("Labels", "Other"),
    }.get(value, value)


def field_label(name: str) -> str:
    return {
        "subject": translate("Labels", "Subject"),
        "status": translate("Labels", "Status"),
        "priority": translate("Labels", "Priority"),
        "reason": translate("Labels", "Reason"),
        "assignee": translate("Labels", "Assignee"),
        "language": translate("Labels", "Language"),
        "channel": translate("Labels", "Channel"),
        "escalation_level": translate("Labels", "Escalation level"),
        "escalation_reason": translate("Labels", "Escalation reason"),
        "manual_escalation_level": translate("Labels", "Agent's escalation"),
        "manual_escalation_reason": translate("Labels", "Agent's reason"),
        "manual_escalation_target": translate("Labels", "Escalated to"),
    }.get(name, name.replace("_", " "))
