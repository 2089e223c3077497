"""The mail fetch in the status bar: fetching (with progress), when mail was last fetched,
offline, failed and why (the whole reason in the tooltip), or no mailbox set up.

It only shows `MailFetcher.state`; clicking it is not needed (F5 fetches, Preferences >
Mail sets the mailbox up).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from app.ui.core.i18n import Language, fill, translate
from app.ui.core.style import Tone, text_style
from app.ui.mail import fetcher as states
from app.ui.mail.fetcher import FetchState, MailFetcher


def failure_words(kind: str) -> str:
    """The short words for a failure of this kind (`imap.KINDS`, PASSWORD, STORAGE)."""
    words = {
        "auth": translate("FetchStatus", "wrong user name or password"),
        "host": translate("FetchStatus", "server not found"),
        "tls": translate("FetchStatus", "no secure connection"),
        "folder": translate("FetchStatus", "folder not found"),
        "server": translate("FetchStatus", "the server answered wrongly"),
        states.PASSWORD: translate("FetchStatus", "no password stored"),
        states.STORAGE: translate("FetchStatus", "the mail could not be stored"),
        "offline": translate("FetchStatus", "cannot be reached"),
        "timeout": translate("FetchStatus", "no answer (timed out)"),
        "dropped": translate("FetchStatus", "the connection broke"),
    }
    return words.get(kind, translate("FetchStatus", "an internal error"))


def describe(state: FetchState, language: Language) -> tuple[str, str, Tone]:
    """(text, tooltip, tone) for a state."""
    last = (
        fill(translate("FetchStatus", "Mail last fetched %1"), language.full(state.last_fetch))
        if state.last_fetch is not None
        else translate("FetchStatus", "Mail not fetched yet")
    )
    if state.phase == states.NO_ACCOUNT:
        return (
            translate("FetchStatus", "No mailbox set up"),
            translate("FetchStatus", "Add your mailbox in Preferences > Mail to fetch mail."),
            Tone.MUTED,
        )
    if state.phase == states.FETCHING:
        if state.total:
            text = fill(
                translate("FetchStatus", "Fetching mail… %1 of %2"),
                language.number(state.done),
                language.number(state.total),
            )
        else:
            text = translate("FetchStatus", "Fetching mail…")
        return text, last, Tone.INFO
    if state.phase == states.OFFLINE:
        tip = [translate("FetchStatus", "The mail server cannot be reached now."), state.reason]
        if state.retry_at is not None:
            tip.append(
                fill(translate("FetchStatus", "Next try at %1"), language.when(state.retry_at))
            )
        return translate("FetchStatus", "Mail: offline"), "\n".join([*tip, last]), Tone.WARNING
    if state.phase == states.FAILED:
        return (
            fill(translate("FetchStatus", "Mail failed: %1"), failure_words(state.kind)),
            "\n".join([state.reason, last]),
            Tone.DANGER,
        )
    if state.last_fetch is None:
        return translate("FetchStatus", "Mail not fetched yet"), "", Tone.MUTED
    return (
        fill(translate("FetchStatus", "Mail fetched %1"), language.when(state.last_fetch)),
        last,
        Tone.MUTED,
    )


class FetchStatus(QWidget):
    """A label and, while fetching, a small progress bar; follows `fetcher.state_changed`."""

    def __init__(
        self, fetcher: MailFetcher, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._language = language
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.bar.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        fetcher.state_changed.connect(self.show_state)
        self.show_state(fetcher.state)

    def show_state(self, state: FetchState) -> None:
        text, tooltip, tone = describe(state, self._language)
        self.label.setText(text)
        self.label.setStyleSheet(text_style(tone))
        self.setToolTip(tooltip)
        fetching = state.phase == states.FETCHING
        self.bar.setVisible(fetching)
        if fetching:
            self.bar.setRange(0, state.total)  # 0..0: busy, the count not known yet
            self.bar.setValue(state.done)
