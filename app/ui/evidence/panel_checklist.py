"""The evidence checklist of a case, in the agent's words: what its reason calls for,
and which of those files are in (the service decides, this module words it)."""

from __future__ import annotations

from html import escape

from app.services.cases.detail import CaseDetail
from app.services.evidence.checklist import evidence_checklist
from app.ui.core.i18n import Language, fill, translate
from app.ui.core.style import Tone, css


def checklist_item_label(key: str) -> str:
    """The agent's words for a checklist item (the service's keys, DOMAIN.md's table)."""
    labels = {
        "defect_photo": translate("Evidence", "Photo of the defect or the difference"),
        "label_photo": translate("Evidence", "Photo of the label or model number"),
        "receipt": translate("Evidence", "Order or receipt"),
        "size_photo": translate("Evidence", "Photo with a measuring tape or of the size label"),
        "parcel_photo": translate("Evidence", "Photo of the parcel"),
        "item_photo": translate("Evidence", "Photo of the item"),
        "shipping_label": translate("Evidence", "Shipping label"),
        "tracking": translate("Evidence", "Carrier tracking page or screenshot"),
        "delivery_photo": translate("Evidence", "Delivery photo, if any"),
        "return_tracking": translate("Evidence", "Return tracking"),
        "return_receipt": translate("Evidence", "Receipt of the returned item"),
    }
    return labels.get(key, key)


def checklist_text(detail: CaseDetail, language: Language) -> str:
    """The checklist as rich text: a count, then one marked line per item."""
    checklist = evidence_checklist(
        detail.reason, [e.kind for e in detail.evidence], has_order=detail.order is not None
    )
    if checklist.total == 0:
        return translate("Evidence", "No evidence checklist for this kind of case.")
    count = fill(
        translate("Evidence", "Checklist: %1 of %2 collected"),
        language.number(checklist.done),
        language.number(checklist.total),
    )
    lines = [f"<b>{escape(count)}</b>"]
    for item, satisfied in checklist.items:
        mark, tone = ("✓", Tone.OK) if satisfied else ("○", Tone.MUTED)
        optional = "" if item.required else " " + translate("Evidence", "(optional)")
        label = escape(checklist_item_label(item.key) + optional)
        lines.append(f'<span style="color:{css(tone)}">{mark}</span> {label}')
    return "<br>".join(lines)
