"""The reply composer: canned replies in the buyer's language, a preview in the agent's,
and the marketplace's rules checked while the agent types.

Everything slow runs on the TaskManager's pool and comes back by generation
number, so a late answer for an older text, template or case is dropped:
the buyer's language, the template library (it reads files), filling a
template in (it reads the case) and the compliance check (debounced; a 1 MB
paste must not freeze the window). Sending waits for the check of the text
being sent; blocking findings need an override with a reason.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services import replies
from app.services.cases import approvals
from app.services.cases.detail import CaseDetail
from app.services.cases.operations import ComplianceOverride
from app.services.core.profile import Profile
from app.services.language.detect import BuyerLanguage, buyer_language, warm_up
from app.ui.composer.check import CheckOutcome, FindingsPanel, OverrideDialog, finding_selections
from app.ui.composer.filling import RenderedPair, preview_texts, render_pair, template_notice
from app.ui.composer.outbox_bar import OutboxBar
from app.ui.composer.reply_language import ReplyLanguageRow
from app.ui.composer.template_editor import TemplateEditorDialog
from app.ui.composer.template_picker import TemplatePicker
from app.ui.composer.typing_check import CheckContext, TypingCheck
from app.ui.core.i18n import Language, fill, is_rtl_language, translate
from app.ui.core.style import Tone, text_style
from app.ui.core.tasks import TaskManager


@dataclass(frozen=True)
class ReplyRequest:
    """What the agent sends: the text, its language, the template it came from, and the
    override when the check blocked it."""

    text: str
    language: str | None
    template_key: str | None
    override: ComplianceOverride | None


@dataclass(frozen=True)
class ComposerDraft:
    """Unsent work on one case, kept while the agent looks at another."""

    text: str
    template_key: str | None = None


class Composer(QWidget):
    """Reply and note editor with templates, preview, compliance check and send buttons.

    Signals:
        reply_requested(ReplyRequest): the agent sends a reply (checked, or overridden).
        note_requested(str): the agent adds an internal note with this text.
        undo_requested(uuid.UUID): take back the reply just queued (its Undo, or Ctrl+Z).
    """

    reply_requested = Signal(object)
    note_requested = Signal(str)
    undo_requested = Signal(object)

    def __init__(
        self,
        profile: Profile,
        tasks: TaskManager,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._tasks = tasks
        self._language = language
        self._detail: CaseDetail | None = None
        self._case_id: uuid.UUID | None = None
        self._buyer: BuyerLanguage | None = None
        self._locale_chosen = False  # the agent picked the reply language by hand
        self._template_key: str | None = None
        self._template_body: str | None = None  # as filled in, to tell the agent's edits
        self._render_generation = 0
        self._send_when_checked = False
        self._needs_approval = False  # an agent's "send anyway" waits for the owner
        self._approval_generation = 0
        self._language_wanted = False  # the buyer's language is still to be found
        self._busy = False
        self.template_dialog: TemplateEditorDialog | None = None
        self._build()
        self.typing_check = TypingCheck(tasks, self.text, self._check_context, self.isVisible, self)
        self.typing_check.settled.connect(self._text_settled)
        self.typing_check.started.connect(self.checks.show_checking)
        self.typing_check.checked.connect(self._checked)
        self.typing_check.failed.connect(self._check_failed)
        self.typing_check.cleared.connect(lambda: self._show_outcome(None))
        self.editor.textChanged.connect(self._text_edited)
        self._tasks.run(warm_up)  # the detector's model loads once, before the first case
        self.reload_library()

    # Building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.picker = TemplatePicker(self._language, self)
        self.picker.template_picked.connect(self._pick)
        self.picker.manage_requested.connect(self.manage_templates)

        self.language_row = ReplyLanguageRow(self._language, self)
        self.language_row.chosen.connect(self._reply_language_chosen)
        self.language_label = self.language_row.label
        self.reply_language = self.language_row.combo

        self.template_notice = QLabel(self)
        self.template_notice.setObjectName("templateNotice")
        self.template_notice.setWordWrap(True)
        self.template_notice.setStyleSheet(text_style(Tone.WARNING))
        self.template_notice.hide()
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("composer")
        self.editor.setPlaceholderText(
            translate(
                "Conversation", "Write a reply to the customer, or an internal note for the team…"
            )
        )
        self.editor.setTabChangesFocus(True)
        # Room for a few lines of reply even when the findings take space below it.
        self.editor.setMinimumHeight(4 * self.editor.fontMetrics().lineSpacing() + 12)
        self.checks = FindingsPanel(self)
        self.checks.finding_chosen.connect(self._select_finding)
        editor_column = QWidget(self)
        editor_layout = QVBoxLayout(editor_column)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.language_row)
        editor_layout.addWidget(self.template_notice)
        editor_layout.addWidget(self.editor, 1)
        editor_layout.addWidget(self.checks)

        self.columns = QSplitter(Qt.Horizontal, self)
        self.columns.setObjectName("composerColumns")
        self.columns.addWidget(editor_column)
        self.columns.addWidget(self.picker)
        self.columns.setStretchFactor(0, 3)
        self.columns.setStretchFactor(1, 2)
        self.columns.setChildrenCollapsible(False)

        self.hint = QLabel(self)
        self.hint.setObjectName("composerHint")
        self.hint.setStyleSheet(text_style(Tone.MUTED))
        self.hint.setWordWrap(True)
        self.reply_button = QPushButton(self)
        self.reply_button.setDefault(True)
        self.set_mailbox(True)
        self.outbox_bar = OutboxBar(self._language, self._profile.now, self)
        self.outbox_bar.undo_requested.connect(self.undo_requested)
        self.editor.installEventFilter(self)  # Ctrl+Z right after sending takes it back
        self.note_button = QPushButton(translate("Conversation", "Add internal note"), self)
        self.note_button.setToolTip(
            translate("Conversation", "Only your team sees notes (Ctrl+Shift+Enter)")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.outbox_bar)
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.reply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.columns, 1)
        layout.addLayout(buttons)
        self.reply_button.clicked.connect(self._send_reply)
        self.note_button.clicked.connect(self._add_note)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self.editor, self._send_reply)
        for keys in ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"):
            QShortcut(QKeySequence(keys), self.editor, self._add_note)

    # The case --------------------------------------------------------------------------

    def begin_case(self, case_id: uuid.UUID | None, draft: ComposerDraft | None) -> None:
        """Another case is shown: forget the last one's language, template and findings."""
        self._case_id = case_id
        self._detail = None
        self._buyer = None
        self._language_wanted = False
        self._locale_chosen = False
        self._render_generation += 1
        self._send_when_checked = False
        self.language_row.clear_buyer()
        self.template_notice.hide()
        self._show_preview(None)
        self.typing_check.forget()
        self._show_outcome(None)
        self._set_text(draft.text if draft else "")
        self.editor.document().clearUndoRedoStacks()  # Ctrl+Z must not bring back another case
        self._template_key = draft.template_key if draft else None
        self._template_body = None
        self.hint.setText("")
        if self.outbox_bar.case_id != case_id:
            self.outbox_bar.clear()  # the thread keeps offering Undo for its own replies
        self._needs_approval = False
        self._approval_generation += 1

    @property
    def needs_approval(self) -> bool:
        """Whether this agent's "send anyway" waits for the owner (as last read)."""
        return self._needs_approval

    def _load_approval(self) -> None:
        """Read on the pool whether this agent's "send anyway" waits for the owner (the
        owner may switch it, or the role change, with any sync: read with every detail)."""
        self._approval_generation += 1
        generation = self._approval_generation
        self._tasks.run(
            approvals.approval_required,
            self._profile,
            on_done=partial(self._approval_loaded, generation),
            on_error=lambda _error: None,  # unreadable: the service still holds it if it must
        )

    def _approval_loaded(self, generation: int, required: bool) -> None:
        if generation == self._approval_generation:
            self._needs_approval = required

    def show_case_detail(self, detail: CaseDetail) -> None:
        """The case's fields arrived (first time, or again after a change)."""
        if detail.id != self._case_id:
            return
        first = self._detail is None
        self._detail = detail
        self._load_approval()
        if first:
            self.language_row.show_finding()
            self._set_reply_locale(self._default_locale(detail))
            self._language_wanted = True
            self._find_buyer_language()
        self.picker.set_context(detail.reason, detail.status, self.reply_locale())
        self._schedule_check()

    def _find_buyer_language(self) -> None:
        """Read the buyer's messages on the pool; a hidden composer waits until it is shown."""
        if not self._language_wanted or self._detail is None or not self.isVisible():
            return
        self._language_wanted = False
        case_id = self._detail.id
        self._tasks.run(
            buyer_language,
            self._profile,
            case_id,
            on_done=partial(self._buyer_found, case_id),
            on_error=partial(self._buyer_failed, case_id),
        )

    @staticmethod
    def _default_locale(detail: CaseDetail) -> str:
        """What the records say, until the messages have been read."""
        if detail.customer and detail.customer.locale:
            return detail.customer.locale
        return detail.language or "en"

    def _buyer_found(self, case_id: uuid.UUID, found: BuyerLanguage) -> None:
        if case_id != self._case_id:
            return
        self._buyer = found
        self.language_row.show_buyer(found)
        if not self._locale_chosen:
            self._set_reply_locale(found.locale or "en")

    def _buyer_failed(self, case_id: uuid.UUID, error: BaseException) -> None:
        if case_id == self._case_id:
            self.language_row.show_failure(error)

    # Reply language --------------------------------------------------------------------

    def reply_locale(self) -> str:
        return self.language_row.locale()

    def _set_reply_locale(self, tag: str) -> None:
        buyer = self._buyer.locale if self._buyer else None
        if self.language_row.set_locale(tag, self.picker.locales(), buyer):
            self._reply_locale_changed()

    def _reply_language_chosen(self) -> None:
        self._locale_chosen = True
        self._reply_locale_changed()

    def _reply_locale_changed(self) -> None:
        locale = self.reply_locale()
        rtl = is_rtl_language(locale)
        self.editor.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
        document = self.editor.document()
        option = document.defaultTextOption()
        option.setTextDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
        option.setAlignment(Qt.AlignLeading)
        document.setDefaultTextOption(option)
        self.picker.set_context(
            self._detail.reason if self._detail else None,
            self._detail.status if self._detail else None,
            locale,
        )
        if self.isVisible() and self._template_key and self.text() == self._template_body:
            self._pick(self._template_key)  # not edited yet: the same template, new language
        self._schedule_check()

    # Templates -------------------------------------------------------------------------

    def reload_library(self) -> None:
        """Read the library and the shop's templates again (after the shop's were edited)."""
        self._tasks.run(
            replies.load_library,
            self._profile.root,
            on_done=self._library_loaded,
            on_error=self.picker.show_problem,
        )

    def _library_loaded(self, library: replies.ReplyLibrary) -> None:
        self.picker.set_library(library)
        if self._detail is not None:
            self._set_reply_locale(self.reply_locale())

    @property
    def template_key(self) -> str | None:
        return self._template_key

    def focus_templates(self) -> None:
        self.picker.focus_search()

    def manage_templates(self) -> None:
        """Open the shop's templates; one dialog, kept, so late results always find it."""
        if self.template_dialog is None:
            self.template_dialog = TemplateEditorDialog(
                self._profile, self._tasks, self._language, self
            )
            self.template_dialog.saved.connect(self.reload_library)
        else:
            self.template_dialog.reload()
        self.template_dialog.open()

    def _pick(self, key: str) -> None:
        template = self.picker.template(key)
        if template is None or self._detail is None:
            return
        self._render_generation += 1
        generation = self._render_generation
        self.hint.setText(translate("Composer", "Filling in the template…"))
        self._tasks.run(
            render_pair,
            self._profile,
            self._detail.id,
            template,
            self.reply_locale(),
            self._language.tag,
            on_done=partial(self._rendered, generation),
            on_error=partial(self._render_failed, generation),
        )

    def _rendered(self, generation: int, pair: RenderedPair) -> None:
        if generation != self._render_generation:
            return
        had_text = bool(self.text().strip()) and self.text() != (self._template_body or "")
        self._template_key = pair.reply.key
        self._template_body = pair.reply.body
        self._set_text(pair.reply.body)
        self._show_template_notice(pair.reply)
        self._show_preview(pair.preview)
        self.hint.setText(
            translate("Composer", "Template inserted; Ctrl+Z brings back what you had written.")
            if had_text
            else ""
        )
        self.editor.setFocus(Qt.OtherFocusReason)

    def _render_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._render_generation:
            self.hint.setText(
                fill(translate("Composer", "The template could not be filled in: %1"), error)
            )

    def _show_template_notice(self, rendered: replies.Rendered) -> None:
        notice = template_notice(rendered, self._language)
        self.template_notice.setText(notice)
        self.template_notice.setVisible(bool(notice))

    def _show_preview(self, rendered: replies.Rendered | None) -> None:
        if rendered is None:
            self.picker.clear_preview()
            return
        title, text = preview_texts(rendered, self._language)
        self.picker.show_preview(title, text, is_rtl_language(rendered.locale))

    # Text and checks -------------------------------------------------------------------

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self._template_key = None
        self._template_body = None
        self._set_text(text)

    def _set_text(self, text: str) -> None:
        """Replace the text as one undoable edit (Ctrl+Z brings the old text back)."""
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.editor.moveCursor(QTextCursor.Start)

    def draft(self) -> ComposerDraft:
        return ComposerDraft(self.text(), self._template_key)

    def _text_edited(self) -> None:
        self._send_when_checked = False  # what was asked to be sent is not what is there now
        self._schedule_check()

    def _schedule_check(self) -> None:
        self.typing_check.schedule()

    def _check_context(self) -> CheckContext | None:
        detail = self._detail
        if detail is None:
            return None
        order_id = detail.order.external_id if detail.order else None
        return detail.marketplace, self.reply_locale(), order_id

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        """A hidden composer (closed window, another tab) starts no work; showing it again
        checks what is there and finds the buyer's language if still unknown."""
        self.typing_check.pause()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._find_buyer_language()
        self.typing_check.resume()

    def _text_settled(self) -> None:
        """Typing paused: update what depends on the text (its check follows)."""
        text = self.text()
        if not text:
            self._template_key = self._template_body = None
        self.picker.preview_note.setVisible(
            self._template_body is not None and text != self._template_body
        )

    def _checked(self, outcome: CheckOutcome) -> None:
        self._show_outcome(outcome)
        if self._send_when_checked:
            self._send_when_checked = False
            self._send_checked(outcome)

    def _check_failed(self, error: BaseException) -> None:
        self._send_when_checked = False
        self.checks.show_failed(error)

    def _show_outcome(self, outcome: CheckOutcome | None) -> None:
        selections = finding_selections(self.editor.document(), outcome) if outcome else []
        self.editor.setExtraSelections(selections)
        self.checks.show_outcome(outcome)

    def _select_finding(self, number: int) -> None:
        last = self.typing_check.last
        if last is None:
            return
        size = self.editor.document().characterCount() - 1
        start, end = (min(edge, size) for edge in last.spans[number])
        cursor = self.editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus(Qt.OtherFocusReason)

    @property
    def outcome(self) -> CheckOutcome | None:
        """The latest check, if it is of the text as it is now."""
        return self.typing_check.outcome

    # Sending ---------------------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.reply_button.setEnabled(not busy)
        self.note_button.setEnabled(not busy)

    def _send_reply(self) -> None:
        if not self.text().strip():
            self.hint.setText(translate("Conversation", "Write something first."))
            return
        if self._busy or self._detail is None:
            return
        outcome = self.outcome
        if outcome is not None:
            self._send_checked(outcome)
            return
        # The text has changed since the last check: check it now, send when it is back.
        self._send_when_checked = True
        self.hint.setText(translate("Composer", "Checking the reply before it goes out…"))
        self.typing_check.now()

    def _send_checked(self, outcome: CheckOutcome) -> None:
        text = self.text()
        if not outcome.result.blocked:
            self._request(text, None)
            return
        dialog = OverrideDialog(outcome.result.findings, self, needs_approval=self._needs_approval)
        dialog.accepted.connect(lambda: self._request(text, dialog.override()))
        dialog.rejected.connect(
            lambda: self.hint.setText(translate("Composer", "Not sent. Fix the marked text."))
        )
        dialog.finished.connect(dialog.deleteLater)
        self.override_dialog = dialog
        dialog.open()

    def _request(self, text: str, override: ComplianceOverride | None) -> None:
        if text != self.text():
            return  # edited while the dialog was open: the agent sends again
        self.hint.setText("")
        self.reply_requested.emit(
            ReplyRequest(text, self.reply_locale(), self._template_key, override),
        )

    def _add_note(self) -> None:
        if self.note_button.isEnabled() and self.text().strip():
            self.note_requested.emit(self.text())
        elif not self.text().strip():
            self.hint.setText(translate("Conversation", "Write something first."))

    def sent(self, text: str) -> None:
        """The reply or note `text` was saved: empty the editor if it still holds it."""
        if self.text() == text:
            self.set_text("")
            self.template_notice.hide()
            self._show_preview(None)

    def set_mailbox(self, connected: bool) -> None:
        """Whether replies can leave from here; without a mailbox they are copied for
        Seller Central and marked as sent by hand."""
        if connected:
            self.reply_button.setText(translate("Conversation", "Send reply"))
            tip = translate("Composer", "Send the reply to the buyer; 10 s to undo (Ctrl+Enter)")
        else:
            self.reply_button.setText(translate("Composer", "Copy and mark as sent"))
            tip = translate(
                "Composer",
                "No mailbox is set up: copy the reply for Seller Central, then confirm you "
                "sent it there (Ctrl+Enter)",
            )
        self.reply_button.setToolTip(tip)

    def queued(self, case_id: uuid.UUID, message_id: uuid.UUID, send_after) -> None:  # noqa: ANN001
        """A reply of `case_id` went into the outbox: offer Undo while it waits."""
        if case_id == self._case_id:
            # Ctrl+Z must take the reply back, not just put its text into the editor again.
            self.editor.document().clearUndoRedoStacks()
            self.outbox_bar.show_queued(case_id, message_id, send_after)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Ctrl+Z in the emptied editor while a reply can still be taken back: take it."""
        if (
            watched is self.editor
            and event.type() in (QEvent.ShortcutOverride, QEvent.KeyPress)
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.Undo)
            and self.outbox_bar.pending is not None
            and not self.editor.document().isUndoAvailable()
        ):
            if event.type() == QEvent.KeyPress:
                self.outbox_bar.undo()
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def focus_for(self, mode: str) -> None:
        self.editor.setFocus(Qt.ShortcutFocusReason)
        self.hint.setText(
            translate("Conversation", "Writing an internal note")
            if mode == "note"
            else translate("Conversation", "Writing a reply")
        )
