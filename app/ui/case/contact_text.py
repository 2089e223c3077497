"""How a logged contact (a call, chat, call-back, social contact) is worded in the UI.

The thread (conversation.py) shows `contact_caption`, the history
(history.py) `contact_history_line`; the contact-log dialog offers the
channel and direction labels. Everything is translated here, once.
"""

from __future__ import annotations

from app.services.cases.detail import MessageInfo
from app.ui.core.i18n import fill, translate


def contact_channel_label(channel: str) -> str:
    """A contact channel as a noun ("Phone call", "Call-back")."""
    return {
        "phone": translate("ContactLog", "Phone call"),
        "chat": translate("ContactLog", "Chat"),
        "callback": translate("ContactLog", "Call-back"),
        "social": translate("ContactLog", "Social media"),
        "other": translate("ContactLog", "Other contact"),
    }.get(channel, channel)


def contact_direction_label(direction: str) -> str:
    """Who started the contact, as a short word ("incoming": the buyer contacted us)."""
    return {
        "inbound": translate("ContactLog", "incoming"),
        "outbound": translate("ContactLog", "outgoing"),
    }.get(direction, direction)


def contact_direction_choice(direction: str) -> str:
    """The direction as the dialog offers it, saying who started the contact."""
    return {
        "inbound": translate("ContactLog", "Incoming: the buyer contacted us"),
        "outbound": translate("ContactLog", "Outgoing: we contacted the buyer"),
    }.get(direction, direction)


def minutes_label(minutes: int) -> str:
    return fill(translate("ContactLog", "%1 min"), minutes)


def contact_caption(message: MessageInfo) -> str:
    """The line above a contact in the thread: "Phone call · incoming · 12 min"."""
    parts = [contact_channel_label(message.channel), contact_direction_label(message.direction)]
    if message.minutes is not None:
        parts.append(minutes_label(message.minutes))
    return " · ".join(parts)


def contact_history_line(channel: str, direction: str, minutes: int | None) -> str:
    """A logged contact in the history: "Logged a phone call (incoming, 12 min)"."""
    details = [contact_direction_label(direction)]
    if minutes is not None:
        details.append(minutes_label(minutes))
    sentence = {
        "phone": translate("History", "Logged a phone call (%1)"),
        "chat": translate("History", "Logged a chat (%1)"),
        "callback": translate("History", "Logged a call-back (%1)"),
        "social": translate("History", "Logged a social media contact (%1)"),
    }.get(channel) or translate("History", "Logged a contact (%1)")
    return fill(sentence, ", ".join(details))


def contact_removed_line(channel: str) -> str:
    return fill(
        translate("History", "Removed a logged contact: %1"), contact_channel_label(channel)
    )


def contact_corrected_line(channel: str) -> str:
    return fill(
        translate("History", "Corrected a logged contact: %1"), contact_channel_label(channel)
    )
