"""The "Mark as sent" dialog: the time defaults to now in the agent's zone, a time still to
come is refused in the dialog, and the reply can be copied again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtGui import QGuiApplication

from app.ui.composer.mark_sent import MarkSentDialog

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def _set(dialog: MarkSentDialog, moment: dt.datetime) -> None:
    dialog.when.setDateTime(
        QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    )


def test_the_time_is_now_by_default_and_can_be_earlier(qtbot):
    dialog = MarkSentDialog("Thank you!", lambda: NOW)
    qtbot.addWidget(dialog)
    assert dialog.sent_at() == NOW
    _set(dialog, NOW - dt.timedelta(hours=3))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.confirm_button, Qt.LeftButton)
    assert dialog.sent_at() == NOW - dt.timedelta(hours=3)


def test_a_time_still_to_come_is_refused(qtbot):
    dialog = MarkSentDialog("Thank you!", lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    _set(dialog, NOW + dt.timedelta(hours=2))
    qtbot.mouseClick(dialog.confirm_button, Qt.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0
    assert "still to come" in dialog.problem.text() and dialog.problem.isVisible()


def test_the_reply_can_be_copied_again(qtbot):
    dialog = MarkSentDialog("شكراً لك", lambda: NOW)
    qtbot.addWidget(dialog)
    QGuiApplication.clipboard().setText("something else")
    qtbot.mouseClick(dialog.copy_button, Qt.LeftButton)
    assert QGuiApplication.clipboard().text() == "شكراً لك"
