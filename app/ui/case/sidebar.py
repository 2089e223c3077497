"""The side column of a case: who the customer is, what they ordered, and the evidence."""

from __future__ import annotations

import html
import uuid

from babel.numbers import format_currency
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.services.cases.detail import CaseDetail
from app.services.core.profile import Profile
from app.ui.core.i18n import Language, fill, isolate, translate
from app.ui.core.tasks import TaskManager
from app.ui.deadlines.return_window import ReturnWindowBox
from app.ui.evidence.panel import EvidencePanel


class CaseSidebar(QWidget):
    def __init__(
        self,
        profile: Profile,
        tasks: TaskManager,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._tasks = tasks
        self._language = language
        self._case_id: uuid.UUID | None = None

        self.customer_box = QGroupBox(translate("CaseSidebar", "Customer"), self)
        self.customer_label = QLabel(self.customer_box)
        self.customer_label.setWordWrap(True)
        self.customer_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        QVBoxLayout(self.customer_box).addWidget(self.customer_label)

        self.order_box = QGroupBox(translate("CaseSidebar", "Order"), self)
        self.order_label = QLabel(self.order_box)
        self.order_label.setWordWrap(True)
        self.order_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        QVBoxLayout(self.order_box).addWidget(self.order_label)

        self.evidence = EvidencePanel(profile, tasks, language, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.return_box = ReturnWindowBox(language, self)
        layout.addWidget(self.return_box)
        layout.addWidget(self.customer_box)
        layout.addWidget(self.order_box)
        layout.addWidget(self.evidence, 1)

    def show_detail(self, detail: CaseDetail) -> None:
        self._case_id = detail.id
        self.customer_label.setText(self._customer_html(detail))
        self.order_label.setText(self._order_html(detail))
        self.evidence.show_detail(detail)

    def _customer_html(self, detail: CaseDetail) -> str:
        c = detail.customer
        if c is None:
            return html.escape(translate("CaseSidebar", "No customer recorded."))
        lines = [f"<b>{html.escape(c.name)}</b>"]
        if c.buyer_alias:
            lines.append(html.escape(c.buyer_alias))
        if c.locale:
            lines.append(
                html.escape(
                    fill(
                        translate("CaseSidebar", "Writes in %1"),
                        self._language.language_name(c.locale),
                    )
                )
            )
        if c.marketplace:
            lines.append(html.escape(c.marketplace))
        return "<br>".join(lines)

    def _order_html(self, detail: CaseDetail) -> str:
        o = detail.order
        if o is None:
            return html.escape(translate("CaseSidebar", "No order linked to this case."))
        rows = [f"<b>{html.escape(o.external_id)}</b>", html.escape(o.marketplace)]
        facts = [
            (
                translate("CaseSidebar", "Purchased"),
                self._language.day(o.purchased_at.astimezone().date()) if o.purchased_at else "",
            ),
            (translate("CaseSidebar", "Delivered"), self._language.day(o.delivered_on)),
            (
                translate("CaseSidebar", "Expected"),
                " – ".join(
                    isolate(x)
                    for x in (
                        self._language.day(o.estimated_delivery_min),
                        self._language.day(o.estimated_delivery_max),
                    )
                    if x
                )
                if not o.delivered_on
                else "",
            ),
            (translate("CaseSidebar", "Fulfilment"), (o.fulfilment or "").upper()),
            (
                translate("CaseSidebar", "Carrier"),
                " ".join(x for x in (o.carrier or "", o.tracking_number or "") if x),
            ),
        ]
        rows += [f"{html.escape(k)}: {html.escape(isolate(v))}" for k, v in facts if v]
        for item in o.items:
            price = ""
            if item.unit_price is not None and item.currency:
                price = format_currency(item.unit_price, item.currency, locale=self._language.babel)
            rows.append(
                f"{item.quantity} × {html.escape(item.title)}"
                + (f" · {html.escape(price)}" if price else "")
            )
        return "<br>".join(rows)
