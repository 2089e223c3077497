"""Replies waiting for the owner's approval, in the case view (issue 12).

An agent's "send anyway" over a blocked reply waits for the shop's owner when the shop
asks for it (`services.cases.approvals`). Above the thread, `ApprovalPanel` shows each
held reply of the open case: "Waiting for the owner's approval", who sent it anyway and
when, the rules it breaks and the agent's reason. For the team's owner it offers
"Approve and send" and "Return to the agent…" (the note asked in `ReturnDialog`); both run
on the task manager's writer like the other case actions and publish their Changes.

The panel reads on the pool only when the case holds a held reply; it is hidden otherwise.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.cases import approvals
from app.services.cases.detail import CaseDetail
from app.services.core.changes import Changes
from app.services.core.profile import Profile
from app.ui.composer.compliance_text import rule_explanation, rule_name
from app.ui.core.bus import ChangeBus
from app.ui.core.i18n import Language, fill, isolate, translate
from app.ui.core.style import Tone, banner_style, text_style
from app.ui.core.tasks import TaskManager

MIN_NOTE_CHARS = 3


@dataclass(frozen=True)
class Approvals:
    """What the panel shows for one case: its held replies and whether this is the owner."""

    case_id: uuid.UUID
    held: tuple[approvals.HeldReply, ...]
    owner: bool


def load_approvals(profile: Profile, case_id: uuid.UUID) -> Approvals:
    """Run on the pool."""
    held = tuple(approvals.held_replies(profile, case_id))
    return Approvals(case_id, held, approvals.sync_role(profile) == approvals.OWNER)


class HeldReplyBox(QFrame):
    """One held reply: what waits, why, and (for the owner) the two decisions.

    Signals:
        approve_clicked(uuid.UUID): the owner approves the reply.
        return_clicked(uuid.UUID): the owner returns it to the agent (a note is asked next).
    """

    approve_clicked = Signal(object)
    return_clicked = Signal(object)

    def __init__(
        self,
        held: approvals.HeldReply,
        language: Language,
        owner: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.held = held
        self.setObjectName("heldReply")
        self.setStyleSheet(f"QFrame#heldReply {{ {banner_style(Tone.NOTE)} }}")
        self.title = QLabel(translate("Conversation", "Waiting for the owner's approval"), self)
        self.title.setStyleSheet(text_style(Tone.NOTE, bold=True))
        self.who = QLabel(
            fill(
                translate("Approval", "Sent anyway by %1, %2"),
                held.author or translate("Approval", "an agent"),
                language.full(held.held_at),
            ),
            self,
        )
        self.who.setStyleSheet(text_style(Tone.MUTED))
        self.rules = QLabel(
            fill(
                translate("Approval", "Blocked by: %1"),
                ", ".join(isolate(rule_name(rule)) for rule in held.rules)
                or translate("Approval", "the compliance check"),
            ),
            self,
        )
        self.rules.setWordWrap(True)
        self.rules.setToolTip("\n".join(rule_explanation(rule) for rule in held.rules))
        self.reason = QLabel(fill(translate("Approval", "Reason: %1"), held.reason), self)
        self.reason.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        for label in (self.title, self.who, self.rules, self.reason):
            layout.addWidget(label)
        self.approve_button: QPushButton | None = None
        self.return_button: QPushButton | None = None
        if owner:
            self.approve_button = QPushButton(translate("Approval", "Approve and send"), self)
            self.approve_button.setObjectName("approveHeldReply")
            self.return_button = QPushButton(translate("Approval", "Return to the agent…"), self)
            self.return_button.setObjectName("returnHeldReply")
            self.approve_button.clicked.connect(lambda: self.approve_clicked.emit(held.message_id))
            self.return_button.clicked.connect(lambda: self.return_clicked.emit(held.message_id))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.return_button)
            row.addWidget(self.approve_button)
            layout.addLayout(row)

    def set_busy(self, busy: bool) -> None:
        for button in (self.approve_button, self.return_button):
            if button is not None:
                button.setEnabled(not busy)


class ReturnDialog(QDialog):
    """The owner's note for the agent when a held reply goes back (required)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnHeldReplyDialog")
        self.setWindowTitle(translate("Approval", "Return the reply to the agent"))
        intro = QLabel(
            translate(
                "Approval",
                "The reply becomes a draft again, and your note goes into the case for the agent.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("returnNote")
        self.note.setPlaceholderText(translate("Approval", "What should the agent change?"))
        self.note.setTabChangesFocus(True)
        self.problem = QLabel(self)
        self.problem.setStyleSheet(text_style(Tone.DANGER))
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.return_button = self.buttons.button(QDialogButtonBox.Ok)
        self.return_button.setText(translate("Approval", "Return to the agent"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(420, 240)

    def text(self) -> str:
        return self.note.toPlainText().strip()

    def _accept(self) -> None:
        if len(self.text()) < MIN_NOTE_CHARS:
            self.problem.setText(translate("Approval", "Write a note for the agent first."))
            self.note.setFocus()
            return
        self.accept()


class ApprovalPanel(QWidget):
    """The held replies of the open case, above its thread (hidden when there are none).

    Signals:
        loaded(object): `Approvals` of the shown case were read and shown.
        decided(uuid.UUID, str): a held reply was approved ("approve") or returned ("return").
    """

    loaded = Signal(object)
    decided = Signal(object, str)

    def __init__(
        self,
        profile: Profile,
        tasks: TaskManager,
        bus: ChangeBus,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approvalPanel")
        self._profile = profile
        self._tasks = tasks
        self._bus = bus
        self._language = language
        self._case_id: uuid.UUID | None = None
        self._generation = 0
        self.boxes: list[HeldReplyBox] = []
        self.return_dialog: ReturnDialog | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.hide()

    def show_detail(self, detail: CaseDetail) -> None:
        """The case view shows `detail`: read its held replies if it has any."""
        self._case_id = detail.id
        self._generation += 1
        if not any(m.outbound_state == "held" for m in detail.messages):
            self._fill(Approvals(detail.id, (), False))
            return
        generation = self._generation
        self._tasks.run(
            load_approvals,
            self._profile,
            detail.id,
            on_done=lambda found: self._loaded(generation, found),
            on_error=self._bus.failed,
        )

    def clear(self) -> None:
        self._case_id = None
        self._generation += 1
        self._fill(None)

    def _loaded(self, generation: int, found: Approvals) -> None:
        if generation == self._generation and found.case_id == self._case_id:
            self._fill(found)
            self.loaded.emit(found)

    def _fill(self, found: Approvals | None) -> None:
        for box in self.boxes:
            self._layout.removeWidget(box)
            box.deleteLater()
        self.boxes = []
        for held in found.held if found is not None else ():
            box = HeldReplyBox(held, self._language, found.owner, self)
            box.approve_clicked.connect(self.approve)
            box.return_clicked.connect(self.ask_return)
            self._layout.addWidget(box)
            box.show()  # at once, not on the layout's queued show (the panel may be visible)
            self.boxes.append(box)
        self.setVisible(bool(self.boxes))

    def _box(self, message_id: uuid.UUID) -> HeldReplyBox | None:
        return next((b for b in self.boxes if b.held.message_id == message_id), None)

    def _write(self, message_id: uuid.UUID, action: str, fn, *args: object) -> None:  # noqa: ANN001
        box = self._box(message_id)
        if box is not None:
            box.set_busy(True)

        def done(changes: Changes) -> None:
            self._bus.publish(changes)
            self.decided.emit(message_id, action)
            self._bus.info(
                translate("Approval", "Approved: the reply goes on its way.")
                if action == approvals.APPROVE
                else translate("Approval", "Returned to the agent as a draft, with your note.")
            )

        def failed(error: BaseException) -> None:
            still = self._box(message_id)
            if still is not None:
                still.set_busy(False)
            self._bus.failed(error)

        self._tasks.write(
            partial(fn, self._profile, message_id, *args), on_done=done, on_error=failed
        )

    def approve(self, message_id: uuid.UUID) -> None:
        self._write(message_id, approvals.APPROVE, approvals.approve_reply)

    def ask_return(self, message_id: uuid.UUID) -> None:
        """Ask the owner's note, then return the reply with it."""
        dialog = ReturnDialog(self)
        self.return_dialog = dialog
        dialog.accepted.connect(
            lambda: self._write(message_id, approvals.RETURN, approvals.return_reply, dialog.text())
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
