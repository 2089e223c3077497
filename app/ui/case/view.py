"""The case on the right of the main window: header, fields, conversation, composer, sidebar."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import CaseReason, CaseStatus, Priority
from app.services.cases import detail as case_detail
from app.services.cases import operations as cases
from app.services.cases import signals as case_signals
from app.services.cases.detail import CaseDetail, HistoryEntry, MessageInfo
from app.services.core.changes import Changes, Result
from app.services.core.profile import Profile
from app.services.deadlines.overview import CaseDeadlines, load_case_deadlines, marketplace_today
from app.ui.case.approval import ApprovalPanel
from app.ui.case.conversation import ConversationView
from app.ui.case.flow import FlowLayout
from app.ui.case.history import HistoryView
from app.ui.case.reply_sending import ReplySender, has_reply_address
from app.ui.case.sidebar import CaseSidebar
from app.ui.case.view_parts import captioned, choice_box, latest_draft, scrolled, select_data
from app.ui.composer.panel import Composer, ComposerDraft, ReplyRequest
from app.ui.core.bus import ChangeBus
from app.ui.core.i18n import Language, fill, isolate, translate
from app.ui.core.labels import priority_label, reason_label, status_label
from app.ui.core.style import Tone, banner_style, text_style
from app.ui.core.tasks import TaskManager
from app.ui.deadlines.panel import DeadlinesPanel
from app.ui.deadlines.policy_text import clock_name, countdown, level_name, reason_text


def _load(
    profile: Profile, case_id: uuid.UUID
) -> tuple[CaseDetail, list[HistoryEntry], CaseDeadlines]:
    return (
        case_detail.load_case_detail(profile, case_id),
        case_detail.load_case_history(profile, case_id),
        load_case_deadlines(profile, case_id),
    )


LIVE_REFRESH_MS = 30_000
SIDEBAR_MIN_WIDTH = 180  # the window must fit an 800-pixel screen beside the inbox


class CaseView(QWidget):
    """Signals:
    case_shown(uuid.UUID | None): another case (or none) is shown; its details follow.
    """

    case_shown = Signal(object)

    def __init__(
        self,
        profile: Profile,
        tasks: TaskManager,
        language: Language,
        bus: ChangeBus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._tasks = tasks
        self._language = language
        self._bus = bus
        self._case_id: uuid.UUID | None = None
        self._detail: CaseDetail | None = None
        self._teammates: list[str] = []
        self._generation = 0
        self._drafts: dict[uuid.UUID, ComposerDraft] = {}
        # Draft replies stored in the case and put into the composer, as they were loaded:
        # unchanged, they need not be stored again when the window closes.
        self._sending: dict[uuid.UUID, str] = {}  # replies and notes being saved, per case
        # (id, text) of the stored draft reply in the composer, per case
        self._stored_drafts: dict[uuid.UUID, tuple[uuid.UUID, str]] = {}
        self._draft_to_load: uuid.UUID | None = None  # the case whose stored draft may load
        self._mailbox: bool | None = None  # a mailbox is set up on this computer (None: unknown)

        self.stack = QStackedWidget(self)
        self.placeholder = QLabel(
            translate("CaseView", "Select a case on the left to see it here."), self
        )
        self.placeholder.setAlignment(Qt.AlignCenter)
        self.placeholder.setStyleSheet(f"{text_style(Tone.MUTED)} font-size: 15px;")
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self._build_case_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        bus.changed.connect(self._on_changes)
        self._deadlines: CaseDeadlines | None = None
        # Countdowns and "due soon" move with the clock, not with writes.
        self.live_timer = QTimer(self)
        self.live_timer.setInterval(LIVE_REFRESH_MS)
        self.live_timer.timeout.connect(self.refresh_live)
        self.live_timer.start()

    # Building ------------------------------------------------------------------------

    def _build_case_page(self) -> QWidget:
        page = QWidget(self)
        self.subject_label = QLabel(page)
        self.subject_label.setObjectName("caseSubject")
        self.subject_label.setWordWrap(True)
        self.subject_label.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.subject_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.meta_label = QLabel(page)
        self.meta_label.setStyleSheet(text_style(Tone.MUTED))
        self.meta_label.setWordWrap(True)  # a long line must not widen the whole case view
        self.meta_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.due_label = QLabel(page)
        self.due_label.setObjectName("nextDeadline")
        self.due_label.setWordWrap(True)
        self.escalation_label = QLabel(page)
        self.escalation_label.setObjectName("escalationBanner")
        self.escalation_label.setWordWrap(True)
        self.escalation_label.setStyleSheet(banner_style(Tone.CRITICAL))

        self.status_box = choice_box(page, [(s.value, status_label(s.value)) for s in CaseStatus])
        self.priority_box = choice_box(page, [(p.value, priority_label(p.value)) for p in Priority])
        self.reason_box = choice_box(page, [(r.value, reason_label(r.value)) for r in CaseReason])
        self.assignee_box = QComboBox(page)
        self.assignee_box.setEditable(True)
        self.assignee_box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.assignee_box.setMinimumContentsLength(6)
        self.assignee_box.lineEdit().setPlaceholderText(translate("CaseView", "Unassigned"))
        self.tags_edit = QLineEdit(page)
        self.tags_edit.setPlaceholderText(translate("CaseView", "tags, separated by commas"))
        self.status_box.activated.connect(lambda: self._set_field("status", self.status_box))
        self.priority_box.activated.connect(lambda: self._set_field("priority", self.priority_box))
        self.reason_box.activated.connect(lambda: self._set_field("reason", self.reason_box))
        self.assignee_box.activated.connect(self._set_assignee)
        self.assignee_box.lineEdit().editingFinished.connect(self._set_assignee)
        self.tags_edit.editingFinished.connect(self._set_tags)

        # Side by side when there is room, folded onto more lines when the window is narrow.
        fields = FlowLayout()
        for label, widget in (
            (translate("CaseView", "&Status"), self.status_box),
            (translate("CaseView", "&Priority"), self.priority_box),
            (translate("CaseView", "R&eason"), self.reason_box),
            (translate("CaseView", "&Assignee"), self.assignee_box),
            (translate("CaseView", "&Tags"), self.tags_edit),
        ):
            fields.addWidget(captioned(page, label, widget, grow=widget is self.tags_edit))
        self.log_contact_button = QPushButton(translate("CaseView", "Log contact…"), page)
        self.log_contact_button.setToolTip(
            translate("CaseView", "Record a phone call, chat, call-back or social contact")
        )
        self.log_contact_button.clicked.connect(self.log_contact)
        fields.addWidget(self.log_contact_button)

        self.conversation = ConversationView(page, now=self._profile.now)
        self.composer = Composer(self._profile, self._tasks, self._language, page)
        self.composer.reply_requested.connect(self._send_reply)
        self.composer.note_requested.connect(self._add_note)
        self.replies = ReplySender(self._profile, self._tasks, self._bus, self._language, self)
        self.replies.mailbox_known.connect(self._mailbox_known)
        self.replies.saved.connect(self._reply_saved)
        self.replies.not_saved.connect(self._reply_not_saved)
        self.replies.queued.connect(self.composer.queued)
        self.replies.taken_back.connect(self._taken_back)
        self.replies.marked_sent.connect(self._marked_sent)
        self.composer.undo_requested.connect(self.replies.undo)
        self.conversation.undo_requested.connect(self._undo_from_thread)
        self.conversation.retry_requested.connect(self.replies.retry)
        self.conversation.mark_sent_requested.connect(self._mark_sent_from_thread)
        QShortcut(QKeySequence("Ctrl+T"), self, self.focus_templates)
        thread = QSplitter(Qt.Vertical, page)
        thread.setObjectName("threadSplitter")
        thread.addWidget(self.conversation)
        thread.addWidget(self.composer)
        thread.setStretchFactor(0, 1)
        thread.setStretchFactor(1, 1)
        thread.setChildrenCollapsible(False)

        self.history = HistoryView(page)
        self.tabs = QTabWidget(page)
        self.deadlines_panel = DeadlinesPanel(self._language, page)
        self.deadlines_panel.escalate_requested.connect(self._escalate)
        self.deadlines_panel.de_escalate_requested.connect(self._de_escalate)
        self.deadlines_panel.no_reply_needed.connect(self._no_reply_needed)
        self.deadlines_panel.order_event.connect(self._record_order_event)
        # The replies waiting for the owner's approval go above the thread (hidden if none).
        self.approvals = ApprovalPanel(self._profile, self._tasks, self._bus, self._language, page)
        conversation_tab = QWidget(page)
        tab_layout = QVBoxLayout(conversation_tab)
        tab_layout.setContentsMargins(0, 0, 0, 0)
        tab_layout.addWidget(self.approvals)
        tab_layout.addWidget(thread, 1)
        self.tabs.addTab(conversation_tab, translate("CaseView", "Conversation"))
        # Scrolled rather than squeezed: its buttons must not set the window's least width.
        self.tabs.addTab(scrolled(self.deadlines_panel), translate("CaseView", "Deadlines"))
        self.tabs.addTab(self.history, translate("CaseView", "History"))

        self.sidebar = CaseSidebar(self._profile, self._tasks, self._language, page)
        # Order facts wrap; in a narrow window the column scrolls rather than widening it.
        self.sidebar_scroll = scrolled(self.sidebar)
        self.sidebar_scroll.setMinimumWidth(SIDEBAR_MIN_WIDTH)

        main_column = QWidget(page)
        column_layout = QVBoxLayout(main_column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(self.subject_label)
        column_layout.addWidget(self.meta_label)
        column_layout.addWidget(self.due_label)
        column_layout.addWidget(self.escalation_label)
        column_layout.addLayout(fields)
        column_layout.addWidget(self.tabs, 1)

        self.splitter = QSplitter(Qt.Horizontal, page)
        self.splitter.setObjectName("caseSplitter")
        self.splitter.addWidget(main_column)
        self.splitter.addWidget(self.sidebar_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)
        return page

    # Showing -------------------------------------------------------------------------

    def insert_above_tabs(self, widget: QWidget) -> None:
        """A line or banner of another room (sync notices, presence) over the tabs."""
        column = self.tabs.parentWidget().layout()
        column.insertWidget(column.indexOf(self.tabs), widget)

    def log_contact(self) -> None:
        """The contact log dialog for this case (Case > Log contact does the same)."""
        if self._case_id is None:
            return
        from app.ui.dialogs.contact_log import open_contact_log

        open_contact_log(self, self._profile, self._tasks, self._bus, self._case_id)

    @property
    def case_id(self) -> uuid.UUID | None:
        return self._case_id

    @property
    def detail(self) -> CaseDetail | None:
        return self._detail

    def show_case(self, case_id: uuid.UUID | None) -> None:
        if case_id == self._case_id:
            return
        if self._case_id is not None:
            draft = self.composer.draft()
            if draft.text != self._sending.get(self._case_id):  # not the reply being saved
                self._drafts[self._case_id] = draft
        self._case_id = case_id
        self._detail = None
        self._draft_to_load = case_id
        self.composer.begin_case(case_id, self._drafts.pop(case_id, None))
        self.case_shown.emit(case_id)
        if case_id is None:
            self.approvals.clear()
            self.stack.setCurrentIndex(0)
            return
        self.replies.check_mailbox()  # set up in Preferences meanwhile, or removed
        self.reload()

    def reload(self) -> None:
        if self._case_id is None:
            return
        self._generation += 1
        generation = self._generation
        self._tasks.run(
            _load,
            self._profile,
            self._case_id,
            on_done=lambda result: self._loaded(generation, *result),
            on_error=self._bus.failed,
        )

    def _loaded(
        self,
        generation: int,
        detail: CaseDetail,
        history: list[HistoryEntry],
        deadlines: CaseDeadlines,
    ) -> None:
        if generation != self._generation or detail.id != self._case_id:
            return
        self._detail = detail
        self.stack.setCurrentIndex(1)
        self.subject_label.setText(detail.subject)
        parts = [detail.ref]
        if detail.customer:
            parts.append(detail.customer.name)
        if detail.marketplace:
            parts.append(detail.marketplace)
        if detail.order:
            parts.append(fill(translate("CaseView", "order %1"), detail.order.external_id))
        if detail.language:
            parts.append(self._language.language_name(detail.language))
        parts.append(
            fill(translate("CaseView", "opened %1"), self._language.full(detail.created_at))
        )
        self.meta_label.setText(" · ".join(isolate(part) for part in parts))
        self._deadlines = deadlines
        self.deadlines_panel.show_deadlines(deadlines)
        self.refresh_live()
        select_data(self.status_box, detail.status)
        select_data(self.priority_box, detail.priority)
        select_data(self.reason_box, detail.reason)
        self._fill_assignees(detail.assignee)
        self.tags_edit.setText(", ".join(detail.tags))
        self.composer.show_case_detail(detail)
        self.composer.set_mailbox(self._by_mail())
        if self._draft_to_load == detail.id:
            self._draft_to_load = None
            draft = latest_draft(detail.messages)
            if draft is not None and not self.composer.text().strip():
                self.composer.set_text(draft.body)
                self._stored_drafts[detail.id] = (draft.id, draft.body)
        self.conversation.show_detail(detail, self._language)
        self.approvals.show_detail(detail)
        self.history.show_entries(history, self._language)
        self.sidebar.show_detail(detail)

    def refresh_live(self) -> None:
        """Bring every time-dependent text up to now: banner, countdowns, return window."""
        deadlines = self._deadlines
        if deadlines is None or self._detail is None:
            return
        now = self._profile.now()
        self.deadlines_panel.refresh_live(now)
        escalation = self.deadlines_panel.live(now)
        self.escalation_label.setVisible(bool(escalation and escalation.level))
        if escalation and escalation.level:
            reasons = "; ".join(reason_text(r, self._language) for r in escalation.reasons)
            self.escalation_label.setText(f"▲ {level_name(escalation.level)}: {reasons}")
        running = [c for c in deadlines.clocks if c.stopped_at is None]
        if running:
            nearest = min(running, key=lambda c: c.due_at)
            self.due_label.setText(
                f"{clock_name(nearest.kind)}: {countdown(nearest.due_at, now, self._language)}"
            )
            breached = nearest.due_at < now
            self.due_label.setStyleSheet(
                text_style(Tone.DANGER, bold=True) if breached else text_style(Tone.MUTED)
            )
            self.due_label.show()
        else:
            self.due_label.hide()
        today = marketplace_today(deadlines.facts.marketplace, now)
        self.sidebar.return_box.show_window(
            deadlines.return_window, deadlines.return_window_problem, today
        )

    def _escalate(self, level: int, target: str, reason: str) -> None:
        if self._detail is not None:
            self._write(case_signals.set_escalation, self._detail.id, level, reason, target)

    def _de_escalate(self) -> None:
        if self._detail is not None:
            self._write(case_signals.set_escalation, self._detail.id, 0, None)

    def _record_order_event(self, field: str) -> None:
        """What the marketplace reported, as of now (dates in the marketplace's calendar)."""
        if self._detail is None:
            return
        now = self._profile.now()
        value = now if field.endswith("_at") else marketplace_today(self._detail.marketplace, now)
        self._write(case_signals.update_order, self._detail.id, **{field: value})

    def _no_reply_needed(self, message_ids: list) -> None:
        def mark_all(profile: Profile) -> Changes:
            changes = Changes()
            for message_id in message_ids:
                changes = changes | case_signals.set_no_response_needed(profile, message_id)
            return changes

        self._write(mark_all)

    def _on_changes(self, changes: Changes) -> None:
        if self._case_id is not None and changes.touches_case(self._case_id):
            self.reload()

    # Editing -------------------------------------------------------------------------

    def _write(
        self,
        fn: Callable,
        *args,  # noqa: ANN002
        on_done: Callable | None = None,
        on_error: Callable | None = None,
        **kwargs,  # noqa: ANN003
    ) -> None:
        def done(result: Changes | Result) -> None:
            self._bus.publish(result)
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            if on_error is not None:
                on_error(error)
            self.composer.set_busy(False)
            self._bus.failed(error)
            self.reload()  # put the fields back to what is stored

        self._tasks.write(
            partial(fn, self._profile, *args, **kwargs), on_done=done, on_error=failed
        )

    def _set_field(self, name: str, box: QComboBox) -> None:
        if self._detail is None:
            return
        value = box.currentData()
        if value != getattr(self._detail, name):
            self._write(cases.update_case, self._detail.id, **{name: value})

    def set_status(self, status: str) -> None:
        """Set the status as the status box would (used by menu actions and tests)."""
        index = self.status_box.findData(status)
        if index >= 0:
            self.status_box.setCurrentIndex(index)
            self._set_field("status", self.status_box)

    def _set_assignee(self) -> None:
        if self._detail is None:
            return
        value = self.assignee_box.currentText().strip() or None
        if value != self._detail.assignee:
            self._write(cases.update_case, self._detail.id, assignee=value)

    def set_teammates(self, names: list[str]) -> None:
        """The team's agents (from sync), offered in the assignee box."""
        self._teammates = list(names)
        if self._detail is not None:
            self._fill_assignees(self.assignee_box.currentText() or None)

    def _fill_assignees(self, current: str | None) -> None:
        self.assignee_box.blockSignals(True)
        self.assignee_box.clear()
        names = ("", self._profile.agent, current, *self._teammates)
        for name in dict.fromkeys(n for n in names if n is not None):
            self.assignee_box.addItem(name)
        self.assignee_box.setCurrentText(current or "")
        self.assignee_box.blockSignals(False)

    def _set_tags(self) -> None:
        if self._detail is None:
            return
        # Commas as typed in any script: Latin, Arabic (،), Chinese and Japanese (，、).
        text = self.tags_edit.text()
        for comma in ("،", "，", "、"):
            text = text.replace(comma, ",")
        tags = [t.strip() for t in text.split(",") if t.strip()]
        if sorted({t.lower().replace(" ", "-") for t in tags}) != sorted(self._detail.tags):
            self._write(cases.set_tags, self._detail.id, tags)

    def _send_reply(self, request: ReplyRequest) -> None:
        if self._detail is None:
            return
        case_id = self._detail.id
        self.composer.set_busy(True)
        self._sending[case_id] = request.text
        self.replies.send(case_id, request, self._stored_draft_id(case_id), by_mail=self._by_mail())

    def _by_mail(self) -> bool:
        """Whether the shown case's replies go out by mail (else: copy and mark as sent)."""
        detail = self._detail
        return self._mailbox is not False and detail is not None and has_reply_address(detail)

    def _mailbox_known(self, connected: bool) -> None:
        self._mailbox = connected
        self.composer.set_mailbox(self._by_mail())

    def _reply_saved(self, case_id: uuid.UUID, text: str) -> None:
        """The reply left the composer (into the outbox, or kept as a draft to copy)."""
        self.composer.set_busy(False)
        self._sending.pop(case_id, None)
        self._stored_drafts.pop(case_id, None)  # the reply took its place
        kept = self._drafts.get(case_id)
        if kept is not None and kept.text == text:
            del self._drafts[case_id]  # sent while the agent looked at another case
        if self._case_id == case_id:
            self.composer.sent(text)

    def _reply_not_saved(self, case_id: uuid.UUID, _text: str) -> None:
        self._sending.pop(case_id, None)
        self.composer.set_busy(False)
        self.reload()

    def _message(self, message_id: uuid.UUID) -> MessageInfo | None:
        if self._detail is None:
            return None
        return next((m for m in self._detail.messages if m.id == message_id), None)

    def _undo_from_thread(self, message_id: uuid.UUID) -> None:
        message = self._message(message_id)
        known = (self._detail.id, message.body) if message and self._detail else None
        self.replies.undo(message_id, known)

    def _taken_back(self, case_id: uuid.UUID, message_id: uuid.UUID, text: str) -> None:
        """A queued reply is a draft again: its text goes back into an empty composer."""
        if self.composer.outbox_bar.pending == message_id:
            self.composer.outbox_bar.clear()  # taken back in the thread
        if self._case_id == case_id and not self.composer.text().strip():
            self.composer.set_text(text)
            self._stored_drafts[case_id] = (message_id, text)
            self.composer.focus_for("reply")
        elif self._case_id != case_id and case_id not in self._drafts:
            self._drafts[case_id] = ComposerDraft(text)
            self._stored_drafts[case_id] = (message_id, text)

    def _mark_sent_from_thread(self, message_id: uuid.UUID) -> None:
        message = self._message(message_id)
        if message is not None and self._detail is not None:
            self.replies.ask_sent(self._detail.id, message_id, message.body, copied=False)

    def _marked_sent(self, case_id: uuid.UUID, message_id: uuid.UUID) -> None:
        """A draft in the composer that the agent marked as sent leaves the composer."""
        stored = self._stored_drafts.get(case_id)
        if stored is None or stored[0] != message_id:
            return
        del self._stored_drafts[case_id]
        if self._case_id == case_id:
            self.composer.sent(stored[1])

    def _add_note(self, text: str) -> None:
        self._add_message(cases.add_note, text, translate("CaseView", "Note added."))

    def _add_message(self, fn: Callable, text: str, confirmation: str) -> None:
        if self._detail is None:
            return
        case_id = self._detail.id
        self.composer.set_busy(True)
        self._sending[case_id] = text

        def done(_result: object) -> None:
            self.composer.set_busy(False)
            self._sending.pop(case_id, None)
            kept = self._drafts.get(case_id)
            if kept is not None and kept.text == text:
                del self._drafts[case_id]  # sent while the agent looked at another case
            if self._case_id == case_id:
                self.composer.sent(text)
            self._bus.info(confirmation)

        def failed(_error: BaseException) -> None:
            self._sending.pop(case_id, None)

        self._write(fn, case_id, text, on_done=done, on_error=failed)

    def _stored_draft_id(self, case_id: uuid.UUID | None) -> uuid.UUID | None:
        stored = self._stored_drafts.get(case_id) if case_id is not None else None
        return None if stored is None else stored[0]

    def unsent_texts(self) -> dict[uuid.UUID, tuple[str, uuid.UUID | None]]:
        """Text typed into the composer and not yet sent, per case (kept as drafts on close),
        with the stored draft it replaces, if it grew from one.

        A stored draft loaded into the composer and left as it was is already kept.
        """
        texts = {case_id: draft.text for case_id, draft in self._drafts.items()}
        if self._case_id is not None:
            texts[self._case_id] = self.composer.text()
        unsent = {}
        for case_id, text in texts.items():
            stored = self._stored_drafts.get(case_id)
            if text == self._sending.get(case_id):
                continue  # queued as a reply: the writer saves it before the window closes
            if text.strip() and (stored is None or text != stored[1]):
                unsent[case_id] = (text, self._stored_draft_id(case_id))
        return unsent

    def focus_templates(self) -> None:
        if self._detail is not None:
            self.tabs.setCurrentIndex(0)
            self.composer.focus_templates()

    def focus_reply(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.composer.focus_for("reply")

    def focus_note(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.composer.focus_for("note")
