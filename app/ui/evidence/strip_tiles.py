"""One file's tile in the evidence strip, its placeholder picture and its tooltip.

A tile keeps the file it shows (`info`), so a change to one file updates that
tile alone. Its tooltip is written only when the agent hovers it: formatting
dates and sizes for hundreds of tiles up front is a visible pause.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QListWidgetItem

from app.services.cases.detail import EvidenceInfo
from app.services.evidence.store import MARKETPLACE_ATTACHMENT_LIMIT
from app.ui.core.i18n import Language, fill, translate
from app.ui.core.labels import evidence_kind_label
from app.ui.core.style import Tone, colour, tint
from app.ui.evidence.thumbnails import THUMB_SIZE


class EvidenceTile(QListWidgetItem):
    """A file in the strip: its name under its thumbnail (or a placeholder until it comes).

    `thumbnail` says the icon is the file's thumbnail rather than a placeholder.
    """

    def __init__(self, info: EvidenceInfo, icon: QIcon, thumbnail: bool) -> None:
        super().__init__(icon, info.name)
        self.info = info
        self.thumbnail = thumbnail
        self.setData(Qt.UserRole, info.sha256)

    def refresh(self, info: EvidenceInfo) -> None:
        """Show `info`, a newer version of the same file (caption, kind, name...)."""
        old, self.info = self.info, info
        if info.name != old.name:
            self.setText(info.name)
        if info.sha256 != old.sha256:
            self.setData(Qt.UserRole, info.sha256)
            self.thumbnail = False
        self.setToolTip("")  # written again when next hovered

    def show_icon(self, icon: QIcon, thumbnail: bool) -> None:
        self.setIcon(icon)
        self.thumbnail = thumbnail


class PlaceholderTiles:
    """The plain tile shown until (or instead of) a thumbnail: one per label, painted once."""

    def __init__(self) -> None:
        self._icons: dict[str, QIcon] = {}

    def icon(self, info: EvidenceInfo) -> QIcon:
        label = "PDF" if info.media_type == "application/pdf" else evidence_kind_label(info.kind)
        icon = self._icons.get(label)
        if icon is None:
            pixmap = QPixmap(THUMB_SIZE)
            pixmap.fill(tint(Tone.FAINT))
            painter = QPainter(pixmap)
            painter.setPen(colour(Tone.MUTED))
            painter.drawText(pixmap.rect(), Qt.AlignCenter | Qt.TextWordWrap, label)
            painter.end()
            icon = self._icons[label] = QIcon(pixmap)
        return icon


def tooltip_text(info: EvidenceInfo, language: Language) -> str:
    """Name, kind and size, caption, who added it when, and the over-10-MB warning."""
    lines = [
        info.name,
        evidence_kind_label(info.kind) + " · " + language.file_size(info.size),
        info.caption or "",
        fill(
            translate("CaseSidebar", "Added %1 by %2"),
            language.full(info.added_at),
            info.added_by or "?",
        ),
    ]
    if info.size > MARKETPLACE_ATTACHMENT_LIMIT:
        lines.append(translate("Evidence", "Over the marketplace's 10 MB limit for attachments."))
    return "\n".join(x for x in lines if x)
