"""Conflict notices in the case view: a banner over the conversation naming each change of
this agent that a teammate's later change replaced while they were apart, with "Reapply
mine" (set it back, as a new change the team receives) and "Dismiss".

The values are worded the way the case view shows them (translated status, priority and
reason labels; times in the agent's zone). Notices are read on the pool; Reapply and
Dismiss run on the writer and publish what they changed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.core.changes import changes_of
from app.ui.core.i18n import Language, fill, translate
from app.ui.core.labels import field_label, priority_label, reason_label, status_label
from app.ui.core.style import Tone, banner_style

if TYPE_CHECKING:
    from app.services.core.profile import Profile
    from app.sync.client import Notice
    from app.ui.core.bus import ChangeBus
    from app.ui.core.tasks import TaskManager

TAG_PREFIX = "tag:"

_VALUE_LABELS: dict[str, Callable[[str], str]] = {
    "status": status_label,
    "priority": priority_label,
    "reason": reason_label,
}


def value_words(field: str, value: Any) -> str:
    """A field's value as the case view shows it ("Waiting on customer", "(none)")."""
    if value is None or value == "":
        return translate("SyncNotices", "(none)")
    label = _VALUE_LABELS.get(field)
    return label(str(value)) if label is not None else str(value)


def moment_words(at: dt.datetime | None, now: dt.datetime, language: Language) -> str:
    """ "14:02" on the day it happened (in the agent's zone), the date and time before."""
    import babel.dates

    if at is None:  # the service did not say when
        return translate("SyncNotices", "an unknown time")
    local = at.astimezone()
    if local.date() == now.astimezone().date():
        return babel.dates.format_time(local, "short", locale=language.babel)
    return language.full(at)


def notice_text(notice: Notice, now: dt.datetime, language: Language) -> str:
    """One notice as the sentence the agent reads: who, what they set, when, what of yours
    it replaced."""
    field, who = notice.field, notice.who or translate("SyncNotices", "A teammate")
    when = moment_words(notice.at, now, language)
    theirs, mine = value_words(field, notice.theirs), value_words(field, notice.mine)
    if field.startswith(TAG_PREFIX):
        tag = field.removeprefix(TAG_PREFIX)
        if notice.theirs:
            template = translate(
                "SyncNotices",
                "%1 added the tag %2 at %3 while you were offline; your removal of it was replaced",
            )
        else:
            template = translate(
                "SyncNotices",
                "%1 removed the tag %2 at %3 while you were offline; your adding it was replaced",
            )
        return fill(template, who, tag, when)
    if field == "deleted_at":
        if notice.theirs:
            template = translate(
                "SyncNotices",
                "%1 deleted this case at %2 while you were offline; your change was replaced",
            )
        else:
            template = translate(
                "SyncNotices",
                "%1 restored this case at %2 while you were offline; your deletion was replaced",
            )
        return fill(template, who, when)
    templates = {
        "status": translate(
            "SyncNotices",
            "%1 set the status to %2 at %3 while you were offline; your change to %4 was replaced",
        ),
        "priority": translate(
            "SyncNotices",
            "%1 set the priority to %2 at %3 while you were offline; your change to %4 was "
            "replaced",
        ),
        "reason": translate(
            "SyncNotices",
            "%1 set the reason to %2 at %3 while you were offline; your change to %4 was replaced",
        ),
        "assignee": translate(
            "SyncNotices",
            "%1 assigned the case to %2 at %3 while you were offline; your change to %4 was "
            "replaced",
        ),
    }
    template = templates.get(field)
    if template is not None:
        return fill(template, who, theirs, when, mine)
    return fill(
        translate(
            "SyncNotices",
            "%1 set %2 to %3 at %4 while you were offline; your change to %5 was replaced",
        ),
        who,
        field_label(field),
        theirs,
        when,
        mine,
    )


