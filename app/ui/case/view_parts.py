"""Small pieces of the case view: a scrolled column, captioned fields and choice boxes, the
draft reply to carry on with."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from app.services.cases.detail import MessageInfo


def scrolled(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless scroll area that follows its width while it fits."""
    area = QScrollArea(widget.parentWidget())
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.NoFrame)
    return area


def latest_draft(messages: tuple[MessageInfo, ...]) -> MessageInfo | None:
    """The draft reply to carry on with: the newest one written after the last reply sent."""
    draft = None
    for message in messages:  # oldest first
        if message.direction != "outbound":
            continue
        draft = message if message.outbound_state == "draft" else None
    return draft


def captioned(page: QWidget, label: str, widget: QWidget, *, grow: bool = False) -> QWidget:
    """A caption over its field; one that `grow`s fills the rest of its line."""
    field = QWidget(page)
    caption = QLabel(label, field)
    caption.setBuddy(widget)
    column = QVBoxLayout(field)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(caption)
    column.addWidget(widget)
    if grow:
        field.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
    return field


def choice_box(parent: QWidget, items: list[tuple[str, str]]) -> QComboBox:
    """A combo box of (value, label) items."""
    box = QComboBox(parent)
    # Narrow enough that the case view leaves the inbox room; the popup shows it all.
    box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(7)
    for value, label in items:
        box.addItem(label, value)
    return box


def select_data(box: QComboBox, value: str) -> None:
    """Show the item whose data is `value` (the first if none) without emitting signals."""
    box.blockSignals(True)
    index = box.findData(value)
    box.setCurrentIndex(index if index >= 0 else 0)
    box.blockSignals(False)
