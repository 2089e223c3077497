"""The line under the evidence that says what just happened, with Undo when it can be
undone and a button to dismiss it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from app.ui.core.i18n import translate
from app.ui.core.style import Tone, text_style

ERROR = "error"
INFO = "info"


class NoticeBar(QWidget):
    """A notice (selectable text), an Undo button shown only with an undo, and ×."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo: Callable[[], None] | None = None
        self.label = QLabel(self)
        self.label.setObjectName("evidenceNotice")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.undo_button = QPushButton(translate("Evidence", "Undo"), self)
        self.undo_button.clicked.connect(self._run_undo)
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setText("×")
        self.dismiss_button.setToolTip(translate("Evidence", "Dismiss"))
        self.dismiss_button.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button, 0, Qt.AlignTop)
        row.addWidget(self.dismiss_button, 0, Qt.AlignTop)
        self.hide()

    def show_text(self, text: str, level: str, undo: Callable[[], None] | None = None) -> None:
        """Show `text` as an error (`ERROR`) or for information (`INFO`)."""
        self.label.setText(text)
        self.label.setStyleSheet(text_style(Tone.DANGER if level == ERROR else Tone.MUTED))
        self._undo = undo
        self.undo_button.setVisible(undo is not None)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self._undo = None
        self.label.clear()
        self.hide()

    def _run_undo(self) -> None:
        undo, self._undo = self._undo, None
        self.clear()
        if undo is not None:
            undo()
