"""The Deadlines tab of a case: how escalated it is and why, every clock, and the history.

Everything time-dependent (countdowns, due soon, breached) is recomputed from
the loaded facts whenever `refresh_live(now)` is called: the case view does
that every 30 seconds, so the panel stays current without a reload.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.deadlines.escalation import (
    ESCALATION_TARGETS,
    Escalation,
    live_escalation,
    unanswered,
)
from app.services.deadlines.overview import CaseDeadlines
from app.ui.core.i18n import Language, translate
from app.ui.core.style import Tone, text_style
from app.ui.deadlines.policy_text import (
    clock_name,
    clock_rule_text,
    countdown,
    level_name,
    reason_text,
    target_name,
)

LEVEL_TONES = {0: Tone.OK, 1: Tone.WARNING, 2: Tone.DANGER, 3: Tone.CRITICAL}
STATE_ICONS = {
    "breached": QStyle.SP_MessageBoxCritical,
    "due_soon": QStyle.SP_MessageBoxWarning,
    "running": QStyle.SP_MessageBoxInformation,
    "stopped": QStyle.SP_DialogApplyButton,
}


def state_name(state: str) -> str:
    return {
        "breached": translate("Deadlines", "Overdue"),
        "due_soon": translate("Deadlines", "Due soon"),
        "running": translate("Deadlines", "Running"),
        "stopped": translate("Deadlines", "Done"),
    }[state]


class EscalateDialog(QDialog):
    """Ask how far, to whom and why an agent escalates a case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Deadlines", "Escalate the case"))
        self.level = QComboBox(self)
        for level in (1, 2, 3):
            self.level.addItem(level_name(level), level)
        self.level.setCurrentIndex(1)
        self.target = QComboBox(self)
        for target in ESCALATION_TARGETS:
            self.target.addItem(target_name(target), target)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(
            translate("Deadlines", "Why, and what you expect from them (required)")
        )
        self.reason.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(translate("Deadlines", "Escalate"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(text_style(Tone.DANGER))
        form = QFormLayout()
        form.addRow(translate("Deadlines", "Level"), self.level)
        form.addRow(translate("Deadlines", "To"), self.target)
        form.addRow(translate("Deadlines", "Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _accept(self) -> None:
        if not self.reason.toPlainText().strip():
            self.problem.setText(translate("Deadlines", "Say why you escalate it."))
            return
        self.accept()

    def values(self) -> tuple[int, str, str]:
        return self.level.currentData(), self.target.currentData(), self.reason.toPlainText()


class DeadlinesPanel(QWidget):
    """Signals:
    escalate_requested(int, str, str): level, target, reason from the dialog.
    de_escalate_requested(): the agent takes their escalation back.
    no_reply_needed(list): the ids of the buyer messages that need no answer.
    order_event(str): the order field of what the marketplace reported just now
        (return_requested_at, a_to_z_claim_at, ...).
    """

    escalate_requested = Signal(int, str, str)
    de_escalate_requested = Signal()
    no_reply_needed = Signal(list)
    order_event = Signal(str)

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._deadlines: CaseDeadlines | None = None
        self.level_label = QLabel(self)
        self.level_label.setObjectName("escalationLevel")
        self.reasons_label = QLabel(self)
        self.reasons_label.setObjectName("escalationReasons")
        self.reasons_label.setWordWrap(True)
        self.clocks = QTreeWidget(self)
        self.clocks.setObjectName("clocks")
        self.clocks.setRootIsDecorated(False)
        self.clocks.setSelectionMode(QAbstractItemView.NoSelection)
        self.clocks.setHeaderLabels(
            [
                translate("Deadlines", "Deadline"),
                translate("Deadlines", "Due"),
                translate("Deadlines", "Time left"),
                translate("Deadlines", "How it counts"),
            ]
        )
        self.escalate_button = QPushButton(translate("Deadlines", "Escalate…"), self)
        self.de_escalate_button = QPushButton(
            translate("Deadlines", "Take back my escalation"), self
        )
        self.no_reply_button = QPushButton(translate("Deadlines", "No reply needed"), self)
        self.no_reply_button.setToolTip(
            translate(
                "Deadlines",
                "The buyer's last messages need no answer (e.g. a thank-you): stop the reply clock",
            )
        )
        self.record_button = QToolButton(self)
        self.record_button.setText(translate("Deadlines", "Record…"))
        self.record_button.setToolTip(
            translate("Deadlines", "Record what the marketplace reports about the order, as of now")
        )
        self.record_button.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(self.record_button)
        for field, label in (
            ("return_requested_at", translate("Deadlines", "The buyer asked to return it")),
            ("return_received_on", translate("Deadlines", "The returned item arrived")),
            ("refunded_on", translate("Deadlines", "Refund issued")),
            ("delivered_on", translate("Deadlines", "Delivered")),
            ("a_to_z_claim_at", translate("Deadlines", "A-to-z claim filed")),
            ("chargeback_at", translate("Deadlines", "Chargeback raised")),
            ("negative_feedback_at", translate("Deadlines", "Negative feedback left")),
        ):
            action = menu.addAction(label)
            action.setData(field)
            action.triggered.connect(lambda _=False, f=field: self.order_event.emit(f))
        self.record_button.setMenu(menu)
        self.record_menu = menu
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.escalate_button)
        buttons.addWidget(self.de_escalate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.no_reply_button)
        self.history = QTreeWidget(self)
        self.history.setObjectName("escalationHistory")
        self.history.setRootIsDecorated(False)
        self.history.setSelectionMode(QAbstractItemView.NoSelection)
        self.history.setHeaderLabels(
            [
                translate("Deadlines", "When"),
                translate("Deadlines", "Who"),
                translate("Deadlines", "Change"),
            ]
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.level_label)
        layout.addWidget(self.reasons_label)
        layout.addWidget(self.clocks, 2)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(translate("Deadlines", "Escalation history"), self))
        layout.addWidget(self.history, 1)
        self.escalate_button.clicked.connect(self._ask_escalation)
        self.de_escalate_button.clicked.connect(lambda: self.de_escalate_requested.emit())
        self.no_reply_button.clicked.connect(self._no_reply)

    def show_deadlines(self, deadlines: CaseDeadlines) -> None:
        """Take the loaded deadlines; the live texts follow with `refresh_live(now)`."""
        self._deadlines = deadlines
        self.history.clear()
        for entry in reversed(deadlines.escalation_history):
            change = entry.data.get("escalation_level") or entry.data.get("manual_escalation_level")
            what = (
                f"{level_name(int(change[0] or 0))} → {level_name(int(change[1] or 0))}"
                if change
                else translate("Deadlines", "Reason changed")
            )
            reason = (entry.data.get("manual_escalation_reason") or [None, None])[1]
            if reason:
                what += f" · {reason}"
            actor = (
                translate("Deadlines", "Workbench (automatic)")
                if entry.actor == "workbench"
                else entry.actor or ""
            )
            self.history.addTopLevelItem(
                QTreeWidgetItem([self._language.full(entry.at), actor, what])
            )
        for column in range(2):
            self.history.resizeColumnToContents(column)
        self.de_escalate_button.setVisible(deadlines.facts.manual_level > 0)
        self.record_button.setEnabled(deadlines.has_order)

    def live(self, now: dt.datetime) -> Escalation | None:
        if self._deadlines is None:
            return None
        return live_escalation(self._deadlines.facts, list(self._deadlines.clocks), now)

    def refresh_live(self, now: dt.datetime) -> None:
        escalation = self.live(now)
        if escalation is None:
            return
        tone = LEVEL_TONES.get(escalation.level, Tone.CRITICAL)
        mark = "▲ " if escalation.level else "✔ "
        self.level_label.setText(mark + level_name(escalation.level))
        self.level_label.setStyleSheet(text_style(tone, bold=True) + " font-size: 15px;")
        self.reasons_label.setText(
            "<br>".join(
                f"• {html.escape(reason_text(r, self._language))}" for r in escalation.reasons
            )
            or html.escape(translate("Deadlines", "Nothing needs escalating."))
        )
        self.clocks.clear()
        style = self.style()
        for clock in self._deadlines.clocks:
            state = clock.state(now)
            left = (
                state_name(state)
                if state == "stopped"
                else countdown(clock.due_at, now, self._language)
            )
            item = QTreeWidgetItem(
                [
                    clock_name(clock.kind),
                    self._language.full(clock.due_at),
                    left,
                    clock_rule_text(clock.hours, clock.business_days, self._language),
                ]
            )
            item.setIcon(0, style.standardIcon(STATE_ICONS[state]))
            item.setToolTip(0, state_name(state))
            if clock.rule is not None:
                item.setToolTip(3, f"{clock.rule.title}\n{clock.rule.source}")
            self.clocks.addTopLevelItem(item)
        for column in range(3):
            self.clocks.resizeColumnToContents(column)
        waiting = unanswered(self._deadlines.facts.messages)
        self.no_reply_button.setEnabled(bool(waiting))

    def _ask_escalation(self) -> None:
        dialog = EscalateDialog(self)
        if dialog.exec() == QDialog.Accepted:
            level, target, reason = dialog.values()
            self.escalate_requested.emit(level, target, reason)

    def _no_reply(self) -> None:
        if self._deadlines is None:
            return
        ids = [m.id for m in unanswered(self._deadlines.facts.messages) if m.id is not None]
        if ids:
            self.no_reply_needed.emit(ids)
