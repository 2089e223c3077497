"""The conversation thread of a case, and the composer for replies and internal notes."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.case_detail import CaseDetail, MessageInfo
from app.ui.i18n import Language, is_rtl_language, isolate, translate
from app.ui.labels import channel_label, direction_label, outbound_state_label
from app.ui.qt_compat import emit

_COLOURS = {
    "inbound": ("#f1f3f4", "#5f6368"),
    "outbound": ("#e3effd", "#1a56a8"),
    "note": ("#fff6d6", "#8a6100"),
}


def _is_rtl(message: MessageInfo) -> bool:
    if is_rtl_language(message.language):
        return True
    for ch in message.body:  # first strong character decides, as the Unicode bidi rules do
        if "\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc":
            return True
        if ch.isalpha():
            return False
    return False


def conversation_html(detail: CaseDetail, language: Language) -> str:
    """The thread as Qt rich text; every body is escaped, so no message can inject markup."""
    parts = []
    for message in detail.messages:
        background, accent = _COLOURS.get(message.direction, _COLOURS["inbound"])
        who = message.author or (
            detail.customer.name if detail.customer and message.direction == "inbound" else ""
        )
        label = direction_label(message.direction)
        extra = []
        if message.direction != "note":
            extra.append(channel_label(message.channel))
        if message.direction == "outbound":
            extra.append(outbound_state_label(message.outbound_state))
        meta = " · ".join(isolate(x) for x in [language.full(message.created_at), *extra] if x)
        direction = "rtl" if _is_rtl(message) else "ltr"
        body = html.escape(message.body).replace("\n", "<br>")
        parts.append(
            f'<table width="100%" cellpadding="8" cellspacing="0" '
            f'style="background-color:{background}; margin-bottom:8px;">'
            f"<tr><td>"
            f'<p style="margin:0;"><span style="color:{accent}; font-weight:600;">'
            f"{html.escape(label)}</span>"
            f"{' · ' + html.escape(who) if who else ''}"
            f'<br><span style="color:#5f6368; font-size:small;">{html.escape(meta)}</span></p>'
            f'<p dir="{direction}" style="margin-top:6px;">{body}</p>'
            f"</td></tr></table>"
        )
    if not parts:
        empty = html.escape(translate("Conversation", "No messages yet."))
        parts.append(f'<p style="color:#5f6368;">{empty}</p>')
    return "".join(parts)


class ConversationView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setObjectName("conversation")

    def show_detail(self, detail: CaseDetail, language: Language) -> None:
        self.setHtml(conversation_html(detail, language))
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())


class Composer(QWidget):
    """A text box with "Send reply" and "Add note".

    Signals:
        reply_requested(str): the agent sends a reply with this text.
        note_requested(str): the agent adds an internal note with this text.
    """

    reply_requested = Signal(str)
    note_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("composer")
        self.editor.setPlaceholderText(
            translate(
                "Conversation", "Write a reply to the customer, or an internal note for the team…"
            )
        )
        self.editor.setTabChangesFocus(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("composerHint")
        self.hint.setStyleSheet("color: #5f6368;")
        self.reply_button = QPushButton(translate("Conversation", "Send reply"), self)
        self.reply_button.setDefault(True)
        self.reply_button.setToolTip(
            translate("Conversation", "Save the reply to the customer (Ctrl+Enter)")
        )
        self.note_button = QPushButton(translate("Conversation", "Add internal note"), self)
        self.note_button.setToolTip(
            translate("Conversation", "Only your team sees notes (Ctrl+Shift+Enter)")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.reply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)
        layout.addLayout(buttons)
        self.reply_button.clicked.connect(self._send_reply)
        self.note_button.clicked.connect(self._add_note)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self.editor, self._send_reply)
        for keys in ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"):
            QShortcut(QKeySequence(keys), self.editor, self._add_note)

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)

    def set_busy(self, busy: bool) -> None:
        self.reply_button.setEnabled(not busy)
        self.note_button.setEnabled(not busy)

    def _send_reply(self) -> None:
        if self.reply_button.isEnabled() and self.text().strip():
            emit(self.reply_requested, self.text())
        elif not self.text().strip():
            self.hint.setText(translate("Conversation", "Write something first."))

    def _add_note(self) -> None:
        if self.note_button.isEnabled() and self.text().strip():
            emit(self.note_requested, self.text())
        elif not self.text().strip():
            self.hint.setText(translate("Conversation", "Write something first."))

    def focus_for(self, mode: str) -> None:
        self.editor.setFocus(Qt.ShortcutFocusReason)
        self.hint.setText(
            translate("Conversation", "Writing an internal note")
            if mode == "note"
            else translate("Conversation", "Writing a reply")
        )
