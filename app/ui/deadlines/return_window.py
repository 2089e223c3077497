"""The return-window box of a case: can the buyer still return it, until when, and why."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPen
from PySide6.QtWidgets import QGroupBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.services.deadlines.policy import ReturnWindow
from app.ui.core.i18n import Language, fill, translate
from app.ui.core.style import Tone, colour, css, text_style
from app.ui.deadlines.policy_text import explanation_text


class Timeline(QWidget):
    """Start (delivery) -> today -> last day, drawn to scale; mirrored right to left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(58)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self._points: list[tuple[dt.date, str]] = []
        self._today: dt.date | None = None
        self._open = True

    @property
    def points(self) -> tuple[tuple[dt.date, str], ...]:
        """The two ends drawn, each a day and its label: the start, then the last day."""
        return tuple(self._points)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(220, 58)

    def show_window(
        self, start: dt.date, deadline: dt.date, today: dt.date, labels: tuple[str, str, str]
    ) -> None:
        self._points = [(start, labels[0]), (deadline, labels[2])]
        self._today = today
        self._today_label = labels[1]
        self._open = today <= deadline
        self.update()

    def x_of(self, day: dt.date) -> float:
        """Where `day` is drawn (left to right, or right to left in a mirrored layout)."""
        if not self._points:
            return 0.0
        first = min(self._points[0][0], self._today or self._points[0][0])
        last = max(self._points[-1][0], self._today or self._points[-1][0])
        span = max(1, (last - first).days)
        margin = 12
        fraction = (day - first).days / span
        x = margin + fraction * (self.width() - 2 * margin)
        return self.width() - x if self.layoutDirection() == Qt.RightToLeft else x

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802
        if not self._points:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        y = 26  # the line; today's label above it, the ends' labels below
        start_x, end_x = self.x_of(self._points[0][0]), self.x_of(self._points[-1][0])
        line = colour(Tone.OK if self._open else Tone.MUTED)
        today = colour(Tone.OK if self._open else Tone.DANGER)
        painter.setPen(QPen(line, 4, Qt.SolidLine, Qt.RoundCap))
        painter.drawLine(int(start_x), y, int(end_x), y)
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        painter.setFont(font)
        for (day, label), align in zip(
            self._points, (Qt.AlignLeading, Qt.AlignTrailing), strict=True
        ):
            x = self.x_of(day)
            painter.setPen(QPen(colour(Tone.MUTED), 2))
            painter.drawLine(int(x), y - 6, int(x), y + 6)
            self._label(painter, x, label, align)
        if self._today is not None:
            x = self.x_of(self._today)
            painter.setPen(Qt.NoPen)
            painter.setBrush(today)
            painter.drawEllipse(QRectF(x - 6, y - 6, 12, 12))
            painter.setPen(QPen(today))
            self._label(painter, x, self._today_label, Qt.AlignHCenter, top=0)
        painter.end()

    def _label(self, painter: QPainter, x: float, text: str, align, top: int = 38) -> None:  # noqa: ANN001
        width = painter.fontMetrics().horizontalAdvance(text) + 4
        if align == Qt.AlignHCenter:
            left = x - width / 2
        else:
            leading_left = align == Qt.AlignLeading
            if self.layoutDirection() == Qt.RightToLeft:
                leading_left = not leading_left
            left = x - 2 if leading_left else x - width + 2
        left = max(0.0, min(left, self.width() - width))
        painter.drawText(QRectF(left, top, width, 18), Qt.AlignCenter, text)


class ReturnWindowBox(QGroupBox):
    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(translate("ReturnWindow", "Return window"), parent)
        self._language = language
        self.state_label = QLabel(self)
        self.state_label.setObjectName("returnState")
        self.deadline_label = QLabel(self)
        self.deadline_label.setWordWrap(True)
        self.timeline = Timeline(self)
        self.why_label = QLabel(self)
        self.why_label.setObjectName("returnWhy")
        self.why_label.setWordWrap(True)
        self.why_label.setStyleSheet(text_style(Tone.MUTED))
        self.why_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        for widget in (self.state_label, self.deadline_label, self.timeline, self.why_label):
            layout.addWidget(widget)

    def show_window(self, window: ReturnWindow | None, problem: str | None, today: dt.date) -> None:
        if window is None:
            self.state_label.setText(translate("ReturnWindow", "Unknown"))
            self.state_label.setStyleSheet(text_style(Tone.MUTED, bold=True))
            self.deadline_label.setText(html.escape(problem or ""))
            self.timeline.hide()
            self.why_label.clear()
            return
        days_left = (window.deadline - today).days
        if days_left >= 0:
            if days_left == 0:
                left = translate("ReturnWindow", "last day today")
            else:
                left = fill(
                    translate("ReturnWindow", "%1 left"),
                    self._language.duration(dt.timedelta(days=days_left)),
                )
            self.state_label.setText("✔ " + translate("ReturnWindow", "Open") + " · " + left)
            self.state_label.setStyleSheet(text_style(Tone.OK, bold=True))
        else:
            ago = self._language.duration(dt.timedelta(days=-days_left))
            self.state_label.setText("✖ " + fill(translate("ReturnWindow", "Closed %1 ago"), ago))
            self.state_label.setStyleSheet(text_style(Tone.DANGER, bold=True))
        self.deadline_label.setText(
            fill(
                translate("ReturnWindow", "Last day to start a return: %1"),
                self._language.day(window.deadline),
            )
        )
        start_label = (
            translate("ReturnWindow", "delivered")
            if window.basis == "delivered"
            else translate("ReturnWindow", "expected")
        )
        self.timeline.show()
        self.timeline.show_window(
            window.start,
            window.deadline,
            today,
            (
                f"{start_label} {self._language.short_day(window.start)}",
                translate("ReturnWindow", "today"),
                self._language.short_day(window.deadline),
            ),
        )
        lines = [
            explanation_text(item, self._language)
            for item in window.explanation
            if item.code not in ("open", "closed")  # the state line says it already
        ]
        text = "<br>".join(f"• {html.escape(line)}" for line in lines)
        if problem:  # e.g. the shop's overrides file could not be read
            text += f'<br><span style="color:{css(Tone.DANGER)};">⚠ {html.escape(problem)}</span>'
        self.why_label.setText(text)
