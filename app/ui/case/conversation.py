"""The conversation thread of a case (the composer is in app/ui/composer/panel.py).

Each reply says where it is on its way out (draft, waiting for the owner's
approval, queued with its undo countdown, sending, sent at, waiting to retry,
failed and why) and offers
what the agent can do about it as links in its row: Undo, Retry, "Mark as
sent…". The undo countdown is worked out from the reply's `send_after` and
the clock, once a second while one runs; the database is not read again for it.
Inbound mails carry short notes where parsing changed what the seller sees;
contact-log rows read as a contact (a call, a chat), not as a mail.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.services.cases.detail import CaseDetail, MessageInfo
from app.services.mail.outbox import INTERRUPTED
from app.ui.case.contact_text import contact_caption
from app.ui.core.i18n import Language, fill, is_rtl_language, isolate, translate
from app.ui.core.labels import channel_label, direction_label
from app.ui.core.style import Tone, css, tint

# Each kind of message has its tone: the bubble is its tint, the label its colour.
_TONES = {"inbound": Tone.MUTED, "outbound": Tone.INFO, "note": Tone.NOTE}

ACTION_SCHEME = "outbox"
UNDO, RETRY, MARK_SENT = "undo", "retry", "mark-sent"


@dataclass(frozen=True)
class ReplyState:
    """How a reply's way out reads in its row: the text, its tone and the actions offered."""

    text: str
    tone: Tone
    actions: tuple[str, ...] = ()


def seconds_left(message: MessageInfo, now: dt.datetime) -> int:
    """Whole seconds (rounded up) until a queued reply leaves its undo window; 0 when out."""
    if message.outbound_state != "queued" or message.send_after is None:
        return 0
    return max(0, math.ceil((message.send_after - now).total_seconds()))


def reply_state(message: MessageInfo, language: Language, now: dt.datetime) -> ReplyState | None:
    """The state line of a reply (None for anything that is not a reply to the buyer)."""
    if message.direction != "outbound" or message.contact:
        return None
    state = message.outbound_state
    if state == "draft":
        return ReplyState(translate("Conversation", "Draft — not sent"), Tone.WARNING, (MARK_SENT,))
    if state == "queued":
        left = seconds_left(message, now)
        if left:
            text = fill(
                translate("Conversation", "Queued · sending in %1 s"), language.number(left)
            )
            return ReplyState(text, Tone.INFO, (UNDO,))
        if message.attempts and message.next_attempt_at is not None:
            text = fill(
                translate("Conversation", "Waiting to retry (attempt %1, next at %2): %3"),
                language.number(message.attempts + 1),
                language.when(message.next_attempt_at, now),
                message.failure or translate("Conversation", "no answer from the server"),
            )
            return ReplyState(text, Tone.WARNING)
        return ReplyState(translate("Conversation", "Queued · waiting to be sent"), Tone.INFO)
    if state == "held":  # a "send anyway": the findings and reason are in approval.py's box
        return ReplyState(translate("Conversation", "Waiting for the owner's approval"), Tone.NOTE)
    if state == "sending":
        return ReplyState(translate("Conversation", "Sending…"), Tone.INFO)
    if state == "sent":
        if message.sent_at is None:
            return ReplyState(translate("Conversation", "Sent"), Tone.OK)
        text = fill(translate("Conversation", "Sent %1"), language.when(message.sent_at, now))
        return ReplyState(text, Tone.OK)
    if state == "failed":
        if message.failure == INTERRUPTED:
            reason = translate(
                "Conversation",
                "the workbench stopped while handing it to the mail server, so it may have "
                "been sent. Check your sent mail, then Mark as sent or Retry.",
            )
        else:
            reason = message.failure or translate("Conversation", "the server gave no reason")
        text = fill(translate("Conversation", "Failed: %1"), reason)
        return ReplyState(text, Tone.DANGER, (RETRY, MARK_SENT))
    return None


def action_label(action: str) -> str:
    return {
        UNDO: translate("Conversation", "Undo"),
        RETRY: translate("Conversation", "Retry"),
        MARK_SENT: translate("Conversation", "Mark as sent…"),
    }[action]


def action_url(action: str, message_id: uuid.UUID) -> str:
    return f"{ACTION_SCHEME}:{action}/{message_id}"


