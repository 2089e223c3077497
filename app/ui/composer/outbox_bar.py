"""The composer's word on the reply it just queued: "Queued · sending in 8 s" and Undo.

The countdown is worked out from the reply's `send_after` and the clock once a
second; nothing is read again for it. When the undo window closes the bar goes:
the thread shows the reply's way on from there.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.ui.core.i18n import Language, fill, translate
from app.ui.core.style import Tone, text_style


class OutboxBar(QWidget):
    """Signals:
    undo_requested(uuid.UUID): the agent takes the queued reply back.
    """

    undo_requested = Signal(object)

    def __init__(
        self, language: Language, now: Callable[[], dt.datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outboxBar")
        self._language = language
        self._now = now
        self._message_id: uuid.UUID | None = None
        self._case_id: uuid.UUID | None = None
        self._send_after: dt.datetime | None = None
        self.label = QLabel(self)
        self.label.setStyleSheet(text_style(Tone.INFO))
        self.undo_button = QPushButton(translate("Composer", "&Undo"), self)
        self.undo_button.setToolTip(
            translate("Composer", "Take the reply back before it goes (Ctrl+Z in the editor)")
        )
        self.undo_button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.undo_button)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.hide()

    @property
    def pending(self) -> uuid.UUID | None:
        """The queued reply that can still be taken back, if any."""
        return self._message_id if self.isVisibleTo(self.parentWidget()) else None

    @property
    def case_id(self) -> uuid.UUID | None:
        return self._case_id

    def show_queued(
        self, case_id: uuid.UUID, message_id: uuid.UUID, send_after: dt.datetime
    ) -> None:
        self._case_id, self._message_id, self._send_after = case_id, message_id, send_after
        self.undo_button.setEnabled(True)
        self.show()
        self.timer.start()
        self._tick()

    def clear(self) -> None:
        self.timer.stop()
        self._case_id = self._message_id = self._send_after = None
        self.hide()

    def undo(self) -> None:
        if self._message_id is not None:
            message_id = self._message_id
            self.clear()
            self.undo_requested.emit(message_id)

    def _tick(self) -> None:
        if self._send_after is None:
            self.clear()
            return
        left = math.ceil((self._send_after - self._now()).total_seconds())
        if left <= 0:
            self.clear()  # handed on: the thread says how it goes
            return
        self.label.setText(
            fill(
                translate("Composer", "Reply queued · sending in %1 s"), self._language.number(left)
            )
        )
