"""Translatable names for the stored vocabularies (statuses, priorities, reasons, ...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(value: str) -> str:
    return {
        "new": _t("New"),
        "open": _t("Open"),
        "waiting_customer": _t("Waiting on customer"),
        "waiting_third_party": _t("Waiting on third party"),
        "resolved": _t("Resolved"),
        "closed": _t("Closed"),
    }.get(value, value)


def priority_label(value: str) -> str:
    return {
        "low": _t("Low"),
        "normal": _t("Normal"),
        "high": _t("High"),
        "urgent": _t("Urgent"),
    }.get(value, value)


def reason_label(value: str) -> str:
    return {
        "wrong_size": _t("Wrong size"),
        "not_as_described": _t("Not as described"),
        "defective": _t("Defective"),
        "damaged": _t("Damaged in transit"),
        "missing_parts": _t("Missing parts"),
        "not_received": _t("Not received"),
        "late": _t("Late delivery"),
        "refund": _t("Refund"),
        "return": _t("Return"),
        "exchange": _t("Exchange"),
        "account_access": _t("Account access"),
        "billing": _t("Billing"),
        "other": _t("Other"),
    }.get(value, value)


def direction_label(value: str) -> str:
    return {
        "inbound": _t("Customer"),
        "outbound": _t("Reply"),
        "note": _t("Internal note"),
    }.get(value, value)


def outbound_state_label(value: str | None) -> str:
    return {
        "draft": _t("Draft, not sent"),
        "queued": _t("Saved, waiting to be sent"),
        "sent": _t("Sent"),
        "failed": _t("Sending failed"),
    }.get(value or "", "")


def evidence_kind_label(value: str) -> str:
    return {
        "photo": _t("Photo"),
        "receipt": _t("Receipt"),
        "shipping_label": _t("Shipping label"),
        "screenshot": _t("Screenshot"),
        "document": _t("Document"),
        "other": _t("Other"),
    }.get(value, value)


def channel_label(value: str) -> str:
    return {
        "marketplace": _t("Marketplace message"),
        "email": _t("E-mail"),
        "phone": _t("Phone"),
        "chat": _t("Chat"),
        "callback": _t("Callback"),
        "social": _t("Social media"),
        "forum": _t("Forum"),
    }.get(value, value)


def field_label(name: str) -> str:
    return {
        "subject": _t("Subject"),
        "status": _t("Status"),
        "priority": _t("Priority"),
        "reason": _t("Reason"),
        "assignee": _t("Assignee"),
        "language": _t("Language"),
        "channel": _t("Channel"),
        "escalation_level": _t("Escalation level"),
        "escalation_reason": _t("Escalation reason"),
    }.get(name, name.replace("_", " "))
