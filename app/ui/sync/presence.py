"""Who else has the open case in front of them: "Lena is replying to this case", so two
agents do not answer the same buyer. Shown only while the team service answers; the hub
feeds it what the service said (`report_presence`)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from app.ui.core.i18n import fill, translate
from app.ui.core.style import Tone, text_style

if TYPE_CHECKING:
    from app.sync.client import Presence

REPLYING = "replying"
VIEWING = "viewing"


def presence_text(others: Sequence[Presence], case_id: uuid.UUID | None) -> tuple[str, Tone]:
    """The line for teammates on `case_id` (empty when none), and its tone: replying
    is the one that needs the agent's attention."""
    if case_id is None:
        return "", Tone.MUTED
    activity: dict[str, str] = {}  # agent -> what they do (replying beats viewing)
    for other in others:
        if str(other.case_id) != str(case_id) or other.activity not in (REPLYING, VIEWING):
            continue
        if activity.get(other.agent) != REPLYING:
            activity[other.agent] = other.activity
    if not activity:
        return "", Tone.MUTED
    parts = []
    for agent in sorted(activity, key=lambda a: (activity[a] != REPLYING, a.casefold())):
        if activity[agent] == REPLYING:
            parts.append(fill(translate("SyncPresence", "%1 is replying to this case"), agent))
        else:
            parts.append(fill(translate("SyncPresence", "%1 is viewing this case"), agent))
    replying = REPLYING in activity.values()
    return " · ".join(parts), Tone.WARNING if replying else Tone.INFO


class PresenceLine(QLabel):
    """One line over the conversation; hidden when nobody else is on the case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPresence")
        self.setWordWrap(True)
        self.hide()

    def show_presence(self, others: Sequence[Presence], case_id: uuid.UUID | None) -> None:
        text, tone = presence_text(others, case_id)
        self.setText(text)
        self.setStyleSheet(text_style(tone, bold=tone == Tone.WARNING))
        self.setVisible(bool(text))

    def clear(self) -> None:  # noqa: D102 - QLabel.clear, and hidden
        super().clear()
        self.hide()
