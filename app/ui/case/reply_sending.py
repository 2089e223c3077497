"""How a reply leaves the case view: into the outbox, or copied for Seller Central.

"Send reply" queues the reply (`outbox.queue_reply`, on the writer); it
leaves after the undo window. Without a mailbox on this computer
(`NoMailbox`) the reply is kept as a draft, copied to the clipboard, and the
agent confirms in a dialog when they sent it in Seller Central
(`outbox.mark_sent`); until then it stays a draft and the buyer's clock runs.
An agent's "send anyway" that the shop's owner must approve is held instead
(`cases.approvals`): it leaves the composer, and nothing is queued or copied.
The thread's Undo, Retry and "Mark as sent…" come here too.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.services.cases import operations as cases
from app.services.cases.detail import CaseDetail
from app.services.core.changes import Changes
from app.services.core.profile import Profile
from app.services.mail import outbox
from app.services.mail.account import load_account
from app.ui.composer.mark_sent import MarkSentDialog, copy_to_clipboard
from app.ui.composer.panel import ReplyRequest
from app.ui.core.bus import ChangeBus
from app.ui.core.i18n import Language, fill, translate
from app.ui.core.tasks import TaskManager


def _is_address(text: str | None) -> bool:
    local, at, domain = (text or "").strip().rpartition("@")
    return bool(at and local and "." in domain and not any(c.isspace() for c in local + domain))


def has_reply_address(detail: CaseDetail) -> bool:
    """Whether a reply to this case can go by mail: the buyer wrote from an address (their
    relay alias) or their record has one. A case typed in from a phone call may have none;
    its replies are copied and marked as sent by hand."""
    if any(
        m.direction == "inbound" and not m.contact and _is_address(m.mail_address)
        for m in detail.messages
    ):
        return True
    customer = detail.customer
    return customer is not None and (
        _is_address(customer.buyer_alias) or _is_address(customer.email)
    )


class ReplySender(QObject):
    """Signals:
    saved(uuid.UUID, str): the reply `text` of a case left the composer (queued, or kept
        as a draft to copy); the stored draft it replaced is gone.
    not_saved(uuid.UUID, str): it could not be saved (the bus says why).
    queued(uuid.UUID, uuid.UUID, datetime): case, reply and when it leaves.
    taken_back(uuid.UUID, uuid.UUID, str): case, reply and its text, a draft again.
    marked_sent(uuid.UUID, uuid.UUID): case and reply the agent confirmed as sent.
    mailbox_known(bool): whether a mailbox is set up on this computer.
    """

    saved = Signal(object, str)
    not_saved = Signal(object, str)
    queued = Signal(object, object, object)
    taken_back = Signal(object, object, str)
    marked_sent = Signal(object, object)
    mailbox_known = Signal(bool)

    def __init__(
        self,
        profile: Profile,
        tasks: TaskManager,
        bus: ChangeBus,
        language: Language,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._profile = profile
        self._tasks = tasks
        self._bus = bus
        self._language = language
        self._window = window
        self._texts: dict[uuid.UUID, tuple[uuid.UUID, str]] = {}  # reply -> (case, text)
        self.mark_sent_dialog: MarkSentDialog | None = None

    def check_mailbox(self) -> None:
        """Read off the UI thread whether a mailbox is set up (it names the send button)."""
        self._tasks.run(
            load_account,
            self._profile,
            on_done=lambda account: self.mailbox_known.emit(account is not None),
            on_error=lambda _error: None,  # unreadable: queue_reply will say so when sending
        )

    def _write(
        self,
        fn: Callable,
        *args: object,
        on_done: Callable | None = None,
        on_error: Callable | None = None,
        **options: object,
    ) -> None:
        def done(result: object) -> None:
            self._bus.publish(result)
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            if on_error is None or not on_error(error):
                self._bus.failed(error)

        self._tasks.write(
            partial(fn, self._profile, *args, **options), on_done=done, on_error=failed
        )

    # Sending -----------------------------------------------------------------------------

    def send(
        self,
        case_id: uuid.UUID,
        request: ReplyRequest,
        replaces_draft: uuid.UUID | None,
        *,
        by_mail: bool = True,
    ) -> None:
        """Queue the reply; without a mailbox (or `by_mail` False: no address to send it
        to), keep it as a draft and copy it for Seller Central instead."""
        options = {
            "language": request.language,
            "template_key": request.template_key,
            "compliance_override": request.override,
            "replaces_draft": replaces_draft,
        }

        def done(result: outbox.QueuedReply) -> None:
            if result.held:
                self._held(case_id, request.text)
                return
            self._texts[result.message_id] = (case_id, request.text)
            self.saved.emit(case_id, request.text)
            self.queued.emit(case_id, result.message_id, result.send_after)
            self._bus.info(
                translate("CaseView", "Reply queued; the override is in the case history.")
                if request.override
                else translate("CaseView", "Reply queued.")
            )

        def failed(error: BaseException) -> bool:
            if isinstance(error, outbox.NoMailbox):
                self.mailbox_known.emit(False)
                self._copy_and_ask(case_id, request.text, options)
                return True
            self.not_saved.emit(case_id, request.text)
            return False

        if not by_mail:
            self._copy_and_ask(case_id, request.text, options)
            return
        self._write(
            outbox.queue_reply, case_id, request.text, on_done=done, on_error=failed, **options
        )

    def _copy_and_ask(self, case_id: uuid.UUID, text: str, options: dict) -> None:
        """No mailbox: the reply is stored as a draft, copied, and the agent says when it went."""

        def done(result: cases.MessageAdded) -> None:
            if result.held:  # nothing to copy yet: the owner decides first
                self._held(case_id, text)
                return
            self.saved.emit(case_id, text)
            copy_to_clipboard(text)
            self.ask_sent(case_id, result.message_id, text, copied=True)

        def failed(_error: BaseException) -> bool:
            self.not_saved.emit(case_id, text)
            return False

        self._write(
            cases.add_reply, case_id, text, on_done=done, on_error=failed, draft=True, **options
        )

    def _held(self, case_id: uuid.UUID, text: str) -> None:
        """A "send anyway" held for the owner's approval: it left the composer, not yet the
        laptop (the case view's approval panel shows it)."""
        self.saved.emit(case_id, text)
        self._bus.info(
            translate("CaseView", "The reply waits for the owner's approval; it is not sent yet.")
        )

    def ask_sent(
        self, case_id: uuid.UUID, message_id: uuid.UUID, text: str, *, copied: bool
    ) -> None:
        """Ask when the agent sent the reply by hand; confirmed, it is marked as sent then."""
        dialog = MarkSentDialog(text, self._profile.now, self._window, copied=copied)
        self.mark_sent_dialog = dialog

        def confirmed() -> None:
            sent_at = dialog.sent_at()
            self._write(
                outbox.mark_sent,
                message_id,
                sent_at,
                on_done=lambda _changes: self._marked(case_id, message_id, sent_at),
            )

        dialog.accepted.connect(confirmed)
        dialog.rejected.connect(
            lambda: self._bus.info(
                translate(
                    "CaseView",
                    "Not marked as sent: the reply stays a draft and the buyer's clock "
                    "keeps running.",
                )
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _marked(self, case_id: uuid.UUID, message_id: uuid.UUID, sent_at) -> None:  # noqa: ANN001
        self.marked_sent.emit(case_id, message_id)
        self._bus.info(
            fill(translate("CaseView", "Reply marked as sent at %1."), self._language.full(sent_at))
        )

    # The thread's actions ------------------------------------------------------------------

    def undo(self, message_id: uuid.UUID, known: tuple[uuid.UUID, str] | None = None) -> None:
        """Take a queued reply back: it becomes a draft again (`known`: its case and text)."""
        case_id, text = self._texts.get(message_id) or known or (None, "")

        def done(_changes: Changes) -> None:
            self._texts.pop(message_id, None)
            if case_id is not None:
                self.taken_back.emit(case_id, message_id, text)
            self._bus.info(translate("CaseView", "Reply taken back: it is a draft again."))

        self._write(outbox.undo_reply, message_id, on_done=done)

    def retry(self, message_id: uuid.UUID) -> None:
        self._write(
            outbox.retry_reply,
            message_id,
            on_done=lambda _changes: self._bus.info(
                translate("CaseView", "The reply is in the outbox again.")
            ),
        )
