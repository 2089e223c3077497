"""The side column of a case: who the customer is, what they ordered, and the evidence."""

from __future__ import annotations

import html
import uuid

from babel.numbers import format_currency
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.case_detail import CaseDetail, EvidenceInfo
from app.services.profile import Profile
from app.ui.i18n import Language, isolate, translate
from app.ui.labels import evidence_kind_label
from app.ui.return_window_box import ReturnWindowBox
from app.ui.tasks import TaskManager
from app.ui.thumbnails import THUMB_SIZE, make_thumbnail


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1048576:.1f} MB"
    return f"{max(1, size // 1024)} KB"


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
        self._thumbs: dict[str, QIcon] = {}
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

        self.evidence_box = QGroupBox(translate("CaseSidebar", "Evidence"), self)
        self.evidence_list = QListWidget(self.evidence_box)
        self.evidence_list.setObjectName("evidence")
        self.evidence_list.setViewMode(QListView.IconMode)
        self.evidence_list.setIconSize(THUMB_SIZE)
        self.evidence_list.setGridSize(THUMB_SIZE + QSize(24, 44))
        self.evidence_list.setResizeMode(QListView.Adjust)
        self.evidence_list.setMovement(QListView.Static)
        self.evidence_list.setWordWrap(True)
        self.evidence_list.setMinimumHeight(THUMB_SIZE.height() + 56)
        self.evidence_empty = QLabel(translate("CaseSidebar", "No files yet."), self.evidence_box)
        self.evidence_empty.setStyleSheet("color: #5f6368;")
        evidence_layout = QVBoxLayout(self.evidence_box)
        evidence_layout.addWidget(self.evidence_empty)
        evidence_layout.addWidget(self.evidence_list, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.return_box = ReturnWindowBox(language, self)
        layout.addWidget(self.return_box)
        layout.addWidget(self.customer_box)
        layout.addWidget(self.order_box)
        layout.addWidget(self.evidence_box, 1)

    def show_detail(self, detail: CaseDetail) -> None:
        self._case_id = detail.id
        self.customer_label.setText(self._customer_html(detail))
        self.order_label.setText(self._order_html(detail))
        self._show_evidence(detail.evidence)

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
                    translate("CaseSidebar", "Writes in %1").replace(
                        "%1", self._language.language_name(c.locale)
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

    def _show_evidence(self, evidence: tuple[EvidenceInfo, ...]) -> None:
        self.evidence_list.clear()
        self.evidence_empty.setVisible(not evidence)
        self.evidence_list.setVisible(bool(evidence))
        for info in evidence:
            item = QListWidgetItem(self._thumbs.get(info.sha256) or self._tile(info), info.name)
            item.setData(Qt.UserRole, info.sha256)
            item.setToolTip(
                "\n".join(
                    x
                    for x in (
                        info.name,
                        evidence_kind_label(info.kind) + " · " + _size_text(info.size),
                        info.caption or "",
                        translate("CaseSidebar", "Added %1 by %2")
                        .replace("%1", self._language.full(info.added_at))
                        .replace("%2", info.added_by or "?"),
                    )
                    if x
                )
            )
            self.evidence_list.addItem(item)
            if info.sha256 not in self._thumbs:
                self._tasks.run(
                    make_thumbnail,
                    self._profile.blobs.path_for(info.sha256),
                    info.media_type,
                    on_done=lambda image, sha=info.sha256: self._thumbnail_ready(sha, image),
                )

    def _tile(self, info: EvidenceInfo) -> QIcon:
        pixmap = QPixmap(THUMB_SIZE)
        pixmap.fill(QColor("#eceff1"))
        painter = QPainter(pixmap)
        painter.setPen(QColor("#5f6368"))
        label = "PDF" if info.media_type == "application/pdf" else evidence_kind_label(info.kind)
        painter.drawText(pixmap.rect(), Qt.AlignCenter, label)
        painter.end()
        return QIcon(pixmap)

    def _thumbnail_ready(self, sha: str, image: QImage | None) -> None:
        if image is None:
            return
        icon = QIcon(QPixmap.fromImage(image))
        self._thumbs[sha] = icon
        for row in range(self.evidence_list.count()):
            item = self.evidence_list.item(row)
            if item.data(Qt.UserRole) == sha:
                item.setIcon(icon)