class NoticeRow(QFrame):
    """One notice: its sentence, Reapply mine and Dismiss.

    Signals:
        reapply_requested(str): the notice's id.
        dismiss_requested(str): the notice's id.
    """

    reapply_requested = Signal(object)
    dismiss_requested = Signal(object)

    def __init__(self, notice: Notice, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notice = notice
        self.setObjectName("syncNotice")
        self.setStyleSheet(f"QFrame#syncNotice {{ {banner_style(Tone.WARNING)} }}")
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.reapply = QPushButton(translate("SyncNotices", "Reapply mine"), self)
        self.reapply.setToolTip(
            fill(
                translate("SyncNotices", "Set it back to your value (%1); the team gets it too"),
                value_words(notice.field, notice.mine),
            )
        )
        self.dismiss = QPushButton(translate("SyncNotices", "Dismiss"), self)
        self.dismiss.setToolTip(translate("SyncNotices", "Keep their change and hide this"))
        self.reapply.clicked.connect(lambda _=False: self._ask(self.reapply_requested))
        self.dismiss.clicked.connect(lambda _=False: self._ask(self.dismiss_requested))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reapply)
        layout.addWidget(self.dismiss)

    def _ask(self, signal: Signal) -> None:
        self.reapply.setEnabled(False)
        self.dismiss.setEnabled(False)
        signal.emit(self.notice.id)

    def enable(self) -> None:
        self.reapply.setEnabled(True)
        self.dismiss.setEnabled(True)


class NoticeBanner(QWidget):
    """The open case's conflict notices; hidden when it has none.

    Signals:
        shown(int): the notices of the open case were (re)drawn; how many.
    """

    shown = Signal(int)

    def __init__(
        self,
        profile: Profile,
        tasks: TaskManager,
        bus: ChangeBus,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncNotices")
        self._profile = profile
        self._tasks = tasks
        self._bus = bus
        self._language = language
        self._case_id: uuid.UUID | None = None
        self._generation = 0
        self.rows: list[NoticeRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 2, 0, 2)
        self._layout.setSpacing(4)
        bus.changed.connect(self._on_changes)
        self.hide()

    @property
    def case_id(self) -> uuid.UUID | None:
        return self._case_id

    def show_case(self, case_id: uuid.UUID | None) -> None:
        """Show the notices of `case_id` (None: none)."""
        self._case_id = case_id
        if case_id is None:
            self._generation += 1
            self.show_notices([])
            return
        self.reload()

    def reload(self) -> None:
        from app.sync.client import notices_for_case

        if self._case_id is None:
            return
        self._generation += 1
        generation, case_id = self._generation, self._case_id
        self._tasks.run(
            notices_for_case,
            self._profile,
            case_id,
            on_done=lambda notices: self._loaded(generation, notices),
            on_error=self._bus.failed,
        )

    def _loaded(self, generation: int, notices: Sequence[Notice]) -> None:
        if generation == self._generation:
            self.show_notices(notices)

    def show_notices(self, notices: Sequence[Notice]) -> None:
        """Draw these notices (a row each, oldest first); the composer and the conversation
        are not touched."""
        for row in self.rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        now = self._profile.now()
        for notice in notices:  # oldest first
            row = NoticeRow(notice, notice_text(notice, now, self._language), self)
            row.reapply_requested.connect(self.reapply)
            row.dismiss_requested.connect(self.dismiss)
            self._layout.addWidget(row)
            self.rows.append(row)
        self.setVisible(bool(self.rows))
        self.shown.emit(len(self.rows))

    def _on_changes(self, changes) -> None:  # noqa: ANN001 - Changes
        if self._case_id is not None and changes.touches_case(self._case_id):
            self.reload()

    # Acting on a notice ----------------------------------------------------------------

    def reapply(self, notice_id: object) -> None:
        from app.sync.client import reapply_notice

        self._act(reapply_notice, notice_id)

    def dismiss(self, notice_id: object) -> None:
        from app.sync.client import dismiss_notice

        self._act(dismiss_notice, notice_id)

    def _act(self, fn: Callable, notice_id: object) -> None:
        case_id = self._case_id

        def done(changes) -> None:  # noqa: ANN001 - Changes
            self._bus.publish(changes)  # the case (and this banner) reload when it changed
            if case_id is None or not changes_of(changes).touches_case(case_id):
                self.reload()  # only the notice changed

        def failed(error: BaseException) -> None:
            for row in self.rows:
                row.enable()
            self._bus.failed(error)
            self.reload()

        self._tasks.write(fn, self._profile, notice_id, on_done=done, on_error=failed)