def parse_action(url: QUrl | str) -> tuple[str, uuid.UUID] | None:
    """The (action, message id) a thread link stands for, or None for any other link."""
    text = url.toString() if isinstance(url, QUrl) else url
    scheme, _, rest = text.partition(":")
    action, _, ident = rest.partition("/")
    if scheme != ACTION_SCHEME or action not in (UNDO, RETRY, MARK_SENT):
        return None
    try:
        return action, uuid.UUID(ident)
    except ValueError:
        return None


def mail_notes(flags: tuple[str, ...]) -> list[str]:
    """What a seller should know about how an inbound mail was read, one note per kind.

    Only what changes what they see: hidden quotes, doubtful characters, HTML turned
    into text, a shortened or damaged mail, attachments not kept. Technical defects
    that cost nothing visible (a missing Message-ID, an odd date) stay unsaid.
    """
    notes: list[str] = []
    present = set(flags)

    def note(condition: bool, text: str) -> None:
        if condition and text not in notes:
            notes.append(text)

    note(
        bool(present & {"quote_cut", "signature_cut"}),
        translate("Conversation", "quoted text hidden"),
    )
    note(
        bool(present & {"unknown_charset", "decode_errors", "guessed_charset"}),
        translate("Conversation", "unknown character set: some characters may be wrong"),
    )
    note(
        bool(present & {"html_only", "html_fallback"}),
        translate("Conversation", "HTML mail shown as text"),
    )
    note(
        bool(present & {"html_truncated", "text_truncated"}),
        translate("Conversation", "long mail shortened: the full text is in the original"),
    )
    damaged = {
        "too_deep",
        "too_many_parts",
        "missing_boundary",
        "truncated_multipart",
        "bad_structure",
        "unparsed_body",
        "truncated_base64",
        "bad_base64",
        "bad_quoted_printable",
        "bad_attachment",
    }
    attachment_damage = {
        flag.partition(":")[0].removeprefix("attachment_") for flag in flags
    } & damaged  # "attachment_truncated_base64:<name>"
    note(
        bool(present & damaged or attachment_damage),
        translate("Conversation", "damaged mail: parts of it may be missing"),
    )
    note(
        "too_many_attachments" in present,
        translate("Conversation", "too many attachments: some were not kept"),
    )
    note("no_text" in present, translate("Conversation", "the mail had no text"))
    for flag in flags:  # "attachment_refused:<name>: <reason>", as intake records it
        kind, _, what = flag.partition(":")
        if kind == "attachment_refused":
            note(True, fill(translate("Conversation", "attachment refused: %1"), what.strip()))
    return notes


def _is_rtl(message: MessageInfo) -> bool:
    if is_rtl_language(message.language):
        return True
    for ch in message.body:  # first strong character decides, as the Unicode bidi rules do
        if "\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc":
            return True
        if ch.isalpha():
            return False
    return False


def _heading(message: MessageInfo, detail: CaseDetail) -> tuple[str, str]:
    """The row's label and who wrote or took it."""
    if message.contact:
        return contact_caption(message), message.author or ""
    who = message.author or (
        detail.customer.name if detail.customer and message.direction == "inbound" else ""
    )
    return direction_label(message.direction), who


def _state_html(message: MessageInfo, state: ReplyState) -> str:
    links = "".join(
        f'&nbsp;&nbsp;<a href="{action_url(action, message.id)}" '
        f'style="color:{css(Tone.INFO)}; font-weight:600;">'
        f"{html.escape(action_label(action))}</a>"
        for action in state.actions
    )
    return (
        f'<p style="margin-top:4px; margin-bottom:0;">'
        f'<span style="color:{css(state.tone)}; font-weight:600;">'
        f"{html.escape(state.text)}</span>{links}</p>"
    )


