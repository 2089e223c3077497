"""Small pieces of the case view: a scrolled column, the draft reply to carry on with."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QWidget

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
