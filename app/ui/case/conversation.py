"""The conversation thread of a case (the composer is in composer.py)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.services.cases.detail import CaseDetail, MessageInfo
from app.ui.core.i18n import Language, is_rtl_language, isolate, translate
from app.ui.core.labels import channel_label, direction_label, outbound_state_label
from app.ui.core.style import Tone, css, tint

# Each kind of message has its tone: the bubble is its tint, the label its colour.
_TONES = {"inbound": Tone.MUTED, "outbound": Tone.INFO, "note": Tone.NOTE}


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
    muted = css(Tone.MUTED)
    for message in detail.messages:
        tone = _TONES.get(message.direction, Tone.MUTED)
        background, accent = tint(tone).name(), css(tone)
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
            f'<br><span style="color:{muted}; font-size:small;">{html.escape(meta)}</span></p>'
            f'<p dir="{direction}" style="margin-top:6px;">{body}</p>'
            f"</td></tr></table>"
        )
    if not parts:
        empty = html.escape(translate("Conversation", "No messages yet."))
        parts.append(f'<p style="color:{muted};">{empty}</p>')
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
