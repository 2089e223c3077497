"""The "Log contact" dialog, driven for real: filled in, saved by the writer, refused when
incomplete."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app.services.cases import operations as cases
from app.services.cases.detail import load_case_detail
from app.ui.core.bus import ChangeBus
from app.ui.core.tasks import TaskManager
from app.ui.dialogs.contact_log import ContactLogDialog, open_contact_log, to_qt


@pytest.fixture
def tasks():
    manager = TaskManager()
    yield manager
    manager.shutdown()


@pytest.fixture
def bus() -> ChangeBus:
    return ChangeBus()


@pytest.fixture
def case_id(profile):
    return cases.create_case(profile, cases.NewCase(subject="Parcel", body="Where is it?")).case_id


@pytest.fixture
def dialog(qtbot, profile, tasks, bus, case_id) -> ContactLogDialog:
    shown = ContactLogDialog(profile, tasks, bus, case_id)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _contacts(profile, case_id):
    return [m for m in load_case_detail(profile, case_id).messages if m.contact]


def test_a_filled_dialog_logs_the_contact(qtbot, dialog, profile, bus, case_id, clock):
    assert not dialog.ok.isEnabled()  # nothing said yet
    dialog.channel.setCurrentIndex(dialog.channel.findData("callback"))
    assert dialog.direction.currentData() == "outbound"  # a call-back is us calling
    at = clock.current - dt.timedelta(minutes=40)
    dialog.when.setDateTime(to_qt(at))
    dialog.minutes.setValue(12)
    qtbot.keyClicks(dialog.summary, "Called back: refund agreed")
    assert dialog.ok.isEnabled()
    assert dialog.problem.text() == ""
    with (
        qtbot.waitSignal(dialog.logged, timeout=10_000) as logged,
        qtbot.waitSignal(bus.changed, timeout=10_000) as changed,
    ):
        dialog.ok.click()
    assert changed.args[0].touches_case(case_id)
    assert logged.args[0].message_id in changed.args[0].messages
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.Accepted
    [contact] = _contacts(profile, case_id)
    assert (contact.channel, contact.direction, contact.minutes) == ("callback", "outbound", 12)
    assert contact.body == "Called back: refund agreed"
    assert contact.created_at == at
    assert contact.author == "tester"


def test_ok_stays_disabled_until_the_contact_is_complete(qtbot, dialog, clock):
    assert not dialog.ok.isEnabled()
    assert "summary" in dialog.problem.text()
    qtbot.keyClicks(dialog.summary, "   ")
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.summary, "Buyer called")
    assert dialog.ok.isEnabled()
    dialog.when.setDateTime(to_qt(clock.current + dt.timedelta(hours=3)))
    assert not dialog.ok.isEnabled()
    assert "future" in dialog.problem.text()
    dialog.when.setDateTime(to_qt(clock.current - dt.timedelta(hours=3)))
    assert dialog.ok.isEnabled() and dialog.problem.text() == ""
    dialog.summary.clear()
    assert not dialog.ok.isEnabled()
    # Enter on OK with an incomplete contact saves nothing.
    dialog.save()
    assert dialog.isVisible()


def test_the_direction_the_agent_picked_stays(qtbot, dialog):
    assert dialog.direction.currentData() == "inbound"  # a phone call: the buyer rang
    dialog.channel.setCurrentIndex(dialog.channel.findData("callback"))
    assert dialog.direction.currentData() == "outbound"
    dialog.direction.setCurrentIndex(dialog.direction.findData("inbound"))
    dialog.direction.activated.emit(dialog.direction.currentIndex())  # as a click does
    dialog.channel.setCurrentIndex(dialog.channel.findData("chat"))
    dialog.channel.setCurrentIndex(dialog.channel.findData("callback"))
    assert dialog.direction.currentData() == "inbound"


def test_no_duration_and_the_default_time(qtbot, dialog, profile, case_id, clock):
    assert dialog.minutes.value() == 0 and dialog.minutes.text() == "Not noted"
    qtbot.keyClicks(dialog.summary, "Chat on the shop's page")
    dialog.channel.setCurrentIndex(dialog.channel.findData("chat"))
    with qtbot.waitSignal(dialog.logged, timeout=10_000):
        dialog.ok.click()
    [contact] = _contacts(profile, case_id)
    assert contact.minutes is None
    assert abs(contact.created_at - clock.current) < dt.timedelta(seconds=1)  # now


def test_a_refusal_is_shown_and_what_was_typed_stays(qtbot, dialog, profile, case_id, tasks):
    cases.delete_case(profile, case_id)  # gone while the dialog was open
    qtbot.keyClicks(dialog.summary, "Buyer called")
    dialog.ok.click()
    assert not dialog.ok.isEnabled()  # saving: no second click
    qtbot.waitUntil(lambda: not tasks.busy, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.ok.isEnabled())
    assert dialog.isVisible()
    assert "no case" in dialog.problem.text().lower()
    assert dialog.summary.toPlainText() == "Buyer called"


def test_open_contact_log_opens_a_window_modal_dialog(qtbot, profile, tasks, bus, case_id):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen = []
    dialog = open_contact_log(parent, profile, tasks, bus, case_id, on_logged=seen.append)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowModality() == Qt.WindowModal
    assert dialog.testAttribute(Qt.WA_DeleteOnClose)
    dialog.summary.setPlainText("Instagram message about the size")
    dialog.channel.setCurrentIndex(dialog.channel.findData("social"))
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=10_000)  # closed, deleted
    assert len(seen) == 1
    [contact] = _contacts(profile, case_id)
    assert (contact.channel, contact.direction) == ("social", "inbound")
