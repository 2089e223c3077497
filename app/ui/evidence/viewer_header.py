"""The head of the evidence viewer: the file's name, its place in the list, its
details, and the kind and caption the agent can edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import EvidenceKind
from app.services.cases.detail import EvidenceInfo
from app.services.evidence.attach import MAX_CAPTION_CHARS
from app.ui.core.i18n import Language, fill, translate
from app.ui.core.labels import evidence_kind_label
from app.ui.core.style import Tone, text_style


class EvidenceHeader(QWidget):
    """Name, "N of M", details, and the kind and caption fields of one file.

    The viewer listens to `kind_combo.activated` and `caption_edit.editingFinished`
    and reads the fields back; this widget only shows.
    """

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.name_label = QLabel(self)
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        # A very long file name is cut off (with a tooltip) rather than widening the dialog.
        self.name_label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.position_label = QLabel(self)
        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        self.details_label.setStyleSheet(text_style(Tone.MUTED))
        self.kind_combo = QComboBox(self)
        for kind in EvidenceKind:
            self.kind_combo.addItem(evidence_kind_label(kind.value), kind.value)
        self.caption_edit = QLineEdit(self)
        self.caption_edit.setMaxLength(MAX_CAPTION_CHARS)
        self.caption_edit.setPlaceholderText(
            translate("EvidenceViewer", "Describe what this file shows")
        )

        title_row = QHBoxLayout()
        title_row.addWidget(self.name_label, 1, Qt.AlignLeading)
        title_row.addWidget(self.position_label, 0, Qt.AlignTrailing)
        edit_row = QHBoxLayout()
        for text, field in (
            (translate("EvidenceViewer", "&Kind:"), self.kind_combo),
            (translate("EvidenceViewer", "&Caption:"), self.caption_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            edit_row.addWidget(label)
            edit_row.addWidget(field, 1 if field is self.caption_edit else 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title_row)
        layout.addWidget(self.details_label)
        layout.addLayout(edit_row)

    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    @property
    def caption(self) -> str:
        return self.caption_edit.text().strip()

    def show_item(self, info: EvidenceInfo, position: int, count: int) -> None:
        """Show file `info`, number `position` (from 0) of `count`."""
        language = self._language
        self.name_label.setText(info.name)
        self.name_label.setToolTip(info.name)
        self.position_label.setText(
            fill(
                translate("EvidenceViewer", "%1 of %2"),
                language.number(position + 1),
                language.number(count),
            )
        )
        when = language.full(info.added_at)
        if info.added_by:
            added = fill(translate("EvidenceViewer", "Added %1 by %2"), when, info.added_by)
        else:
            added = fill(translate("EvidenceViewer", "Added %1"), when)
        parts = [evidence_kind_label(info.kind), language.file_size(info.size), added]
        if info.captured_at is not None:
            parts.append(
                fill(translate("EvidenceViewer", "Taken %1"), language.full(info.captured_at))
            )
        self.details_label.setText(" · ".join(parts))
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(info.kind)))
        if not (self.caption_edit.hasFocus() and self.caption_edit.isModified()):
            self.caption_edit.setText(info.caption or "")  # keep what the agent is typing