def _message_html(
    message: MessageInfo, detail: CaseDetail, language: Language, now: dt.datetime
) -> str:
    muted = css(Tone.MUTED)
    tone = _TONES.get(message.direction, Tone.MUTED)
    background, accent = tint(tone).name(), css(tone)
    label, who = _heading(message, detail)
    extra = []
    if message.direction != "note" and not message.contact:
        extra.append(channel_label(message.channel))
    meta = " · ".join(isolate(x) for x in [language.full(message.created_at), *extra] if x)
    direction = "rtl" if _is_rtl(message) else "ltr"
    body = html.escape(message.body).replace("\n", "<br>")
    notes = mail_notes(message.mail_flags) if message.direction == "inbound" else []
    notes_html = (
        f'<p style="margin-top:4px; margin-bottom:0; color:{muted}; font-size:small;">'
        f"{html.escape(' · '.join(notes))}</p>"
        if notes
        else ""
    )
    state = reply_state(message, language, now)
    state_html = _state_html(message, state) if state is not None else ""
    return (
        f'<table width="100%" cellpadding="8" cellspacing="0" '
        f'style="background-color:{background}; margin-bottom:8px;">'
        f"<tr><td>"
        f'<p style="margin:0;"><span style="color:{accent}; font-weight:600;">'
        f"{html.escape(label)}</span>"
        f"{' · ' + html.escape(isolate(who)) if who else ''}"
        f'<br><span style="color:{muted}; font-size:small;">{html.escape(meta)}</span></p>'
        f"{notes_html}"
        f'<p dir="{direction}" style="margin-top:6px;">{body}</p>'
        f"{state_html}"
        f"</td></tr></table>"
    )


def conversation_html(
    detail: CaseDetail, language: Language, now: dt.datetime | None = None
) -> str:
    """The thread as Qt rich text; every body is escaped, so no message can inject markup."""
    now = now or dt.datetime.now(dt.UTC)
    parts = [_message_html(message, detail, language, now) for message in detail.messages]
    if not parts:
        empty = html.escape(translate("Conversation", "No messages yet."))
        parts.append(f'<p style="color:{css(Tone.MUTED)};">{empty}</p>')
    return "".join(parts)


class ConversationView(QTextBrowser):
    """The thread, with each reply's way out and its actions.

    Signals:
        undo_requested(uuid.UUID): take a queued reply back before it goes.
        retry_requested(uuid.UUID): queue a failed reply again.
        mark_sent_requested(uuid.UUID): the agent sent this draft or failed reply by hand.
    """

    undo_requested = Signal(object)
    retry_requested = Signal(object)
    mark_sent_requested = Signal(object)

    def __init__(
        self,
        parent: QWidget | None = None,
        now: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setObjectName("conversation")
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        self._detail: CaseDetail | None = None
        self._language: Language | None = None
        self.anchorClicked.connect(self._link_clicked)
        # Ticks only while a queued reply is inside its undo window.
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)

    def show_detail(self, detail: CaseDetail, language: Language) -> None:
        same_case = self._detail is not None and self._detail.id == detail.id
        self._detail, self._language = detail, language
        bar = self.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        kept = bar.value()
        self.setHtml(conversation_html(detail, language, self._now()))
        # A new case opens at its latest message; a refresh keeps the agent's place.
        bar.setValue(bar.maximum() if not same_case or at_end else kept)
        self._arm_countdown()

    def _arm_countdown(self) -> None:
        now = self._now()
        counting = self._detail is not None and any(
            seconds_left(m, now) for m in self._detail.messages
        )
        if counting and not self.countdown.isActive():
            self.countdown.start()
        elif not counting:
            self.countdown.stop()

    def _tick(self) -> None:
        """Redraw the rows with their new countdown (no read: the times are known)."""
        if self._detail is None or self._language is None:
            self.countdown.stop()
            return
        bar = self.verticalScrollBar()
        kept = bar.value()
        self.setHtml(conversation_html(self._detail, self._language, self._now()))
        bar.setValue(kept)
        self._arm_countdown()

    def _link_clicked(self, url: QUrl) -> None:
        parsed = parse_action(url)
        if parsed is None:
            return
        action, message_id = parsed
        signal = {
            UNDO: self.undo_requested,
            RETRY: self.retry_requested,
            MARK_SENT: self.mark_sent_requested,
        }[action]
        signal.emit(message_id)

    def action_links(self) -> list[tuple[str, uuid.UUID]]:
        """The actions the thread offers now, in order (for keyboard users and tests)."""
        found = []
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                href = fragment.charFormat().anchorHref()
                parsed = parse_action(href) if href else None
                if parsed is not None and parsed not in found:
                    found.append(parsed)
                iterator += 1
            block = block.next()
        return found
